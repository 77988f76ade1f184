// Package chain is vouch's on-chain registry as seen from Go: the
// VouchRegistry contract (Solidity source, solc output and abigen v2
// bindings), a Reader for installers, a Writer and a crash-safe anchoring
// Outbox for the untrusted host. It runs on the host and on users' machines,
// over any EVM JSON-RPC endpoint; the contract re-verifies every signature.
//
// Regenerate the contract outputs with `make chain-bindings`; a test fails
// when the checked-in files differ from what the pinned solc and abigen make.
package chain
