// Package wire holds every format that two sides of vouch must agree on byte
// for byte: the EIP-712 typed messages (releases, scores, vetoes, revocations,
// policy changes, publish authorizations and receipts) and the host↔enclave
// protocol. It runs everywhere (enclaves, host, CLI) and imports no host code.
package wire
