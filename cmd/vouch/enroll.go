package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/cmd/vouch/internal/signfile"
	"github.com/vouchpm/vouch/enclave/wire"
	api "github.com/vouchpm/vouch/host/api/apijson"
)

func printPolicy(w io.Writer, d wire.Domain, p wire.PolicyChange, digest [32]byte) {
	fmt.Fprintf(w, "  package      %s\n", p.PackageName)
	for i, m := range p.Maintainers {
		fmt.Fprintf(w, "  maintainer %d %s\n", i+1, m.Hex())
	}
	for i, a := range p.Proposers {
		fmt.Fprintf(w, "  proposer %d   %s (CI: proposes, never counts towards the threshold)\n", i+1, a.Hex())
	}
	fmt.Fprintf(w, "  threshold    %d of %d\n", p.Threshold, len(p.Maintainers))
	fmt.Fprintf(w, "  veto window  %s\n", time.Duration(p.VetoWindow)*time.Second)
	fmt.Fprintf(w, "  min score    %d (below it: %s)\n", p.MinScore, map[bool]string{true: "refused", false: "one extra approval"}[p.RefuseLowScore])
	fmt.Fprintf(w, "  nonce        %d\n", p.Nonce)
	fmt.Fprintf(w, "  registry     %s on chain %d\n", d.Registry.Hex(), d.ChainID)
	fmt.Fprintf(w, "  digest       %s\n", wire.HexDigest(digest))
}

func newEnrollCommand() *cobra.Command {
	var (
		maintainers []string
		proposers   []string
		threshold   uint8
		vetoWindow  time.Duration
		minScore    uint8
		refuseLow   bool
		out, signF  string
		proof       nameProof
		yes         bool
		ext         externalSig
	)
	cmd := &cobra.Command{
		Use:   "enroll PKG --maintainer ADDR... --threshold M",
		Short: "Enroll a package: its maintainers, threshold, veto window and minimum score",
		Long: `enroll builds the package's first policy (an EIP-712 PolicyChange with nonce 0)
and signs it with your key. Enrollment needs M signatures of the new maintainers:

  with M = 1 (or when your signature is enough) the policy goes to vouch-host now;
  otherwise --out FILE writes a portable signing file; each co-maintainer runs
  vouch enroll --sign FILE (offline, any EIP-712 wallet can sign the same payload),
  and vouch submit FILE sends it once M have signed.`,
		Example: `  vouch enroll left-pad --maintainer 0xAlice --maintainer 0xBob --maintainer 0xCarol --threshold 2 --out enroll.vouch.json
  vouch enroll --sign enroll.vouch.json --key-dir ./bob
  vouch submit enroll.vouch.json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if signF != "" {
				if len(args) > 0 || len(maintainers) > 0 {
					return withCode(exitUsage, errors.New("--sign FILE takes no package or policy flags: the file holds the policy"))
				}
				if err := ext.check(); err != nil {
					return err
				}
				return signPolicyFile(cmd, c, signF, yes, &ext)
			}
			if len(args) != 1 {
				return withCode(exitUsage, errors.New("name the package to enroll: vouch enroll PKG --maintainer ADDR... --threshold M"))
			}
			p := wire.PolicyChange{PackageName: args[0], Threshold: threshold, VetoWindow: uint64(vetoWindow / time.Second), MinScore: minScore, RefuseLowScore: refuseLow}
			for _, m := range maintainers {
				if !common.IsHexAddress(m) {
					return withCode(exitUsage, fmt.Errorf("--maintainer %q is not an address (get one with `vouch key export-address`)", m))
				}
				a := common.HexToAddress(m)
				if slices.Contains(p.Maintainers, a) {
					return withCode(exitUsage, fmt.Errorf("maintainer %s is listed twice", a.Hex()))
				}
				p.Maintainers = append(p.Maintainers, a)
			}
			for _, m := range proposers {
				if !common.IsHexAddress(m) {
					return withCode(exitUsage, fmt.Errorf("--proposer %q is not an address", m))
				}
				a := common.HexToAddress(m)
				if slices.Contains(p.Maintainers, a) || slices.Contains(p.Proposers, a) {
					return withCode(exitUsage, fmt.Errorf("proposer %s is listed twice or is a maintainer", a.Hex()))
				}
				p.Proposers = append(p.Proposers, a)
			}
			switch {
			case len(p.Maintainers) == 0:
				return withCode(exitUsage, errors.New("give at least one --maintainer ADDR"))
			case threshold == 0 || int(threshold) > len(p.Maintainers):
				return withCode(exitUsage, fmt.Errorf("--threshold must be between 1 and the %d maintainers", len(p.Maintainers)))
			case minScore > 100:
				return withCode(exitUsage, errors.New("--min-score must be between 0 and 100"))
			case vetoWindow < 0:
				return withCode(exitUsage, errors.New("--veto-window must not be negative"))
			}
			_, d, closeChain, err := chainReader(cmd.Context(), c)
			if err != nil {
				return err
			}
			defer closeChain()
			f, err := signfile.NewEnrollment(d, p)
			if err != nil {
				return err
			}
			fmt.Fprintln(w, "Enrolling:")
			printPolicy(w, d, p, f.Digest)
			key, err := unlockKey(cmd, c)
			if err != nil {
				return err
			}
			sig, err := wire.Sign(key, f.Digest)
			if err != nil {
				return err
			}
			addr, err := f.AddSignature(sig)
			if err != nil {
				return err
			}
			if !slices.Contains(p.Maintainers, addr) {
				return withCode(exitUsage, fmt.Errorf("your key %s is not one of the maintainers: add it with --maintainer or sign with --key", addr.Hex()))
			}
			if len(f.Signatures) < int(threshold) {
				if out == "" {
					return withCode(exitUsage, fmt.Errorf("enrollment needs %d maintainer signatures and has 1: write a signing file with --out FILE and pass it to the co-maintainers", threshold))
				}
				if err := f.Write(out); err != nil {
					return err
				}
				fmt.Fprintf(w, "signed by %s: 1 of %d signature(s) in %s\nnext: each co-maintainer runs `vouch enroll --sign %s`, then `vouch submit %s`\n", addr.Hex(), threshold, out, out, out)
				return nil
			}
			if out != "" {
				if err := f.Write(out); err != nil {
					return err
				}
			}
			return submitPolicy(cmd, c, f, d, p, &proof)
		},
	}
	proof.add(cmd)
	fl := cmd.Flags()
	fl.StringSliceVar(&maintainers, "maintainer", nil, "maintainer address (repeat or comma-separate)")
	fl.StringSliceVar(&proposers, "proposer", nil, "proposer (CI key) address: may propose releases, never counts towards the threshold (repeat or comma-separate)")
	fl.Uint8Var(&threshold, "threshold", 0, "signatures needed for a release (M of N)")
	fl.DurationVar(&vetoWindow, "veto-window", time.Hour, "time co-maintainers have to veto an approved release")
	fl.Uint8Var(&minScore, "min-score", 0, "minimum attested score (0-100)")
	fl.BoolVar(&refuseLow, "refuse-low-score", false, "refuse releases below --min-score instead of asking one extra approval")
	fl.StringVar(&out, "out", "", "write a portable signing file for the co-maintainers")
	fl.StringVar(&signF, "sign", "", "add your signature to an enrollment signing file")
	fl.BoolVarP(&yes, "yes", "y", false, "with --sign: sign without asking")
	ext.add(cmd)
	publishFlags(cmd, true)
	addWaitFlag(cmd)
	return cmd
}

func signPolicyFile(cmd *cobra.Command, c *config, path string, yes bool, ext *externalSig) error {
	f, err := signfile.ReadAny(path)
	if err != nil {
		return withCode(exitUsage, fmt.Errorf("%s: %w", path, err))
	}
	if !f.IsPolicy() {
		return withCode(exitUsage, fmt.Errorf("%s holds a %s: sign it with `vouch sign %s`", path, f.Kind(), path))
	}
	if ext != nil && ext.print {
		js, err := f.WalletJSON()
		if err != nil {
			return err
		}
		_, err = cmd.OutOrStdout().Write(append(js, '\n'))
		return err
	}
	d, p, _ := f.PolicyChange()
	w := cmd.OutOrStdout()
	fmt.Fprintln(w, "Signing policy:")
	printPolicy(w, d, p, f.Digest)
	var addr common.Address
	if ext != nil && ext.sig != "" {
		sig, _, err := ext.signature(f.Digest)
		if err != nil {
			return err
		}
		if addr, err = f.AddSignature(sig); err != nil {
			return withCode(exitFindings, err)
		}
	} else if addr, err = confirmAndSign(cmd, c, f, "policy", yes); err != nil {
		return err
	}
	if !slices.Contains(p.Maintainers, addr) && p.Nonce == 0 {
		return withCode(exitUsage, fmt.Errorf("your key %s is not one of the policy's maintainers", addr.Hex()))
	}
	if err := f.Write(path); err != nil {
		return err
	}
	fmt.Fprintf(w, "signed by %s: %d of %d signature(s) in %s\n", addr.Hex(), len(f.Signatures), p.Threshold, path)
	if len(f.Signatures) >= int(p.Threshold) {
		fmt.Fprintf(w, "next: `vouch submit %s`\n", path)
	}
	return nil
}

// nameProof is how an enrollment proves control of the name on npm: an npm
// token (--token-file or VOUCH_NPM_TOKEN) encrypted to the attested
// coordinator, which checks it and countersigns. Without a token the
// coordinator countersigns only a name npm does not know yet.
type nameProof struct {
	tf        trustFlags
	tokenFile string
}

func (n *nameProof) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&n.tokenFile, "token-file", "", "enrollment: an npm token that can publish the package (proof of control of the name; VOUCH_NPM_TOKEN also works)")
	n.tf.add(cmd)
}

// submitPolicy sends an enrollment or a policy change to the host.
func submitPolicy(cmd *cobra.Command, c *config, f *signfile.File, d wire.Domain, p wire.PolicyChange, proof *nameProof) error {
	h, err := hostFor(c)
	if err != nil {
		return err
	}
	req := api.PolicyRequest{Policy: p}
	for _, s := range f.Signatures {
		req.Signatures = append(req.Signatures, api.SignedBy{Signer: s.Signer, Signature: s.Signature})
	}
	enrollment := f.Kind() == "Enrollment"
	if enrollment && proof != nil && (proof.tokenFile != "" || os.Getenv("VOUCH_NPM_TOKEN") != "") {
		if req.TokenCiphertext, _, err = encryptForCoordinator(cmd, c, proof.tf, func() (string, error) { return readToken(cmd, proof.tokenFile) }); err != nil {
			return err
		}
	}
	if enrollment {
		err = h.Enroll(cmd.Context(), req)
	} else {
		err = h.ChangePolicy(cmd.Context(), req)
	}
	if err != nil {
		return hostErr(c, err)
	}
	w := cmd.OutOrStdout()
	what := "enrollment of " + p.PackageName
	if p.Nonce > 0 {
		what = fmt.Sprintf("policy %d of %s", p.Nonce, p.PackageName)
	}
	fmt.Fprintf(w, "stored on host, not yet on chain: %s, %d of %d maintainers, %d signature(s) (digest %s)\n", what, p.Threshold, len(p.Maintainers), len(f.Signatures), wire.HexDigest(f.Digest))
	if enrollment {
		return waitPolicyOnChain(cmd, c, p, what)
	}
	return waitChangeOnChain(cmd, c, p, what)
}

// waitChangeOnChain waits for a policy change (which may carry nonce 0) to
// be recorded: the chain's nonce moved past it and holds its policy.
func waitChangeOnChain(cmd *cobra.Command, c *config, p wire.PolicyChange, what string) error {
	return waitPolicy(cmd, c, p, what, true)
}

// addWaitFlag adds --wait to commands that send a policy to the host.
func addWaitFlag(cmd *cobra.Command) {
	cmd.Flags().Duration("wait", 30*time.Second, "how long to wait for an enrollment or policy change to be mined (0: do not wait)")
}

// waitPolicyOnChain polls the registry until p is recorded there, or --wait
// passes; it says which. The host only relays: until the contract holds the
// policy, releases of the package cannot be verified.
func waitPolicyOnChain(cmd *cobra.Command, c *config, p wire.PolicyChange, what string) error {
	return waitPolicy(cmd, c, p, what, p.Nonce > 0)
}

func waitPolicy(cmd *cobra.Command, c *config, p wire.PolicyChange, what string, change bool) error {
	w := cmd.OutOrStdout()
	wait := 30 * time.Second
	if fl := cmd.Flags().Lookup("wait"); fl != nil {
		if d, err := time.ParseDuration(fl.Value.String()); err == nil {
			wait = d
		}
	}
	if wait <= 0 {
		fmt.Fprintf(w, "not waiting for the chain: `vouch status %s` shows when it is recorded there\n", p.PackageName)
		return nil
	}
	if c.RPC == "" || c.Registry == "" {
		fmt.Fprintf(w, "no chain configured (VOUCH_RPC, VOUCH_REGISTRY): cannot tell when it is recorded; `vouch config init --from %s` sets them\n", c.Host)
		return nil
	}
	reader, d, closeChain, err := chainReader(cmd.Context(), c)
	if err != nil {
		return err
	}
	defer closeChain()
	deadline := time.Now().Add(wait)
	for {
		pk, err := reader.Package(cmd.Context(), p.PackageName)
		if err == nil && pk.Enrolled && (!change || (pk.Nonce > p.Nonce && pk.Threshold == p.Threshold && slices.Equal(pk.Maintainers, p.Maintainers))) {
			if !change {
				fmt.Fprintf(w, "enrolled %s on chain: %d of %d maintainers (registry %s, chain %d)\n", p.PackageName, pk.Threshold, len(pk.Maintainers), d.Registry.Hex(), d.ChainID)
			} else {
				fmt.Fprintf(w, "%s recorded on chain: %d of %d maintainers\n", what, pk.Threshold, len(pk.Maintainers))
			}
			return nil
		}
		if time.Now().After(deadline) || cmd.Context().Err() != nil {
			fmt.Fprintf(w, "%s: still stored on host, not yet on chain after %s. The host's relay anchors it once its coordinator enclave runs; `vouch status %s` shows when it is.\n", what, wait, p.PackageName)
			return nil
		}
		select {
		case <-cmd.Context().Done():
		case <-time.After(300 * time.Millisecond):
		}
	}
}
