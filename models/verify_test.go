package models_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ollama/ollama/api"

	"github.com/vouchpm/vouch/models"
)

type fakeLister struct {
	tags []api.ListModelResponse
	ps   []api.ProcessModelResponse
	err  error
}

func (f fakeLister) List(context.Context) (*api.ListResponse, error) {
	return &api.ListResponse{Models: f.tags}, f.err
}

func (f fakeLister) ListRunning(context.Context) (*api.ProcessResponse, error) {
	return &api.ProcessResponse{Models: f.ps}, f.err
}

func TestVerifyServedModel(t *testing.T) {
	m, err := models.Embedded("tiny-test") // name vouch-tiny-test:latest
	if err != nil {
		t.Fatal(err)
	}
	pinned, other := m.WeightsDigest, "129e633c8319f86b0a410736b6abdfe2824cf397df2c682acacdc669bcaf8491"
	tag := func(name, digest string) api.ListModelResponse {
		return api.ListModelResponse{Name: name, Model: name, Digest: digest}
	}
	listErr := errors.New("connection refused")
	tests := []struct {
		name    string
		lister  fakeLister
		wantErr error
	}{
		{"pinned digest", fakeLister{tags: []api.ListModelResponse{tag("gemma3:4b", other), tag("vouch-tiny-test:latest", pinned)}}, nil},
		{"sha256 prefix", fakeLister{tags: []api.ListModelResponse{tag("vouch-tiny-test:latest", "sha256:"+pinned)}}, nil},
		{"swapped weights", fakeLister{tags: []api.ListModelResponse{tag("vouch-tiny-test:latest", other)}}, models.ErrDigestMismatch},
		{"empty digest served", fakeLister{tags: []api.ListModelResponse{tag("vouch-tiny-test:latest", "")}}, models.ErrDigestMismatch},
		{"other tag of same name", fakeLister{tags: []api.ListModelResponse{tag("vouch-tiny-test:v2", pinned)}}, models.ErrModelNotServed},
		{"prefix of name", fakeLister{tags: []api.ListModelResponse{tag("vouch-tiny", pinned)}}, models.ErrModelNotServed},
		{"nothing served", fakeLister{}, models.ErrModelNotServed},
		{"server down", fakeLister{err: listErr}, listErr},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := models.VerifyServedModel(context.Background(), tt.lister, m)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
				t.Fatalf("VerifyServedModel = %v, want %v", err, tt.wantErr)
			}
			var mm *models.DigestMismatchError
			if errors.As(err, &mm) && (mm.Want != pinned || mm.Model != m.Name) {
				t.Errorf("mismatch error = %+v", mm)
			}
		})
	}

	// A manifest without a tag suffix matches ollama's ":latest".
	short := m
	short.Name = "vouch-tiny-test"
	if err := models.VerifyServedModel(context.Background(), fakeLister{tags: []api.ListModelResponse{tag("vouch-tiny-test:latest", pinned)}}, short); err != nil {
		t.Errorf("short name: %v", err)
	}
	// An invalid manifest is refused before asking the server.
	short.WeightsDigest = ""
	if err := models.VerifyServedModel(context.Background(), fakeLister{err: listErr}, short); !errors.Is(err, models.ErrMissingDigest) {
		t.Errorf("no digest: %v, want ErrMissingDigest", err)
	}
}

func TestVerifyRunningModel(t *testing.T) {
	m, err := models.Embedded("tiny-test")
	if err != nil {
		t.Fatal(err)
	}
	ps := func(digest string) fakeLister {
		return fakeLister{ps: []api.ProcessModelResponse{{Name: m.Name, Model: m.Name, Digest: digest}}}
	}
	if err := models.VerifyRunningModel(context.Background(), ps(m.WeightsDigest), m); err != nil {
		t.Errorf("pinned: %v", err)
	}
	if err := models.VerifyRunningModel(context.Background(), ps("00"+m.WeightsDigest[2:]), m); !errors.Is(err, models.ErrDigestMismatch) {
		t.Errorf("swapped: %v, want ErrDigestMismatch", err)
	}
	if err := models.VerifyRunningModel(context.Background(), fakeLister{}, m); !errors.Is(err, models.ErrModelNotServed) {
		t.Errorf("not loaded: %v, want ErrModelNotServed", err)
	}
}
