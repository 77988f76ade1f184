package scorer_test

import (
	"context"
	"encoding/hex"
	"errors"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/sandbox"
)

// TestSandboxBehaviourInSignedScore: with the sandbox, the engine lowers the score by what
// the new release did (a decoy read and its exfiltration), signs behaviourHash = hash of
// the behaviour report, and a relay that zeroes behaviourHash (to claim no sandbox ran, or
// to pair the score with another behaviour report) breaks the signature.
func TestSandboxBehaviourInSignedScore(t *testing.T) {
	r, err := sandbox.New(sandbox.Config{})
	if errors.Is(err, sandbox.ErrUnavailable) || os.Geteuid() != 0 {
		t.Skipf("sandbox unavailable here (tools or root): %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	req := sample(t, "credential-harvester-https")
	plain, _, err := (&scorer.Engine{}).Evaluate(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	s, rep, err := (&scorer.Engine{Sandbox: r}).Evaluate(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	bh, err := rep.Behaviour.Hash()
	if err != nil {
		t.Fatal(err)
	}
	if s.BehaviourHash != bh || rep.BehaviourHash != hex.EncodeToString(bh[:]) || bh == ([32]byte{}) {
		t.Fatalf("behaviourHash: score %x, report %s, recomputed %x", s.BehaviourHash, rep.BehaviourHash, bh)
	}
	found := false
	for _, f := range rep.Findings {
		found = found || f.Rule == sandbox.RuleHoneytoken
	}
	if !found {
		t.Errorf("no %s finding in the scored report: %+v", sandbox.RuleHoneytoken, rep.Findings)
	}
	if plain.BehaviourHash != ([32]byte{}) {
		t.Errorf("a score without the sandbox has behaviourHash %x", plain.BehaviourHash)
	}
	key, _ := crypto.GenerateKey()
	sg := &scorer.Signer{Key: key, Domain: wire.Domain{ChainID: 1337, Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}}
	signed, err := sg.Sign(ctx, s, rep)
	if err != nil {
		t.Fatal(err)
	}
	forged := signed.Score
	forged.BehaviourHash = [32]byte{}
	d, err := wire.Digest(sg.Domain, forged)
	if err != nil {
		t.Fatal(err)
	}
	if addr, err := wire.Recover(d, signed.Signature); err == nil && addr == crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("the signature still verifies with behaviourHash zeroed")
	}
}
