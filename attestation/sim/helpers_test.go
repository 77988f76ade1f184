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
	events := syntheticEvents(code)
	pcrs := make([][]byte, 10)
	for i := range pcrs {
		pcrs[i] = make([]byte, 32)
	}
	for _, ev := range events {
		h := sha256.New()
		d, err := ev.Digest(tpm2.AlgSHA256)
		if err != nil {
			t.Fatal(err)
		}
		h.Write(pcrs[ev.PCR])
		h.Write(d)
		pcrs[ev.PCR] = h.Sum(nil)
	}
	m := sha256.New()
	for _, p := range pcrs {
		m.Write(p)
	}
	return hex.EncodeToString(m.Sum(nil))
}
