package main

import (
	"context"
	"errors"
	"fmt"
	"github.com/vouchpm/vouch/enclave/chain"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/cmd/vouch/internal/hostclient"
	"github.com/vouchpm/vouch/enclave/wire"
	api "github.com/vouchpm/vouch/host/api/apijson"
)

// Team changes: a PolicyChange at the chain's current nonce, signed by M of
// the current N maintainers through the host (like a release), then relayed
// to changePolicy() on chain.

func newTeamCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "team",
		Short: "Change a package's team: maintainers, threshold, veto window, minimum score (M of N sign)",
		Long: `team builds a policy change of an enrolled package from its policy on chain, at
the chain's current nonce, shows the current and the new policy side by side,
and signs it as the first of M current maintainers. The others find it in
vouch pending and sign it with vouch approve ID; once M signed, vouch-host
relays changePolicy() to the chain.

  vouch team status PKG                 the policy on chain and changes being signed
  vouch team add PKG ADDR [--threshold M]
  vouch team remove PKG ADDR [--threshold M]
  vouch team threshold PKG M
  vouch team set PKG [--threshold M] [--veto-window D] [--min-score S] [--refuse-low-score]
  vouch team invite PKG                 prints a short code for a new maintainer
  vouch team join CODE                  (the new maintainer) proposes adding your address

Every signing step takes --print-typed-data and --signature 0x… (a wallet signs).`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(teamStatusCommand(), teamChangeCommand("add"), teamChangeCommand("remove"), teamChangeCommand("threshold"),
		teamChangeCommand("set"), teamInviteCommand(), teamJoinCommand())
	return cmd
}

// chainPolicy is the package's policy on chain as a PolicyChange at the
// chain's current nonce: the base of every change.
func chainPolicy(ctx context.Context, c *config, reader *chain.Reader, pkg string) (wire.PolicyChange, error) {
	if err := wire.ValidatePackageName(pkg); err != nil {
		return wire.PolicyChange{}, withCode(exitUsage, err)
	}
	pk, err := reader.Package(ctx, pkg)
	if err != nil {
		return wire.PolicyChange{}, chainErr(c, "package "+pkg, err)
	}
	if !pk.Enrolled {
		return wire.PolicyChange{}, withCode(exitFindings, fmt.Errorf("%s is not enrolled on chain: enroll it first (vouch enroll)", pkg))
	}
	// A change restates the whole policy: the package's proposers (CI
	// keys) are kept unless the change says otherwise.
	proposers, err := reader.Proposers(ctx, pkg)
	if err != nil {
		return wire.PolicyChange{}, chainErr(c, "proposers of "+pkg, err)
	}
	return wire.PolicyChange{PackageName: pkg, Maintainers: slices.Clone(pk.Maintainers), Threshold: pk.Threshold,
		VetoWindow: uint64(pk.VetoWindow / time.Second), MinScore: pk.MinScore, RefuseLowScore: pk.RefuseLowScore, Nonce: pk.Nonce,
		Proposers: proposers}, nil
}

// printPolicyDiff shows the current and the proposed policy side by side;
// a changed row is marked with *.
func printPolicyDiff(w io.Writer, d wire.Domain, cur, next wire.PolicyChange, digest [32]byte) {
	row := func(name, a, b string) {
		mark := " "
		if a != b {
			mark = "*"
		}
		fmt.Fprintf(w, "%s %-13s %-44s %s\n", mark, name, a, b)
	}
	fmt.Fprintf(w, "  %-13s %-44s %s\n", "", "current (on chain)", "proposed")
	n := max(len(cur.Maintainers), len(next.Maintainers))
	for i := range n {
		var a, b string
		if i < len(cur.Maintainers) {
			a = cur.Maintainers[i].Hex()
		}
		if i < len(next.Maintainers) {
			b = next.Maintainers[i].Hex()
		}
		row("maintainer "+strconv.Itoa(i+1), a, b)
	}
	row("threshold", fmt.Sprintf("%d of %d", cur.Threshold, len(cur.Maintainers)), fmt.Sprintf("%d of %d", next.Threshold, len(next.Maintainers)))
	row("veto window", (time.Duration(cur.VetoWindow) * time.Second).String(), (time.Duration(next.VetoWindow) * time.Second).String())
	row("min score", strconv.Itoa(int(cur.MinScore)), strconv.Itoa(int(next.MinScore)))
	row("low score", map[bool]string{true: "refused", false: "one extra approval"}[cur.RefuseLowScore], map[bool]string{true: "refused", false: "one extra approval"}[next.RefuseLowScore])
	fmt.Fprintf(w, "  %-13s %d\n", "nonce", next.Nonce)
	fmt.Fprintf(w, "  %-13s %s on chain %d\n", "registry", d.Registry.Hex(), d.ChainID)
	fmt.Fprintf(w, "  %-13s %s\n", "digest", wire.HexDigest(digest))
	fmt.Fprintf(w, "  signatures needed: %d of the current %d maintainers\n", cur.Threshold, len(cur.Maintainers))
}

func teamStatusCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "status PKG",
		Short: "Show the package's policy on chain and the changes being signed",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			reader, d, closeChain, err := chainReader(ctx, c)
			if err != nil {
				return err
			}
			defer closeChain()
			cur, err := chainPolicy(ctx, c, reader, args[0])
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%s on chain (registry %s, chain %d):\n", cur.PackageName, d.Registry.Hex(), d.ChainID)
			printPolicyLines(w, cur)
			h, err := hostFor(c)
			if err != nil {
				return err
			}
			list, err := h.PolicyChanges(ctx, cur.PackageName, "pending")
			if err != nil {
				return hostErr(c, err)
			}
			if len(list) == 0 {
				fmt.Fprintln(w, "no policy change being signed")
			}
			for _, ch := range list {
				fmt.Fprintf(w, "change %s: %d of %d signatures (vouch approve %s)\n", ch.ID, len(ch.Signers), ch.Threshold, ch.ID)
			}
			return nil
		},
	}
	publishFlags(cmd, false)
	return cmd
}

func printPolicyLines(w io.Writer, p wire.PolicyChange) {
	for i, m := range p.Maintainers {
		fmt.Fprintf(w, "  maintainer %d %s\n", i+1, m.Hex())
	}
	fmt.Fprintf(w, "  threshold    %d of %d\n  veto window  %s\n  min score    %d\n  nonce        %d\n", p.Threshold, len(p.Maintainers),
		time.Duration(p.VetoWindow)*time.Second, p.MinScore, p.Nonce)
}

func parseAddr(s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, withCode(exitUsage, fmt.Errorf("%q is not an address (get one with `vouch key export-address`)", s))
	}
	return common.HexToAddress(s), nil
}

func teamChangeCommand(verb string) *cobra.Command {
	var (
		threshold  uint8
		vetoWindow time.Duration
		minScore   uint8
		refuseLow  bool
		yes        bool
		ext        externalSig
	)
	use := map[string]string{"add": "add PKG ADDR", "remove": "remove PKG ADDR", "threshold": "threshold PKG M", "set": "set PKG"}[verb]
	short := map[string]string{"add": "Propose adding a maintainer", "remove": "Propose removing a maintainer",
		"threshold": "Propose a new threshold (M of N)", "set": "Propose a new threshold, veto window or minimum score"}[verb]
	nargs := map[string]int{"add": 2, "remove": 2, "threshold": 2, "set": 1}[verb]
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  cobra.ExactArgs(nargs),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if err := ext.check(); err != nil {
				return err
			}
			ctx := cmd.Context()
			reader, d, closeChain, err := chainReader(ctx, c)
			if err != nil {
				return err
			}
			defer closeChain()
			cur, err := chainPolicy(ctx, c, reader, args[0])
			if err != nil {
				return err
			}
			next := cur
			next.Maintainers = slices.Clone(cur.Maintainers)
			fl := cmd.Flags()
			switch verb {
			case "add":
				a, err := parseAddr(args[1])
				if err != nil {
					return err
				}
				if slices.Contains(next.Maintainers, a) {
					return withCode(exitUsage, fmt.Errorf("%s is already a maintainer of %s", a.Hex(), cur.PackageName))
				}
				next.Maintainers = append(next.Maintainers, a)
			case "remove":
				a, err := parseAddr(args[1])
				if err != nil {
					return err
				}
				i := slices.Index(next.Maintainers, a)
				if i < 0 {
					return withCode(exitUsage, fmt.Errorf("%s is not a maintainer of %s", a.Hex(), cur.PackageName))
				}
				next.Maintainers = slices.Delete(next.Maintainers, i, i+1)
				if !fl.Changed("threshold") && int(next.Threshold) > len(next.Maintainers) {
					next.Threshold = uint8(len(next.Maintainers))
				}
			case "threshold":
				m, err := strconv.ParseUint(args[1], 10, 8)
				if err != nil {
					return withCode(exitUsage, fmt.Errorf("threshold %q is not a number", args[1]))
				}
				next.Threshold = uint8(m)
			}
			if fl.Changed("threshold") {
				next.Threshold = threshold
			}
			if fl.Changed("veto-window") {
				if vetoWindow < 0 {
					return withCode(exitUsage, errors.New("--veto-window must not be negative"))
				}
				next.VetoWindow = uint64(vetoWindow / time.Second)
			}
			if fl.Changed("min-score") {
				next.MinScore = minScore
			}
			if fl.Changed("refuse-low-score") {
				next.RefuseLowScore = refuseLow
			}
			switch {
			case len(next.Maintainers) == 0:
				return withCode(exitUsage, errors.New("a package keeps at least one maintainer"))
			case next.Threshold == 0 || int(next.Threshold) > len(next.Maintainers):
				return withCode(exitUsage, fmt.Errorf("the threshold must be between 1 and the %d maintainers", len(next.Maintainers)))
			case next.MinScore > 100:
				return withCode(exitUsage, errors.New("--min-score must be between 0 and 100"))
			}
			digest, err := wire.Digest(d, next)
			if err != nil {
				return err
			}
			if digest == mustDigest(d, cur) {
				return withCode(exitUsage, errors.New("the change changes nothing"))
			}
			if ext.print {
				return printTypedData(cmd.OutOrStdout(), d, next)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "Policy change of %s:\n", cur.PackageName)
			printPolicyDiff(w, d, cur, next, digest)
			sb, err := signPolicyStep(cmd, c, &ext, digest, cur, yes, "Propose this change?")
			if err != nil {
				return err
			}
			h, err := hostFor(c)
			if err != nil {
				return err
			}
			st, err := h.ProposePolicyChange(ctx, api.PolicyRequest{Policy: next, Signatures: []api.SignedBy{sb}})
			if err != nil {
				return hostErr(c, err)
			}
			if !strings.EqualFold(st.ID, wire.HexDigest(digest)) {
				return withCode(exitFindings, fmt.Errorf("vouch-host filed the change under %s, not its digest %s: do not trust this host", st.ID, wire.HexDigest(digest)))
			}
			return reportChange(cmd, c, st)
		},
	}
	f := cmd.Flags()
	f.Uint8Var(&threshold, "threshold", 0, "the new threshold (M of N)")
	if verb == "set" {
		f.DurationVar(&vetoWindow, "veto-window", 0, "the new veto window")
		f.Uint8Var(&minScore, "min-score", 0, "the new minimum score (0-100)")
		f.BoolVar(&refuseLow, "refuse-low-score", false, "refuse releases below the minimum score (false: ask one extra approval)")
	}
	f.BoolVarP(&yes, "yes", "y", false, "sign without asking")
	ext.add(cmd)
	publishFlags(cmd, true)
	addWaitFlag(cmd)
	return cmd
}

func mustDigest(d wire.Domain, p wire.PolicyChange) [32]byte {
	dg, _ := wire.Digest(d, p)
	return dg
}

// signPolicyStep signs digest as one of cur's maintainers: with vouch's
// keystore (after asking, unless yes) or by taking --signature.
func signPolicyStep(cmd *cobra.Command, c *config, ext *externalSig, digest [32]byte, cur wire.PolicyChange, yes bool, prompt string) (api.SignedBy, error) {
	var sig []byte
	var signer common.Address
	var err error
	if ext.sig != "" {
		if sig, signer, err = ext.signature(digest); err != nil {
			return api.SignedBy{}, err
		}
	} else {
		if !yes {
			ok, err := confirm(cmd, prompt+" [y/N] ")
			if err != nil {
				return api.SignedBy{}, err
			}
			if !ok {
				return api.SignedBy{}, withCode(exitFindings, errors.New("not signed"))
			}
		}
		key, err := unlockKey(cmd, c)
		if err != nil {
			return api.SignedBy{}, err
		}
		if sig, err = wire.Sign(key, digest); err != nil {
			return api.SignedBy{}, err
		}
		signer = pubAddr(key)
	}
	if !slices.Contains(cur.Maintainers, signer) {
		return api.SignedBy{}, withCode(exitUsage, fmt.Errorf("%s is not a current maintainer of %s: only they sign a change", signer.Hex(), cur.PackageName))
	}
	return api.SignedBy{Signer: signer, Signature: sig}, nil
}

// reportChange says where a change stands and, once applied on the host,
// waits for the chain.
func reportChange(cmd *cobra.Command, c *config, st api.PolicyChangeStatus) error {
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "policy change %s of %s: %d of %d signatures, %s\n", st.ID, st.Policy.PackageName, len(st.Signers), st.Threshold, st.State)
	switch st.State {
	case "applied":
		return waitChangeOnChain(cmd, c, st.Policy, fmt.Sprintf("policy change %s of %s", shortID(st.ID), st.Policy.PackageName))
	case "pending":
		fmt.Fprintf(w, "next: %d more maintainer(s) run `vouch approve %s`\n", st.Threshold-len(st.Signers), st.ID)
	}
	return nil
}

func shortID(id string) string {
	if len(id) > 12 {
		return id[:10] + "…"
	}
	return id
}

// isPolicyChange reports whether the host knows id as a policy change.
func isPolicyChange(ctx context.Context, c *config, id string) bool {
	h, err := hostFor(c)
	if err != nil {
		return false
	}
	_, err = h.PolicyChange(ctx, id)
	return err == nil
}

// approvePolicyChange signs a policy change the host holds, after checking
// it against the chain: its digest is recomputed here, its nonce is the
// chain's, and the current policy shown is the chain's, not the host's.
func approvePolicyChange(cmd *cobra.Command, c *config, id string, yes, asJSON bool, ext *externalSig) error {
	ctx := cmd.Context()
	h, err := hostFor(c)
	if err != nil {
		return err
	}
	st, err := h.PolicyChange(ctx, id)
	if err != nil {
		return hostErr(c, err)
	}
	reader, d, closeChain, err := chainReader(ctx, c)
	if err != nil {
		return err
	}
	defer closeChain()
	digest, err := wire.Digest(d, st.Policy)
	if err != nil {
		return err
	}
	if !strings.EqualFold(wire.HexDigest(digest), id) {
		return withCode(exitFindings, fmt.Errorf("policy change %s does not hash to its ID under registry %s on chain %d: check --registry and --chain-id, or do not trust this host", id, d.Registry.Hex(), d.ChainID))
	}
	cur, err := chainPolicy(ctx, c, reader, st.Policy.PackageName)
	if err != nil {
		return err
	}
	if st.Policy.Nonce != cur.Nonce {
		return withCode(exitFindings, fmt.Errorf("policy change %s carries nonce %d but the chain's is %d: it can no longer be recorded", id, st.Policy.Nonce, cur.Nonce))
	}
	if ext.print {
		return printTypedData(cmd.OutOrStdout(), d, st.Policy)
	}
	w := cmd.OutOrStdout()
	if asJSON {
		w = cmd.ErrOrStderr()
	}
	fmt.Fprintf(w, "Policy change of %s to approve:\n", st.Policy.PackageName)
	printPolicyDiff(w, d, cur, st.Policy, digest)
	for _, s := range st.Signers {
		fmt.Fprintf(w, "  signed by    %s\n", s)
	}
	if st.Invite != "" {
		fmt.Fprintf(w, "  proposed by  a joiner with invite %s (signed by nobody: check the new address with its owner)\n", st.Invite)
	}
	if st.State != "pending" {
		return withCode(exitFindings, fmt.Errorf("policy change %s is %s and takes no more signatures", id, st.State))
	}
	sb, err := signPolicyStep(cmd, c, ext, digest, cur, yes, "Approve this policy change?")
	if err != nil {
		return err
	}
	if slices.ContainsFunc(st.Signers, func(s string) bool { return strings.EqualFold(s, sb.Signer.Hex()) }) {
		return withCode(exitFindings, fmt.Errorf("%s has already signed policy change %s", sb.Signer.Hex(), id))
	}
	if st, err = h.SignPolicyChange(ctx, id, sb); err != nil {
		return hostErr(c, err)
	}
	if asJSON {
		return printJSON(cmd.OutOrStdout(), st)
	}
	return reportChange(cmd, c, st)
}

func teamInviteCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "invite PKG",
		Short: "Print a short code a new maintainer joins with (the change still needs M of N)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			reader, _, closeChain, err := chainReader(ctx, c)
			if err != nil {
				return err
			}
			defer closeChain()
			cur, err := chainPolicy(ctx, c, reader, args[0])
			if err != nil {
				return err
			}
			if acc, err := signingAccount(c, keystoreFor(c)); err == nil && !slices.Contains(cur.Maintainers, acc.Address) {
				return withCode(exitUsage, fmt.Errorf("your key %s is not a maintainer of %s: only a maintainer invites", acc.Address.Hex(), cur.PackageName))
			}
			h, err := hostFor(c)
			if err != nil {
				return err
			}
			inv, err := h.Invite(ctx, api.InviteRequest{Policy: cur})
			if err != nil {
				return hostErr(c, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s\n", inv.Code)
			fmt.Fprintf(cmd.ErrOrStderr(), "invite into %s, valid until %s: the new maintainer runs `vouch team join %s`; then %d of the %d maintainers approve the change (vouch pending)\n",
				cur.PackageName, inv.ExpiresAt.Format(time.DateTime+" MST"), inv.Code, cur.Threshold, len(cur.Maintainers))
			return nil
		},
	}
	publishFlags(cmd, true)
	return cmd
}

func teamJoinCommand() *cobra.Command {
	var address string
	cmd := &cobra.Command{
		Use:   "join CODE",
		Short: "Join a team with an invite code: proposes adding your address",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			var addr common.Address
			if address != "" {
				if addr, err = parseAddr(address); err != nil {
					return err
				}
			} else {
				acc, err := signingAccount(c, keystoreFor(c))
				if err != nil {
					return withCode(exitUsage, fmt.Errorf("no key to join with (%v): create one with `vouch key new` or pass --address", err))
				}
				addr = acc.Address
			}
			h, err := hostFor(c)
			if err != nil {
				return err
			}
			st, err := h.Join(cmd.Context(), strings.TrimSpace(args[0]), api.JoinRequest{Address: addr})
			if err != nil {
				if hostclient.IsCode(err, api.CodeNotFound) {
					return withCode(exitFindings, fmt.Errorf("invite %s is unknown or expired: ask for a new one", args[0]))
				}
				return hostErr(c, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "asked to join %s as %s: policy change %s needs %d maintainer signatures (they run `vouch approve %s`)\n",
				st.Policy.PackageName, addr.Hex(), st.ID, st.Threshold, st.ID)
			return nil
		},
	}
	cmd.Flags().StringVar(&address, "address", "", "the address to join with (default: your vouch key)")
	addConfigFlags(cmd, "host", "key_dir", "key")
	return cmd
}
