// Package tdx verifies Intel TDX quotes (version 4) offline with
// github.com/google/go-tdx-guest: the PCK certificate chain in the quote up
// to Intel's SGX root (embedded in go-tdx-guest, or roots the caller gives),
// the QE report and the quote signature, and, with collateral the caller
// supplies (Intel PCS TCB info, QE identity, CRLs: the same directory layout
// as sgx.LoadCollateralDir), the TCB level and revocation. It never fetches
// from Intel's PCS. It runs on the user's machine (vouch audit enclave
// --platform tdx).
//
// Evidence (platform "tdx"): quote = the raw quote; aux empty. Report data =
// SHA-256(binding) in bytes 0..31, bytes 32..63 zero. Measurement = MRTD
// (48 bytes, hex); Claims.PCRs 0..3 hold RTMR0..3; Debug = TD attribute bit 0.
package tdx

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/google/go-tdx-guest/abi"
	"github.com/google/go-tdx-guest/pcs"
	pb "github.com/google/go-tdx-guest/proto/tdx"
	"github.com/google/go-tdx-guest/verify"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/sgx"
)

// Errors; each wraps attestation.ErrInvalidEvidence.
var (
	ErrMalformed = fmt.Errorf("%w: tdx: malformed quote", attestation.ErrInvalidEvidence)
	ErrQuote     = fmt.Errorf("%w: tdx: quote verification", attestation.ErrInvalidEvidence)
)

// MaxQuoteSize bounds a quote (a v4 quote with its PCK chain is about 5 KB).
const MaxQuoteSize = 64 << 10

// Verifier checks TDX quotes.
type Verifier struct {
	roots      *x509.CertPool // Intel's SGX root (attestation/sgx) and any given roots
	collateral *sgx.Collateral
}

var _ attestation.PlatformVerifier = (*Verifier)(nil)

// Option configures NewVerifier.
type Option func(*Verifier)

// WithRoots trusts the self-signed certificates among certs beside Intel's
// SGX root (attestation/sgx's embedded copy, the root of TDX PCK chains too).
func WithRoots(certs ...*x509.Certificate) Option {
	return func(v *Verifier) {
		for _, c := range certs {
			if !bytes.Equal(c.RawSubject, c.RawIssuer) {
				continue
			}
			if v.roots == nil {
				v.roots = x509.NewCertPool()
				if intel, err := sgx.IntelRoot(); err == nil {
					v.roots.AddCert(intel)
				}
			}
			v.roots.AddCert(c)
		}
	}
}

// WithCollateral checks TCB level and revocation against Intel PCS
// collateral the caller fetched (LoadCollateralDir reads it). Without it
// only the signatures and the PCK chain are checked, and TCBStatus says so.
func WithCollateral(c *sgx.Collateral) Option { return func(v *Verifier) { v.collateral = c } }

// LoadCollateralDir reads TDX collateral from the files sgx.LoadCollateralDir
// names (tcbinfo.json holds TDX TCB info here); go-tdx-guest checks its
// signatures and validity when a quote is verified.
func LoadCollateralDir(dir string) (*sgx.Collateral, error) {
	c := &sgx.Collateral{Version: sgx.CollateralVersion}
	total := 0
	for _, f := range []struct {
		name string
		dst  *[]byte
	}{
		{sgx.FileTCBInfo, &c.TCBInfo}, {sgx.FileTCBInfoIssuerChain, &c.TCBInfoIssuerChain},
		{sgx.FileQEIdentity, &c.QEIdentity}, {sgx.FileQEIdentityIssuerChain, &c.QEIdentityIssuerChain},
		{sgx.FileRootCACRL, &c.RootCACRL}, {sgx.FilePCKCRL, &c.PCKCRL}, {sgx.FilePCKCRLIssuerChain, &c.PCKCRLIssuerChain},
	} {
		data, err := os.ReadFile(filepath.Join(dir, f.name))
		if err != nil {
			return nil, fmt.Errorf("tdx collateral: %w", err)
		}
		if total += len(data); total > sgx.MaxCollateralSize {
			return nil, fmt.Errorf("tdx collateral in %s exceeds %d bytes", dir, sgx.MaxCollateralSize)
		}
		*f.dst = data
	}
	return c, nil
}

// NewVerifier returns a TDX verifier.
func NewVerifier(opts ...Option) *Verifier {
	v := &Verifier{}
	for _, o := range opts {
		o(v)
	}
	if v.roots == nil { // name Intel's root ourselves (go-tdx-guest logs a warning when it falls back to its copy)
		if intel, err := sgx.IntelRoot(); err == nil {
			v.roots = x509.NewCertPool()
			v.roots.AddCert(intel)
		}
	}
	return v
}

// Platform returns "tdx".
func (v *Verifier) Platform() string { return attestation.PlatformTDX }

// collateralGetter answers go-tdx-guest's PCS requests from the caller's
// collateral and refuses every other URL: nothing is fetched.
type collateralGetter struct{ c *sgx.Collateral }

func (g collateralGetter) Get(u string) (map[string][]string, []byte, error) {
	chain := func(phrase string, pem []byte) map[string][]string {
		return map[string][]string{phrase: {url.QueryEscape(string(pem))}}
	}
	switch {
	case strings.HasPrefix(u, "https://api.trustedservices.intel.com/tdx/certification/v4/tcb?fmspc="):
		return chain(pcs.TcbInfoIssuerChainPhrase, g.c.TCBInfoIssuerChain), g.c.TCBInfo, nil
	case u == "https://api.trustedservices.intel.com/tdx/certification/v4/qe/identity":
		return chain(pcs.SgxQeIdentityIssuerChainPhrase, g.c.QEIdentityIssuerChain), g.c.QEIdentity, nil
	case strings.HasPrefix(u, "https://api.trustedservices.intel.com/sgx/certification/v4/pckcrl?"):
		return chain(pcs.SgxPckCrlIssuerChainPhrase, g.c.PCKCRLIssuerChain), g.c.PCKCRL, nil
	case u == "https://certificates.trustedservices.intel.com/IntelSGXRootCA.der":
		return nil, g.c.RootCACRL, nil
	}
	return nil, nil, fmt.Errorf("tdx: offline verification has no collateral for %s", u)
}

// VerifyQuote checks the quote at time at and returns what it proves.
func (v *Verifier) VerifyQuote(_ context.Context, quote, aux []byte, at time.Time) (*attestation.Claims, error) {
	if len(aux) != 0 {
		return nil, fmt.Errorf("%w: tdx evidence carries no aux (got %d bytes)", ErrMalformed, len(aux))
	}
	if len(quote) > MaxQuoteSize {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrMalformed, len(quote), MaxQuoteSize)
	}
	parsed, err := parse(quote)
	if err != nil {
		return nil, err
	}
	opts := &verify.Options{
		Now:          &verify.TimeSet{PckCertChain: at, TcbInfo: at, QeIdentity: at, PckCrl: at, RootCaCrl: at},
		TrustedRoots: v.roots,
		Getter:       collateralGetter{c: &sgx.Collateral{}},
	}
	if v.collateral != nil {
		opts.GetCollateral, opts.CheckRevocations, opts.Getter = true, true, collateralGetter{c: v.collateral}
	}
	if err := verify.TdxQuote(parsed, opts); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrQuote, err)
	}
	status := "not checked (no collateral)"
	if v.collateral != nil {
		tcb, _, err := verify.SupportedTcbLevelsFromCollateral(parsed, opts)
		if err != nil {
			return nil, fmt.Errorf("%w: TCB level: %v", ErrQuote, err)
		}
		status = string(tcb.TcbStatus)
	}
	return claims(parsed, status), nil
}

// parse reads a v4 quote, recovering from panics in the parser.
func parse(quote []byte) (q *pb.QuoteV4, err error) {
	defer func() {
		if r := recover(); r != nil {
			q, err = nil, fmt.Errorf("%w: %v", ErrMalformed, r)
		}
	}()
	any, err := abi.QuoteToProto(quote)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	q4, ok := any.(*pb.QuoteV4)
	if !ok {
		return nil, fmt.Errorf("%w: not a version 4 quote (%T)", ErrMalformed, any)
	}
	return q4, nil
}

func claims(q *pb.QuoteV4, status string) *attestation.Claims {
	body := q.GetTdQuoteBody()
	rd := body.GetReportData()
	reportData := rd
	if len(rd) == 64 && bytes.Equal(rd[32:], make([]byte, 32)) {
		reportData = rd[:32]
	}
	attrs := body.GetTdAttributes()
	c := &attestation.Claims{
		Platform:    attestation.PlatformTDX,
		Measurement: hex.EncodeToString(body.GetMrTd()),
		PCRs:        map[int]string{},
		Signer:      "Intel TDX module " + hex.EncodeToString(body.GetMrSignerSeam()),
		Debug:       len(attrs) > 0 && attrs[0]&0x01 != 0,
		TCBStatus:   status,
		ReportData:  append([]byte(nil), reportData...),
	}
	for i, r := range body.GetRtmrs() {
		c.PCRs[i] = hex.EncodeToString(r)
	}
	return c
}
