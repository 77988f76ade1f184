package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/vouchpm/vouch/enclave/chain"
	anchor "github.com/vouchpm/vouch/host/chain"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/governance"
)

// chainKeyFileEnv names the file with the key that pays a relayed
// statement's gas (never the key itself).
const chainKeyFileEnv = "VOUCH_CHAIN_KEY_FILE"

// govFlags are the flags every signing governance command shares.
type govFlags struct {
	keyFiles     []string // governance keys that sign
	sigs         []string // ADDR:HEX signatures collected from other members
	chainKeyFile string   // pays gas when sending
	nonce        int64    // -1: read from the chain
	typedData    bool
	asJSON       bool
}

func (g *govFlags) add(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringArrayVar(&g.keyFiles, "gov-key-file", nil, "governance key file to sign with: hex key, or keystore JSON with its password file in "+governance.PasswordFileEnv+" (repeatable)")
	f.StringArrayVar(&g.sigs, "sig", nil, "a signature another member made, ADDR:HEX (repeatable)")
	f.StringVar(&g.chainKeyFile, "chain-key-file", "", "key file that pays gas to send the signed statement straight to the chain; without it the signatures are printed (env "+chainKeyFileEnv+")")
	f.Int64Var(&g.nonce, "nonce", -1, "governance nonce (default: read from the chain)")
	f.BoolVar(&g.typedData, "typed-data", false, "print the EIP-712 typed data and its digest (for a wallet or an offline signer) and exit")
	f.BoolVar(&g.asJSON, "json", false, "print JSON")
	addConfigFlags(cmd, "rpc", "registry", "chain_id")
}

// govChain is the chain a governance command talks to.
type govChain struct {
	client *ethclient.Client
	domain wire.Domain
}

func dialGovChain(ctx context.Context, c *config) (*govChain, error) {
	reg, err := chainSettings(c)
	if err != nil {
		return nil, err
	}
	cl, err := ethclient.DialContext(ctx, c.RPC)
	if err != nil {
		return nil, withCode(exitChain, fmt.Errorf("cannot reach the chain at %s: check --rpc / VOUCH_RPC", c.RPC))
	}
	id := c.ChainID
	if id == 0 {
		cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		n, err := cl.ChainID(cctx)
		cancel()
		if err != nil {
			cl.Close()
			return nil, withCode(exitChain, fmt.Errorf("cannot reach the chain at %s: check --rpc / VOUCH_RPC", c.RPC))
		}
		id = n.Uint64()
	}
	return &govChain{client: cl, domain: wire.Domain{ChainID: id, Registry: reg}}, nil
}

// govResult is what a signing command prints with --json.
type govResult struct {
	Action     string          `json:"action"`
	Nonce      uint64          `json:"nonce"`
	Digest     string          `json:"digest"`
	Statement  any             `json:"statement"`
	Signatures []govSig        `json:"signatures"`
	Need       uint8           `json:"threshold"`
	Sent       bool            `json:"sent"`
	Tx         string          `json:"tx,omitempty"`
	Block      uint64          `json:"block,omitempty"`
	Notes      []string        `json:"notes,omitempty"`
	TypedData  json.RawMessage `json:"typedData,omitempty"`
}

type govSig struct {
	Signer string `json:"signer"`
	Sig    string `json:"sig"`
}

// runStatement signs (or prints) s and sends it when a gas key is given.
// build makes the statement at the governance nonce.
func runStatement(cmd *cobra.Command, g govFlags, gc *govChain, build func(nonce uint64) (governance.Statement, error), notes []string) error {
	ctx := cmd.Context()
	out := cmd.OutOrStdout()
	st, err := governance.Read(ctx, gc.client, gc.domain.Registry)
	if err != nil {
		return withCode(exitChain, err)
	}
	nonce := st.Nonce
	if g.nonce >= 0 {
		nonce = uint64(g.nonce)
	}
	s, err := build(nonce)
	if err != nil {
		return err
	}
	digest, err := governance.Digest(gc.domain, s)
	if err != nil {
		return err
	}
	res := govResult{Action: s.PrimaryType(), Nonce: nonce, Digest: hex0x(digest[:]), Statement: governance.TypedData(gc.domain, s).Message, Need: st.Threshold, Notes: notes}
	if g.typedData {
		td, err := json.Marshal(governance.TypedData(gc.domain, s))
		if err != nil {
			return err
		}
		res.TypedData = td
		if g.asJSON {
			return printJSON(out, res)
		}
		fmt.Fprintf(out, "%s at governance nonce %d, digest %s\n%s\n", res.Action, nonce, res.Digest, td)
		return nil
	}
	var sigs []chain.Signature
	for _, f := range g.keyFiles {
		if governance.LooksLikeKey(f) {
			return withCode(exitUsage, errors.New("--gov-key-file is given a raw private key: keys never go on the command line; write it to a file only you can read"))
		}
		k, err := governance.LoadKeyFile(f)
		if err != nil {
			return withCode(exitUsage, err)
		}
		one, err := governance.Sign(gc.domain, s, k)
		if err != nil {
			return err
		}
		sigs = append(sigs, one...)
	}
	for _, sv := range g.sigs {
		a, h, ok := strings.Cut(sv, ":")
		sig, err := hex.DecodeString(strings.TrimPrefix(h, "0x"))
		if !ok || !common.IsHexAddress(a) || err != nil || len(sig) == 0 {
			return withCode(exitUsage, fmt.Errorf("--sig %q: want ADDR:HEX", sv))
		}
		sigs = append(sigs, chain.Signature{Signer: common.HexToAddress(a), Sig: sig})
	}
	member := map[common.Address]bool{}
	for _, m := range st.Members {
		member[m] = true
	}
	for _, s := range sigs {
		res.Signatures = append(res.Signatures, govSig{Signer: s.Signer.Hex(), Sig: hex0x(s.Sig)})
		if !member[s.Signer] {
			res.Notes = append(res.Notes, fmt.Sprintf("%s is not a governance member: the chain will refuse its signature", s.Signer.Hex()))
		}
	}
	if g.chainKeyFile == "" {
		g.chainKeyFile = os.Getenv(chainKeyFileEnv)
	}
	if g.chainKeyFile != "" {
		if len(sigs) < int(st.Threshold) {
			return withCode(exitUsage, fmt.Errorf("%d signature(s), governance needs %d of %d: collect more with --sig ADDR:HEX", len(sigs), st.Threshold, len(st.Members)))
		}
		if governance.LooksLikeKey(g.chainKeyFile) {
			return withCode(exitUsage, errors.New("--chain-key-file is given a raw private key: keys never go on the command line"))
		}
		k, err := governance.LoadKeyFile(g.chainKeyFile)
		if err != nil {
			return withCode(exitUsage, err)
		}
		w, err := anchor.NewWriter(ctx, gc.client, k, gc.domain.Registry)
		if err != nil {
			return withCode(exitChain, err)
		}
		data, err := s.Calldata(sigs)
		if err != nil {
			return err
		}
		rc, err := w.Relay(ctx, data, s.PrimaryType())
		if err != nil {
			return withCode(exitFindings, fmt.Errorf("the chain refused %s: %v", s.PrimaryType(), oneLine(err)))
		}
		res.Sent, res.Tx, res.Block = true, rc.TxHash.Hex(), rc.BlockNumber.Uint64()
	}
	if g.asJSON {
		return printJSON(out, res)
	}
	fmt.Fprintf(out, "%s at governance nonce %d, digest %s\n", res.Action, nonce, res.Digest)
	for _, n := range res.Notes {
		fmt.Fprintf(out, "  note: %s\n", n)
	}
	for _, s := range res.Signatures {
		fmt.Fprintf(out, "  signature %s:%s\n", s.Signer, s.Sig)
	}
	if res.Sent {
		fmt.Fprintf(out, "sent: tx %s in block %d\n", res.Tx, res.Block)
	} else {
		fmt.Fprintf(out, "%d of %d signatures needed; not sent (give --chain-key-file to send, the others' signatures as --sig ADDR:HEX)\n", st.Threshold, len(st.Members))
	}
	return nil
}

func hex0x(b []byte) string { return "0x" + hex.EncodeToString(b) }

func parseRole(s string) (uint8, error) {
	r, err := governance.RoleID(s)
	if err != nil {
		return 0, withCode(exitUsage, fmt.Errorf("--role: %w", err))
	}
	return r, nil
}

func parseB32(name, s string) ([32]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		return [32]byte{}, withCode(exitUsage, fmt.Errorf("--%s: want 32 bytes of hex", name))
	}
	return [32]byte(b), nil
}

// enclaveClaims reads evidence (from --evidence, or fresh from the host for
// role) and verifies it against the trust flags and this chain.
func enclaveClaims(cmd *cobra.Command, c *config, tf trustFlags, gc *govChain, role, evidence string) (*attestation.Claims, []byte, error) {
	ctx := cmd.Context()
	var ev, nonce []byte
	if evidence != "" {
		b, err := readEvidenceSource(ctx, evidence, attestation.MaxEvidenceSize)
		if err != nil {
			return nil, nil, withCode(exitUsage, err)
		}
		ev = b
	} else {
		h, err := hostFor(c)
		if err != nil {
			return nil, nil, err
		}
		nonce = make([]byte, 32)
		if _, err := rand.Read(nonce); err != nil {
			return nil, nil, err
		}
		if ev, err = h.Evidence(ctx, role, nonce); err != nil {
			return nil, nil, hostErr(c, err)
		}
	}
	var pol *attestation.Policy
	switch {
	case tf.policy != "":
		p, err := attestation.LoadPolicy(tf.policy)
		if err != nil {
			return nil, nil, withCode(exitUsage, fmt.Errorf("--policy: %w", err))
		}
		pol = p
	case tf.allowSimulated:
		pol = devPolicy()
	default:
		return nil, nil, withCode(exitUsage, errors.New("no attestation policy: governance approves only evidence it checked; pass --policy FILE (or --allow-simulated for a vouch-host --dev)"))
	}
	pol.Role, pol.ChainID, pol.Registry = role, gc.domain.ChainID, gc.domain.Registry
	if nonce != nil {
		pol.Nonce = nonce
	}
	now := time.Now()
	trust := platforms.Trust{Now: func() time.Time { return now }}
	for _, r := range tf.roots {
		if err := trust.LoadTrustFile(r); err != nil {
			return nil, nil, withCode(exitUsage, fmt.Errorf("--roots: %w", err))
		}
	}
	v, err := platforms.NewVerifier(trust)
	if err != nil {
		return nil, nil, withCode(exitFindings, err)
	}
	claims, err := v.VerifyEvidence(ctx, ev)
	if err != nil {
		return nil, nil, withCode(exitFindings, fmt.Errorf("the %s's evidence does not verify: %v", role, oneLine(err)))
	}
	if err := pol.Check(claims, now); err != nil {
		return nil, nil, withCode(exitFindings, fmt.Errorf("the %s's evidence does not meet the policy: %v", role, oneLine(err)))
	}
	if claims.Debug {
		return nil, nil, withCode(exitFindings, fmt.Errorf("the %s is a debug enclave: governance never registers one", role))
	}
	return claims, ev, nil
}

func claimNotes(c *attestation.Claims) []string {
	n := []string{fmt.Sprintf("%s %s, measurement %s, signer %q, debug %v, config digest %s, key %s",
		c.Role, c.Platform, c.Measurement, c.Signer, c.Debug, hex0x(c.PolicyDigest), c.Address.Hex())}
	if c.Simulated {
		n = append(n, "SIMULATED evidence (dev platform, not a real TEE)")
	}
	return n
}

func newGovernanceCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "governance",
		Short: "Govern the registry's enclave keys: allowlist, register, retire (M-of-N signed)",
		Long: `governance builds the EIP-712 statements with which M of N governance keys run
the registry's enclave set, signs them with governance key files, and sends
them to the chain (any key pays the gas: --chain-key-file), or prints the
signatures to hand to the member who sends, or prints the typed data for a
wallet (--typed-data). Every statement carries the governance nonce: a
signature counts once.

  allow      allowlist an enclave's (role, measurement id, configuration)
  disallow   remove an allowlist entry
  register   register an enclave key whose evidence meets your policy
  retire     retire an enclave key
  status     members, threshold and nonce

The measurement id folds the platform, measurement, signer and debug flag
together: a debug build never matches a production entry, and the chain
refuses to register a debug enclave. vouch-host only relays; in --dev it
approves its own simulated enclaves with a generated DEV quorum.`,
	}
	cmd.AddCommand(newGovStatusCommand(), newGovAllowCommand(true), newGovAllowCommand(false), newGovRegisterCommand(), newGovRetireCommand())
	return cmd
}

func newGovStatusCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "status",
		Short:   "Print the governance members, threshold and next nonce",
		Example: "  vouch governance status --rpc http://127.0.0.1:8545 --registry 0x…",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			gc, err := dialGovChain(cmd.Context(), c)
			if err != nil {
				return err
			}
			defer gc.client.Close()
			st, err := governance.Read(cmd.Context(), gc.client, gc.domain.Registry)
			if err != nil {
				return withCode(exitChain, err)
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), st)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "governance of %s: %d of %d, next nonce %d\n", gc.domain.Registry.Hex(), st.Threshold, len(st.Members), st.Nonce)
			for _, m := range st.Members {
				fmt.Fprintf(cmd.OutOrStdout(), "  %s\n", m.Hex())
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	addConfigFlags(cmd, "rpc", "registry", "chain_id")
	return cmd
}

func newGovAllowCommand(allowed bool) *cobra.Command {
	var (
		g                            govFlags
		tf                           trustFlags
		role, measurement, cfg, evid string
		fromHost                     bool
	)
	name, short := "allow", "Allowlist an enclave's (role, measurement id, configuration digest)"
	if !allowed {
		name, short = "disallow", "Remove an allowlist entry (registered keys stay until retired)"
	}
	cmd := &cobra.Command{
		Use:   name + " --role coordinator|scorer (--measurement HEX --config HEX | --evidence FILE|URL | --from-host)",
		Short: short,
		Example: "  vouch governance " + name + " --role coordinator --evidence coord.cbor --policy prod.json --gov-key-file a.key --json\n" +
			"  vouch governance " + name + " --role scorer --measurement 0x… --config 0x… --gov-key-file a.key --chain-key-file gas.key",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			r, err := parseRole(role)
			if err != nil {
				return err
			}
			gc, err := dialGovChain(cmd.Context(), c)
			if err != nil {
				return err
			}
			defer gc.client.Close()
			var m, cd [32]byte
			var notes []string
			if evid != "" || fromHost {
				claims, _, err := enclaveClaims(cmd, c, tf, gc, role, evid)
				if err != nil {
					return err
				}
				m, cd, notes = governance.MeasurementID(claims), governance.ConfigDigest(claims), claimNotes(claims)
			} else {
				if m, err = parseB32("measurement", measurement); err != nil {
					return err
				}
				if cd, err = parseB32("config", cfg); err != nil {
					return err
				}
			}
			return runStatement(cmd, g, gc, func(n uint64) (governance.Statement, error) {
				return governance.Allowlist{Allowed: allowed, Role: r, Measurement: m, ConfigDigest: cd, Nonce: n}, nil
			}, notes)
		},
	}
	g.add(cmd)
	tf.add(cmd)
	f := cmd.Flags()
	f.StringVar(&role, "role", "", "coordinator or scorer")
	f.StringVar(&measurement, "measurement", "", "measurement id (hex, 32 bytes; vouch governance register --typed-data shows an enclave's)")
	f.StringVar(&cfg, "config", "", "configuration digest (hex, 32 bytes; the evidence binding's policyDigest)")
	f.StringVar(&evid, "evidence", "", "take measurement id and configuration from this enclave evidence (file or URL), verified against --policy")
	f.BoolVar(&fromHost, "from-host", false, "take them from the evidence the host's enclave gives now, verified against --policy")
	addConfigFlags(cmd, "host")
	return cmd
}

func newGovRegisterCommand() *cobra.Command {
	var (
		g          govFlags
		tf         trustFlags
		role, evid string
	)
	cmd := &cobra.Command{
		Use:   "register --role coordinator|scorer [--evidence FILE|URL]",
		Short: "Register an enclave key whose evidence meets your policy",
		Long: `register verifies the enclave's evidence (fresh from the host over a new nonce,
or --evidence) against --policy and this chain and registry, then signs the
registration: role, key, measurement id, debug flag (false), the configuration
digest the evidence binds, the evidence itself and the governance nonce. The
chain registers it only with M of N governance signatures and an allowlist
entry for (role, measurement id, configuration).`,
		Example: "  vouch governance register --role coordinator --policy prod.json --gov-key-file a.key --json\n" +
			"  vouch governance register --role coordinator --policy prod.json --gov-key-file b.key --sig 0xA…:0x… --chain-key-file gas.key\n" +
			"  vouch governance register --role scorer --allow-simulated --typed-data",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if _, err := parseRole(role); err != nil {
				return err
			}
			gc, err := dialGovChain(cmd.Context(), c)
			if err != nil {
				return err
			}
			defer gc.client.Close()
			claims, ev, err := enclaveClaims(cmd, c, tf, gc, role, evid)
			if err != nil {
				return err
			}
			notes := claimNotes(claims)
			reg, err := governance.NewRegistration(claims, ev, 0)
			if err != nil {
				return err
			}
			ok, err := governance.IsAllowed(cmd.Context(), gc.client, gc.domain.Registry, reg.Role, reg.Measurement, reg.ConfigDigest)
			if err != nil {
				return withCode(exitChain, err)
			}
			if !ok {
				notes = append(notes, fmt.Sprintf("(role, measurement id %s, config %s) is not allowlisted: the chain refuses this registration until `vouch governance allow` adds it", hex0x(reg.Measurement[:]), hex0x(reg.ConfigDigest[:])))
			}
			return runStatement(cmd, g, gc, func(n uint64) (governance.Statement, error) {
				reg.Nonce = n
				return reg, nil
			}, notes)
		},
	}
	g.add(cmd)
	tf.add(cmd)
	cmd.Flags().StringVar(&role, "role", "", "coordinator or scorer")
	cmd.Flags().StringVar(&evid, "evidence", "", "enclave evidence file or URL (default: fresh from the host)")
	addConfigFlags(cmd, "host")
	return cmd
}

func newGovRetireCommand() *cobra.Command {
	var (
		g           govFlags
		key, reason string
	)
	cmd := &cobra.Command{
		Use:     "retire --key ADDR [--reason TEXT]",
		Short:   "Retire an enclave key (it never comes back)",
		Example: "  vouch governance retire --key 0x… --reason 'TCB out of date' --gov-key-file a.key --gov-key-file b.key --chain-key-file gas.key",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !common.IsHexAddress(key) {
				return withCode(exitUsage, errors.New("--key: want the enclave key's address"))
			}
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			gc, err := dialGovChain(cmd.Context(), c)
			if err != nil {
				return err
			}
			defer gc.client.Close()
			return runStatement(cmd, g, gc, func(n uint64) (governance.Statement, error) {
				return governance.Retirement{Key: common.HexToAddress(key), Reason: reason, Nonce: n}, nil
			}, nil)
		},
	}
	g.add(cmd)
	cmd.Flags().StringVar(&key, "key", "", "the enclave key's address")
	cmd.Flags().StringVar(&reason, "reason", "", "why (recorded on chain)")
	return cmd
}
