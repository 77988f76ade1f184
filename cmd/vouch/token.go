package main

import (
	"bufio"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain"
)

// trustFlags choose how an enclave's evidence is judged.
type trustFlags struct {
	policy         string
	allowSimulated bool
	roots          []string
}

func (t *trustFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&t.policy, "policy", "", "attestation policy JSON (attestation.Policy) the enclave must meet")
	cmd.Flags().BoolVar(&t.allowSimulated, "allow-simulated", false, "without --policy: accept the simulated dev platform (any measurement; shown as SIMULATED)")
	cmd.Flags().StringSliceVar(&t.roots, "roots", nil, "extra trust: PEM/DER certificates or simulated AK public keys")
}

// devPolicy is what --allow-simulated accepts: the simulated platform only,
// any measurement. It is for `vouch-host --dev` and never the default.
func devPolicy() *attestation.Policy {
	return &attestation.Policy{Platforms: []string{attestation.PlatformSim}, AllowSimulatedUnsafe: true, AnyMeasurementUnsafe: true}
}

// verifyEnclave verifies evidence of role, bound to nonce and to the domain's
// chain and registry, against the chosen policy, and checks that the bound key
// is registered on chain in that role.
func verifyEnclave(cmd *cobra.Command, tf trustFlags, reader *chain.Reader, d wire.Domain, role string, nonce, ev []byte) (*attestation.Claims, error) {
	var pol *attestation.Policy
	switch {
	case tf.policy != "":
		p, err := attestation.LoadPolicy(tf.policy)
		if err != nil {
			return nil, withCode(exitUsage, fmt.Errorf("--policy: %w", err))
		}
		pol = p
	case tf.allowSimulated:
		pol = devPolicy()
	default:
		return nil, withCode(exitUsage, errors.New("no attestation policy: pass --policy FILE, or --allow-simulated against a vouch-host --dev"))
	}
	pol.Role, pol.ChainID, pol.Registry = role, d.ChainID, d.Registry
	if nonce != nil {
		pol.Nonce = nonce
	}
	now := time.Now()
	trust := platforms.Trust{Now: func() time.Time { return now }}
	for _, r := range tf.roots {
		if err := trust.LoadTrustFile(r); err != nil {
			return nil, withCode(exitUsage, fmt.Errorf("--roots: %w", err))
		}
	}
	v, err := platforms.NewVerifier(trust)
	if err != nil {
		return nil, withCode(exitFindings, err)
	}
	claims, err := v.VerifyEvidence(cmd.Context(), ev)
	if err != nil {
		return nil, withCode(exitFindings, fmt.Errorf("the %s's evidence does not verify: %v", role, oneLine(err)))
	}
	if err := pol.Check(claims, now); err != nil {
		return nil, withCode(exitFindings, fmt.Errorf("the %s's evidence does not meet the policy: %v", role, oneLine(err)))
	}
	want := map[string]uint8{"coordinator": chain.RoleCoordinator, "scorer": chain.RoleScorer}[role]
	got, err := awaitEnclaveRole(cmd.Context(), reader, claims.Address, want, registrationWait, cmd.ErrOrStderr())
	if err != nil {
		return nil, withCode(exitChain, fmt.Errorf("cannot read the enclave registry on chain: %v", oneLine(err)))
	}
	if got != want {
		return nil, withCode(exitFindings, fmt.Errorf("the %s key %s is not registered on chain as the %s", role, claims.Address.Hex(), role))
	}
	label := claims.Platform
	if claims.Simulated {
		label = "SIMULATED " + label + " (not a real TEE)"
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "%s: %s, measurement %s, key %s, registered on chain\n", role, label, claims.Measurement, claims.Address.Hex())
	return claims, nil
}

// readToken reads the npm token from --token-file, VOUCH_NPM_TOKEN or a
// prompt that does not echo.
func readToken(cmd *cobra.Command, file string) (string, error) {
	var tok string
	switch {
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", withCode(exitUsage, fmt.Errorf("reading --token-file: %w", err))
		}
		tok = string(b)
	case os.Getenv("VOUCH_NPM_TOKEN") != "":
		tok = os.Getenv("VOUCH_NPM_TOKEN")
	default:
		fd := int(os.Stdin.Fd())
		if !term.IsTerminal(fd) {
			line, _ := bufio.NewReader(cmd.InOrStdin()).ReadString('\n')
			tok = line
			break
		}
		fmt.Fprint(cmd.ErrOrStderr(), "npm token (not shown): ")
		b, err := term.ReadPassword(fd)
		fmt.Fprintln(cmd.ErrOrStderr())
		if err != nil {
			return "", err
		}
		tok = string(b)
	}
	tok = strings.TrimSpace(tok)
	if tok == "" {
		return "", withCode(exitUsage, errors.New("no npm token: pass --token-file FILE, set VOUCH_NPM_TOKEN, or type it at the prompt"))
	}
	return tok, nil
}

func newTokenCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "token", Short: "Hand a package's npm token to the attested coordinator"}
	var tf trustFlags
	var tokenFile string
	add := &cobra.Command{
		Use:   "add PKG",
		Short: "Encrypt the npm token to the attested coordinator and hand it over",
		Long: `token add asks the coordinator for evidence over a fresh random nonce, verifies it
(the policy, the nonce, your chain and registry, and that the bound key is the
coordinator registered on chain), then ECIES-encrypts the npm token to that key
and sends the ciphertext through vouch-host, which cannot read it. The enclave
checks the token with the registry (known user, not read-only, a maintainer of
the package) and seals it; a refusal prints its reason. The token is read from
--token-file, VOUCH_NPM_TOKEN, or a prompt that does not echo.`,
		Example: `  vouch token add left-pad --policy coordinator-policy.json
  VOUCH_NPM_TOKEN=npm_... vouch token add left-pad --allow-simulated --roots sim-ak.pem`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			pkg := args[0]
			if err := wire.ValidatePackageName(pkg); err != nil {
				return withCode(exitUsage, fmt.Errorf("%q is not an npm package name", pkg))
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
			nonce := make([]byte, 32)
			if _, err := rand.Read(nonce); err != nil {
				return err
			}
			ev, err := h.Evidence(ctx, "coordinator", nonce)
			if err != nil {
				return hostErr(c, err)
			}
			claims, err := verifyEnclave(cmd, tf, reader, d, "coordinator", nonce, ev)
			if err != nil {
				return err
			}
			pub, err := crypto.UnmarshalPubkey(claims.Key)
			if err != nil {
				return withCode(exitFindings, fmt.Errorf("the coordinator's bound key is not a secp256k1 key: %v", err))
			}
			tok, err := readToken(cmd, tokenFile)
			if err != nil {
				return err
			}
			ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), []byte(tok), nil, nil)
			if err != nil {
				return err
			}
			version, err := h.PutToken(ctx, pkg, ct)
			if err != nil {
				return hostErr(c, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "npm token for %s sealed by the coordinator %s (version %d)\n", pkg, claims.Address.Hex(), version)
			return nil
		},
	}
	add.Flags().StringVar(&tokenFile, "token-file", "", "file holding the npm token")
	tf.add(add)
	publishFlags(add, false)
	cmd.AddCommand(add)
	return cmd
}
