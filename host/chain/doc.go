// Package chain is the untrusted host's side of the on-chain registry: a
// Writer that sends transactions from the host's key and a crash-safe
// anchoring Outbox kept in SQLite or PostgreSQL. The contract, its bindings
// and the read-only Reader are in enclave/chain, which the coordinator
// enclave links; nothing here may be imported by cmd/coordinator or
// cmd/scorer (TestTCBBoundary).
package chain
