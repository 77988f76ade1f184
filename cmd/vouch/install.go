package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
	"github.com/vouchpm/vouch/cmd/vouch/internal/verify"
	"github.com/vouchpm/vouch/scorer/diff"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/tarball"
)

// directDeps lists the dependency names a package.json declares.
func directDeps(pj []byte) map[string]bool {
	var doc map[string]json.RawMessage
	out := map[string]bool{}
	if json.Unmarshal(pj, &doc) != nil {
		return out
	}
	for _, field := range []string{"dependencies", "devDependencies", "optionalDependencies", "peerDependencies"} {
		var m map[string]any
		if json.Unmarshal(doc[field], &m) == nil {
			for k := range m {
				out[k] = true
			}
		}
	}
	return out
}

// typosquats runs the scorer's heuristics over the package.json change and
// returns its typosquat findings about new direct dependencies.
func typosquats(oldPJ, newPJ []byte) []heuristics.Finding {
	d := diff.CompareFiles([]tarball.File{{Path: "package.json", Mode: 0o644, Data: oldPJ}}, []tarball.File{{Path: "package.json", Mode: 0o644, Data: newPJ}}, false)
	var out []heuristics.Finding
	for _, f := range heuristics.New(nil).Analyze(d).Findings {
		if f.Rule == heuristics.RuleTyposquat {
			out = append(out, f)
		}
	}
	return out
}

// npmRun runs npm in dir with its output on the command's streams.
func npmRun(cmd *cobra.Command, dir string, args ...string) error {
	c := exec.CommandContext(cmd.Context(), "npm", args...)
	c.Dir = dir
	c.Stdout, c.Stderr = cmd.ErrOrStderr(), cmd.ErrOrStderr()
	err := c.Run()
	if errors.Is(err, exec.ErrNotFound) {
		return withCode(exitUsage, errors.New("npm is not installed: install Node.js first"))
	}
	if err != nil {
		return withCode(exitFindings, fmt.Errorf("npm %s failed in %s: %v", args[0], dir, err))
	}
	return nil
}

// snapshot keeps files so a refused resolution can be undone.
type snapshot map[string][]byte // path -> content (nil: did not exist)

func takeSnapshot(paths ...string) snapshot {
	s := snapshot{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			b = nil
		}
		s[p] = b
	}
	return s
}

func (s snapshot) restore() {
	for p, b := range s {
		if b == nil {
			os.Remove(p)
		} else {
			os.WriteFile(p, b, 0o644)
		}
	}
}

func newInstallCommand() *cobra.Command {
	var dir string
	var force, strict bool
	var minScore uint8
	cmd := &cobra.Command{
		Use:   "install [PKG...] [-- NPM-ARGS...]",
		Short: "Resolve with npm, verify every package against the chain, then install",
		Long: `install resolves the dependency tree with npm (npm install --package-lock-only
--ignore-scripts, so no package code runs), verifies the whole lockfile against
the registry on chain like vouch verify, warns about new direct dependencies
whose names imitate popular packages (the scorer's typosquat heuristic), and
only then runs npm ci (or npm install with the arguments after --).

It refuses when a package is MISMATCH, revoked, an unsigned version of an
enrolled package, or below its minimum score, and puts package.json and
package-lock.json back as they were; --force installs anyway, with a warning.`,
		Example: `  vouch install
  vouch install left-pad@1.3.0
  vouch install -- --omit=dev`,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			var npmArgs []string
			if at := cmd.ArgsLenAtDash(); at >= 0 {
				args, npmArgs = args[:at], args[at:]
			}
			registry, err := chainSettings(c)
			if err != nil {
				return err
			}
			pjPath, lockPath := filepath.Join(dir, "package.json"), filepath.Join(dir, "package-lock.json")
			oldPJ, err := os.ReadFile(pjPath)
			if err != nil {
				return withCode(exitUsage, fmt.Errorf("no package.json in %s: run vouch install in an npm project or pass --dir", dir))
			}
			snap := takeSnapshot(pjPath, lockPath)
			resolve := append([]string{"install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"}, args...)
			if err := npmRun(cmd, dir, resolve...); err != nil {
				snap.restore()
				return err
			}
			newPJ, _ := os.ReadFile(pjPath)
			w := cmd.ErrOrStderr()
			oldDeps, newDeps := directDeps(oldPJ), directDeps(newPJ)
			var added []string
			for name := range newDeps {
				if !oldDeps[name] {
					added = append(added, name)
				}
			}
			sort.Strings(added)
			for _, f := range typosquats(oldPJ, newPJ) {
				fmt.Fprintf(w, "WARNING: new dependency %s\n", f.Evidence)
			}
			entries, err := lockfile.ReadFile(lockPath)
			if err != nil {
				snap.restore()
				return withCode(exitUsage, err)
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), 2*time.Minute)
			defer cancel()
			src, err := verify.NewChainSource(ctx, c.RPC, registry)
			if err != nil {
				snap.restore()
				return withCode(exitChain, err)
			}
			defer src.Close()
			records, err := src.Records(ctx, entries)
			if err != nil {
				snap.restore()
				if errors.Is(err, verify.ErrChainUnreachable) || errors.Is(err, context.DeadlineExceeded) {
					return withCode(exitChain, fmt.Errorf("cannot read the registry on chain at %s: check --rpc / VOUCH_RPC (nothing was installed)", c.RPC))
				}
				return err
			}
			results, err := verify.Classify(entries, records, verify.Options{Strict: strict, MinScore: minScore})
			if err != nil {
				snap.restore()
				return err
			}
			sum := verify.Summarize(results)
			var buf bytes.Buffer
			printVerify(&buf, results, sum, false, useColor(w))
			w.Write(buf.Bytes())
			if sum.Findings > 0 {
				if !force {
					snap.restore()
					return withCode(exitFindings, fmt.Errorf("refusing to install: %d of %d packages failed verification (see above); --force installs anyway", sum.Findings, sum.Total))
				}
				fmt.Fprintf(w, "WARNING: --force: installing %d package(s) that failed verification\n", sum.Findings)
			}
			if len(added) > 0 {
				fmt.Fprintf(w, "new direct dependencies: %v\n", added)
			}
			if len(npmArgs) > 0 {
				return npmRun(cmd, dir, append([]string{"install"}, npmArgs...)...)
			}
			if err := npmRun(cmd, dir, "ci", "--no-audit", "--no-fund"); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "installed %d packages (%d verified)\n", sum.Total, sum.ByStatus[verify.Verified])
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", ".", "the npm project")
	cmd.Flags().BoolVar(&force, "force", false, "install even when packages fail verification (prints a warning)")
	cmd.Flags().BoolVar(&strict, "strict", false, "unsigned and unscored packages are errors")
	cmd.Flags().Uint8Var(&minScore, "min-score", 0, "minimum score on top of each package's own policy")
	addConfigFlags(cmd, "rpc", "registry")
	return cmd
}
