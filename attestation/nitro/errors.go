package nitro

import (
	"fmt"

	"github.com/vouchpm/vouch/attestation"
)

// Sentinel errors. Each wraps attestation.ErrInvalidEvidence, so callers that
// only care whether a document is genuine use errors.Is on that.
var (
	// ErrMalformed: the bytes are not a well-formed Nitro attestation document.
	ErrMalformed = fmt.Errorf("%w: malformed nitro attestation document", attestation.ErrInvalidEvidence)
	// ErrDocumentTooLarge also wraps attestation.ErrTooLarge.
	ErrDocumentTooLarge = fmt.Errorf("%w: nitro attestation document", attestation.ErrTooLarge)
	// ErrUnsupportedKey: the signing (leaf) certificate is not an ECDSA P-384 key.
	ErrUnsupportedKey = fmt.Errorf("%w: nitro signing certificate is not ECDSA P-384", attestation.ErrInvalidEvidence)
	// ErrBadSignature: the COSE_Sign1 signature does not verify with the
	// leaf certificate (a tampered payload, PCRs included, lands here).
	ErrBadSignature = fmt.Errorf("%w: nitro document signature does not verify", attestation.ErrInvalidEvidence)
	// ErrCertificateExpired: a certificate of the chain is not valid at the
	// verification time.
	ErrCertificateExpired = fmt.Errorf("%w: nitro certificate expired or not yet valid", attestation.ErrInvalidEvidence)
	// ErrUntrustedRoot: the chain does not lead to a trusted root.
	ErrUntrustedRoot = fmt.Errorf("%w: nitro certificate chain does not lead to a trusted root", attestation.ErrInvalidEvidence)
	// ErrChain: the certificate chain fails for another reason.
	ErrChain = fmt.Errorf("%w: nitro certificate chain is invalid", attestation.ErrInvalidEvidence)
	// ErrTimestamp: the document's own timestamp lies after the verification
	// time or outside its signing certificate's validity.
	ErrTimestamp = fmt.Errorf("%w: nitro document timestamp out of range", attestation.ErrInvalidEvidence)
	// ErrUserData: user_data is missing or not the 32 bytes of vouch report data.
	ErrUserData = fmt.Errorf("%w: nitro user_data is not 32 bytes of report data", attestation.ErrInvalidEvidence)
	// ErrRootPin: the embedded AWS root does not match its pinned fingerprint.
	ErrRootPin = fmt.Errorf("%w: embedded AWS Nitro root does not match its pinned fingerprint", attestation.ErrInvalidEvidence)
)
