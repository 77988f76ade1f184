package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/enclave"
)

func TestRunRefusesWhatIsNotBuiltIn(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "coordinator.json")
	if err := os.WriteFile(cfg, []byte(`{"chainId":1337,"registry":"0x5FbDB2315678afecb367f032d99180aa3e3c7aaa","npmRegistry":"https://127.0.0.1:4873"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	sim := map[string]platformOpener{"sim": func(context.Context, platformArgs) (*Platform, error) { return nil, os.ErrNotExist }}
	tests := []struct {
		name      string
		args      []string
		platforms map[string]platformOpener
		chain     chainOpener
		want      string
	}{
		{"unknown platform", []string{"-config", cfg, "-platform", "sgx"}, sim, nil, `platform "sgx" is not built`},
		{"no chain view", []string{"-config", cfg, "-platform", "sim"}, sim, nil, "no chain view"},
		{"platform fails", []string{"-config", cfg, "-platform", "sim"}, sim,
			func(context.Context, *enclave.Config) (enclave.ChainView, error) { return nil, nil }, "opening platform sim"},
		{"http registry", []string{"-config", writeConfig(t, `{"chainId":1,"registry":"0x5FbDB2315678afecb367f032d99180aa3e3c7aaa","npmRegistry":"http://x"}`)}, sim, nil, "must be an https URL"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := run(tc.args, tc.platforms, tc.chain)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("run: %v, want an error saying %q", err, tc.want)
			}
		})
	}
}

func writeConfig(t *testing.T, s string) string {
	p := filepath.Join(t.TempDir(), "c.json")
	if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSessionSealerRefusesRollbackAndOtherRuns: the Nitro/SGX state sealer
// opens only the newest blob of its own run.
func TestSessionSealerRefusesRollbackAndOtherRuns(t *testing.T) {
	sealer, _ := newSessionSealer(rand.Reader)
	otherRun, _ := newSessionSealer(rand.Reader)
	s, other := sealer.StateSealer(), otherRun.StateSealer()
	old, _, _ := s.SealVersioned([]byte("one"))
	cur, _, _ := s.SealVersioned([]byte("two"))
	if pt, _, err := s.UnsealVersioned(cur); err != nil || string(pt) != "two" {
		t.Fatalf("newest: %q, %v", pt, err)
	}
	if _, _, err := s.UnsealVersioned(old); !errors.Is(err, enclave.ErrRollback) {
		t.Fatalf("older: %v, want ErrRollback", err)
	}
	if _, _, err := other.UnsealVersioned(cur); err == nil {
		t.Fatal("another run opened the blob")
	}
	flipped := append([]byte(nil), cur...)
	flipped[len(flipped)-1] ^= 1
	if _, _, err := s.UnsealVersioned(flipped); err == nil {
		t.Fatal("a flipped blob opened")
	}
	tok, _ := sealer.Seal([]byte("token"))
	if _, _, err := s.UnsealVersioned(tok); err == nil {
		t.Fatal("a token blob opened as state")
	}
}

// FuzzSessionStateUnseal: bytes from the host never open as this run's
// state (they would need the in-memory key) and never panic.
func FuzzSessionStateUnseal(f *testing.F) {
	sealer, _ := newSessionSealer(rand.Reader)
	s := sealer.StateSealer()
	blob, _, _ := s.SealVersioned([]byte("state"))
	f.Add(blob)
	f.Add([]byte{'v'})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		pt, _, err := s.UnsealVersioned(b)
		if err == nil && !bytes.Equal(b, blob) {
			t.Fatalf("foreign bytes opened as state: %q", pt)
		}
	})
}
