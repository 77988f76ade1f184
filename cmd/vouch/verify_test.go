package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha512"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/enclave/chain"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/chain/devchain"
)

func sri(content string) string {
	d := sha512.Sum512([]byte(content))
	return lockfile.SRI(d[:])
}

// registryOnDevChain serves a dev chain over JSON-RPC on loopback and records:
// good@1.0.0 (2 of 3, score 90), pulled@1.0.0 (published then revoked), and
// enrolled-only (enrolled, nothing published).
func registryOnDevChain(t *testing.T) (*devchain.DevChain, *chaintest.Env) {
	t.Helper()
	ctx := context.Background()
	dc, err := devchain.Run(ctx, devchain.Options{})
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
	m := env.Keys[:3]
	for _, name := range []string{"good", "pulled", "enrolled-only"} {
		if _, err := env.Enroll(ctx, name, 2, m...); err != nil {
			t.Fatalf("enroll %s: %v", name, err)
		}
	}
	if _, err := env.Publish(ctx, chaintest.Release("good", "1.0.0", 0, "good bytes"), 90, m[0], m[1]); err != nil {
		t.Fatal(err)
	}
	pulled := chaintest.Release("pulled", "1.0.0", 0, "pulled bytes")
	if _, err := env.Publish(ctx, pulled, 80, m[0], m[1]); err != nil {
		t.Fatal(err)
	}
	rv := wire.Revoke{PackageName: "pulled", Version: "1.0.0", Integrity: pulled.Integrity, Reason: "compromised"}
	sigs, err := chaintest.Sign(env.Domain, rv, m[1], m[2])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.Writer.Revoke(ctx, rv, sigs); err != nil {
		t.Fatal(err)
	}
	return dc, env
}

// packumentServer serves packuments with fixed publish times on loopback:
// enrolled-only@0.9.0 long before any enrollment, 6.6.6 long after.
func packumentServer(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/enrolled-only" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, `{"name": "enrolled-only", "time": {"0.9.0": "2001-01-01T00:00:00.000Z", "6.6.6": "2999-01-01T00:00:00.000Z"}}`)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func runVouch(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestVerifyLockfileAgainstChain(t *testing.T) {
	dc, env := registryOnDevChain(t)
	lock := fmt.Sprintf(`{"lockfileVersion": 3, "packages": {
		"": {"name": "app"},
		"node_modules/good": {"version": "1.0.0", "integrity": %q},
		"node_modules/x/node_modules/good": {"version": "1.0.0", "integrity": %q},
		"node_modules/left-pad": {"version": "1.3.0", "integrity": %q},
		"node_modules/pulled": {"version": "1.0.0", "integrity": %q},
		"node_modules/enrolled-only": {"version": "6.6.6", "integrity": %q}
	}}`, sri("good bytes"), sri("tampered bytes"), sri("left-pad"), sri("pulled bytes"), sri("evil"))
	path := filepath.Join(t.TempDir(), "package-lock.json")
	if err := os.WriteFile(path, []byte(lock), 0o644); err != nil {
		t.Fatal(err)
	}
	chainArgs := []string{"--rpc", dc.URL, "--registry", env.Domain.Registry.Hex(), "--npm", packumentServer(t), "--no-baseline"}

	code, out, _ := runVouch(t, append([]string{"verify", "--lockfile", path, "--json"}, chainArgs...)...)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d\n%s", code, exitFindings, out)
	}
	var report struct {
		Results []struct {
			Name, Version, Path, Status, Reason string
			Error                               bool
		}
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("--json output is not JSON: %v\n%s", err, out)
	}
	want := map[string]string{
		"node_modules/good":                "verified",
		"node_modules/x/node_modules/good": "mismatch",
		"node_modules/left-pad":            "not-enrolled",
		"node_modules/pulled":              "revoked",
		"node_modules/enrolled-only":       "unsigned",
	}
	for _, r := range report.Results {
		if want[r.Path] != r.Status {
			t.Errorf("%s: %s (%s), want %s", r.Path, r.Status, r.Reason, want[r.Path])
		}
		if r.Path == "node_modules/enrolled-only" && !r.Error {
			t.Error("a version of an enrolled package that nobody signed must be an error")
		}
		if r.Path == "node_modules/left-pad" && r.Error {
			t.Error("a package outside vouch is a warning without --strict")
		}
	}

	code, out, _ = runVouch(t, append([]string{"verify", "--lockfile", path}, chainArgs...)...)
	if code != exitFindings || !strings.Contains(out, "expected (signed)") || !strings.Contains(out, sri("tampered bytes")) {
		t.Errorf("text output must show expected and actual integrity (exit %d):\n%s", code, out)
	}

	code, out, _ = runVouch(t, append([]string{"verify", "--lockfile", path, "--sarif"}, chainArgs...)...)
	if code != exitFindings || !strings.Contains(out, `"version": "2.1.0"`) || !strings.Contains(out, "VOUCH001") {
		t.Errorf("--sarif (exit %d):\n%s", code, out)
	}

	// One verified package: exit 0, with both signers named.
	code, out, errOut := runVouch(t, append([]string{"verify", "good@1.0.0", "--integrity", sri("good bytes")}, chainArgs...)...)
	if code != exitOK {
		t.Fatalf("good@1.0.0: exit %d\n%s%s", code, out, errOut)
	}
	for _, k := range env.Keys[:2] {
		if !strings.Contains(out, chaintest.Addr(k).Hex()) {
			t.Errorf("signer %s not shown:\n%s", chaintest.Addr(k).Hex(), out)
		}
	}
	if code, _, _ := runVouch(t, append([]string{"verify", "good@1.0.0", "--integrity", sri("good bytes"), "--min-score", "95"}, chainArgs...)...); code != exitFindings {
		t.Errorf("--min-score 95 on a score of 90: exit %d, want 1", code)
	}
}

func TestVerifyUserErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"lockfileVersion": 3, "packages": {`), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no chain", []string{"verify", "a@1.0.0", "--integrity", sri("a")}, exitUsage, "no chain: set --rpc"},
		{"no registry", []string{"verify", "a@1.0.0", "--integrity", sri("a"), "--rpc", "http://127.0.0.1:1"}, exitUsage, "no registry"},
		{"malformed lockfile", []string{"verify", "--lockfile", bad}, exitUsage, "malformed lockfile"},
		{"missing lockfile", []string{"verify", "--lockfile", filepath.Join(dir, "nope.json")}, exitUsage, "no such file"},
		{"both", []string{"verify", "a@1", "--lockfile", bad}, exitUsage, "either PKG@VER or --lockfile"},
		{"chain down", []string{"verify", "a@1.0.0", "--integrity", sri("a"), "--rpc", "http://127.0.0.1:1", "--registry", "0x00000000000000000000000000000000000000aa"}, exitChain, "chain unreachable"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("VOUCH_CONFIG_DIR", t.TempDir())
			code, _, errOut := runVouch(t, tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.msg) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, errOut, tc.code, tc.msg)
			}
			if strings.Contains(errOut, "goroutine") || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
				t.Fatalf("a user error must be one line, no stack trace: %q", errOut)
			}
		})
	}
}

// TestAuditEnclaveFromChain registers real simulated-TPM evidence on chain
// and audits it by role; evidence that binds another key than the one
// registered is refused.
func TestAuditEnclaveFromChain(t *testing.T) {
	dc, env := registryOnDevChain(t)
	ctx := context.Background()
	state := t.TempDir()
	att, err := sim.NewAttester(sim.WithStateFile(filepath.Join(state, "tpm.state")))
	if err != nil {
		t.Fatal(err)
	}
	if err := att.PublishAK(state); err != nil {
		t.Fatal(err)
	}
	evidenceFor := func(key *ecdsa.PrivateKey) []byte {
		ev, err := attestation.Attest(ctx, att, attestation.NewBinding(attestation.RoleCoordinator, &key.PublicKey, dc.ChainID, env.Domain.Registry, nil, time.Now()))
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := ev.Marshal()
		return raw
	}
	enclaveKey, _ := crypto.GenerateKey()
	good := evidenceFor(enclaveKey)
	newestKey, _ := crypto.GenerateKey()
	newestGood := evidenceFor(newestKey)
	att.Close()
	// chaintest registers a placeholder coordinator (no real evidence): retire it.
	if _, err := env.RetireEnclave(ctx, chaintest.Addr(env.Coordinator)); err != nil {
		t.Fatal(err)
	}
	if _, err := env.RegisterEnclave(ctx, chain.RoleCoordinator, crypto.PubkeyToAddress(enclaveKey.PublicKey), [32]byte{1}, good); err != nil {
		t.Fatal(err)
	}
	args := []string{"audit", "enclave", "--role", "coordinator", "--allow-simulated", "--roots", filepath.Join(state, sim.AKFileName),
		"--rpc", dc.URL, "--registry", env.Domain.Registry.Hex()}
	code, out, errOut := runVouch(t, args...)
	if code != exitOK || !strings.Contains(out, "VERIFIED") || !strings.Contains(out, "SIMULATED") || !strings.Contains(out, crypto.PubkeyToAddress(enclaveKey.PublicKey).Hex()) {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	// Register the same evidence under another key: the binding does not match.
	other, _ := crypto.GenerateKey()
	if _, err := env.RegisterEnclave(ctx, chain.RoleCoordinator, crypto.PubkeyToAddress(other.PublicKey), [32]byte{1}, good); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runVouch(t, args...)
	if code != exitFindings || !strings.Contains(out, "the chain registered") {
		t.Fatalf("evidence of another key accepted (exit %d):\n%s", code, out)
	}

	// Attack: hide the bad registration behind a newer good one. Every
	// active key can act for the role, so every one is audited: still refused.
	if _, err := env.RegisterEnclave(ctx, chain.RoleCoordinator, crypto.PubkeyToAddress(newestKey.PublicKey), [32]byte{1}, newestGood); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runVouch(t, args...)
	if code != exitFindings || !strings.Contains(out, "the chain registered") || !strings.Contains(out, crypto.PubkeyToAddress(newestKey.PublicKey).Hex()) {
		t.Fatalf("a bad registered key hid behind a newer good one (exit %d):\n%s", code, out)
	}
	code, out, _ = runVouch(t, append(args, "--json")...)
	var reports []struct {
		Verified      bool   `json:"verified"`
		RegisteredKey string `json:"registeredKey"`
	}
	if err := json.Unmarshal([]byte(out), &reports); err != nil || code != exitFindings || len(reports) != 3 {
		t.Fatalf("--json: want one report per active key (3), exit 1; got exit %d, %v:\n%s", code, err, out)
	}
	if !reports[0].Verified || reports[1].Verified || !reports[2].Verified {
		t.Fatalf("verified flags newest first: want true, false, true; got %+v", reports)
	}
}
