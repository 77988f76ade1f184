package nitro

import (
	"bytes"
	"context"
	"crypto/elliptic"
	"encoding/hex"
	"errors"
	"github.com/vouchpm/vouch/attestation/testclock"
	"strings"
	"testing"
	"time"

	"github.com/fxamacker/cbor/v2"
	"github.com/hf/nitrite"

	"github.com/vouchpm/vouch/attestation"
)

var testNow = testclock.Date(2026, 11, 25, 12)

// sentinels lists every distinct refusal; each case must match exactly one.
var sentinels = []error{ErrMalformed, ErrDocumentTooLarge, ErrUnsupportedKey, ErrBadSignature,
	ErrCertificateExpired, ErrUntrustedRoot, ErrChain, ErrTimestamp, ErrUserData}

func reportData() []byte { return bytes.Repeat([]byte{0x5a}, 32) }

func validSpec() docSpec {
	return docSpec{Timestamp: testNow.Add(-time.Minute), PCRs: productionPCRs(), UserData: reportData()}
}

func mustVerifier(t testing.TB, opts ...VerifierOption) *Verifier {
	t.Helper()
	v, err := NewVerifier(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestVerifyQuoteClaims(t *testing.T) {
	ca := newTestCA(t, testNow)
	spec := validSpec()
	doc := ca.document(t, spec)
	c, err := mustVerifier(t, WithRoots(ca.pool())).VerifyQuote(context.Background(), doc, nil, testNow)
	if err != nil {
		t.Fatalf("VerifyQuote: %v", err)
	}
	if c.Platform != attestation.PlatformNitro || c.Simulated || c.Debug {
		t.Fatalf("platform/simulated/debug: %+v", c)
	}
	if c.Measurement != hex.EncodeToString(spec.PCRs[0]) {
		t.Fatalf("measurement %s, want PCR0", c.Measurement)
	}
	if len(c.PCRs) != 6 {
		t.Fatalf("PCRs %v, want exactly 0,1,2,3,4,8", c.PCRs)
	}
	for _, idx := range []int{0, 1, 2, 3, 4, 8} {
		if c.PCRs[idx] != hex.EncodeToString(spec.PCRs[uint(idx)]) {
			t.Fatalf("PCR%d = %s", idx, c.PCRs[idx])
		}
	}
	if c.Signer != ca.leaf.Subject.CommonName {
		t.Fatalf("signer %q, want the leaf CN %q", c.Signer, ca.leaf.Subject.CommonName)
	}
	if !c.IssuedAt.Equal(spec.Timestamp.Truncate(time.Millisecond)) {
		t.Fatalf("issuedAt %s, want %s", c.IssuedAt, spec.Timestamp)
	}
	if !bytes.Equal(c.ReportData, spec.UserData) {
		t.Fatalf("report data %x", c.ReportData)
	}
	if c.Nonce != nil {
		t.Fatalf("vouch mode must leave the nonce to the binding, got %x", c.Nonce)
	}
}

func TestVerifyQuoteRefusals(t *testing.T) {
	ctx := context.Background()
	ca := newTestCA(t, testNow)
	other := newTestCA(t, testNow)
	p521 := newTestCA(t, testNow, func(c *caConfig) { c.leafCurve = elliptic.P521() })
	young := newTestCA(t, testNow, func(c *caConfig) { c.leafNotBefore = -time.Minute })
	aws := mustVerifier(t)
	tests := []struct {
		name string
		doc  func() []byte
		at   time.Time
		v    *Verifier
		want error
	}{
		{name: "expired leaf", at: testNow.Add(3 * time.Hour), want: ErrCertificateExpired,
			doc: func() []byte { return ca.document(t, validSpec()) }},
		{name: "leaf not yet valid", at: testNow.Add(-2 * time.Hour), want: ErrCertificateExpired,
			doc: func() []byte { return ca.document(t, validSpec()) }},
		{name: "wrong root", v: mustVerifier(t, WithRoots(other.pool())), want: ErrUntrustedRoot,
			doc: func() []byte { return ca.document(t, validSpec()) }},
		{name: "test chain against the AWS root", v: aws, want: ErrUntrustedRoot,
			doc: func() []byte { return ca.document(t, validSpec()) }},
		{name: "signed by another key", want: ErrBadSignature,
			doc: func() []byte { return signCOSE(t, ca.payload(validSpec()), other.leafKey) }},
		{name: "tampered PCR0", want: ErrBadSignature, doc: func() []byte {
			return tamperPayload(t, ca.document(t, validSpec()), func(p *testPayload) { p.PCRs[0][0] ^= 1 })
		}},
		{name: "tampered user_data", want: ErrBadSignature, doc: func() []byte {
			return tamperPayload(t, ca.document(t, validSpec()), func(p *testPayload) { p.UserData[0] ^= 1 })
		}},
		{name: "oversized", want: ErrDocumentTooLarge, doc: func() []byte {
			s := validSpec()
			s.PublicKey = make([]byte, MaxDocumentSize)
			return ca.document(t, s)
		}},
		{name: "missing user_data", want: ErrUserData, doc: func() []byte {
			s := validSpec()
			s.UserData = nil
			return ca.document(t, s)
		}},
		{name: "short user_data", want: ErrUserData, doc: func() []byte {
			s := validSpec()
			s.UserData = s.UserData[:16]
			return ca.document(t, s)
		}},
		{name: "long user_data", want: ErrUserData, doc: func() []byte {
			s := validSpec()
			s.UserData = append(s.UserData, 0)
			return ca.document(t, s)
		}},
		{name: "timestamp after verification time", want: ErrTimestamp, doc: func() []byte {
			s := validSpec()
			s.Timestamp = testNow.Add(time.Hour)
			return ca.document(t, s)
		}},
		{name: "timestamp before the leaf's validity", v: mustVerifier(t, WithRoots(young.pool())), want: ErrTimestamp, doc: func() []byte {
			s := validSpec()
			s.Timestamp = testNow.Add(-10 * time.Minute)
			return young.document(t, s)
		}},
		{name: "timestamp after the leaf's validity", at: testNow.Add(2*time.Hour - time.Minute), want: ErrTimestamp, doc: func() []byte {
			s := validSpec()
			s.Timestamp = testNow.Add(2*time.Hour + time.Minute)
			return ca.document(t, s)
		}},
		{name: "P-521 leaf", v: mustVerifier(t, WithRoots(p521.pool())), want: ErrUnsupportedKey,
			doc: func() []byte { return p521.document(t, validSpec()) }},
		{name: "not CBOR", want: ErrMalformed, doc: func() []byte { return []byte("hello") }},
		{name: "empty", want: ErrMalformed, doc: func() []byte { return nil }},
		{name: "duplicate payload key", want: ErrMalformed, doc: func() []byte {
			p := ca.payload(validSpec())
			// Append a second "digest" entry: bump the map header (0xa9 -> 0xaa).
			if p[0] != 0xa9 {
				t.Fatalf("payload header %#x", p[0])
			}
			p = append([]byte{0xaa}, p[1:]...)
			p = append(p, 0x66, 'd', 'i', 'g', 'e', 's', 't', 0x66, 'S', 'H', 'A', '3', '8', '4')
			return signCOSE(t, p, ca.leafKey)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := tc.v
			if v == nil {
				v = mustVerifier(t, WithRoots(ca.pool()))
			}
			at := tc.at
			if at.IsZero() {
				at = testNow
			}
			c, err := v.VerifyQuote(ctx, tc.doc(), nil, at)
			t.Log(err)
			assertSentinel(t, err, tc.want)
			if c != nil {
				t.Fatalf("refused document returned claims %+v", c)
			}
		})
	}
}

func assertSentinel(t *testing.T, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("got %v, want %v", err, want)
	}
	if !errors.Is(err, attestation.ErrInvalidEvidence) || errors.Is(err, attestation.ErrPolicy) {
		t.Fatalf("%v must read as invalid evidence, not a policy refusal", err)
	}
	for _, s := range sentinels {
		if s != want && errors.Is(err, s) {
			t.Fatalf("%v also matches %v: refusals must be distinct", err, s)
		}
	}
}

// tamperPayload edits the payload of a signed document without re-signing.
func tamperPayload(t *testing.T, doc []byte, edit func(*testPayload)) []byte {
	t.Helper()
	var cose coseSign1
	if err := cbor.Unmarshal(doc, &cose); err != nil {
		t.Fatal(err)
	}
	var p testPayload
	if err := cbor.Unmarshal(cose.Payload, &p); err != nil {
		t.Fatal(err)
	}
	edit(&p)
	enc, _ := cbor.CoreDetEncOptions().EncMode()
	payload, err := enc.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	out, err := cbor.Marshal([]any{cose.Protected, cose.Unprotected, payload, cose.Signature})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestOversizedIsTooLarge(t *testing.T) {
	_, err := mustVerifier(t).VerifyQuote(context.Background(), make([]byte, MaxDocumentSize+1), nil, testNow)
	if !errors.Is(err, ErrDocumentTooLarge) || !errors.Is(err, attestation.ErrTooLarge) {
		t.Fatalf("got %v", err)
	}
}

func TestNitriteReturnsResultWithError(t *testing.T) {
	// The pitfall: nitrite hands back a Result even when the signature fails.
	ca := newTestCA(t, testNow)
	other := newTestCA(t, testNow)
	forged := signCOSE(t, ca.payload(validSpec()), other.leafKey)
	res, err := nitrite.Verify(forged, nitrite.VerifyOptions{Roots: ca.pool(), CurrentTime: testNow})
	if res == nil || err == nil || res.SignatureOK {
		t.Fatalf("nitrite behaviour changed: res=%v err=%v", res != nil, err)
	}
	if _, err := mustVerifier(t, WithRoots(ca.pool())).VerifyQuote(context.Background(), forged, nil, testNow); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("got %v, want ErrBadSignature", err)
	}
}

func TestNitriteChecksNeitherTimestampNorUserData(t *testing.T) {
	// nitrite accepts what we refuse; if it ever starts checking, this test
	// says so and our checks can be revisited.
	ca := newTestCA(t, testNow)
	s := validSpec()
	s.Timestamp = testNow.Add(time.Hour)
	s.UserData = nil
	doc := ca.document(t, s)
	if _, err := nitrite.Verify(doc, nitrite.VerifyOptions{Roots: ca.pool(), CurrentTime: testNow}); err != nil {
		t.Fatalf("nitrite refused: %v", err)
	}
	if _, err := mustVerifier(t, WithRoots(ca.pool())).VerifyQuote(context.Background(), doc, nil, testNow); !errors.Is(err, ErrTimestamp) {
		t.Fatalf("got %v, want ErrTimestamp", err)
	}
}

func TestP521LeafPanicsNitriteButNotUs(t *testing.T) {
	ca := newTestCA(t, testNow, func(c *caConfig) { c.leafCurve = elliptic.P521() })
	doc := ca.document(t, validSpec())
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("nitrite no longer panics on a P-521 leaf: the pre-check can be revisited")
			}
		}()
		_, _ = nitrite.Verify(doc, nitrite.VerifyOptions{Roots: ca.pool(), CurrentTime: testNow})
	}()
	_, err := mustVerifier(t, WithRoots(ca.pool())).VerifyQuote(context.Background(), doc, nil, testNow)
	if !errors.Is(err, ErrUnsupportedKey) {
		t.Fatalf("got %v", err)
	}
}

func TestNitritePanicIsRecovered(t *testing.T) {
	ca := newTestCA(t, testNow)
	v := mustVerifier(t, WithRoots(ca.pool()))
	v.verify = func([]byte, nitrite.VerifyOptions) (*nitrite.Result, error) { panic("boom") }
	_, err := v.VerifyQuote(context.Background(), ca.document(t, validSpec()), nil, testNow)
	if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("got %v", err)
	}
}

func TestDebugDocumentVerifiesButPolicyRefuses(t *testing.T) {
	ca := newTestCA(t, testNow)
	s := validSpec()
	s.PCRs = debugPCRs()
	c, err := mustVerifier(t, WithRoots(ca.pool())).VerifyQuote(context.Background(), ca.document(t, s), nil, testNow)
	if err != nil {
		t.Fatalf("a debug document is genuine: %v", err)
	}
	if !c.Debug {
		t.Fatal("all-zero PCR0-2 must set Debug")
	}
	p := &attestation.Policy{Measurements: []string{c.Measurement}}
	var pe *attestation.PolicyError
	if err := p.Check(c, testNow); !errors.As(err, &pe) || pe.Claim != "debug" {
		t.Fatalf("policy must refuse a debug enclave, got %v", err)
	}
}

func TestRawModeAcceptsAnyUserData(t *testing.T) {
	ca := newTestCA(t, testNow)
	raw := mustVerifier(t, WithRoots(ca.pool()), WithRawDocuments())
	for _, ud := range [][]byte{nil, []byte("hi"), bytes.Repeat([]byte{1}, 68)} {
		s := validSpec()
		s.UserData = ud
		s.Nonce = []byte("nonce-7")
		c, err := raw.VerifyQuote(context.Background(), ca.document(t, s), nil, testNow)
		if err != nil {
			t.Fatalf("user_data %d bytes: %v", len(ud), err)
		}
		if !bytes.Equal(c.ReportData, ud) || string(c.Nonce) != "nonce-7" {
			t.Fatalf("raw claims: reportData %x nonce %q", c.ReportData, c.Nonce)
		}
	}
}

func TestVerifyQuoteArguments(t *testing.T) {
	ca := newTestCA(t, testNow)
	v := mustVerifier(t, WithRoots(ca.pool()))
	doc := ca.document(t, validSpec())
	if _, err := v.VerifyQuote(context.Background(), doc, []byte{1}, testNow); !errors.Is(err, ErrMalformed) {
		t.Fatalf("aux: %v", err)
	}
	if _, err := v.VerifyQuote(context.Background(), doc, nil, time.Time{}); err == nil {
		t.Fatal("a zero verification time must be refused")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := v.VerifyQuote(ctx, doc, nil, testNow); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled context: %v", err)
	}
	if _, err := NewVerifier(WithRoots(nil)); err == nil {
		t.Fatal("WithRoots(nil) must be an error")
	}
}

func TestTruncatedAndRandomInputs(t *testing.T) {
	ca := newTestCA(t, testNow)
	v := mustVerifier(t, WithRoots(ca.pool()))
	doc := ca.document(t, validSpec())
	for n := 0; n < len(doc); n += 37 {
		if _, err := v.VerifyQuote(context.Background(), doc[:n], nil, testNow); !errors.Is(err, attestation.ErrInvalidEvidence) {
			t.Fatalf("truncated to %d: %v", n, err)
		}
	}
	for _, in := range [][]byte{{0x84}, {0x84, 0x40, 0xa0, 0x40, 0x40}, bytes.Repeat([]byte{0x9f}, 100), bytes.Repeat([]byte{0x81}, 1000)} {
		if _, err := v.VerifyQuote(context.Background(), in, nil, testNow); !errors.Is(err, attestation.ErrInvalidEvidence) {
			t.Fatalf("%x: %v", in[:min(len(in), 8)], err)
		}
	}
}
