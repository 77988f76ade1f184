package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
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
	sarif          bool
	minScore       uint8
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
		Use:   "verify [PKG@VER] [--lockfile package-lock.json]",
		Short: "Check packages against the signed records on chain",
		Long: `verify reads the vouch registry on chain directly (no vouch host) and gives each
package one status:

  verified          integrity equals the on-chain record, signed M-of-N, score at or above the minimum
  unsigned          not enrolled in vouch (a warning; an error with --strict), or an enrolled
                    package's version that its maintainers never signed (an error)
  MISMATCH          the integrity differs from the signed release (an error)
  revoked           the maintainers revoked the release (an error)
  low-score         the attested score is below the package's or --min-score's minimum (an error)
  score-unattested  signed, but no attested score (a warning; an error with --strict)

Lockfiles of npm v7+ (lockfileVersion 2 and 3) are read whole, transitive
dependencies included. Exit status: 0 clean, 1 findings, 2 usage or
configuration error, 3 chain unreachable.`,
		Example: `  vouch verify --lockfile package-lock.json
  vouch verify --lockfile package-lock.json --strict --sarif > vouch.sarif
  vouch verify left-pad@1.3.0 --integrity sha512-...`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if (len(args) == 1) == (f.lockfile != "") {
				return withCode(exitUsage, errors.New("give either PKG@VER or --lockfile FILE"))
			}
			if f.asJSON && f.sarif {
				return withCode(exitUsage, errors.New("--json and --sarif exclude each other"))
			}
			var entries []lockfile.Entry
			source := f.lockfile
			if f.lockfile != "" {
				entries, err = lockfile.ReadFile(f.lockfile)
				if err != nil {
					return withCode(exitUsage, err)
				}
			} else {
				name, version, ok := splitNameVersion(args[0])
				if !ok {
					return withCode(exitUsage, fmt.Errorf("%q is not PKG@VERSION", args[0]))
				}
				if f.sri == "" {
					return withCode(exitUsage, errors.New("PKG@VER needs --integrity SRI (from the lockfile or `npm view PKG@VER dist.integrity`)"))
				}
				entries = []lockfile.Entry{{Path: "node_modules/" + name, Name: name, Version: version, Integrity: f.sri}}
				source = args[0]
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
			if err != nil {
				if errors.Is(err, verify.ErrChainUnreachable) || errors.Is(err, context.DeadlineExceeded) {
					return withCode(exitChain, fmt.Errorf("%v: check --rpc %s and that the chain is up", err, c.RPC))
				}
				return err
			}
			results, err := verify.Classify(entries, records, verify.Options{Strict: f.strict, MinScore: f.minScore})
			if err != nil {
				return err
			}
			if f.lockfile == "" && results[0].Status != verify.Unsigned {
				signers, err := src.Signers(ctx, entries[0].Name, entries[0].Version)
				if err != nil {
					return withCode(exitChain, err)
				}
				for _, s := range signers {
					results[0].Signers = append(results[0].Signers, s.Hex())
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
				printVerify(out, results, sum)
			}
			if sum.Findings > 0 {
				return withCode(exitFindings, fmt.Errorf("%d of %d packages failed verification", sum.Findings, sum.Total))
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.lockfile, "lockfile", "", "package-lock.json to verify (lockfileVersion 2 or 3)")
	fl.StringVar(&f.sri, "integrity", "", "integrity (SRI) of PKG@VER to check")
	fl.BoolVar(&f.strict, "strict", false, "unsigned and unscored packages are errors")
	fl.Uint8Var(&f.minScore, "min-score", 0, "minimum score on top of each package's own policy (0-100)")
	fl.BoolVar(&f.asJSON, "json", false, "print JSON")
	fl.BoolVar(&f.sarif, "sarif", false, "print SARIF 2.1.0 (for code scanning)")
	addConfigFlags(cmd, "rpc", "registry")
	return cmd
}

func printVerify(w io.Writer, results []verify.Result, sum verify.Summary) {
	for _, r := range results {
		if r.Status == verify.Verified && len(results) > 20 {
			continue // long lockfiles: list only what needs attention
		}
		mark := "ok  "
		if r.Error {
			mark = "FAIL"
		} else if r.Status != verify.Verified {
			mark = "warn"
		}
		fmt.Fprintf(w, "%s %-16s %s@%s  %s\n", mark, r.Status, r.Name, r.Version, r.Reason)
		if r.Status == verify.Mismatch {
			fmt.Fprintf(w, "       expected (signed)  keccak256 %s\n       actual (lockfile)  %s\n", r.ExpectedIntegrity, r.ActualIntegrity)
		}
		if len(r.Signers) > 0 {
			fmt.Fprintf(w, "       signed by %s\n", strings.Join(r.Signers, ", "))
		}
	}
	parts := []string{}
	for _, st := range []verify.Status{verify.Verified, verify.Unsigned, verify.Mismatch, verify.Revoked, verify.LowScore, verify.ScoreUnattested} {
		if n := sum.ByStatus[st]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, st))
		}
	}
	fmt.Fprintf(w, "%d packages: %s; %d findings\n", sum.Total, strings.Join(parts, ", "), sum.Findings)
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
