package sim

import (
	"context"
	"testing"
	"time"
)

// FuzzVerifyQuote feeds arbitrary quote and aux bytes to the sim verifier:
// it must return an error or claims, never panic.
func FuzzVerifyQuote(f *testing.F) {
	a, err := NewAttester(WithCode(testCode))
	if err != nil {
		f.Fatal(err)
	}
	quote, aux, err := a.Quote(context.Background(), [32]byte{7})
	if err != nil {
		f.Fatal(err)
	}
	akPEM, _ := a.AKPublicPEM()
	a.Close()
	v, err := NewVerifier(TrustAKPEM(akPEM))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(quote, aux)
	f.Add(quote[:len(quote)/2], aux)
	f.Add([]byte{}, []byte{})
	f.Add([]byte{0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f}, aux[:len(aux)-1])
	f.Fuzz(func(t *testing.T, quote, aux []byte) {
		c, err := v.VerifyQuote(context.Background(), quote, aux, time.Time{})
		if err == nil && !c.Simulated {
			t.Fatal("sim claims without Simulated")
		}
	})
}

// FuzzDecodeState checks the state-file parser on arbitrary bytes.
func FuzzDecodeState(f *testing.F) {
	f.Add(encodeState(make([]byte, nvSize)))
	f.Add([]byte(stateMagic))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		img, err := decodeState(data)
		if err == nil && len(img) != nvSize {
			t.Fatalf("accepted a %d-byte image", len(img))
		}
	})
}
