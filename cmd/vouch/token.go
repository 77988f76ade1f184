package main

import (
	"bufio"
	"crypto/rand"
	"crypto/sha256"
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
	"github.com/vouchpm/vouch/cmd/vouch/internal/signfile"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	api "github.com/vouchpm/vouch/host/api/apijson"
)

// trustFlags choose how an enclave's evidence is judged.
type trustFlags struct {
	policy         string
	allowSimulated bool
	roots          []string
}

func (t *trustFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&t.policy, "policy", "", "attestation policy JSON (attestation.Policy) the enclave must meet; a coordinator's configuration digest must be in its configDigests")
	cmd.Flags().BoolVar(&t.allowSimulated, "allow-simulated", false, "without --policy: accept the simulated dev platform (any measurement, any configuration; shown as SIMULATED)")
	cmd.Flags().StringSliceVar(&t.roots, "roots", nil, "extra trust: PEM/DER certificates or simulated AK public keys")
}

// devPolicy is what --allow-simulated accepts: the simulated platform only,
// any measurement, any configuration (its digest is printed). It is for
// `vouch-host --dev` and never the default.
func devPolicy() *attestation.Policy {
	return &attestation.Policy{Platforms: []string{attestation.PlatformSim}, AllowSimulatedUnsafe: true, AnyMeasurementUnsafe: true, AnyConfigUnsafe: true}
}

// timeNow is the CLI's clock for judging evidence; tests move it.
var timeNow = time.Now

// enclaveCheck is how verifyEnclave judges one piece of evidence.
type enclaveCheck struct {
	// at is the time the evidence is judged at (zero: now); registered
	// evidence is judged at its registration block's time.
	at time.Time
	// config relays the coordinator's configuration, shown when it hashes
	// to the attested digest (nil: only the digest is shown).
	config configSource
}

// verifyEnclave verifies evidence of role, bound to nonce and to the domain's
// chain and registry, against the chosen policy (a coordinator's
// configuration digest included), and checks that the bound key is
// registered on chain in that role.
func verifyEnclave(cmd *cobra.Command, tf trustFlags, reader *chain.Reader, d wire.Domain, role string, nonce, ev []byte, opt enclaveCheck) (*attestation.Claims, error) {
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
	now := timeNow()
	if !opt.at.IsZero() {
		now = opt.at
	}
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
	if role == attestation.RoleCoordinator {
		showCoordinatorConfig(cmd.Context(), cmd.ErrOrStderr(), claims, opt.config)
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

// encryptForCoordinator fetches the coordinator's evidence over a fresh
// nonce, verifies it (policy, nonce, chain, registry, key registered on
// chain), then reads the token (readTok) and ECIES-encrypts it to the
// bound key.
func encryptForCoordinator(cmd *cobra.Command, c *config, tf trustFlags, readTok func() (string, error)) ([]byte, *attestation.Claims, error) {
	h, err := hostFor(c)
	if err != nil {
		return nil, nil, err
	}
	ctx := cmd.Context()
	reader, d, closeChain, err := chainReader(ctx, c)
	if err != nil {
		return nil, nil, err
	}
	defer closeChain()
	nonce := make([]byte, 32)
	if _, err := rand.Read(nonce); err != nil {
		return nil, nil, err
	}
	ev, err := h.Evidence(ctx, "coordinator", nonce)
	if err != nil {
		return nil, nil, hostErr(c, err)
	}
	// The policy's configDigests decide here, before the token is read:
	// a coordinator configured with another npm registry, RPC or CA is
	// refused and the token never leaves this process.
	claims, err := verifyEnclave(cmd, tf, reader, d, "coordinator", nonce, ev, enclaveCheck{config: h})
	if err != nil {
		return nil, nil, err
	}
	pub, err := crypto.UnmarshalPubkey(claims.Key)
	if err != nil {
		return nil, nil, withCode(exitFindings, fmt.Errorf("the coordinator's bound key is not a secp256k1 key: %v", err))
	}
	token, err := readTok()
	if err != nil {
		return nil, nil, err
	}
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), []byte(token), nil, nil)
	return ct, claims, err
}

// submitTokenGrant hands the ciphertext and the grant's signatures to the host.
func submitTokenGrant(cmd *cobra.Command, c *config, f *signfile.File, g wire.TokenGrant, expires uint64) error {
	h, err := hostFor(c)
	if err != nil {
		return err
	}
	req := api.TokenRequest{Ciphertext: f.Ciphertext, Nonce: g.Nonce, ExpiresAt: expires}
	for _, s := range f.Signatures {
		req.Signatures = append(req.Signatures, api.SignedBy{Signer: s.Signer, Signature: s.Signature})
	}
	out, err := h.PutToken(cmd.Context(), g.PackageName, req)
	if err != nil {
		return hostErr(c, err)
	}
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "npm token for %s sealed by the coordinator (registry user %s, grant nonce %d signed by %d maintainer(s), version %d)\n",
		g.PackageName, out.Username, g.Nonce, len(f.Signatures), out.Version)
	if out.ExpiresAt != 0 {
		left := time.Until(time.Unix(int64(out.ExpiresAt), 0))
		fmt.Fprintf(w, "the token expires %s (%d days left)\n", time.Unix(int64(out.ExpiresAt), 0).UTC().Format(time.DateOnly), int(left.Hours()/24))
	}
	return nil
}

func newTokenCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "token", Short: "Hand a package's npm token to the attested coordinator"}
	var tf trustFlags
	var tokenFile, out, signF, expires string
	var yes bool
	add := &cobra.Command{
		Use:   "add PKG",
		Short: "Encrypt the npm token to the attested coordinator and hand it over, granted by M of N maintainers",
		Long: `token add asks the coordinator for evidence over a fresh random nonce, verifies it
(the policy, the nonce, your chain and registry, the configuration digest it
binds, which the policy's configDigests must list, and that the bound key is the
coordinator registered on chain), then ECIES-encrypts the npm token to that key.
The coordinator seals a token only with a TokenGrant {package, SHA-256 of the
ciphertext, the package's token nonce on chain} signed by M of N maintainers,
the same threshold as a release; the grant (its hash) is recorded on chain, and
a sealed token is only ever replaced by a new grant. With M > 1, --out FILE
writes a portable signing file (it carries the ciphertext, which only the
enclave can read); each co-maintainer runs vouch token add --sign FILE, then
vouch submit FILE sends it. The enclave checks the token with the registry
(known user, not read-only, a maintainer of the package) and keeps its expiry
(the registry's, else --expires). The token is read from --token-file,
VOUCH_NPM_TOKEN, or a prompt that does not echo.`,
		Example: `  vouch token add left-pad --policy coordinator-policy.json --out grant.vouch.json
  vouch token add --sign grant.vouch.json --key-dir ./bob
  vouch submit grant.vouch.json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if signF != "" {
				if len(args) > 0 {
					return withCode(exitUsage, errors.New("--sign FILE takes no package: the file holds the grant"))
				}
				f, err := signfile.ReadAny(signF)
				if err != nil {
					return withCode(exitUsage, fmt.Errorf("%s: %w", signF, err))
				}
				if f.Kind() != "TokenGrant" {
					return withCode(exitUsage, fmt.Errorf("%s holds a %s, not a token grant", signF, f.Kind()))
				}
				_, g, _ := f.TokenGrant()
				fmt.Fprintf(w, "Granting the coordinator an npm token for %s (nonce %d, ciphertext %s)\n", g.PackageName, g.Nonce, wire.HexDigest(g.CiphertextHash))
				addr, err := confirmAndSign(cmd, c, f, "token grant", yes)
				if err != nil {
					return err
				}
				if err := f.Write(signF); err != nil {
					return err
				}
				fmt.Fprintf(w, "signed by %s: %d signature(s) in %s\nnext: `vouch submit %s` once the package's threshold have signed\n", addr.Hex(), len(f.Signatures), signF, signF)
				return nil
			}
			if len(args) != 1 {
				return withCode(exitUsage, errors.New("name the package: vouch token add PKG"))
			}
			pkg := args[0]
			if err := wire.ValidatePackageName(pkg); err != nil {
				return withCode(exitUsage, fmt.Errorf("%q is not an npm package name", pkg))
			}
			var exp uint64
			if expires != "" {
				t, err := time.Parse(time.DateOnly, expires)
				if err != nil {
					return withCode(exitUsage, fmt.Errorf("--expires %q: want YYYY-MM-DD", expires))
				}
				exp = uint64(t.Unix())
			}
			ctx := cmd.Context()
			reader, d, closeChain, err := chainReader(ctx, c)
			if err != nil {
				return err
			}
			defer closeChain()
			ct, claims, err := encryptForCoordinator(cmd, c, tf, func() (string, error) { return readToken(cmd, tokenFile) })
			if err != nil {
				return err
			}
			// An enrollment just submitted is mined by the host's outbox
			// within seconds: wait for it a little.
			var info chain.PackageInfo
			for wait := time.Now().Add(30 * time.Second); ; {
				if info, err = reader.Package(ctx, pkg); err != nil {
					return withCode(exitChain, fmt.Errorf("reading %s on chain: %v", pkg, oneLine(err)))
				}
				if info.Enrolled || time.Now().After(wait) || ctx.Err() != nil {
					break
				}
				time.Sleep(500 * time.Millisecond)
			}
			if !info.Enrolled {
				return withCode(exitUsage, fmt.Errorf("%s is not enrolled on chain: vouch enroll it first", pkg))
			}
			g := wire.TokenGrant{PackageName: pkg, CiphertextHash: sha256.Sum256(ct), Nonce: info.TokenNonce}
			f, err := signfile.NewTokenGrant(d, g, ct)
			if err != nil {
				return err
			}
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
			fmt.Fprintf(w, "token encrypted to the coordinator %s; grant nonce %d signed by %s\n", claims.Address.Hex(), g.Nonce, addr.Hex())
			if len(f.Signatures) < int(info.Threshold) {
				if out == "" {
					return withCode(exitUsage, fmt.Errorf("a token grant needs %d maintainer signatures and has 1: write a signing file with --out FILE and pass it to the co-maintainers", info.Threshold))
				}
				if err := f.Write(out); err != nil {
					return err
				}
				fmt.Fprintf(w, "1 of %d signature(s) in %s\nnext: each co-maintainer runs `vouch token add --sign %s`, then `vouch submit %s`\n", info.Threshold, out, out, out)
				return nil
			}
			return submitTokenGrant(cmd, c, f, g, exp)
		},
	}
	add.Flags().StringVar(&tokenFile, "token-file", "", "file holding the npm token")
	add.Flags().StringVar(&out, "out", "", "write a portable signing file for the co-maintainers")
	add.Flags().StringVar(&signF, "sign", "", "add your signature to a token grant signing file")
	add.Flags().StringVar(&expires, "expires", "", "the token's expiry (YYYY-MM-DD) when the registry does not state it")
	add.Flags().BoolVarP(&yes, "yes", "y", false, "with --sign: sign without asking")
	tf.add(add)
	publishFlags(add, true)
	cmd.AddCommand(add)
	return cmd
}
