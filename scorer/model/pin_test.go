package model

import (
	"encoding/hex"
	"errors"
	"testing"
)

// The modelHash of the shipped gemma3:4b manifest, as package models computes it.
const gemmaModelHash = "713c7bcca0bf7007f30d6a48ead49a71a0ad8f8c72e6d2e3bb90bc93e87b9522"

func TestLoadPin(t *testing.T) {
	p, err := LoadPin("../../models/gemma3-4b.json")
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "gemma3:4b" || p.Options["temperature"] != int64(0) || p.Options["seed"] != int64(42) {
		t.Fatalf("pin %+v", p)
	}
	if got := hex.EncodeToString(p.Hash[:]); got != gemmaModelHash {
		t.Fatalf("modelHash %s, want %s", got, gemmaModelHash)
	}
	for _, bad := range []string{`{"name":"x","weightsDigest":"abc","prompt":"p"}`, `{"name":"x","weightsDigest":"` + p.WeightsDigest + `","prompt":"p","extra":1}`, `{"name":"x","weightsDigest":"` + p.WeightsDigest + `","prompt":"p","parameters":{"a":{}}}`} {
		if _, err := ParsePin([]byte(bad)); !errors.Is(err, ErrBadManifest) {
			t.Errorf("ParsePin(%s) err = %v", bad, err)
		}
	}
}
