package tpm

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"os"
	"testing"
	"time"

	pb "github.com/google/go-tpm-tools/proto/attest"
	tpmpb "github.com/google/go-tpm-tools/proto/tpm"
	"google.golang.org/protobuf/proto"

	"github.com/vouchpm/vouch/attestation"
)

// recordedAt lies inside the AK certificate's validity (2021-08-31T23:11:05Z
// .. 2051-08-24), the day after go-tpm-tools recorded the vectors.
var recordedAt = time.Date(2021, 9, 1, 12, 0, 0, 0, time.UTC)

var vectors = []struct {
	file  string
	nonce string
}{
	{"testdata/gce-cos-85-nonce9009.pb", "9009"},
	{"testdata/gce-cos-85-no-nonce.pb", ""},
}

func platformVerifier(t testing.TB, at time.Time, pv attestation.PlatformVerifier) *attestation.Verifier {
	t.Helper()
	v, err := attestation.NewVerifier(attestation.WithPlatform(pv), attestation.WithClock(func() time.Time { return at }))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestRecordedGCEAttestations(t *testing.T) {
	for _, vec := range vectors {
		t.Run(vec.file, func(t *testing.T) {
			raw, err := os.ReadFile(vec.file)
			if err != nil {
				t.Fatal(err)
			}
			v := platformVerifier(t, recordedAt, NewVerifier())
			claims, err := v.VerifyPlatformDocument(context.Background(), attestation.PlatformTPM, raw, nil)
			if err != nil {
				t.Fatalf("recorded attestation refused: %v", err)
			}
			if got := hex.EncodeToString(claims.ReportData); got != vec.nonce {
				t.Errorf("report data %q, want %q", got, vec.nonce)
			}
			if claims.Simulated || claims.Platform != "tpm" || len(claims.PCRs) != 24 || len(claims.Measurement) != 64 {
				t.Errorf("claims %+v", claims)
			}
			if !bytes.Contains([]byte(claims.Signer), []byte("tpm_ek_v1_cloud_host-signer")) {
				t.Errorf("signer %q does not name the GCE AK issuer", claims.Signer)
			}

			// Before the AK certificate was issued it does not verify.
			early := platformVerifier(t, time.Date(2021, 8, 1, 0, 0, 0, 0, time.UTC), NewVerifier())
			if _, err := early.VerifyPlatformDocument(context.Background(), "tpm", raw, nil); !errors.Is(err, ErrAKCertificate) {
				t.Errorf("before validity: err = %v, want ErrAKCertificate", err)
			}
			// Under a root that is not Google's it does not verify.
			ca := newTestCA(t)
			other := platformVerifier(t, recordedAt, NewVerifier(ca.root))
			if _, err := other.VerifyPlatformDocument(context.Background(), "tpm", raw, nil); !errors.Is(err, ErrAKCertificate) {
				t.Errorf("other root: err = %v, want ErrAKCertificate", err)
			}

			for name, off := range flipOffsets(t, raw) {
				bad := append([]byte{}, raw...)
				bad[off] ^= 0x01
				_, err := v.VerifyPlatformDocument(context.Background(), "tpm", bad, nil)
				if !errors.Is(err, attestation.ErrInvalidEvidence) {
					t.Errorf("one flipped byte in %s (offset %d): err = %v, want refusal", name, off, err)
				}
			}
		})
	}
}

// flipOffsets locates one byte inside each signed or replayed field of a
// recorded attestation.
func flipOffsets(t *testing.T, raw []byte) map[string]int {
	t.Helper()
	var att pb.Attestation
	if err := proto.Unmarshal(raw, &att); err != nil {
		t.Fatal(err)
	}
	var q *tpmpb.Quote
	for _, x := range att.GetQuotes() {
		if x.GetPcrs().GetHash() == 11 { // TPM_ALG_SHA256
			q = x
		}
	}
	cert, err := x509.ParseCertificate(att.GetAkCert())
	if err != nil {
		t.Fatal(err)
	}
	find := func(field []byte, at int) int {
		i := bytes.Index(raw, field)
		if i < 0 {
			t.Fatalf("field not found in raw attestation")
		}
		return i + at
	}
	return map[string]int{
		"quote signature":     find(q.GetRawSig(), len(q.GetRawSig())/2),
		"quoted data":         find(q.GetQuote(), len(q.GetQuote())-10),
		"PCR 0 value":         find(q.GetPcrs().GetPcrs()[0], 3),
		"AK certificate sig":  find(cert.Signature, 5),
		"AK cert public key":  find(cert.RawSubjectPublicKeyInfo, len(cert.RawSubjectPublicKeyInfo)-4),
		"event log (digest)":  find(att.GetEventLog(), 40),
		"protobuf field type": 0,
	}
}

// A raw TPM document's nonce is the quote's extraData: a policy naming the
// nonce go-tpm-tools recorded (0x9009) accepts the document, one naming
// another nonce refuses it, and a document made without one is refused too.
func TestRecordedGCENonceInPolicy(t *testing.T) {
	tests := []struct {
		file      string
		nonce     string
		wantClaim string
	}{
		{"testdata/gce-cos-85-nonce9009.pb", "9009", ""},
		{"testdata/gce-cos-85-nonce9009.pb", "9010", "nonce"},
		{"testdata/gce-cos-85-nonce9009.pb", "900900", "nonce"},
		{"testdata/gce-cos-85-no-nonce.pb", "9009", "nonce"},
	}
	for _, tc := range tests {
		t.Run(tc.file+"/"+tc.nonce, func(t *testing.T) {
			raw, err := os.ReadFile(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			claims, err := platformVerifier(t, recordedAt, NewVerifier()).VerifyPlatformDocument(context.Background(), attestation.PlatformTPM, raw, nil)
			if err != nil {
				t.Fatal(err)
			}
			nonce, _ := hex.DecodeString(tc.nonce)
			policy := &attestation.Policy{Platforms: []string{attestation.PlatformTPM}, AnyMeasurementUnsafe: true, Nonce: nonce}
			err = policy.CheckDocument(claims, recordedAt)
			var pe *attestation.PolicyError
			switch {
			case tc.wantClaim == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.wantClaim != "" && (!errors.As(err, &pe) || pe.Claim != tc.wantClaim):
				t.Fatalf("err = %v, want refusal on %q", err, tc.wantClaim)
			}
		})
	}
}
