package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
	"github.com/ethereum/go-ethereum/ethclient"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
	"github.com/vouchpm/vouch/cmd/vouch/internal/signfile"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/chain/devchain"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/scorer/corpus"
)

// simCoordinator stands in for the host's relay to the coordinator enclave,
// which host/api defines (api.Enclaves) but nothing implements yet: it
// answers real simulated-TPM evidence binding the coordinator key registered
// on chain, and decrypts handed-over tokens with that key (refusing the
// read-only one the way the enclave would).
type simCoordinator struct {
	mu     sync.Mutex
	att    *sim.Attester
	key    *ecdsa.PrivateKey
	scorer *ecdsa.PrivateKey
	domain wire.Domain
	tokens map[string]string
	replay []byte // when set, Evidence answers these old bytes (a lying host)
	// cfg is the configuration the coordinator runs with: its digest is
	// bound into the evidence, as enclave.Coordinator does (nil: none).
	cfg *wire.CoordinatorConfig
}

// CoordinatorConfig serves the canonical configuration (api.ConfigSource).
func (s *simCoordinator) CoordinatorConfig(context.Context) ([]byte, error) {
	if s.cfg == nil {
		return nil, errors.New("this coordinator serves no configuration")
	}
	return s.cfg.Canonical(), nil
}

func (s *simCoordinator) Evidence(ctx context.Context, role string, nonce []byte) ([]byte, error) {
	if s.replay != nil {
		return s.replay, nil
	}
	key := s.key
	switch role {
	case "coordinator":
	case "scorer":
		key = s.scorer
	default:
		return nil, fmt.Errorf("no %s enclave in this test", role)
	}
	b := attestation.NewBinding(role, &key.PublicKey, s.domain.ChainID, s.domain.Registry, nonce, time.Now())
	if role == "coordinator" && s.cfg != nil {
		d := s.cfg.Digest()
		b.PolicyDigest = d[:]
	}
	ev, err := attestation.Attest(ctx, s.att, b)
	if err != nil {
		return nil, err
	}
	return ev.Marshal()
}

func (s *simCoordinator) SealToken(_ context.Context, pkg string, req api.TokenRequest) (api.SealedToken, error) {
	pt, err := ecies.ImportECDSA(s.key).Decrypt(req.Ciphertext, nil, nil)
	if err != nil {
		return api.SealedToken{}, fmt.Errorf("decrypting the token of %s: %w", pkg, api.ErrEnclaveRefused)
	}
	if strings.HasPrefix(string(pt), "readonly-") {
		return api.SealedToken{}, fmt.Errorf("the token is read-only: %w", api.ErrEnclaveRefused)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens[pkg] = string(pt)
	return api.SealedToken{Sealed: []byte("sealed"), Version: uint64(len(s.tokens)), Username: "alice"}, nil
}

// NameControl countersigns every enrollment, as the coordinator does for a
// name npm does not know (this test's registry is no registry).
func (s *simCoordinator) NameControl(_ context.Context, p wire.PolicyChange, _ []byte) ([]byte, error) {
	ed, err := wire.Digest(s.domain, wire.Enrollment(p))
	if err != nil {
		return nil, err
	}
	d, err := wire.Digest(s.domain, wire.NameControl{EnrollmentDigest: ed})
	if err != nil {
		return nil, err
	}
	return wire.Sign(s.key, d)
}

func (s *simCoordinator) Ready(context.Context) error { return nil }

type flowEnv struct {
	chain *chaintest.Env
	rpc   string
	host  string
	coord *simCoordinator
	store store.Store
	akPEM string
	keys  map[string]*ecdsa.PrivateKey // alice, bob, carol
	dirs  map[string]string            // their keystores
	// tokenPuts counts token ciphertexts the host received.
	tokenPuts *atomic.Int32
}

func newFlowEnv(t *testing.T) *flowEnv {
	t.Helper()
	ctx := context.Background()
	t.Setenv("VOUCH_CONFIG_DIR", t.TempDir())
	t.Setenv("VOUCH_KEYSTORE_LIGHT", "1")
	t.Setenv("VOUCH_PASSPHRASE", "correct horse")
	dc, err := devchain.Run(ctx, devchain.Options{CommitInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	client, err := ethclient.DialContext(ctx, dc.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	env, err := chaintest.Deploy(ctx, client, dc.Keys[0])
	if err != nil {
		t.Fatal(err)
	}
	att, err := sim.NewAttester(sim.WithSeedInsecure(7), sim.WithCode(sim.Code{Name: "coordinator"}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { att.Close() })
	pem, err := att.AKPublicPEM()
	if err != nil {
		t.Fatal(err)
	}
	akPath := filepath.Join(t.TempDir(), "sim-ak.pem")
	if err := os.WriteFile(akPath, pem, 0o644); err != nil {
		t.Fatal(err)
	}
	coord := &simCoordinator{att: att, key: env.Coordinator, scorer: env.Scorer, domain: env.Domain, tokens: map[string]string{}}
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "host.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	srv, err := api.New(api.Config{Store: st, Domain: env.Domain, Enclaves: coord, RatePerClient: rate.Inf})
	if err != nil {
		t.Fatal(err)
	}
	tokenPuts := new(atomic.Int32)
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPut && strings.HasSuffix(r.URL.Path, "/token") {
			tokenPuts.Add(1) // a token ciphertext reached the host
		}
		srv.Handler().ServeHTTP(w, r)
	}))
	t.Cleanup(hs.Close)
	f := &flowEnv{tokenPuts: tokenPuts, chain: env, rpc: dc.URL, host: hs.URL, coord: coord, store: st, akPEM: akPath, keys: map[string]*ecdsa.PrivateKey{}, dirs: map[string]string{}}
	t.Setenv("VOUCH_HOST", hs.URL)
	t.Setenv("VOUCH_RPC", dc.URL)
	t.Setenv("VOUCH_REGISTRY", env.Domain.Registry.Hex())
	for i, name := range []string{"alice", "bob", "carol"} {
		dir := filepath.Join(t.TempDir(), name)
		ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
		if _, err := ks.ImportECDSA(env.Keys[i], "correct horse"); err != nil {
			t.Fatal(err)
		}
		f.keys[name], f.dirs[name] = env.Keys[i], dir
	}
	return f
}

func (f *flowEnv) addr(name string) string {
	return crypto.PubkeyToAddress(f.keys[name].PublicKey).Hex()
}

// as runs vouch as one maintainer and fails the test on a non-zero exit.
func (f *flowEnv) as(t *testing.T, who string, args ...string) string {
	t.Helper()
	code, out, errOut := f.try(t, who, args...)
	if code != 0 {
		t.Fatalf("vouch %s as %s: exit %d\n%s%s", strings.Join(args, " "), who, code, out, errOut)
	}
	return out
}

func (f *flowEnv) try(t *testing.T, who string, args ...string) (int, string, string) {
	t.Helper()
	full := append([]string{}, args...)
	if who != "" {
		full = append(full, "--key-dir", f.dirs[who])
	}
	return runVouch(t, full...)
}

// packDir writes a package and packs it like npm does.
func packDir(t *testing.T, name, version, main string) (string, []byte) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "src")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	pj := fmt.Sprintf(`{"name": %q, "version": %q, "main": "index.js"}`, name, version)
	os.WriteFile(filepath.Join(dir, "package.json"), []byte(pj), 0o644)
	os.WriteFile(filepath.Join(dir, "index.js"), []byte(main), 0o644)
	tgz, err := corpus.Pack(dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name+"-"+version+".tgz")
	if err := os.WriteFile(path, tgz, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, tgz
}

// TestReleaseFlowThreeKeystores drives enrollment, token hand-over, propose,
// review and approval, veto and revocation through the CLI against the real
// host API (SQLite store) and a JSON-RPC dev chain with the registry.
func TestReleaseFlowThreeKeystores(t *testing.T) {
	f := newFlowEnv(t)
	work := t.TempDir()
	enrollFile := filepath.Join(work, "enroll.vouch.json")
	maint := f.addr("alice") + "," + f.addr("bob") + "," + f.addr("carol")

	// Enrollment: 2 of 3, gathered in a signing file.
	out := f.as(t, "alice", "enroll", "widget", "--maintainer", maint, "--threshold", "2", "--veto-window", "30m", "--min-score", "40", "--out", enrollFile)
	if !strings.Contains(out, "1 of 2 signature(s)") {
		t.Fatalf("enroll --out: %s", out)
	}
	if code, _, errOut := f.try(t, "", "submit", enrollFile); code != exitFindings || !strings.Contains(errOut, "needs 2 maintainer signatures") {
		t.Fatalf("submit with 1 of 2 signatures: exit %d, %s", code, errOut)
	}
	f.as(t, "bob", "enroll", "--sign", enrollFile, "--yes")
	out = f.as(t, "", "submit", enrollFile, "--wait", "0")
	if !strings.Contains(out, "stored on host, not yet on chain: enrollment of widget, 2 of 3 maintainers, 2 signature(s)") {
		t.Fatalf("submit: %s", out)
	}

	// Until it is mined, vouch status says where the enrollment is.
	if code, out, errOut := f.try(t, "", "status", "widget"); code != exitFindings || !strings.Contains(out, "widget: stored on host, not yet on chain") {
		t.Fatalf("status before the chain has it: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := f.try(t, "", "status", "nobody-enrolled-this"); code != exitFindings || !strings.Contains(errOut, "neither on chain nor on vouch-host") {
		t.Fatalf("status of an unknown package: exit %d, %s", code, errOut)
	}

	// This test's host runs no coordinator: the test sends the very policy
	// and signatures the CLI gathered to the registry contract, which
	// re-verifies them.
	ef, err := signfile.ReadAny(enrollFile)
	if err != nil {
		t.Fatal(err)
	}
	_, pol, _ := ef.PolicyChange()
	var csigs []chain.Signature
	for _, s := range ef.Signatures {
		csigs = append(csigs, chain.Signature{Signer: s.Signer, Sig: s.Signature})
	}
	cs, err := f.coord.NameControl(context.Background(), pol, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.chain.Writer.Enroll(context.Background(), pol, csigs, cs); err != nil {
		t.Fatalf("the contract refused the CLI's enrollment: %v", err)
	}
	if out := f.as(t, "", "status", "widget"); !strings.Contains(out, "widget: enrolled on chain") || !strings.Contains(out, "threshold    2 of 3") {
		t.Fatalf("status after the chain has it:\n%s", out)
	}

	// Token hand-over to the attested (simulated) coordinator.
	if code, _, errOut := f.try(t, "", "token", "add", "widget"); code != exitUsage || !strings.Contains(errOut, "no attestation policy") {
		t.Fatalf("token add without a policy: exit %d, %s", code, errOut)
	}
	// The token grant needs 2 of the 3: alice encrypts and signs, bob signs,
	// then it is submitted.
	grantFile := filepath.Join(t.TempDir(), "grant.vouch.json")
	t.Setenv("VOUCH_NPM_TOKEN", "npm_goodtoken")
	code, out, errOut := f.try(t, "alice", "token", "add", "widget", "--allow-simulated", "--roots", f.akPEM)
	if code != exitUsage || !strings.Contains(errOut, "needs 2 maintainer signatures") {
		t.Fatalf("token add by one of 2 without --out: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = f.try(t, "alice", "token", "add", "widget", "--allow-simulated", "--roots", f.akPEM, "--out", grantFile)
	if code != 0 || !strings.Contains(out, "encrypted to the coordinator "+crypto.PubkeyToAddress(f.chain.Coordinator.PublicKey).Hex()) || !strings.Contains(errOut, "SIMULATED") {
		t.Fatalf("token add: exit %d\n%s%s", code, out, errOut)
	}
	f.as(t, "bob", "token", "add", "--sign", grantFile, "--yes")
	out = f.as(t, "", "submit", grantFile)
	if !strings.Contains(out, "sealed by the coordinator") || !strings.Contains(out, "signed by 2 maintainer(s)") {
		t.Fatalf("submit grant: %s", out)
	}
	if strings.Contains(out+errOut, "npm_goodtoken") || f.coord.tokens["widget"] != "npm_goodtoken" {
		t.Fatalf("the token was echoed or did not reach the enclave intact")
	}
	t.Setenv("VOUCH_NPM_TOKEN", "readonly-abc")
	f.as(t, "alice", "token", "add", "widget", "--allow-simulated", "--roots", f.akPEM, "--out", grantFile)
	f.as(t, "bob", "token", "add", "--sign", grantFile, "--yes")
	if code, _, errOut := f.try(t, "", "submit", grantFile); code != exitFindings || !strings.Contains(errOut, "refused") {
		t.Fatalf("read-only token: exit %d, %s", code, errOut)
	}
	// Evidence of an untrusted AK (no --roots) is refused.
	if code, _, errOut := f.try(t, "alice", "token", "add", "widget", "--allow-simulated"); code != exitFindings || !strings.Contains(errOut, "does not verify") {
		t.Fatalf("token add without the AK: exit %d, %s", code, errOut)
	}

	// Propose as #1, review and approve as #2.
	tgzPath, tgz := packDir(t, "widget", "1.0.0", "module.exports = 1\n")
	out = f.as(t, "alice", "propose", "--tarball", tgzPath, "--json")
	var st api.ReleaseStatus
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("propose --json: %v\n%s", err, out)
	}
	sum := sha512.Sum512(tgz)
	rel := wire.Release{PackageName: "widget", Version: "1.0.0", Integrity: sum[:], ContentHash: sha256.Sum256(tgz)}
	digest, _ := wire.Digest(f.chain.Domain, rel)
	if st.ID != wire.HexDigest(digest) || st.State != "pending" || len(st.Signers) != 1 || st.Integrity != lockfile.SRI(sum[:]) {
		t.Fatalf("proposal: %+v, want id %s", st, wire.HexDigest(digest))
	}
	out = f.as(t, "", "pending", "--json")
	if !strings.Contains(out, st.ID) {
		t.Fatalf("pending does not list %s: %s", st.ID, out)
	}
	out = f.as(t, "bob", "approve", st.ID, "--yes")
	for _, want := range []string{"widget@1.0.0", "proposer     " + strings.ToLower(f.addr("alice")), "signatures   1 of 2", "2 added, 0 changed, 0 removed", "2 of 2 signatures, approved"} {
		if !strings.Contains(out, want) {
			t.Fatalf("approve output lacks %q:\n%s", want, out)
		}
	}
	out = f.as(t, "", "status", st.ID, "--json")
	var st2 api.ReleaseStatus
	if err := json.Unmarshal([]byte(out), &st2); err != nil || st2.State != "approved" || len(st2.Signers) != 2 {
		t.Fatalf("status: %v %+v", err, st2)
	}
	if code, _, errOut := f.try(t, "bob", "approve", st.ID, "--yes"); code != exitFindings || !strings.Contains(errOut, "has already signed") {
		t.Fatalf("second approval by bob: exit %d, %s", code, errOut)
	}

	// The host relays nothing to a coordinator yet, so the test anchors the
	// approved release itself (as the coordinator + outbox would), with the
	// same two maintainers, then verifies it from the chain.
	if _, err := f.chain.Publish(context.Background(), rel, 90, f.keys["alice"], f.keys["bob"]); err != nil {
		t.Fatal(err)
	}
	out = f.as(t, "", "verify", "widget@1.0.0", "--integrity", lockfile.SRI(sum[:]), "--json")
	if !strings.Contains(out, `"verified"`) || !strings.Contains(strings.ToLower(out), strings.ToLower(f.addr("alice"))) || !strings.Contains(strings.ToLower(out), strings.ToLower(f.addr("bob"))) {
		t.Fatalf("verify after publish:\n%s", out)
	}

	// A second release goes through a signing file, then carol vetoes it.
	tgz2Path, _ := packDir(t, "widget", "1.0.1", "module.exports = 2\nrequire('child_process')\n")
	sf := filepath.Join(work, "release.vouch.json")
	f.as(t, "alice", "propose", "--tarball", tgz2Path, "--out", sf)
	f.as(t, "bob", "sign", sf, "--yes")
	out = f.as(t, "", "submit", sf)
	if !strings.Contains(out, "approved (2 of 2 signatures)") {
		t.Fatalf("submit release: %s", out)
	}
	id2 := strings.Fields(strings.SplitN(out, "release ", 2)[1])[0]
	id2 = strings.TrimSuffix(id2, ",")
	out = f.as(t, "carol", "veto", id2, "--reason", "child_process nobody asked for")
	if !strings.Contains(out, "vetoed widget@1.0.1") || !strings.Contains(out, ": vetoed") {
		t.Fatalf("veto: %s", out)
	}

	// Revocation of the published version.
	out = f.as(t, "carol", "revoke", "widget@1.0.0", "--reason", "key compromised")
	if !strings.Contains(out, common.Hash(rel.ContentHash).Hex()) || !strings.Contains(out, "revocation proposed (1 of 2)") {
		t.Fatalf("revoke: %s", out)
	}
}
