package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/registrytest"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/scorer/corpus"
)

// devHost is a running `vouch-host --dev` with its children.
type devHost struct {
	t    *testing.T
	base string
	dom  wire.Domain
	rpc  string
	aks  []string // simulated AK PEM files the host wrote
	pid  int      // the coordinator child
	proc *os.Process
	logs *lockedWriter
}

func (h devHost) do(method, path string, body []byte, ct string, want int) []byte {
	h.t.Helper()
	return h.doWith(method, path, nil, body, ct, want)
}

func (h devHost) doWith(method, path string, hdr http.Header, body []byte, ct string, want int) []byte {
	h.t.Helper()
	req, _ := http.NewRequest(method, h.base+path, bytes.NewReader(body))
	for k, v := range hdr {
		req.Header[k] = v
	}
	if ct != "" {
		req.Header.Set("Content-Type", ct)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if want != 0 && resp.StatusCode != want {
		h.t.Fatalf("%s %s: %d %s", method, path, resp.StatusCode, b)
	}
	return b
}

// TestDevReleaseEndToEnd runs the real binaries (vouch-host --dev with the
// coordinator and scorer children) against a real Verdaccio over TLS, and
// drives a release through the API only: enroll 2-of-3, seal a token to
// the attested coordinator key, propose, approve. The registry must then
// serve exactly the signed tarball, and the chain must record the release
// with its score and the coordinator's receipt.
func TestDevReleaseEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs vouch-host, the coordinator and the scorer with Verdaccio")
	}
	reg := registrytest.Start(t, registrytest.Options{TLS: true})
	login := reg.AddUser(t, "rel", "rel-password-1")
	dir := t.TempDir()
	if out, err := exec.Command("go", "build", "-o", dir+"/", ".", "../coordinator", "../scorer").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	caFile := filepath.Join(dir, "npm-ca.pem")
	if err := os.WriteFile(caFile, reg.CAPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	h := startDevHost(t, filepath.Join(dir, "vouch-host"), "--dev", "--data", filepath.Join(dir, "data"), "--listen", "127.0.0.1:0",
		"--rate", "0", "--npm-registry", reg.URL, "--npm-ca", caFile)

	m := []*ecdsaKey{newKey("m0"), newKey("m1"), newKey("m2")}
	pol := wire.PolicyChange{PackageName: "relay-pkg", Maintainers: []common.Address{m[0].addr, m[1].addr, m[2].addr}, Threshold: 2}
	pd, _ := wire.Digest(h.dom, wire.Enrollment(pol))
	h.do("POST", "/v1/packages", mustJSON(t, api.PolicyRequest{Policy: pol, Signatures: []api.SignedBy{m[0].sign(t, pd), m[2].sign(t, pd)}}), "application/json", 201)

	// The token goes to the key the coordinator's evidence attests, over a
	// fresh nonce, granted by 2 of the 3 maintainers.
	sealToken(t, h, "relay-pkg", login, m[0], m[1])

	pkgDir := t.TempDir()
	_ = os.WriteFile(filepath.Join(pkgDir, "package.json"), []byte(`{"name":"relay-pkg","version":"1.0.0"}`), 0o644)
	_ = os.WriteFile(filepath.Join(pkgDir, "index.js"), []byte("module.exports = 42\n"), 0o644)
	tgz, err := corpus.Pack(pkgDir)
	if err != nil {
		t.Fatal(err)
	}
	ch := common.Hash(sha256.Sum256(tgz))
	sum := sha512.Sum512(tgz)
	rj := api.ReleaseJSON{PackageName: "relay-pkg", Version: "1.0.0", Integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:]), ContentHash: ch}
	rel, _ := rj.Wire()
	rd, _ := wire.Digest(h.dom, rel)
	id := wire.HexDigest(rd)
	prop := api.ProposeRequest{Release: rj, SignedBy: m[0].sign(t, rd)}
	h.doWith("PUT", "/v1/tarballs/"+ch.Hex(), proposalHeader(t, prop), tgz, "application/octet-stream", 201)
	h.do("POST", "/v1/releases", mustJSON(t, prop), "application/json", 201)

	// One of two: the enclave must hold it, and nothing reaches npm.
	waitState(t, h, id, 30*time.Second, func(st api.ReleaseStatus) bool { return st.Enclave != nil && st.Enclave.Score != nil })
	if v := reg.Versions(t, "relay-pkg"); v != nil {
		t.Fatalf("published with 1 of 2 signatures: %v", v)
	}
	h.do("POST", "/v1/releases/"+id+"/signatures", mustJSON(t, m[1].sign(t, rd)), "application/json", 201)

	st := waitState(t, h, id, 45*time.Second, func(st api.ReleaseStatus) bool { return st.State == "verified" })
	if st.Enclave == nil || st.Enclave.State != wire.StatePublished || st.Enclave.RegistryStatus != 201 {
		t.Fatalf("enclave account: %+v", st.Enclave)
	}
	if got := reg.Tarball(t, "relay-pkg", "1.0.0"); !bytes.Equal(got, tgz) {
		t.Fatal("the registry serves other bytes than the signed tarball")
	}
	ec, err := ethclient.Dial(h.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	info, err := chain.NewReader(ec, h.dom.Registry, chain.ReaderOptions{}).Release(context.Background(), "relay-pkg", "1.0.0")
	if err != nil || !info.Recorded() || !info.HasScore || !info.NPMPublished || info.IntegrityHash != crypto.Keccak256Hash(sum[:]) || info.SignerCount != 2 {
		t.Fatalf("on-chain record %+v, %v", info, err)
	}
	if int(info.Score) != *st.Enclave.Score || st.Score == nil || st.Score.Score != int(info.Score) {
		t.Fatalf("chain score %d, enclave %v, host %+v", info.Score, *st.Enclave.Score, st.Score)
	}
	t.Logf("release published and anchored %.1f s after vouch-host started (score %d)", time.Since(start).Seconds(), info.Score)

	// The coordinator dies: the host restarts it and hands it its sealed
	// state, so the restarted enclave still knows the release.
	restored := func() int { return strings.Count(h.logs.String(), "coordinator state restored") }
	before := restored()
	if err := syscall.Kill(h.pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for restored() == before {
		if time.Now().After(deadline) {
			t.Fatal("the coordinator was not restarted with its state")
		}
		time.Sleep(100 * time.Millisecond)
	}

	// Two of three maintainers revoke it: the restarted enclave marks it
	// revoked and the chain records the revocation.
	rv := wire.Revoke{PackageName: "relay-pkg", Version: "1.0.0", Integrity: sum[:], Reason: "compromised build machine"}
	rvd, _ := wire.Digest(h.dom, rv)
	for _, k := range m[1:] {
		h.do("POST", "/v1/revocations", mustJSON(t, api.RevokeRequest{PackageName: rv.PackageName, Version: rv.Version, ContentHash: ch,
			Reason: rv.Reason, SignedBy: k.sign(t, rvd)}), "application/json", 201)
	}
	reader := chain.NewReader(ec, h.dom.Registry, chain.ReaderOptions{})
	deadline = time.Now().Add(20 * time.Second)
	for {
		info, err = reader.Release(context.Background(), "relay-pkg", "1.0.0")
		if err == nil && info.Revoked {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("revocation not on chain: %+v, %v", info, err)
		}
		time.Sleep(250 * time.Millisecond)
	}
	waitState(t, h, id, 10*time.Second, func(st api.ReleaseStatus) bool { return st.Enclave != nil && st.Enclave.State == wire.StateRevoked })
	// The host's own record turns revoked from the chain's record of revoke().
	waitState(t, h, id, 10*time.Second, func(st api.ReleaseStatus) bool { return st.State == "revoked" })
}

func waitState(t *testing.T, h devHost, id string, d time.Duration, ok func(api.ReleaseStatus) bool) api.ReleaseStatus {
	t.Helper()
	deadline := time.Now().Add(d)
	var st api.ReleaseStatus
	for time.Now().Before(deadline) {
		if err := json.Unmarshal(h.do("GET", "/v1/releases/"+id, nil, "", 200), &st); err != nil {
			t.Fatal(err)
		}
		if ok(st) {
			return st
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("release %s after %s: state %s, enclave %+v", id, d, st.State, st.Enclave)
	return st
}

type ecdsaKey struct {
	k    *ecdsa.PrivateKey
	addr common.Address
}

// lockedWriter lets the child's stderr be read while it is written.
type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func (l *lockedWriter) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.String()
}

func newKey(seed string) *ecdsaKey {
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte("relay-e2e-" + seed)))
	return &ecdsaKey{k: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

func (k *ecdsaKey) sign(t *testing.T, d [32]byte) api.SignedBy {
	t.Helper()
	sig, err := wire.Sign(k.k, d)
	if err != nil {
		t.Fatal(err)
	}
	return api.SignedBy{Signer: k.addr, Signature: sig}
}

// startDevHost runs vouch-host and reads where it listens from its output.
func startDevHost(t *testing.T, bin string, args ...string) devHost {
	t.Helper()
	cmd := exec.Command(bin, args...)
	out, _ := cmd.StdoutPipe()
	stderr := &lockedWriter{w: &bytes.Buffer{}}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("vouch-host stderr:\n%s", stderr.String())
		}
	})
	var printed []string
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		printed = append(printed, sc.Text())
		if strings.HasPrefix(sc.Text(), "coordinator enclave:") {
			break
		}
	}
	go func() { _, _ = io.Copy(io.Discard, out) }()
	all := strings.Join(printed, "\n")
	api1 := regexp.MustCompile(`vouch-host API: (http://\S+)/v1`).FindStringSubmatch(all)
	chainLine := regexp.MustCompile(`chain: (http://\S+) \(chain id (\d+), registry (0x[0-9a-fA-F]{40})\)`).FindStringSubmatch(all)
	if api1 == nil || chainLine == nil || !strings.Contains(all, "coordinator enclave: unix:") || !strings.Contains(all, "SIMULATED") {
		t.Fatalf("vouch-host --dev did not start everything:\n%s", all)
	}
	aks := regexp.MustCompile(`simulated attestation keys .*: (\S+)`).FindStringSubmatch(all)
	if aks == nil {
		t.Fatalf("vouch-host --dev did not write the simulated AKs:\n%s", all)
	}
	pid := regexp.MustCompile(`coordinator enclave: \S+ \(child process \S+ pid (\d+);`).FindStringSubmatch(all)
	if pid == nil {
		t.Fatalf("vouch-host --dev did not print the coordinator's pid:\n%s", all)
	}
	// The digest it prints is the digest of the configuration the
	// coordinator relays (and binds into its evidence).
	digest := regexp.MustCompile(`coordinator enclave: .*; config digest (0x[0-9a-f]{64})\)`).FindStringSubmatch(all)
	if digest == nil {
		t.Fatalf("vouch-host --dev did not print the coordinator's config digest:\n%s", all)
	}
	resp, err := http.Get(api1[1] + "/v1/enclaves/coordinator/config")
	if err != nil {
		t.Fatal(err)
	}
	var relayed struct {
		Config []byte `json:"config"`
	}
	err = json.NewDecoder(resp.Body).Decode(&relayed)
	resp.Body.Close()
	if got := wire.ConfigDigest(relayed.Config); err != nil || fmt.Sprintf("0x%x", got) != digest[1] {
		t.Fatalf("printed config digest %s, the relayed configuration hashes to 0x%x (%v): %s", digest[1], got, err, relayed.Config)
	}
	n, _ := strconv.Atoi(pid[1])
	return devHost{t: t, base: api1[1], rpc: chainLine[1], dom: wire.Domain{ChainID: 1337, Registry: common.HexToAddress(chainLine[3])},
		aks: strings.Split(aks[1], ","), pid: n, proc: cmd.Process, logs: stderr}
}
