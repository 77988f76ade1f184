package sim

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/google/go-tpm/legacy/tpm2"
)

// expectedMeasurement recomputes the sim measurement from the code identity
// alone: PCRs start at zero and take the synthetic events.
func expectedMeasurement(t testing.TB, code Code) string {
	t.Helper()
	events, err := syntheticEvents(code, []tpm2.Algorithm{tpm2.AlgSHA256})
	if err != nil {
		t.Fatal(err)
	}
	pcrs := make([][]byte, 10)
	for i := range pcrs {
		pcrs[i] = make([]byte, 32)
	}
	for _, ev := range events {
		h := sha256.New()
		h.Write(pcrs[ev.pcr])
		h.Write(ev.digests[tpm2.AlgSHA256])
		pcrs[ev.pcr] = h.Sum(nil)
	}
	m := sha256.New()
	for _, p := range pcrs {
		m.Write(p)
	}
	return hex.EncodeToString(m.Sum(nil))
}
