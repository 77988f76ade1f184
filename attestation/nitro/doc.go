// Package nitro attests and verifies AWS Nitro Enclaves attestation documents
// (COSE_Sign1) that carry vouch report data in user_data (attestation/SPEC.md).
//
// The Attester runs inside a Nitro enclave and asks the Nitro Security Module
// (/dev/nsm, github.com/hf/nsm) for a document; the Verifier runs anywhere
// (installer, auditor, host) and checks documents with github.com/hf/nitrite
// against the embedded AWS Nitro Enclaves root, whose fingerprint is pinned.
package nitro
