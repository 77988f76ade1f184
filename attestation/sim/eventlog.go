package sim

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/google/go-tpm/legacy/tpm2"

	"github.com/vouchpm/vouch/attestation/internal/tcglog"
	"github.com/vouchpm/vouch/attestation/internal/tpmquote"
)

// codePCR holds the measured code, as a boot loader measures a kernel.
const codePCR = 8

// Code names what the simulated platform measures into PCR 8 as the running
// code.
type Code struct {
	Name   string
	Digest [sha256.Size]byte
}

func (c Code) eventData() []byte {
	return []byte(fmt.Sprintf("vouch code %s sha256:%s\x00", c.Name, hex.EncodeToString(c.Digest[:])))
}

// syntheticEvents is what the simulated firmware measures: the S-CRTM
// version naming the simulator (PCR 0), separators (PCRs 0..7), the code (PCR 8).
func syntheticEvents(code Code) []tcglog.Event {
	events := []tcglog.Event{{PCR: 0, Type: tcglog.EvSCRTMVersion, Data: tpmquote.UTF16LE(tpmquote.SimulatedMarker)}}
	events = append(events, tcglog.Separators()...)
	return append(events, tcglog.Event{PCR: codePCR, Type: tcglog.EvIPL, Data: code.eventData()})
}

// ExpectedMeasurement is the measurement (SHA-256 over SHA-256 PCRs 0..9)
// that sim evidence of code shows: the synthetic boot replayed from reset
// PCRs. Auditors compute it from a rebuilt binary (vouch measure).
func ExpectedMeasurement(code Code) (string, map[int][]byte, error) {
	pcrs := map[int][]byte{}
	for i := tpmquote.FirstMeasuredPCR; i <= tpmquote.LastMeasuredPCR; i++ {
		pcrs[i] = make([]byte, sha256.Size)
	}
	for _, ev := range syntheticEvents(code) {
		d, err := ev.Digest(tpm2.AlgSHA256)
		if err != nil {
			return "", nil, err
		}
		h := sha256.New()
		h.Write(pcrs[int(ev.PCR)])
		h.Write(d)
		pcrs[int(ev.PCR)] = h.Sum(nil)
	}
	m, err := tpmquote.Measurement(pcrs)
	if err != nil {
		return "", nil, err
	}
	return hex.EncodeToString(m[:]), pcrs, nil
}

// CodeOf measures the file at path as the code a sim platform started from
// it would measure (its base name and SHA-256).
func CodeOf(path string) (Code, error) {
	f, err := os.Open(path)
	if err != nil {
		return Code{}, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return Code{}, err
	}
	c := Code{Name: filepath.Base(path)}
	h.Sum(c.Digest[:0])
	return c, nil
}
