package tpm

import (
	"crypto/x509"
	"embed"
	"fmt"
	"os"
	"path"

	"github.com/vouchpm/vouch/attestation"
)

//go:embed roots/*.crt roots/*.cer
var googleCAs embed.FS

// GoogleCertificates returns Google's vTPM EK/AK CA certificates (roots and
// intermediates) as go-tpm-tools v0.4.11 ships them in server/ca-certs.
func GoogleCertificates() []*x509.Certificate {
	entries, err := googleCAs.ReadDir("roots")
	if err != nil {
		panic(fmt.Sprintf("tpm: embedded roots: %v", err))
	}
	var out []*x509.Certificate
	for _, e := range entries {
		der, err := googleCAs.ReadFile(path.Join("roots", e.Name()))
		if err != nil {
			panic(fmt.Sprintf("tpm: embedded root %s: %v", e.Name(), err))
		}
		c, err := x509.ParseCertificate(der)
		if err != nil {
			panic(fmt.Sprintf("tpm: embedded root %s: %v", e.Name(), err))
		}
		out = append(out, c)
	}
	return out
}

// ParseCertificates reads PEM or DER certificates (attestation.ParseCertificates).
func ParseCertificates(data []byte) ([]*x509.Certificate, error) {
	certs, err := attestation.ParseCertificates(data)
	if err != nil {
		return nil, fmt.Errorf("tpm: %w", err)
	}
	return certs, nil
}

// LoadCertificates reads a PEM or DER certificate file (the CLI's --roots).
func LoadCertificates(path string) ([]*x509.Certificate, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("tpm: reading certificates: %w", err)
	}
	certs, err := ParseCertificates(data)
	if err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	return certs, nil
}
