package models

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ollama/ollama/api"
)

var (
	// ErrModelNotServed means the ollama server does not have the
	// manifest's tag at all.
	ErrModelNotServed = errors.New("model not served by ollama")
	// ErrDigestMismatch means the server has the tag but with other
	// weights (or template, or parameters) than the manifest pins.
	ErrDigestMismatch = errors.New("served model digest differs from the manifest")
)

// DigestMismatchError carries what was pinned and what was served.
type DigestMismatchError struct {
	Model, Want, Got string
}

func (e *DigestMismatchError) Error() string {
	return fmt.Sprintf("model %s: ollama serves digest %s, manifest pins %s", e.Model, e.Got, e.Want)
}

func (e *DigestMismatchError) Unwrap() error { return ErrDigestMismatch }

// Lister is the part of *api.Client that VerifyServedModel needs.
type Lister interface {
	List(ctx context.Context) (*api.ListResponse, error)
}

// RunningLister is the part of *api.Client that VerifyRunningModel needs.
type RunningLister interface {
	ListRunning(ctx context.Context) (*api.ProcessResponse, error)
}

// VerifyServedModel checks that the server's /api/tags entry for m.Name
// has exactly m.WeightsDigest. Call it before sending a diff to the model.
func VerifyServedModel(ctx context.Context, c Lister, m Manifest) error {
	if err := m.Validate(); err != nil {
		return err
	}
	resp, err := c.List(ctx)
	if err != nil {
		return fmt.Errorf("verify model %s: list ollama models: %w", m.Name, err)
	}
	for _, lm := range resp.Models {
		if sameTag(lm.Name, m.Name) || sameTag(lm.Model, m.Name) {
			return compareDigest(m, lm.Digest)
		}
	}
	return fmt.Errorf("verify model %s: %w (ollama has %d other models)", m.Name, ErrModelNotServed, len(resp.Models))
}

// VerifyRunningModel checks /api/ps: the model loaded under m.Name must
// have m.WeightsDigest. Call it after a chat to show the answer came from
// the pinned weights even if the tag was changed during the request.
func VerifyRunningModel(ctx context.Context, c RunningLister, m Manifest) error {
	if err := m.Validate(); err != nil {
		return err
	}
	resp, err := c.ListRunning(ctx)
	if err != nil {
		return fmt.Errorf("verify running model %s: list loaded ollama models: %w", m.Name, err)
	}
	for _, pm := range resp.Models {
		if sameTag(pm.Name, m.Name) || sameTag(pm.Model, m.Name) {
			return compareDigest(m, pm.Digest)
		}
	}
	return fmt.Errorf("verify running model %s: %w (not loaded)", m.Name, ErrModelNotServed)
}

func compareDigest(m Manifest, got string) error {
	got = strings.TrimPrefix(got, "sha256:")
	if got != m.WeightsDigest {
		return &DigestMismatchError{Model: m.Name, Want: m.WeightsDigest, Got: got}
	}
	return nil
}

// sameTag compares ollama model names, where "x" means "x:latest".
func sameTag(a, b string) bool {
	norm := func(s string) string {
		if i := strings.LastIndex(s, "/"); !strings.Contains(s[i+1:], ":") {
			s += ":latest"
		}
		return s
	}
	return a != "" && norm(a) == norm(b)
}
