package sgx

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"crypto/x509"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/vouchpm/vouch/attestation"
)

// TCB statuses Intel's TCB info and QE identity use.
const (
	TCBUpToDate                          = "UpToDate"
	TCBSWHardeningNeeded                 = "SWHardeningNeeded"
	TCBConfigurationNeeded               = "ConfigurationNeeded"
	TCBConfigurationAndSWHardeningNeeded = "ConfigurationAndSWHardeningNeeded"
	TCBOutOfDate                         = "OutOfDate"
	TCBOutOfDateConfigurationNeeded      = "OutOfDateConfigurationNeeded"
	TCBRevoked                           = "Revoked"
)

// Verifier verifies SGX DCAP quotes offline against trusted roots and
// collateral. It implements attestation.PlatformVerifier.
type Verifier struct {
	roots      *x509.CertPool
	rootCerts  []*x509.Certificate
	collateral *trustedCollateral
	pending    *parsedCollateral
}

// Option configures a Verifier.
type Option func(*Verifier) error

// WithRoots adds trusted root certificates beside the embedded Intel SGX
// Root CA (for tests, or a private PCK hierarchy).
func WithRoots(certs ...*x509.Certificate) Option {
	return func(v *Verifier) error {
		for _, c := range certs {
			if c == nil {
				return fmt.Errorf("sgx: nil root certificate")
			}
			v.roots.AddCert(c)
			v.rootCerts = append(v.rootCerts, c)
		}
		return nil
	}
}

// WithCollateral sets the collateral used for every quote; it takes
// precedence over collateral carried in Evidence.Aux.
func WithCollateral(c *Collateral) Option {
	return func(v *Verifier) error {
		if c == nil {
			return fmt.Errorf("sgx: nil collateral")
		}
		if v.pending != nil {
			return fmt.Errorf("sgx: collateral given twice")
		}
		p, err := parseCollateral(c)
		if err != nil {
			return err
		}
		v.pending = p
		return nil
	}
}

// NewVerifier returns an offline SGX DCAP verifier trusting Intel's SGX
// Root CA and the roots of WithRoots.
func NewVerifier(opts ...Option) (*Verifier, error) {
	root, err := IntelRoot()
	if err != nil {
		return nil, err
	}
	v := &Verifier{roots: x509.NewCertPool(), rootCerts: []*x509.Certificate{root}}
	v.roots.AddCert(root)
	for _, o := range opts {
		if err := o(v); err != nil {
			return nil, err
		}
	}
	if v.pending != nil {
		// Signatures are checked once here; validity times at each quote.
		t, err := v.trustCollateral(v.pending)
		if err != nil {
			return nil, err
		}
		v.collateral, v.pending = t, nil
	}
	return v, nil
}

// Platform returns "sgx".
func (v *Verifier) Platform() string { return attestation.PlatformSGX }

// VerifyQuote verifies an SGX DCAP ECDSA quote v3 at time at. aux may carry
// canonical CBOR Collateral; collateral from WithCollateral wins. The
// returned ReportData is the first 32 bytes of the report data when bytes
// 32..63 are zero (vouch's layout) and all 64 bytes as-is otherwise.
func (v *Verifier) VerifyQuote(_ context.Context, quote, aux []byte, at time.Time) (*attestation.Claims, error) {
	q, err := ParseQuote(quote)
	if err != nil {
		return nil, err
	}
	coll := v.collateral
	if coll == nil {
		if len(aux) == 0 {
			return nil, wrapf(ErrCollateral, "no collateral: pass it to the verifier or in the evidence")
		}
		c, err := DecodeCollateral(aux)
		if err != nil {
			return nil, err
		}
		p, err := parseCollateral(c)
		if err != nil {
			return nil, err
		}
		if coll, err = v.trustCollateral(p); err != nil {
			return nil, err
		}
	}
	return v.verify(q, coll, at)
}

func (v *Verifier) verify(q *Quote, c *trustedCollateral, at time.Time) (*attestation.Claims, error) {
	// 1. PCK chain to a trusted root, and the CRLs.
	pckChain, err := v.verifyChain(q.PCKChain, at, "PCK")
	if err != nil {
		return nil, err
	}
	// Intel's hierarchy: PCK leaf, PCK platform or processor CA, root.
	if len(pckChain) != 3 {
		return nil, wrapf(ErrUntrustedChain, "PCK chain has %d certificates, want leaf, CA and root", len(pckChain))
	}
	root := pckChain[len(pckChain)-1]
	if !root.Equal(c.root) {
		return nil, wrapf(ErrUntrustedChain, "PCK chain ends at %q, the collateral at %q", root.Subject.CommonName, c.root.Subject.CommonName)
	}
	if err := checkCRLTime(c.rootCRL, at, "root CA"); err != nil {
		return nil, err
	}
	for _, ca := range pckChain[1 : len(pckChain)-1] {
		if err := checkRevoked(c.rootCRL, ca); err != nil {
			return nil, err
		}
	}
	pck, pckCA := pckChain[0], pckChain[1]
	if err := checkCRLSignature(c.pckCRL, pckCA, "PCK"); err != nil {
		return nil, err
	}
	if err := checkCRLTime(c.pckCRL, at, "PCK"); err != nil {
		return nil, err
	}
	if err := checkRevoked(c.pckCRL, pck); err != nil {
		return nil, err
	}

	// 2. QE report signed by the PCK key.
	pckKey, ok := pck.PublicKey.(*ecdsa.PublicKey)
	if !ok || pckKey.Curve != elliptic.P256() {
		return nil, wrapf(ErrQuoteFormat, "PCK key is not ECDSA P-256")
	}
	if !verifyRaw(pckKey, q.QEReportRaw, q.QEReportSignature) {
		return nil, wrapf(ErrQESignature, "QE report not signed by PCK certificate %s", pck.SerialNumber.Text(16))
	}

	// 3. QE report data = SHA-256(attestation key || QE auth data) || zeros.
	h := sha256.New()
	h.Write(q.AttestationKey)
	h.Write(q.QEAuthData)
	want := make([]byte, 64)
	copy(want, h.Sum(nil))
	if !bytes.Equal(q.QEReport.ReportData[:], want) {
		return nil, wrapf(ErrAttestationKeyBinding, "QE report data %x, want %x", q.QEReport.ReportData[:32], want[:32])
	}

	// 4. Quote signed by the attestation key.
	attKey, err := rawP256Key(q.AttestationKey)
	if err != nil {
		return nil, wrapf(ErrQuoteFormat, "attestation key: %v", err)
	}
	if !verifyRaw(attKey, q.Signed, q.Signature) {
		return nil, wrapf(ErrQuoteSignature, "header and report body not signed by the attestation key")
	}

	// 5. QE identity, signed by the TCB signing chain.
	qeStatus, qeAdvisories, err := v.checkQEIdentity(q, c, at)
	if err != nil {
		return nil, err
	}

	// 6. Platform TCB level from TCB info, signed by the TCB signing chain.
	ext, err := ParsePCKExtension(pck)
	if err != nil {
		return nil, wrapf(ErrQuoteFormat, "PCK certificate: %v", err)
	}
	level, err := v.checkTCBInfo(ext, c, at)
	if err != nil {
		return nil, err
	}
	status, advisories := converge(level.TCBStatus, level.AdvisoryIDs, qeStatus, qeAdvisories)

	body := q.Body
	claims := &attestation.Claims{
		Platform:    attestation.PlatformSGX,
		Measurement: hex.EncodeToString(body.MRENCLAVE[:]),
		Signer:      hex.EncodeToString(body.MRSIGNER[:]),
		ProductID:   body.ISVProdID,
		SVN:         body.ISVSVN,
		Debug:       body.Debug(),
		TCBStatus:   status,
		Advisories:  advisories,
	}
	if isZero(body.ReportData[32:]) {
		claims.ReportData = append([]byte(nil), body.ReportData[:32]...)
	} else {
		claims.ReportData = append([]byte(nil), body.ReportData[:]...)
	}
	return claims, nil
}

// verifyChain checks certs (leaf first) up to a trusted root at time at and
// returns the verified chain, root last.
func (v *Verifier) verifyChain(certs []*x509.Certificate, at time.Time, what string) ([]*x509.Certificate, error) {
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		// A root carried in the quote is never trusted (only the verifier's
		// roots are), and as an intermediate it would only cost a second
		// signature check on the way up.
		if bytes.Equal(c.RawSubject, c.RawIssuer) {
			continue
		}
		inter.AddCert(c)
	}
	chains, err := certs[0].Verify(x509.VerifyOptions{
		Roots:         v.roots,
		Intermediates: inter,
		CurrentTime:   at,
		KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageAny},
	})
	if err != nil {
		return nil, wrapf(ErrUntrustedChain, "%s certificate %q: %v", what, certs[0].Subject.CommonName, err)
	}
	return chains[0], nil
}

// checkCRLSignature verifies that crl is issued and signed by issuer.
func checkCRLSignature(crl *x509.RevocationList, issuer *x509.Certificate, what string) error {
	if !bytes.Equal(crl.RawIssuer, issuer.RawSubject) {
		return wrapf(ErrCollateral, "%s CRL is issued by %q, not by %q", what, crl.Issuer.CommonName, issuer.Subject.CommonName)
	}
	if err := crl.CheckSignatureFrom(issuer); err != nil {
		return wrapf(ErrCollateral, "%s CRL signature: %v", what, err)
	}
	return nil
}

// checkCRLTime checks thisUpdate <= at <= nextUpdate.
func checkCRLTime(crl *x509.RevocationList, at time.Time, what string) error {
	if at.Before(crl.ThisUpdate) || (!crl.NextUpdate.IsZero() && at.After(crl.NextUpdate)) {
		return wrapf(ErrCollateralExpired, "%s CRL valid %s to %s, verification time %s", what,
			crl.ThisUpdate.UTC().Format(time.RFC3339), crl.NextUpdate.UTC().Format(time.RFC3339), at.UTC().Format(time.RFC3339))
	}
	return nil
}

func checkRevoked(crl *x509.RevocationList, cert *x509.Certificate) error {
	for _, e := range crl.RevokedCertificateEntries {
		if e.SerialNumber != nil && e.SerialNumber.Cmp(cert.SerialNumber) == 0 {
			return wrapf(ErrRevoked, "certificate %q serial %s revoked at %s", cert.Subject.CommonName,
				cert.SerialNumber.Text(16), e.RevocationTime.UTC().Format(time.RFC3339))
		}
	}
	return nil
}

// trustedCollateral is collateral whose signatures have been checked
// against the verifier's roots; what depends on time is checked per quote.
type trustedCollateral struct {
	*parsedCollateral
	root                *x509.Certificate
	tcbSigner, qeSigner *x509.Certificate
}

// trustCollateral checks what does not depend on time: the root CA CRL is
// signed by a trusted root, the TCB info and QE identity are signed by
// certificates that this root issued directly (as Intel's TCB signing
// certificate is: a PCK key, issued by an intermediate, cannot sign
// collateral).
func (v *Verifier) trustCollateral(p *parsedCollateral) (*trustedCollateral, error) {
	t := &trustedCollateral{parsedCollateral: p}
	for _, r := range v.rootCerts {
		if bytes.Equal(p.rootCRL.RawIssuer, r.RawSubject) && p.rootCRL.CheckSignatureFrom(r) == nil {
			t.root = r
			break
		}
	}
	if t.root == nil {
		return nil, wrapf(ErrUntrustedChain, "root CA CRL issued by %q is not signed by a trusted root", p.rootCRL.Issuer.CommonName)
	}
	var err error
	if t.tcbSigner, err = t.signer(p.tcbInfoChain, p.tcbInfoBody, p.tcbInfoSig, "TCB info"); err != nil {
		return nil, err
	}
	if t.qeSigner, err = t.signer(p.qeIDChain, p.qeIDBody, p.qeIDSig, "QE identity"); err != nil {
		return nil, err
	}
	return t, nil
}

func (t *trustedCollateral) signer(chain []*x509.Certificate, body, sig []byte, what string) (*x509.Certificate, error) {
	if len(chain) != 2 || !chain[1].Equal(t.root) {
		return nil, wrapf(ErrUntrustedChain, "%s issuer chain is not [signer, %q]", what, t.root.Subject.CommonName)
	}
	s := chain[0]
	if s.IsCA {
		return nil, wrapf(ErrUntrustedChain, "%s signer %q is a CA", what, s.Subject.CommonName)
	}
	if err := s.CheckSignatureFrom(t.root); err != nil {
		return nil, wrapf(ErrUntrustedChain, "%s signer %q: %v", what, s.Subject.CommonName, err)
	}
	key, ok := s.PublicKey.(*ecdsa.PublicKey)
	if !ok || key.Curve != elliptic.P256() {
		return nil, wrapf(ErrCollateral, "%s signing key is not ECDSA P-256", what)
	}
	if !verifyRaw(key, body, sig) {
		return nil, wrapf(ErrCollateral, "%s signature does not verify with %q", what, s.Subject.CommonName)
	}
	return s, nil
}

// checkSignedTime checks, at time at, a signed collateral document: its
// signer and the root are within validity, the signer is not revoked, and
// issueDate <= at <= nextUpdate.
func (t *trustedCollateral) checkSignedTime(signer *x509.Certificate, issued, next, at time.Time, what string) error {
	for _, c := range []*x509.Certificate{signer, t.root} {
		if at.Before(c.NotBefore) || at.After(c.NotAfter) {
			return wrapf(ErrUntrustedChain, "%s certificate %q valid %s to %s, verification time %s", what, c.Subject.CommonName,
				c.NotBefore.UTC().Format(time.RFC3339), c.NotAfter.UTC().Format(time.RFC3339), at.UTC().Format(time.RFC3339))
		}
	}
	if err := checkCRLTime(t.rootCRL, at, "root CA"); err != nil {
		return err
	}
	if err := checkRevoked(t.rootCRL, signer); err != nil {
		return err
	}
	if at.Before(issued) || at.After(next) {
		return wrapf(ErrCollateralExpired, "%s valid %s to %s, verification time %s", what,
			issued.UTC().Format(time.RFC3339), next.UTC().Format(time.RFC3339), at.UTC().Format(time.RFC3339))
	}
	return nil
}

func (v *Verifier) checkQEIdentity(q *Quote, c *trustedCollateral, at time.Time) (string, []string, error) {
	id := c.qeID
	if err := c.checkSignedTime(c.qeSigner, id.IssueDate, id.NextUpdate, at, "QE identity"); err != nil {
		return "", nil, err
	}
	r := q.QEReport
	if !bytes.Equal(r.MRSIGNER[:], id.MRSIGNER) {
		return "", nil, wrapf(ErrQEIdentity, "QE MRSIGNER %x, want %x", r.MRSIGNER, []byte(id.MRSIGNER))
	}
	if r.ISVProdID != id.ISVProdID {
		return "", nil, wrapf(ErrQEIdentity, "QE ISVPRODID %d, want %d", r.ISVProdID, id.ISVProdID)
	}
	misc := r.MiscSelect & binary.LittleEndian.Uint32(id.MiscSelectMask)
	if misc != binary.LittleEndian.Uint32(id.MiscSelect) {
		return "", nil, wrapf(ErrQEIdentity, "QE MISCSELECT %#x under mask does not match", r.MiscSelect)
	}
	for i := range 16 {
		if r.Attributes[i]&id.AttributesMask[i] != id.Attributes[i] {
			return "", nil, wrapf(ErrQEIdentity, "QE attributes %x under mask do not match", r.Attributes)
		}
	}
	for _, l := range id.TCBLevels {
		if r.ISVSVN >= l.TCB.ISVSVN {
			if l.TCBStatus == TCBRevoked {
				return "", nil, wrapf(ErrQEIdentity, "QE ISVSVN %d is revoked", r.ISVSVN)
			}
			return l.TCBStatus, l.AdvisoryIDs, nil
		}
	}
	return "", nil, wrapf(ErrQEIdentity, "QE ISVSVN %d below every known level", r.ISVSVN)
}

func (v *Verifier) checkTCBInfo(ext *PCKExtension, c *trustedCollateral, at time.Time) (*tcbLevel, error) {
	t := c.tcbInfo
	if err := c.checkSignedTime(c.tcbSigner, t.IssueDate, t.NextUpdate, at, "TCB info"); err != nil {
		return nil, err
	}
	if !strings.EqualFold(t.FMSPC, hex.EncodeToString(ext.FMSPC[:])) {
		return nil, wrapf(ErrTCBInfo, "TCB info is for FMSPC %s, the platform's is %x", t.FMSPC, ext.FMSPC)
	}
	if !strings.EqualFold(t.PCEID, hex.EncodeToString(ext.PCEID[:])) {
		return nil, wrapf(ErrTCBInfo, "TCB info is for PCE ID %s, the platform's is %x", t.PCEID, ext.PCEID)
	}
	for i := range t.TCBLevels {
		l := &t.TCBLevels[i]
		if ext.PCESVN < l.TCB.PCESVN {
			continue
		}
		ok := true
		for j := range 16 {
			if ext.CompSVN[j] < l.TCB.SVN[j] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if l.TCBStatus == TCBRevoked {
			return nil, wrapf(ErrTCBInfo, "platform TCB level is revoked")
		}
		return l, nil
	}
	return nil, wrapf(ErrTCBInfo, "platform TCB (PCESVN %d, components %v) matches no level of FMSPC %s", ext.PCESVN, ext.CompSVN, t.FMSPC)
}

// converge combines the platform's and the QE's TCB status as Intel's
// quote verification library does: an out-of-date QE makes the whole TCB
// out of date.
func converge(platform string, platformAdv []string, qe string, qeAdv []string) (string, []string) {
	status := platform
	if qe == TCBOutOfDate {
		switch platform {
		case TCBUpToDate, TCBSWHardeningNeeded:
			status = TCBOutOfDate
		case TCBConfigurationNeeded, TCBConfigurationAndSWHardeningNeeded:
			status = TCBOutOfDateConfigurationNeeded
		}
	}
	var adv []string
	for _, a := range append(append([]string(nil), platformAdv...), qeAdv...) {
		if !slices.Contains(adv, a) {
			adv = append(adv, a)
		}
	}
	return status, adv
}

func rawP256Key(b []byte) (*ecdsa.PublicKey, error) {
	if len(b) != ecdsaKeySize {
		return nil, fmt.Errorf("%d bytes, want %d", len(b), ecdsaKeySize)
	}
	uncompressed := append([]byte{4}, b...)
	return ecdsa.ParseUncompressedPublicKey(elliptic.P256(), uncompressed)
}

// verifyRaw checks an ECDSA P-256 signature given as r||s over SHA-256(msg).
func verifyRaw(pub *ecdsa.PublicKey, msg, sig []byte) bool {
	if len(sig) != ecdsaSigSize {
		return false
	}
	digest := sha256.Sum256(msg)
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:])
	return ecdsa.Verify(pub, digest[:], r, s)
}

func isZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
