package nitro

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hf/nitrite"

	"github.com/vouchpm/vouch/attestation"
)

// Real AWS Nitro attestation documents; testdata/README.md names their source.
var realDocs = []struct {
	file   string
	issued time.Time
	pcr0   string
	debug  bool
	signer string
}{
	{
		file:   "aws-prod-2024-07-31.cbor",
		issued: time.Date(2024, 7, 31, 20, 18, 27, 47e6, time.UTC),
		pcr0:   "a6cdfede5b1e7950de33218995add7d8f1f6e059c9cccd204316e69feaa2ce54f6f9ff6f5992db0f1ca6135f9b095b85",
		signer: "i-0809070ca8037095f-enc01910a70380dca7e.us-east-1.aws",
	},
	{
		file:   "aws-debug-2024-09-06.cbor",
		issued: time.Date(2024, 9, 6, 4, 33, 12, 729e6, time.UTC),
		pcr0:   "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
		debug:  true,
		signer: "i-0bbf1bfe232b8c2ce-enc0191ba35c9d1b77a.us-east-1.aws",
	},
}

func readDoc(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRealAWSDocuments(t *testing.T) {
	awsRoot, err := AWSRoot()
	if err != nil {
		t.Fatal(err)
	}
	for _, rd := range realDocs {
		t.Run(rd.file, func(t *testing.T) {
			doc := readDoc(t, rd.file)
			c, err := VerifyDocument(doc, rd.issued)
			if err != nil {
				t.Fatalf("VerifyDocument at its own time: %v", err)
			}
			if c.Measurement != rd.pcr0 || c.Debug != rd.debug || c.Signer != rd.signer || !c.IssuedAt.Equal(rd.issued) {
				t.Fatalf("claims: measurement %s debug %v signer %q issued %s", c.Measurement, c.Debug, c.Signer, c.IssuedAt)
			}
			if len(c.ReportData) != 68 {
				t.Fatalf("report data is %d bytes, the document carries 68", len(c.ReportData))
			}

			// cabundle element 0 is the AWS root itself.
			res, err := nitrite.Verify(doc, nitrite.VerifyOptions{CurrentTime: rd.issued})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(res.Document.CABundle[0], awsRoot.Raw) {
				t.Fatal("cabundle[0] is not the embedded AWS root")
			}

			// Through the core's raw-document path, with the clock at the document's time.
			nv := mustVerifier(t, WithRawDocuments())
			v, err := attestation.NewVerifier(attestation.WithPlatform(nv), attestation.WithClock(func() time.Time { return rd.issued }))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := v.VerifyPlatformDocument(context.Background(), attestation.PlatformNitro, doc, nil); err != nil {
				t.Fatalf("VerifyPlatformDocument: %v", err)
			}

			// As vouch evidence its 68-byte user_data is refused.
			if _, err := mustVerifier(t).VerifyQuote(context.Background(), doc, nil, rd.issued); !errors.Is(err, ErrUserData) {
				t.Fatalf("vouch mode: %v", err)
			}
			// Leaf certificates live three hours.
			if _, err := VerifyDocument(doc, rd.issued.Add(4*time.Hour)); !errors.Is(err, ErrCertificateExpired) {
				t.Fatalf("four hours later: %v", err)
			}
			if _, err := VerifyDocument(doc, time.Now()); !errors.Is(err, ErrCertificateExpired) {
				t.Fatalf("today: %v", err)
			}
		})
	}
}

func TestRealAWSDocumentFlippedBytes(t *testing.T) {
	for _, rd := range realDocs {
		doc := readDoc(t, rd.file)
		v := mustVerifier(t, WithRawDocuments())
		// Every 41st byte, plus the first and last: each flip must be refused.
		for i := 0; i < len(doc); i += 41 {
			checkFlip(t, v, doc, i, rd.issued)
		}
		checkFlip(t, v, doc, len(doc)-1, rd.issued)
		// Byte 6 is the (unsigned) unprotected header, an empty map: 0xa0 ^ 0x80
		// is the integer -1, which COSE does not allow there.
		flipped := bytes.Clone(doc)
		flipped[6] ^= 0x80
		if _, err := v.VerifyQuote(context.Background(), flipped, nil, rd.issued); !errors.Is(err, ErrMalformed) {
			t.Fatalf("unprotected header replaced by an integer: %v", err)
		}
	}
}

func checkFlip(t *testing.T, v *Verifier, doc []byte, i int, at time.Time) {
	t.Helper()
	flipped := bytes.Clone(doc)
	flipped[i] ^= 0x01
	if c, err := v.VerifyQuote(context.Background(), flipped, nil, at); !errors.Is(err, attestation.ErrInvalidEvidence) || c != nil {
		t.Fatalf("byte %d flipped: err=%v", i, err)
	}
}

func TestRealAWSDocumentTamperedPCR(t *testing.T) {
	rd := realDocs[0]
	doc := readDoc(t, rd.file)
	pcr0 := []byte{0xa6, 0xcd, 0xfe, 0xde}
	i := bytes.Index(doc, pcr0)
	if i < 0 {
		t.Fatal("PCR0 not found in the document")
	}
	doc[i] ^= 0x80
	if _, err := VerifyDocument(doc, rd.issued); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("got %v, want ErrBadSignature", err)
	}
}
