// Package cli implements `vouch score`: the scorer's pipeline run locally on a
// maintainer's machine, unsigned. cmd/vouch adds NewScoreCommand to its root.
package cli

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"time"

	"github.com/ollama/ollama/api"
	"github.com/spf13/cobra"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/models"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/model"
	"github.com/vouchpm/vouch/scorer/sandbox"
	"github.com/vouchpm/vouch/scorer/tarball"
)

// Exit codes of `vouch score`.
const (
	ExitOK      = 0
	ExitFlagged = 1 // flagged, or a tarball the reader refuses
	ExitUsage   = 2
)

// ExitError carries the process exit code; cmd/vouch maps it with errors.As and
// ExitCode().
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string { return e.Err.Error() }
func (e *ExitError) Unwrap() error { return e.Err }

// ExitCode is the code the process should exit with.
func (e *ExitError) ExitCode() int { return e.Code }

func usage(err error) error { return &ExitError{Code: ExitUsage, Err: err} }

// JSONFinding is one finding in --json output.
type JSONFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Evidence string `json:"evidence"`
}

// JSONOutput is what --json prints.
type JSONOutput struct {
	PackageName     string            `json:"packageName"`
	Version         string            `json:"version"`
	Score           uint8             `json:"score"`
	HeuristicScore  uint8             `json:"heuristicScore"`
	Mode            string            `json:"mode"`
	ModelHash       string            `json:"modelHash"`
	InputHash       string            `json:"inputHash"`
	ContentHash     string            `json:"contentHash"`
	BaseContentHash string            `json:"baseContentHash"`
	Integrity       string            `json:"integrity"`
	FindingsHash    string            `json:"findingsHash"`
	Threshold       int               `json:"threshold"`
	Flagged         bool              `json:"flagged"`
	Findings        []JSONFinding     `json:"findings"`
	Model           *model.Assessment `json:"model,omitempty"`
	// BehaviourHash is the sandbox's behaviour report hash (hex), when the score ran it.
	BehaviourHash string `json:"behaviourHash,omitempty"`
}

// NewScoreCommand returns `vouch score`.
func NewScoreCommand() *cobra.Command {
	var basePath, newPath, manifest, ollamaURL, registry string
	var asJSON, sandboxed bool
	var threshold int
	cmd := &cobra.Command{
		Use:   "score (--new NEW.tgz [--base OLD.tgz] | PKG@VERSION) [--model MANIFEST|none] [--json]",
		Short: "Score a release against its predecessor: heuristics and, optionally, a pinned model",
		Long: `score runs the scorer enclave's code locally, unsigned: safe tarball reader, diff,
heuristics and, with --model, the pinned model through ollama (its weights digest must
match the manifest). Without --base the release is scored as a first release.
With PKG@VERSION both tarballs come from the registry (the predecessor is the highest
lower version), each checked against the packument's integrity.
Exit 0: not flagged; 1: flagged (score below --threshold) or tarball refused; 2: usage.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if threshold < 1 || threshold > 100 {
				return usage(fmt.Errorf("--threshold %d: want 1..100", threshold))
			}
			in := inputs{manifest: manifest, ollamaURL: ollamaURL, threshold: threshold, asJSON: asJSON}
			switch {
			case len(args) > 1:
				return usage(errors.New("at most one PKG@VERSION"))
			case len(args) == 1 && (newPath != "" || basePath != ""):
				return usage(errors.New("give PKG@VERSION or --new/--base, not both"))
			case len(args) == 1:
				name, version, err := splitSpec(args[0])
				if err != nil {
					return usage(err)
				}
				ctx := cmd.Context()
				if ctx == nil {
					ctx = context.Background()
				}
				base, nw, baseVersion, err := fetchRelease(ctx, &http.Client{Timeout: 2 * time.Minute}, registry, name, version)
				if err != nil {
					var ee *ExitError
					if errors.As(err, &ee) {
						return err
					}
					return &ExitError{Code: ExitUsage, Err: err}
				}
				in.base, in.new, in.baseName, in.newName = base, nw, name+"@"+baseVersion, name+"@"+version
			case newPath == "":
				return usage(errors.New("--new NEW.tgz (or PKG@VERSION) is required"))
			default:
				var err error
				if in.new, err = readTarball(newPath); err != nil {
					return err
				}
				in.newName = newPath
				if basePath != "" {
					if in.base, err = readTarball(basePath); err != nil {
						return err
					}
					in.baseName = basePath
				}
			}
			in.sandbox = sandboxed
			return runScore(cmd.Context(), cmd.OutOrStdout(), in)
		},
	}
	f := cmd.Flags()
	f.StringVar(&basePath, "base", "", "the previous release's .tgz (omit for a first release)")
	f.StringVar(&newPath, "new", "", "the new release's .tgz")
	f.StringVar(&manifest, "model", "none", "model manifest JSON file or built-in id (tiny-test, gemma3-4b), or none for heuristics only")
	f.StringVar(&ollamaURL, "ollama", defaultOllama(), "ollama server URL (OLLAMA_HOST)")
	f.BoolVar(&asJSON, "json", false, "print the result as JSON")
	f.IntVar(&threshold, "threshold", scorer.DefaultThreshold, "scores below this are flagged")
	f.StringVar(&registry, "registry", "https://registry.npmjs.org", "npm registry for PKG@VERSION")
	f.BoolVar(&sandboxed, "sandbox", false, "also run both releases in the behavioural sandbox (bubblewrap; needs root for the network sink)")
	return cmd
}

func defaultOllama() string {
	if h := os.Getenv("OLLAMA_HOST"); h != "" {
		return h
	}
	return "http://127.0.0.1:11434"
}

func readTarball(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usage(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, tarball.DefaultLimits().MaxCompressed+1))
	if err != nil {
		return nil, usage(fmt.Errorf("read %s: %w", path, err))
	}
	return b, nil
}

// inputs of one run: the two tarballs (base nil for a first release) and options.
type inputs struct {
	base, new         []byte
	baseName, newName string
	manifest          string
	ollamaURL         string
	threshold         int
	asJSON            bool
	sandbox           bool
}

func runScore(ctx context.Context, out io.Writer, in inputs) error {
	if ctx == nil {
		ctx = context.Background()
	}
	baseTgz, newTgz, basePath, newPath := in.base, in.new, in.baseName, in.newName
	manifest, ollamaURL, threshold, asJSON := in.manifest, in.ollamaURL, in.threshold, in.asJSON
	name, version, err := scorer.PackageIdentity(newTgz, tarball.Limits{})
	if err != nil {
		return refused(newPath, err)
	}
	if baseTgz != nil {
		baseName, _, err := scorer.PackageIdentity(baseTgz, tarball.Limits{})
		if err != nil {
			return refused(basePath, err)
		}
		if baseName != name {
			return usage(fmt.Errorf("--base is package %q, --new is %q", baseName, name))
		}
	}
	var pin *model.Pin
	if manifest != "none" {
		p, err := loadPin(manifest)
		if err != nil {
			return usage(err)
		}
		pin = &p
	}
	engine, err := newEngine(ctx, pin, ollamaURL, threshold, in.sandbox)
	if err != nil {
		return err
	}
	s, rep, err := engine.Evaluate(ctx, scorer.Request{PackageName: name, Version: version, Base: baseTgz, New: newTgz})
	if err != nil {
		return refused(newPath, err)
	}
	if asJSON {
		o := jsonOutput(s, rep, threshold)
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(o); err != nil {
			return err
		}
	} else {
		printHuman(out, name, version, s.Score, s.HeuristicScore, rep, threshold)
	}
	if rep.Flagged {
		return &ExitError{Code: ExitFlagged, Err: fmt.Errorf("%s@%s flagged: score %d is below %d", name, version, s.Score, threshold)}
	}
	return nil
}

// loadPin reads a manifest file, or takes a manifest built into vouch by id
// ("tiny-test", "gemma3-4b") when no such file exists.
func loadPin(spec string) (model.Pin, error) {
	if _, err := os.Stat(spec); err == nil || !slices.Contains(models.EmbeddedIDs(), spec) {
		return model.LoadPin(spec)
	}
	m, err := models.Embedded(spec)
	if err != nil {
		return model.Pin{}, err
	}
	return model.PinFromManifest(m)
}

// newEngine returns the scorer engine; with a pin, its model client is checked
// against the server at ollamaURL first (the served digest must be the pin's).
func newEngine(ctx context.Context, pin *model.Pin, ollamaURL string, threshold int, sandboxed bool) (*scorer.Engine, error) {
	engine := &scorer.Engine{Analyzer: heuristics.New(nil), Threshold: threshold}
	if sandboxed {
		r, err := sandbox.New(sandbox.Config{})
		if err != nil {
			return nil, err
		}
		engine.Sandbox = r
	}
	if pin == nil {
		return engine, nil
	}
	u, err := url.Parse(ollamaURL)
	if err != nil || u.Host == "" {
		return nil, usage(fmt.Errorf("--ollama %q is not a URL", ollamaURL))
	}
	// On a maintainer's or auditor's own machine any ollama is theirs to choose; the
	// report records whether it was on loopback.
	locality, err := model.Locality(u, true)
	if err != nil {
		return nil, usage(err)
	}
	mc := model.New(api.NewClient(u, &http.Client{}), *pin, model.Config{})
	vctx, cancel := context.WithTimeout(ctx, time.Minute)
	err = mc.Verify(vctx)
	cancel()
	if err != nil {
		return nil, usage(err)
	}
	engine.Model, engine.Pin, engine.ModelLocality = mc, *pin, locality
	return engine, nil
}

func jsonOutput(s wire.Score, rep *scorer.Report, threshold int) JSONOutput {
	o := JSONOutput{
		PackageName: s.PackageName, Version: s.Version, Score: s.Score, HeuristicScore: s.HeuristicScore, Mode: rep.Mode,
		ModelHash: hex0x(s.ModelHash), InputHash: hex0x(s.InputHash), ContentHash: hex0x(s.ContentHash),
		BaseContentHash: hex0x(s.BaseContentHash), Integrity: rep.Integrity, FindingsHash: hex0x(s.FindingsHash),
		Threshold: threshold, Flagged: rep.Flagged, Findings: []JSONFinding{}, Model: rep.Model,
	}
	if rep.BehaviourHash != "" {
		o.BehaviourHash = "0x" + rep.BehaviourHash
	}
	for _, f := range rep.Findings {
		o.Findings = append(o.Findings, JSONFinding{Rule: f.Rule, Severity: string(f.Severity), File: f.File, Line: f.Line, Evidence: f.Evidence})
	}
	return o
}

func refused(path string, err error) error {
	if errors.Is(err, tarball.ErrRefused) || errors.Is(err, scorer.ErrBadInput) {
		return &ExitError{Code: ExitFlagged, Err: fmt.Errorf("%s: %w", path, err)}
	}
	return usage(fmt.Errorf("%s: %w", path, err))
}

func hex0x(b [32]byte) string { return "0x" + hex.EncodeToString(b[:]) }

func printHuman(out io.Writer, name, version string, score, h uint8, rep *scorer.Report, threshold int) {
	verdict := "not flagged"
	if rep.Flagged {
		verdict = fmt.Sprintf("FLAGGED (below %d)", threshold)
	}
	fmt.Fprintf(out, "%s@%s: score %d/100, heuristics %d/100, %s — %s\n", name, version, score, h, rep.Mode, verdict)
	if rep.BehaviourHash != "" {
		fmt.Fprintf(out, "sandbox: behaviourHash 0x%s, %d behaviour finding(s)\n", rep.BehaviourHash, len(rep.Behaviour.Findings))
	}
	if rep.Model != nil {
		fmt.Fprintf(out, "model %s: %d (%s), %d part(s)%s\n", rep.ModelName, rep.Model.Score, rep.Model.Verdict, rep.Model.Parts, map[bool]string{true: ", TRUNCATED", false: ""}[rep.Model.Truncated])
	}
	fmt.Fprintf(out, "files: %d added, %d changed, %d removed; inputHash 0x%s\n", rep.FilesAdded, rep.FilesChanged, rep.FilesRemoved, rep.InputHash)
	for _, f := range rep.Findings {
		loc := f.File
		if f.Line > 0 {
			loc = fmt.Sprintf("%s:%d", f.File, f.Line)
		}
		fmt.Fprintf(out, "  %-8s %-26s %s  %s\n", f.Severity, f.Rule, loc, f.Evidence)
	}
}
