package main

import (
	"bufio"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// keystoreFor opens the encrypted keystore (go-ethereum's format, scrypt).
// VOUCH_KEYSTORE_LIGHT=1 uses light scrypt parameters (tests, demos).
func keystoreFor(c *config) *keystore.KeyStore {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if os.Getenv("VOUCH_KEYSTORE_LIGHT") == "1" {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	return keystore.NewKeyStore(c.KeyDir, n, p)
}

// passphrase reads VOUCH_PASSPHRASE, else prompts on the terminal.
func passphrase(cmd *cobra.Command, prompt string, confirm bool) (string, error) {
	if p, ok := os.LookupEnv("VOUCH_PASSPHRASE"); ok {
		return p, nil
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", withCode(exitUsage, errors.New("no passphrase: set VOUCH_PASSPHRASE or run on a terminal"))
	}
	fmt.Fprint(cmd.ErrOrStderr(), prompt)
	b, err := term.ReadPassword(fd)
	fmt.Fprintln(cmd.ErrOrStderr())
	if err != nil {
		return "", err
	}
	if confirm {
		fmt.Fprint(cmd.ErrOrStderr(), "Repeat passphrase: ")
		again, err := term.ReadPassword(fd)
		fmt.Fprintln(cmd.ErrOrStderr())
		if err != nil {
			return "", err
		}
		if string(again) != string(b) {
			return "", withCode(exitUsage, errors.New("the passphrases differ"))
		}
	}
	return string(b), nil
}

// signingAccount picks the key named by --key/VOUCH_KEY, or the only one.
func signingAccount(c *config, ks *keystore.KeyStore) (accounts.Account, error) {
	accs := ks.Accounts()
	if c.Key != "" {
		if !common.IsHexAddress(c.Key) {
			return accounts.Account{}, withCode(exitUsage, fmt.Errorf("key %q is not an address", c.Key))
		}
		want := common.HexToAddress(c.Key)
		for _, a := range accs {
			if a.Address == want {
				return a, nil
			}
		}
		return accounts.Account{}, withCode(exitUsage, fmt.Errorf("no key %s in %s: run `vouch key list`", want.Hex(), c.KeyDir))
	}
	switch len(accs) {
	case 0:
		return accounts.Account{}, withCode(exitUsage, fmt.Errorf("no key in %s: create one with `vouch key new`", c.KeyDir))
	case 1:
		return accs[0], nil
	}
	return accounts.Account{}, withCode(exitUsage, fmt.Errorf("%d keys in %s: choose one with --key ADDRESS or VOUCH_KEY", len(accs), c.KeyDir))
}

// unlockKey decrypts the signing key. Callers drop it as soon as they signed.
func unlockKey(cmd *cobra.Command, c *config) (*ecdsa.PrivateKey, error) {
	ks := keystoreFor(c)
	acc, err := signingAccount(c, ks)
	if err != nil {
		return nil, err
	}
	pass, err := passphrase(cmd, "Passphrase for "+acc.Address.Hex()+": ", false)
	if err != nil {
		return nil, err
	}
	blob, err := os.ReadFile(acc.URL.Path)
	if err != nil {
		return nil, err
	}
	key, err := keystore.DecryptKey(blob, pass)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, withCode(exitUsage, fmt.Errorf("wrong passphrase for key %s", acc.Address.Hex()))
		}
		return nil, err
	}
	return key.PrivateKey, nil
}

func newKeyCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "key",
		Short: "Manage maintainer signing keys (go-ethereum encrypted keystore)",
		Long: `Keys are secp256k1 keys in go-ethereum's encrypted keystore format, so the same key
signs EIP-712 releases that the registry contract checks with ecrecover. The
passphrase comes from VOUCH_PASSPHRASE or a prompt.`,
	}
	newKey := &cobra.Command{
		Use:     "new",
		Short:   "Create a new key and print its address",
		Example: "  vouch key new\n  VOUCH_PASSPHRASE=... vouch key new --key-dir ./keys",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			pass, err := passphrase(cmd, "New passphrase: ", true)
			if err != nil {
				return err
			}
			acc, err := keystoreFor(c).NewAccount(pass)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), acc.Address.Hex())
			return nil
		},
	}
	imp := &cobra.Command{
		Use:     "import FILE",
		Short:   "Import a hex private key from FILE (- for stdin) into the keystore",
		Example: "  vouch key import key.hex",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			var raw []byte
			if args[0] == "-" {
				raw, err = bufio.NewReader(cmd.InOrStdin()).ReadBytes('\n')
				if len(raw) > 0 {
					err = nil
				}
			} else {
				raw, err = os.ReadFile(args[0])
			}
			if err != nil {
				return withCode(exitUsage, fmt.Errorf("reading key: %w", err))
			}
			b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
			if err != nil {
				return withCode(exitUsage, errors.New("the key file must hold a hex secp256k1 private key"))
			}
			key, err := crypto.ToECDSA(b)
			if err != nil {
				return withCode(exitUsage, fmt.Errorf("not a secp256k1 private key: %w", err))
			}
			pass, err := passphrase(cmd, "Passphrase for the imported key: ", true)
			if err != nil {
				return err
			}
			acc, err := keystoreFor(c).ImportECDSA(key, pass)
			if errors.Is(err, keystore.ErrAccountAlreadyExists) {
				return withCode(exitUsage, fmt.Errorf("key %s is already in %s", crypto.PubkeyToAddress(key.PublicKey).Hex(), c.KeyDir))
			}
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), acc.Address.Hex())
			return nil
		},
	}
	list := &cobra.Command{
		Use:     "list",
		Short:   "List the keys in the keystore",
		Example: "  vouch key list",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			accs := keystoreFor(c).Accounts()
			if len(accs) == 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "no keys in %s (create one with `vouch key new`)\n", c.KeyDir)
			}
			for _, a := range accs {
				fmt.Fprintf(cmd.OutOrStdout(), "%s\t%s\n", a.Address.Hex(), a.URL.Path)
			}
			return nil
		},
	}
	export := &cobra.Command{
		Use:     "export-address",
		Short:   "Print the address of the signing key (for `vouch enroll --maintainer`)",
		Example: "  vouch key export-address --key-dir ./alice",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			acc, err := signingAccount(c, keystoreFor(c))
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), acc.Address.Hex())
			return nil
		},
	}
	for _, sub := range []*cobra.Command{newKey, imp, list, export} {
		addConfigFlags(sub, "key_dir", "key")
		cmd.AddCommand(sub)
	}
	return cmd
}
