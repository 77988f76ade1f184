// Package limits is the one table of sizes that the untrusted host, the
// host↔enclave wire protocol and the enclaves all enforce, so that no layer
// accepts what another refuses. It imports nothing: enclave code links it
// without linking host code.
package limits

// Sizes, in bytes unless said otherwise.
const (
	// Tarball bounds one release's .tgz: the host's upload, the propose
	// frame to the coordinator.
	Tarball = 16 << 20
	// TokenCiphertext bounds the ECIES ciphertext of one npm token.
	TokenCiphertext = 4096
	// NonceMin and NonceMax bound an evidence request's nonce.
	NonceMin = 16
	NonceMax = 64
	// Reason bounds a veto's or revocation's reason.
	Reason = 1024
	// PackageName is npm's limit on a package name.
	PackageName = 214
	// Version bounds a semver string.
	Version = 256
	// Maintainers bounds how many maintainers one policy lists (a count).
	Maintainers = 64
	// JSONBody bounds one JSON request body of the host API.
	JSONBody = 64 << 10
	// Proposal bounds the signed proposal that comes with a tarball upload.
	Proposal = 4 << 10
	// Frame bounds one host↔coordinator frame.
	Frame = 48 << 20
	// Signature bounds one signature: 65 bytes from a key, anything a
	// contract wallet's EIP-1271 isValidSignature takes (a Safe: 65 per owner).
	Signature = 2048
	// CIRunURL bounds the CI run URL a release carries.
	CIRunURL = 512
	// Proposers bounds how many proposer (CI) keys one policy lists (a count).
	Proposers = 16
)
