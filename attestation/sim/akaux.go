// The file is not named aux.go: "aux" is a reserved name on Windows, and the
// Go module zip refuses it (go install pkg@version of this module failed).

package sim

import (
	"crypto"
	"crypto/x509"
	"fmt"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/internal/tpmquote"
)

// maxAuxSize bounds the aux field (a PKIX public key and a version).
const maxAuxSize = 4 << 10

// aux is the sim platform's Evidence.aux: the AK the quote was signed with,
// so an auditor can see which simulated key to trust. It grants no trust.
type aux struct {
	Version  uint64 `cbor:"version"`
	AKPublic []byte `cbor:"akPublic"`
}

func encodeAux(ak crypto.PublicKey) ([]byte, error) {
	der, err := x509.MarshalPKIXPublicKey(ak)
	if err != nil {
		return nil, fmt.Errorf("sim: encoding AK: %w", err)
	}
	return attestation.NewCodec().Marshal(aux{Version: 1, AKPublic: der})
}

// decodeAux parses untrusted aux bytes strictly and returns the AK's PKIX DER.
func decodeAux(data []byte) ([]byte, error) {
	if len(data) > maxAuxSize {
		return nil, fmt.Errorf("%w: sim aux is %d bytes, limit %d", attestation.ErrTooLarge, len(data), maxAuxSize)
	}
	var a aux
	if err := attestation.NewCodec().Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("%w: sim aux: %v", tpmquote.ErrMalformed, err)
	}
	if a.Version != 1 {
		return nil, fmt.Errorf("%w: sim aux version %d", tpmquote.ErrMalformed, a.Version)
	}
	if len(a.AKPublic) == 0 {
		return nil, fmt.Errorf("%w: sim aux has no AK", tpmquote.ErrMalformed)
	}
	return a.AKPublic, nil
}
