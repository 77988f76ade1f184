//go:build enclavemain

package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestEnclaveBuildHoldsSGXAlone: the measured enclave build offers only sgx
// and links neither the TPM simulator nor the other platforms.
func TestEnclaveBuildHoldsSGXAlone(t *testing.T) {
	if p := builtinPlatforms(); len(p) != 1 || p["sgx"] == nil {
		t.Fatalf("enclavemain platforms: %v, want sgx alone", p)
	}
	out, err := exec.Command("go", "list", "-tags", "enclavemain", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range []string{"vouch/attestation/sim\n", "vouch/attestation/tpm\n", "vouch/attestation/nitro\n", "go-tpm-tools/simulator"} {
		if strings.Contains(string(out), pkg) {
			t.Errorf("the enclave build links %s", pkg)
		}
	}
}
