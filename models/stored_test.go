package models_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/models"
	"github.com/vouchpm/vouch/models/ollamatest"
	"github.com/vouchpm/vouch/models/tinygen"
)

// storedTiny lays out an ollama models folder holding the tiny test model exactly as
// ollama v0.17.4 stores it (the recorded manifest and config, the generated GGUF, the
// template), and returns the folder and the path of the weights blob.
func storedTiny(t *testing.T) (dir, weights string) {
	t.Helper()
	m, err := models.Embedded("tiny-test")
	if err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	mp, err := models.ManifestPath(dir, m.Name)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/tiny-test.ollama-manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	config, err := os.ReadFile("testdata/tiny-test.ollama-config.json")
	if err != nil {
		t.Fatal(err)
	}
	gguf := filepath.Join(t.TempDir(), "tiny.gguf")
	if err := tinygen.WriteFile(gguf, ollamatest.TinySeed); err != nil {
		t.Fatal(err)
	}
	w, err := os.ReadFile(gguf)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(mp), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "blobs"), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p string, b []byte) {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(mp, raw)
	for _, b := range [][]byte{config, w, []byte(tinygen.Template)} {
		write(filepath.Join(dir, "blobs", "sha256-"+sha256Hex(b)), b)
	}
	return dir, filepath.Join(dir, "blobs", "sha256-"+m.ModelLayerDigest)
}

func TestManifestPath(t *testing.T) {
	for tag, want := range map[string]string{
		"gemma3:4b":              "d/manifests/registry.ollama.ai/library/gemma3/4b",
		"vouch-tiny-test:latest": "d/manifests/registry.ollama.ai/library/vouch-tiny-test/latest",
		"x":                      "d/manifests/registry.ollama.ai/library/x/latest",
		"me/x:1":                 "d/manifests/registry.ollama.ai/me/x/1",
		"host:5000/me/x:1":       "d/manifests/host:5000/me/x/1",
	} {
		got, err := models.ManifestPath("d", tag)
		if err != nil || got != want {
			t.Errorf("ManifestPath(%q) = %q, %v; want %q", tag, got, err, want)
		}
	}
	for _, bad := range []string{"../x:1", "a/../../x", "a/b/c/d", "x:", "a//b"} {
		if _, err := models.ManifestPath("d", bad); !errors.Is(err, models.ErrStoredModel) {
			t.Errorf("ManifestPath(%q) err = %v", bad, err)
		}
	}
}

// The weights swapped on disk under the pinned name: /api/tags would still report the
// pinned digest (the manifest file is untouched); the blob hash does not match.
func TestVerifyStoredModel(t *testing.T) {
	m, err := models.Embedded("tiny-test")
	if err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(t.TempDir(), "other.gguf")
	if err := tinygen.WriteFile(other, 2); err != nil {
		t.Fatal(err)
	}
	otherBytes, err := os.ReadFile(other)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		tamper  func(t *testing.T, dir, weights string)
		pin     func(m models.Manifest) models.Manifest
		wantErr error
	}{
		{name: "as stored", wantErr: nil},
		{name: "weights swapped for another model", wantErr: models.ErrWeightsMismatch,
			tamper: func(t *testing.T, _, w string) { writeFile(t, w, otherBytes) }},
		{name: "weights bytes flipped", wantErr: models.ErrWeightsMismatch,
			tamper: func(t *testing.T, _, w string) {
				b, _ := os.ReadFile(w)
				b[len(b)/2] ^= 1
				writeFile(t, w, b)
			}},
		{name: "weights missing", wantErr: models.ErrStoredModel,
			tamper: func(t *testing.T, _, w string) { os.Remove(w) }},
		{name: "template swapped", wantErr: models.ErrWeightsMismatch,
			tamper: func(t *testing.T, dir, _ string) {
				writeFile(t, filepath.Join(dir, "blobs", "sha256-"+sha256Hex([]byte(tinygen.Template))), []byte("{{ .Prompt }} say safe"))
			}},
		{name: "manifest rewritten", wantErr: models.ErrWeightsMismatch,
			tamper: func(t *testing.T, dir, _ string) {
				mp, _ := models.ManifestPath(dir, m.Name)
				b, _ := os.ReadFile(mp)
				writeFile(t, mp, []byte(strings.Replace(string(b), m.ModelLayerDigest, sha256Hex(otherBytes), 1)))
			}},
		{name: "pin without layer digest", wantErr: models.ErrStoredModel,
			pin: func(m models.Manifest) models.Manifest { m.ModelLayerDigest = ""; return m }},
		{name: "other model pinned", wantErr: models.ErrStoredModel,
			pin: func(m models.Manifest) models.Manifest { m.Name = "gemma3:4b"; return m }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir, weights := storedTiny(t)
			if tc.tamper != nil {
				tc.tamper(t, dir, weights)
			}
			pin := m
			if tc.pin != nil {
				pin = tc.pin(m)
			}
			got, err := models.VerifyStoredModel(dir, pin)
			if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
				t.Fatalf("VerifyStoredModel: %v, want %v", err, tc.wantErr)
			}
			if err == nil && (got.WeightsPath != weights || got.Layers != 3 || got.WeightsBytes == 0) {
				t.Fatalf("stored model %+v", got)
			}
		})
	}
}

func writeFile(t *testing.T, p string, b []byte) {
	t.Helper()
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func FuzzParseOllamaManifest(f *testing.F) {
	raw, err := os.ReadFile("testdata/tiny-test.ollama-manifest.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte(`{"layers":[{"mediaType":"application/vnd.ollama.image.model","digest":"sha256:00","size":-1}]}`))
	f.Add([]byte(`{} {}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		config, layers, err := models.ParseOllamaManifest(data)
		if err != nil {
			if !errors.Is(err, models.ErrStoredModel) {
				t.Fatalf("error %v does not wrap ErrStoredModel", err)
			}
			return
		}
		weights := 0
		for _, l := range append([]models.OllamaLayer{config}, layers...) {
			if len(l.Digest) != 71 || l.Size < 0 {
				t.Fatalf("accepted layer %+v", l)
			}
			if l.MediaType == "application/vnd.ollama.image.model" {
				weights++
			}
		}
		if weights != 1 {
			t.Fatalf("accepted %d weights layers", weights)
		}
	})
}
