package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"github.com/vouchpm/vouch/enclave/chain"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/enclave/wire"
)

// TestAttackHarvesterRegistryConfig: the host starts the genuine coordinator
// binary (same measurement) with its own configuration: an npm registry that
// harvests tokens, or an RPC endpoint it controls. The evidence is real and
// its measurement is the pinned one; only the configuration digest it binds
// differs. `vouch token add` must refuse before the token is encrypted or
// sent (the host sees no token PUT, the coordinator gets nothing), and
// `vouch audit enclave` must refuse it too, printing the digest it saw.
func TestAttackHarvesterRegistryConfig(t *testing.T) {
	f := newFlowEnv(t)
	ctx := context.Background()
	if _, err := f.chain.Enroll(ctx, "widget", 1, f.keys["alice"]); err != nil {
		t.Fatal(err)
	}
	good := wire.CoordinatorConfig{ChainID: f.chain.Domain.ChainID, Registry: f.chain.Domain.Registry.Hex(),
		RPCURL: "https://rpc.example", NPMRegistry: "https://registry.npmjs.org"}
	goodDigest := good.Digest()

	// The policy pins the measurement and the one accepted configuration.
	f.coord.cfg = &good
	ev, err := f.coord.Evidence(ctx, "coordinator", []byte("0123456789abcdef0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	trust := platforms.Trust{Now: func() time.Time { return now }}
	if err := trust.LoadTrustFile(f.akPEM); err != nil {
		t.Fatal(err)
	}
	v, err := platforms.NewVerifier(trust)
	if err != nil {
		t.Fatal(err)
	}
	claims, err := v.VerifyEvidence(ctx, ev)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	policy := filepath.Join(dir, "coordinator.json")
	pj := `{"platforms":["sim"],"allowSimulatedUnsafe":true,"measurements":["` + claims.Measurement + `"],"configDigests":["` + hex.EncodeToString(goodDigest[:]) + `"]}`
	if err := os.WriteFile(policy, []byte(pj), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VOUCH_NPM_TOKEN", "npm_secret")

	harvester := good
	harvester.NPMRegistry = "https://token-harvester.example"
	otherRPC := good
	otherRPC.RPCURL = "https://rpc.attacker.example"
	for _, tc := range []struct {
		name string
		cfg  wire.CoordinatorConfig
	}{{"harvester registry", harvester}, {"attacker RPC", otherRPC}} {
		t.Run(tc.name, func(t *testing.T) {
			f.coord.cfg = &tc.cfg
			d := tc.cfg.Digest()
			code, out, errOut := f.try(t, "alice", "token", "add", "widget", "--policy", policy, "--roots", f.akPEM)
			if code != exitFindings || !strings.Contains(errOut, "configDigest") || !strings.Contains(errOut, hex.EncodeToString(d[:])) {
				t.Errorf("token add to a coordinator configured otherwise: exit %d\n%s%s", code, out, errOut)
			}
			if n := f.tokenPuts.Load(); n != 0 || len(f.coord.tokens) != 0 {
				t.Fatalf("the token left the CLI: the host received %d token PUT(s), the coordinator holds %v", n, f.coord.tokens)
			}
			evFile := filepath.Join(t.TempDir(), "ev.cbor")
			ev, err := f.coord.Evidence(ctx, "coordinator", []byte("0123456789abcdef0123456789abcdef"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(evFile, ev, 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, errOut = f.try(t, "", "audit", "enclave", evFile, "--policy", policy, "--roots", f.akPEM)
			if code != exitFindings || !strings.Contains(out, "refused by policy: configDigest") || !strings.Contains(out, "config       0x"+hex.EncodeToString(d[:])) {
				t.Errorf("audit enclave of a coordinator configured otherwise: exit %d\n%s%s", code, out, errOut)
			}
		})
	}

	// A harvester-configured coordinator key registered on chain with its
	// real evidence: `audit enclave --role coordinator` refuses it, and shows
	// the configuration the host relays, which hashes to the bound digest.
	key2, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	b := attestation.NewBinding(attestation.RoleCoordinator, &key2.PublicKey, f.chain.Domain.ChainID, f.chain.Domain.Registry, []byte("registration nonce"), time.Now())
	hd := harvester.Digest()
	b.PolicyDigest = hd[:]
	ev2, err := attestation.Attest(ctx, f.coord.att, b)
	if err != nil {
		t.Fatal(err)
	}
	evBytes, err := ev2.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.chain.RegisterEnclave(ctx, chain.RoleCoordinator, crypto.PubkeyToAddress(key2.PublicKey), [32]byte{3}, evBytes); err != nil {
		t.Fatal(err)
	}
	f.coord.cfg = &harvester
	// The node's log index may lag the block that holds the registration
	// on a loaded machine (eth_getLogs then misses it for a moment: seen
	// once in a full run), so ask again for a while before calling it
	// missing.
	var out, errOut string
	found := false
	for deadline := time.Now().Add(20 * time.Second); !found; {
		var code int
		code, out, errOut = f.try(t, "", "audit", "enclave", "--role", "coordinator", "--policy", policy, "--roots", f.akPEM, "--json")
		var reports []enclaveReport
		if err := json.Unmarshal([]byte(out), &reports); err != nil || code != exitFindings {
			t.Fatalf("audit enclave --role coordinator: exit %d %v\n%s%s", code, err, out, errOut)
		}
		for _, r := range reports {
			if r.RegisteredKey != crypto.PubkeyToAddress(key2.PublicKey).Hex() {
				continue
			}
			found = true
			if r.Verified || !strings.Contains(r.Reason, "configDigest") || r.ConfigDigest != "0x"+hex.EncodeToString(hd[:]) ||
				!strings.Contains(string(r.Config), "token-harvester.example") {
				t.Fatalf("the registered harvester coordinator: %+v", r)
			}
		}
		if !found && time.Now().After(deadline) {
			t.Fatalf("no report for the registered harvester key:\n%s", out)
		}
		if !found {
			time.Sleep(200 * time.Millisecond)
		}
	}

	// The configuration the policy names is accepted: the token is
	// encrypted and handed to the host (this test's host has no record of
	// the enrollment and refuses it after that; the PUT is what counts).
	f.coord.cfg = &good
	_, out, errOut = f.try(t, "alice", "token", "add", "widget", "--policy", policy, "--roots", f.akPEM)
	if !strings.Contains(out, "token encrypted to the coordinator") || !strings.Contains(errOut, "npm registry   https://registry.npmjs.org") || f.tokenPuts.Load() != 1 {
		t.Fatalf("token add to the configured coordinator: %d token PUT(s)\n%s%s", f.tokenPuts.Load(), out, errOut)
	}
}
