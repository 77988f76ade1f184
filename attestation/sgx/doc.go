// Package sgx attests and verifies Intel SGX enclaves for vouch: inside an
// EGo enclave it quotes report data (GetRemoteReport) and seals secrets, and
// on the user's machine it verifies SGX DCAP ECDSA quotes (v3) offline.
//
// Offline verification (Verifier) needs no network and no C library: it checks
// the quote against Intel's SGX Root CA (embedded, fingerprint pinned) and
// collateral the caller supplies as Intel's PCS serves it (TCB info, QE
// identity, root CA CRL, PCK CRL; see Collateral and LoadCollateralDir). It
// checks, in order: quote header (version 3, ECDSA-256-with-P-256, SGX), PCK
// certificate chain to a trusted root, CRLs, the QE report signature, the
// attestation-key binding in the QE report data, the quote signature, the QE
// identity and the TCB level of the platform, and the validity of everything
// at the verification time.
//
// EGo's own verifier (eclient.VerifyRemoteReport, which asks Intel's quote
// provider library for collateral) is available as EclientVerifier when built
// with -tags ego_eclient; that build needs the Open Enclave host-verify
// library (libOE hostverify, linked with -loehostverify) installed, as EGo's
// eclient package does. The default build does not need it.
//
// The sealer fails closed: outside an enclave EGo would seal with an all-zero
// key, so Seal and Unseal refuse unless enclave.GetSelfReport succeeds.
package sgx
