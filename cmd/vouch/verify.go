package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
	"github.com/vouchpm/vouch/cmd/vouch/internal/verify"
)

type verifyFlags struct {
	lockfile, sri  string
	strict, asJSON bool
	sarif, all     bool
	minScore       uint8
	omit           []string
	baseline       string
	noBaseline     bool
}

// chainSettings checks that the settings name a chain and a registry.
func chainSettings(c *config) (common.Address, error) {
	if c.RPC == "" {
		return common.Address{}, withCode(exitUsage, errors.New("no chain: set --rpc or VOUCH_RPC to an EVM JSON-RPC URL (see `vouch config show`)"))
	}
	if !common.IsHexAddress(c.Registry) {
		return common.Address{}, withCode(exitUsage, errors.New("no registry: set --registry or VOUCH_REGISTRY to the vouch registry contract address"))
	}
	return common.HexToAddress(c.Registry), nil
}

func newVerifyCommand() *cobra.Command {
	var f verifyFlags
	cmd := &cobra.Command{
		Use:   "verify [PKG@VER --integrity SRI] [--lockfile FILE]",
		Short: "Check packages against the signed records on chain",
		Long: `verify reads the vouch registry on chain directly (no vouch host) and gives each
package one status:

  verified           integrity equals the on-chain record, signed M-of-N, score at or above the minimum
  not-enrolled       the package is not enrolled in vouch (warning; failure with --strict)
  pre-enrollment     published before the package enrolled, so never signed (warning; failure with --strict)
  unsigned           the package is enrolled but this version was never signed (failure)
  mismatch           the integrity differs from the signed release (failure)
  revoked            the maintainers revoked the release (failure)
  downgrade          verified in an earlier run (the baseline) and not now (failure)
  not-from-registry  git, remote tarball or local folder (warning; failure with --strict)
  low-score          the attested score is below the package's or --min-score's minimum (failure)
  score-unattested   signed, but no attested score (warning; failure with --strict)

Without --lockfile, verify looks in the current directory for, in this order,
npm-shrinkwrap.json, package-lock.json, yarn.lock, pnpm-lock.yaml, bun.lock.
Every package is read, transitive ones included; --omit drops dev, optional or
peer dependencies as npm does.

The output lists failures and warnings, then one summary line; packages that
are not enrolled are only counted there (--all lists every package). --json and
--sarif carry every result. The baseline (.vouch-baseline.json beside the
lockfile, or --baseline FILE) remembers which packages verified.

Exit status: 0 clean, 1 failures, 2 usage or configuration error, 3 chain unreachable.`,
		Example: `  vouch verify
  vouch verify --lockfile pnpm-lock.yaml --omit dev
  vouch verify --strict --sarif > vouch.sarif
  vouch verify left-pad@1.3.0 --integrity sha512-...`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if len(args) == 1 && f.lockfile != "" {
				return withCode(exitUsage, errors.New("give either PKG@VER or --lockfile FILE"))
			}
			if f.asJSON && f.sarif {
				return withCode(exitUsage, errors.New("--json and --sarif exclude each other"))
			}
			omit, err := lockfile.ParseOmit(f.omit)
			if err != nil {
				return withCode(exitUsage, err)
			}
			var entries []lockfile.Entry
			source := f.lockfile
			if len(args) == 0 {
				if source == "" {
					if source, err = lockfile.Discover("."); err != nil {
						return withCode(exitUsage, err)
					}
				}
				all, err := lockfile.ReadFile(source)
				if err != nil {
					return withCode(exitUsage, err)
				}
				entries = omit.Filter(all)
			} else {
				name, version, ok := splitNameVersion(args[0])
				if !ok {
					return withCode(exitUsage, fmt.Errorf("%q is not PKG@VERSION", args[0]))
				}
				if f.sri == "" {
					return withCode(exitUsage, errors.New("PKG@VER needs --integrity SRI (from the lockfile or `npm view PKG@VER dist.integrity`)"))
				}
				entries = []lockfile.Entry{{Path: "node_modules/" + name, Name: name, Version: version, Integrity: f.sri, Source: lockfile.Registry}}
				source = args[0]
			}
			var baseline *verify.Baseline
			baselinePath := f.baseline
			if len(args) == 0 && !f.noBaseline {
				if baselinePath == "" {
					baselinePath = filepath.Join(filepath.Dir(source), verify.BaselineFile)
				}
				if baseline, err = verify.ReadBaseline(baselinePath); err != nil {
					return withCode(exitUsage, err)
				}
			}
			registry, err := chainSettings(c)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), 2*time.Minute)
			defer cancel()
			src, err := verify.NewChainSource(ctx, c.RPC, registry)
			if err != nil {
				return withCode(exitChain, err)
			}
			defer src.Close()
			bar := newProgress(cmd.ErrOrStderr(), len(entries), "reading the registry")
			src.Progress = func(done, total int) { bar.Set(done * len(entries) / max(total, 1)) }
			records, err := src.Records(ctx, entries)
			bar.Finish()
			if err == nil {
				pk := &verify.Packuments{BaseURL: c.NPM, Client: &http.Client{Timeout: 20 * time.Second}}
				err = verify.EnrollmentLookup{Enrolled: src.EnrollmentTimes, Published: pk.PublishedAt}.Fill(ctx, entries, records)
			}
			if err != nil {
				if errors.Is(err, verify.ErrChainUnreachable) || errors.Is(err, context.DeadlineExceeded) {
					return withCode(exitChain, fmt.Errorf("%v: check --rpc %s and that the chain is up", err, c.RPC))
				}
				return err
			}
			results, err := verify.Classify(entries, records, verify.Options{Strict: f.strict, MinScore: f.minScore, Baseline: baseline})
			if err != nil {
				return err
			}
			if len(args) == 1 && results[0].Status != verify.NotEnrolled {
				ev, err := src.Published(ctx, entries[0].Name, entries[0].Version)
				if err != nil {
					return withCode(exitChain, err)
				}
				if ev != nil {
					for _, s := range ev.Signers {
						results[0].Signers = append(results[0].Signers, s.Hex())
					}
					if ev.Release.GitSha != ([20]byte{}) {
						results[0].GitSha = hex.EncodeToString(ev.Release.GitSha[:])
					}
					results[0].CIRunURL = ev.Release.CiRunUrl
				}
			}
			if baseline != nil {
				baseline.Update(results)
				if err := baseline.Write(baselinePath); err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "vouch: warning: baseline not saved: %v\n", err)
				}
			}
			sum := verify.Summarize(results)
			out := cmd.OutOrStdout()
			switch {
			case f.sarif:
				if err := verify.WriteSARIF(out, results, source, buildVersion()); err != nil {
					return err
				}
			case f.asJSON:
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				if err := enc.Encode(map[string]any{"source": source, "summary": sum, "results": results}); err != nil {
					return err
				}
			default:
				printVerify(out, results, sum, f.all || len(args) == 1, useColor(out))
			}
			if sum.Findings > 0 {
				return withCode(exitFindings, fmt.Errorf("%d of %d packages failed verification", sum.Findings, sum.Total))
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.lockfile, "lockfile", "", "lockfile to verify (default: the one in the current directory)")
	fl.StringVar(&f.sri, "integrity", "", "integrity (SRI) of PKG@VER to check")
	fl.BoolVar(&f.strict, "strict", false, "warnings (not enrolled, pre-enrollment, not from a registry, unscored) are failures")
	fl.Uint8Var(&f.minScore, "min-score", 0, "minimum score on top of each package's own policy (0-100)")
	fl.StringSliceVar(&f.omit, "omit", nil, "dependency types to skip: dev, optional, peer (as npm --omit)")
	fl.BoolVar(&f.all, "all", false, "list every package, verified and not enrolled ones included")
	fl.StringVar(&f.baseline, "baseline", "", "baseline file (default: "+verify.BaselineFile+" beside the lockfile)")
	fl.BoolVar(&f.noBaseline, "no-baseline", false, "neither read nor write a baseline (no downgrade check)")
	fl.BoolVar(&f.asJSON, "json", false, "print JSON (every package)")
	fl.BoolVar(&f.sarif, "sarif", false, "print SARIF 2.1.0 for code scanning (not-enrolled packages as one note)")
	addConfigFlags(cmd, "rpc", "registry", "npm")
	return cmd
}

// useColor: colour on terminals only, and never when NO_COLOR is set (no-color.org).
func useColor(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func printVerify(w io.Writer, results []verify.Result, sum verify.Summary, all, color bool) {
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return "\x1b[" + code + "m" + s + "\x1b[0m"
	}
	// Failures first, then warnings, then (with --all) the rest.
	for pass := range 3 {
		for _, r := range results {
			switch {
			case pass == 0 && !r.Error, pass == 1 && !r.Warning(), pass == 2 && (r.Error || r.Warning()):
				continue
			case !all && (r.Status == verify.Verified || (r.Status == verify.NotEnrolled && !r.Error)):
				continue
			}
			mark := paint("32", "ok  ")
			if r.Error {
				mark = paint("1;31", "FAIL")
			} else if r.Status != verify.Verified {
				mark = paint("33", "warn")
			}
			fmt.Fprintf(w, "%s %-17s %s@%s  %s\n", mark, r.Status, r.Name, r.Version, r.Reason)
			if r.Status == verify.Mismatch && r.ActualIntegrity != "" {
				fmt.Fprintf(w, "       expected (signed)  keccak256 %s\n       actual (lockfile)  %s\n", r.ExpectedIntegrity, r.ActualIntegrity)
			}
			if len(r.Signers) > 0 {
				fmt.Fprintf(w, "       signed by %s\n", strings.Join(r.Signers, ", "))
			}
			if r.GitSha != "" || r.CIRunURL != "" {
				fmt.Fprintf(w, "       built from commit %s by %s\n", orDash(r.GitSha), orDash(r.CIRunURL))
			}
		}
	}
	parts := []string{}
	for _, st := range verify.Statuses() {
		if n := sum.ByStatus[st]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, st))
		}
	}
	verdict := paint("32", "ok")
	if sum.Findings > 0 {
		verdict = paint("1;31", fmt.Sprintf("%d failed", sum.Findings))
	}
	fmt.Fprintf(w, "%d packages: %s; %s, %d warnings\n", sum.Total, strings.Join(parts, ", "), verdict, sum.Warnings)
}

// splitNameVersion splits "name@1.2.3" and "@scope/name@1.2.3".
func splitNameVersion(s string) (string, string, bool) {
	i := strings.LastIndex(s, "@")
	if i <= 0 || i == len(s)-1 {
		return "", "", false
	}
	return s[:i], s[i+1:], true
}

// newProgress draws a bar on a terminal and nothing elsewhere.
func newProgress(w io.Writer, total int, what string) *progressbar.ProgressBar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) || total < 50 {
		return progressbar.DefaultSilent(int64(total))
	}
	return progressbar.NewOptions(total, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
