package relay

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/vouchpm/vouch/attestation"
)

// AllowedEnclave is one entry of the allowlist governance keeps: a
// measurement and the configuration digest an enclave with it must run with
// (zero for an enclave that binds no configuration, such as the scorer).
type AllowedEnclave struct {
	Measurement  [32]byte
	ConfigDigest [32]byte
}

// AdmissionOf is the (measurement, configuration digest) pair of verified
// claims as the chain records it: the measurement is the verified one when it
// is 32 bytes, else the evidence hash (as RegisterEnclave sends it), and the
// configuration digest is the binding's policyDigest (zero when none).
func AdmissionOf(claims *attestation.Claims, evidence []byte) AllowedEnclave {
	a := AllowedEnclave{Measurement: sha256.Sum256(evidence)}
	if b, err := hex.DecodeString(claims.Measurement); err == nil && len(b) == 32 {
		a.Measurement = [32]byte(b)
	}
	if len(claims.PolicyDigest) == 32 {
		a.ConfigDigest = [32]byte(claims.PolicyDigest)
	}
	return a
}

// CheckAdmission is what the host checks before it asks the chain to register
// an enclave key: the verified claims come from a production enclave (no
// debug; simulated only when allowSimulated, the dev host) whose measurement
// and configuration digest are a pair on the allowlist. A coordinator that
// binds another configuration (another npm registry, RPC or CA) is refused
// even with an allowed measurement.
func CheckAdmission(claims *attestation.Claims, evidence []byte, allowed []AllowedEnclave, allowSimulated bool) error {
	switch {
	case claims.Debug:
		return fmt.Errorf("%w: a debug enclave is never registered", ErrEvidence)
	case claims.Simulated && !allowSimulated:
		return fmt.Errorf("%w: a SIMULATED enclave is registered only by the dev host", ErrEvidence)
	case claims.Role == attestation.RoleCoordinator && len(claims.PolicyDigest) != 32:
		return fmt.Errorf("%w: the coordinator's evidence binds no configuration digest", ErrEvidence)
	}
	got := AdmissionOf(claims, evidence)
	for _, a := range allowed {
		if a == got {
			return nil
		}
	}
	return fmt.Errorf("%w: measurement %x with configuration %x is not on the allowlist", ErrEvidence, got.Measurement, got.ConfigDigest)
}
