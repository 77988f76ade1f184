package nitro

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"errors"
	"testing"
	"time"

	"github.com/hf/nitrite"

	"github.com/vouchpm/vouch/attestation"
)

// FuzzVerifyQuote feeds arbitrary documents and verification times to both
// verifier modes: no input may panic, every refusal is invalid evidence, and
// whatever verifies keeps the package's promises.
func FuzzVerifyQuote(f *testing.F) {
	ca := newTestCA(f, testNow)
	for _, rd := range realDocs {
		doc := readDoc(f, rd.file)
		f.Add(doc, rd.issued.UnixMilli())
		f.Add(doc[:len(doc)/2], rd.issued.UnixMilli())
	}
	f.Add(ca.document(f, validSpec()), testNow.UnixMilli())
	s := validSpec()
	s.PCRs = debugPCRs()
	s.UserData = nil
	f.Add(ca.document(f, s), testNow.UnixMilli())
	f.Add([]byte{0x84, 0x44, 0xa1, 0x01, 0x38, 0x22, 0xa0, 0x41, 0xa0, 0x40}, int64(0))

	roots, err := AWSRoots()
	if err != nil {
		f.Fatal(err)
	}
	roots.AddCert(ca.root)
	vouch := mustVerifier(f, WithRoots(roots))
	raw := mustVerifier(f, WithRoots(roots), WithRawDocuments())
	f.Fuzz(func(t *testing.T, doc []byte, atMilli int64) {
		at := time.UnixMilli(atMilli)
		rc, err := raw.VerifyQuote(context.Background(), doc, nil, at)
		if err != nil {
			if !errors.Is(err, attestation.ErrInvalidEvidence) {
				t.Fatalf("refusal is not invalid evidence: %v", err)
			}
			return
		}
		if rc == nil || rc.Platform != attestation.PlatformNitro || rc.IssuedAt.After(at.Add(clockSkew)) {
			t.Fatalf("verified claims break the contract: %+v", rc)
		}
		// Vouch mode accepts exactly the raw documents with 32 bytes of user_data.
		vc, err := vouch.VerifyQuote(context.Background(), doc, nil, at)
		if (err == nil) != (len(rc.ReportData) == ReportDataSize) {
			t.Fatalf("vouch mode on %d bytes of user_data: %v", len(rc.ReportData), err)
		}
		if err == nil && vc.Measurement != rc.Measurement {
			t.Fatalf("modes disagree: %s vs %s", vc.Measurement, rc.Measurement)
		}
	})
}

// FuzzParseDocument fuzzes the decoding that runs before any signature
// check (COSE_Sign1, payload, leaf certificate): it is cheap, so the fuzzer
// explores it far faster than through FuzzVerifyQuote.
func FuzzParseDocument(f *testing.F) {
	ca := newTestCA(f, testNow)
	for _, rd := range realDocs {
		f.Add(readDoc(f, rd.file))
	}
	f.Add(ca.document(f, validSpec()))
	f.Add(newTestCA(f, testNow, func(c *caConfig) { c.leafCurve = elliptic.P521() }).document(f, validSpec()))
	f.Add([]byte{0x84, 0x44, 0xa1, 0x01, 0x38, 0x22, 0xa0, 0x41, 0xa0, 0x40})
	v := mustVerifier(f)
	f.Fuzz(func(t *testing.T, doc []byte) {
		leaf, err := v.leafCertificate(doc)
		if err != nil {
			if !errors.Is(err, attestation.ErrInvalidEvidence) {
				t.Fatalf("refusal is not invalid evidence: %v", err)
			}
			return
		}
		if pub, ok := leaf.PublicKey.(*ecdsa.PublicKey); !ok || pub.Curve != elliptic.P384() {
			t.Fatalf("leaf key %T passed the P-384 check", leaf.PublicKey)
		}
	})
}

// BenchmarkVerifyQuote compares this package with a bare nitrite.Verify on
// the same real AWS document (four-certificate chain).
func BenchmarkVerifyQuote(b *testing.B) {
	rd := realDocs[0]
	doc := readDoc(b, rd.file)
	roots, err := AWSRoots()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("vouch", func(b *testing.B) {
		v := mustVerifier(b, WithRawDocuments())
		b.ReportAllocs()
		for b.Loop() {
			if _, err := v.VerifyQuote(context.Background(), doc, nil, rd.issued); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("nitrite", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := nitrite.Verify(doc, nitrite.VerifyOptions{Roots: roots, CurrentTime: rd.issued}); err != nil {
				b.Fatal(err)
			}
		}
	})
	// precheck is the work this package adds before nitrite runs (CBOR
	// decoding with limits, leaf certificate parse and curve check).
	b.Run("precheck", func(b *testing.B) {
		v := mustVerifier(b, WithRawDocuments())
		b.ReportAllocs()
		for b.Loop() {
			if _, err := v.leafCertificate(doc); err != nil {
				b.Fatal(err)
			}
		}
	})
	// paired alternates the two calls in one loop and reports their ratio,
	// which stays meaningful on a loaded machine.
	b.Run("paired", func(b *testing.B) {
		v := mustVerifier(b, WithRawDocuments())
		var ours, theirs time.Duration
		for b.Loop() {
			t0 := time.Now()
			if _, err := v.VerifyQuote(context.Background(), doc, nil, rd.issued); err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			if _, err := nitrite.Verify(doc, nitrite.VerifyOptions{Roots: roots, CurrentTime: rd.issued}); err != nil {
				b.Fatal(err)
			}
			ours += t1.Sub(t0)
			theirs += time.Since(t1)
		}
		b.ReportMetric(float64(ours.Nanoseconds())/float64(b.N), "vouch-ns/op")
		b.ReportMetric(float64(theirs.Nanoseconds())/float64(b.N), "nitrite-ns/op")
		b.ReportMetric(float64(ours)/float64(theirs), "ratio")
	})
}
