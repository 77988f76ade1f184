package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ollama/ollama/api"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/model"
)

// scoreFields lists a score's fields for a field-by-field comparison.
func scoreFields(s wire.Score) [][2]string {
	h := func(b [32]byte) string { return common.Hash(b).Hex() }
	return [][2]string{
		{"contentHash", h(s.ContentHash)}, {"baseContentHash", h(s.BaseContentHash)}, {"inputHash", h(s.InputHash)},
		{"modelHash", h(s.ModelHash)}, {"score", fmt.Sprint(s.Score)}, {"heuristicScore", fmt.Sprint(s.HeuristicScore)},
		{"findingsHash", h(s.FindingsHash)},
	}
}

func newRescoreCommand() *cobra.Command {
	var baseFile, newFile, manifest string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "rescore PKG@VER",
		Short: "Re-run the pinned model on a local ollama and compare with the recorded score",
		Long: `rescore fetches PKG@VER's recorded score from vouch-host, takes both tarballs
(--base/--new, or the npm registry --npm), and re-runs the scorer's engine:
the same heuristics and, when the score names a model, the model pinned by
--model FILE (its modelHash must equal the recorded one) through a local
ollama (--ollama; temperature 0, fixed seed, as the manifest says; the served
weights digest is checked). Every field of the recomputed score must equal
the recorded one bit for bit; exit 1 lists the fields that differ.`,
		Example: `  vouch rescore left-pad@1.3.1 --model models/gemma3-4b.json --ollama http://127.0.0.1:11434
  vouch rescore widget@1.0.1 --base widget-1.0.0.tgz --new widget-1.0.1.tgz --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			name, version, ok := splitNameVersion(args[0])
			if !ok {
				return withCode(exitUsage, fmt.Errorf("%q is not PKG@VERSION", args[0]))
			}
			if baseFile != "" && newFile == "" {
				return withCode(exitUsage, errors.New("--base needs --new (the scored release's tarball)"))
			}
			ctx := cmd.Context()
			h, err := hostFor(c)
			if err != nil {
				return err
			}
			scores, err := h.Scores(ctx, name)
			if err != nil {
				return hostErr(c, err)
			}
			var recorded *wire.Score
			for _, rec := range scores {
				if rec.Version != version {
					continue
				}
				var s wire.Score
				msg, _ := json.Marshal(rec.Message)
				if err := json.Unmarshal(msg, &s); err != nil || s.PackageName != name || s.Version != version {
					return withCode(exitFindings, fmt.Errorf("the score record of %s is malformed or about another release", args[0]))
				}
				recorded = &s
				break
			}
			if recorded == nil {
				return withCode(exitFindings, fmt.Errorf("vouch-host holds no score for %s", args[0]))
			}
			var newTgz, baseTgz []byte
			if newFile != "" {
				if newTgz, err = os.ReadFile(newFile); err == nil && baseFile != "" {
					baseTgz, err = os.ReadFile(baseFile)
				}
				if err != nil {
					return withCode(exitUsage, fmt.Errorf("reading a tarball: %w", err))
				}
			} else if newTgz, baseTgz, err = npmTarballs(ctx, c.NPM, name, version, recorded.BaseContentHash); err != nil {
				return withCode(exitFindings, err)
			}
			engine := &scorer.Engine{Analyzer: heuristics.New(nil)}
			if recorded.ModelHash != ([32]byte{}) {
				if manifest == "" {
					return withCode(exitUsage, fmt.Errorf("%s was scored with model %s: pass --model MANIFEST (see models/)", args[0], common.Hash(recorded.ModelHash).Hex()))
				}
				pin, err := model.LoadPin(manifest)
				if err != nil {
					return withCode(exitUsage, fmt.Errorf("--model: %v", err))
				}
				if pin.Hash != recorded.ModelHash {
					return withCode(exitFindings, fmt.Errorf("%s pins model %s, the score was made with %s", manifest, common.Hash(pin.Hash).Hex(), common.Hash(recorded.ModelHash).Hex()))
				}
				u, err := url.Parse(c.Ollama)
				if err != nil || u.Host == "" {
					return withCode(exitUsage, fmt.Errorf("--ollama %q is not a URL", c.Ollama))
				}
				mc := model.New(api.NewClient(u, &http.Client{}), pin, model.Config{})
				vctx, cancel := context.WithTimeout(ctx, time.Minute)
				err = mc.Verify(vctx)
				cancel()
				if err != nil {
					return withCode(exitUsage, fmt.Errorf("ollama at %s cannot serve the pinned model: %v", c.Ollama, oneLine(err)))
				}
				engine.Model, engine.Pin = mc, pin
			}
			got, _, err := engine.Evaluate(ctx, scorer.Request{PackageName: name, Version: version, Base: baseTgz, New: newTgz})
			if err != nil {
				return withCode(exitFindings, fmt.Errorf("rescoring %s: %v", args[0], oneLine(err)))
			}
			type field struct {
				Field    string `json:"field"`
				Recorded string `json:"recorded"`
				Rescored string `json:"rescored"`
				Equal    bool   `json:"equal"`
			}
			var fields []field
			var differ []string
			want, have := scoreFields(*recorded), scoreFields(got)
			for i := range want {
				eq := want[i][1] == have[i][1]
				fields = append(fields, field{want[i][0], want[i][1], have[i][1], eq})
				if !eq {
					differ = append(differ, want[i][0])
				}
			}
			if asJSON {
				if err := printJSON(cmd.OutOrStdout(), map[string]any{"package": name, "version": version, "identical": len(differ) == 0, "fields": fields}); err != nil {
					return err
				}
			} else {
				for _, f := range fields {
					mark := "same"
					if !f.Equal {
						mark = "DIFF"
					}
					fmt.Fprintf(cmd.OutOrStdout(), "%s %-15s recorded %s rescored %s\n", mark, f.Field, f.Recorded, f.Rescored)
				}
			}
			if len(differ) > 0 {
				return withCode(exitFindings, fmt.Errorf("the rescore of %s differs from the recorded score in %v", args[0], differ))
			}
			if !asJSON {
				fmt.Fprintf(cmd.OutOrStdout(), "IDENTICAL: %s rescored to the recorded score %d bit for bit\n", args[0], got.Score)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&baseFile, "base", "", "the base release's tarball (instead of the npm registry)")
	cmd.Flags().StringVar(&newFile, "new", "", "the scored release's tarball (instead of the npm registry)")
	cmd.Flags().StringVar(&manifest, "model", "", "model manifest the score was made with (models/*.json)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the comparison as JSON")
	addConfigFlags(cmd, "host", "npm", "ollama")
	return cmd
}
