package devchain

import (
	"context"
	"github.com/vouchpm/vouch/enclave/chain"
	anchor "github.com/vouchpm/vouch/host/chain"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/governance"
)

func TestRunServesRegistryOverHTTP(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var log strings.Builder
	d, err := Run(ctx, Options{CommitInterval: 20 * time.Millisecond, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	if !strings.HasPrefix(d.URL, "http://127.0.0.1:") || d.ChainID != ChainID || len(d.Keys) != 4 {
		t.Fatalf("dev chain %+v", d)
	}
	if !strings.Contains(log.String(), d.Registry.Hex()) || !strings.Contains(log.String(), crypto.PubkeyToAddress(d.Keys[3].PublicKey).Hex()) {
		t.Fatalf("start banner lacks the registry or accounts:\n%s", log.String())
	}

	// Another client, over HTTP: the registry answers and a transaction
	// from a funded dev account gets mined by the commit loop.
	client, err := ethclient.DialContext(ctx, d.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if id, err := client.ChainID(ctx); err != nil || id.Uint64() != ChainID {
		t.Fatalf("chain id %v, %v", id, err)
	}
	if cfg := OsakaConfig(); cfg.AmsterdamTime != nil || cfg.BogotaTime != nil || cfg.OsakaTime == nil {
		t.Fatalf("dev chain rules are not Osaka: %v", cfg)
	}
	w, err := anchor.NewWriter(ctx, client, d.Keys[0], d.Registry)
	if err != nil {
		t.Fatal(err)
	}
	// The default dev governance is account 0 alone (1 of 1).
	dom := wire.Domain{ChainID: d.ChainID, Registry: d.Registry}
	for i, s := range []governance.Statement{
		governance.Allowlist{Allowed: true, Role: chain.RoleScorer, Measurement: [32]byte{1}, Nonce: 0},
		governance.Registration{Role: chain.RoleScorer, Key: crypto.PubkeyToAddress(d.Keys[2].PublicKey), Measurement: [32]byte{1}, Evidence: []byte("ev"), Nonce: 1},
	} {
		sigs, err := governance.Sign(dom, s, d.Keys[0])
		if err != nil {
			t.Fatal(err)
		}
		data, err := s.Calldata(sigs)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Relay(ctx, data, s.PrimaryType()); err != nil {
			t.Fatalf("statement %d: %v", i, err)
		}
	}
	role, err := chain.NewReader(client, d.Registry, chain.ReaderOptions{}).EnclaveRole(ctx, crypto.PubkeyToAddress(d.Keys[2].PublicKey))
	if err != nil || role != chain.RoleScorer {
		t.Fatalf("role over HTTP = %d, %v", role, err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := client.ChainID(ctx); err == nil {
		t.Fatal("RPC still answers after Close")
	}
}

func TestDevKeysAreStable(t *testing.T) {
	a, b := DevKey(1), DevKey(1)
	if crypto.PubkeyToAddress(a.PublicKey) != crypto.PubkeyToAddress(b.PublicKey) ||
		crypto.PubkeyToAddress(a.PublicKey) == crypto.PubkeyToAddress(DevKey(2).PublicKey) {
		t.Fatal("dev keys are not deterministic and distinct")
	}
}
