package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/registrytest"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	anchor "github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/host/chain/devchain"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/scorer/corpus"
)

// TestCrashMidRelease SIGKILLs vouch-host (and with it its coordinator and
// scorer children) at several moments of a release flow, restarts it on the
// same data directory against the same chain and the same npm registry,
// and checks that the release still ends verified with nothing lost or
// duplicated: in the store, in the chain's event logs and in the registry.
// The dev chain runs in the test process so that it outlives the host.
func TestCrashMidRelease(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs vouch-host, the coordinator and the scorer with Verdaccio")
	}
	reg := registrytest.Start(t, registrytest.Options{TLS: true})
	login := reg.AddUser(t, "crash", "crash-password-1")
	dir := t.TempDir()
	if out, err := exec.Command("go", "build", "-o", dir+"/", ".", "../coordinator", "../scorer").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	caFile := filepath.Join(dir, "npm-ca.pem")
	if err := os.WriteFile(caFile, reg.CAPEM, 0o600); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name string
		// killAt blocks until the moment to kill and says what it saw.
		killAt func(t *testing.T, h devHost, pkg, id string) string
	}{
		{"approval-acknowledged", func(*testing.T, devHost, string, string) string {
			return "right after the second signature was acknowledged"
		}},
		{"npm-holds-tarball", func(t *testing.T, h devHost, pkg, id string) string {
			deadline := time.Now().Add(45 * time.Second)
			for reg.Versions(t, pkg) == nil {
				if time.Now().After(deadline) {
					t.Fatal("the registry never got the release")
				}
				time.Sleep(10 * time.Millisecond)
			}
			return "as soon as the registry served the version (host state " + hostState(t, h, id) + ")"
		}},
		{"publish-recorded", func(t *testing.T, h devHost, pkg, id string) string {
			st := waitState(t, h, id, 45*time.Second, func(st api.ReleaseStatus) bool {
				return st.State != store.StatePending && st.State != store.StateApproved
			})
			return "as soon as the host recorded state " + st.State + " (anchoring queued)"
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			crashRelease(t, reg, login, dir, caFile, "crash-"+tc.name, tc.killAt)
		})
	}
}

func crashRelease(t *testing.T, reg *registrytest.Registry, login, dir, caFile, pkg string, killAt func(*testing.T, devHost, string, string) string) {
	ctx := context.Background()
	dc, err := devchain.Run(ctx, devchain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dc.Close() })
	data := filepath.Join(t.TempDir(), "data")
	args := []string{"--dev", "--data", data, "--listen", "127.0.0.1:0", "--rate", "0",
		"--npm-registry", reg.URL, "--npm-ca", caFile,
		"--chain-rpc", dc.URL, "--registry", dc.Registry.Hex(), "--chain-id", "1337",
		"--chain-key-file", chainKeyFile(t, devchain.DevKey(0))}
	bin := filepath.Join(dir, "vouch-host")
	h := startDevHost(t, bin, args...)
	if h.rpc != dc.URL || h.dom.Registry != dc.Registry {
		t.Fatalf("vouch-host uses chain %s / %s, want the test's %s / %s", h.rpc, h.dom.Registry, dc.URL, dc.Registry)
	}

	m := []*ecdsaKey{newKey("m0"), newKey("m1"), newKey("m2")}
	pol := wire.PolicyChange{PackageName: pkg, Maintainers: []common.Address{m[0].addr, m[1].addr, m[2].addr}, Threshold: 2}
	pd, _ := wire.Digest(h.dom, wire.Enrollment(pol))
	h.do("POST", "/v1/packages", mustJSON(t, api.PolicyRequest{Policy: pol, Signatures: []api.SignedBy{m[0].sign(t, pd), m[2].sign(t, pd)}}), "application/json", 201)
	sealToken(t, h, pkg, login, m[0], m[1])

	pkgDir := t.TempDir()
	_ = os.WriteFile(filepath.Join(pkgDir, "package.json"), []byte(`{"name":"`+pkg+`","version":"1.0.0"}`), 0o644)
	_ = os.WriteFile(filepath.Join(pkgDir, "index.js"), []byte("module.exports = 7\n"), 0o644)
	tgz, err := corpus.Pack(pkgDir)
	if err != nil {
		t.Fatal(err)
	}
	ch := common.Hash(sha256.Sum256(tgz))
	sum := sha512.Sum512(tgz)
	rj := api.ReleaseJSON{PackageName: pkg, Version: "1.0.0", Integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:]), ContentHash: ch}
	rel, _ := rj.Wire()
	rd, _ := wire.Digest(h.dom, rel)
	id := wire.HexDigest(rd)
	prop := api.ProposeRequest{Release: rj, SignedBy: m[0].sign(t, rd)}
	h.doWith("PUT", "/v1/tarballs/"+ch.Hex(), proposalHeader(t, prop), tgz, "application/octet-stream", 201)
	h.do("POST", "/v1/releases", mustJSON(t, prop), "application/json", 201)
	waitState(t, h, id, 30*time.Second, func(st api.ReleaseStatus) bool { return st.Enclave != nil && st.Enclave.Score != nil })
	h.do("POST", "/v1/releases/"+id+"/signatures", mustJSON(t, m[1].sign(t, rd)), "application/json", 201)

	when := killAt(t, h, pkg, id)
	if err := h.proc.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_, _ = h.proc.Wait()
	t.Logf("SIGKILLed vouch-host %s", when)
	// Its coordinator and scorer die with it.
	deadline := time.Now().Add(5 * time.Second)
	for left := liveProcsUnder(t, dir); len(left) > 0; left = liveProcsUnder(t, dir) {
		if time.Now().After(deadline) {
			t.Fatalf("processes left after the host was killed: %v", left)
		}
		time.Sleep(50 * time.Millisecond)
	}

	h2 := startDevHost(t, bin, args...)
	// The restarted host still has both signatures and the score, hands the
	// coordinator its sealed state and finishes the release.
	var st api.ReleaseStatus
	for deadline := time.Now().Add(60 * time.Second); st.State != store.StateVerified; time.Sleep(250 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("release %s not verified after the restart: state %s, enclave %+v\noutbox:\n%s", id, st.State, st.Enclave, outboxDumpFile(filepath.Join(data, "outbox.db")))
		}
		if err := json.Unmarshal(h2.do("GET", "/v1/releases/"+id, nil, "", 200), &st); err != nil {
			t.Fatal(err)
		}
	}
	if st.Enclave == nil || st.Enclave.State != wire.StatePublished {
		t.Fatalf("enclave account after restart: %+v", st.Enclave)
	}
	if err := h2.proc.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	_, _ = h2.proc.Wait()

	// The registry: one version, the signed bytes.
	if v := reg.Versions(t, pkg); len(v) != 1 || v[0] != "1.0.0" {
		t.Fatalf("registry versions %v, want [1.0.0]", v)
	}
	if got := reg.Tarball(t, pkg, "1.0.0"); !bytes.Equal(got, tgz) {
		t.Fatal("the registry serves other bytes than the signed tarball")
	}

	// The store: one release, two signatures, one score.
	s, err := store.Open(ctx, filepath.Join(data, "host.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rels, err := s.ListReleases(ctx, store.ReleaseFilter{Package: pkg})
	if err != nil || len(rels) != 1 || rels[0].ID != id || rels[0].State != store.StateVerified {
		t.Fatalf("stored releases %+v, %v; want the one release, verified", rels, err)
	}
	sigs, err := s.ListSignatures(ctx, id)
	if err != nil || len(sigs) != 2 || strings.EqualFold(sigs[0].Signer, sigs[1].Signer) {
		t.Fatalf("stored signatures %+v, %v; want m0 and m1 once each", sigs, err)
	}
	for _, sg := range sigs {
		if !strings.EqualFold(sg.Signer, m[0].addr.Hex()) && !strings.EqualFold(sg.Signer, m[1].addr.Hex()) {
			t.Fatalf("stored signature by %s, who did not sign", sg.Signer)
		}
	}
	scores, err := s.ListScores(ctx, pkg, 100)
	if err != nil || len(scores) != 1 || scores[0].ReleaseID != id {
		t.Fatalf("stored scores %+v, %v; want one", scores, err)
	}

	// The outbox: each of the release's records confirmed: the enrollment,
	// the token grant, publish() (which carries the score) and the receipt.
	// (Other records, such as registering the restarted scorer's new key,
	// may still be in flight when the host stops.)
	odb, err := sql.Open("sqlite", "file:"+filepath.Join(data, "outbox.db")+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer odb.Close()
	ob := anchor.NewOutbox(odb, nil, devchain.DevKey(0), anchor.OutboxOptions{})
	for _, key := range []string{"enroll:" + pkg, "token:" + pkg + ":0", "publish:" + id, "receipt:" + id} {
		if e, err := ob.Entry(ctx, key); err != nil || e.State != anchor.OutboxConfirmed {
			t.Errorf("outbox record %s: %+v, %v; want confirmed\n%s", key, e, err, outboxDump(odb))
		}
	}

	// The chain: each record exactly once, the package nonce advanced once.
	ec, err := ethclient.Dial(dc.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	parsed, err := chain.VouchRegistryMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	relKey, pkgKey := common.Hash(wire.ReleaseKey(pkg, "1.0.0")), common.Hash(wire.PackageKey(pkg))
	for _, ev := range []struct {
		name string
		key  common.Hash
	}{{"Enrolled", pkgKey}, {"Published", relKey}, {"ReceiptRecorded", relKey}, {"Revoked", relKey}} {
		logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: common.Big0, Addresses: []common.Address{dc.Registry},
			Topics: [][]common.Hash{{parsed.Events[ev.name].ID}, {ev.key}}})
		if err != nil {
			t.Fatal(err)
		}
		want := 1
		if ev.name == "Revoked" {
			want = 0
		}
		if len(logs) != want {
			t.Errorf("chain has %d %s events for %s, want %d", len(logs), ev.name, pkg, want)
		}
	}
	reader := chain.NewReader(ec, dc.Registry, chain.ReaderOptions{})
	info, err := reader.Release(ctx, pkg, "1.0.0")
	if err != nil || !info.Recorded() || !info.NPMPublished || !info.HasScore || info.IntegrityHash != crypto.Keccak256Hash(sum[:]) || info.SignerCount != 2 {
		t.Fatalf("on-chain record %+v, %v", info, err)
	}
	if p, err := reader.Package(ctx, pkg); err != nil || p.Nonce != 1 {
		t.Fatalf("package nonce on chain %+v, %v; want 1 (enrolled at 0, one release)", p, err)
	}
}

// sealToken encrypts the npm token to the key the coordinator's fresh
// evidence attests and hands it to the host with a TokenGrant signed by
// signers at the package's token nonce on chain (waiting, as the CLI does,
// for the enrollment to be mined). As the CLI does, the simulated AKs the
// host printed are the only trust, and the evidence must say SIMULATED.
func sealToken(t *testing.T, h devHost, pkg, login string, signers ...*ecdsaKey) {
	t.Helper()
	nonce := make([]byte, 32)
	_, _ = rand.Read(nonce)
	var evResp struct {
		Evidence []byte `json:"evidence"`
	}
	if err := json.Unmarshal(h.do("GET", "/v1/enclaves/coordinator/evidence?nonce="+hex.EncodeToString(nonce), nil, "", 200), &evResp); err != nil {
		t.Fatal(err)
	}
	var trust platforms.Trust
	for _, p := range h.aks {
		if err := trust.LoadTrustFile(p); err != nil {
			t.Fatal(err)
		}
	}
	v, err := platforms.NewVerifier(trust)
	if err != nil {
		t.Fatal(err)
	}
	claims, err := v.VerifyEvidence(context.Background(), evResp.Evidence)
	if err != nil || !claims.Simulated || !bytes.Equal(claims.Nonce, nonce) || claims.Registry != h.dom.Registry {
		t.Fatalf("coordinator evidence: %+v, %v", claims, err)
	}
	pub, err := crypto.UnmarshalPubkey(claims.Key)
	if err != nil {
		t.Fatal(err)
	}
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), []byte(login), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ec, err := ethclient.Dial(h.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	reader := chain.NewReader(ec, h.dom.Registry, chain.ReaderOptions{})
	var info chain.PackageInfo
	for deadline := time.Now().Add(30 * time.Second); !info.Enrolled; time.Sleep(250 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s not enrolled on chain: %+v, %v", pkg, info, err)
		}
		info, err = reader.Package(context.Background(), pkg)
	}
	g := wire.TokenGrant{PackageName: pkg, CiphertextHash: sha256.Sum256(ct), Nonce: info.TokenNonce}
	gd, err := wire.Digest(h.dom, g)
	if err != nil {
		t.Fatal(err)
	}
	req := api.TokenRequest{Ciphertext: ct, Nonce: g.Nonce}
	for _, k := range signers {
		req.Signatures = append(req.Signatures, k.sign(t, gd))
	}
	h.do("PUT", "/v1/packages/"+pkg+"/token", mustJSON(t, req), "application/json", 200)
}

func hostState(t *testing.T, h devHost, id string) string {
	var st api.ReleaseStatus
	if err := json.Unmarshal(h.do("GET", "/v1/releases/"+id, nil, "", 200), &st); err != nil {
		t.Fatal(err)
	}
	return st.State
}

// liveProcsUnder lists the running (not zombie) processes whose executable
// lies in dir, read from /proc.
func liveProcsUnder(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir("/proc")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	var out []string
	for _, e := range ents {
		if e.Name()[0] < '0' || e.Name()[0] > '9' {
			continue
		}
		cmdline, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil || len(cmdline) == 0 { // gone, or a zombie
			continue
		}
		argv0, _, _ := bytes.Cut(cmdline, []byte{0})
		if strings.HasPrefix(string(argv0), dir+string(filepath.Separator)) {
			out = append(out, e.Name()+":"+string(argv0))
		}
	}
	return out
}

// outboxDump lists the outbox's records for a failure message.
func outboxDump(db *sql.DB) string {
	rows, err := db.Query(`SELECT record_key, state, COALESCE(nonce, -1), attempts, COALESCE(last_error, '') FROM chain_outbox ORDER BY rowid`)
	if err != nil {
		return err.Error()
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var key, state, lastErr string
		var nonce, attempts int64
		if err := rows.Scan(&key, &state, &nonce, &attempts, &lastErr); err != nil {
			return err.Error()
		}
		fmt.Fprintf(&b, "  %s %s nonce %d attempts %d %s\n", key, state, nonce, attempts, lastErr)
	}
	return b.String()
}

func outboxDumpFile(path string) string {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return err.Error()
	}
	defer db.Close()
	return outboxDump(db)
}

// chainKeyFile writes k to a 0600 file for --chain-key-file.
func chainKeyFile(t *testing.T, k *ecdsa.PrivateKey) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "chain.key")
	if err := os.WriteFile(f, []byte(hex.EncodeToString(crypto.FromECDSA(k))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}
