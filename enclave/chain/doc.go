// Package chain is vouch's on-chain registry as seen from Go, read-only: the
// VouchRegistry contract (Solidity source, solc output and abigen v2
// bindings), the calldata encoders, a Reader for installers, auditors and
// the coordinator enclave, revert decoding and the batch Merkle rule the
// contract's verifyBatchProof checks. It sends no transactions and links
// no host code, so cmd/coordinator may import it; the untrusted host's
// Writer and anchoring Outbox are in host/chain.
//
// Regenerate the contract outputs with `make chain-bindings`; a test fails
// when the checked-in files differ from what the pinned solc and abigen make.
package chain
