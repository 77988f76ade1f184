package sgx

import (
	"bytes"
	"context"
	"errors"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/vouchpm/vouch/attestation"
)

// realAt is the verification time recorded with the real vector
// (testdata/ata-sgx-v3/README.md), inside its collateral's validity.
var realAt = time.Unix(1789139978, 0).UTC()

func loadReal(t testing.TB) ([]byte, *Collateral) {
	t.Helper()
	quote, err := os.ReadFile("testdata/ata-sgx-v3/quote.dat")
	if err != nil {
		t.Fatal(err)
	}
	coll, err := LoadCollateralDir("testdata/ata-sgx-v3")
	if err != nil {
		t.Fatal(err)
	}
	return quote, coll
}

func TestRealQuoteVerifies(t *testing.T) {
	quote, coll := loadReal(t)
	v, err := NewVerifier(WithCollateral(coll)) // Intel's root only
	if err != nil {
		t.Fatal(err)
	}
	claims, err := v.VerifyQuote(context.Background(), quote, nil, realAt)
	if err != nil {
		t.Fatalf("real quote: %v", err)
	}
	// PCK TCB components 16,16,3,3,255,255,1 and PCESVN 13 meet the first
	// level of the TCB info (15,16,3,3,255,255,1; 13); the QE's ISVSVN 11 is
	// UpToDate.
	wantAdv := []string{"INTEL-SA-00615"}
	if claims.Measurement != "6b2fb25e0084ad6ecbf6cfcefe09e2fa0fca2b84092f72c01f8fe98e9d7db5cd" ||
		claims.Signer != "334d8d7c1be636f4a2811c97bb31cb25419acf287f8acd548e1e2adc30b2c7f9" ||
		claims.Debug || claims.TCBStatus != TCBSWHardeningNeeded || !slices.Equal(claims.Advisories, wantAdv) {
		t.Fatalf("claims %+v", claims)
	}

	// Through the collateral in Evidence.Aux instead of the option.
	aux, err := coll.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	v2, _ := NewVerifier()
	if _, err := v2.VerifyQuote(context.Background(), quote, aux, realAt); err != nil {
		t.Fatalf("collateral from aux: %v", err)
	}

	// The default policy accepts only UpToDate; SWHardeningNeeded needs to be
	// listed with its advisory.
	p := &attestation.Policy{Measurements: []string{claims.Measurement}}
	claims.IssuedAt = realAt
	var pe *attestation.PolicyError
	if err := p.Check(claims, realAt); !errors.As(err, &pe) || pe.Claim != "tcbStatus" {
		t.Fatalf("default policy on a SWHardeningNeeded platform: %v", err)
	}
	p.AcceptedTCBStatuses = []string{TCBUpToDate, TCBSWHardeningNeeded}
	p.AcceptedAdvisories = []string{"INTEL-SA-00615"}
	if err := p.Check(claims, realAt); err != nil {
		t.Fatalf("explicitly accepted: %v", err)
	}
}

func TestRealQuoteRefusals(t *testing.T) {
	quote, coll := loadReal(t)
	v, err := NewVerifier(WithCollateral(coll))
	if err != nil {
		t.Fatal(err)
	}
	flip := func(off int) []byte {
		q := bytes.Clone(quote)
		q[off] ^= 0x01
		return q
	}
	tests := []struct {
		name  string
		quote []byte
		at    time.Time
		want  error
	}{
		{"flipped MRENCLAVE byte", flip(headerSize + 64), realAt, ErrQuoteSignature},
		{"flipped report data byte", flip(headerSize + 320), realAt, ErrQuoteSignature},
		{"flipped quote signature byte", flip(headerSize + reportBodySize + 4 + 10), realAt, ErrQuoteSignature},
		{"flipped attestation key byte", flip(headerSize + reportBodySize + 4 + 64 + 5), realAt, ErrAttestationKeyBinding},
		{"flipped QE report byte", flip(headerSize + reportBodySize + 4 + 128 + 64), realAt, ErrQESignature},
		{"flipped header byte", flip(30), realAt, ErrQuoteSignature},
		{"after the TCB info expired", quote, time.Date(2026, 10, 12, 0, 0, 0, 0, time.UTC), ErrCollateralExpired},
		{"before the PCK CRL was issued", quote, time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), ErrCollateralExpired},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := v.VerifyQuote(context.Background(), tc.quote, nil, tc.at); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	// Every single-byte flip in the signed part or the signatures is refused.
	for off := 0; off < headerSize+reportBodySize+4+128+reportBodySize+64; off += 13 {
		if _, err := v.VerifyQuote(context.Background(), flip(off), nil, realAt); err == nil {
			t.Fatalf("flipping byte %d was accepted", off)
		}
	}
}
