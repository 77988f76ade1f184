package nitro

import (
	"bytes"
	"crypto/sha256"
	"crypto/x509"
	_ "embed"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"os"

	"github.com/vouchpm/vouch/attestation"
)

// awsRootPEM is the AWS Nitro Enclaves Root G1 certificate, as published in
// https://aws-nitro-enclaves.amazonaws.com/AWS_NitroEnclaves_Root-G1.zip
// (root.pem) and shipped by github.com/hf/nitrite as DefaultCARoots.
//
//go:embed aws_nitro_enclaves_root_g1.pem
var awsRootPEM []byte

// AWSRootFingerprint is the SHA-256 of the DER AWS Nitro Enclaves Root G1
// certificate, as AWS publishes it in "Verifying the root of trust"
// (https://docs.aws.amazon.com/enclaves/latest/user/verify-root.html).
const AWSRootFingerprint = "641a0321a3e244efe456463195d606317ed7cdcc3c1756e09893f3c68f79bb5b"

// AWSRoot returns the embedded AWS Nitro Enclaves root certificate after
// checking it against AWSRootFingerprint.
func AWSRoot() (*x509.Certificate, error) {
	return pinnedRoot(awsRootPEM, AWSRootFingerprint)
}

// AWSRoots returns a new pool holding only the embedded AWS root. Callers may
// add their own roots to it (for example from LoadRoots).
func AWSRoots() (*x509.CertPool, error) {
	root, err := AWSRoot()
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(root)
	return pool, nil
}

func pinnedRoot(pemBytes []byte, fingerprint string) (*x509.Certificate, error) {
	block, rest := pem.Decode(pemBytes)
	if block == nil || block.Type != "CERTIFICATE" || len(bytes.TrimSpace(rest)) != 0 {
		return nil, fmt.Errorf("%w: not exactly one PEM certificate", ErrRootPin)
	}
	sum := sha256.Sum256(block.Bytes)
	if got := hex.EncodeToString(sum[:]); got != fingerprint {
		return nil, fmt.Errorf("%w: SHA-256 %s, pinned %s", ErrRootPin, got, fingerprint)
	}
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRootPin, err)
	}
	return cert, nil
}

// LoadRoots reads certificates from files, each PEM (any number of
// CERTIFICATE blocks) or DER (one or more concatenated certificates), and
// returns a new pool holding all of them. It does not include the AWS root:
// start from AWSRoots and add these to keep it.
func LoadRoots(paths ...string) (*x509.CertPool, error) {
	if len(paths) == 0 {
		return nil, fmt.Errorf("loading roots: no files given")
	}
	pool := x509.NewCertPool()
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("loading roots: %w", err)
		}
		certs, err := attestation.ParseCertificates(data)
		if err != nil {
			return nil, fmt.Errorf("loading roots from %s: %w", path, err)
		}
		for _, c := range certs {
			pool.AddCert(c)
		}
	}
	return pool, nil
}
