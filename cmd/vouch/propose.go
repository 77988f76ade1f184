package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
	"github.com/vouchpm/vouch/cmd/vouch/internal/signfile"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/enclave/wire/limits"
	api "github.com/vouchpm/vouch/host/api/apijson"
	"github.com/vouchpm/vouch/scorer/tarball"
)

// npmPack runs `npm pack` in dir and returns the tarball's bytes and name.
func npmPack(ctx context.Context, dir string) ([]byte, string, error) {
	tmp, err := os.MkdirTemp("", "vouch-pack-*")
	if err != nil {
		return nil, "", err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.CommandContext(ctx, "npm", "pack", "--json", "--ignore-scripts", "--pack-destination", tmp)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if errors.Is(err, exec.ErrNotFound) {
		return nil, "", withCode(exitUsage, errors.New("npm is not installed: install Node.js, or pass --tarball FILE"))
	}
	if err != nil {
		return nil, "", withCode(exitUsage, fmt.Errorf("npm pack in %s failed: %s", dir, firstLine(stderr.String(), err)))
	}
	var packed []struct {
		Filename string `json:"filename"`
	}
	if err := json.Unmarshal(out, &packed); err != nil || len(packed) != 1 {
		return nil, "", fmt.Errorf("npm pack in %s printed no tarball name", dir)
	}
	name := filepath.Base(packed[0].Filename)
	data, err := os.ReadFile(filepath.Join(tmp, name))
	return data, name, err
}

func firstLine(s string, fallback error) string {
	for _, l := range bytes.Split([]byte(s), []byte("\n")) {
		if t := bytes.TrimSpace(l); len(t) > 0 && !bytes.HasPrefix(t, []byte("npm notice")) {
			return string(t)
		}
	}
	return fallback.Error()
}

// releaseOf computes a tarball's Release fields (nonce not set).
func releaseOf(tgz []byte) (wire.Release, error) {
	p, err := tarball.Read(tgz, tarball.DefaultLimits())
	if err != nil {
		return wire.Release{}, withCode(exitUsage, fmt.Errorf("the tarball is not a readable npm package: %v", err))
	}
	f := p.File("package.json")
	if f == nil {
		return wire.Release{}, withCode(exitUsage, errors.New("the tarball has no package/package.json"))
	}
	var pj struct{ Name, Version string }
	if err := json.Unmarshal(f.Data, &pj); err != nil || pj.Name == "" || pj.Version == "" {
		return wire.Release{}, withCode(exitUsage, errors.New("the tarball's package.json lacks a name or version"))
	}
	return wire.Release{PackageName: pj.Name, Version: pj.Version, Integrity: p.SHA512[:], ContentHash: p.ContentHash}, nil
}

func releaseJSON(r wire.Release) api.ReleaseJSON {
	rj := api.ReleaseJSON{PackageName: r.PackageName, Version: r.Version, Integrity: lockfile.SRI(r.Integrity), ContentHash: common.Hash(r.ContentHash), Nonce: r.Nonce, CIRunURL: r.CIRunURL}
	if r.GitSha != ([20]byte{}) {
		rj.GitSha = r.GitSha[:]
	}
	return rj
}

func newProposeCommand() *cobra.Command {
	var tarballPath, out, gitSha, ciRunURL, keyFile string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "propose [DIR]",
		Short: "Propose a release: pack, hash, sign as #1, upload",
		Long: `propose runs npm pack in DIR (default .) or takes --tarball FILE, computes the
npm integrity (sha512) and the contentHash (sha256), reads the package's nonce
from the registry on chain, and signs the EIP-712 Release as the first of the M
maintainers. It then uploads tarball and proposal to vouch-host and prints the
release ID, which co-maintainers pass to vouch approve.

With --out FILE it writes a portable signing file (and the tarball beside it)
instead: vouch sign FILE adds signatures offline, vouch submit FILE uploads.`,
		Example: `  vouch propose .
  vouch propose --tarball left-pad-1.3.1.tgz --json
  vouch propose . --out release.vouch.json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			var tgz []byte
			var name string
			switch {
			case tarballPath != "" && len(args) > 0:
				return withCode(exitUsage, errors.New("give either DIR or --tarball FILE"))
			case tarballPath != "":
				if tgz, err = os.ReadFile(tarballPath); err != nil {
					return withCode(exitUsage, fmt.Errorf("reading the tarball: %w", err))
				}
				name = filepath.Base(tarballPath)
			default:
				dir := "."
				if len(args) > 0 {
					dir = args[0]
				}
				if tgz, name, err = npmPack(ctx, dir); err != nil {
					return err
				}
			}
			r, err := releaseOf(tgz)
			if err != nil {
				return err
			}
			reader, d, closeChain, err := chainReader(ctx, c)
			if err != nil {
				return err
			}
			defer closeChain()
			pkg, err := reader.Package(ctx, r.PackageName)
			if err != nil {
				return chainErr(c, "the nonce of "+r.PackageName, err)
			}
			r.Nonce = pkg.Nonce
			if r.GitSha, r.CIRunURL, err = provenance(gitSha, ciRunURL); err != nil {
				return err
			}
			digest, err := wire.Digest(d, r)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if asJSON {
				w = cmd.ErrOrStderr()
			}
			fmt.Fprintln(w, "Proposing release:")
			printRelease(w, d, r, digest)
			key, err := proposerKey(cmd, c, keyFile)
			if err != nil {
				return err
			}
			sig, err := wire.Sign(key, digest)
			if err != nil {
				return err
			}
			if out != "" {
				f, err := signfile.NewRelease(d, r, name)
				if err != nil {
					return err
				}
				addr, err := f.AddSignature(sig)
				if err != nil {
					return err
				}
				if err := os.WriteFile(filepath.Join(filepath.Dir(out), name), tgz, 0o644); err != nil {
					return err
				}
				if err := f.Write(out); err != nil {
					return err
				}
				fmt.Fprintf(w, "signed by %s: 1 signature in %s (tarball %s beside it)\nnext: co-maintainers run `vouch sign %s`, then `vouch submit %s`\n", addr.Hex(), out, name, out, out)
				return nil
			}
			h, err := hostFor(c)
			if err != nil {
				return err
			}
			prop := api.ProposeRequest{Release: releaseJSON(r), SignedBy: api.SignedBy{Signer: pubAddr(key), Signature: sig}}
			if err := h.PutTarball(ctx, prop, tgz); err != nil {
				return hostErr(c, err)
			}
			st, err := h.Propose(ctx, prop)
			if err != nil {
				return hostErr(c, err)
			}
			if st.ID != wire.HexDigest(digest) {
				return withCode(exitFindings, fmt.Errorf("vouch-host filed the release under %s, not its digest %s: do not trust this host", st.ID, wire.HexDigest(digest)))
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), st)
			}
			fmt.Fprintf(w, "proposed %s@%s: release %s (%d of %d signatures)\n", r.PackageName, r.Version, st.ID, st.Approvals, st.Threshold)
			return nil
		},
	}
	cmd.Flags().StringVar(&tarballPath, "tarball", "", "propose this .tgz instead of running npm pack")
	cmd.Flags().StringVar(&out, "out", "", "write a portable signing file instead of uploading")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the release status as JSON")
	cmd.Flags().StringVar(&gitSha, "git-sha", "", "the commit the release is built from (40 hex digits; signed and recorded on chain)")
	cmd.Flags().StringVar(&ciRunURL, "ci-run-url", "", "the CI run that built the release (signed and recorded on chain)")
	cmd.Flags().StringVar(&keyFile, "key-file", "", "sign with the hex secp256k1 key in this file (a CI proposer key from a secret; VOUCH_PROPOSER_KEY also works) instead of the keystore")
	publishFlags(cmd, true)
	return cmd
}

// provenance parses --git-sha and --ci-run-url.
func provenance(gitSha, ciRunURL string) ([20]byte, string, error) {
	var sha [20]byte
	if gitSha != "" {
		raw, err := hex.DecodeString(strings.TrimPrefix(gitSha, "0x"))
		if err != nil || len(raw) != 20 {
			return sha, "", withCode(exitUsage, fmt.Errorf("--git-sha %q is not a 40-hex-digit commit id", gitSha))
		}
		sha = [20]byte(raw)
	}
	if len(ciRunURL) > limits.CIRunURL {
		return sha, "", withCode(exitUsage, fmt.Errorf("--ci-run-url is longer than %d bytes", limits.CIRunURL))
	}
	return sha, ciRunURL, nil
}

// proposerKey is the key a proposal is signed with: a CI proposer's hex key
// from --key-file or VOUCH_PROPOSER_KEY, else the unlocked keystore key.
func proposerKey(cmd *cobra.Command, c *config, keyFile string) (*ecdsa.PrivateKey, error) {
	h := os.Getenv("VOUCH_PROPOSER_KEY")
	if keyFile != "" {
		b, err := os.ReadFile(keyFile)
		if err != nil {
			return nil, withCode(exitUsage, fmt.Errorf("--key-file: %w", err))
		}
		h = string(b)
	}
	if h == "" {
		return unlockKey(cmd, c)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(h), "0x"))
	if err != nil {
		return nil, withCode(exitUsage, errors.New("the proposer key is not a hex secp256k1 private key"))
	}
	return key, nil
}

func newSubmitCommand() *cobra.Command {
	var asJSON bool
	var proof nameProof
	cmd := &cobra.Command{
		Use:   "submit FILE",
		Short: "Upload a signing file: a release with its signatures, or an enrollment",
		Long: `submit checks every signature in a portable signing file and sends it to
vouch-host: a Release file uploads its tarball (named in the file, beside it),
proposes with the first signature and adds the others as approvals; a
Enrollment file enrolls the package (with --token-file when the name exists
on npm: the coordinator countersigns only for whoever can publish it), a
PolicyChange file changes its policy, a TokenGrant file hands the coordinator
the npm token it carries encrypted.`,
		Example: "  vouch submit release.vouch.json\n  vouch submit enroll.vouch.json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			f, err := signfile.ReadAny(args[0])
			if err != nil {
				return withCode(exitUsage, fmt.Errorf("%s: %w", args[0], err))
			}
			if len(f.Signatures) == 0 {
				return withCode(exitUsage, fmt.Errorf("%s has no signature yet: sign it first", args[0]))
			}
			if f.IsPolicy() {
				d, p, _ := f.PolicyChange()
				return submitPolicy(cmd, c, f, d, p, &proof)
			}
			if f.Kind() == "TokenGrant" {
				_, g, _ := f.TokenGrant()
				return submitTokenGrant(cmd, c, f, g, 0)
			}
			_, r, _ := f.Release()
			if f.Tarball == "" || filepath.Base(f.Tarball) != f.Tarball {
				return withCode(exitUsage, fmt.Errorf("%s names no tarball file beside it", args[0]))
			}
			tgz, err := os.ReadFile(filepath.Join(filepath.Dir(args[0]), f.Tarball))
			if err != nil {
				return withCode(exitUsage, fmt.Errorf("reading the release tarball: %w", err))
			}
			got, err := releaseOf(tgz)
			if err != nil {
				return err
			}
			if !bytes.Equal(got.Integrity, r.Integrity) || got.ContentHash != r.ContentHash {
				return withCode(exitFindings, fmt.Errorf("%s does not hash to the release the signatures cover", f.Tarball))
			}
			h, err := hostFor(c)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			first := f.Signatures[0]
			prop := api.ProposeRequest{Release: releaseJSON(r), SignedBy: api.SignedBy{Signer: first.Signer, Signature: first.Signature}}
			if err := h.PutTarball(ctx, prop, tgz); err != nil {
				return hostErr(c, err)
			}
			st, err := h.Propose(ctx, prop)
			if err != nil {
				return hostErr(c, err)
			}
			if st.ID != f.Digest.Hex() {
				return withCode(exitFindings, fmt.Errorf("vouch-host filed the release under %s, not its digest %s: do not trust this host", st.ID, f.Digest.Hex()))
			}
			for _, s := range f.Signatures[1:] {
				if st, err = h.Approve(ctx, st.ID, api.SignedBy{Signer: s.Signer, Signature: s.Signature}); err != nil {
					return hostErr(c, err)
				}
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), st)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "submitted %s@%s: release %s, %s (%d of %d signatures)\n", r.PackageName, r.Version, st.ID, st.State, len(st.Signers), st.Threshold)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the release status as JSON")
	addConfigFlags(cmd, "host", "rpc", "registry", "chain_id")
	proof.add(cmd)
	addWaitFlag(cmd)
	return cmd
}
