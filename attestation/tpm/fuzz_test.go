package tpm

import (
	"context"
	"os"
	"testing"
)

// FuzzVerifyQuote feeds arbitrary attestation protobufs (seeded with the
// recorded GCE ones) to the tpm verifier under Google's roots.
func FuzzVerifyQuote(f *testing.F) {
	for _, vec := range vectors {
		raw, err := os.ReadFile(vec.file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
		f.Add(raw[:len(raw)/3])
	}
	f.Add([]byte{})
	f.Add([]byte{0x0a, 0x80})
	v := NewVerifier()
	f.Fuzz(func(t *testing.T, quote []byte) {
		c, err := v.VerifyQuote(context.Background(), quote, nil, recordedAt)
		if err == nil && (c.Simulated || c.Platform != "tpm") {
			t.Fatalf("bad claims %+v", c)
		}
	})
}
