package attestation

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every verification failure wraps exactly one of
// ErrInvalidEvidence or ErrPolicy, so callers can tell "this is not genuine"
// from "this is genuine but not what we accept".
var (
	// ErrInvalidEvidence: the evidence is malformed, forged, or not trusted.
	ErrInvalidEvidence = errors.New("invalid evidence")
	// ErrUnsupportedPlatform wraps ErrInvalidEvidence.
	ErrUnsupportedPlatform = fmt.Errorf("%w: unsupported platform", ErrInvalidEvidence)
	// ErrReportDataMismatch wraps ErrInvalidEvidence: the quote does not attest the binding.
	ErrReportDataMismatch = fmt.Errorf("%w: report data does not match the binding", ErrInvalidEvidence)
	// ErrTooLarge wraps ErrInvalidEvidence.
	ErrTooLarge = fmt.Errorf("%w: too large", ErrInvalidEvidence)
	// ErrPolicy: the evidence is genuine but the policy refuses a claim.
	ErrPolicy = errors.New("refused by policy")
)

// PolicyError names the claim a policy refused and what it wanted.
type PolicyError struct {
	Claim string // e.g. "measurement", "debug", "age", "nonce", "key", "simulated"
	Want  string
	Got   string
}

func (e *PolicyError) Error() string {
	if e.Want == "" {
		return fmt.Sprintf("refused by policy: %s: got %s", e.Claim, e.Got)
	}
	return fmt.Sprintf("refused by policy: %s: want %s, got %s", e.Claim, e.Want, e.Got)
}

// Unwrap makes errors.Is(err, ErrPolicy) hold.
func (e *PolicyError) Unwrap() error { return ErrPolicy }

func invalidf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidEvidence, fmt.Sprintf(format, args...))
}
