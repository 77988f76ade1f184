// Package sim is vouch's embedded default platform: real TPM 2.0 code (the
// ms-tpm-20-ref simulator in go-tpm-tools) with a software root of trust.
//
// The attester and sealer run in the enclave process; the verifier runs on the
// user's machine. Its claims always say Simulated, and only a policy with
// AllowSimulatedUnsafe accepts them. Trust in the simulated attestation key is
// explicit: the verifier is given the AK (TrustAK, TrustAKPEM) that the
// attesting process publishes (Attester.AKPublicPEM); any other AK is refused.
//
// Evidence (SPEC.md, platform "sim"): quote = go-tpm-tools attest.Attestation
// protobuf whose SHA-256 quote has extraData = report data, with a synthetic
// crypto-agile TCG event log that go-tpm-tools' server replays; aux = canonical
// CBOR {version: 1, akPublic: PKIX DER}. Measurement = SHA-256 over SHA-256
// PCRs 0..9; PCR 0 carries the S-CRTM event "VOUCH SIMULATED TPM ..." and
// PCR 8 an EV_IPL event naming the measured code's SHA-256.
//
// What the state file keeps (WithStateFile): the whole simulated NV memory
// (16 KiB): hierarchy seeds, the persistent AK and storage root key, and the
// rollback counter. So the AK, sealed blobs and the counter survive a restart
// of the process. It is plaintext on the host's disk: whoever can read it can
// impersonate this simulated TPM and unseal its secrets, and whoever can
// replace it with an older copy rolls the counter back. That is what
// "software root" means, and why evidence from here is always SIMULATED.
package sim
