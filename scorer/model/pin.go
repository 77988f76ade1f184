package model

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/fxamacker/cbor/v2"
)

// ErrBadManifest means a model manifest file does not parse or lacks a pinned digest.
var ErrBadManifest = errors.New("model: invalid manifest")

// ParsePin reads a model manifest (the JSON of package models: name, weightsDigest,
// prompt, parameters, ...) and computes its modelHash the way models.ModelHash does:
// SHA-256 of the canonical CBOR of {"prompt", "parameters", "weightsDigest"}, whole
// numbers as CBOR integers. Once package models is on main this becomes a thin
// adapter over models.Parse and models.ModelHash.
func ParsePin(data []byte) (Pin, error) {
	var raw struct {
		Name          string                     `json:"name"`
		WeightsDigest string                     `json:"weightsDigest"`
		Prompt        string                     `json:"prompt"`
		Parameters    map[string]json.RawMessage `json:"parameters"`
		// informational fields of the manifest format
		ModelLayerDigest string `json:"modelLayerDigest"`
		Description      string `json:"description"`
		TestOnly         bool   `json:"testOnly"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return Pin{}, fmt.Errorf("%w: %w", ErrBadManifest, err)
	}
	if len(raw.WeightsDigest) != 64 || !isLowerHex(raw.WeightsDigest) {
		return Pin{}, fmt.Errorf("%w: weightsDigest must be 64 lowercase hex", ErrBadManifest)
	}
	if raw.Name == "" || raw.Prompt == "" {
		return Pin{}, fmt.Errorf("%w: name and prompt are required", ErrBadManifest)
	}
	params := make(map[string]any, len(raw.Parameters))
	for k, v := range raw.Parameters {
		val, err := parseParam(v)
		if err != nil {
			return Pin{}, fmt.Errorf("%w: parameter %s: %w", ErrBadManifest, k, err)
		}
		params[k] = val
	}
	em, err := cbor.CoreDetEncOptions().EncMode()
	if err != nil {
		return Pin{}, err
	}
	b, err := em.Marshal(map[string]any{"weightsDigest": raw.WeightsDigest, "prompt": raw.Prompt, "parameters": params})
	if err != nil {
		return Pin{}, fmt.Errorf("%w: %w", ErrBadManifest, err)
	}
	opts := make(map[string]any, len(params))
	for k, v := range params {
		opts[k] = v
	}
	return Pin{Name: raw.Name, WeightsDigest: raw.WeightsDigest, Prompt: raw.Prompt, Options: opts, Hash: sha256.Sum256(b)}, nil
}

// LoadPin reads a manifest file (at most 1 MiB).
func LoadPin(path string) (Pin, error) {
	f, err := os.Open(path)
	if err != nil {
		return Pin{}, fmt.Errorf("model manifest: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, 1<<20))
	if err != nil {
		return Pin{}, fmt.Errorf("model manifest %s: %w", path, err)
	}
	p, err := ParsePin(b)
	if err != nil {
		return Pin{}, fmt.Errorf("model manifest %s: %w", path, err)
	}
	return p, nil
}

func parseParam(raw json.RawMessage) (any, error) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i, nil
		}
		f, err := x.Float64()
		if err != nil {
			return nil, err
		}
		if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
			return int64(f), nil
		}
		return f, nil
	case string, bool:
		return x, nil
	case []any:
		out := make([]string, len(x))
		for i, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, errors.New("arrays must hold strings")
			}
			out[i] = s
		}
		return out, nil
	}
	return nil, fmt.Errorf("unsupported value %s", raw)
}

func isLowerHex(s string) bool {
	for _, c := range s {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
