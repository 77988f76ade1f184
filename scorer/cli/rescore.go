package cli

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vouchpm/vouch/models"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/model"
	"github.com/vouchpm/vouch/scorer/tarball"
)

// Exit codes of `vouch rescore`.
const (
	ExitReproduced = 0
	ExitDiffers    = 1
)

// ErrNotReproduced means a re-run gave another result than the recorded score.
var ErrNotReproduced = errors.New("score not reproduced")

// maxReportSize bounds a recorded report file (findings and model reasons are clipped).
const maxReportSize = 8 << 20

// NewRescoreCommand returns `vouch rescore`.
func NewRescoreCommand() *cobra.Command {
	var reportPath, basePath, newPath, manifest, ollamaURL string
	cmd := &cobra.Command{
		Use:   "rescore --report REPORT.json --new NEW.tgz [--base OLD.tgz] [--model MANIFEST]",
		Short: "Re-run a recorded score on the same tarballs and check it is reproduced bit for bit",
		Long: `rescore takes a score report written by ` + "`vouch score --json`" + ` (or the scorer enclave's
report returned beside a signed score) and the two tarballs it scored, runs the same pipeline again (the pinned model through a local ollama at
temperature 0 with the manifest's seed, when the report has a modelHash) and compares
score, heuristicScore, modelHash, inputHash and findingsHash with the recorded values.
The model manifest is the built-in one whose modelHash the report names, unless
--model gives a file. The served weights digest must match the manifest.
Exit 0: reproduced; 1: a field differs (each is printed); 2: usage.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if reportPath == "" || newPath == "" {
				return usage(errors.New("--report and --new are required"))
			}
			rec, err := readReport(reportPath)
			if err != nil {
				return usage(err)
			}
			in := inputs{ollamaURL: ollamaURL, threshold: rec.Threshold, newName: newPath, baseName: basePath}
			if in.new, err = readTarball(newPath); err != nil {
				return err
			}
			if basePath != "" {
				if in.base, err = readTarball(basePath); err != nil {
					return err
				}
			}
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			return runRescore(ctx, cmd.OutOrStdout(), rec, manifest, in)
		},
	}
	f := cmd.Flags()
	f.StringVar(&reportPath, "report", "", "the recorded report (JSON from `vouch score --json`, or the scorer's report)")
	f.StringVar(&basePath, "base", "", "the previous release's .tgz (omit for a first release)")
	f.StringVar(&newPath, "new", "", "the new release's .tgz")
	f.StringVar(&manifest, "model", "", "model manifest JSON file or built-in id (default: the built-in manifest matching the report's modelHash)")
	f.StringVar(&ollamaURL, "ollama", defaultOllama(), "ollama server URL (OLLAMA_HOST)")
	return cmd
}

func readReport(path string) (*JSONOutput, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxReportSize+1))
	if err != nil {
		return nil, fmt.Errorf("read report %s: %w", path, err)
	}
	rec, err := ParseReport(b)
	if err != nil {
		return nil, fmt.Errorf("report %s: %w", path, err)
	}
	return rec, nil
}

// ErrBadReport means a recorded report does not parse or lacks a field rescore needs.
var ErrBadReport = errors.New("invalid score report")

// ParseReport decodes a recorded score, checking the fields rescore compares. It takes
// the JSON `vouch score --json` prints, or the scorer enclave's report (scorer.Report,
// as the scorer protocol returns it beside a signed score; its findingsHash is
// recomputed from it). Unknown fields are refused.
func ParseReport(b []byte) (*JSONOutput, error) {
	if len(b) > maxReportSize {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrBadReport, maxReportSize)
	}
	var rec JSONOutput
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		r, err2 := scorer.ReportFromJSON(b)
		if err2 != nil {
			return nil, fmt.Errorf("%w: neither `vouch score --json` output (%w) nor a scorer report (%w)", ErrBadReport, err, err2)
		}
		if rec, err = fromEnclaveReport(r); err != nil {
			return nil, err
		}
	} else if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: trailing data after the JSON object", ErrBadReport)
	}
	for _, f := range []struct{ name, hex string }{{"modelHash", rec.ModelHash}, {"inputHash", rec.InputHash}, {"findingsHash", rec.FindingsHash}} {
		if _, err := parseHash(f.hex); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrBadReport, f.name, err)
		}
	}
	if rec.PackageName == "" || rec.Version == "" {
		return nil, fmt.Errorf("%w: no packageName or version", ErrBadReport)
	}
	if rec.Threshold < 1 || rec.Threshold > 100 {
		return nil, fmt.Errorf("%w: threshold %d is not 1..100", ErrBadReport, rec.Threshold)
	}
	return &rec, nil
}

// fromEnclaveReport takes the compared fields of a scorer.Report; findingsHash is the
// hash of the report itself.
func fromEnclaveReport(r *scorer.Report) (JSONOutput, error) {
	fh, err := r.FindingsHash()
	if err != nil {
		return JSONOutput{}, fmt.Errorf("%w: %w", ErrBadReport, err)
	}
	o := JSONOutput{
		PackageName: r.PackageName, Version: r.PackageVersion, Score: r.Score, HeuristicScore: r.HeuristicScore,
		Mode: r.Mode, ModelHash: "0x" + r.ModelHash, InputHash: "0x" + r.InputHash, FindingsHash: hex0x(fh),
		Threshold: int(r.Threshold), Flagged: r.Flagged, Model: r.Model,
	}
	if r.BehaviourHash != "" {
		o.BehaviourHash = "0x" + r.BehaviourHash
	}
	return o, nil
}

func parseHash(s string) ([32]byte, error) {
	var h [32]byte
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 || !strings.HasPrefix(s, "0x") {
		return h, fmt.Errorf("%q is not 0x and 64 hex digits", s)
	}
	copy(h[:], b)
	return h, nil
}

// pinForReport picks the manifest: --model when given, else the built-in manifest whose
// modelHash is the recorded one. nil means heuristics only (a zero modelHash).
func pinForReport(rec *JSONOutput, spec string) (*model.Pin, error) {
	recorded, _ := parseHash(rec.ModelHash) // checked by readReport
	if spec != "" {
		p, err := loadPin(spec)
		if err != nil {
			return nil, err
		}
		return &p, nil
	}
	if recorded == ([32]byte{}) {
		return nil, nil
	}
	for _, id := range models.EmbeddedIDs() {
		m, err := models.Embedded(id)
		if err != nil {
			return nil, err
		}
		if h, err := models.ModelHash(m); err == nil && h == recorded {
			p, err := model.PinFromManifest(m)
			return &p, err
		}
	}
	return nil, fmt.Errorf("no built-in model manifest has modelHash %s: give the manifest with --model", rec.ModelHash)
}

func runRescore(ctx context.Context, out io.Writer, rec *JSONOutput, manifest string, in inputs) error {
	name, version, err := scorer.PackageIdentity(in.new, tarball.Limits{})
	if err != nil {
		return usage(fmt.Errorf("%s: %w", in.newName, err))
	}
	if name != rec.PackageName || version != rec.Version {
		return usage(fmt.Errorf("--new is %s@%s, the report scores %s@%s", name, version, rec.PackageName, rec.Version))
	}
	pin, err := pinForReport(rec, manifest)
	if err != nil {
		return usage(err)
	}
	// A report with a behaviourHash was scored with the sandbox: re-run it too.
	engine, err := newEngine(ctx, pin, in.ollamaURL, in.threshold, rec.BehaviourHash != "")
	if err != nil {
		return err
	}
	s, rep, err := engine.Evaluate(ctx, scorer.Request{PackageName: name, Version: version, Base: in.base, New: in.new})
	if err != nil {
		return usage(fmt.Errorf("rescore %s@%s: %w", name, version, err))
	}
	got := jsonOutput(s, rep, in.threshold)
	diffs := CompareScores(rec, &got)
	if len(diffs) == 0 {
		fmt.Fprintf(out, "%s@%s: reproduced: score %d, heuristicScore %d, modelHash %s, inputHash %s, findingsHash %s\n",
			name, version, got.Score, got.HeuristicScore, got.ModelHash, got.InputHash, got.FindingsHash)
		return nil
	}
	fmt.Fprintf(out, "%s@%s: NOT reproduced\n", name, version)
	fields := make([]string, 0, len(diffs))
	for _, d := range diffs {
		fmt.Fprintf(out, "  %-14s recorded %s, rescored %s\n", d.Field, d.Recorded, d.Rescored)
		fields = append(fields, d.Field)
	}
	return &ExitError{Code: ExitDiffers, Err: fmt.Errorf("%w: %s@%s: %s differ", ErrNotReproduced, name, version, strings.Join(fields, ", "))}
}

// FieldDiff is one signed field whose re-run value differs from the record.
type FieldDiff struct {
	Field, Recorded, Rescored string
}

// CompareScores compares the fields of a score that are signed, in a fixed order.
func CompareScores(recorded, rescored *JSONOutput) []FieldDiff {
	var d []FieldDiff
	add := func(field, a, b string) {
		if a != b {
			d = append(d, FieldDiff{field, a, b})
		}
	}
	add("score", fmt.Sprint(recorded.Score), fmt.Sprint(rescored.Score))
	add("heuristicScore", fmt.Sprint(recorded.HeuristicScore), fmt.Sprint(rescored.HeuristicScore))
	add("modelHash", recorded.ModelHash, rescored.ModelHash)
	add("inputHash", recorded.InputHash, rescored.InputHash)
	add("behaviourHash", recorded.BehaviourHash, rescored.BehaviourHash)
	add("findingsHash", recorded.FindingsHash, rescored.FindingsHash)
	return d
}
