package scorer_test

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ollama/ollama/api"
	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/corpus"
	"github.com/vouchpm/vouch/scorer/model"
	"github.com/vouchpm/vouch/scorer/model/modeltest"
	"github.com/vouchpm/vouch/scorer/tarball"
)

const digest = "a2af6cc3eb7fa8be8504abaf9b04e88f17a119ec3f04a3addf55f92841195f5a"

func sample(t *testing.T, name string) (req scorer.Request) {
	t.Helper()
	dir := "testdata/corpus/malicious/" + name
	newTgz, err := corpus.Pack(dir + "/new")
	if err != nil {
		t.Fatal(err)
	}
	var baseTgz []byte
	if name != "crossenv-typosquat-first-release" {
		if baseTgz, err = corpus.Pack(dir + "/base"); err != nil {
			t.Fatal(err)
		}
	}
	n, v, err := scorer.PackageIdentity(newTgz, tarball.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return scorer.Request{PackageName: n, Version: v, Base: baseTgz, New: newTgz}
}

func benignPair(t *testing.T) scorer.Request {
	t.Helper()
	base, err := corpus.Pack("testdata/corpus/malicious/prompt-injection-readme/base")
	if err != nil {
		t.Fatal(err)
	}
	return scorer.Request{PackageName: "left-trim-lines", Version: "1.0.4", Base: nil, New: base}
}

func TestCombine(t *testing.T) {
	tests := []struct {
		h, m      uint8
		truncated bool
		want, cap uint8
	}{
		{100, 100, false, 100, 100},
		{100, 0, false, 30, 100},
		{100, 80, false, 86, 100},
		{70, 100, false, 80, 80},  // the model lifts at most 10 above h
		{40, 100, false, 40, 40},  // flagged by heuristics: the model cannot unflag
		{59, 100, false, 59, 59},  // just below the threshold stays below
		{60, 100, false, 70, 70},  // at the threshold: lift allowed
		{100, 100, true, 88, 100}, // truncation costs 12
		{0, 0, true, 0, 0},
	}
	for _, tc := range tests {
		got, capv := scorer.Combine(tc.h, tc.m, tc.truncated, scorer.DefaultThreshold)
		if got != tc.want || capv != tc.cap {
			t.Errorf("Combine(h=%d, m=%d, trunc=%v) = %d cap %d, want %d cap %d", tc.h, tc.m, tc.truncated, got, capv, tc.want, tc.cap)
		}
	}
}

// Golden vector: inputHash of fixed hashes must not change without a version bump.
func TestInputHashVector(t *testing.T) {
	var base, nw [32]byte
	for i := range base {
		base[i], nw[i] = byte(i), byte(0xff-i)
	}
	got := scorer.InputHash(base, nw)
	// Independently: sha256(a3 6e"newContentHash" 5820<new> 6f"baseContentHash" 5820<base> 72"scorerInputVersion" 01).
	const want = "55c42776e2b94d63671e4c18bcb3441b519a2ecb2221b73896093aab0416c167"
	if hex.EncodeToString(got[:]) != want {
		t.Fatalf("inputHash = %x, want %s", got, want)
	}
	if scorer.InputHash([32]byte{}, nw) == got {
		t.Fatal("inputHash ignores the base")
	}
}

func TestHeuristicsOnly(t *testing.T) {
	e := &scorer.Engine{}
	s, rep, err := e.Evaluate(context.Background(), sample(t, "ua-parser-js-preinstall-miner"))
	if err != nil {
		t.Fatal(err)
	}
	if s.ModelHash != ([32]byte{}) || rep.Mode != scorer.ModeHeuristicsOnly || s.Score != s.HeuristicScore || !rep.Flagged {
		t.Fatalf("score %+v report mode %s flagged %v", s, rep.Mode, rep.Flagged)
	}
	if s.BaseContentHash == ([32]byte{}) || s.InputHash != scorer.InputHash(s.BaseContentHash, s.ContentHash) {
		t.Fatal("hashes not filled")
	}
}

func TestIdentityMismatch(t *testing.T) {
	req := sample(t, "ua-parser-js-preinstall-miner")
	req.Version = "9.9.9"
	if _, _, err := (&scorer.Engine{}).Evaluate(context.Background(), req); !errors.Is(err, scorer.ErrNameMismatch) {
		t.Fatalf("err = %v, want ErrNameMismatch", err)
	}
}

func engineWithModel(t *testing.T, reply func(api.ChatRequest, int) modeltest.Reply) *scorer.Engine {
	e, _ := engineAndServer(t, reply)
	return e
}

func engineAndServer(t *testing.T, reply func(api.ChatRequest, int) modeltest.Reply) (*scorer.Engine, *modeltest.Server) {
	srv := modeltest.New(t, "gemma3:4b", digest, reply)
	pin := model.Pin{Name: "gemma3:4b", WeightsDigest: digest, Prompt: "judge", Options: map[string]any{"temperature": 0, "seed": 1}, Hash: [32]byte{1, 2, 3}}
	c := model.New(srv.Client(), pin, model.Config{Timeout: 5 * time.Second, Backoff: func(int) time.Duration { return 0 }})
	if err := c.Verify(context.Background()); err != nil {
		t.Fatal(err)
	}
	return &scorer.Engine{Model: c, Pin: pin}, srv
}

// The tag is re-created with other weights after the scorer checked it at start-up,
// before or while a release is assessed: no score comes out either way.
func TestWeightsSwappedAfterStartRefused(t *testing.T) {
	other := strings.Repeat("b", 64)
	safe := `{"score": 100, "verdict": "safe", "reasons": []}`
	t.Run("before the score", func(t *testing.T) {
		e, srv := engineAndServer(t, answer(safe))
		srv.SetDigest(other)
		if _, _, err := e.Evaluate(context.Background(), sample(t, "ua-parser-js-preinstall-miner")); !errors.Is(err, model.ErrDigestMismatch) {
			t.Fatalf("err = %v, want ErrDigestMismatch", err)
		}
		if n := len(srv.Requests()); n != 0 {
			t.Fatalf("%d chat requests sent to a swapped model", n)
		}
	})
	t.Run("during the assessment", func(t *testing.T) {
		var srv *modeltest.Server
		e, srv := engineAndServer(t, func(api.ChatRequest, int) modeltest.Reply {
			srv.SetDigest(other) // swapped while the model answers
			return modeltest.Reply{Chunks: []string{safe}}
		})
		if _, _, err := e.Evaluate(context.Background(), sample(t, "ua-parser-js-preinstall-miner")); !errors.Is(err, model.ErrDigestMismatch) {
			t.Fatalf("err = %v, want ErrDigestMismatch", err)
		}
	})
}

func answer(s string) func(api.ChatRequest, int) modeltest.Reply {
	return func(api.ChatRequest, int) modeltest.Reply { return modeltest.Reply{Chunks: []string{s}} }
}

// The model obeys an injected "score: 100": the heuristic cap still holds.
func TestInjectedScoreCapped(t *testing.T) {
	e := engineWithModel(t, answer(`{"score": 100, "verdict": "safe", "reasons": ["audited by the security team"]}`))
	s, rep, err := e.Evaluate(context.Background(), sample(t, "prompt-injection-with-exfil"))
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Flagged || s.Score > s.HeuristicScore || rep.Mode != scorer.ModeModel || s.ModelHash != ([32]byte{1, 2, 3}) {
		t.Fatalf("score %d heuristic %d flagged %v mode %s", s.Score, s.HeuristicScore, rep.Flagged, rep.Mode)
	}
}

func TestMalformedModelFailsClosed(t *testing.T) {
	e := engineWithModel(t, answer(`{"score": "very safe"`))
	s, rep, err := e.Evaluate(context.Background(), benignPair(t))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Model.Usable || s.Score != 30 || !rep.Flagged {
		t.Fatalf("score %d usable %v", s.Score, rep.Model.Usable)
	}
	var rules []string
	for _, f := range rep.Findings {
		rules = append(rules, f.Rule)
	}
	if fmt.Sprint(rules) != "[model-answer-unusable model-answer-event model-answer-event model-answer-event]" {
		t.Fatalf("findings %v", rules)
	}
}

func TestOutOfRangeRecorded(t *testing.T) {
	e := engineWithModel(t, answer(`{"score": 250, "verdict": "safe", "reasons": []}`))
	s, rep, err := e.Evaluate(context.Background(), benignPair(t))
	if err != nil {
		t.Fatal(err)
	}
	if s.Score != 100 || rep.Model.Events[0].Kind != "out-of-range" || rep.Flagged {
		t.Fatalf("score %d events %+v", s.Score, rep.Model.Events)
	}
}

// testAttester is a stand-in platform for this test only: an ed25519 key signs the report
// data. Real platforms live in attestation/{sim,tpm,nitro,sgx}.
type testAttester struct{ key ed25519.PrivateKey }

func (a testAttester) Platform() string { return "test" }
func (a testAttester) Quote(_ context.Context, rd [32]byte) ([]byte, []byte, error) {
	return append(rd[:], ed25519.Sign(a.key, rd[:])...), nil, nil
}

type testVerifier struct{ pub ed25519.PublicKey }

func (v testVerifier) Platform() string { return "test" }
func (v testVerifier) VerifyQuote(_ context.Context, quote, _ []byte, _ time.Time) (*attestation.Claims, error) {
	if len(quote) != 32+ed25519.SignatureSize || !ed25519.Verify(v.pub, quote[:32], quote[32:]) {
		return nil, errors.New("bad test quote")
	}
	return &attestation.Claims{Platform: "test", Simulated: true, ReportData: quote[:32]}, nil
}

// An auditor's checks on a signed score: the signature recovers the enclave key, the
// per-score quote attests the digest, inputHash and findingsHash recompute.
func TestSignedScoreAudit(t *testing.T) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	pub, priv, _ := ed25519.GenerateKey(nil)
	sg := &scorer.Signer{Key: key, Domain: wire.Domain{ChainID: 1337, Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}, Attester: testAttester{priv}}
	req := sample(t, "node-ipc-geo-wiper")
	s, rep, err := (&scorer.Engine{}).Evaluate(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	signed, err := sg.Sign(ctx, s, rep)
	if err != nil {
		t.Fatal(err)
	}
	// 1. signature recovers the enclave key
	digest, err := wire.Digest(sg.Domain, signed.Score)
	if err != nil || digest != signed.Digest {
		t.Fatalf("digest %x vs %x (%v)", digest, signed.Digest, err)
	}
	addr, err := wire.Recover(digest, signed.Signature)
	if err != nil || addr != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("recovered %s (%v)", addr, err)
	}
	// 2. the quote's report data is the score digest
	v, err := attestation.NewVerifier(attestation.WithPlatform(testVerifier{pub}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.VerifyDigestQuote(ctx, signed.Platform, signed.Quote, signed.Aux, digest); err != nil {
		t.Fatalf("quote: %v", err)
	}
	other := digest
	other[0] ^= 1
	if _, err := v.VerifyDigestQuote(ctx, signed.Platform, signed.Quote, signed.Aux, other); !errors.Is(err, attestation.ErrReportDataMismatch) {
		t.Fatalf("quote accepted for another digest: %v", err)
	}
	// 3. inputHash recomputed from the two tarballs
	b, _ := tarball.Read(req.Base, tarball.Limits{})
	n, _ := tarball.Read(req.New, tarball.Limits{})
	if scorer.InputHash(b.ContentHash, n.ContentHash) != signed.Score.InputHash {
		t.Fatal("inputHash does not recompute")
	}
	// 4. findingsHash recomputed from the JSON report
	js, _ := json.Marshal(signed.Report)
	back, err := scorer.ReportFromJSON(js)
	if err != nil {
		t.Fatal(err)
	}
	if fh, _ := back.FindingsHash(); fh != signed.Score.FindingsHash {
		t.Fatal("findingsHash does not recompute from the JSON report")
	}
	back.Findings = back.Findings[1:]
	if fh, _ := back.FindingsHash(); fh == signed.Score.FindingsHash {
		t.Fatal("findingsHash ignores the findings")
	}
}

// BenchmarkPipeline5MB reads two 5 MB package versions (~5% of lines changed), diffs
// them and runs the heuristics: the scorer's work per release without the model.
func BenchmarkPipeline5MB(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	words := []string{"value", "index", "result", "options", "callback", "buffer", "stream", "chunk", "config", "state"}
	oldDir, newDir := b.TempDir(), b.TempDir()
	pj := `{"name":"big","version":"%s"}`
	os.WriteFile(filepath.Join(oldDir, "package.json"), []byte(fmt.Sprintf(pj, "1.0.0")), 0o644)
	os.WriteFile(filepath.Join(newDir, "package.json"), []byte(fmt.Sprintf(pj, "1.0.1")), 0o644)
	os.MkdirAll(filepath.Join(oldDir, "lib"), 0o755)
	os.MkdirAll(filepath.Join(newDir, "lib"), 0o755)
	var unpacked int64
	for i := range 200 {
		var o, n strings.Builder
		for o.Len() < 25_000 {
			line := fmt.Sprintf("  const %s%d = %s.map(x => x * %d) // %d\n", words[rng.IntN(10)], rng.IntN(100), words[rng.IntN(10)], rng.IntN(9), rng.IntN(1000))
			o.WriteString(line)
			switch rng.IntN(40) {
			case 0:
				n.WriteString("  // changed" + line)
			case 1:
				n.WriteString(line + "  added(" + fmt.Sprint(rng.IntN(1000)) + ")\n")
			default:
				n.WriteString(line)
			}
		}
		unpacked += int64(n.Len())
		name := fmt.Sprintf("lib/m%03d.js", i)
		os.WriteFile(filepath.Join(oldDir, name), []byte(o.String()), 0o644)
		os.WriteFile(filepath.Join(newDir, name), []byte(n.String()), 0o644)
	}
	oldTgz, _ := corpus.Pack(oldDir)
	newTgz, _ := corpus.Pack(newDir)
	e := &scorer.Engine{}
	req := scorer.Request{PackageName: "big", Version: "1.0.1", Base: oldTgz, New: newTgz}
	b.SetBytes(unpacked)
	b.ReportMetric(float64(unpacked)/1e6, "MB-unpacked")
	for b.Loop() {
		if _, _, err := e.Evaluate(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
}
