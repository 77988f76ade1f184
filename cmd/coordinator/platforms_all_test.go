//go:build !enclavemain

package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestRealPlatformsFailWithoutHardware opens every hardware platform on a
// machine without it (this one: no /dev/tpmrm0, no /dev/nsm, not inside an
// SGX enclave): each must fail with an error naming what is missing, and
// none may hand back a platform (no fallback to sim).
func TestRealPlatformsFailWithoutHardware(t *testing.T) {
	for _, tc := range []struct {
		name string
		args platformArgs
		want string
	}{
		{"tpm", platformArgs{TPM: "/nonexistent/tpmrm0"}, "/nonexistent/tpmrm0"},
		{"tpm", platformArgs{TPM: "unix:" + filepath.Join(t.TempDir(), "no.sock")}, "connecting to the TPM"},
		{"tpm", platformArgs{TPM: "tpm0"}, "want a device path"},
		{"nitro", platformArgs{}, "Nitro Security Module unavailable"},
		{"sgx", platformArgs{}, "enclave"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			open := builtinPlatforms()[tc.name]
			p, err := open(context.Background(), tc.args)
			if p != nil || err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("open %s: %v, %v; want an error saying %q", tc.name, p, err, tc.want)
			}
		})
	}
}
