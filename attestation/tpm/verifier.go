package tpm

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/internal/tpmquote"
)

// Verification errors; each wraps attestation.ErrInvalidEvidence.
var (
	ErrMalformed     = tpmquote.ErrMalformed
	ErrAKCertificate = tpmquote.ErrAKCertificate
	ErrQuote         = tpmquote.ErrQuote
	ErrSimulatedLog  = tpmquote.ErrSimulatedLog
)

// Verifier checks tpm evidence against AK certificate roots.
type Verifier struct {
	trust tpmquote.Trust
}

var _ attestation.PlatformVerifier = (*Verifier)(nil)

// NewVerifier trusts AKs certified under the given certificates: self-signed
// ones are roots, the others intermediates. Without arguments it trusts
// Google's vTPM CAs (GoogleCertificates).
func NewVerifier(certs ...*x509.Certificate) *Verifier {
	if len(certs) == 0 {
		certs = GoogleCertificates()
	}
	var t tpmquote.Trust
	for _, c := range certs {
		if isSelfSigned(c) {
			t.Roots = append(t.Roots, c)
		} else {
			t.Intermediates = append(t.Intermediates, c)
		}
	}
	return &Verifier{trust: t}
}

// NewDefaultVerifier trusts Google's vTPM CAs plus the certificates in the
// given PEM or DER files.
func NewDefaultVerifier(rootFiles ...string) (*Verifier, error) {
	certs := GoogleCertificates()
	for _, f := range rootFiles {
		more, err := LoadCertificates(f)
		if err != nil {
			return nil, err
		}
		certs = append(certs, more...)
	}
	return NewVerifier(certs...), nil
}

func isSelfSigned(c *x509.Certificate) bool {
	return bytes.Equal(c.RawSubject, c.RawIssuer) && c.CheckSignatureFrom(c) == nil
}

// Platform returns "tpm".
func (v *Verifier) Platform() string { return attestation.PlatformTPM }

// VerifyQuote checks the AK certificate chain at time at, then the quote and
// event log with go-tpm-tools' server.VerifyAttestation. ReportData is the
// quote's extraData as recorded, and so is Nonce (see below). IssuedAt stays zero: a TPM quote has no wall
// clock (the binding's issuedAt is used).
func (v *Verifier) VerifyQuote(_ context.Context, quote, aux []byte, at time.Time) (*attestation.Claims, error) {
	if len(aux) != 0 {
		return nil, fmt.Errorf("%w: tpm evidence carries no aux (got %d bytes)", ErrMalformed, len(aux))
	}
	if len(v.trust.Roots) == 0 {
		return nil, fmt.Errorf("%w: no trusted root certificates", ErrAKCertificate)
	}
	res, err := tpmquote.Verify(quote, v.trust, at)
	if err != nil {
		return nil, err
	}
	if tpmquote.HasSimulatedMarker(res.State) {
		return nil, ErrSimulatedLog
	}
	c := &attestation.Claims{
		Platform:    attestation.PlatformTPM,
		Measurement: hex.EncodeToString(res.Measurement[:]),
		PCRs:        make(map[int]string, len(res.PCRs)),
		Signer:      signer(res.AKCert),
		ReportData:  res.ExtraData,
		// A TPM quote's only caller-chosen field is extraData: for a raw
		// document (go-tpm-tools' Attest(nonce)) it is the nonce, so a policy
		// can name it. Evidence vouch wraps replaces it with the binding's nonce.
		Nonce: append([]byte(nil), res.ExtraData...),
	}
	for i, p := range res.PCRs {
		c.PCRs[i] = hex.EncodeToString(p)
	}
	return c, nil
}

// signer names the AK certificate: its subject, or (GCE AK certificates have
// an empty subject) the issuer that certified it.
func signer(cert *x509.Certificate) string {
	if s := cert.Subject.String(); s != "" {
		return s
	}
	return "AK certified by " + cert.Issuer.String()
}
