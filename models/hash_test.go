package models_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/models"
)

// TestHashInputGolden checks the canonical CBOR against bytes written out
// by hand from RFC 8949 §4.2.1, not produced by the encoder under test.
func TestHashInputGolden(t *testing.T) {
	digest := strings.Repeat("ab", 32)
	m := models.Manifest{
		Name:          "ignored:by-the-hash",
		WeightsDigest: digest,
		Prompt:        "p",
		Parameters: map[string]any{
			"temperature": 0.0, // whole number: encoded as integer 0
			"seed":        int64(42),
			"top_p":       0.5,
			"stop":        []string{"x"},
		},
		Description: "also ignored",
	}
	want := "a3" + // map, 3 pairs; keys sorted by encoded bytes
		"66" + hex.EncodeToString([]byte("prompt")) + "61" + hex.EncodeToString([]byte("p")) +
		"6a" + hex.EncodeToString([]byte("parameters")) + "a4" +
		"64" + hex.EncodeToString([]byte("seed")) + "182a" +
		"64" + hex.EncodeToString([]byte("stop")) + "81" + "61" + hex.EncodeToString([]byte("x")) +
		"65" + hex.EncodeToString([]byte("top_p")) + "f93800" + // float16 0.5
		"6b" + hex.EncodeToString([]byte("temperature")) + "00" +
		"6d" + hex.EncodeToString([]byte("weightsDigest")) + "7840" + hex.EncodeToString([]byte(digest))
	got, err := models.HashInput(m)
	if err != nil {
		t.Fatal(err)
	}
	if hex.EncodeToString(got) != want {
		t.Fatalf("HashInput =\n%x\nwant\n%s", got, want)
	}
	h, err := models.ModelHash(m)
	if err != nil {
		t.Fatal(err)
	}
	wantBytes, _ := hex.DecodeString(want)
	if h != sha256.Sum256(wantBytes) {
		t.Errorf("ModelHash = %x, want sha256 of the golden bytes", h)
	}
}

// TestModelHashEmbedded pins the modelHash of the shipped manifests: a
// change to a prompt or parameter must show up here and be deliberate.
func TestModelHashEmbedded(t *testing.T) {
	want := map[string]string{
		"gemma3-4b": "713c7bcca0bf7007f30d6a48ead49a71a0ad8f8c72e6d2e3bb90bc93e87b9522",
		"tiny-test": "6af3b674abaee6d568cdcfbad27969c4227d567c11f3c1d8b8bc07ff609133ef",
	}
	for id, w := range want {
		m, err := models.Embedded(id)
		if err != nil {
			t.Fatal(err)
		}
		h, err := models.ModelHash(m)
		if err != nil {
			t.Fatal(err)
		}
		if got := hex.EncodeToString(h[:]); got != w {
			t.Errorf("ModelHash(%s) = %s, want %s", id, got, w)
		}
	}
}

func TestModelHashSensitivity(t *testing.T) {
	base, err := models.Parse([]byte(validJSON))
	if err != nil {
		t.Fatal(err)
	}
	h0, err := models.ModelHash(base)
	if err != nil {
		t.Fatal(err)
	}
	mutations := map[string]func(*models.Manifest){
		"weights":     func(m *models.Manifest) { m.WeightsDigest = strings.Repeat("0", 64) },
		"prompt":      func(m *models.Manifest) { m.Prompt += " " },
		"seed":        func(m *models.Manifest) { m.Parameters["seed"] = int64(43) },
		"new param":   func(m *models.Manifest) { m.Parameters["num_predict"] = int64(1) },
		"stop":        func(m *models.Manifest) { m.Parameters["stop"] = []string{"\n"} },
		"num_ctx 4k1": func(m *models.Manifest) { m.Parameters["num_ctx"] = int64(4097) },
	}
	for name, mutate := range mutations {
		m := base
		m.Parameters = base.Options()
		mutate(&m)
		h, err := models.ModelHash(m)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if h == h0 {
			t.Errorf("%s: ModelHash unchanged", name)
		}
	}
	same := base
	same.Parameters = base.Options()
	same.Name, same.Description, same.TestOnly = "other", "other", false
	if h, _ := models.ModelHash(same); h != h0 {
		t.Errorf("name/description/testOnly changed ModelHash")
	}
}

func TestModelHashRefusesInvalid(t *testing.T) {
	m, err := models.Parse([]byte(validJSON))
	if err != nil {
		t.Fatal(err)
	}
	m.WeightsDigest = ""
	if _, err := models.ModelHash(m); !errors.Is(err, models.ErrMissingDigest) {
		t.Errorf("ModelHash(no digest) = %v, want ErrMissingDigest", err)
	}
	m, _ = models.Parse([]byte(validJSON))
	m.Parameters["seed"] = 1.5
	if _, err := models.ModelHash(m); !errors.Is(err, models.ErrInvalidManifest) {
		t.Errorf("ModelHash(float seed) = %v, want ErrInvalidManifest", err)
	}
}

func FuzzParse(f *testing.F) {
	for _, id := range models.EmbeddedIDs() {
		m, err := models.Embedded(id)
		if err != nil {
			f.Fatal(err)
		}
		b, err := jsonMarshal(m)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(validJSON))
	f.Add([]byte(`{"parameters":{"seed":1e400}}`))
	f.Add([]byte(`{"parameters":{"temperature":-0.0,"seed":9223372036854775808}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := models.Parse(data)
		if err != nil {
			if !errors.Is(err, models.ErrInvalidManifest) {
				t.Fatalf("Parse error %v does not wrap ErrInvalidManifest", err)
			}
			return
		}
		h1, err := models.ModelHash(m)
		if err != nil {
			t.Fatalf("valid manifest has no hash: %v", err)
		}
		// Round trip: marshal, parse again, same hash.
		b, err := jsonMarshal(m)
		if err != nil {
			t.Fatal(err)
		}
		m2, err := models.Parse(b)
		if err != nil {
			t.Fatalf("re-parse of %s: %v", b, err)
		}
		h2, err := models.ModelHash(m2)
		if err != nil || h1 != h2 {
			t.Fatalf("hash changed after round trip: %x vs %x (%v)", h1, h2, err)
		}
		in1, _ := models.HashInput(m)
		in2, _ := models.HashInput(m2)
		if !bytes.Equal(in1, in2) {
			t.Fatalf("hash input changed after round trip")
		}
	})
}
