package attestation

import (
	"bytes"
	"fmt"

	"github.com/fxamacker/cbor/v2"
)

// Limits on untrusted CBOR. They apply to evidence and to every wire message
// that reuses this codec.
const (
	MaxEvidenceSize  = 1 << 20
	maxNestedLevels  = 16
	maxArrayElements = 4096
	maxMapPairs      = 256
)

// Codec is the canonical CBOR codec shared by every vouch wire format:
// core deterministic encoding, strict decoding.
type Codec struct {
	enc cbor.EncMode
	dec cbor.DecMode
}

// NewCodec returns the canonical codec. maxSize bounds the input of Unmarshal.
func NewCodec() Codec {
	enc, err := cbor.CoreDetEncOptions().EncMode()
	if err != nil {
		panic(fmt.Sprintf("attestation: cbor encoder options: %v", err))
	}
	dec, err := cbor.DecOptions{
		DupMapKey:         cbor.DupMapKeyEnforcedAPF,
		IndefLength:       cbor.IndefLengthForbidden,
		TagsMd:            cbor.TagsForbidden,
		ExtraReturnErrors: cbor.ExtraDecErrorUnknownField,
		MaxNestedLevels:   maxNestedLevels,
		MaxArrayElements:  maxArrayElements,
		MaxMapPairs:       maxMapPairs,
		UTF8:              cbor.UTF8RejectInvalid,
	}.DecMode()
	if err != nil {
		panic(fmt.Sprintf("attestation: cbor decoder options: %v", err))
	}
	return Codec{enc: enc, dec: dec}
}

// Marshal encodes v canonically.
func (c Codec) Marshal(v any) ([]byte, error) { return c.enc.Marshal(v) }

// Unmarshal decodes data strictly into v and refuses any input that does not
// re-encode to the same bytes, so that one value has exactly one encoding.
func (c Codec) Unmarshal(data []byte, v any) error {
	if err := c.dec.Unmarshal(data, v); err != nil {
		return err
	}
	again, err := c.enc.Marshal(v)
	if err != nil {
		return err
	}
	if !bytes.Equal(again, data) {
		return fmt.Errorf("not in canonical CBOR form")
	}
	return nil
}
