package tpm

import (
	"context"
	"os"
	"runtime"
	"testing"
	"time"

	pb "github.com/google/go-tpm-tools/proto/attest"
	"github.com/google/go-tpm-tools/server"
	"google.golang.org/protobuf/proto"
)

// BenchmarkVerifyRecorded runs our verifier on the recorded GCE attestation;
// BenchmarkRawVerifyRecorded runs go-tpm-tools' server.VerifyAttestation with
// Google's roots on the same bytes. Compare the two (goal: within 1.2x).
func BenchmarkVerifyRecorded(b *testing.B) {
	raw, err := os.ReadFile("testdata/gce-cos-85-nonce9009.pb")
	if err != nil {
		b.Fatal(err)
	}
	v := NewVerifier()
	for b.Loop() {
		if _, err := v.VerifyQuote(context.Background(), raw, nil, recordedAt); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRawVerifyRecorded(b *testing.B) {
	raw, err := os.ReadFile("testdata/gce-cos-85-nonce9009.pb")
	if err != nil {
		b.Fatal(err)
	}
	v := NewVerifier()
	for b.Loop() {
		var att pb.Attestation
		if err := proto.Unmarshal(raw, &att); err != nil {
			b.Fatal(err)
		}
		if _, err := server.VerifyAttestation(&att, server.VerifyOpts{
			Nonce:             []byte{0x90, 0x09},
			TrustedRootCerts:  v.trust.Roots,
			IntermediateCerts: v.trust.Intermediates,
		}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyVsRawRecorded alternates both on the recorded attestation
// and reports their ratio (goal: at most 1.2).
func BenchmarkVerifyVsRawRecorded(b *testing.B) {
	raw, err := os.ReadFile("testdata/gce-cos-85-nonce9009.pb")
	if err != nil {
		b.Fatal(err)
	}
	v := NewVerifier()
	var ours, lib time.Duration
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for b.Loop() {
		t0 := threadCPU()
		if _, err := v.VerifyQuote(context.Background(), raw, nil, recordedAt); err != nil {
			b.Fatal(err)
		}
		t1 := threadCPU()
		var att pb.Attestation
		if err := proto.Unmarshal(raw, &att); err != nil {
			b.Fatal(err)
		}
		if _, err := server.VerifyAttestation(&att, server.VerifyOpts{
			Nonce:             []byte{0x90, 0x09},
			TrustedRootCerts:  v.trust.Roots,
			IntermediateCerts: v.trust.Intermediates,
		}); err != nil {
			b.Fatal(err)
		}
		ours += t1 - t0
		lib += threadCPU() - t1
	}
	b.ReportMetric(float64(ours.Nanoseconds())/float64(b.N), "ours-cpu-ns/op")
	b.ReportMetric(float64(lib.Nanoseconds())/float64(b.N), "raw-cpu-ns/op")
	b.ReportMetric(float64(ours)/float64(lib), "ratio")
}
