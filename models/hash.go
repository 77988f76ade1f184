package models

import (
	"crypto/sha256"
	"fmt"

	"github.com/fxamacker/cbor/v2"
)

// HashInput returns the bytes modelHash is computed over: the canonical
// CBOR (RFC 8949 core deterministic encoding) of the map
//
//	{"prompt": text, "parameters": {name: value, ...}, "weightsDigest": text}
//
// weightsDigest is the 64-hex text as /api/tags reports it; whole numbers
// are CBOR integers (0 and 0.0 hash alike), other numbers the shortest
// float that keeps their value, stop sequences an array of text. Map keys
// sort by their encoded bytes (shorter keys first).
func HashInput(m Manifest) ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	em, err := cbor.CoreDetEncOptions().EncMode()
	if err != nil {
		return nil, fmt.Errorf("model hash: CBOR encoder: %w", err)
	}
	params := make(map[string]any, len(m.Parameters))
	for k, v := range m.Parameters {
		if f, ok := v.(float64); ok {
			v = canonicalNumber(f)
		}
		params[k] = v
	}
	b, err := em.Marshal(map[string]any{
		"weightsDigest": m.WeightsDigest,
		"prompt":        m.Prompt,
		"parameters":    params,
	})
	if err != nil {
		return nil, fmt.Errorf("model hash of %s: %w", m.Name, err)
	}
	return b, nil
}

// ModelHash is SHA-256(HashInput(m)): what a signed score's modelHash
// commits to. Name, description and testOnly are not part of it.
func ModelHash(m Manifest) ([32]byte, error) {
	b, err := HashInput(m)
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(b), nil
}
