package corpus_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/vouchpm/vouch/scorer/corpus"
	"github.com/vouchpm/vouch/scorer/diff"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/tarball"
)

const root = "../testdata/corpus"

func analyze(t *testing.T, a *heuristics.Analyzer, s corpus.Sample) *heuristics.Report {
	t.Helper()
	n, err := tarball.Read(s.New, tarball.Limits{})
	if err != nil {
		t.Fatalf("%s: new: %v", s.Name, err)
	}
	var b *tarball.Package
	if s.Base != nil {
		if b, err = tarball.Read(s.Base, tarball.Limits{}); err != nil {
			t.Fatalf("%s: base: %v", s.Name, err)
		}
	}
	return a.Analyze(diff.Compare(b, n))
}

// Every malicious sample scores below the default threshold.
func TestMaliciousCorpusFlagged(t *testing.T) {
	samples, err := corpus.Malicious(root + "/malicious")
	if err != nil {
		t.Fatal(err)
	}
	classes := map[string]int{}
	for _, s := range samples {
		classes[s.Class]++
	}
	if len(samples) < 40 || len(classes) < 12 {
		t.Fatalf("%d malicious samples in %d incident classes, want at least 40 in 12", len(samples), len(classes))
	}
	a := heuristics.New(nil)
	for _, s := range samples {
		r := analyze(t, a, s)
		if !r.Flagged(heuristics.DefaultThreshold) {
			t.Errorf("%s scored %d (not flagged); findings %+v", s.Name, r.Score, r.Findings)
		}
	}
}

// Benign pairs of real packages, fetched from the npm registry by pinned version and
// integrity (cached under build/corpus-cache). An unreachable registry fails the test.
// At most 3% may be flagged.
func TestBenignCorpus(t *testing.T) {
	pairs, err := corpus.BenignPairs(root + "/benign.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) < 60 {
		t.Fatalf("only %d benign pairs", len(pairs))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	client := &http.Client{Timeout: time.Minute}
	a := heuristics.New(nil)
	flagged := 0
	for _, p := range pairs {
		s, err := corpus.FetchPair(ctx, client, p, "../../build/corpus-cache")
		if err != nil {
			t.Fatalf("fetch %s: %v", p.Name, err)
		}
		r := analyze(t, a, s)
		if r.Flagged(heuristics.DefaultThreshold) {
			flagged++
			t.Logf("benign %s flagged at %d: %+v", s.Name, r.Score, r.Findings)
		}
	}
	if flagged*100 > 3*len(pairs) {
		t.Fatalf("%d of %d benign pairs flagged (goal: at most 3%%)", flagged, len(pairs))
	}
}

func TestFetchRefusesWrongIntegrity(t *testing.T) {
	pairs, err := corpus.BenignPairs(root + "/benign.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := pairs[0]
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, err = corpus.Fetch(ctx, &http.Client{Timeout: time.Minute}, p.OldURL, p.NewIntegrity, t.TempDir())
	if err == nil {
		t.Fatal("a tarball was accepted under another version's integrity")
	}
}
