package snp

import (
	"context"
	"crypto/x509"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/google/go-sev-guest/verify/trust"

	"github.com/vouchpm/vouch/attestation"
)

// The vectors are go-sev-guest v0.14.0's own test data
// (github.com/google/go-sev-guest/verify/testdata): attestation.bin, a report
// from a Milan VM launched without an ID block, and vcek.testcer, the VCEK
// AMD's KDS issued for that chip. Its chain goes to the real AMD ARK-Milan
// embedded in go-sev-guest. go-sev-guest verifies them at time.Now (the VCEK
// is valid 2022-09-23 .. 2029-09-23); we verify at a fixed time inside that.
var at = time.Date(2022, time.September, 24, 1, 0, 0, 0, time.UTC)

func vector(t testing.TB) ([]byte, *x509.Certificate) {
	t.Helper()
	report, err := os.ReadFile("testdata/milan-attestation.bin")
	if err != nil {
		t.Fatal(err)
	}
	der, err := os.ReadFile("testdata/milan-vcek.der")
	if err != nil {
		t.Fatal(err)
	}
	vcek, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return report, vcek
}

func TestRealMilanReport(t *testing.T) {
	report, vcek := vector(t)
	v, err := NewVerifier(vcek)
	if err != nil {
		t.Fatal(err)
	}
	c, err := v.VerifyQuote(context.Background(), report, nil, at)
	if err != nil {
		t.Fatalf("real Milan report: %v", err)
	}
	if c.Platform != attestation.PlatformSNP || len(c.Measurement) != 96 || c.Simulated {
		t.Fatalf("claims %+v", c)
	}
	// The VCEK may also travel in the evidence's aux.
	bare, _ := NewVerifier()
	if _, err := bare.VerifyQuote(context.Background(), report, vcek.Raw, at); err != nil {
		t.Fatalf("VCEK in aux: %v", err)
	}
	if _, err := bare.VerifyQuote(context.Background(), report, nil, at); !errors.Is(err, ErrNoVCEK) {
		t.Fatalf("no VCEK: %v, want ErrNoVCEK", err)
	}
	if _, err := v.VerifyQuote(context.Background(), report, nil, time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)); err == nil {
		t.Fatal("verified after the VCEK expired")
	}
}

// TestFlippedReportRefused flips one byte in each region of the signed
// report (version, policy, report data, measurement, chip id, signature).
func TestFlippedReportRefused(t *testing.T) {
	report, vcek := vector(t)
	v, _ := NewVerifier(vcek)
	for _, off := range []int{0x00, 0x08, 0x50, 0x90, 0x1a0, 0x2a0, 0x2a8} {
		bad := append([]byte(nil), report...)
		bad[off] ^= 0x01
		if _, err := v.VerifyQuote(context.Background(), bad, nil, at); !errors.Is(err, attestation.ErrInvalidEvidence) {
			t.Errorf("byte %#x flipped: %v, want refused", off, err)
		}
	}
}

func FuzzVerifyQuote(f *testing.F) {
	report, vcek := vector(f)
	f.Add(report)
	f.Add(report[:100])
	v, _ := NewVerifier(vcek)
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = v.VerifyQuote(context.Background(), b, nil, at)
	})
}

// TestGivenRoots: an ARK/ASK pair given as roots is the trust for its
// product line (here AMD's own Milan pair, given explicitly).
func TestGivenRoots(t *testing.T) {
	report, vcek := vector(t)
	milan := trust.DefaultRootCerts["Milan"].ProductCerts
	v, err := NewVerifier(vcek, milan.Ark, milan.Ask)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.roots["Milan"]) != 1 {
		t.Fatalf("roots %v, want the Milan pair", v.roots)
	}
	if _, err := v.VerifyQuote(context.Background(), report, nil, at); err != nil {
		t.Fatalf("with the Milan pair given: %v", err)
	}
	genoa := trust.DefaultRootCerts["Genoa"].ProductCerts
	w, _ := NewVerifier(vcek, genoa.Ark, genoa.Ask)
	if _, err := w.VerifyQuote(context.Background(), report, nil, at); err == nil {
		t.Fatal("a Milan VCEK verified under Genoa's roots alone")
	}
}
