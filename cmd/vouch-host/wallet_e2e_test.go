package main

import (
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"github.com/vouchpm/vouch/enclave/chain"
	anchor "github.com/vouchpm/vouch/host/chain"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vouchpm/vouch/enclave/chain/testwallet"
	"github.com/vouchpm/vouch/enclave/registrytest"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/chain/devchain"
	"github.com/vouchpm/vouch/scorer/corpus"
)

// TestDevWalletMaintainerAndCIProposer drives vouch-host --dev through its
// API with a maintainer whose key is an EIP-1271 contract wallet (OwnerWallet
// deployed on the dev chain) and a CI proposer key. The wallet enrolls the
// package with a co-maintainer; CI proposes 1.0.0 with its gitSha and run
// URL, which one human approval does not publish (the CI signature never
// counts); the wallet's approval does, and the chain records the gitSha. The
// wallet then proposes 1.0.1 itself and a co-maintainer's approval publishes it.
func TestDevWalletMaintainerAndCIProposer(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs vouch-host, the coordinator and the scorer with Verdaccio")
	}
	reg := registrytest.Start(t, registrytest.Options{TLS: true})
	login := reg.AddUser(t, "wal", "wal-password-1")
	dir := t.TempDir()
	if out, err := exec.Command("go", "build", "-o", dir+"/", ".", "../coordinator", "../scorer").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	caFile := filepath.Join(dir, "npm-ca.pem")
	if err := os.WriteFile(caFile, reg.CAPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	h := startDevHost(t, filepath.Join(dir, "vouch-host"), "--dev", "--data", filepath.Join(dir, "data"), "--listen", "127.0.0.1:0",
		"--rate", "0", "--npm-registry", reg.URL, "--npm-ca", caFile)
	ctx := context.Background()
	ec, err := ethclient.Dial(h.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()

	// The wallet: an OwnerWallet whose owner key signs for it, deployed by
	// dev account 3 (the host sends with account 0).
	owner := newKey("wallet-owner")
	w, err := anchor.NewWriter(ctx, ec, devchain.DevKey(3), h.dom.Registry)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := w.SendRaw(ctx, nil, append(common.FromHex(testwallet.OwnerWalletMetaData.Bin), testwallet.NewOwnerWallet().PackConstructor(owner.addr)...))
	if err != nil {
		t.Fatal(err)
	}
	wallet := rc.ContractAddress
	walletSign := func(d [32]byte) api.SignedBy {
		s := owner.sign(t, d)
		return api.SignedBy{Signer: wallet, Signature: s.Signature}
	}

	m1, m2, ci := newKey("w1"), newKey("w2"), newKey("ci")
	pol := wire.PolicyChange{PackageName: "wallet-pkg", Maintainers: []common.Address{wallet, m1.addr, m2.addr}, Threshold: 2,
		Proposers: []common.Address{ci.addr}}
	pd, _ := wire.Digest(h.dom, wire.Enrollment(pol))
	// The wallet's owner signing in its own name is not the wallet.
	h.do("POST", "/v1/packages", mustJSON(t, api.PolicyRequest{Policy: pol, Signatures: []api.SignedBy{
		{Signer: wallet, Signature: m1.sign(t, pd).Signature}, m1.sign(t, pd)}}), "application/json", 403)
	h.do("POST", "/v1/packages", mustJSON(t, api.PolicyRequest{Policy: pol, Signatures: []api.SignedBy{walletSign(pd), m1.sign(t, pd)}}), "application/json", 201)
	sealToken(t, h, "wallet-pkg", login, m1, m2)

	release := func(version string) (api.ReleaseJSON, [32]byte, []byte) {
		pkgDir := t.TempDir()
		_ = os.WriteFile(filepath.Join(pkgDir, "package.json"), []byte(`{"name":"wallet-pkg","version":"`+version+`"}`), 0o644)
		_ = os.WriteFile(filepath.Join(pkgDir, "index.js"), []byte("module.exports = '"+version+"'\n"), 0o644)
		tgz, err := corpus.Pack(pkgDir)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha512.Sum512(tgz)
		reader := chain.NewReader(ec, h.dom.Registry, chain.ReaderOptions{})
		info, err := reader.Package(ctx, "wallet-pkg")
		if err != nil {
			t.Fatal(err)
		}
		rj := api.ReleaseJSON{PackageName: "wallet-pkg", Version: version, Integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:]),
			ContentHash: common.Hash(sha256.Sum256(tgz)), Nonce: info.Nonce}
		return rj, [32]byte{}, tgz
	}
	submit := func(rj api.ReleaseJSON, tgz []byte, by api.SignedBy) string {
		prop := api.ProposeRequest{Release: rj, SignedBy: by}
		h.doWith("PUT", "/v1/tarballs/"+rj.ContentHash.Hex(), proposalHeader(t, prop), tgz, "application/octet-stream", 201)
		h.do("POST", "/v1/releases", mustJSON(t, prop), "application/json", 201)
		rel, _ := rj.Wire()
		d, _ := wire.Digest(h.dom, rel)
		return wire.HexDigest(d)
	}

	// 1.0.0: CI proposes with its commit and run.
	rj, _, tgz := release("1.0.0")
	gitSha := common.FromHex("0x9f86d081884c7d659a2feaa0c55ad015a3bf4f1b")
	rj.GitSha, rj.CIRunURL = gitSha, "https://github.com/o/wallet-pkg/actions/runs/99"
	rel, _ := rj.Wire()
	rd, _ := wire.Digest(h.dom, rel)
	id := submit(rj, tgz, ci.sign(t, rd))
	// The CI key cannot approve; a human approval makes 1 of 2, not 2.
	h.do("POST", "/v1/releases/"+id+"/signatures", mustJSON(t, ci.sign(t, rd)), "application/json", 403)
	h.do("POST", "/v1/releases/"+id+"/signatures", mustJSON(t, m1.sign(t, rd)), "application/json", 201)
	st := waitState(t, h, id, 30*time.Second, func(st api.ReleaseStatus) bool {
		return st.Enclave != nil && st.Enclave.Score != nil && len(st.Enclave.Approvals) == 2
	})
	if st.State != "pending" || st.Enclave.State != wire.StatePending || st.Enclave.Required != 2 {
		t.Fatalf("CI proposal + 1 human: host %s, enclave %+v", st.State, st.Enclave)
	}
	if st.GitSha != "0x9f86d081884c7d659a2feaa0c55ad015a3bf4f1b" || st.CIRunURL != rj.CIRunURL {
		t.Fatalf("release status gitSha %q ciRunUrl %q", st.GitSha, st.CIRunURL)
	}
	if v := reg.Versions(t, "wallet-pkg"); v != nil {
		t.Fatalf("published with the CI signature and 1 human: %v", v)
	}
	// A signature the wallet refuses, in its name.
	h.do("POST", "/v1/releases/"+id+"/signatures", mustJSON(t, api.SignedBy{Signer: wallet, Signature: m2.sign(t, rd).Signature}), "application/json", 403)
	h.do("POST", "/v1/releases/"+id+"/signatures", mustJSON(t, walletSign(rd)), "application/json", 201)
	st = waitState(t, h, id, 45*time.Second, func(st api.ReleaseStatus) bool { return st.State == "verified" })
	if st.Enclave == nil || st.Enclave.State != wire.StatePublished {
		t.Fatalf("enclave account: %+v", st.Enclave)
	}
	info, err := chain.NewReader(ec, h.dom.Registry, chain.ReaderOptions{}).Release(ctx, "wallet-pkg", "1.0.0")
	if err != nil || !info.Recorded() || info.SignerCount != 2 {
		t.Fatalf("on-chain record %+v, %v", info, err)
	}
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{h.dom.Registry}})
	if err != nil {
		t.Fatal(err)
	}
	var pub *chain.VouchRegistryPublished
	for i := range logs {
		if e, err := chain.NewVouchRegistry().UnpackPublishedEvent(&logs[i]); err == nil && e.Release.Version == "1.0.0" {
			pub = e
		}
	}
	if pub == nil || common.Bytes2Hex(pub.Release.GitSha[:]) != common.Bytes2Hex(gitSha) || pub.Release.CiRunUrl != rj.CIRunURL {
		t.Fatalf("Published event of 1.0.0: %+v", pub)
	}
	for _, s := range pub.Signers {
		if s == ci.addr {
			t.Fatal("the CI proposer counted on chain")
		}
	}

	// 1.0.1: the wallet proposes, a co-maintainer approves.
	rj, _, tgz = release("1.0.1")
	rel, _ = rj.Wire()
	rd, _ = wire.Digest(h.dom, rel)
	id = submit(rj, tgz, walletSign(rd))
	h.do("POST", "/v1/releases/"+id+"/signatures", mustJSON(t, m2.sign(t, rd)), "application/json", 201)
	waitState(t, h, id, 45*time.Second, func(st api.ReleaseStatus) bool { return st.State == "verified" })
}
