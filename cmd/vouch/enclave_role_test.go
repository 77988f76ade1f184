package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/host/chain/chaintest"
)

// A key the registry does not know is refused after the wait, however long
// the CLI waited; a registered key passes at once, and a key registered for
// the other role keeps that role.
func TestAwaitEnclaveRole(t *testing.T) {
	ctx := context.Background()
	env, err := chaintest.NewSimulated(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	tests := []struct {
		name     string
		key      func() [20]byte
		want     uint8
		wantRole uint8
		waited   bool
	}{
		{"registered coordinator", func() [20]byte { return chaintest.Addr(env.Coordinator) }, chain.RoleCoordinator, chain.RoleCoordinator, false},
		{"scorer asked to be coordinator", func() [20]byte { return chaintest.Addr(env.Scorer) }, chain.RoleCoordinator, chain.RoleScorer, true},
		{"unknown key", func() [20]byte { return chaintest.Addr(chaintest.Key(99)) }, chain.RoleCoordinator, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var progress bytes.Buffer
			got, err := awaitEnclaveRole(ctx, env.Reader, tc.key(), tc.want, time.Second, &progress)
			if err != nil || got != tc.wantRole {
				t.Fatalf("role = %d, %v; want %d", got, err, tc.wantRole)
			}
			if waited := strings.Contains(progress.String(), "waiting"); waited != tc.waited {
				t.Fatalf("progress %q, want waiting=%v", progress.String(), tc.waited)
			}
		})
	}
}
