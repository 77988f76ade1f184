package sim

import (
	"context"
	"crypto"
	"crypto/x509"
	"encoding/pem"
	"runtime"
	"testing"
	"time"

	"github.com/google/go-tpm-tools/server"
	"github.com/google/go-tpm/legacy/tpm2"
	"google.golang.org/protobuf/proto"

	pb "github.com/google/go-tpm-tools/proto/attest"

	"github.com/vouchpm/vouch/attestation"
)

// BenchmarkVerify is the whole of attestation.Verifier.VerifyEvidence on sim
// evidence: CBOR, binding, quote, event log replay, claims.
// BenchmarkRawVerifyAttestation is the library call alone on the same quote;
// compare the two (goal: within 1.2x).
func BenchmarkVerify(b *testing.B) {
	raw, _, _, v := benchFixture(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := v.VerifyEvidence(context.Background(), raw); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRawVerifyAttestation(b *testing.B) {
	_, quote, nonce, v := benchFixture(b)
	_ = v
	var att pb.Attestation
	if err := proto.Unmarshal(quote, &att); err != nil {
		b.Fatal(err)
	}
	ak, err := tpm2.DecodePublic(att.AkPub)
	if err != nil {
		b.Fatal(err)
	}
	pub, _ := ak.Key()
	b.ResetTimer()
	for b.Loop() {
		var att pb.Attestation
		if err := proto.Unmarshal(quote, &att); err != nil {
			b.Fatal(err)
		}
		if _, err := server.VerifyAttestation(&att, server.VerifyOpts{Nonce: nonce, TrustedAKs: []crypto.PublicKey{pub}, HashAlgo: tpm2.AlgSHA256}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyVsRaw alternates our whole Verify (evidence envelope,
// binding, quote) and the raw library call on the same evidence, measuring
// thread CPU time, and reports their ratio (goal: at most 1.2).
// BenchmarkVerifyQuoteVsRaw compares the sim platform verifier alone.
func BenchmarkVerifyVsRaw(b *testing.B) {
	evidence, _, _, v := benchFixture(b)
	benchVsRaw(b, func() error {
		_, err := v.VerifyEvidence(context.Background(), evidence)
		return err
	})
}

func BenchmarkVerifyQuoteVsRaw(b *testing.B) {
	evidence, _, _, _ := benchFixture(b)
	ev, err := attestation.DecodeEvidence(evidence)
	if err != nil {
		b.Fatal(err)
	}
	sv, err := NewVerifier(TrustAKPEM(benchAKPEM(b, ev.Quote)))
	if err != nil {
		b.Fatal(err)
	}
	benchVsRaw(b, func() error {
		_, err := sv.VerifyQuote(context.Background(), ev.Quote, ev.Aux, time.Time{})
		return err
	})
}

func benchVsRaw(b *testing.B, ours func() error) {
	_, quote, nonce, _ := benchFixture(b)
	var att pb.Attestation
	if err := proto.Unmarshal(quote, &att); err != nil {
		b.Fatal(err)
	}
	ak, err := tpm2.DecodePublic(att.AkPub)
	if err != nil {
		b.Fatal(err)
	}
	pub, _ := ak.Key()
	var oursT, lib time.Duration
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for b.Loop() {
		t0 := threadCPU()
		if err := ours(); err != nil {
			b.Fatal(err)
		}
		t1 := threadCPU()
		var att pb.Attestation
		if err := proto.Unmarshal(quote, &att); err != nil {
			b.Fatal(err)
		}
		if _, err := server.VerifyAttestation(&att, server.VerifyOpts{Nonce: nonce, TrustedAKs: []crypto.PublicKey{pub}, HashAlgo: tpm2.AlgSHA256}); err != nil {
			b.Fatal(err)
		}
		oursT += t1 - t0
		lib += threadCPU() - t1
	}
	b.ReportMetric(float64(oursT.Nanoseconds())/float64(b.N), "ours-cpu-ns/op")
	b.ReportMetric(float64(lib.Nanoseconds())/float64(b.N), "raw-cpu-ns/op")
	b.ReportMetric(float64(oursT)/float64(lib), "ratio")
}

func BenchmarkAttest(b *testing.B) {
	a := openAttester(b)
	for b.Loop() {
		if _, _, err := a.Quote(context.Background(), [32]byte{1}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSealUnseal(b *testing.B) {
	a := openAttester(b)
	for b.Loop() {
		blob, err := a.Seal([]byte("secret"))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := a.Unseal(blob); err != nil {
			b.Fatal(err)
		}
	}
}

// benchAKPEM returns the AK of a quote as PEM, as an attester publishes it.
func benchAKPEM(b *testing.B, quote []byte) []byte {
	var att pb.Attestation
	if err := proto.Unmarshal(quote, &att); err != nil {
		b.Fatal(err)
	}
	ak, err := tpm2.DecodePublic(att.AkPub)
	if err != nil {
		b.Fatal(err)
	}
	pub, _ := ak.Key()
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		b.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
}

func benchFixture(b *testing.B) (evidence, quote, nonce []byte, v *attestation.Verifier) {
	b.Helper()
	a, err := NewAttester(WithCode(testCode))
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	evidence = makeEvidence(b, a, []byte("bench"))
	ev, err := attestation.DecodeEvidence(evidence)
	if err != nil {
		b.Fatal(err)
	}
	rd := attestation.ReportData(ev.Binding)
	return evidence, ev.Quote, rd[:], newVerifier(b, a)
}
