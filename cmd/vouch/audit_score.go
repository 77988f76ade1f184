package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/cmd/vouch/internal/verify"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	api "github.com/vouchpm/vouch/host/api/apijson"
	"github.com/vouchpm/vouch/host/registry"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/sandbox"
)

// scoreCheck is one line of an audit.
type scoreCheck struct {
	Check  string `json:"check"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

type scoreAudit struct {
	Package  string `json:"package"`
	Version  string `json:"version"`
	Score    uint8  `json:"score"`
	Verified bool   `json:"verified"`
	// GitSha and CIRunURL are the release's provenance as its signers
	// signed it, read from the chain's Published event (empty: none, or not
	// published yet).
	GitSha   string       `json:"gitSha,omitempty"`
	CIRunURL string       `json:"ciRunUrl,omitempty"`
	Checks   []scoreCheck `json:"checks"`
}

func (a *scoreAudit) add(name string, ok bool, format string, args ...any) bool {
	a.Checks = append(a.Checks, scoreCheck{Check: name, OK: ok, Detail: fmt.Sprintf(format, args...)})
	return ok
}

// npmTarballs fetches name@version's tarball and, when base is not zero, its
// predecessor, which must hash to base: both checked against the registry's
// integrity (host/registry, the same reader the host uses).
func npmTarballs(ctx context.Context, reg, name, version string, base [32]byte) (newTgz, baseTgz []byte, err error) {
	c, err := registry.New(reg, &http.Client{Timeout: 60 * time.Second})
	if err != nil {
		return nil, nil, err
	}
	newTgz, baseVersion, baseTgz, err := c.FetchRelease(ctx, name, version)
	if err != nil {
		return nil, nil, fmt.Errorf("the npm registry at %s: %v", reg, oneLine(err))
	}
	if base == ([32]byte{}) {
		return newTgz, nil, nil
	}
	if baseTgz == nil || sha256.Sum256(baseTgz) != base {
		return newTgz, nil, fmt.Errorf("%s@%s on the npm registry does not hash to the scored base %s: pass --base FILE", name, baseVersion, common.Hash(base).Hex())
	}
	return newTgz, baseTgz, nil
}

func newAuditScoreCommand() *cobra.Command {
	var tf trustFlags
	var baseFile, newFile string
	var asJSON, rerunSandbox bool
	cmd := &cobra.Command{
		Use:   "score PKG@VER",
		Short: "Check a score's whole chain of evidence",
		Long: `audit score fetches the score record and report of PKG@VER from vouch-host and
checks, trusting none of it:

  signature     the EIP-712 Score recovers to the scorer's key
  scorer        the evidence registered on chain with that key meets the
                policy, judged at its registration block's time (not today),
                and the key is registered on chain as the scorer. That
                evidence was made over the registering host's nonce: this
                audit asks for no fresh nonce and checks none.
  quote         the per-score quote's report data is the score's EIP-712
                digest (which covers inputHash and findingsHash), from the
                same measurement as the scorer's evidence. It carries no nonce
                or time of its own: it shows which enclave signed this score,
                not when.
  inputHash     recomputed from both tarballs (from the npm registry --npm, or
                --base FILE --new FILE)
  findingsHash  recomputed from the report; the report's score is the signed one

Exit status 0 when every check passes, 1 otherwise.`,
		Example: `  vouch audit score left-pad@1.3.1 --policy scorer-policy.json
  vouch audit score widget@1.0.1 --allow-simulated --roots sim-ak.pem --base widget-1.0.0.tgz --new widget-1.0.1.tgz --json`,
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
			if (baseFile != "") && newFile == "" {
				return withCode(exitUsage, errors.New("--base needs --new (the scored release's tarball)"))
			}
			ctx := cmd.Context()
			h, err := hostFor(c)
			if err != nil {
				return err
			}
			reader, d, closeChain, err := chainReader(ctx, c)
			if err != nil {
				return err
			}
			defer closeChain()
			scores, err := h.Scores(ctx, name)
			if err != nil {
				return hostErr(c, err)
			}
			var rec *api.ScoreJSON
			for i := range scores {
				if scores[i].Version == version {
					rec = &scores[i]
					break
				}
			}
			if rec == nil {
				return withCode(exitFindings, fmt.Errorf("vouch-host holds no score for %s", args[0]))
			}
			a := &scoreAudit{Package: name, Version: version}
			var s wire.Score
			msg, _ := json.Marshal(rec.Message)
			if err := json.Unmarshal(msg, &s); err != nil || s.PackageName != name || s.Version != version {
				return withCode(exitFindings, fmt.Errorf("the score record of %s is malformed or about another release", args[0]))
			}
			a.Score = s.Score
			digest, err := wire.Digest(d, s)
			if err != nil {
				return err
			}
			sig, _ := hex.DecodeString(strings.TrimPrefix(rec.Signature, "0x"))
			signer, serr := wire.Recover(digest, sig)
			a.add("signature", serr == nil, "score %d digest %s signed by %s", s.Score, wire.HexDigest(digest), signer.Hex())

			// The scorer key's evidence is the one registered on chain with
			// it: the host could hand over anything, the chain cannot lie
			// about what governance registered.
			reg, err := registeredEvidenceOf(ctx, c, d, chain.RoleScorer, signer)
			if err != nil {
				return err
			}
			claims, verr := verifyEnclave(cmd, tf, reader, d, "scorer", nil, reg.Evidence, enclaveCheck{at: reg.RegisteredAt})
			var ee *exitError
			if errors.As(verr, &ee) && ee.code == exitUsage {
				return verr
			}
			if verr != nil {
				a.add("scorer", false, "%v", verr)
			} else {
				a.add("scorer", claims.Address == signer, "%s evidence of key %s (measurement %s, simulated %v), registered in block %d and judged at %s; no fresh nonce",
					claims.Platform, claims.Address.Hex(), claims.Measurement, claims.Simulated, reg.Block, judgedAt(reg.RegisteredAt))
				if len(rec.Evidence) == 0 {
					a.add("quote", false, "no per-score quote: the score is unattested")
				} else {
					now := timeNow()
					trust := platforms.Trust{Now: func() time.Time { return now }}
					for _, r := range tf.roots {
						_ = trust.LoadTrustFile(r) // already checked by verifyEnclave
					}
					v, err := platforms.NewVerifier(trust)
					if err != nil {
						return err
					}
					platform, quote, aux := perScoreQuote(rec.Evidence, claims.Platform)
					qc, qerr := v.VerifyDigestQuote(ctx, platform, quote, aux, digest)
					switch {
					case platform != claims.Platform:
						a.add("quote", false, "quote from platform %s, the scorer's evidence from %s", platform, claims.Platform)
					case qerr != nil:
						a.add("quote", false, "%s", oneLine(qerr))
					default:
						a.add("quote", qc.Measurement == claims.Measurement, "attests score digest %s (its only nonce), measurement %s", wire.HexDigest(digest), qc.Measurement)
					}
				}
			}

			var newTgz, baseTgz []byte
			var ferr error
			if newFile != "" {
				if newTgz, ferr = os.ReadFile(newFile); ferr == nil && baseFile != "" {
					baseTgz, ferr = os.ReadFile(baseFile)
				}
			} else {
				newTgz, baseTgz, ferr = npmTarballs(ctx, c.NPM, name, version, s.BaseContentHash)
			}
			if ferr != nil {
				a.add("inputHash", false, "tarballs: %v", oneLine(ferr))
			} else {
				var baseHash [32]byte
				if baseTgz != nil {
					baseHash = sha256.Sum256(baseTgz)
				}
				newHash := sha256.Sum256(newTgz)
				in := scorer.InputHash(baseHash, newHash)
				a.add("inputHash", newHash == s.ContentHash && baseHash == s.BaseContentHash && in == s.InputHash,
					"recomputed %s from new %s and base %s (signed %s)", common.Hash(in).Hex(), common.Hash(newHash).Hex(), common.Hash(baseHash).Hex(), common.Hash(s.InputHash).Hex())
			}
			repJSON, _ := json.Marshal(rec.Report)
			rep, rerr := scorer.ReportFromJSON(repJSON)
			if rerr != nil {
				a.add("findingsHash", false, "report: %v", oneLine(rerr))
			} else {
				fh, err := rep.FindingsHash()
				a.add("findingsHash", err == nil && fh == s.FindingsHash && rep.Score == s.Score && rep.HeuristicScore == s.HeuristicScore,
					"recomputed %s, %d finding(s), report score %d (signed %s, score %d)", common.Hash(fh).Hex(), len(rep.Findings), rep.Score, common.Hash(s.FindingsHash).Hex(), s.Score)
				if rep.BehaviourHash != "" || rerunSandbox || s.BehaviourHash != ([32]byte{}) {
					auditBehaviour(ctx, a, rep, s, newTgz, baseTgz, ferr, rerunSandbox)
				}
			}
			if src, err := verify.NewChainSource(ctx, c.RPC, d.Registry); err == nil {
				if pub, err := src.Published(ctx, name, version); err == nil && pub != nil {
					if pub.Release.GitSha != ([20]byte{}) {
						a.GitSha = hex.EncodeToString(pub.Release.GitSha[:])
					}
					a.CIRunURL = pub.Release.CiRunUrl
				}
				src.Close()
			}
			a.Verified = true
			for _, ch := range a.Checks {
				a.Verified = a.Verified && ch.OK
			}
			if asJSON {
				if err := printJSON(cmd.OutOrStdout(), a); err != nil {
					return err
				}
			} else {
				w := cmd.OutOrStdout()
				for _, ch := range a.Checks {
					mark := "ok  "
					if !ch.OK {
						mark = "FAIL"
					}
					fmt.Fprintf(w, "%s %-13s %s\n", mark, ch.Check, ch.Detail)
				}
				if a.GitSha != "" || a.CIRunURL != "" {
					fmt.Fprintf(w, "     provenance    commit %s, CI run %s (signed, from the Published event)\n", orDash(a.GitSha), orDash(a.CIRunURL))
				}
			}
			if !a.Verified {
				for _, ch := range a.Checks {
					if !ch.OK {
						return withCode(exitFindings, fmt.Errorf("the score of %s does not verify: %s check failed", args[0], ch.Check))
					}
				}
			}
			if !asJSON {
				fmt.Fprintf(cmd.OutOrStdout(), "VERIFIED score %d of %s\n", s.Score, args[0])
			}
			return nil
		},
	}
	tf.add(cmd)
	cmd.Flags().StringVar(&baseFile, "base", "", "the base release's tarball (instead of the npm registry)")
	cmd.Flags().StringVar(&newFile, "new", "", "the scored release's tarball (instead of the npm registry)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the checks as JSON")
	cmd.Flags().BoolVar(&rerunSandbox, "sandbox", false, "re-run both releases in the behavioural sandbox and compare with the signed behaviourHash")
	publishFlags(cmd, false)
	addConfigFlags(cmd, "npm")
	return cmd
}

// perScoreQuote reads a stored per-score quote: an attestation.Evidence
// envelope {platform, quote, aux} with no binding (the report data is the
// score digest), or else a bare quote of the scorer's platform without aux.
func perScoreQuote(stored []byte, scorerPlatform string) (platform string, quote, aux []byte) {
	var ev attestation.Evidence
	if len(stored) <= attestation.MaxEvidenceSize && attestation.NewCodec().Unmarshal(stored, &ev) == nil && ev.Platform != "" && len(ev.Quote) > 0 {
		return ev.Platform, ev.Quote, ev.Aux
	}
	return scorerPlatform, stored, nil
}

// newAuditWithScoreCommand is `vouch audit` with the score subcommand.
func newAuditWithScoreCommand() *cobra.Command {
	cmd := newAuditCommand()
	cmd.AddCommand(newAuditScoreCommand())
	return cmd
}

// judgedAt names the time registered evidence is judged at.
func judgedAt(t time.Time) string {
	if t.IsZero() {
		return "now (the block has no time)"
	}
	return t.UTC().Format(time.RFC3339)
}

// registeredEvidenceOf returns the enclave registered on chain for key in
// role (its evidence, block and block time); a key with none is an error the
// user sees as a finding.
func registeredEvidenceOf(ctx context.Context, c *config, d wire.Domain, role uint8, key common.Address) (*verify.RegisteredEnclave, error) {
	src, err := verify.NewChainSource(ctx, c.RPC, d.Registry)
	if err != nil {
		return nil, withCode(exitChain, err)
	}
	defer src.Close()
	list, err := src.Enclaves(ctx, role)
	if err != nil {
		return nil, withCode(exitChain, err)
	}
	for i := range list {
		if list[i].Key == key {
			return &list[i], nil
		}
	}
	return nil, withCode(exitFindings, fmt.Errorf("no enclave with key %s is registered on chain for this role", key.Hex()))
}

// auditBehaviour checks the behaviour report inside the signed report: its hash, and,
// with --sandbox, that re-running both releases in the sandbox gives the same report.
func auditBehaviour(ctx context.Context, a *scoreAudit, rep *scorer.Report, s wire.Score, newTgz, baseTgz []byte, ferr error, rerun bool) {
	if rep.Behaviour == nil {
		a.add("behaviourHash", false, "the report names behaviourHash %s but carries no behaviour report", rep.BehaviourHash)
		return
	}
	bh, err := rep.Behaviour.Hash()
	if err != nil || hex.EncodeToString(bh[:]) != rep.BehaviourHash || bh != s.BehaviourHash {
		a.add("behaviourHash", false, "the behaviour report hashes to %x, the report names %s, the signed score %x", bh, rep.BehaviourHash, s.BehaviourHash)
		return
	}
	if !rerun {
		a.add("behaviourHash", true, "signed %s matches the behaviour report (%d sandbox finding(s)); --sandbox re-runs it", rep.BehaviourHash, len(rep.Behaviour.Findings))
		return
	}
	if ferr != nil {
		a.add("behaviourHash", false, "tarballs: %v", oneLine(ferr))
		return
	}
	r, err := sandbox.New(sandbox.Config{})
	if err != nil {
		a.add("behaviourHash", false, "%v", oneLine(err))
		return
	}
	engine := &scorer.Engine{Sandbox: r}
	_, again, err := engine.Evaluate(ctx, scorer.Request{PackageName: s.PackageName, Version: s.Version, Base: baseTgz, New: newTgz})
	if err != nil {
		a.add("behaviourHash", false, "re-run: %v", oneLine(err))
		return
	}
	a.add("behaviourHash", again.BehaviourHash == rep.BehaviourHash, "re-ran the sandbox: %s (signed %s)", again.BehaviourHash, rep.BehaviourHash)
}
