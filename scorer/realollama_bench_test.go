package scorer_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vouchpm/vouch/models/ollamatest"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/corpus"
	"github.com/vouchpm/vouch/scorer/diff"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/model"
	"github.com/vouchpm/vouch/scorer/tarball"
)

// benchRelease writes a release of package bench-pkg whose files total about
// size bytes of ordinary JavaScript, and packs it.
func benchRelease(tb testing.TB, version string, files, fileSize int) []byte {
	tb.Helper()
	dir := tb.TempDir()
	pj := fmt.Sprintf(`{"name": "bench-pkg", "version": %q, "main": "lib/f0.js", "license": "MIT"}`, version)
	if err := os.WriteFile(filepath.Join(dir, "package.json"), []byte(pj), 0o644); err != nil {
		tb.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "lib"), 0o755); err != nil {
		tb.Fatal(err)
	}
	for f := range files {
		var b strings.Builder
		for i := 0; b.Len() < fileSize; i++ {
			fmt.Fprintf(&b, "export function op%d_%d(a, b) {\n  const s = a * %d + b; // %s\n  return s %% %d;\n}\n", f, i, i+1, version, 97+i%13)
		}
		if err := os.WriteFile(filepath.Join(dir, "lib", fmt.Sprintf("f%d.js", f)), []byte(b.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	tgz, err := corpus.Pack(dir)
	if err != nil {
		tb.Fatal(err)
	}
	return tgz
}

// BenchmarkRealOllama1MBDiff scores a release whose rendered diff against its
// predecessor is about 1 MB, through the real ollama server and the tiny model, split
// as the scorer splits it (model.PartBytes per part). Only the first part goes to the
// model (MaxParts 1; the scorer's default is 4): on a loaded 2-core machine one part of
// the tiny model's 8K context takes about 30 s, and one iteration must stay near a
// minute. The rest is truncated and reported, as in production. It reports the share
// of time in the model against reading, diffing and heuristics (measured by the same
// engine without a model), the time per part, and what the whole diff would take.
func BenchmarkRealOllama1MBDiff(b *testing.B) {
	srv := ollamatest.Start(b)
	engine, pin := realEngine(b, srv, model.Config{MaxParts: 1})
	base := benchRelease(b, "1.0.0", 84, 8<<10)
	next := benchRelease(b, "1.1.0", 84, 8<<10)
	req := scorer.Request{PackageName: "bench-pkg", Version: "1.1.0", Base: base, New: next}

	// Size of what the model is asked to read, and the parts it makes.
	bp, err := tarball.Read(base, engine.Limits)
	if err != nil {
		b.Fatal(err)
	}
	np, err := tarball.Read(next, engine.Limits)
	if err != nil {
		b.Fatal(err)
	}
	rendered := model.Render(diff.Compare(bp, np))
	partBytes := model.PartBytes(pin)
	allParts := len(model.Split(rendered, partBytes))

	// Load the model (and cache the system prompt) outside the measurement: a scorer
	// keeps it loaded.
	if _, err := engine.Model.Assess(context.Background(), "+warm-up\n", [32]byte{}); err != nil {
		b.Fatal(err)
	}
	heuristicsOnly := &scorer.Engine{Analyzer: heuristics.New(nil), Limits: engine.Limits}
	ctx := context.Background()
	var total, host time.Duration
	var parts int
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		if _, _, err := heuristicsOnly.Evaluate(ctx, req); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		_, rep, err := engine.Evaluate(ctx, req)
		if err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if rep.Model == nil || !rep.Model.Usable {
			b.Fatalf("model assessment %+v", rep.Model)
		}
		host += t1.Sub(t0)
		total += t2.Sub(t1)
		parts = rep.Model.Parts
	}
	n := float64(b.N)
	modelTime := total - host
	perPart := modelTime.Seconds() / n / float64(parts)
	b.ReportMetric(float64(len(rendered)), "diff-bytes")
	b.ReportMetric(float64(partBytes), "bytes/part")
	b.ReportMetric(float64(parts), "parts-shown")
	b.ReportMetric(float64(allParts), "parts-whole-diff")
	b.ReportMetric(total.Seconds()/n, "s/score")
	b.ReportMetric(host.Seconds()/n*1000, "ms-diff+heuristics/score")
	b.ReportMetric(modelTime.Seconds()/total.Seconds(), "model-share")
	b.ReportMetric(perPart, "s/part")
	b.ReportMetric(perPart*float64(allParts)+host.Seconds()/n, "s-extrapolated-whole-diff")
}
