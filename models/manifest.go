// Package models loads the manifests that pin a scoring model (ollama tag,
// weights digest, system prompt, sampling parameters) and derives modelHash.
// It runs wherever a score is made or checked: the scorer enclave, the host, the user's machine.
package models

import (
	"bytes"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// MaxManifestSize bounds a manifest file; real ones are a few KB.
const MaxManifestSize = 64 << 10

var (
	// ErrInvalidManifest is the root of every refusal to load a manifest.
	ErrInvalidManifest = errors.New("invalid model manifest")
	// ErrMissingDigest means the manifest pins no weights digest, so no
	// served model could ever be checked against it.
	ErrMissingDigest = fmt.Errorf("%w: weightsDigest is empty (pin the digest /api/tags reports)", ErrInvalidManifest)
	// ErrUnknownManifest means no embedded manifest has the requested id.
	ErrUnknownManifest = errors.New("unknown embedded model manifest")
)

// Manifest pins one scoring model.
type Manifest struct {
	// Name is the ollama model tag, e.g. "gemma3:4b".
	Name string `json:"name"`
	// WeightsDigest is the model digest /api/tags reports: 64 lowercase
	// hex, no "sha256:" prefix. It is the SHA-256 of ollama's model
	// manifest, which names the weights layer, template and parameters.
	WeightsDigest string `json:"weightsDigest"`
	// ModelLayerDigest is the SHA-256 of the GGUF weights layer itself
	// (informational, 64 hex; optional). WeightsDigest already covers it.
	ModelLayerDigest string `json:"modelLayerDigest,omitempty"`
	// Prompt is the system prompt given to the model with every diff.
	Prompt string `json:"prompt"`
	// Parameters are ollama options (temperature, seed, num_ctx, ...).
	// Values are int64, float64, string, bool or []string.
	Parameters map[string]any `json:"parameters"`
	// Description says what the model is and where its digest came from.
	Description string `json:"description"`
	// TestOnly marks a model that must never score real releases.
	TestOnly bool `json:"testOnly"`
	// BytesPerToken is how many diff bytes one token of this model's
	// tokenizer covers, at the low end (optional; the scorer assumes 3).
	// The scorer sizes each diff part by it so that a part fits num_ctx:
	// ollama silently cuts an over-long prompt. Not part of modelHash.
	BytesPerToken float64 `json:"bytesPerToken,omitempty"`
}

// parameterKinds lists the ollama options a manifest may set, with the
// JSON kind each takes. Anything else is a typo or a new option to review.
var parameterKinds = map[string]string{
	"temperature": "number", "seed": "integer", "num_ctx": "integer",
	"num_predict": "integer", "top_k": "integer", "top_p": "number",
	"min_p": "number", "typical_p": "number", "repeat_penalty": "number",
	"repeat_last_n": "integer", "presence_penalty": "number",
	"frequency_penalty": "number", "num_batch": "integer", "num_keep": "integer",
	"num_thread": "integer",
	"stop":       "strings",
}

// Parse decodes and validates a manifest. Unknown fields are refused.
func Parse(data []byte) (Manifest, error) {
	if len(data) > MaxManifestSize {
		return Manifest{}, fmt.Errorf("%w: %d bytes, more than %d", ErrInvalidManifest, len(data), MaxManifestSize)
	}
	var raw struct {
		Name             string                     `json:"name"`
		WeightsDigest    string                     `json:"weightsDigest"`
		ModelLayerDigest string                     `json:"modelLayerDigest"`
		Prompt           string                     `json:"prompt"`
		Parameters       map[string]json.RawMessage `json:"parameters"`
		Description      string                     `json:"description"`
		TestOnly         bool                       `json:"testOnly"`
		BytesPerToken    float64                    `json:"bytesPerToken"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return Manifest{}, fmt.Errorf("%w: %w", ErrInvalidManifest, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Manifest{}, fmt.Errorf("%w: trailing data after the JSON object", ErrInvalidManifest)
	}
	m := Manifest{
		Name:             raw.Name,
		WeightsDigest:    raw.WeightsDigest,
		ModelLayerDigest: raw.ModelLayerDigest,
		Prompt:           raw.Prompt,
		Parameters:       make(map[string]any, len(raw.Parameters)),
		Description:      raw.Description,
		TestOnly:         raw.TestOnly,
		BytesPerToken:    raw.BytesPerToken,
	}
	for k, v := range raw.Parameters {
		val, err := parseParameter(k, v)
		if err != nil {
			return Manifest{}, err
		}
		m.Parameters[k] = val
	}
	if err := m.Validate(); err != nil {
		return Manifest{}, err
	}
	return m, nil
}

// Load reads and validates the manifest file at path.
func Load(path string) (Manifest, error) {
	f, err := os.Open(path)
	if err != nil {
		return Manifest{}, fmt.Errorf("load model manifest: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxManifestSize+1))
	if err != nil {
		return Manifest{}, fmt.Errorf("load model manifest %s: %w", path, err)
	}
	m, err := Parse(data)
	if err != nil {
		return Manifest{}, fmt.Errorf("model manifest %s: %w", path, err)
	}
	return m, nil
}

//go:embed *.json
var embedded embed.FS

// EmbeddedIDs lists the manifests built into vouch ("gemma3-4b", "tiny-test").
func EmbeddedIDs() []string {
	entries, _ := embedded.ReadDir(".") // the embedded root always exists
	var ids []string
	for _, e := range entries {
		ids = append(ids, strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(ids)
	return ids
}

// Embedded returns the built-in manifest with the given id.
func Embedded(id string) (Manifest, error) {
	if !slices.Contains(EmbeddedIDs(), id) {
		return Manifest{}, fmt.Errorf("%w: %q (have %s)", ErrUnknownManifest, id, strings.Join(EmbeddedIDs(), ", "))
	}
	data, err := embedded.ReadFile(path.Clean(id + ".json"))
	if err != nil {
		return Manifest{}, fmt.Errorf("embedded model manifest %s: %w", id, err)
	}
	m, err := Parse(data)
	if err != nil {
		return Manifest{}, fmt.Errorf("embedded model manifest %s: %w", id, err)
	}
	return m, nil
}

// Validate checks the fields a score depends on. Scores must be
// reproducible, so temperature must be 0 and a seed must be set.
func (m Manifest) Validate() error {
	if m.Name == "" {
		return fmt.Errorf("%w: name (the ollama tag) is empty", ErrInvalidManifest)
	}
	if m.WeightsDigest == "" {
		return fmt.Errorf("model %s: %w", m.Name, ErrMissingDigest)
	}
	if !isDigest(m.WeightsDigest) {
		return fmt.Errorf("%w: model %s: weightsDigest %q is not 64 lowercase hex digits", ErrInvalidManifest, m.Name, m.WeightsDigest)
	}
	if m.ModelLayerDigest != "" && !isDigest(m.ModelLayerDigest) {
		return fmt.Errorf("%w: model %s: modelLayerDigest %q is not 64 lowercase hex digits", ErrInvalidManifest, m.Name, m.ModelLayerDigest)
	}
	if m.BytesPerToken != 0 && !(m.BytesPerToken >= 0.25 && m.BytesPerToken <= 16) {
		return fmt.Errorf("%w: model %s: bytesPerToken %v is outside 0.25..16", ErrInvalidManifest, m.Name, m.BytesPerToken)
	}
	if strings.TrimSpace(m.Prompt) == "" {
		return fmt.Errorf("%w: model %s: prompt is empty", ErrInvalidManifest, m.Name)
	}
	for k, v := range m.Parameters {
		if err := checkParameter(k, v); err != nil {
			return err
		}
	}
	if t, ok := m.Parameters["temperature"]; !ok || !isZero(t) {
		return fmt.Errorf("%w: model %s: parameters.temperature must be 0 so scores can be reproduced", ErrInvalidManifest, m.Name)
	}
	if _, ok := m.Parameters["seed"]; !ok {
		return fmt.Errorf("%w: model %s: parameters.seed must be set so scores can be reproduced", ErrInvalidManifest, m.Name)
	}
	return nil
}

// Options returns a copy of the parameters as ollama request options.
// (A map, not api.Options: the typed struct drops temperature 0.)
func (m Manifest) Options() map[string]any {
	opts := make(map[string]any, len(m.Parameters))
	for k, v := range m.Parameters {
		if s, ok := v.([]string); ok {
			v = slices.Clone(s)
		}
		opts[k] = v
	}
	return opts
}

func isDigest(s string) bool {
	if len(s) != 64 || strings.ToLower(s) != s {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// canonicalNumber returns f as int64 when it is a whole number in range,
// so 0 and 0.0 (or 1e3 and 1000) hash the same.
func canonicalNumber(f float64) any {
	if f == math.Trunc(f) && f >= -(1<<63) && f < 1<<63 {
		return int64(f)
	}
	return f
}

func isInt(v any) bool {
	_, ok := v.(int64)
	return ok
}

func isZero(v any) bool {
	switch v := v.(type) {
	case int64:
		return v == 0
	case float64:
		return v == 0
	}
	return false
}

// parseParameter turns a JSON value into the canonical Go type the hash
// encodes: integers as int64, other numbers as float64.
func parseParameter(key string, raw json.RawMessage) (any, error) {
	kind, ok := parameterKinds[key]
	if !ok {
		return nil, fmt.Errorf("%w: unknown parameter %q", ErrInvalidManifest, key)
	}
	bad := func(err error) error {
		return fmt.Errorf("%w: parameter %s must be %s: %w", ErrInvalidManifest, key, kindName(kind), err)
	}
	switch kind {
	case "strings":
		var s []string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, bad(err)
		}
		if s == nil {
			s = []string{}
		}
		return s, nil
	case "integer", "number":
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			return nil, bad(err)
		}
		n, ok := v.(json.Number)
		if !ok {
			return nil, bad(fmt.Errorf("got %s", raw))
		}
		if i, err := strconv.ParseInt(n.String(), 10, 64); err == nil {
			return i, nil
		}
		f, err := strconv.ParseFloat(n.String(), 64)
		if err != nil || math.IsInf(f, 0) {
			return nil, bad(fmt.Errorf("%s is not a finite number", n))
		}
		if v := canonicalNumber(f); kind == "number" || isInt(v) {
			return v, nil
		}
		return nil, bad(fmt.Errorf("%s is not a 64-bit integer", n))
	}
	return nil, fmt.Errorf("%w: parameter %s has unsupported kind %s", ErrInvalidManifest, key, kind)
}

// checkParameter validates a parameter value set in Go (not from JSON).
func checkParameter(key string, v any) error {
	kind, ok := parameterKinds[key]
	if !ok {
		return fmt.Errorf("%w: unknown parameter %q", ErrInvalidManifest, key)
	}
	switch v := v.(type) {
	case int64:
		if kind != "strings" {
			return nil
		}
	case float64:
		if kind == "number" && !math.IsNaN(v) && !math.IsInf(v, 0) {
			return nil
		}
	case []string:
		if kind == "strings" {
			return nil
		}
	}
	return fmt.Errorf("%w: parameter %s must be %s, not %T", ErrInvalidManifest, key, kindName(kind), v)
}

func kindName(kind string) string {
	switch kind {
	case "strings":
		return "a list of strings"
	case "integer":
		return "an integer"
	}
	return "a number"
}
