package models_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/vouchpm/vouch/models"
	"github.com/vouchpm/vouch/models/ollamatest"
	"github.com/vouchpm/vouch/models/tinygen"
)

// TestTinyManifestPinOffline checks the tiny-test pin without a server:
// the pinned digest is the SHA-256 of the recorded ollama manifest, whose
// layers are exactly the generator's GGUF for seed 1 and tinygen.Template.
// A change to the generator or the template fails here first.
func TestTinyManifestPinOffline(t *testing.T) {
	m, err := models.Embedded("tiny-test")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/tiny-test.ollama-manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	if got := sha256Hex(raw); got != m.WeightsDigest {
		t.Errorf("sha256(recorded ollama manifest) = %s, tiny-test.json pins %s", got, m.WeightsDigest)
	}
	gguf := filepath.Join(t.TempDir(), "tiny.gguf")
	if err := tinygen.WriteFile(gguf, ollamatest.TinySeed); err != nil {
		t.Fatal(err)
	}
	weights, err := os.ReadFile(gguf)
	if err != nil {
		t.Fatal(err)
	}
	if got := sha256Hex(weights); got != m.ModelLayerDigest {
		t.Errorf("sha256(tinygen seed %d) = %s, tiny-test.json pins modelLayerDigest %s", ollamatest.TinySeed, got, m.ModelLayerDigest)
	}
	config, err := os.ReadFile("testdata/tiny-test.ollama-config.json")
	if err != nil {
		t.Fatal(err)
	}
	layers := manifestLayers(t, raw)
	want := map[string]string{
		"config":                                "sha256:" + sha256Hex(config),
		"application/vnd.ollama.image.model":    "sha256:" + sha256Hex(weights),
		"application/vnd.ollama.image.template": "sha256:" + sha256Hex([]byte(tinygen.Template)),
	}
	for k, w := range want {
		if layers[k] != w {
			t.Errorf("recorded manifest %s = %s, want %s", k, layers[k], w)
		}
	}
	if len(layers) != len(want) {
		t.Errorf("recorded manifest has %d entries, want %d", len(layers), len(want))
	}
	var cfg struct{ OS, Architecture string }
	if err := json.Unmarshal(config, &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.OS != runtime.GOOS || cfg.Architecture != runtime.GOARCH {
		t.Logf("pin recorded on %s/%s; ollama on %s/%s will report another digest", cfg.OS, cfg.Architecture, runtime.GOOS, runtime.GOARCH)
	}
	if info, _ := os.Stat(gguf); info.Size() > 1<<20 {
		t.Errorf("tiny model is %d bytes, want under 1 MiB", info.Size())
	}
}

func TestTinygenSeeds(t *testing.T) {
	dir := t.TempDir()
	sums := map[uint64]string{}
	for _, seed := range []uint64{1, 1, 2} {
		p := filepath.Join(dir, "m.gguf")
		if err := tinygen.WriteFile(p, seed); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := sha256Hex(b)
		if prev, ok := sums[seed]; ok && prev != s {
			t.Errorf("seed %d gave %s then %s", seed, prev, s)
		}
		sums[seed] = s
	}
	if sums[1] == sums[2] {
		t.Errorf("seeds 1 and 2 gave the same file")
	}
}
