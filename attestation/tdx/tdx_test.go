package tdx

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/sgx"
)

// testdata/spr-e4 is go-tdx-guest's own test data
// (github.com/google/go-tdx-guest/testing/testdata at
// v0.3.2-0.20250814004405-ffb0869e6f4d): tdx_prod_quote_SPR_E4.dat, a v4 quote
// from a production Sapphire Rapids E4 TD (quote.dat), and the Intel PCS
// responses its tests serve for it (sample_tcbInfo_response, sample_qeIdentity_response,
// pckcrl, rootcrl.der; issuer chains from testing/test_cases.go), renamed to
// the collateral layout of LoadCollateralDir. go-tdx-guest verifies them
// at 2023-07-01T01:00:00Z; the TCB info is valid 2023-06-18 .. 2023-07-18.
var at = time.Date(2023, time.July, 1, 1, 0, 0, 0, time.UTC)

func vector(t testing.TB) ([]byte, *sgx.Collateral) {
	t.Helper()
	q, err := os.ReadFile("testdata/spr-e4/quote.dat")
	if err != nil {
		t.Fatal(err)
	}
	c, err := LoadCollateralDir("testdata/spr-e4")
	if err != nil {
		t.Fatal(err)
	}
	return q, c
}

func TestRealSPRQuote(t *testing.T) {
	q, col := vector(t)
	for _, tc := range []struct {
		name   string
		v      *Verifier
		at     time.Time
		status string
		ok     bool
	}{
		{"chain and signatures only", NewVerifier(), at, "not checked (no collateral)", true},
		// As go-tdx-guest's TestNegativeRawQuoteVerifyWithCollateral: the
		// sample TCB info lists newer SVNs than the quote's TEE TCB SVN, so
		// the TCB level check refuses it.
		{"with collateral: TCB level too old", NewVerifier(WithCollateral(col)), at, "", false},
		{"after the PCK chain expired", NewVerifier(), time.Date(2060, 1, 1, 0, 0, 0, 0, time.UTC), "", false},
		{"Intel root kept beside given roots", NewVerifier(WithRoots(selfSigned(t))), at, "not checked (no collateral)", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := tc.v.VerifyQuote(context.Background(), q, nil, tc.at)
			if (err == nil) != tc.ok {
				t.Fatalf("VerifyQuote: %v, want ok=%v", err, tc.ok)
			}
			if err != nil {
				return
			}
			if c.Platform != attestation.PlatformTDX || len(c.Measurement) != 96 || len(c.PCRs) != 4 {
				t.Fatalf("claims %+v", c)
			}
			if tc.status != "" && c.TCBStatus != tc.status {
				t.Fatalf("TCB status %q, want %q", c.TCBStatus, tc.status)
			}
			if tc.status == "" && c.TCBStatus == "" {
				t.Fatal("no TCB status with collateral")
			}
		})
	}
}

// TestFlippedQuoteRefused flips one byte in the header, the TD report body
// (MRTD, report data) and the signature data.
func TestFlippedQuoteRefused(t *testing.T) {
	q, col := vector(t)
	_ = col
	v := NewVerifier()
	for _, off := range []int{0x08, 0x30 + 0x88, 0x30 + 0x240, 0x30 + 0x250, 0x300, 0x400} {
		bad := append([]byte(nil), q...)
		bad[off] ^= 0x01
		if _, err := v.VerifyQuote(context.Background(), bad, nil, at); !errors.Is(err, attestation.ErrInvalidEvidence) {
			t.Errorf("byte %#x flipped: %v, want refused", off, err)
		}
	}
}

func FuzzVerifyQuote(f *testing.F) {
	q, _ := vector(f)
	f.Add(q)
	f.Add(q[:600])
	v := NewVerifier()
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = v.VerifyQuote(context.Background(), b, nil, at)
	})
}

func selfSigned(t *testing.T) *x509.Certificate {
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "another root"},
		NotBefore: at.AddDate(-1, 0, 0), NotAfter: at.AddDate(1, 0, 0), IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := x509.ParseCertificate(der)
	return c
}
