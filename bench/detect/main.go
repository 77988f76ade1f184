// Command detect measures the scorer's heuristics alone on the detection corpus: every
// malicious sample of scorer/testdata/corpus/malicious and the benign pairs of real npm
// packages in scorer/testdata/corpus/benign.txt (fetched and cached under build/corpus-cache).
// It prints each sample's score, then per incident class (malicious) and per kind of
// release (benign) how many were flagged, and the overall precision, recall and
// false-flag rate. The heuristics run alone, as with `--model none`.
//
//	go run ./bench/detect [-threshold 60] [-v]
package main

import (
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"net/http"
	"os"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"github.com/vouchpm/vouch/scorer/corpus"
	"github.com/vouchpm/vouch/scorer/diff"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/sandbox"
	"github.com/vouchpm/vouch/scorer/tarball"
)

func main() {
	threshold := flag.Int("threshold", heuristics.DefaultThreshold, "flag scores below this")
	root := flag.String("corpus", "scorer/testdata/corpus", "corpus directory")
	cache := flag.String("cache", "build/corpus-cache", "tarball cache directory")
	verbose := flag.Bool("v", false, "print findings of every sample")
	only := flag.String("only", "", "score only the samples whose name contains this")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the run to this file")
	sandboxed := flag.Bool("sandbox", false, "also run each pair in the behavioural sandbox (scorer/sandbox; root) and print the time per release")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "detect:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	var sb *sandbox.Runner
	if *sandboxed {
		var err error
		if sb, err = sandbox.New(sandbox.Config{}); err != nil {
			fmt.Fprintln(os.Stderr, "detect:", err)
			os.Exit(1)
		}
	}
	if err := run(*root, *cache, *only, *threshold, *verbose, sb); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "detect:", err)
		os.Exit(1)
	}
}

func score(a *heuristics.Analyzer, sb *sandbox.Runner, s corpus.Sample) (*heuristics.Report, error) {
	newPkg, err := tarball.Read(s.New, tarball.Limits{})
	if err != nil {
		return nil, fmt.Errorf("%s new: %w", s.Name, err)
	}
	var base *tarball.Package
	if s.Base != nil {
		if base, err = tarball.Read(s.Base, tarball.Limits{}); err != nil {
			return nil, fmt.Errorf("%s base: %w", s.Name, err)
		}
	}
	r := a.Analyze(diff.Compare(base, newPkg))
	if sb != nil {
		// The engine's rule (scorer.Engine with a Sandbox): sandbox findings count in
		// the heuristic score.
		seed := sha256.Sum256(append(append([]byte{}, s.Base...), s.New...))
		var bb *sandbox.Behaviour
		if s.Base != nil {
			if bb, err = sb.Run(context.Background(), s.Base, seed); err != nil {
				return nil, fmt.Errorf("%s base: %w", s.Name, err)
			}
		}
		nb, err := sb.Run(context.Background(), s.New, seed)
		if err != nil {
			return nil, fmt.Errorf("%s new: %w", s.Name, err)
		}
		r.Findings = append(r.Findings, sandbox.Compare(bb, nb).Findings...)
		r.Score = heuristics.Score(r.Findings)
	}
	return r, nil
}

func run(root, cache, only string, threshold int, verbose bool, sb *sandbox.Runner) error {
	mal, err := corpus.Malicious(root + "/malicious")
	if err != nil {
		return err
	}
	pairs, err := corpus.BenignPairs(root + "/benign.txt")
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	client := &http.Client{Timeout: time.Minute}
	var samples []corpus.Sample
	for _, s := range mal {
		if strings.Contains(s.Name, only) {
			samples = append(samples, s)
		}
	}
	for _, p := range pairs {
		if !strings.Contains(p.Name, only) {
			continue
		}
		s, err := corpus.FetchPair(ctx, client, p, cache)
		if err != nil {
			return err
		}
		samples = append(samples, s)
	}
	a := heuristics.New(nil)
	var tp, fn, fp, tn int
	type tally struct{ n, flagged int }
	perClass := map[[2]string]*tally{}
	var total time.Duration
	for _, s := range samples {
		start := time.Now()
		r, err := score(a, sb, s)
		if err != nil {
			return err
		}
		took := time.Since(start)
		total += took
		flagged := r.Flagged(threshold)
		kind := "benign"
		if s.Malicious {
			kind = "malicious"
		}
		k := [2]string{kind, s.Class}
		if perClass[k] == nil {
			perClass[k] = &tally{}
		}
		perClass[k].n++
		if flagged {
			perClass[k].flagged++
		}
		mark := "ok  "
		switch {
		case s.Malicious && flagged:
			tp++
		case s.Malicious:
			fn++
			mark = "MISS"
		case flagged:
			fp++
			mark = "FP  "
		default:
			tn++
		}
		rules := map[string]bool{}
		var list []string
		for _, f := range r.Findings {
			if !rules[f.Rule] {
				rules[f.Rule] = true
				list = append(list, f.Rule+"("+string(f.Severity)+")")
			}
		}
		if sb != nil {
			fmt.Printf("%s %-9s %3d  %-45s %-22s %5.1fs  %v\n", mark, kind, r.Score, s.Name, s.Class, took.Seconds(), list)
		} else {
			fmt.Printf("%s %-9s %3d  %-45s %-22s %v\n", mark, kind, r.Score, s.Name, s.Class, list)
		}
		if verbose {
			for _, f := range r.Findings {
				fmt.Printf("        %-24s %-8s %s:%d  %s\n", f.Rule, f.Severity, f.File, f.Line, f.Evidence)
			}
		}
	}
	keys := make([][2]string, 0, len(perClass))
	for k := range perClass {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] > keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	fmt.Printf("\n| kind | class | samples | flagged | recall | false-flag rate |\n|---|---|---|---|---|---|\n")
	for _, k := range keys {
		t := perClass[k]
		rate := float64(t.flagged) / float64(t.n)
		if k[0] == "malicious" {
			fmt.Printf("| malicious | %s | %d | %d | %.3f | |\n", k[1], t.n, t.flagged, rate)
		} else {
			fmt.Printf("| benign | %s | %d | %d | | %.3f |\n", k[1], t.n, t.flagged, rate)
		}
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	fpr := float64(fp) / float64(max(fp+tn, 1))
	fmt.Printf("\nthreshold %d: malicious %d (flagged %d), benign %d (flagged %d)\n", threshold, tp+fn, tp, fp+tn, fp)
	fmt.Printf("precision %.3f  recall %.3f  false-flag rate %.3f\n", precision, recall, fpr)
	if sb != nil && len(samples) > 0 {
		fmt.Printf("sandbox: %.1f s per release pair on average (base and new, two passes each; goal < 30 s)\n", total.Seconds()/float64(len(samples)))
	}
	return nil
}
