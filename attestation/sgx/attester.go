package sgx

import (
	"context"
	"fmt"

	egoattestation "github.com/edgelesssys/ego/attestation"

	"github.com/vouchpm/vouch/attestation"
)

// Attester quotes report data inside an EGo enclave. It implements
// attestation.PlatformAttester. The quote it returns is the bare DCAP quote
// (the Open Enclave report header is stripped), so any DCAP verifier reads it.
type Attester struct {
	getRemoteReport func(reportData []byte) ([]byte, error)
	collateral      func() (*Collateral, error)
}

// AttesterOption configures an Attester.
type AttesterOption func(*Attester)

// WithCollateralSource makes the attester attach collateral (for example
// fetched by the host from a PCCS) to its evidence as Aux.
func WithCollateralSource(f func() (*Collateral, error)) AttesterOption {
	return func(a *Attester) { a.collateral = f }
}

// withRemoteReport replaces enclave.GetRemoteReport (tests).
func withRemoteReport(f func([]byte) ([]byte, error)) AttesterOption {
	return func(a *Attester) { a.getRemoteReport = f }
}

// NewAttester returns an attester using enclave.GetRemoteReport.
func NewAttester(opts ...AttesterOption) *Attester {
	a := &Attester{getRemoteReport: egoRemoteReport}
	for _, o := range opts {
		o(a)
	}
	return a
}

// Platform returns "sgx".
func (a *Attester) Platform() string { return attestation.PlatformSGX }

// Quote returns a DCAP quote whose report data is reportData in bytes 0..31
// and zeros in 32..63, and the collateral (canonical CBOR) when a source is set.
func (a *Attester) Quote(_ context.Context, reportData [32]byte) ([]byte, []byte, error) {
	// Always 64 bytes: GetRemoteReport(nil) panics on an empty slice.
	data := make([]byte, 64)
	copy(data, reportData[:])
	report, err := a.getRemoteReport(data)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: GetRemoteReport: %v", ErrNotInEnclave, err)
	}
	quote, err := StripOEHeader(report)
	if err != nil {
		return nil, nil, err
	}
	q, err := ParseQuote(quote)
	if err != nil {
		return nil, nil, fmt.Errorf("sgx: the platform returned a quote vouch cannot read: %w", err)
	}
	if q.Body.ReportData != [64]byte(data) {
		return nil, nil, fmt.Errorf("sgx: the platform quoted other report data than asked")
	}
	var aux []byte
	if a.collateral != nil {
		c, err := a.collateral()
		if err != nil {
			return nil, nil, fmt.Errorf("sgx: collateral: %w", err)
		}
		if aux, err = c.Marshal(); err != nil {
			return nil, nil, err
		}
	}
	return quote, aux, nil
}

// Sealer seals secrets with EGo's product seal key (same signer and product
// ID, any version). It implements attestation.Sealer and fails closed: it
// seals and unseals only after enclave.GetSelfReport succeeded, because
// outside an enclave EGo seals with an all-zero key.
type Sealer struct {
	selfReport func() (egoattestation.Report, error)
}

// NewSealer returns a sealer; it fails with ErrNotInEnclave outside an enclave.
func NewSealer() (*Sealer, error) {
	s := &Sealer{selfReport: egoSelfReport}
	if err := s.inEnclave(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Sealer) inEnclave() error {
	if s == nil || s.selfReport == nil {
		return ErrNotInEnclave
	}
	r, err := s.selfReport()
	if err != nil {
		return fmt.Errorf("%w: GetSelfReport: %v", ErrNotInEnclave, err)
	}
	if len(r.SignerID) == 0 {
		return fmt.Errorf("%w: self report has no signer", ErrNotInEnclave)
	}
	return nil
}

// Seal encrypts plaintext with the enclave's product seal key.
func (s *Sealer) Seal(plaintext []byte) ([]byte, error) {
	if err := s.inEnclave(); err != nil {
		return nil, err
	}
	return egoSeal(plaintext)
}

// Unseal decrypts what Seal produced on the same platform and product.
func (s *Sealer) Unseal(sealed []byte) ([]byte, error) {
	if err := s.inEnclave(); err != nil {
		return nil, err
	}
	return egoUnseal(sealed)
}

var (
	_ attestation.PlatformAttester = (*Attester)(nil)
	_ attestation.PlatformVerifier = (*Verifier)(nil)
	_ attestation.Sealer           = (*Sealer)(nil)
)
