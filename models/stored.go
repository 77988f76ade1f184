package models

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Errors of VerifyStoredModel.
var (
	// ErrStoredModel is the root of every refusal of the model files on disk.
	ErrStoredModel = errors.New("stored model refused")
	// ErrWeightsMismatch means a blob in the ollama models folder does not hash
	// to the digest it is stored under, or the weights layer is not the pinned one:
	// whoever can write that folder swapped the weights under the pinned name.
	ErrWeightsMismatch = fmt.Errorf("%w: weights differ from the manifest pin", ErrStoredModel)
)

// maxOllamaManifest bounds ollama's per-tag manifest file (a few hundred bytes).
const maxOllamaManifest = 64 << 10

const mediaTypeModel = "application/vnd.ollama.image.model"

// StoredModel is what VerifyStoredModel hashed.
type StoredModel struct {
	ManifestPath string
	WeightsPath  string
	WeightsBytes int64
	Layers       int // config and layers hashed, weights included
}

// ollamaManifest is ollama's per-tag manifest (manifests/<host>/<ns>/<model>/<tag>).
type ollamaManifest struct {
	SchemaVersion int           `json:"schemaVersion"`
	MediaType     string        `json:"mediaType"`
	Config        OllamaLayer   `json:"config"`
	Layers        []OllamaLayer `json:"layers"`
}

// OllamaLayer is one entry (config or layer) of ollama's per-tag manifest.
type OllamaLayer struct {
	MediaType string `json:"mediaType"`
	Digest    string `json:"digest"`
	Size      int64  `json:"size"`
	From      string `json:"from,omitempty"`
}

// ManifestPath returns where an ollama models folder keeps the manifest of tag
// (for example gemma3:4b -> manifests/registry.ollama.ai/library/gemma3/4b).
func ManifestPath(modelsDir, tag string) (string, error) {
	name, version := tag, "latest"
	if i := strings.LastIndex(tag, ":"); i > strings.LastIndex(tag, "/") {
		name, version = tag[:i], tag[i+1:]
	}
	parts := strings.Split(name, "/")
	switch len(parts) {
	case 1:
		parts = []string{"registry.ollama.ai", "library", parts[0]}
	case 2:
		parts = []string{"registry.ollama.ai", parts[0], parts[1]}
	case 3:
	default:
		return "", fmt.Errorf("%w: model name %q", ErrStoredModel, tag)
	}
	for _, p := range append(parts, version) {
		if p == "" || p == "." || p == ".." || strings.ContainsAny(p, `\`+"\x00") {
			return "", fmt.Errorf("%w: model name %q", ErrStoredModel, tag)
		}
	}
	return filepath.Join(append([]string{modelsDir, "manifests"}, append(parts, version)...)...), nil
}

// ParseOllamaManifest decodes ollama's per-tag manifest strictly: unknown fields,
// trailing data, digests that are not sha256:<64 hex>, negative sizes and a manifest
// without exactly one weights layer are refused.
func ParseOllamaManifest(data []byte) (config OllamaLayer, layers []OllamaLayer, err error) {
	if len(data) > maxOllamaManifest {
		return OllamaLayer{}, nil, fmt.Errorf("%w: ollama manifest of %d bytes", ErrStoredModel, len(data))
	}
	var m ollamaManifest
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return OllamaLayer{}, nil, fmt.Errorf("%w: ollama manifest: %v", ErrStoredModel, err)
	}
	if dec.More() {
		return OllamaLayer{}, nil, fmt.Errorf("%w: ollama manifest: trailing data", ErrStoredModel)
	}
	weights := 0
	for _, l := range append([]OllamaLayer{m.Config}, m.Layers...) {
		if !strings.HasPrefix(l.Digest, "sha256:") || !isDigest(strings.TrimPrefix(l.Digest, "sha256:")) || l.Size < 0 {
			return OllamaLayer{}, nil, fmt.Errorf("%w: ollama manifest layer %q (size %d)", ErrStoredModel, l.Digest, l.Size)
		}
		if l.MediaType == mediaTypeModel {
			weights++
		}
	}
	if weights != 1 {
		return OllamaLayer{}, nil, fmt.Errorf("%w: ollama manifest has %d weights layers, want 1", ErrStoredModel, weights)
	}
	return m.Config, m.Layers, nil
}

// VerifyStoredModel hashes, in the ollama models folder the scorer shares with the
// ollama it starts, everything ollama loads for m.Name: the per-tag manifest must hash
// to m.WeightsDigest (what /api/tags reports), its weights layer must be
// m.ModelLayerDigest, and every blob (weights, template, parameters, config) must hash
// to the digest it is stored under. /api/tags only reports the manifest's digest, so a
// blob swapped on disk under the same name passes every API check; this one fails.
// The GGUF is read in full each time (about 2 s for a 3 GB model).
func VerifyStoredModel(modelsDir string, m Manifest) (StoredModel, error) {
	if err := m.Validate(); err != nil {
		return StoredModel{}, err
	}
	if m.ModelLayerDigest == "" {
		return StoredModel{}, fmt.Errorf("%w: manifest %s pins no modelLayerDigest (the SHA-256 of the GGUF): nothing to check the weights against", ErrStoredModel, m.Name)
	}
	mp, err := ManifestPath(modelsDir, m.Name)
	if err != nil {
		return StoredModel{}, err
	}
	out := StoredModel{ManifestPath: mp}
	data, err := readLimited(mp, maxOllamaManifest)
	if err != nil {
		return out, fmt.Errorf("%w: model %s: %v", ErrStoredModel, m.Name, err)
	}
	if got := sha256Hex(data); got != m.WeightsDigest {
		return out, fmt.Errorf("%w: model %s: %s hashes to %s, manifest pins %s", ErrWeightsMismatch, m.Name, mp, got, m.WeightsDigest)
	}
	config, layers, err := ParseOllamaManifest(data)
	if err != nil {
		return out, fmt.Errorf("model %s: %w", m.Name, err)
	}
	for _, l := range append([]OllamaLayer{config}, layers...) {
		hexDigest := strings.TrimPrefix(l.Digest, "sha256:")
		if l.MediaType == mediaTypeModel && hexDigest != m.ModelLayerDigest {
			return out, fmt.Errorf("%w: model %s: weights layer %s, manifest pins %s", ErrWeightsMismatch, m.Name, hexDigest, m.ModelLayerDigest)
		}
		blob := filepath.Join(modelsDir, "blobs", "sha256-"+hexDigest)
		got, n, err := hashFile(blob)
		if err != nil {
			return out, fmt.Errorf("%w: model %s: %v", ErrStoredModel, m.Name, err)
		}
		if got != hexDigest || n != l.Size {
			return out, fmt.Errorf("%w: model %s: blob %s holds %d bytes hashing to %s (want %d bytes, %s)", ErrWeightsMismatch, m.Name, blob, n, got, l.Size, hexDigest)
		}
		if l.MediaType == mediaTypeModel {
			out.WeightsPath, out.WeightsBytes = blob, n
		}
		out.Layers++
	}
	return out, nil
}

func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s: more than %d bytes", path, limit)
	}
	return b, nil
}

func hashFile(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", n, fmt.Errorf("read %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
