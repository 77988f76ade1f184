package sim

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

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
