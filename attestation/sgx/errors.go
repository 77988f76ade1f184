package sgx

import (
	"errors"
	"fmt"

	"github.com/vouchpm/vouch/attestation"
)

// Sentinel errors. Every verification failure wraps
// attestation.ErrInvalidEvidence and exactly one of these, so callers can
// use errors.Is for both "not genuine" and the precise reason.
var (
	// ErrQuoteFormat: the quote is malformed, truncated or of a type this
	// verifier does not accept (version, key type, TEE type, cert data type).
	ErrQuoteFormat = sentinel("malformed SGX quote")
	// ErrUntrustedChain: the PCK or TCB signing certificate chain does not
	// lead to a trusted root, or a certificate is outside its validity.
	ErrUntrustedChain = sentinel("certificate chain does not lead to a trusted SGX root")
	// ErrRevoked: a certificate of the chain is listed in a CRL.
	ErrRevoked = sentinel("certificate revoked")
	// ErrQESignature: the QE report is not signed by the PCK certificate.
	ErrQESignature = sentinel("QE report signature invalid")
	// ErrAttestationKeyBinding: the QE report data does not commit to the
	// attestation key and QE authentication data.
	ErrAttestationKeyBinding = sentinel("QE report data does not bind the attestation key")
	// ErrQuoteSignature: header and enclave report are not signed by the
	// attestation key.
	ErrQuoteSignature = sentinel("quote signature invalid")
	// ErrQEIdentity: the quoting enclave is not Intel's (MRSIGNER, ISVPRODID,
	// MISCSELECT, attributes) or its ISVSVN is revoked or unknown.
	ErrQEIdentity = sentinel("quoting enclave identity mismatch")
	// ErrTCBInfo: the TCB info does not match the platform (FMSPC, PCE ID)
	// or has no level for its SVNs, or the level is revoked.
	ErrTCBInfo = sentinel("platform TCB not acceptable")
	// ErrCollateral: collateral is missing, malformed or badly signed.
	ErrCollateral = sentinel("SGX collateral invalid")
	// ErrCollateralExpired: collateral or a CRL is not valid at the
	// verification time.
	ErrCollateralExpired = sentinel("SGX collateral not valid at verification time")
	// ErrNotInEnclave: the attester or sealer does not run inside an SGX
	// enclave. It does not wrap ErrInvalidEvidence.
	ErrNotInEnclave = errors.New("sgx: not running inside an SGX enclave")
)

func sentinel(msg string) error {
	return fmt.Errorf("%w: sgx: %s", attestation.ErrInvalidEvidence, msg)
}

// wrapf wraps a sentinel with details.
func wrapf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}
