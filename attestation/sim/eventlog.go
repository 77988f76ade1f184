package sim

import (
	"crypto"
	_ "crypto/sha1" // PCR bank hash
	"crypto/sha256"
	_ "crypto/sha512" // PCR bank hashes
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"

	"github.com/google/go-tpm/legacy/tpm2"
	"github.com/google/go-tpm/tpmutil"

	"github.com/vouchpm/vouch/attestation/internal/tpmquote"
)

// TCG PC Client event types used by the synthetic log.
const (
	evNoAction       = 0x03
	evSeparator      = 0x04
	evSCRTMVersion   = 0x08
	evIPL            = 0x0d
	codePCR          = 8
	separatorLastPCR = 7
)

// Code names what the simulated platform measures into PCR 8 as the running
// code, like a boot loader measures the kernel.
type Code struct {
	Name   string
	Digest [sha256.Size]byte
}

func (c Code) eventData() []byte {
	return []byte(fmt.Sprintf("vouch code %s sha256:%s\x00", c.Name, hex.EncodeToString(c.Digest[:])))
}

type logEvent struct {
	pcr     uint32
	typ     uint32
	data    []byte
	digests map[tpm2.Algorithm][]byte // per bank
}

// syntheticEvents lists what the simulated firmware measures; every digest is
// the bank's hash of the event data, so a replaying verifier checks the data.
func syntheticEvents(code Code, banks []tpm2.Algorithm) ([]logEvent, error) {
	events := []logEvent{{pcr: 0, typ: evSCRTMVersion, data: tpmquote.UTF16LE(tpmquote.SimulatedMarker)}}
	for pcr := uint32(0); pcr <= separatorLastPCR; pcr++ {
		events = append(events, logEvent{pcr: pcr, typ: evSeparator, data: []byte{0, 0, 0, 0}})
	}
	events = append(events, logEvent{pcr: codePCR, typ: evIPL, data: code.eventData()})
	for i := range events {
		events[i].digests = map[tpm2.Algorithm][]byte{}
		for _, alg := range banks {
			h, err := alg.Hash()
			if err != nil {
				return nil, fmt.Errorf("sim event log: bank %v: %w", alg, err)
			}
			d := h.New()
			d.Write(events[i].data)
			events[i].digests[alg] = d.Sum(nil)
		}
	}
	return events, nil
}

// encodeLog writes events in the TCG crypto-agile format: a SHA-1-format
// Spec ID Event03 header, then TCG_PCR_EVENT2 records with every bank's digest.
func encodeLog(events []logEvent, banks []tpm2.Algorithm) []byte {
	le := binary.LittleEndian
	spec := []byte("Spec ID Event03\x00")
	spec = le.AppendUint32(spec, 0) // platformClass
	spec = append(spec, 0, 2, 0, 2) // specVersionMinor, Major, errata, uintnSize (UINT64)
	spec = le.AppendUint32(spec, uint32(len(banks)))
	for _, alg := range banks {
		h, _ := alg.Hash()
		spec = le.AppendUint16(spec, uint16(alg))
		spec = le.AppendUint16(spec, uint16(h.Size()))
	}
	spec = append(spec, 0) // vendorInfoSize

	var buf []byte
	buf = le.AppendUint32(buf, 0)
	buf = le.AppendUint32(buf, evNoAction)
	buf = append(buf, make([]byte, 20)...)
	buf = le.AppendUint32(buf, uint32(len(spec)))
	buf = append(buf, spec...)
	for _, ev := range events {
		buf = le.AppendUint32(buf, ev.pcr)
		buf = le.AppendUint32(buf, ev.typ)
		buf = le.AppendUint32(buf, uint32(len(banks)))
		for _, alg := range banks {
			buf = le.AppendUint16(buf, uint16(alg))
			buf = append(buf, ev.digests[alg]...)
		}
		buf = le.AppendUint32(buf, uint32(len(ev.data)))
		buf = append(buf, ev.data...)
	}
	return buf
}

// measureBoot extends the synthetic events into every bank and returns the
// event log that explains the resulting PCRs.
func measureBoot(rw io.ReadWriter, code Code, banks []tpm2.Algorithm) ([]byte, error) {
	events, err := syntheticEvents(code, banks)
	if err != nil {
		return nil, err
	}
	for _, ev := range events {
		for _, alg := range banks {
			if err := tpm2.PCRExtend(rw, tpmutil.Handle(ev.pcr), alg, ev.digests[alg], ""); err != nil {
				return nil, fmt.Errorf("sim: extending PCR %d (%v): %w", ev.pcr, alg, err)
			}
		}
	}
	return encodeLog(events, banks), nil
}

// hashBanks lists the allocated PCR banks whose hash Go implements.
func hashBanks(sels []tpm2.PCRSelection) []tpm2.Algorithm {
	var out []tpm2.Algorithm
	for _, s := range sels {
		if len(s.PCRs) == 0 {
			continue
		}
		if h, err := s.Hash.Hash(); err == nil && h.Available() && h != crypto.Hash(0) {
			out = append(out, s.Hash)
		}
	}
	return out
}
