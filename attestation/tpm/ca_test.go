package tpm

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"github.com/vouchpm/vouch/attestation/testclock"
	"math/big"
	"testing"
	"time"
)

// testCA is a two-level CA the tests make, standing in for Google's vTPM CA.
type testCA struct {
	root, inter *x509.Certificate
	interKey    *ecdsa.PrivateKey
}

func newTestCA(t testing.TB) *testCA {
	t.Helper()
	rootKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	interKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	nb := testclock.Date(2020, 1, 1, 0)
	rootTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "vouch test vTPM root"},
		NotBefore: nb, NotAfter: nb.AddDate(30, 0, 0), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign,
	}
	root := mustCert(t, rootTmpl, rootTmpl, &rootKey.PublicKey, rootKey)
	interTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "vouch test vTPM intermediate"},
		NotBefore: nb, NotAfter: nb.AddDate(30, 0, 0), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign,
	}
	inter := mustCert(t, interTmpl, root, &interKey.PublicKey, rootKey)
	return &testCA{root: root, inter: inter, interKey: interKey}
}

// certifyAK issues an AK certificate valid from notBefore for ten years.
func (ca *testCA) certifyAK(t testing.TB, ak crypto.PublicKey, notBefore time.Time) *x509.Certificate {
	t.Helper()
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(3), Subject: pkix.Name{CommonName: "vouch test AK", Organization: []string{"vouch tests"}},
		NotBefore: notBefore, NotAfter: notBefore.AddDate(10, 0, 0), KeyUsage: x509.KeyUsageDigitalSignature,
	}
	return mustCert(t, tmpl, ca.inter, ak, ca.interKey)
}

func mustCert(t testing.TB, tmpl, parent *x509.Certificate, pub crypto.PublicKey, signer crypto.Signer) *x509.Certificate {
	t.Helper()
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, pub, signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
