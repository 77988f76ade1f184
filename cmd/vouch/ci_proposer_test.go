package main

import (
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"github.com/vouchpm/vouch/enclave/chain"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
	"github.com/vouchpm/vouch/cmd/vouch/internal/signfile"
	"github.com/vouchpm/vouch/enclave/wire"
	api "github.com/vouchpm/vouch/host/api/apijson"
)

// TestCIProposerFromTheCLI: a 2-of-2 policy names a CI proposer with vouch
// enroll --proposer; the CI key proposes from a key file with its commit and
// run URL; one maintainer's approval with the CI proposal is not 2 (the host
// keeps it pending); the second maintainer's makes it approved; once on
// chain, vouch verify --json shows the signed gitSha and ciRunUrl.
func TestCIProposerFromTheCLI(t *testing.T) {
	f := newFlowEnv(t)
	work := t.TempDir()
	ciKey, _ := crypto.GenerateKey()
	ciAddr := crypto.PubkeyToAddress(ciKey.PublicKey).Hex()
	enrollFile := filepath.Join(work, "enroll.vouch.json")
	out := f.as(t, "alice", "enroll", "ci-widget", "--maintainer", f.addr("alice")+","+f.addr("bob"), "--proposer", ciAddr,
		"--threshold", "2", "--veto-window", "0s", "--out", enrollFile)
	if !strings.Contains(out, "proposer 1   "+ciAddr) {
		t.Fatalf("enroll does not show the proposer:\n%s", out)
	}
	if code, _, errOut := f.try(t, "alice", "enroll", "x-widget", "--maintainer", f.addr("alice"), "--proposer", f.addr("alice"), "--threshold", "1"); code != exitUsage || !strings.Contains(errOut, "is a maintainer") {
		t.Fatalf("a maintainer as proposer: exit %d, %s", code, errOut)
	}
	f.as(t, "bob", "enroll", "--sign", enrollFile, "--yes")
	f.as(t, "", "submit", enrollFile, "--wait", "0")
	ef, err := signfile.ReadAny(enrollFile)
	if err != nil {
		t.Fatal(err)
	}
	_, pol, _ := ef.PolicyChange()
	if len(pol.Proposers) != 1 || pol.Proposers[0].Hex() != ciAddr {
		t.Fatalf("signed policy proposers %v", pol.Proposers)
	}
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

	keyFile := filepath.Join(work, "ci.key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(ciKey))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	sha := "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"
	runURL := "https://github.com/o/ci-widget/actions/runs/123"
	tgzPath, tgz := packDir(t, "ci-widget", "1.0.0", "module.exports = 1\n")
	out = f.as(t, "", "propose", "--tarball", tgzPath, "--key-file", keyFile, "--git-sha", sha, "--ci-run-url", runURL, "--json")
	var st api.ReleaseStatus
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("propose --json: %v\n%s", err, out)
	}
	if st.GitSha != "0x"+sha || st.CIRunURL != runURL || len(st.Signers) != 1 || st.State != "pending" {
		t.Fatalf("CI proposal: %+v", st)
	}
	if out := f.as(t, "bob", "approve", st.ID, "--yes"); !strings.Contains(out, "1 of 2 signatures, pending") {
		t.Fatalf("approve by the first maintainer of a CI proposal:\n%s", out)
	}
	var st2 api.ReleaseStatus
	if err := json.Unmarshal([]byte(f.as(t, "", "status", st.ID, "--json")), &st2); err != nil || st2.State != "pending" || len(st2.Signers) != 2 {
		t.Fatalf("CI proposal + 1 of 2 maintainers: %v %+v (want pending: the CI signature never counts)", err, st2)
	}
	f.as(t, "alice", "approve", st.ID, "--yes")
	if err := json.Unmarshal([]byte(f.as(t, "", "status", st.ID, "--json")), &st2); err != nil || st2.State != "approved" {
		t.Fatalf("2 of 2 maintainers: %v %+v", err, st2)
	}

	sum := sha512.Sum512(tgz)
	rel := wire.Release{PackageName: "ci-widget", Version: "1.0.0", Integrity: sum[:], ContentHash: sha256.Sum256(tgz), CIRunURL: runURL}
	raw, _ := hex.DecodeString(sha)
	rel.GitSha = [20]byte(raw)
	if d, _ := wire.Digest(f.chain.Domain, rel); wire.HexDigest(d) != st.ID {
		t.Fatalf("release id %s, want the digest with gitSha and ciRunUrl %s", st.ID, wire.HexDigest(d))
	}
	if _, err := f.chain.Publish(context.Background(), rel, 90, f.keys["alice"], f.keys["bob"]); err != nil {
		t.Fatal(err)
	}
	out = f.as(t, "", "verify", "ci-widget@1.0.0", "--integrity", lockfile.SRI(sum[:]), "--json")
	if !strings.Contains(out, `"verified"`) || !strings.Contains(out, `"gitSha": "`+sha+`"`) || !strings.Contains(out, `"ciRunUrl": "`+runURL+`"`) {
		t.Fatalf("verify --json lacks the provenance:\n%s", out)
	}
}
