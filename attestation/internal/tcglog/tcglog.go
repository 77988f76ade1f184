// Package tcglog writes TCG PC Client crypto-agile event logs and extends
// their events into a TPM, for the simulated platform and for tests that
// provision a TPM simulator like a cloud vTPM. It runs beside the TPM.
package tcglog

import (
	_ "crypto/sha1" // PCR bank hash
	_ "crypto/sha256"
	_ "crypto/sha512" // PCR bank hashes
	"encoding/binary"
	"fmt"
	"io"

	"github.com/google/go-tpm/legacy/tpm2"
	"github.com/google/go-tpm/tpmutil"
)

// TCG PC Client event types.
const (
	EvNoAction     = 0x03
	EvSeparator    = 0x04
	EvSCRTMVersion = 0x08
	EvIPL          = 0x0d
)

// Event is one measurement: its digest in every bank is the bank's hash of
// Data, so a replaying verifier checks Data too.
type Event struct {
	PCR  uint32
	Type uint32
	Data []byte
}

// Digest is the event's digest in bank alg.
func (e Event) Digest(alg tpm2.Algorithm) ([]byte, error) {
	h, err := alg.Hash()
	if err != nil {
		return nil, fmt.Errorf("tcglog: bank %v: %w", alg, err)
	}
	d := h.New()
	d.Write(e.Data)
	return d.Sum(nil), nil
}

// Encode writes events in the crypto-agile format: a SHA-1-format Spec ID
// Event03 header naming banks, then TCG_PCR_EVENT2 records with a digest per bank.
func Encode(events []Event, banks []tpm2.Algorithm) ([]byte, error) {
	le := binary.LittleEndian
	spec := []byte("Spec ID Event03\x00")
	spec = le.AppendUint32(spec, 0) // platformClass
	spec = append(spec, 0, 2, 0, 2) // specVersionMinor, Major, errata, uintnSize (UINT64)
	spec = le.AppendUint32(spec, uint32(len(banks)))
	for _, alg := range banks {
		h, err := alg.Hash()
		if err != nil {
			return nil, fmt.Errorf("tcglog: bank %v: %w", alg, err)
		}
		spec = le.AppendUint16(spec, uint16(alg))
		spec = le.AppendUint16(spec, uint16(h.Size()))
	}
	spec = append(spec, 0) // vendorInfoSize

	var buf []byte
	buf = le.AppendUint32(buf, 0)
	buf = le.AppendUint32(buf, EvNoAction)
	buf = append(buf, make([]byte, 20)...)
	buf = le.AppendUint32(buf, uint32(len(spec)))
	buf = append(buf, spec...)
	for _, ev := range events {
		buf = le.AppendUint32(buf, ev.PCR)
		buf = le.AppendUint32(buf, ev.Type)
		buf = le.AppendUint32(buf, uint32(len(banks)))
		for _, alg := range banks {
			d, err := ev.Digest(alg)
			if err != nil {
				return nil, err
			}
			buf = le.AppendUint16(buf, uint16(alg))
			buf = append(buf, d...)
		}
		buf = le.AppendUint32(buf, uint32(len(ev.Data)))
		buf = append(buf, ev.Data...)
	}
	return buf, nil
}

// Measure extends every event into every bank of rw and returns the log
// that explains the resulting PCRs.
func Measure(rw io.ReadWriter, events []Event, banks []tpm2.Algorithm) ([]byte, error) {
	for _, ev := range events {
		for _, alg := range banks {
			d, err := ev.Digest(alg)
			if err != nil {
				return nil, err
			}
			if err := tpm2.PCRExtend(rw, tpmutil.Handle(ev.PCR), alg, d, ""); err != nil {
				return nil, fmt.Errorf("tcglog: extending PCR %d (%v): %w", ev.PCR, alg, err)
			}
		}
	}
	return Encode(events, banks)
}

// Banks lists the allocated PCR banks whose hash Go implements.
func Banks(sels []tpm2.PCRSelection) []tpm2.Algorithm {
	var out []tpm2.Algorithm
	for _, s := range sels {
		if len(s.PCRs) == 0 {
			continue
		}
		if h, err := s.Hash.Hash(); err == nil && h.Available() {
			out = append(out, s.Hash)
		}
	}
	return out
}

// Separators are the EV_SEPARATOR events firmware writes into PCRs 0..7.
func Separators() []Event {
	out := make([]Event, 0, 8)
	for pcr := uint32(0); pcr <= 7; pcr++ {
		out = append(out, Event{PCR: pcr, Type: EvSeparator, Data: []byte{0, 0, 0, 0}})
	}
	return out
}
