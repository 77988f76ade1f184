package tpmseal

import (
	"errors"
	"testing"
)

// FuzzDecodeSealed checks the sealed-blob parser (host-supplied bytes).
func FuzzDecodeSealed(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0x0a, 0x02, 0x01, 0x02, 0x12, 0x01, 0x03, 0x1a, 0x01, 0x07})
	f.Add([]byte("not a blob"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sb, err := DecodeSealed(data)
		if err != nil && !errors.Is(err, ErrUnseal) {
			t.Fatalf("error %v does not wrap ErrUnseal", err)
		}
		if err == nil && (len(sb.GetPriv()) == 0 || len(sb.GetPub()) == 0) {
			t.Fatal("accepted a blob without key material")
		}
	})
}
