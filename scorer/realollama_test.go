package scorer_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/models"
	"github.com/vouchpm/vouch/models/ollamatest"
	"github.com/vouchpm/vouch/models/tinygen"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/corpus"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/model"
	"github.com/vouchpm/vouch/scorer/server"
)

// realEngine returns an engine wired to the real ollama server's tiny model,
// after checking the served digest against models/tiny-test.json.
func realEngine(t testing.TB, srv *ollamatest.Server, cfg model.Config) (*scorer.Engine, model.Pin) {
	t.Helper()
	m, err := models.Embedded("tiny-test")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// The pin: what /api/tags reports must be what the manifest in the repository says.
	if err := models.VerifyServedModel(ctx, srv.Client, m); err != nil {
		t.Fatalf("served tiny model does not match models/tiny-test.json: %v", err)
	}
	pin, err := model.PinFromManifest(m)
	if err != nil {
		t.Fatal(err)
	}
	mc := model.New(srv.Client, pin, cfg)
	if err := mc.Verify(ctx); err != nil {
		t.Fatal(err)
	}
	return &scorer.Engine{Analyzer: heuristics.New(nil), Model: mc, Pin: pin}, pin
}

func testSigner(t testing.TB) *scorer.Signer {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return &scorer.Signer{Key: key, Domain: wire.Domain{ChainID: 1337, Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}}
}

func corpusSample(t testing.TB, name string) corpus.Sample {
	t.Helper()
	all, err := corpus.Malicious(filepath.Join("testdata", "corpus", "malicious"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range all {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("corpus sample %s not found", name)
	return corpus.Sample{}
}

// TestRealOllamaScore scores a real corpus diff through a real ollama server
// serving the generated tiny model: digest pinned, schema-constrained answer
// parsed, signed score carrying the manifest's modelHash.
func TestRealOllamaScore(t *testing.T) {
	srv := ollamatest.Start(t)
	engine, pin := realEngine(t, srv, model.Config{})
	want, err := models.ModelHash(srv.Manifest)
	if err != nil {
		t.Fatal(err)
	}
	if pin.Hash != want {
		t.Fatalf("pin hash %x, models.ModelHash %x", pin.Hash, want)
	}

	s := corpusSample(t, "credential-harvester-https")
	name, version, err := scorer.PackageIdentity(s.New, engine.Limits)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	sc, rep, err := engine.Evaluate(ctx, scorer.Request{PackageName: name, Version: version, Base: s.Base, New: s.New})
	if err != nil {
		t.Fatalf("evaluate through real ollama: %v\n%s", err, srv.LogTail(20))
	}
	a := rep.Model
	if a == nil || rep.Mode != scorer.ModeModel {
		t.Fatalf("mode %q, model assessment %v: the model was not asked", rep.Mode, a)
	}
	if !a.Usable || a.Parts != 1 || a.Truncated {
		t.Fatalf("assessment usable=%v parts=%d truncated=%v events=%+v: want one usable part", a.Usable, a.Parts, a.Truncated, a.Events)
	}
	// Parts are sized for the tiny model's byte vocabulary (bytesPerToken 1), not 3.
	if pin.BytesPerToken != 1 || a.PartBytes != model.PartBytes(pin) || a.PartBytes > 8192 {
		t.Fatalf("part size %d (bytesPerToken %v), want PartBytes %d under num_ctx 8192", a.PartBytes, pin.BytesPerToken, model.PartBytes(pin))
	}
	switch a.Verdict {
	case "safe", "suspicious", "malicious":
	default:
		t.Fatalf("verdict %q is not one the schema allows", a.Verdict)
	}
	if a.Score > 100 || rep.ModelScore != a.Score {
		t.Fatalf("model score %d, report modelScore %d", a.Score, rep.ModelScore)
	}
	if wantScore, _ := scorer.Combine(sc.HeuristicScore, a.Score, false, scorer.DefaultThreshold); sc.Score != wantScore {
		t.Fatalf("score %d, Combine(%d, %d) = %d", sc.Score, sc.HeuristicScore, a.Score, wantScore)
	}

	signed, err := testSigner(t).Sign(ctx, sc, rep)
	if err != nil {
		t.Fatal(err)
	}
	if signed.Score.ModelHash != want {
		t.Fatalf("signed modelHash %x, want models.ModelHash(tiny-test) %x", signed.Score.ModelHash, want)
	}
	fh, err := rep.FindingsHash()
	if err != nil || signed.Score.FindingsHash != fh {
		t.Fatalf("signed findingsHash %x, report hashes to %x (%v)", signed.Score.FindingsHash, fh, err)
	}
	t.Logf("real ollama: score %d (heuristics %d, model %d %s, reasons %q)", sc.Score, sc.HeuristicScore, a.Score, a.Verdict, a.Reasons)
}

// TestRealOllamaSwappedWeightsRefused re-creates the pinned tag from a GGUF
// with other weights (seed 2) after the scorer has verified it, and shows the
// scorer server refuses to score: no signed score leaves it.
func TestRealOllamaSwappedWeightsRefused(t *testing.T) {
	srv := ollamatest.Start(t)
	engine, pin := realEngine(t, srv, model.Config{Retries: -1})
	ss := &server.Server{Engine: engine, Signer: testSigner(t)}

	swapped := srv.CreateTiny(pin.Name, ollamatest.TinySeed+1)
	if strings.TrimPrefix(swapped, "sha256:") == pin.WeightsDigest {
		t.Fatalf("seed %d produced the pinned digest %s: the swap proves nothing", ollamatest.TinySeed+1, swapped)
	}

	s := corpusSample(t, "credential-harvester-https")
	name, version, err := scorer.PackageIdentity(s.New, engine.Limits)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// The engine itself refuses, with the sentinel error...
	if _, _, err := engine.Evaluate(ctx, scorer.Request{PackageName: name, Version: version, Base: s.Base, New: s.New}); !errors.Is(err, model.ErrDigestMismatch) {
		t.Fatalf("Evaluate with swapped weights: %v, want ErrDigestMismatch", err)
	}
	// ...and the enclave's protocol handler answers an error, not a signed score.
	resp := ss.Handle(ctx, wire.ScorerRequest{Version: wire.ScorerProtocolVersion, Op: wire.ScorerOpScore, Score: &wire.ScoreTarballsRequest{
		PackageName: name, Version: version, BaseTarball: s.Base, NewTarball: s.New,
	}})
	if resp.Score != nil || !strings.Contains(resp.Error, "digest differs") {
		t.Fatalf("scorer answered score=%v error=%q for swapped weights, want a digest refusal and no score", resp.Score, resp.Error)
	}
}

// TestRealOllamaOverlongPartFailsClosed sends a part larger than num_ctx:
// ollama must refuse it (the client turns truncation off) and the part counts
// as unusable, never as a judgement of a silently cut prompt.
func TestRealOllamaOverlongPartFailsClosed(t *testing.T) {
	srv := ollamatest.Start(t)
	engine, _ := realEngine(t, srv, model.Config{MaxPartBytes: 64 << 10, MaxParts: 1, Retries: -1})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// 12 KB of code in one part: 12K tokens for the byte-vocabulary model, over num_ctx 8192.
	text := strings.Repeat("+ module.exports.value = 'ordinary code, nothing else';\n", 220)
	a, err := engine.Model.Assess(ctx, text, [32]byte{1})
	if err != nil {
		t.Fatal(err)
	}
	if a.Usable || a.Score != 0 {
		t.Fatalf("over-long part: usable=%v score=%d events=%+v, want unusable with score 0", a.Usable, a.Score, a.Events)
	}
	found := false
	for _, e := range a.Events {
		found = found || e.Kind == "context-overflow"
	}
	if !found {
		t.Fatalf("events %+v: want a context-overflow event", a.Events)
	}
}

// TestRealOllamaBlobSwappedOnDiskRefused swaps the GGUF blob of the pinned tag in the
// models folder of a running ollama (same name, other bytes: the weights of seed 2).
// ollama's manifest is untouched, so /api/tags still reports the pinned digest and an
// API-only check passes; the scorer hashes the blob itself and refuses to score.
func TestRealOllamaBlobSwappedOnDiskRefused(t *testing.T) {
	srv := ollamatest.Start(t)
	modelsDir := filepath.Join(srv.Dir, "models")
	engine, pin := realEngine(t, srv, model.Config{Retries: -1, ModelsDir: modelsDir})
	engine.ModelLocality = model.LocalityLoopback
	s := corpusSample(t, "credential-harvester-https")
	name, version, err := scorer.PackageIdentity(s.New, engine.Limits)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	req := scorer.Request{PackageName: name, Version: version, Base: s.Base, New: s.New}
	_, rep, err := engine.Evaluate(ctx, req)
	if err != nil {
		t.Fatalf("evaluate with the pinned weights: %v", err)
	}
	if rep.ModelLocality != model.LocalityLoopback {
		t.Fatalf("report modelLocality %q, want loopback", rep.ModelLocality)
	}

	blob := filepath.Join(modelsDir, "blobs", "sha256-"+pin.ModelLayerDigest)
	other := filepath.Join(t.TempDir(), "seed2.gguf")
	if err := tinygen.WriteFile(other, ollamatest.TinySeed+1); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(other)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(blob, data, 0o644); err != nil {
		t.Fatalf("swap the weights blob: %v", err)
	}
	// What the server says is unchanged: the API cannot see the swap.
	if err := models.VerifyServedModel(ctx, srv.Client, srv.Manifest); err != nil {
		t.Fatalf("after the on-disk swap /api/tags no longer reports the pin (%v): the test would prove nothing", err)
	}
	if _, _, err := engine.Evaluate(ctx, req); !errors.Is(err, model.ErrWeightsMismatch) {
		t.Fatalf("Evaluate with the weights blob swapped on disk: %v, want ErrWeightsMismatch", err)
	}
	ss := &server.Server{Engine: engine, Signer: testSigner(t)}
	resp := ss.Handle(ctx, wire.ScorerRequest{Version: wire.ScorerProtocolVersion, Op: wire.ScorerOpScore, Score: &wire.ScoreTarballsRequest{
		PackageName: name, Version: version, BaseTarball: s.Base, NewTarball: s.New,
	}})
	if resp.Score != nil || !strings.Contains(resp.Error, "weights") {
		t.Fatalf("scorer answered score=%v error=%q with swapped weights, want a refusal and no score", resp.Score, resp.Error)
	}
}
