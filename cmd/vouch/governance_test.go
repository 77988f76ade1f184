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
	"github.com/vouchpm/vouch/host/chain/chaintest"
)

// TestGovernanceCommands runs the registration of a new coordinator key the
// way governance does it: two of three members sign on their own machines,
// the second sends (a gas key that governs nothing), and the chain refuses
// what lacks the quorum or the allowlist entry.
func TestGovernanceCommands(t *testing.T) {
	f := newFlowEnv(t)
	ctx := context.Background()
	dir := t.TempDir()
	keyFile := func(name string, raw []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(hex.EncodeToString(raw)+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gov := make([]string, 3)
	for i, k := range f.chain.GovKeys {
		gov[i] = keyFile("gov"+string(rune('0'+i))+".key", crypto.FromECDSA(k))
	}
	gas := keyFile("gas.key", crypto.FromECDSA(f.chain.Governance))
	newKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	ev, err := attestation.Attest(ctx, f.coord.att, attestation.NewBinding(attestation.RoleCoordinator, &newKey.PublicKey,
		f.chain.Domain.ChainID, f.chain.Domain.Registry, nil, time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	evPath := filepath.Join(dir, "ev.cbor")
	if err := os.WriteFile(evPath, chaintest.Must(ev.Marshal()), 0o644); err != nil {
		t.Fatal(err)
	}
	trust := []string{"--evidence", evPath, "--allow-simulated", "--roots", f.akPEM}
	vouch := func(want int, args ...string) govResult {
		t.Helper()
		code, out, errOut := runVouch(t, append(args, "--json")...)
		if code != want {
			t.Fatalf("vouch %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, want, out, errOut)
		}
		var r govResult
		if want == 0 {
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatalf("vouch %s --json: %v\n%s", strings.Join(args, " "), err, out)
			}
		}
		return r
	}

	code, out, _ := runVouch(t, "governance", "status", "--json")
	if code != 0 || !strings.Contains(out, `"threshold": 2`) || strings.Count(out, "0x") != 3 {
		t.Fatalf("status: %d\n%s", code, out)
	}
	// Registration before the allowlist entry: signed by two, refused on chain.
	vouch(exitFindings, append([]string{"governance", "register", "--role", "coordinator", "--gov-key-file", gov[0], "--gov-key-file", gov[1], "--chain-key-file", gas}, trust...)...)
	// Allow: member 0 signs and hands the signature over; one signature
	// does not send.
	r := vouch(0, append([]string{"governance", "allow", "--role", "coordinator", "--gov-key-file", gov[0]}, trust...)...)
	if r.Sent || len(r.Signatures) != 1 || r.Action != "Allow" {
		t.Fatalf("allow by one member: %+v", r)
	}
	vouch(exitUsage, append([]string{"governance", "allow", "--role", "coordinator", "--gov-key-file", gov[0], "--chain-key-file", gas}, trust...)...)
	sig := r.Signatures[0].Signer + ":" + r.Signatures[0].Sig
	r = vouch(0, append([]string{"governance", "allow", "--role", "coordinator", "--gov-key-file", gov[2], "--sig", sig, "--chain-key-file", gas}, trust...)...)
	if !r.Sent {
		t.Fatalf("allow by two members not sent: %+v", r)
	}
	// The same signatures again: the nonce moved.
	vouch(exitFindings, append([]string{"governance", "allow", "--role", "coordinator", "--nonce", "2", "--gov-key-file", gov[2], "--sig", sig, "--chain-key-file", gas}, trust...)...)
	r = vouch(0, append([]string{"governance", "register", "--role", "coordinator", "--gov-key-file", gov[0], "--gov-key-file", gov[1], "--chain-key-file", gas}, trust...)...)
	if !r.Sent || r.Action != "EnclaveRegistration" {
		t.Fatalf("register: %+v", r)
	}
	addr := crypto.PubkeyToAddress(newKey.PublicKey)
	if role, err := f.chain.Reader.EnclaveRole(ctx, addr); err != nil || role != chain.RoleCoordinator {
		t.Fatalf("registered role = %d, %v", role, err)
	}
	// Typed data for a wallet; then the retirement, signed by two.
	code, out, _ = runVouch(t, "governance", "retire", "--key", addr.Hex(), "--reason", "rotated", "--typed-data", "--json")
	if code != 0 || !strings.Contains(out, `"primaryType": "EnclaveRetirement"`) && !strings.Contains(out, `"primaryType":"EnclaveRetirement"`) {
		t.Fatalf("typed data: %d\n%s", code, out)
	}
	vouch(exitUsage, "governance", "retire", "--key", addr.Hex(), "--gov-key-file", hex.EncodeToString(crypto.FromECDSA(f.chain.GovKeys[0])))
	vouch(0, "governance", "retire", "--key", addr.Hex(), "--reason", "rotated", "--gov-key-file", gov[1], "--gov-key-file", gov[2], "--chain-key-file", gas)
	if role, err := f.chain.Reader.EnclaveRole(ctx, addr); err != nil || role != 0 {
		t.Fatalf("retired role = %d, %v", role, err)
	}
}
