package attestation

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"testing"
	"time"
)

func selfSigned(t testing.TB, name string) []byte {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: name},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

func TestParseCertificates(t *testing.T) {
	a, b := selfSigned(t, "a"), selfSigned(t, "b")
	pemOf := func(typ string, der []byte) []byte { return pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}) }
	tests := []struct {
		name    string
		data    []byte
		want    int
		wantErr bool
	}{
		{"one PEM", pemOf("CERTIFICATE", a), 1, false},
		{"two PEM among other blocks", append(append(pemOf("PUBLIC KEY", []byte{1}), pemOf("CERTIFICATE", a)...), pemOf("CERTIFICATE", b)...), 2, false},
		{"one DER", a, 1, false},
		{"concatenated DER", append(append([]byte{}, a...), b...), 2, false},
		{"PEM without certificates", pemOf("PUBLIC KEY", []byte{1}), 0, true},
		{"broken PEM certificate", pemOf("CERTIFICATE", a[:len(a)/2]), 0, true},
		{"garbage", []byte("not a certificate"), 0, true},
		{"empty", nil, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			certs, err := ParseCertificates(tc.data)
			if (err != nil) != tc.wantErr || len(certs) != tc.want {
				t.Fatalf("got %d certificates, err %v; want %d, error %v", len(certs), err, tc.want, tc.wantErr)
			}
		})
	}
}

func FuzzParseCertificates(f *testing.F) {
	der := selfSigned(f, "seed")
	f.Add(der)
	f.Add(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}))
	f.Fuzz(func(t *testing.T, data []byte) {
		certs, err := ParseCertificates(data)
		if err == nil && len(certs) == 0 {
			t.Fatal("no error and no certificate")
		}
	})
}
