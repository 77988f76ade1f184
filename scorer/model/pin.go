package model

import (
	"errors"
	"fmt"

	"github.com/vouchpm/vouch/models"
)

// ErrBadManifest means a model manifest file does not parse or lacks a pinned digest.
var ErrBadManifest = errors.New("model: invalid manifest")

// PinFromManifest adapts a models.Manifest: modelHash is models.ModelHash (SHA-256 of
// the canonical CBOR of {"prompt", "parameters", "weightsDigest"}).
func PinFromManifest(m models.Manifest) (Pin, error) {
	h, err := models.ModelHash(m)
	if err != nil {
		return Pin{}, fmt.Errorf("%w: %w", ErrBadManifest, err)
	}
	return Pin{Name: m.Name, WeightsDigest: m.WeightsDigest, Prompt: m.Prompt, Options: m.Options(), Hash: h, TestOnly: m.TestOnly, BytesPerToken: m.BytesPerToken,
		ModelLayerDigest: m.ModelLayerDigest, manifest: m}, nil
}

// ParsePin parses a manifest (package models' JSON format).
func ParsePin(data []byte) (Pin, error) {
	m, err := models.Parse(data)
	if err != nil {
		return Pin{}, fmt.Errorf("%w: %w", ErrBadManifest, err)
	}
	return PinFromManifest(m)
}

// LoadPin reads a manifest file.
func LoadPin(path string) (Pin, error) {
	m, err := models.Load(path)
	if err != nil {
		return Pin{}, fmt.Errorf("%w: %w", ErrBadManifest, err)
	}
	return PinFromManifest(m)
}
