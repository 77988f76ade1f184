package devchain

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/vouchpm/vouch/enclave/chain"
	anchor "github.com/vouchpm/vouch/host/chain"
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
	if _, err := w.RegisterEnclave(ctx, chain.RoleScorer, crypto.PubkeyToAddress(d.Keys[2].PublicKey), [32]byte{1}, []byte("ev")); err != nil {
		t.Fatal(err)
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
