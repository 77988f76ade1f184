package nitro

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/fxamacker/cbor/v2"
	"github.com/hf/nitrite"

	"github.com/vouchpm/vouch/attestation"
)

// Limits on untrusted documents. Real NSM documents are about 4.5 KiB; the
// NSM driver's own response buffer is 12 KiB.
const (
	// MaxDocumentSize bounds an attestation document (COSE_Sign1 bytes).
	MaxDocumentSize = 64 << 10
	// ReportDataSize is the size of user_data in vouch evidence.
	ReportDataSize = 32
	// clockSkew is how far a document's timestamp may lie after the
	// verification time (clocks of the enclave and the verifier differ).
	clockSkew = 5 * time.Minute
)

// PCR indexes reported in Claims.PCRs (AWS defines 0-4 and 8).
var reportedPCRs = [...]uint{0, 1, 2, 3, 4, 8}

// Verifier checks Nitro attestation documents. It implements
// attestation.PlatformVerifier. A Verifier is safe for concurrent use.
type Verifier struct {
	roots *x509.CertPool
	raw   bool
	dec   cbor.DecMode
	// verify is nitrite.Verify; tests replace it to check panic recovery.
	verify func([]byte, nitrite.VerifyOptions) (*nitrite.Result, error)
}

var _ attestation.PlatformVerifier = (*Verifier)(nil)

// VerifierOption configures a Verifier.
type VerifierOption func(*Verifier) error

// WithRoots replaces the embedded AWS root by pool (for tests with their own
// chain, or other AWS partitions). A nil pool is an error.
func WithRoots(pool *x509.CertPool) VerifierOption {
	return func(v *Verifier) error {
		if pool == nil {
			return errors.New("nitro: WithRoots: nil pool")
		}
		v.roots = pool
		return nil
	}
}

// WithRawDocuments accepts documents whose user_data is absent or not 32
// bytes, returning it as Claims.ReportData as is, and reports the document's
// own nonce in Claims.Nonce. It is for auditing documents vouch did not make
// (attestation.Verifier.VerifyPlatformDocument); vouch evidence still fails
// there, because its binding hash never equals such report data.
func WithRawDocuments() VerifierOption {
	return func(v *Verifier) error { v.raw = true; return nil }
}

// NewVerifier returns a Verifier trusting the embedded AWS Nitro Enclaves
// root, after checking that root against its pinned fingerprint.
func NewVerifier(opts ...VerifierOption) (*Verifier, error) {
	dec, err := cbor.DecOptions{
		MaxNestedLevels:  8,
		MaxArrayElements: 64,
		MaxMapPairs:      64,
		IndefLength:      cbor.IndefLengthForbidden,
		DupMapKey:        cbor.DupMapKeyEnforcedAPF,
	}.DecMode()
	if err != nil {
		return nil, fmt.Errorf("nitro: cbor decoder: %w", err)
	}
	v := &Verifier{dec: dec, verify: nitrite.Verify}
	for _, o := range opts {
		if err := o(v); err != nil {
			return nil, err
		}
	}
	if v.roots == nil {
		if v.roots, err = AWSRoots(); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// VerifyDocument verifies a raw AWS Nitro attestation document against the
// embedded AWS root at time at (use the document's own time for recorded
// documents: leaf certificates live about three hours). user_data may have any
// length; see WithRawDocuments.
func VerifyDocument(doc []byte, at time.Time) (*attestation.Claims, error) {
	v, err := NewVerifier(WithRawDocuments())
	if err != nil {
		return nil, err
	}
	return v.VerifyQuote(context.Background(), doc, nil, at)
}

// Platform returns "nitro".
func (v *Verifier) Platform() string { return attestation.PlatformNitro }

// coseSign1 and payloadHead are read before nitrite runs, to bound the input
// and refuse leaf keys nitrite cannot handle.
type coseSign1 struct {
	_           struct{} `cbor:",toarray"`
	Protected   []byte
	Unprotected cbor.RawMessage
	Payload     []byte
	Signature   []byte
}

type payloadHead struct {
	Certificate []byte `cbor:"certificate"`
}

// VerifyQuote checks an attestation document at time at: the COSE signature,
// the certificate chain to the trusted roots, the document timestamp, and
// (unless WithRawDocuments) that user_data holds 32 bytes of report data. It
// returns what the document proves; policy is the caller's.
func (v *Verifier) VerifyQuote(ctx context.Context, quote, aux []byte, at time.Time) (*attestation.Claims, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if at.IsZero() {
		return nil, errors.New("nitro: verification time is zero")
	}
	if len(aux) != 0 {
		return nil, fmt.Errorf("%w: nitro evidence carries no aux, got %d bytes", ErrMalformed, len(aux))
	}
	if len(quote) > MaxDocumentSize {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrDocumentTooLarge, len(quote), MaxDocumentSize)
	}
	leaf, err := v.leafCertificate(quote)
	if err != nil {
		return nil, err
	}
	res, err := v.callNitrite(quote, nitrite.VerifyOptions{Roots: v.roots, CurrentTime: at})
	if err != nil {
		return nil, err
	}
	return v.claims(res.Document, leaf, at)
}

// leafCertificate decodes just enough of the document to find the signing
// certificate, and refuses anything but ECDSA P-384: nitrite panics on
// curves it does not know (P-521).
func (v *Verifier) leafCertificate(doc []byte) (*x509.Certificate, error) {
	var cose coseSign1
	if err := v.dec.Unmarshal(doc, &cose); err != nil {
		return nil, fmt.Errorf("%w: COSE_Sign1: %w", ErrMalformed, err)
	}
	// The unprotected header is not signed; COSE still requires a map there.
	if len(cose.Unprotected) == 0 || cose.Unprotected[0]>>5 != 5 {
		return nil, fmt.Errorf("%w: COSE_Sign1 unprotected header is not a map", ErrMalformed)
	}
	var head payloadHead
	if err := v.dec.Unmarshal(cose.Payload, &head); err != nil {
		return nil, fmt.Errorf("%w: payload: %w", ErrMalformed, err)
	}
	if len(head.Certificate) == 0 {
		return nil, fmt.Errorf("%w: no signing certificate", ErrMalformed)
	}
	leaf, err := x509.ParseCertificate(head.Certificate)
	if err != nil {
		return nil, fmt.Errorf("%w: signing certificate: %w", ErrMalformed, err)
	}
	pub, ok := leaf.PublicKey.(*ecdsa.PublicKey)
	if !ok {
		return nil, fmt.Errorf("%w: key type %T", ErrUnsupportedKey, leaf.PublicKey)
	}
	if pub.Curve != elliptic.P384() {
		return nil, fmt.Errorf("%w: curve %s", ErrUnsupportedKey, pub.Curve.Params().Name)
	}
	return leaf, nil
}

// callNitrite runs nitrite.Verify, turns a panic into an error, and maps its
// errors to this package's sentinels. nitrite returns a non-nil Result
// together with an error when the chain or the signature fails: only a nil
// error means verified.
func (v *Verifier) callNitrite(doc []byte, opts nitrite.VerifyOptions) (res *nitrite.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("%w: nitrite panicked: %v", ErrMalformed, r)
		}
	}()
	res, err = v.verify(doc, opts)
	switch {
	case res == nil && err == nil:
		return nil, fmt.Errorf("%w: nitrite returned no result", ErrMalformed)
	case res == nil:
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	case !res.SignatureOK:
		return nil, fmt.Errorf("%w: %w", ErrBadSignature, err)
	case err != nil:
		return nil, chainError(err)
	case res.Document == nil:
		return nil, fmt.Errorf("%w: nitrite returned no document", ErrMalformed)
	}
	return res, nil
}

func chainError(err error) error {
	var invalid x509.CertificateInvalidError
	if errors.As(err, &invalid) && invalid.Reason == x509.Expired {
		return fmt.Errorf("%w: %w", ErrCertificateExpired, err)
	}
	var unknown x509.UnknownAuthorityError
	if errors.As(err, &unknown) {
		return fmt.Errorf("%w: %w", ErrUntrustedRoot, err)
	}
	return fmt.Errorf("%w: %w", ErrChain, err)
}

// claims checks what nitrite leaves unchecked (timestamp, user_data) and
// turns the verified document into Claims.
func (v *Verifier) claims(doc *nitrite.Document, leaf *x509.Certificate, at time.Time) (*attestation.Claims, error) {
	if doc.Timestamp > math.MaxInt64 {
		return nil, fmt.Errorf("%w: timestamp %d", ErrTimestamp, doc.Timestamp)
	}
	issued := time.UnixMilli(int64(doc.Timestamp)).UTC()
	if issued.After(at.Add(clockSkew)) {
		return nil, fmt.Errorf("%w: issued %s, after the verification time %s", ErrTimestamp,
			issued.Format(time.RFC3339), at.UTC().Format(time.RFC3339))
	}
	// Truncate: certificate times have one-second resolution.
	if issued.Before(leaf.NotBefore) || issued.Truncate(time.Second).After(leaf.NotAfter) {
		return nil, fmt.Errorf("%w: issued %s, outside the signing certificate's validity %s..%s", ErrTimestamp,
			issued.Format(time.RFC3339), leaf.NotBefore.UTC().Format(time.RFC3339), leaf.NotAfter.UTC().Format(time.RFC3339))
	}
	if !v.raw && len(doc.UserData) != ReportDataSize {
		return nil, fmt.Errorf("%w: got %d bytes", ErrUserData, len(doc.UserData))
	}
	pcr0, ok := doc.PCRs[0]
	if !ok {
		return nil, fmt.Errorf("%w: no PCR0", ErrMalformed)
	}
	pcrs := make(map[int]string, len(reportedPCRs))
	for _, idx := range reportedPCRs {
		if val, ok := doc.PCRs[idx]; ok {
			pcrs[int(idx)] = hex.EncodeToString(val)
		}
	}
	c := &attestation.Claims{
		Platform:    attestation.PlatformNitro,
		Measurement: hex.EncodeToString(pcr0),
		PCRs:        pcrs,
		Signer:      leaf.Subject.CommonName,
		Debug:       allZero(doc.PCRs[0]) && allZero(doc.PCRs[1]) && allZero(doc.PCRs[2]),
		IssuedAt:    issued,
		ReportData:  append([]byte(nil), doc.UserData...),
	}
	if v.raw {
		c.Nonce = append([]byte(nil), doc.Nonce...)
	}
	return c, nil
}

// allZero reports whether a PCR is all zeros; an absent PCR counts as zero,
// so a document that omits PCR1/2 cannot dodge the debug flag.
func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
