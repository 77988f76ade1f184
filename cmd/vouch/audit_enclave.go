package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/attestation/sgx"
	"github.com/vouchpm/vouch/attestation/tdx"
	"github.com/vouchpm/vouch/cmd/vouch/internal/verify"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
)

func newAuditCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "audit",
		Short: "Check enclave evidence and scores yourself",
	}
	cmd.AddCommand(newAuditEnclaveCommand())
	return cmd
}

// enclaveReport is what `vouch audit enclave --json` prints.
type enclaveReport struct {
	Verified      bool     `json:"verified"`
	Genuine       bool     `json:"genuine"`
	PolicyApplied bool     `json:"policyApplied"`
	Reason        string   `json:"reason,omitempty"`
	Platform      string   `json:"platform,omitempty"`
	Simulated     bool     `json:"simulated"`
	Measurement   any      `json:"measurement,omitempty"`
	Signer        string   `json:"signer,omitempty"`
	ProductID     uint16   `json:"productId,omitempty"`
	SVN           uint16   `json:"svn,omitempty"`
	Debug         bool     `json:"debug"`
	TCBStatus     string   `json:"tcbStatus,omitempty"`
	Advisories    []string `json:"advisories,omitempty"`
	Role          string   `json:"role,omitempty"`
	Key           string   `json:"key,omitempty"`
	Address       string   `json:"address,omitempty"`
	ChainID       uint64   `json:"chainId,omitempty"`
	Registry      string   `json:"registry,omitempty"`
	ModelDigest   string   `json:"modelDigest,omitempty"`
	// ConfigDigest is the configuration digest the binding carries (a
	// coordinator's wire.CoordinatorConfig); Config is that configuration
	// when the host relayed one hashing to it (with --role coordinator), or
	// ConfigNote says why it is not shown.
	ConfigDigest string            `json:"configDigest,omitempty"`
	Config       json.RawMessage   `json:"config,omitempty"`
	ConfigNote   string            `json:"configNote,omitempty"`
	ReportData   string            `json:"reportData,omitempty"`
	IssuedAt     string            `json:"issuedAt,omitempty"`
	AgeSeconds   int64             `json:"ageSeconds,omitempty"`
	PCRs         map[string]string `json:"pcrs,omitempty"`
	// With --role: the key the chain registered, and in which block.
	RegisteredKey   string `json:"registeredKey,omitempty"`
	RegisteredBlock uint64 `json:"registeredBlock,omitempty"`
}

func reportFromClaims(c *attestation.Claims, now time.Time, raw bool) enclaveReport {
	r := enclaveReport{
		Genuine: true, Platform: c.Platform, Simulated: c.Simulated, Signer: c.Signer,
		ProductID: c.ProductID, SVN: c.SVN, Debug: c.Debug, TCBStatus: c.TCBStatus, Advisories: c.Advisories,
		ReportData: hex.EncodeToString(c.ReportData),
	}
	r.Measurement = c.Measurement
	if len(c.PCRs) > 0 {
		r.PCRs = map[string]string{}
		for i, v := range c.PCRs {
			r.PCRs[fmt.Sprint(i)] = v
		}
		if c.Platform != attestation.PlatformSGX {
			r.Measurement = map[string]any{"digest": c.Measurement, "pcrs": r.PCRs}
		}
	}
	if !raw {
		r.Role, r.Key, r.Address = c.Role, "0x"+hex.EncodeToString(c.Key), c.Address.Hex()
		r.ChainID, r.Registry = c.ChainID, c.Registry.Hex()
		if len(c.ModelDigest) > 0 {
			r.ModelDigest = "0x" + hex.EncodeToString(c.ModelDigest)
		}
		if len(c.PolicyDigest) > 0 {
			r.ConfigDigest = "0x" + hex.EncodeToString(c.PolicyDigest)
		}
	}
	if !c.IssuedAt.IsZero() {
		r.IssuedAt = c.IssuedAt.UTC().Format(time.RFC3339)
		r.AgeSeconds = int64(now.Sub(c.IssuedAt).Seconds())
	}
	return r
}

func printEnclaveReport(w io.Writer, r enclaveReport) {
	platform := r.Platform
	if r.Simulated {
		platform += "  SIMULATED (software root of trust, no TEE hardware)"
	}
	switch {
	case r.Verified:
		fmt.Fprintln(w, "VERIFIED")
	case r.Genuine && !r.PolicyApplied:
		fmt.Fprintln(w, "GENUINE (audit only: no policy applied, nothing accepted)")
	default:
		fmt.Fprintf(w, "REFUSED: %s\n", r.Reason)
	}
	if !r.Genuine {
		return
	}
	line := func(k, v string) {
		if v != "" || k == "" {
			fmt.Fprintf(w, "  %-12s %s\n", k, v)
		}
	}
	line("platform", platform)
	if m, ok := r.Measurement.(string); ok {
		line("measurement", m)
	} else if len(r.PCRs) > 0 {
		line("measurement", fmt.Sprint(r.Measurement.(map[string]any)["digest"]))
		keys := make([]string, 0, len(r.PCRs))
		for k := range r.PCRs {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			return len(keys[i]) < len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
		})
		hidden := 0
		for _, k := range keys {
			if len(k) > 1 { // PCRs 10 and up hold no boot or code measurements here
				hidden++
				continue
			}
			line("pcr"+k, r.PCRs[k])
		}
		if hidden > 0 {
			line("", fmt.Sprintf("(%d more PCRs with --json)", hidden))
		}
	}
	line("signer", r.Signer)
	if r.ProductID != 0 || r.SVN != 0 {
		line("product/svn", fmt.Sprintf("%d / %d", r.ProductID, r.SVN))
	}
	line("debug", fmt.Sprint(r.Debug))
	line("tcb status", r.TCBStatus)
	line("advisories", strings.Join(r.Advisories, ", "))
	line("role", r.Role)
	line("key", r.Key)
	line("address", r.Address)
	if r.ChainID != 0 {
		line("chain", fmt.Sprintf("%d, registry %s", r.ChainID, r.Registry))
	}
	line("model", r.ModelDigest)
	if r.Role == attestation.RoleCoordinator && r.ConfigDigest == "" {
		line("config", "none bound")
	}
	line("config", r.ConfigDigest)
	if cfg, err := wire.ParseCoordinatorConfig(r.Config); len(r.Config) > 0 && err == nil {
		printConfigLines(w, "    ", cfg)
	}
	if r.ConfigNote != "" {
		line("", "(configuration not shown: "+r.ConfigNote+")")
	}
	if r.Role == "" {
		line("report data", r.ReportData)
	}
	if r.RegisteredKey != "" {
		line("registered", fmt.Sprintf("%s in block %d", r.RegisteredKey, r.RegisteredBlock))
	}
	if r.IssuedAt != "" {
		line("issued", fmt.Sprintf("%s (%s ago)", r.IssuedAt, (time.Duration(r.AgeSeconds)*time.Second).String()))
	}
}

// readEvidenceSource reads a file or an http(s) URL, bounded in size.
func readEvidenceSource(ctx context.Context, src string, limit int64) ([]byte, error) {
	var rd io.Reader
	if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
		if err != nil {
			return nil, err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, fmt.Errorf("fetching %s: %w", src, err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("fetching %s: %s", src, resp.Status)
		}
		rd = resp.Body
	} else {
		f, err := os.Open(src)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		rd = f
	}
	data, err := io.ReadAll(io.LimitReader(rd, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is larger than %d bytes", src, limit)
	}
	return data, nil
}

func newAuditEnclaveCommand() *cobra.Command {
	var (
		policyPath, nonceHex, platform, collateral, at string
		roots                                          []string
		asJSON, auditOnly, allowSim                    bool
		role                                           string
	)
	cmd := &cobra.Command{
		Use:   "enclave (FILE|URL | --role coordinator|scorer)",
		Short: "Verify an enclave's evidence against a policy",
		Long: `enclave verifies attestation evidence: vouch evidence (attestation/SPEC.md) by
default, or a platform's own raw document with --platform (an AWS Nitro
attestation document, a go-tpm-tools attest.Attestation protobuf, an SGX DCAP
quote with --collateral DIR holding Intel PCS collateral, an Intel TDX v4
quote (optionally with --collateral DIR of TDX PCS collateral), an AMD SEV-SNP
report with its VCEK certificate given in --roots). Nothing is fetched.

It prints platform, measurement, signer, debug, TCB status, the bound key and
its Ethereum address, model digest, configuration digest and age; SIMULATED
evidence says so. A coordinator's evidence binds the digest of its canonical
configuration (npm registry and its CA, chain, RPC endpoints and their CA,
confirmations, dev flags): the policy must list it in configDigests (or say
anyConfigUnsafe). With --role coordinator and a host configured, the
configuration the host relays is shown when it hashes to that digest.
With --role, every key registered on chain for that role and not retired is
audited (any of them can act for the role): each evidence must bind its
registered key and meet the policy, judged at its registration block's time
unless --at is given. --json then prints one report per key.
A policy (JSON, see attestation.Policy) is required unless --audit-only or
--allow-simulated (the dev platform, any measurement, shown as SIMULATED).

Exit status: 0 verified (or genuine, with --audit-only), 1 refused, 2 usage error.`,
		Example: `  vouch audit enclave ev.cbor --roots ev.cbor.ak.pem --policy policy.json --nonce 0102
  vouch audit enclave doc.cbor --platform nitro --at 2024-07-31T10:00:00Z --audit-only --json
  vouch audit enclave quote.bin --platform sgx --collateral ./pcs --at 2025-01-10T00:00:00Z --policy sgx.json
  vouch audit enclave td-quote.dat --platform tdx --at 2023-07-01T01:00:00Z --audit-only
  vouch audit enclave report.bin --platform snp --roots vcek.der --at 2022-09-24T01:00:00Z --audit-only
  vouch audit enclave --role coordinator --policy coordinator.json --rpc http://127.0.0.1:8545 --registry 0x...`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if (len(args) == 1) == (role != "") {
				return withCode(exitUsage, errors.New("give either FILE|URL or --role coordinator|scorer"))
			}
			if policyPath == "" && !auditOnly && !allowSim {
				return withCode(exitUsage, errors.New("no policy: pass --policy FILE, or --audit-only to print what the evidence proves without accepting it"))
			}
			var policy *attestation.Policy
			if allowSim && policyPath == "" {
				policy = devPolicy()
			}
			if policyPath != "" {
				p, err := attestation.LoadPolicy(policyPath)
				if err != nil {
					return withCode(exitUsage, err)
				}
				policy = p
			}
			if nonceHex != "" {
				n, err := hex.DecodeString(strings.TrimPrefix(nonceHex, "0x"))
				if err != nil {
					return withCode(exitUsage, fmt.Errorf("--nonce is not hex"))
				}
				if policy == nil {
					return withCode(exitUsage, errors.New("--nonce needs --policy: a nonce is checked as part of a policy"))
				}
				policy.Nonce = n
			}
			now := time.Now()
			if at != "" {
				t, err := time.Parse(time.RFC3339, at)
				if err != nil {
					return withCode(exitUsage, fmt.Errorf("--at must be RFC 3339, like 2024-07-31T10:00:00Z"))
				}
				now = t
			}
			trust := platforms.Trust{Now: func() time.Time { return now }, RawDocuments: platform != ""}
			for _, r := range roots {
				if err := trust.LoadTrustFile(r); err != nil {
					return withCode(exitUsage, fmt.Errorf("--roots: %w", err))
				}
			}
			if collateral != "" {
				switch platform {
				case attestation.PlatformSGX:
					c, err := sgx.LoadCollateralDir(collateral)
					if err != nil {
						return withCode(exitUsage, fmt.Errorf("--collateral: %w", err))
					}
					trust.SGXCollateral = c
				case attestation.PlatformTDX:
					c, err := tdx.LoadCollateralDir(collateral)
					if err != nil {
						return withCode(exitUsage, fmt.Errorf("--collateral: %w", err))
					}
					trust.TDXCollateral = c
				default:
					return withCode(exitUsage, errors.New("--collateral is for --platform sgx or tdx"))
				}
			}
			switch platform {
			case "", attestation.PlatformNitro, attestation.PlatformTPM, attestation.PlatformSGX, attestation.PlatformTDX, attestation.PlatformSNP:
			default:
				return withCode(exitUsage, fmt.Errorf("--platform %q: want nitro, tpm, sgx, tdx or snp", platform))
			}
			v, err := platforms.NewVerifier(trust)
			if errors.Is(err, attestation.ErrInvalidEvidence) {
				return withCode(exitFindings, err) // e.g. SGX collateral with a bad signature
			}
			if err != nil {
				return err
			}
			var cfgSrc configSource // the host, which relays the coordinator's configuration
			// audit verifies one piece of evidence (registered: its on-chain
			// registration, when it came from the chain) at time at.
			audit := func(data []byte, registered *verify.RegisteredEnclave, at time.Time) (enclaveReport, error) {
				now = at // the verifier's clock (trust.Now) reads now
				var claims *attestation.Claims
				var verr error
				if platform == "" {
					claims, verr = v.VerifyEvidence(cmd.Context(), data)
				} else {
					claims, verr = v.VerifyPlatformDocument(cmd.Context(), platform, data, nil)
				}
				if verr == nil && registered != nil && claims.Address != registered.Key {
					verr = fmt.Errorf("%w: the evidence binds %s, the chain registered %s", attestation.ErrInvalidEvidence, claims.Address.Hex(), registered.Key.Hex())
				}
				if verr != nil {
					return enclaveReport{Reason: verr.Error(), Platform: platform}, verr
				}
				report := reportFromClaims(claims, at, platform != "")
				if cfgSrc != nil && claims.Role == attestation.RoleCoordinator {
					if _, raw, err := attestedConfig(cmd.Context(), claims, cfgSrc); err != nil {
						report.ConfigNote = err.Error()
					} else {
						report.Config = raw
					}
				}
				if policy == nil {
					return report, nil
				}
				report.PolicyApplied = true
				check := policy.Check
				if platform != "" {
					check = policy.CheckDocument
				}
				if perr := check(claims, at); perr != nil {
					report.Reason = perr.Error()
					return report, perr
				}
				report.Verified = true
				return report, nil
			}
			var reports []enclaveReport
			var failed []string
			if role != "" {
				if platform != "" {
					return withCode(exitUsage, errors.New("--role reads vouch evidence from the chain; --platform is for raw documents"))
				}
				c, err := loadConfig(cmd)
				if err != nil {
					return err
				}
				list, err := registeredEnclaves(cmd.Context(), c, role)
				if err != nil {
					return err
				}
				if role == attestation.RoleCoordinator && c.Host != "" {
					if h, err := hostFor(c); err == nil {
						cfgSrc = h
					}
				}
				if policy != nil && policy.Role == "" {
					policy.Role = role
				}
				// Every active key counts, so every one is audited. Evidence
				// is judged at the time it was registered (its block), not
				// today, unless --at says otherwise.
				for i := range list {
					r := &list[i]
					when := r.RegisteredAt
					if at != "" || when.IsZero() {
						when = now
					}
					report, err := audit(r.Evidence, r, when)
					report.RegisteredKey, report.RegisteredBlock = r.Key.Hex(), r.Block
					reports = append(reports, report)
					if err != nil {
						failed = append(failed, fmt.Sprintf("%s: %s", r.Key.Hex(), report.Reason))
					}
				}
			} else {
				data, err := readEvidenceSource(cmd.Context(), args[0], attestation.MaxEvidenceSize)
				if err != nil {
					return withCode(exitUsage, err)
				}
				report, err := audit(data, nil, now)
				reports = append(reports, report)
				if err != nil {
					failed = append(failed, report.Reason)
				}
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				var v any = reports[0]
				if role != "" {
					v = reports // one report per active registered key
				}
				if err := enc.Encode(v); err != nil {
					return err
				}
			} else {
				for i, r := range reports {
					if i > 0 {
						fmt.Fprintln(out)
					}
					printEnclaveReport(out, r)
				}
			}
			if len(failed) > 0 {
				return withCode(exitFindings, errors.New(strings.Join(failed, "; ")))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&policyPath, "policy", "", "policy JSON file (attestation.Policy)")
	f.BoolVar(&auditOnly, "audit-only", false, "print what the evidence proves without applying a policy")
	f.StringVar(&nonceHex, "nonce", "", "expected nonce (hex), checked against the binding")
	f.StringVar(&platform, "platform", "", "verify a raw platform document: nitro, tpm, sgx, tdx or snp")
	f.StringVar(&collateral, "collateral", "", "directory of Intel PCS collateral (sgx, tdx)")
	f.StringVar(&at, "at", "", "verify as of this time (RFC 3339), for recorded documents")
	f.StringArrayVar(&roots, "roots", nil, "PEM/DER file of extra roots, intermediates or simulated AKs (repeatable)")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	f.StringVar(&role, "role", "", "verify the evidence registered on chain for coordinator or scorer")
	f.BoolVar(&allowSim, "allow-simulated", false, "without --policy: accept the simulated dev platform (any measurement)")
	addConfigFlags(cmd, "rpc", "registry")
	return cmd
}

// registeredEnclaves reads every enclave registered on chain for role and not
// retired, newest first.
func registeredEnclaves(ctx context.Context, c *config, role string) ([]verify.RegisteredEnclave, error) {
	var id uint8
	switch role {
	case attestation.RoleCoordinator:
		id = chain.RoleCoordinator
	case attestation.RoleScorer:
		id = chain.RoleScorer
	default:
		return nil, withCode(exitUsage, fmt.Errorf("--role must be %q or %q", attestation.RoleCoordinator, attestation.RoleScorer))
	}
	registry, err := chainSettings(c)
	if err != nil {
		return nil, err
	}
	src, err := verify.NewChainSource(ctx, c.RPC, registry)
	if err != nil {
		return nil, withCode(exitChain, err)
	}
	defer src.Close()
	list, err := src.Enclaves(ctx, id)
	if err != nil {
		return nil, withCode(exitChain, err)
	}
	if len(list) == 0 {
		return nil, withCode(exitFindings, fmt.Errorf("no %s enclave is registered on chain at %s", role, registry.Hex()))
	}
	return list, nil
}
