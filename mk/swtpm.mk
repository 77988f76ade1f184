# swtpm: Debian's software TPM 2.0. The tpm platform's tests (attestation/tpm,
# cmd/coordinator) run it as a separate process and talk to it over its
# socket, so the attester, sealing and NV-counter code of a confidential VM's
# vTPM runs in CI (attestation/tpm/swtpmtest).
APT_PKGS += swtpm swtpm-tools
