package sgx

import (
	"testing"

	"github.com/edgelesssys/ego/ecrypto"
	"github.com/edgelesssys/ego/enclave"
)

// The two EGo pitfalls of LIBRARY-NOTES, checked against the real library:
// if EGo ever changes them, these tests say so.

// Outside an enclave EGo's sealing "works" with an all-zero key; the Sealer
// above must therefore never call it without a self report.
func TestEgoSealsWithoutAnEnclave(t *testing.T) {
	sealed, err := ecrypto.SealWithProductKey([]byte("npm token"), nil)
	if err != nil {
		t.Skipf("EGo no longer seals outside an enclave (%v): the pitfall is gone", err)
	}
	plain, err := ecrypto.Unseal(sealed, nil)
	if err != nil || string(plain) != "npm token" {
		t.Fatalf("unseal outside an enclave: %q %v", plain, err)
	}
	if _, err := (&Sealer{}).Seal([]byte("npm token")); err == nil {
		t.Fatal("our Sealer sealed outside an enclave")
	}
}

// GetRemoteReport(nil) indexes an empty slice; the Attester always passes 64 bytes.
func TestEgoGetRemoteReportNilPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Log("GetRemoteReport(nil) no longer panics")
		}
	}()
	_, _ = enclave.GetRemoteReport(nil)
}
