package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/cmd/vouch/internal/hostclient"
	"github.com/vouchpm/vouch/enclave/wire"
	api "github.com/vouchpm/vouch/host/api/apijson"
	"github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/diff"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/tarball"
)

func pubAddr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// checkedRelease rebuilds the Release the host describes and checks that it
// hashes to the release ID: a signer signs what it computed, never an ID the
// untrusted host handed over.
func checkedRelease(d wire.Domain, st api.ReleaseStatus) (wire.Release, [32]byte, error) {
	b64, ok := strings.CutPrefix(st.Integrity, "sha512-")
	integ, err := base64.StdEncoding.DecodeString(b64)
	if !ok || err != nil || len(integ) != 64 {
		return wire.Release{}, [32]byte{}, withCode(exitFindings, fmt.Errorf("vouch-host describes release %s with a malformed integrity", st.ID))
	}
	ch := common.HexToHash(st.ContentHash)
	r := wire.Release{PackageName: st.PackageName, Version: st.Version, Integrity: integ, ContentHash: ch, Nonce: st.Nonce}
	digest, err := wire.Digest(d, r)
	if err != nil {
		return r, digest, err
	}
	if !strings.EqualFold(wire.HexDigest(digest), st.ID) {
		return r, digest, withCode(exitFindings, fmt.Errorf("release %s does not hash to its ID under registry %s on chain %d: check --registry and --chain-id, or do not trust this host", st.ID, d.Registry.Hex(), d.ChainID))
	}
	return r, digest, nil
}

// releaseID checks the shape of a release ID argument.
// checkedRel is a release read from the host whose fields were checked to
// hash to its ID under the chain's domain.
type checkedRel struct {
	host   *hostclient.Client
	status api.ReleaseStatus
	reader *chain.Reader
	domain wire.Domain
	digest [32]byte
	close  func()
}

// fetchRelease reads release id from the host and recomputes its EIP-712
// digest under the chain's domain: what a maintainer signs is computed here,
// never taken from the host. Callers must call close.
func fetchRelease(ctx context.Context, c *config, id string) (*checkedRel, error) {
	h, err := hostFor(c)
	if err != nil {
		return nil, err
	}
	st, err := h.Release(ctx, id)
	if err != nil {
		return nil, hostErr(c, err)
	}
	reader, d, closeChain, err := chainReader(ctx, c)
	if err != nil {
		return nil, err
	}
	_, digest, err := checkedRelease(d, st)
	if err != nil {
		closeChain()
		return nil, err
	}
	return &checkedRel{host: h, status: st, reader: reader, domain: d, digest: digest, close: closeChain}, nil
}

func releaseID(s string) (string, error) {
	h, ok := strings.CutPrefix(strings.ToLower(s), "0x")
	if !ok || len(h) != 64 || strings.Trim(h, "0123456789abcdef") != "" {
		return "", withCode(exitUsage, fmt.Errorf("release ID %q must be 0x and 64 hex digits (see `vouch pending`)", s))
	}
	return "0x" + h, nil
}

func printStatus(w io.Writer, st api.ReleaseStatus) {
	fmt.Fprintf(w, "  release      %s\n", st.ID)
	fmt.Fprintf(w, "  package      %s@%s\n", st.PackageName, st.Version)
	fmt.Fprintf(w, "  integrity    %s\n", st.Integrity)
	fmt.Fprintf(w, "  contentHash  %s\n", st.ContentHash)
	fmt.Fprintf(w, "  state        %s\n", st.State)
	if len(st.Signers) > 0 {
		fmt.Fprintf(w, "  proposer     %s\n", st.Signers[0])
	}
	fmt.Fprintf(w, "  signatures   %d of %d\n", len(st.Signers), st.Threshold)
	for _, s := range st.Signers {
		fmt.Fprintf(w, "    signed by  %s\n", s)
	}
	for _, v := range st.Vetoes {
		fmt.Fprintf(w, "  VETO         %s: %s\n", v.Signer, v.Reason)
	}
	fmt.Fprintf(w, "  proposed     %s (updated %s)\n", st.CreatedAt.Format("2006-01-02 15:04 MST"), st.UpdatedAt.Format("2006-01-02 15:04 MST"))
	if st.Score == nil {
		fmt.Fprintf(w, "  score        not scored yet\n")
		return
	}
	fmt.Fprintf(w, "  score        %d (host's copy; check it with `vouch audit score %s@%s`)\n", st.Score.Score, st.PackageName, st.Version)
	raw, _ := json.Marshal(st.Score.Report)
	if rep, err := scorer.ReportFromJSON(raw); err == nil {
		for i, f := range rep.Findings {
			if i == 5 {
				fmt.Fprintf(w, "    … %d more finding(s)\n", len(rep.Findings)-5)
				break
			}
			fmt.Fprintf(w, "    %-8s %s %s:%d %s\n", f.Severity, f.Rule, f.File, f.Line, f.Evidence)
			if why := heuristics.Explain(f.Rule); why != "" {
				fmt.Fprintf(w, "             why: %s\n", why)
			}
		}
	}
}

// diffSummary fetches the release's tarball and the package's latest
// published one from the host, checks their hashes and summarises the diff.
func diffSummary(cmd *cobra.Command, h *hostclient.Client, st api.ReleaseStatus) string {
	ctx := cmd.Context()
	fetch := func(hash string) (*tarball.Package, error) {
		data, err := h.Tarball(ctx, hash)
		if err != nil {
			return nil, err
		}
		if common.Hash(sha256.Sum256(data)) != common.HexToHash(hash) {
			return nil, fmt.Errorf("the host's tarball does not hash to %s", hash)
		}
		return tarball.Read(data, tarball.DefaultLimits())
	}
	newPkg, err := fetch(st.ContentHash)
	if err != nil {
		return "unavailable (" + oneLine(err) + ")"
	}
	var base *tarball.Package
	baseName := "none (first release)"
	if list, err := h.Releases(ctx, st.PackageName, "", 100); err == nil {
		for _, it := range list {
			if it.ID != st.ID && (it.State == "published" || it.State == "verified") {
				if base, err = fetch(it.ContentHash); err == nil {
					baseName = it.Version
					break
				}
			}
		}
	}
	res := diff.Compare(base, newPkg)
	var added, changed, removed, lines int
	for _, f := range res.Files {
		switch f.Status {
		case diff.Added:
			added++
		case diff.Changed:
			changed++
		case diff.Removed:
			removed++
		}
		lines += len(f.Added)
	}
	return fmt.Sprintf("against %s: %d added, %d changed, %d removed file(s), +%d line(s), %d bytes added", baseName, added, changed, removed, lines, res.AddedBytes)
}

func newPendingCommand() *cobra.Command {
	var pkg string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "pending",
		Short:   "List releases waiting for signatures or for their veto window",
		Example: "  vouch pending\n  vouch pending --package left-pad --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			h, err := hostFor(c)
			if err != nil {
				return err
			}
			var all []hostclient.ReleaseItem
			for _, state := range []string{"pending", "approved"} {
				list, err := h.Releases(cmd.Context(), pkg, state, 500)
				if err != nil {
					return hostErr(c, err)
				}
				all = append(all, list...)
			}
			if asJSON {
				if all == nil {
					all = []hostclient.ReleaseItem{}
				}
				return printJSON(cmd.OutOrStdout(), all)
			}
			if len(all) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "no pending releases")
			}
			for _, it := range all {
				fmt.Fprintf(cmd.OutOrStdout(), "%s\t%s@%s\t%s\t%s\n", it.ID, it.PackageName, it.Version, it.State, it.UpdatedAt.Format("2006-01-02 15:04"))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&pkg, "package", "", "only this package")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	addConfigFlags(cmd, "host")
	return cmd
}

func newStatusCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "status ID",
		Short:   "Show a release: signatures, vetoes, score, state",
		Example: "  vouch status 0x5c1e…\n  vouch status 0x5c1e… --json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			id, err := releaseID(args[0])
			if err != nil {
				return err
			}
			h, err := hostFor(c)
			if err != nil {
				return err
			}
			st, err := h.Release(cmd.Context(), id)
			if err != nil {
				return hostErr(c, err)
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), st)
			}
			printStatus(cmd.OutOrStdout(), st)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	addConfigFlags(cmd, "host")
	return cmd
}

func newApproveCommand() *cobra.Command {
	var yes, asJSON bool
	cmd := &cobra.Command{
		Use:   "approve ID",
		Short: "Review a proposed release and sign it",
		Long: `approve fetches the release from vouch-host, rebuilds the EIP-712 Release from
its fields and checks that it hashes to ID under your registry and chain (you
sign what you computed, never what the host says). It shows package, version,
hashes, proposer, signatures so far, the diff against the last published
version (tarballs re-hashed), and the score with its top findings, then asks.`,
		Example: "  vouch approve 0x5c1e…\n  VOUCH_PASSPHRASE=... vouch approve --yes 0x5c1e…",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			id, err := releaseID(args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			rel, err := fetchRelease(ctx, c, id)
			if err != nil {
				return err
			}
			defer rel.close()
			h, st, reader, digest := rel.host, rel.status, rel.reader, rel.digest
			w := cmd.OutOrStdout()
			if asJSON {
				w = cmd.ErrOrStderr()
			}
			fmt.Fprintln(w, "Release to approve:")
			printStatus(w, st)
			if pol, err := reader.Package(ctx, st.PackageName); err == nil && pol.Enrolled {
				fmt.Fprintf(w, "  veto window  %s after the threshold is met (policy on chain)\n", pol.VetoWindow)
			} else if hp, err := h.Package(ctx, st.PackageName); err == nil {
				fmt.Fprintf(w, "  veto window  %s after the threshold is met (policy on vouch-host, not yet on chain)\n", time.Duration(hp.Policy.VetoWindow)*time.Second)
			}
			fmt.Fprintf(w, "  diff         %s\n", diffSummary(cmd, h, st))
			if st.State != "pending" && st.State != "approved" {
				return withCode(exitFindings, fmt.Errorf("release %s is %s and takes no more signatures", id, st.State))
			}
			if acc, err := signingAccount(c, keystoreFor(c)); err == nil {
				for _, s := range st.Signers {
					if strings.EqualFold(s, acc.Address.Hex()) {
						return withCode(exitFindings, fmt.Errorf("%s has already signed release %s", acc.Address.Hex(), id))
					}
				}
			}
			if !yes {
				ok, err := confirm(cmd, "Approve this release? [y/N] ")
				if err != nil {
					return err
				}
				if !ok {
					return withCode(exitFindings, errors.New("not approved"))
				}
			}
			key, err := unlockKey(cmd, c)
			if err != nil {
				return err
			}
			sig, err := wire.Sign(key, digest)
			if err != nil {
				return err
			}
			st, err = h.Approve(ctx, id, api.SignedBy{Signer: pubAddr(key), Signature: sig})
			if err != nil {
				return hostErr(c, err)
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), st)
			}
			fmt.Fprintf(w, "approved by %s: %d of %d signatures, %s\n", pubAddr(key).Hex(), len(st.Signers), st.Threshold, st.State)
			return nil
		},
	}
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "approve without asking")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the release status as JSON")
	publishFlags(cmd, true)
	return cmd
}

func newVetoCommand() *cobra.Command {
	var reason string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "veto ID --reason TEXT",
		Short:   "Veto a release during its veto window (signed, with a reason)",
		Example: `  vouch veto 0x5c1e… --reason "adds a postinstall script nobody reviewed"`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			id, err := releaseID(args[0])
			if err != nil {
				return err
			}
			if strings.TrimSpace(reason) == "" || len(reason) > 1000 {
				return withCode(exitUsage, errors.New("a veto needs --reason of 1 to 1000 bytes"))
			}
			ctx := cmd.Context()
			rel, err := fetchRelease(ctx, c, id)
			if err != nil {
				return err
			}
			defer rel.close()
			vd, err := wire.Digest(rel.domain, wire.Veto{ReleaseDigest: rel.digest, Reason: reason})
			if err != nil {
				return err
			}
			key, err := unlockKey(cmd, c)
			if err != nil {
				return err
			}
			sig, err := wire.Sign(key, vd)
			if err != nil {
				return err
			}
			st, err := rel.host.Veto(ctx, id, api.VetoRequest{Reason: reason, SignedBy: api.SignedBy{Signer: pubAddr(key), Signature: sig}})
			if err != nil {
				return hostErr(c, err)
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), st)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "vetoed %s@%s (%s) by %s: %s\n", st.PackageName, st.Version, st.ID, pubAddr(key).Hex(), st.State)
			return nil
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why (shown to every maintainer)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the release status as JSON")
	publishFlags(cmd, true)
	return cmd
}

func newRevokeCommand() *cobra.Command {
	var reason string
	cmd := &cobra.Command{
		Use:     "revoke PKG@VER --reason TEXT",
		Short:   "Sign a revocation of a published version",
		Long:    "revoke signs the EIP-712 Revoke for PKG@VER's recorded contentHash (read from the chain, else from vouch-host) and sends it to vouch-host, which anchors it once M maintainers signed.",
		Example: `  vouch revoke left-pad@1.3.1 --reason "maintainer account compromised"`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			name, version, ok := splitNameVersion(args[0])
			if !ok {
				return withCode(exitUsage, fmt.Errorf("%q is not PKG@VERSION", args[0]))
			}
			if strings.TrimSpace(reason) == "" || len(reason) > 1000 {
				return withCode(exitUsage, errors.New("a revocation needs --reason of 1 to 1000 bytes"))
			}
			h, err := hostFor(c)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			reader, d, closeChain, err := chainReader(ctx, c)
			if err != nil {
				return err
			}
			defer closeChain()
			rec, err := reader.Release(ctx, name, version)
			if err != nil {
				return chainErr(c, args[0], err)
			}
			ch := common.Hash(rec.ContentHash)
			if !rec.Recorded() {
				list, err := h.Releases(ctx, name, "", 500)
				if err != nil {
					return hostErr(c, err)
				}
				for _, it := range list {
					if it.Version == version {
						ch = common.HexToHash(it.ContentHash)
					}
				}
				if ch == (common.Hash{}) {
					return withCode(exitFindings, fmt.Errorf("%s is neither recorded on chain nor known to vouch-host", args[0]))
				}
			}
			rv := wire.Revoke{PackageName: name, Version: version, ContentHash: ch, Reason: reason}
			digest, err := wire.Digest(d, rv)
			if err != nil {
				return err
			}
			key, err := unlockKey(cmd, c)
			if err != nil {
				return err
			}
			sig, err := wire.Sign(key, digest)
			if err != nil {
				return err
			}
			if err := h.Revoke(ctx, api.RevokeRequest{PackageName: name, Version: version, ContentHash: ch, Reason: reason,
				SignedBy: api.SignedBy{Signer: pubAddr(key), Signature: sig}}); err != nil {
				return hostErr(c, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "revocation of %s (contentHash %s) signed by %s\n", args[0], ch.Hex(), pubAddr(key).Hex())
			return nil
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why (recorded on chain)")
	publishFlags(cmd, true)
	return cmd
}
