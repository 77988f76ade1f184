// Package snp verifies AMD SEV-SNP attestation reports offline with
// github.com/google/go-sev-guest: the report's signature by a VCEK (or VLEK)
// the caller supplies, chained to AMD's ARK/ASK for the product line
// (embedded in go-sev-guest, or given as roots). It never fetches from AMD's
// KDS. It runs on the user's machine (vouch audit enclave --platform snp).
//
// Evidence (platform "snp"): quote = the raw 1184-byte report; aux = the
// VCEK certificate (DER), or empty when the verifier was given it. Report
// data = SHA-256(binding) in bytes 0..31, bytes 32..63 zero. Measurement =
// the launch MEASUREMENT (48 bytes, hex); Debug = the guest policy's DEBUG bit.
package snp

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/go-sev-guest/abi"
	spb "github.com/google/go-sev-guest/proto/sevsnp"
	"github.com/google/go-sev-guest/verify"
	"github.com/google/go-sev-guest/verify/trust"
	"google.golang.org/protobuf/proto"

	"github.com/vouchpm/vouch/attestation"
)

// Errors; each wraps attestation.ErrInvalidEvidence.
var (
	ErrMalformed = fmt.Errorf("%w: snp: malformed report", attestation.ErrInvalidEvidence)
	ErrNoVCEK    = fmt.Errorf("%w: snp: no VCEK certificate (give it with --roots or in the evidence)", attestation.ErrInvalidEvidence)
	ErrSignature = fmt.Errorf("%w: snp: report signature or certificate chain", attestation.ErrInvalidEvidence)
)

// Verifier checks SEV-SNP reports.
type Verifier struct {
	vceks []*x509.Certificate
	roots map[string][]*trust.AMDRootCerts // nil: go-sev-guest's embedded AMD roots
}

var _ attestation.PlatformVerifier = (*Verifier)(nil)

// NewVerifier sorts certs: end-entity certificates are VCEK/VLEK candidates
// for reports that carry none; an ARK (self-signed) with its ASK replaces the
// embedded AMD roots for that product line (tests; AMD's own are embedded).
func NewVerifier(certs ...*x509.Certificate) (*Verifier, error) {
	v := &Verifier{}
	var arks, asks []*x509.Certificate
	for _, c := range certs {
		switch {
		case !c.IsCA:
			v.vceks = append(v.vceks, c)
		case bytes.Equal(c.RawSubject, c.RawIssuer):
			arks = append(arks, c)
		default:
			asks = append(asks, c)
		}
	}
	for _, ark := range arks {
		for _, ask := range asks {
			if ask.CheckSignatureFrom(ark) != nil {
				continue
			}
			line := ark.Subject.CommonName // "ARK-Milan"
			if len(line) > 4 && line[:4] == "ARK-" {
				line = line[4:]
			}
			if v.roots == nil {
				v.roots = map[string][]*trust.AMDRootCerts{}
			}
			v.roots[line] = append(v.roots[line], &trust.AMDRootCerts{ProductLine: line,
				ProductCerts: &trust.ProductCerts{Ark: ark, Ask: ask}})
		}
	}
	return v, nil
}

// Platform returns "snp".
func (v *Verifier) Platform() string { return attestation.PlatformSNP }

// offline refuses every fetch: verification uses only what the caller gave.
type offline struct{}

func (offline) Get(url string) ([]byte, error) {
	return nil, fmt.Errorf("snp: offline verification does not fetch %s", url)
}

// VerifyQuote checks the report's signature with the VCEK in aux or one the
// verifier was given, and the VCEK's chain to AMD's roots at time at.
func (v *Verifier) VerifyQuote(_ context.Context, quote, aux []byte, at time.Time) (*attestation.Claims, error) {
	if len(quote) != abi.ReportSize {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrMalformed, len(quote), abi.ReportSize)
	}
	report, err := abi.ReportToProto(quote)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	candidates := v.vceks
	if len(aux) > 0 {
		c, err := x509.ParseCertificate(aux)
		if err != nil {
			return nil, fmt.Errorf("%w: VCEK in aux: %v", ErrMalformed, err)
		}
		candidates = []*x509.Certificate{c}
	}
	if len(candidates) == 0 {
		return nil, ErrNoVCEK
	}
	roots := v.roots
	if roots == nil {
		roots = map[string][]*trust.AMDRootCerts{}
		for line, r := range trust.DefaultRootCerts {
			roots[line] = []*trust.AMDRootCerts{r}
		}
	}
	var errs []error
	for _, vcek := range candidates {
		for line, rs := range roots {
			for _, r := range rs {
				if r.ProductCerts == nil || r.ProductCerts.Ask == nil || r.ProductCerts.Ark == nil {
					continue
				}
				chain := &spb.CertificateChain{VcekCert: vcek.Raw, AskCert: r.ProductCerts.Ask.Raw, ArkCert: r.ProductCerts.Ark.Raw}
				att := &spb.Attestation{Report: proto.Clone(report).(*spb.Report), CertificateChain: chain}
				opts := &verify.Options{Now: at, DisableCertFetching: true, Getter: offline{},
					TrustedRoots: map[string][]*trust.AMDRootCerts{line: {r}}}
				if err := verify.SnpAttestation(att, opts); err != nil {
					errs = append(errs, fmt.Errorf("%s: %w", line, err))
					continue
				}
				return claims(report, vcek)
			}
		}
	}
	// Product lines whose roots do not certify the VCEK say nothing useful:
	// report the others when there are any.
	var relevant []error
	for _, e := range errs {
		if !strings.Contains(e.Error(), "could not be verified by any trusted roots") {
			relevant = append(relevant, e)
		}
	}
	if len(relevant) == 0 {
		relevant = errs
	}
	return nil, fmt.Errorf("%w: %v", ErrSignature, errors.Join(relevant...))
}

func claims(r *spb.Report, vcek *x509.Certificate) (*attestation.Claims, error) {
	pol, err := abi.ParseSnpPolicy(r.GetPolicy())
	if err != nil {
		return nil, fmt.Errorf("%w: guest policy: %v", ErrMalformed, err)
	}
	rd := r.GetReportData()
	reportData := rd
	if len(rd) == 64 && bytes.Equal(rd[32:], make([]byte, 32)) {
		reportData = rd[:32]
	}
	return &attestation.Claims{
		Platform:    attestation.PlatformSNP,
		Measurement: hex.EncodeToString(r.GetMeasurement()),
		Signer: fmt.Sprintf("AMD SEV-SNP %s (chip %s..., reported TCB %#016x)", vcek.Subject.CommonName,
			hex.EncodeToString(r.GetChipId())[:16], r.GetReportedTcb()),
		SVN:        uint16(r.GetGuestSvn()),
		Debug:      pol.Debug,
		ReportData: append([]byte(nil), reportData...),
	}, nil
}
