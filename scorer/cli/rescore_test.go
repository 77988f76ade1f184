package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/vouchpm/vouch/models"
	"github.com/vouchpm/vouch/models/ollamatest"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/tarball"
)

func run(cmd *cobra.Command, args ...string) (string, int) {
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	err := cmd.Execute()
	if err == nil {
		return out.String(), 0
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		return out.String() + err.Error(), ee.ExitCode()
	}
	return out.String() + err.Error(), ExitUsage
}

// recordScore runs `vouch score --json` and writes its output as a report file.
func recordScore(t *testing.T, args ...string) (string, JSONOutput) {
	t.Helper()
	out, code := run(NewScoreCommand(), append(args, "--json")...)
	if code != ExitOK && code != ExitFlagged {
		t.Fatalf("score exit %d\n%s", code, out)
	}
	var o JSONOutput
	if err := json.NewDecoder(strings.NewReader(out)).Decode(&o); err != nil {
		t.Fatalf("score --json: %v\n%s", err, out)
	}
	return writeReport(t, o), o
}

func writeReport(t *testing.T, o JSONOutput) string {
	t.Helper()
	b, err := json.MarshalIndent(o, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "report.json")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRescoreHeuristicsOnly(t *testing.T) {
	sample := mal + "ua-parser-js-preinstall-miner/"
	base, nw := packTo(t, sample+"base"), packTo(t, sample+"new")
	otherBase := packTo(t, mal+"credential-harvester-https/base")
	report, rec := recordScore(t, "--base", base, "--new", nw)
	flip := func(h string) string { // change the last hex digit
		last := h[len(h)-1]
		return h[:len(h)-1] + map[bool]string{true: "1", false: "0"}[last == '0']
	}
	tampered := func(f func(*JSONOutput)) string {
		o := rec
		f(&o)
		return writeReport(t, o)
	}
	garbage := filepath.Join(t.TempDir(), "garbage.json")
	if err := os.WriteFile(garbage, []byte(`{"score": "high"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		code       int
		wantOutput string
	}{
		{"reproduced", []string{"--report", report, "--base", base, "--new", nw}, ExitReproduced, "reproduced"},
		{"score", []string{"--report", tampered(func(o *JSONOutput) { o.Score++ }), "--base", base, "--new", nw}, ExitDiffers, "score "},
		{"heuristicScore", []string{"--report", tampered(func(o *JSONOutput) { o.HeuristicScore += 3 }), "--base", base, "--new", nw}, ExitDiffers, "heuristicScore"},
		{"findingsHash", []string{"--report", tampered(func(o *JSONOutput) { o.FindingsHash = flip(o.FindingsHash) }), "--base", base, "--new", nw}, ExitDiffers, "findingsHash"},
		{"inputHash", []string{"--report", tampered(func(o *JSONOutput) { o.InputHash = flip(o.InputHash) }), "--base", base, "--new", nw}, ExitDiffers, "inputHash"},
		// The same new release against another base: another input, another score.
		{"other base", []string{"--report", report, "--base", otherBase, "--new", nw}, ExitDiffers, "inputHash"},
		{"first release instead", []string{"--report", report, "--new", nw}, ExitDiffers, "inputHash"},
		{"unknown modelHash", []string{"--report", tampered(func(o *JSONOutput) { o.ModelHash = flip(o.ModelHash) }), "--base", base, "--new", nw}, ExitUsage, "no built-in model manifest"},
		{"other package", []string{"--report", report, "--new", otherBase}, ExitUsage, "the report scores"},
		{"no report", []string{"--base", base, "--new", nw}, ExitUsage, "--report"},
		{"bad report", []string{"--report", garbage, "--new", nw}, ExitUsage, "report"},
		{"bad hash", []string{"--report", tampered(func(o *JSONOutput) { o.InputHash = "0x12" }), "--new", nw}, ExitUsage, "inputHash"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, code := run(NewRescoreCommand(), tt.args...)
			if code != tt.code || !strings.Contains(out, tt.wantOutput) {
				t.Fatalf("exit %d, want %d; output should contain %q:\n%s", code, tt.code, tt.wantOutput, out)
			}
			if tt.code == ExitDiffers && !strings.Contains(out, "NOT reproduced") {
				t.Fatalf("no NOT reproduced line:\n%s", out)
			}
		})
	}
}

// The scorer enclave's own report (what the scorer protocol returns beside a signed
// score) is accepted too; its findingsHash is recomputed from it.
func TestRescoreEnclaveReport(t *testing.T) {
	sample := mal + "ua-parser-js-preinstall-miner/"
	base, nw := packTo(t, sample+"base"), packTo(t, sample+"new")
	read := func(p string) []byte {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	name, version, err := scorer.PackageIdentity(read(nw), tarball.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	s, rep, err := (&scorer.Engine{Analyzer: heuristics.New(nil)}).Evaluate(context.Background(), scorer.Request{PackageName: name, Version: version, Base: read(base), New: read(nw)})
	if err != nil {
		t.Fatal(err)
	}
	write := func(r *scorer.Report) string {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), "enclave-report.json")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	out, code := run(NewRescoreCommand(), "--report", write(rep), "--base", base, "--new", nw)
	if code != ExitReproduced || !strings.Contains(out, hex0x(s.FindingsHash)) {
		t.Fatalf("exit %d, want 0 with findingsHash %s:\n%s", code, hex0x(s.FindingsHash), out)
	}
	// A finding edited after signing: the recomputed findingsHash no longer matches.
	edited := *rep
	edited.Findings = append([]heuristics.Finding(nil), rep.Findings...)
	edited.Findings[0].Evidence = "nothing to see"
	out, code = run(NewRescoreCommand(), "--report", write(&edited), "--base", base, "--new", nw)
	if code != ExitDiffers || !strings.Contains(out, "findingsHash") || strings.Contains(out, "  score ") {
		t.Fatalf("exit %d, want 1 naming only findingsHash:\n%s", code, out)
	}
}

// TestRescoreRealOllama records a model score through a real ollama server and
// reproduces it bit for bit (score, hashes, and so the model's answer) through another.
func TestRescoreRealOllama(t *testing.T) {
	srv := ollamatest.Start(t)
	sample := mal + "credential-harvester-https/"
	base, nw := packTo(t, sample+"base"), packTo(t, sample+"new")
	report, rec := recordScore(t, "--base", base, "--new", nw, "--model", "tiny-test", "--ollama", srv.URL.String())
	want, err := models.ModelHash(srv.Manifest)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Mode != "model+heuristics" || rec.ModelHash != hex0x(want) || rec.Model == nil || !rec.Model.Usable {
		t.Fatalf("recorded report mode %q modelHash %s (want %s) model %+v", rec.Mode, rec.ModelHash, hex0x(want), rec.Model)
	}
	// A second server process, fresh model folder and no shared prompt cache: what an
	// auditor has. No --model: rescore finds the built-in manifest by the recorded modelHash.
	auditor := ollamatest.Start(t)
	out, code := run(NewRescoreCommand(), "--report", report, "--base", base, "--new", nw, "--ollama", auditor.URL.String())
	if code != ExitReproduced || !strings.Contains(out, "reproduced") || !strings.Contains(out, rec.FindingsHash) {
		t.Fatalf("rescore exit %d, want 0 with findingsHash %s:\n%s\n%s", code, rec.FindingsHash, out, auditor.LogTail(20))
	}
	t.Logf("%s", out)
}

func FuzzParseReport(f *testing.F) {
	zero := "0x" + strings.Repeat("0", 64)
	f.Add([]byte(`{"packageName":"a","version":"1.0.0","score":90,"heuristicScore":90,"modelHash":"` + zero + `","inputHash":"` + zero + `","findingsHash":"` + zero + `","threshold":60}`))
	f.Add([]byte(`{"packageName":"a","version":"1","threshold":101}`))
	f.Add([]byte(`{"inputHash":"0x12"} {}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"version":1,"packageName":"a","packageVersion":"1.0.0","modelHash":"` + strings.Repeat("0", 64) + `","inputHash":"` + strings.Repeat("0", 64) + `","threshold":60,"findings":[],"model":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		rec, err := ParseReport(b)
		if err != nil {
			if !errors.Is(err, ErrBadReport) {
				t.Fatalf("error %v does not wrap ErrBadReport", err)
			}
			return
		}
		for _, h := range []string{rec.ModelHash, rec.InputHash, rec.FindingsHash} {
			if _, err := parseHash(h); err != nil || len(h) != 66 {
				t.Fatalf("accepted hash %q", h)
			}
		}
		if rec.PackageName == "" || rec.Threshold < 1 || rec.Threshold > 100 {
			t.Fatalf("accepted %+v", rec)
		}
	})
}
