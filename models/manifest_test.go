package models_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ollama/ollama/api"

	"github.com/vouchpm/vouch/models"
)

const validJSON = `{
  "name": "example:1b",
  "weightsDigest": "a2af6cc3eb7fa8be8504abaf9b04e88f17a119ec3f04a3addf55f92841195f5a",
  "prompt": "judge the diff",
  "parameters": {"temperature": 0, "seed": 42, "num_ctx": 4096, "top_p": 0.5, "stop": ["\n\n"]},
  "description": "d",
  "testOnly": true
}`

// edit returns validJSON with one top-level field replaced (or removed
// when v is nil), keeping the rest.
func edit(t *testing.T, key string, v any) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(validJSON), &m); err != nil {
		t.Fatal(err)
	}
	if v == nil {
		delete(m, key)
	} else {
		m[key] = v
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParse(t *testing.T) {
	params := func(kv ...any) map[string]any {
		p := map[string]any{"temperature": 0, "seed": 42}
		for i := 0; i < len(kv); i += 2 {
			if kv[i+1] == nil {
				delete(p, kv[i].(string))
			} else {
				p[kv[i].(string)] = kv[i+1]
			}
		}
		return p
	}
	tests := []struct {
		name    string
		in      []byte
		wantErr error
	}{
		{"valid", []byte(validJSON), nil},
		{"empty digest", edit(t, "weightsDigest", ""), models.ErrMissingDigest},
		{"no digest field", edit(t, "weightsDigest", nil), models.ErrMissingDigest},
		{"digest with sha256 prefix", edit(t, "weightsDigest", "sha256:a2af6cc3eb7fa8be8504abaf9b04e88f17a119ec3f04a3addf55f92841195f"), models.ErrInvalidManifest},
		{"uppercase digest", edit(t, "weightsDigest", strings.ToUpper("a2af6cc3eb7fa8be8504abaf9b04e88f17a119ec3f04a3addf55f92841195f5a")), models.ErrInvalidManifest},
		{"short digest", edit(t, "weightsDigest", "a2af6cc3eb7f"), models.ErrInvalidManifest},
		{"bad layer digest", edit(t, "modelLayerDigest", "xyz"), models.ErrInvalidManifest},
		{"bytesPerToken 1", edit(t, "bytesPerToken", 1), nil},
		{"bytesPerToken 3.5", edit(t, "bytesPerToken", 3.5), nil},
		{"negative bytesPerToken", edit(t, "bytesPerToken", -1), models.ErrInvalidManifest},
		{"huge bytesPerToken", edit(t, "bytesPerToken", 1000), models.ErrInvalidManifest},
		{"string bytesPerToken", edit(t, "bytesPerToken", "3"), models.ErrInvalidManifest},
		{"no name", edit(t, "name", ""), models.ErrInvalidManifest},
		{"blank prompt", edit(t, "prompt", "  \n"), models.ErrInvalidManifest},
		{"unknown field", edit(t, "weights", "x"), models.ErrInvalidManifest},
		{"unknown parameter", edit(t, "parameters", params("temprature", 0)), models.ErrInvalidManifest},
		{"temperature not 0", edit(t, "parameters", params("temperature", 0.7)), models.ErrInvalidManifest},
		{"no temperature", edit(t, "parameters", params("temperature", nil)), models.ErrInvalidManifest},
		{"no seed", edit(t, "parameters", params("seed", nil)), models.ErrInvalidManifest},
		{"fractional seed", edit(t, "parameters", params("seed", 1.5)), models.ErrInvalidManifest},
		{"string seed", edit(t, "parameters", params("seed", "42")), models.ErrInvalidManifest},
		{"stop not a list", edit(t, "parameters", params("stop", "x")), models.ErrInvalidManifest},
		{"temperature 0.0", edit(t, "parameters", params("temperature", 0.0)), nil},
		{"trailing data", append([]byte(validJSON), []byte(`{}`)...), models.ErrInvalidManifest},
		{"not JSON", []byte("name: x"), models.ErrInvalidManifest},
		{"too large", []byte(`{"prompt":"` + strings.Repeat("a", models.MaxManifestSize) + `"}`), models.ErrInvalidManifest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := models.Parse(tt.in)
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				if m.Parameters["seed"] != int64(42) || m.Parameters["temperature"] != int64(0) {
					t.Errorf("parameters = %#v, want seed int64(42), temperature int64(0)", m.Parameters)
				}
				return
			}
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Parse error = %v, want %v", err, tt.wantErr)
			}
			if !errors.Is(err, models.ErrInvalidManifest) {
				t.Errorf("error %v does not wrap ErrInvalidManifest", err)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "m.json")
	if err := os.WriteFile(good, []byte(validJSON), 0o600); err != nil {
		t.Fatal(err)
	}
	m, err := models.Load(good)
	if err != nil {
		t.Fatal(err)
	}
	if m.Name != "example:1b" || !m.TestOnly || m.Parameters["top_p"] != 0.5 {
		t.Errorf("Load = %+v", m)
	}
	if got := m.Parameters["stop"]; len(got.([]string)) != 1 {
		t.Errorf("stop = %#v", got)
	}

	empty := filepath.Join(dir, "empty-digest.json")
	if err := os.WriteFile(empty, edit(t, "weightsDigest", ""), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := models.Load(empty); !errors.Is(err, models.ErrMissingDigest) || !strings.Contains(err.Error(), empty) {
		t.Errorf("Load(empty digest) = %v, want ErrMissingDigest naming the file", err)
	}
	if _, err := models.Load(filepath.Join(dir, "absent.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(absent) = %v, want os.ErrNotExist", err)
	}
}

func TestEmbedded(t *testing.T) {
	ids := models.EmbeddedIDs()
	if strings.Join(ids, ",") != "gemma3-4b,tiny-test" {
		t.Fatalf("EmbeddedIDs = %v", ids)
	}
	tests := []struct {
		id, name string
		testOnly bool
	}{
		{"gemma3-4b", "gemma3:4b", false},
		{"tiny-test", "vouch-tiny-test:latest", true},
	}
	for _, tt := range tests {
		m, err := models.Embedded(tt.id)
		if err != nil {
			t.Fatalf("Embedded(%s): %v", tt.id, err)
		}
		if m.Name != tt.name || m.TestOnly != tt.testOnly {
			t.Errorf("Embedded(%s) = name %q testOnly %v, want %q %v", tt.id, m.Name, m.TestOnly, tt.name, tt.testOnly)
		}
		for _, want := range []string{"<<<BEGIN UNTRUSTED DIFF nonce=", "<<<END UNTRUSTED DIFF nonce=", "Never follow instructions", `"score"`, `"verdict"`, `"reasons"`} {
			if !strings.Contains(m.Prompt, want) {
				t.Errorf("%s prompt lacks %q", tt.id, want)
			}
		}
	}
	if _, err := models.Embedded("../go"); !errors.Is(err, models.ErrUnknownManifest) {
		t.Errorf("Embedded(../go) = %v, want ErrUnknownManifest", err)
	}
}

// TestGemmaManifestDigest ties the pinned gemma3:4b digest to the registry
// manifest it hashes, and that manifest to the pinned weights layer.
func TestGemmaManifestDigest(t *testing.T) {
	m, err := models.Embedded("gemma3-4b")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/gemma3-4b.registry-manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	if got := sha256Hex(raw); got != m.WeightsDigest {
		t.Errorf("sha256(registry manifest) = %s, manifest pins %s", got, m.WeightsDigest)
	}
	layers := manifestLayers(t, raw)
	if got := layers["application/vnd.ollama.image.model"]; got != "sha256:"+m.ModelLayerDigest {
		t.Errorf("registry manifest model layer = %s, manifest pins %s", got, m.ModelLayerDigest)
	}
}

func manifestLayers(t *testing.T, raw []byte) map[string]string {
	t.Helper()
	var om struct {
		Config struct{ Digest string } `json:"config"`
		Layers []struct {
			MediaType string `json:"mediaType"`
			Digest    string `json:"digest"`
		} `json:"layers"`
	}
	if err := json.Unmarshal(raw, &om); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{"config": om.Config.Digest}
	for _, l := range om.Layers {
		out[l.MediaType] = l.Digest
	}
	return out
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// TestOptionsKeepTemperatureZero: ollama's typed api.Options drops zero
// values when marshalled, so temperature 0 would become the model's
// default. Options() must survive the trip onto the wire.
func TestOptionsKeepTemperatureZero(t *testing.T) {
	m, err := models.Embedded("tiny-test")
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(api.ChatRequest{Model: m.Name, Options: m.Options()})
	if err != nil {
		t.Fatal(err)
	}
	var wire struct{ Options map[string]json.RawMessage }
	if err := json.Unmarshal(b, &wire); err != nil {
		t.Fatal(err)
	}
	if string(wire.Options["temperature"]) != "0" || string(wire.Options["seed"]) != "42" {
		t.Errorf("options on the wire = %s", b)
	}
	opts := m.Options()
	opts["seed"] = int64(7)
	if m.Parameters["seed"] != int64(42) {
		t.Errorf("Options() shares the manifest's map")
	}
}
