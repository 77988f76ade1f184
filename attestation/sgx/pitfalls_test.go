package sgx

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/edgelesssys/ego/ecrypto"
)

// The two EGo pitfalls of LIBRARY-NOTES, and how vouch's code stays clear
// of them, checked against the real library.

// Outside an enclave EGo's sealing "works" with an all-zero key, so anyone
// could unseal; the Sealer must refuse instead of calling it.
func TestSealerRefusesOutsideAnEnclave(t *testing.T) {
	if _, err := (&Sealer{}).Seal([]byte("npm token")); err == nil {
		t.Fatal("our Sealer sealed outside an enclave")
	}
	sealed, err := ecrypto.SealWithProductKey([]byte("npm token"), nil)
	if err != nil {
		return // EGo itself refuses now: the pitfall is gone, the Sealer still refuses
	}
	if plain, err := ecrypto.Unseal(sealed, nil); err != nil || string(plain) != "npm token" {
		t.Fatalf("EGo sealed outside an enclave but cannot unseal it: %q %v", plain, err)
	}
}

// GetRemoteReport(nil) indexes an empty slice. The Attester always hands it
// 64 bytes, report data first, and outside an enclave it fails closed.
func TestAttesterPassesSixtyFourBytesAndFailsClosed(t *testing.T) {
	ctx := context.Background()
	reportData := [32]byte{1, 2, 3, 0xff}
	var got []byte
	fake := NewAttester(withRemoteReport(func(b []byte) ([]byte, error) {
		got = append([]byte(nil), b...)
		return nil, errors.New("OE_UNSUPPORTED")
	}))
	if _, _, err := fake.Quote(ctx, reportData); !errors.Is(err, ErrNotInEnclave) {
		t.Fatalf("err = %v, want ErrNotInEnclave", err)
	}
	if len(got) != 64 || !bytes.Equal(got[:32], reportData[:]) || !bytes.Equal(got[32:], make([]byte, 32)) {
		t.Fatalf("GetRemoteReport got %x, want the report data padded to 64 bytes", got)
	}
	// The real library, outside an enclave.
	if _, _, err := NewAttester().Quote(ctx, reportData); !errors.Is(err, ErrNotInEnclave) {
		t.Fatalf("real GetRemoteReport outside an enclave: err = %v, want ErrNotInEnclave", err)
	}
}
