package main

import (
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/enclave"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/registry/verdaccio"
	"github.com/vouchpm/vouch/host/store"
)

// TestRepublishOverOtherBytes is the attack on the leader's exactly-once
// rule: the version is already on the registry with other bytes (squatted,
// or published by a bug), so Verdaccio refuses the release's publish with
// 409. Taking every refusal as "already published" (what the emulator-era
// worker did) would mark the release published while the registry serves
// someone else's tarball; the worker must refuse it. A refused re-publish of
// the release's own bytes is done.
func TestRepublishOverOtherBytes(t *testing.T) {
	ctx := context.Background()
	npm, err := verdaccio.Launch(t.TempDir(), verdaccio.Options{BcryptRounds: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer npm.Stop()
	login, err := npm.NewUser("soak-test", "soak-test-password")
	if err != nil {
		t.Fatal(err)
	}
	token, err := npm.NewToken(login, "soak-test-password", false)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "host.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w := &worker{st: st, registry: npm.URL, token: token, http: &http.Client{}}

	release := func(version, ret string) (store.Release, wire.Release, []byte) {
		tgz, err := npmTarball("soak-attack", version, ret)
		if err != nil {
			t.Fatal(err)
		}
		h := common.Hash(sha256.Sum256(tgz))
		sum := sha512.Sum512(tgz)
		if err := st.PutTarball(ctx, h.Hex(), tgz); err != nil {
			t.Fatal(err)
		}
		rj := api.ReleaseJSON{PackageName: "soak-attack", Version: version, Integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:]), ContentHash: h, Nonce: 1}
		wr, err := rj.Wire()
		if err != nil {
			t.Fatal(err)
		}
		return store.Release{ID: version, Package: rj.PackageName, Version: version, ContentHash: h.Hex(), Proposal: mustJSON(api.ProposeRequest{Release: rj})}, wr, tgz
	}

	// The squatter publishes 1.0.0 with its own bytes first.
	_, squat, squatTgz := release("1.0.0", "squatter's code")
	doc, err := enclave.PublishDocument(npm.URL, squat, squatTgz)
	if err != nil {
		t.Fatal(err)
	}
	if code, body, err := w.do(ctx, "PUT", "soak-attack", doc); err != nil || code != http.StatusCreated {
		t.Fatalf("squatter's publish: %d %s %v", code, body, err)
	}

	rel, _, _ := release("1.0.0", "the maintainers' code")
	if err := w.publish(ctx, rel); err == nil {
		t.Fatal("the release was taken as published while the registry holds other bytes for soak-attack@1.0.0")
	} else {
		t.Logf("refused as it should be: %v", err)
	}

	// The release's own bytes, published twice: the second is refused by
	// Verdaccio and is done.
	own, _, _ := release("1.0.1", "the maintainers' code")
	for i := range 2 {
		if err := w.publish(ctx, own); err != nil {
			t.Fatalf("publish #%d of soak-attack@1.0.1: %v", i+1, err)
		}
	}
}
