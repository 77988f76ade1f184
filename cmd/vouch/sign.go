package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
	"github.com/vouchpm/vouch/cmd/vouch/internal/signfile"
	"github.com/vouchpm/vouch/enclave/wire"
)

// printRelease shows what a signer is about to approve.
func printRelease(w io.Writer, d wire.Domain, r wire.Release, digest [32]byte) {
	fmt.Fprintf(w, "  package      %s@%s\n", r.PackageName, r.Version)
	fmt.Fprintf(w, "  integrity    %s\n", lockfile.SRI(r.Integrity))
	fmt.Fprintf(w, "  contentHash  0x%s\n", hex.EncodeToString(r.ContentHash[:]))
	fmt.Fprintf(w, "  nonce        %d\n", r.Nonce)
	if r.GitSha != ([20]byte{}) {
		fmt.Fprintf(w, "  gitSha       %s\n", hex.EncodeToString(r.GitSha[:]))
	}
	if r.CIRunURL != "" {
		fmt.Fprintf(w, "  ciRunUrl     %s\n", r.CIRunURL)
	}
	fmt.Fprintf(w, "  registry     %s on chain %d\n", d.Registry.Hex(), d.ChainID)
	fmt.Fprintf(w, "  digest       %s\n", wire.HexDigest(digest))
}

func newSignCommand() *cobra.Command {
	var yes bool
	var ext externalSig
	cmd := &cobra.Command{
		Use:   "sign FILE",
		Short: "Add your signature to a portable signing file, offline",
		Long: `sign checks that FILE holds a vouch Release payload whose fields hash to its
digest, shows the release, and adds an EIP-712 signature with your key. It needs
no server: pass the file on to the next maintainer, then run vouch submit FILE.
Any EIP-712 wallet can sign the same payload: --print-typed-data prints it
(eth_signTypedData_v4 JSON), --signature 0x… adds the wallet's signature.`,
		Example: "  vouch sign release.vouch.json\n  VOUCH_PASSPHRASE=... vouch sign --yes --key-dir ./bob release.vouch.json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if err := ext.check(); err != nil {
				return err
			}
			f, err := signfile.Read(args[0])
			if err != nil {
				return withCode(exitFindings, err)
			}
			if ext.print {
				js, err := f.WalletJSON()
				if err != nil {
					return err
				}
				_, err = cmd.OutOrStdout().Write(append(js, '\n'))
				return err
			}
			d, r, _ := f.Release()
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "Signing release:\n")
			printRelease(out, d, r, f.Digest)
			var addr common.Address
			if ext.sig != "" {
				sig, _, err := ext.signature(f.Digest)
				if err != nil {
					return err
				}
				if addr, err = f.AddSignature(sig); err != nil {
					return withCode(exitFindings, err)
				}
			} else if addr, err = confirmAndSign(cmd, c, f, "release", yes); err != nil {
				return err
			}
			if err := f.Write(args[0]); err != nil {
				return err
			}
			fmt.Fprintf(out, "signed by %s: %d signature(s) in %s\n", addr.Hex(), len(f.Signatures), args[0])
			return nil
		},
	}
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "sign without asking")
	ext.add(cmd)
	addConfigFlags(cmd, "key_dir", "key")
	return cmd
}

// confirm asks a yes/no question on stdin.
func confirm(cmd *cobra.Command, prompt string) (bool, error) {
	fmt.Fprint(cmd.ErrOrStderr(), prompt)
	var answer string
	if _, err := fmt.Fscanln(cmd.InOrStdin(), &answer); err != nil {
		return false, withCode(exitUsage, fmt.Errorf("no answer on standard input: pass --yes to sign without asking"))
	}
	return answer == "y" || answer == "Y" || answer == "yes", nil
}

// confirmAndSign lists who signed f so far, asks (unless yes), unlocks the
// signing key and adds its EIP-712 signature over f's digest.
func confirmAndSign(cmd *cobra.Command, c *config, f *signfile.File, what string, yes bool) (common.Address, error) {
	for _, s := range f.Signatures {
		fmt.Fprintf(cmd.OutOrStdout(), "  signed by    %s\n", s.Signer.Hex())
	}
	if !yes {
		ok, err := confirm(cmd, "Sign this "+what+"? [y/N] ")
		if err != nil {
			return common.Address{}, err
		}
		if !ok {
			return common.Address{}, withCode(exitFindings, errors.New("not signed"))
		}
	}
	key, err := unlockKey(cmd, c)
	if err != nil {
		return common.Address{}, err
	}
	sig, err := wire.Sign(key, f.Digest)
	if err != nil {
		return common.Address{}, err
	}
	addr, err := f.AddSignature(sig)
	if err != nil {
		return addr, withCode(exitFindings, err)
	}
	return addr, nil
}
