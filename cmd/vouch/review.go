package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/cmd/vouch/internal/hostclient"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	api "github.com/vouchpm/vouch/host/api/apijson"
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
	r := wire.Release{PackageName: st.PackageName, Version: st.Version, Integrity: integ, ContentHash: ch, Nonce: st.Nonce, CIRunURL: st.CIRunURL}
	if st.GitSha != "" {
		sha, err := hexutil.Decode(st.GitSha)
		if err != nil || len(sha) != 20 {
			return wire.Release{}, [32]byte{}, withCode(exitFindings, fmt.Errorf("vouch-host describes release %s with a malformed gitSha", st.ID))
		}
		r.GitSha = [20]byte(sha)
	}
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
	rel    wire.Release
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
	r, digest, err := checkedRelease(d, st)
	if err != nil {
		closeChain()
		return nil, err
	}
	return &checkedRel{host: h, status: st, reader: reader, domain: d, digest: digest, rel: r, close: closeChain}, nil
}

func releaseID(s string) (string, error) {
	h, ok := strings.CutPrefix(strings.ToLower(s), "0x")
	if !ok || len(h) != 64 || strings.Trim(h, "0123456789abcdef") != "" {
		return "", withCode(exitUsage, fmt.Errorf("release ID %q must be 0x and 64 hex digits (see `vouch pending`)", s))
	}
	return "0x" + h, nil
}

// printAnchoring shows where the host's outbox stands with a release's
// transactions: a refusal by the contract (never retried) or a transient
// failure being retried is printed with its error.
func printAnchoring(w io.Writer, recs []api.AnchorStatus) {
	for _, a := range recs {
		switch {
		case a.State == "failed":
			fmt.Fprintf(w, "  ANCHOR FAILED %s: refused by the chain after %d attempt(s), not retried: %s\n", a.Record, a.Attempts, a.Error)
		case a.Error != "" && a.State != "confirmed":
			next := ""
			if a.NextAttempt != nil {
				next = ", next attempt " + a.NextAttempt.Format(time.RFC3339)
			}
			fmt.Fprintf(w, "  anchoring    %s %s, retrying (%d attempt(s)%s): %s\n", a.Record, a.State, a.Attempts, next, a.Error)
		case a.TxHash != "" && a.Block != 0:
			fmt.Fprintf(w, "  anchored     %s tx %s block %d\n", a.Record, a.TxHash, a.Block)
		default:
			fmt.Fprintf(w, "  anchoring    %s %s\n", a.Record, a.State)
		}
	}
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
	if rv := st.Revocation; rv != nil && st.State != "revoked" {
		fmt.Fprintf(w, "  revocation   %s: %s (not revoked until the chain records it)\n", rv.Label(), rv.Reason)
	}
	fmt.Fprintf(w, "  proposed     %s (updated %s)\n", st.CreatedAt.Format("2006-01-02 15:04 MST"), st.UpdatedAt.Format("2006-01-02 15:04 MST"))
	printAnchoring(w, st.Anchoring)
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

// diffBase names the diff base of a release the way the coordinator and the
// contract require it: the package's newest release recorded on chain (its
// content hash), never the highest version npm has. version is what the
// host's records call it (display only; the bytes are re-hashed).
func diffBase(ctx context.Context, h *hostclient.Client, reader *chain.Reader, pkg string) (hash, version string, err error) {
	info, err := reader.Package(ctx, pkg)
	if err != nil {
		return "", "", err
	}
	if info.LastContentHash == ([32]byte{}) {
		return "", "none (first release on chain)", nil
	}
	hash = common.Hash(info.LastContentHash).Hex()
	version = hash
	if list, err := h.Releases(ctx, pkg, "", 500); err == nil {
		for _, it := range list {
			if strings.EqualFold(it.ContentHash, hash) {
				version = it.Version
				break
			}
		}
	}
	return hash, version, nil
}

// diffSummary fetches the release's tarball and its diff base (the newest
// release on chain) from the host, checks their hashes and summarises the diff.
func diffSummary(cmd *cobra.Command, h *hostclient.Client, reader *chain.Reader, st api.ReleaseStatus) string {
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
	baseHash, baseName, err := diffBase(ctx, h, reader, st.PackageName)
	if err != nil {
		return "unavailable (chain: " + oneLine(err) + ")"
	}
	if baseHash != "" {
		if base, err = fetch(baseHash); err != nil {
			return "unavailable (base " + baseName + ": " + oneLine(err) + ")"
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
		Short:   "List releases waiting for signatures or for their veto window, and policy changes being signed",
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
			changes, err := h.PolicyChanges(cmd.Context(), pkg, "pending")
			if err != nil && !hostclient.IsCode(err, api.CodeNotFound) {
				return hostErr(c, err)
			}
			if len(all) == 0 && len(changes) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "no pending releases or policy changes")
			}
			for _, it := range all {
				fmt.Fprintf(cmd.OutOrStdout(), "%s\t%s@%s\t%s\t%s\n", it.ID, it.PackageName, it.Version, it.State, it.UpdatedAt.Format("2006-01-02 15:04"))
			}
			for _, ch := range changes {
				fmt.Fprintf(cmd.OutOrStdout(), "%s\t%s policy change (%d of %d maintainers, threshold %d)\t%s %d of %d\t%s\n", ch.ID, ch.Policy.PackageName,
					ch.Policy.Threshold, len(ch.Policy.Maintainers), ch.Policy.Threshold, ch.State, len(ch.Signers), ch.Threshold, ch.UpdatedAt.Format("2006-01-02 15:04"))
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
		Use:     "status ID|PKG",
		Short:   "Show a release (signatures, vetoes, score, state), or a package's enrollment (on chain, or only stored on the host) and npm token",
		Example: "  vouch status 0x5c1e…\n  vouch status 0x5c1e… --json\n  vouch status left-pad",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if !strings.HasPrefix(strings.ToLower(args[0]), "0x") {
				return packageStatus(cmd, c, args[0])
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
	addConfigFlags(cmd, "host", "rpc", "registry", "chain_id")
	return cmd
}

// packageStatus says where a package's enrollment stands: on chain (the
// only place that counts), stored on the host only, or nowhere.
func packageStatus(cmd *cobra.Command, c *config, pkg string) error {
	if err := wire.ValidatePackageName(pkg); err != nil {
		return withCode(exitUsage, fmt.Errorf("%q is neither a release ID nor an npm package name", pkg))
	}
	w := cmd.OutOrStdout()
	reader, d, closeChain, err := chainReader(cmd.Context(), c)
	if err != nil {
		return err
	}
	defer closeChain()
	pk, err := reader.Package(cmd.Context(), pkg)
	if err != nil {
		return chainErr(c, "package "+pkg, err)
	}
	if pk.Enrolled {
		fmt.Fprintf(w, "%s: enrolled on chain (registry %s, chain %d)\n", pkg, d.Registry.Hex(), d.ChainID)
		fmt.Fprintf(w, "  threshold    %d of %d\n", pk.Threshold, len(pk.Maintainers))
		for i, m := range pk.Maintainers {
			fmt.Fprintf(w, "  maintainer %d %s\n", i+1, m.Hex())
		}
		fmt.Fprintf(w, "  veto window  %s\n  min score    %d\n  nonce        %d\n", pk.VetoWindow, pk.MinScore, pk.Nonce)
		stuck, err := anchorProblems(cmd, c, pkg)
		if err != nil {
			return err
		}
		if err := tokenStatus(cmd, c, pkg); err != nil {
			return err
		}
		if stuck > 0 {
			return withCode(exitFindings, fmt.Errorf("%d release(s) of %s were refused on chain; see above", stuck, pkg))
		}
		return nil
	}
	h, err := hostFor(c)
	if err != nil {
		return err
	}
	pr, err := h.Package(cmd.Context(), pkg)
	switch {
	case err == nil:
		fmt.Fprintf(w, "%s: stored on host, not yet on chain (policy nonce %d, %d of %d maintainers, %d signature(s)); the host's relay anchors it once its coordinator enclave runs\n",
			pkg, pr.Policy.Nonce, pr.Policy.Threshold, len(pr.Policy.Maintainers), len(pr.Signatures))
		return withCode(exitFindings, fmt.Errorf("%s is not enrolled on chain yet", pkg))
	case hostclient.IsCode(err, api.CodeUnknownPackage):
		return withCode(exitFindings, fmt.Errorf("%s is not enrolled: neither on chain nor on vouch-host %s", pkg, c.Host))
	default:
		fmt.Fprintf(w, "%s: not enrolled on chain\n", pkg)
		return hostErr(c, err)
	}
}

func newApproveCommand() *cobra.Command {
	var yes, asJSON bool
	var ext externalSig
	cmd := &cobra.Command{
		Use:   "approve ID",
		Short: "Review a proposed release or policy change and sign it",
		Long: `approve fetches the release from vouch-host, rebuilds the EIP-712 Release from
its fields and checks that it hashes to ID under your registry and chain (you
sign what you computed, never what the host says). It shows package, version,
hashes, proposer, signatures so far, the diff against the last published
version (tarballs re-hashed), and the score with its top findings, then asks.
A policy change (vouch team) shows the old and new policy side by side.

--print-typed-data prints the EIP-712 typed data (eth_signTypedData_v4 JSON)
for a wallet to sign; --signature 0x… sends the wallet's signature instead of
signing with vouch's keystore.`,
		Example: "  vouch approve 0x5c1e…\n  VOUCH_PASSPHRASE=... vouch approve --yes 0x5c1e…\n  vouch approve 0x5c1e… --print-typed-data > td.json\n  vouch approve 0x5c1e… --signature 0x…",
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
			if err := ext.check(); err != nil {
				return err
			}
			ctx := cmd.Context()
			if isPolicyChange(ctx, c, id) {
				return approvePolicyChange(cmd, c, id, yes, asJSON, &ext)
			}
			rel, err := fetchRelease(ctx, c, id)
			if err != nil {
				return err
			}
			defer rel.close()
			h, st, reader, digest := rel.host, rel.status, rel.reader, rel.digest
			if ext.print {
				return printTypedData(cmd.OutOrStdout(), rel.domain, rel.rel)
			}
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
			if _, bv, err := diffBase(ctx, h, reader, st.PackageName); err == nil {
				fmt.Fprintf(w, "  base         %s (the newest release on chain: the only base the coordinator accepts a score against)\n", bv)
			}
			fmt.Fprintf(w, "  diff         %s\n", diffSummary(cmd, h, reader, st))
			if st.State != "pending" && st.State != "approved" {
				return withCode(exitFindings, fmt.Errorf("release %s is %s and takes no more signatures", id, st.State))
			}
			var sig []byte
			var signer common.Address
			if ext.sig != "" {
				// Made elsewhere: the signature is the decision.
				if sig, signer, err = ext.signature(digest); err != nil {
					return err
				}
			} else {
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
				if sig, err = wire.Sign(key, digest); err != nil {
					return err
				}
				signer = pubAddr(key)
			}
			st, err = h.Approve(ctx, id, api.SignedBy{Signer: signer, Signature: sig})
			if err != nil {
				return hostErr(c, err)
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), st)
			}
			fmt.Fprintf(w, "approved by %s: %d of %d signatures, %s\n", signer.Hex(), st.Approvals, st.Threshold, st.State)
			return nil
		},
	}
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "approve without asking")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the release status as JSON")
	ext.add(cmd)
	publishFlags(cmd, true)
	return cmd
}

func newVetoCommand() *cobra.Command {
	var reason, gasKeyFile string
	var asJSON, onChain bool
	var ext externalSig
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
			if err := ext.check(); err != nil {
				return err
			}
			ctx := cmd.Context()
			rel, err := fetchRelease(ctx, c, id)
			if err != nil {
				return err
			}
			defer rel.close()
			veto := wire.Veto{ReleaseDigest: rel.digest, Reason: reason}
			vd, err := wire.Digest(rel.domain, veto)
			if err != nil {
				return err
			}
			if ext.print {
				return printTypedData(cmd.OutOrStdout(), rel.domain, veto)
			}
			sb, err := ext.signOrUnlock(cmd, c, vd)
			if err != nil {
				return err
			}
			if onChain {
				// Straight to the contract first: the host may drop vetoes.
				tx, err := vetoOnChain(cmd, c, rel, veto, chain.Signature{Signer: sb.Signer, Sig: sb.Signature}, gasKeyFile)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "veto of %s@%s recorded on chain (registry %s, tx %s): publish() now refuses it whatever the host relays\n",
					rel.status.PackageName, rel.status.Version, rel.domain.Registry.Hex(), tx.Hex())
			}
			st, err := rel.host.Veto(ctx, id, api.VetoRequest{Reason: reason, SignedBy: sb})
			if err != nil {
				if onChain { // on chain already: the host's copy only informs the others
					fmt.Fprintf(cmd.ErrOrStderr(), "vouch: the host did not take the veto (%v); it stands on chain\n", oneLine(hostErr(c, err)))
					return nil
				}
				return hostErr(c, err)
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), st)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "vetoed %s@%s (%s) by %s: %s\n", st.PackageName, st.Version, st.ID, sb.Signer.Hex(), st.State)
			return nil
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why (shown to every maintainer)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the release status as JSON")
	cmd.Flags().BoolVar(&onChain, "on-chain", false, "also send the signed veto straight to the registry contract (needs --rpc and gas), so a host that drops vetoes cannot stop it")
	cmd.Flags().StringVar(&gasKeyFile, "gas-key-file", os.Getenv("VOUCH_GAS_KEY_FILE"), "with --on-chain: FILE holding the account that pays gas (encrypted keystore JSON, passphrase from VOUCH_GAS_PASSPHRASE or VOUCH_PASSPHRASE; or a hex private key); default: your signing key [env VOUCH_GAS_KEY_FILE]")
	ext.add(cmd)
	publishFlags(cmd, true)
	return cmd
}

func newRevokeCommand() *cobra.Command {
	var reason string
	var ext externalSig
	cmd := &cobra.Command{
		Use:     "revoke PKG@VER --reason TEXT",
		Short:   "Sign a revocation of a published version",
		Long:    "revoke signs the EIP-712 Revoke for PKG@VER's integrity (the SHA-512 of vouch-host's tarball, checked against the chain's record when recorded) and sends it to vouch-host, which anchors it once M maintainers signed the same Revoke (same reason). Until the chain records it, it is a proposal: revocation proposed (k of M).",
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
			if err := ext.check(); err != nil {
				return err
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
			// The Revoke names the release by its integrity (what revoke()
			// checks on chain; the chain stores only its keccak256): the
			// SHA-512 of the host's tarball, checked here against its
			// contentHash and, once recorded, against the chain.
			list, err := h.Releases(ctx, name, "", 500)
			if err != nil {
				return hostErr(c, err)
			}
			var ch common.Hash
			var integrity []byte
			for _, it := range list {
				if it.Version != version {
					continue
				}
				tgz, err := h.Tarball(ctx, it.ContentHash)
				if err != nil || common.Hash(sha256.Sum256(tgz)) != common.HexToHash(it.ContentHash) {
					continue
				}
				sum := sha512.Sum512(tgz)
				if rec.Recorded() && crypto.Keccak256Hash(sum[:]) != common.Hash(rec.IntegrityHash) {
					continue
				}
				ch, integrity = common.HexToHash(it.ContentHash), sum[:]
			}
			if integrity == nil {
				if rec.Recorded() {
					return withCode(exitFindings, fmt.Errorf("vouch-host holds no tarball of %s with the integrity recorded on chain", args[0]))
				}
				return withCode(exitFindings, fmt.Errorf("%s is neither recorded on chain nor known to vouch-host", args[0]))
			}
			rv := wire.Revoke{PackageName: name, Version: version, Integrity: integrity, Reason: reason}
			digest, err := wire.Digest(d, rv)
			if err != nil {
				return err
			}
			if ext.print {
				return printTypedData(cmd.OutOrStdout(), d, rv)
			}
			sb, err := ext.signOrUnlock(cmd, c, digest)
			if err != nil {
				return err
			}
			res, err := h.Revoke(ctx, api.RevokeRequest{PackageName: name, Version: version, ContentHash: ch, Reason: reason, SignedBy: sb})
			if err != nil {
				return hostErr(c, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "revocation of %s (contentHash %s) signed by %s: revocation proposed (%d of %d); only revoke() on chain, once %d maintainers signed the same reason, revokes it\n",
				args[0], ch.Hex(), sb.Signer.Hex(), res.Signatures, res.Threshold, res.Threshold)
			return nil
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why (recorded on chain)")
	ext.add(cmd)
	publishFlags(cmd, true)
	return cmd
}

// tokenWarnDays is how far ahead vouch status warns of an expiring token.
const tokenWarnDays = 14

// tokenExpiry says how long the sealed npm token lasts at now, and whether
// that deserves a warning (14 days or less) or a refusal (expired).
func tokenExpiry(now time.Time, expiresAt uint64) (line string, warn, expired bool) {
	if expiresAt == 0 {
		return "expiry unknown (neither the registry nor the grant stated one)", false, false
	}
	at := time.Unix(int64(expiresAt), 0).UTC()
	if !now.Before(at) {
		return fmt.Sprintf("EXPIRED on %s: the coordinator refuses to publish; grant a new token with vouch token add", at.Format(time.DateOnly)), true, true
	}
	days := int(at.Sub(now).Hours() / 24)
	line = fmt.Sprintf("expires %s (%d days left)", at.Format(time.DateOnly), days)
	if days <= tokenWarnDays {
		return "WARNING: " + line + ": grant a new token with vouch token add before publishing stalls", true, false
	}
	return line, false, false
}

// anchorProblems prints the package's recent releases whose transactions
// the host's outbox could not anchor: refused by the contract for good, or
// retrying after transient failures. It returns how many were refused.
func anchorProblems(cmd *cobra.Command, c *config, pkg string) (int, error) {
	h, err := hostFor(c)
	if err != nil {
		return 0, err
	}
	items, err := h.Releases(cmd.Context(), pkg, "", 20)
	if err != nil {
		return 0, hostErr(c, err)
	}
	refused := 0
	for _, it := range items {
		st, err := h.Release(cmd.Context(), it.ID)
		if err != nil {
			return refused, hostErr(c, err)
		}
		var bad []api.AnchorStatus
		for _, a := range st.Anchoring {
			if a.State == "failed" {
				refused++
			}
			if a.State == "failed" || (a.Error != "" && a.State != "confirmed") {
				bad = append(bad, a)
			}
		}
		if len(bad) > 0 {
			fmt.Fprintf(cmd.OutOrStdout(), "  release      %s@%s (%s)\n", st.PackageName, st.Version, st.ID)
			printAnchoring(cmd.OutOrStdout(), bad)
		}
	}
	return refused, nil
}

// tokenStatus shows a package's sealed npm token and warns before it
// expires; a package with no token sealed yet is said to have none.
func tokenStatus(cmd *cobra.Command, c *config, pkg string) error {
	h, err := hostFor(c)
	if err != nil {
		return err
	}
	tok, err := h.Token(cmd.Context(), pkg)
	if err != nil {
		if hostclient.IsCode(err, api.CodeUnknownPackage) || hostclient.IsCode(err, api.CodeNotFound) {
			fmt.Fprintf(cmd.OutOrStdout(), "  npm token    none sealed yet (vouch token add %s)\n", pkg)
			return nil
		}
		return hostErr(c, err)
	}
	line, warn, expired := tokenExpiry(time.Now(), tok.ExpiresAt)
	fmt.Fprintf(cmd.OutOrStdout(), "  npm token    sealed by the coordinator (version %d), %s\n", tok.Version, line)
	if warn {
		fmt.Fprintln(cmd.ErrOrStderr(), "vouch: "+line)
	}
	if expired {
		return withCode(exitFindings, fmt.Errorf("the npm token of %s expired", pkg))
	}
	return nil
}
