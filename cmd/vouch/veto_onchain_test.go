package main

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/chain/devchain"
)

// droppingHost describes rel truthfully but answers every veto with 200
// and drops it, as a host operator who wants the release out would. It
// returns its URL and the release ID.
func droppingHost(t *testing.T, d wire.Domain, rel wire.Release) (string, string, *atomic.Int64) {
	t.Helper()
	digest, err := wire.Digest(d, rel)
	if err != nil {
		t.Fatal(err)
	}
	id := wire.HexDigest(digest)
	var vetoes atomic.Int64
	st := api.ReleaseStatus{ID: id, PackageName: rel.PackageName, Version: rel.Version, Nonce: rel.Nonce, State: "window", Threshold: 2,
		Integrity: "sha512-" + base64.StdEncoding.EncodeToString(rel.Integrity), ContentHash: common.Hash(rel.ContentHash).Hex(),
		Signers: []string{}, Vetoes: []api.VetoStatus{}}
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == "POST" && strings.Contains(r.URL.Path, "/veto") {
			vetoes.Add(1) // accepted, and dropped
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(st)
	}))
	t.Cleanup(hs.Close)
	return hs.URL, id, &vetoes
}

// TestVetoDroppedByHost: a host that drops vetoes lets a vetoed release be
// published; `vouch veto --on-chain` puts the signed veto on chain itself, so
// publish() reverts with Vetoed whatever the host does. An unfunded gas
// account, a dead RPC and a refusal by the contract give clear errors.
func TestVetoDroppedByHost(t *testing.T) {
	f := newFlowEnv(t)
	ctx := context.Background()
	k := f.chain.Keys
	if _, err := f.chain.Enroll(ctx, "vetoed-pkg", 2, k[0], k[1], k[2]); err != nil {
		t.Fatal(err)
	}

	// The attack: carol vetoes through the host only; the host drops it and
	// the release is published anyway.
	r1 := chaintest.Release("vetoed-pkg", "1.0.0", 0, "tarball one")
	host1, id1, dropped := droppingHost(t, f.chain.Domain, r1)
	if out := f.as(t, "carol", "veto", id1, "--reason", "credential stealer", "--host", host1); !strings.Contains(out, "vetoed-pkg@1.0.0") || dropped.Load() != 1 {
		t.Fatalf("veto via the host: %s (host saw %d)", out, dropped.Load())
	}
	if _, err := f.chain.Publish(ctx, r1, 90, k[0], k[1]); err != nil {
		t.Fatalf("a veto the host dropped does not stop publish (the attack), yet publish failed: %v", err)
	}

	// The defence: --on-chain.
	r2 := chaintest.Release("vetoed-pkg", "1.0.1", 1, "tarball two")
	host2, id2, _ := droppingHost(t, f.chain.Domain, r2)
	veto := []string{"veto", id2, "--reason", "credential stealer", "--host", host2, "--on-chain"}

	// carol's own key has no ether on this chain: a clear error, nothing sent.
	code, _, errOut := f.try(t, "carol", veto...)
	if code != exitChain || !strings.Contains(errOut, "has no funds") || !strings.Contains(errOut, "--gas-key-file") {
		t.Fatalf("veto --on-chain paid by an unfunded key: exit %d %s", code, errOut)
	}
	// A dead RPC: a clear error.
	code, _, errOut = f.try(t, "carol", append(veto, "--rpc", "http://127.0.0.1:1")...)
	if code != exitChain || !strings.Contains(errOut, "cannot reach the chain") {
		t.Fatalf("veto --on-chain with a dead RPC: exit %d %s", code, errOut)
	}
	// Gas paid by a funded account from a key file (never a key on argv).
	gasFile := filepath.Join(t.TempDir(), "gas.key")
	if err := os.WriteFile(gasFile, []byte(hex.EncodeToString(crypto.FromECDSA(devchain.DevKey(3)))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	veto = append(veto, "--gas-key-file", gasFile)
	// A key that is not a maintainer: the contract's refusal, decoded.
	outsider := filepath.Join(t.TempDir(), "outsider")
	f.dirs["outsider"] = outsider
	if _, err := keystoreImport(outsider, chaintest.Key(7)); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = f.try(t, "outsider", veto...)
	if code != exitFindings || !strings.Contains(errOut, "refused the veto") || !strings.Contains(errOut, "UnknownSigner") {
		t.Fatalf("veto --on-chain by a non-maintainer: exit %d %s", code, errOut)
	}
	code, _, errOut = f.try(t, "carol", veto...)
	if code != 0 || !strings.Contains(errOut, "recorded on chain") {
		t.Fatalf("veto --on-chain: exit %d %s", code, errOut)
	}
	if _, err := f.chain.Publish(ctx, r2, 90, k[0], k[1]); !chain.IsRevert(err, "Vetoed") {
		t.Fatalf("publish after an on-chain veto the host dropped: %v, want Vetoed", err)
	}
}

func keystoreImport(dir string, k *ecdsa.PrivateKey) (any, error) {
	return keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP).ImportECDSA(k, "correct horse")
}
