package relay

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/vouchpm/vouch/enclave/wire"
)

// TestRelayServesTheAttestedConfig: the relay hands over the coordinator's
// canonical configuration, which hashes to the digest its evidence binds.
func TestRelayServesTheAttestedConfig(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a simulated chain and TPM")
	}
	e := newRelayEnv(t, devVerifier(t))
	runCoordinator(t, e.env, filepath.Dir(e.sock), e.sock)
	ctx := context.Background()
	raw, err := e.relay.CoordinatorConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := e.relay.Evidence(ctx, "coordinator", bytes.Repeat([]byte{7}, 32))
	if err != nil {
		t.Fatal(err)
	}
	claims, err := devVerifier(t)(ctx, ev)
	if err != nil {
		t.Fatal(err)
	}
	if d := wire.ConfigDigest(raw); !bytes.Equal(d[:], claims.PolicyDigest) {
		t.Fatalf("relayed configuration %s hashes to %x, the evidence binds %x", raw, d, claims.PolicyDigest)
	}
}
