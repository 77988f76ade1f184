// Package tpm attests with the vTPM of a confidential VM (SEV-SNP/TDX, GCE
// Confidential VMs, Confidential Space) and verifies such quotes.
//
// The attester runs inside the VM beside /dev/tpmrm0 (go-tpm-tools client);
// the verifier runs on the user's machine (go-tpm-tools server). Evidence
// (SPEC.md, platform "tpm"): quote = attest.Attestation protobuf whose
// SHA-256 quote has extraData = report data; aux is empty. Trust comes from
// the AK certificate chain: Google's vTPM EK/AK CAs (roots/, copied from
// go-tpm-tools) plus roots a caller adds. Measurement = SHA-256 over SHA-256
// PCRs 0..9; Claims.PCRs holds all quoted PCRs for PCR policy.
package tpm
