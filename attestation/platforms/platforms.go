// Package platforms assembles an attestation.Verifier for every platform vouch
// knows (sim, tpm, nitro, sgx, tdx, snp) from one set of trust material. It runs on the
// user's machine and on the host; enclaves never import it.
package platforms

import (
	"crypto"
	"crypto/x509"
	"fmt"
	"os"
	"time"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/nitro"
	"github.com/vouchpm/vouch/attestation/sgx"
	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/attestation/snp"
	"github.com/vouchpm/vouch/attestation/tdx"
	"github.com/vouchpm/vouch/attestation/tpm"
)

// Trust is the material verifiers start from, beyond the roots each platform
// embeds (Google's vTPM CAs, the AWS Nitro root, Intel's SGX root).
type Trust struct {
	// Roots adds certificates (roots or intermediates) for tpm, nitro and sgx.
	Roots []*x509.Certificate
	// SimAKs are the simulated TPM attestation keys to trust. Without one,
	// sim evidence is refused as untrusted.
	SimAKs []crypto.PublicKey
	// SGXCollateral is the PCS collateral for SGX quotes whose evidence does
	// not carry its own.
	SGXCollateral *sgx.Collateral
	// TDXCollateral is the Intel PCS collateral (TDX TCB info, QE identity,
	// CRLs) for TDX quotes; without it only chain and signatures are checked.
	TDXCollateral *sgx.Collateral
	// RawDocuments lets the nitro verifier read documents vouch did not make
	// (auditors' --platform nitro).
	RawDocuments bool
	// Now is the verification clock; nil means time.Now.
	Now func() time.Time
}

// NewVerifier returns a verifier for every platform.
func NewVerifier(t Trust) (*attestation.Verifier, error) {
	simOpts := make([]sim.VerifierOption, 0, len(t.SimAKs))
	for _, ak := range t.SimAKs {
		simOpts = append(simOpts, sim.TrustAK(ak))
	}
	simV, err := sim.NewVerifier(simOpts...)
	if err != nil {
		return nil, err
	}
	tpmV := tpm.NewVerifier(append(tpm.GoogleCertificates(), t.Roots...)...)

	pool, err := nitro.AWSRoots()
	if err != nil {
		return nil, err
	}
	for _, c := range t.Roots {
		pool.AddCert(c)
	}
	nitroOpts := []nitro.VerifierOption{nitro.WithRoots(pool)}
	if t.RawDocuments {
		nitroOpts = append(nitroOpts, nitro.WithRawDocuments())
	}
	nitroV, err := nitro.NewVerifier(nitroOpts...)
	if err != nil {
		return nil, err
	}
	sgxOpts := []sgx.Option{sgx.WithRoots(t.Roots...)}
	if t.SGXCollateral != nil {
		sgxOpts = append(sgxOpts, sgx.WithCollateral(t.SGXCollateral))
	}
	sgxV, err := sgx.NewVerifier(sgxOpts...)
	if err != nil {
		return nil, err
	}
	tdxOpts := []tdx.Option{tdx.WithRoots(t.Roots...)}
	if t.TDXCollateral != nil {
		tdxOpts = append(tdxOpts, tdx.WithCollateral(t.TDXCollateral))
	}
	snpV, err := snp.NewVerifier(t.Roots...)
	if err != nil {
		return nil, err
	}
	opts := []attestation.Option{
		attestation.WithPlatform(simV), attestation.WithPlatform(tpmV),
		attestation.WithPlatform(nitroV), attestation.WithPlatform(sgxV),
		attestation.WithPlatform(tdx.NewVerifier(tdxOpts...)), attestation.WithPlatform(snpV),
	}
	if t.Now != nil {
		opts = append(opts, attestation.WithClock(t.Now))
	}
	return attestation.NewVerifier(opts...)
}

// LoadTrustFile reads a PEM or DER file of certificates and/or simulated AK
// public keys into t. A file holding neither is an error.
func (t *Trust) LoadTrustFile(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	certs, certErr := tpm.ParseCertificates(data)
	aks, akErr := sim.ParseAKs(data)
	if certErr != nil && akErr != nil || len(certs)+len(aks) == 0 {
		return fmt.Errorf("%s holds no certificate or public key (PEM or DER)", path)
	}
	t.Roots = append(t.Roots, certs...)
	t.SimAKs = append(t.SimAKs, aks...)
	return nil
}
