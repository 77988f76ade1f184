package nitro

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/hf/nitrite"
)

func TestEmbeddedRootIsPinnedAWSRoot(t *testing.T) {
	root, err := AWSRoot()
	if err != nil {
		t.Fatal(err)
	}
	if root.Subject.CommonName != "aws.nitro-enclaves" || !root.IsCA {
		t.Fatalf("embedded root %s", root.Subject)
	}
	// The same certificate nitrite ships as its default.
	block, _ := pem.Decode([]byte(nitrite.DefaultCARoots))
	if block == nil || !bytes.Equal(block.Bytes, root.Raw) {
		t.Fatal("embedded root differs from nitrite.DefaultCARoots")
	}
}

func TestRootPinRefusesOtherCertificates(t *testing.T) {
	ca := newTestCA(t, testNow)
	other := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.rootDER})
	cases := map[string][]byte{
		"another certificate": other,
		"two certificates":    append(bytes.Clone(awsRootPEM), other...),
		"empty":               nil,
		"one flipped bit":     flipPEMBit(t, awsRootPEM),
	}
	for name, pemBytes := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := pinnedRoot(pemBytes, AWSRootFingerprint); !errors.Is(err, ErrRootPin) {
				t.Fatalf("got %v, want ErrRootPin", err)
			}
		})
	}
}

func flipPEMBit(t *testing.T, p []byte) []byte {
	block, _ := pem.Decode(p)
	der := bytes.Clone(block.Bytes)
	der[len(der)-10] ^= 1
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
}

func TestLoadRoots(t *testing.T) {
	ca := newTestCA(t, testNow)
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	pemFile := write("root.pem", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.rootDER}))
	derFile := write("inter.der", ca.interDER)
	bundle := write("bundle.der", append(bytes.Clone(ca.rootDER), ca.interDER...))
	garbage := write("garbage", []byte("not a certificate"))
	keyOnly := write("key.pem", pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: []byte{1}}))

	pool, err := LoadRoots(pemFile, derFile, bundle)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ca.leaf.Verify(x509VerifyOpts(pool, ca)); err != nil {
		t.Fatalf("loaded roots do not verify the test chain: %v", err)
	}
	// A pool loaded from files verifies documents of that chain.
	doc := ca.document(t, validSpec())
	if _, err := mustVerifier(t, WithRoots(pool)).VerifyQuote(t.Context(), doc, nil, testNow); err != nil {
		t.Fatalf("verifier with loaded roots: %v", err)
	}
	for name, paths := range map[string][]string{
		"none": nil, "missing": {filepath.Join(dir, "absent")}, "garbage": {garbage}, "no certificate block": {keyOnly},
	} {
		if _, err := LoadRoots(paths...); err == nil {
			t.Errorf("%s: LoadRoots accepted it", name)
		}
	}
	// AWSRoots plus loaded roots trusts both chains.
	both, err := AWSRoots()
	if err != nil {
		t.Fatal(err)
	}
	both.AddCert(ca.root)
	v := mustVerifier(t, WithRoots(both), WithRawDocuments())
	if _, err := v.VerifyQuote(t.Context(), doc, nil, testNow); err != nil {
		t.Fatalf("test chain under AWS+test roots: %v", err)
	}
	if _, err := v.VerifyQuote(t.Context(), readDoc(t, realDocs[0].file), nil, realDocs[0].issued); err != nil {
		t.Fatalf("AWS document under AWS+test roots: %v", err)
	}
}

func x509VerifyOpts(roots *x509.CertPool, ca *testCA) x509.VerifyOptions {
	inter := x509.NewCertPool()
	inter.AddCert(ca.inter)
	return x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: testNow, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}
}
