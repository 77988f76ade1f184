package sim

import (
	"bytes"
	"context"
	"crypto"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"os"
	"time"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/internal/tpmquote"
)

// Verification errors; each wraps attestation.ErrInvalidEvidence.
var (
	ErrUntrustedAK = tpmquote.ErrUntrustedAK
	ErrQuote       = tpmquote.ErrQuote
	ErrMalformed   = tpmquote.ErrMalformed
)

// Verifier checks sim evidence against the AKs it was told to trust. Its
// claims are always Simulated.
type Verifier struct {
	aks []crypto.PublicKey
}

var _ attestation.PlatformVerifier = (*Verifier)(nil)

// VerifierOption configures NewVerifier.
type VerifierOption func(*Verifier) error

// TrustAK trusts one simulated attestation key.
func TrustAK(pub crypto.PublicKey) VerifierOption {
	return func(v *Verifier) error {
		if _, err := x509.MarshalPKIXPublicKey(pub); err != nil {
			return fmt.Errorf("sim: trusted AK: %w", err)
		}
		v.aks = append(v.aks, pub)
		return nil
	}
}

// TrustAKPEM trusts every PEM "PUBLIC KEY" block in data, or data itself as
// one PKIX DER key.
func TrustAKPEM(data []byte) VerifierOption {
	return func(v *Verifier) error {
		keys, err := ParseAKs(data)
		if err != nil {
			return err
		}
		v.aks = append(v.aks, keys...)
		return nil
	}
}

// TrustAKFile trusts the keys in a file written from Attester.AKPublicPEM.
func TrustAKFile(path string) VerifierOption {
	return func(v *Verifier) error {
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("sim: reading trusted AKs: %w", err)
		}
		keys, err := ParseAKs(data)
		if err != nil {
			return fmt.Errorf("%w (%s)", err, path)
		}
		v.aks = append(v.aks, keys...)
		return nil
	}
}

// ParseAKs reads PEM "PUBLIC KEY" blocks, or one DER PKIX key.
func ParseAKs(data []byte) ([]crypto.PublicKey, error) {
	var keys []crypto.PublicKey
	rest := data
	for {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			break
		}
		if block.Type != "PUBLIC KEY" {
			continue
		}
		k, err := x509.ParsePKIXPublicKey(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("sim: trusted AK: %w", err)
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		k, err := x509.ParsePKIXPublicKey(data)
		if err != nil {
			return nil, fmt.Errorf("sim: no PEM PUBLIC KEY block and not a DER key: %w", err)
		}
		keys = append(keys, k)
	}
	return keys, nil
}

// NewVerifier returns a sim verifier. Without a trusted AK it refuses all
// evidence (ErrUntrustedAK).
func NewVerifier(opts ...VerifierOption) (*Verifier, error) {
	v := &Verifier{}
	for _, o := range opts {
		if err := o(v); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// Platform returns "sim".
func (v *Verifier) Platform() string { return attestation.PlatformSim }

// VerifyQuote checks the attestation with go-tpm-tools' server against the
// trusted AKs and returns SIMULATED claims. at is unused: a simulated AK has
// no certificate; age is judged on the binding's issuedAt.
func (v *Verifier) VerifyQuote(_ context.Context, quote, auxBytes []byte, _ time.Time) (*attestation.Claims, error) {
	auxAK, err := decodeAux(auxBytes)
	if err != nil {
		return nil, err
	}
	parsed, err := tpmquote.Decode(quote)
	if err != nil {
		return nil, err
	}
	quoteAK, err := x509.MarshalPKIXPublicKey(parsed.AK)
	if err != nil {
		return nil, fmt.Errorf("%w: quote AK: %v", ErrMalformed, err)
	}
	akName := fmt.Sprintf("sha256:%x", sha256.Sum256(quoteAK))
	if !bytes.Equal(auxAK, quoteAK) {
		return nil, fmt.Errorf("%w: aux names AK sha256:%x, quote is by %s", ErrMalformed, sha256.Sum256(auxAK), akName)
	}
	if len(v.aks) == 0 {
		return nil, fmt.Errorf("%w: AK %s (no simulated AK is trusted; pass the attester's AK)", ErrUntrustedAK, akName)
	}
	res, err := tpmquote.VerifyDecoded(parsed, tpmquote.Trust{AKs: v.aks}, time.Time{})
	if err != nil {
		return nil, err
	}
	if !tpmquote.HasSimulatedMarker(res.State) {
		return nil, fmt.Errorf("%w: event log lacks the simulated-platform S-CRTM event", ErrQuote)
	}
	return simulatedClaims(res, akName), nil
}

// simulatedClaims builds the claims; Simulated is set here and nowhere else
// decides it.
func simulatedClaims(res *tpmquote.Result, akName string) *attestation.Claims {
	c := &attestation.Claims{
		Platform:    attestation.PlatformSim,
		Measurement: hex.EncodeToString(res.Measurement[:]),
		PCRs:        make(map[int]string, len(res.PCRs)),
		Signer:      "SIMULATED AK " + akName,
		Simulated:   true,
		ReportData:  res.ExtraData,
	}
	for i, v := range res.PCRs {
		c.PCRs[i] = hex.EncodeToString(v)
	}
	return c
}
