package sgx

import (
	"crypto/sha256"
	"crypto/x509"
	_ "embed"
	"encoding/hex"
	"encoding/pem"
	"fmt"
)

// intelRootPEM is the Intel SGX Root CA certificate, the trust anchor of
// every PCK certificate and of the TCB signing certificate.
//
//go:embed intel_root.pem
var intelRootPEM []byte

// IntelRootSHA256 pins the DER encoding of the embedded Intel SGX Root CA
// (CN=Intel SGX Root CA, serial 22650cd65a9d3489f383b49552bf501b392706ac,
// valid 2018-05-21 to 2049-12-31; SHA-1 8bd31eb1d63ce37382c0ffaa0d8200a3011ad6ff).
const IntelRootSHA256 = "44a0196b2b99f889b8e149e95b807a350e7424964399e885a7cbb8ccfab674d3"

// IntelRoot returns the embedded Intel SGX Root CA after checking its pinned
// fingerprint.
func IntelRoot() (*x509.Certificate, error) {
	block, _ := pem.Decode(intelRootPEM)
	if block == nil {
		return nil, fmt.Errorf("sgx: embedded Intel root is not PEM")
	}
	sum := sha256.Sum256(block.Bytes)
	if hex.EncodeToString(sum[:]) != IntelRootSHA256 {
		return nil, fmt.Errorf("sgx: embedded Intel root fingerprint %x does not match the pinned %s", sum, IntelRootSHA256)
	}
	return x509.ParseCertificate(block.Bytes)
}
