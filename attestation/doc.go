// Package attestation implements vouch's evidence format (SPEC.md beside this
// file): one canonical CBOR envelope that ties a TEE quote to an enclave key.
//
// It runs everywhere: enclaves use Attest to produce evidence, installers and
// auditors use Verifier.Verify to turn evidence into Claims checked against a
// Policy. Platform packages (sim, tpm, nitro, sgx) plug in through the
// PlatformAttester and PlatformVerifier interfaces.
package attestation
