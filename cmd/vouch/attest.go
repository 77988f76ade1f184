package main

import (
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/sim"
)

func newAttestCommand() *cobra.Command {
	var (
		platform, role, out, nonceHex, registry, akOut, state string
		chainID                                               uint64
	)
	cmd := &cobra.Command{
		Use:   "attest",
		Short: "Make evidence on the simulated platform, for trying out vouch audit enclave",
		Long: `attest makes vouch evidence (attestation/SPEC.md) for a fresh secp256k1 key on the
simulated platform: the go-tpm-tools TPM 2.0 simulator, real TPM code with a
software root of trust. The evidence is SIMULATED and every policy refuses it
unless it sets "allowSimulatedUnsafe": true.

The simulated TPM keeps its state in --state, and its attestation key (the
simulated trust root a verifier must be given) is written to --ak-out.`,
		Example: `  vouch attest --platform sim --role scorer --out ev.cbor
  vouch audit enclave ev.cbor --roots ev.cbor.ak.pem --policy sim-policy.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if platform != attestation.PlatformSim {
				return withCode(exitUsage, fmt.Errorf("--platform %q: only \"sim\" can attest on this machine (tpm, nitro and sgx attest inside their TEE: see cmd/coordinator)", platform))
			}
			if role != attestation.RoleCoordinator && role != attestation.RoleScorer {
				return withCode(exitUsage, fmt.Errorf("--role must be %q or %q", attestation.RoleCoordinator, attestation.RoleScorer))
			}
			if out == "" {
				return withCode(exitUsage, fmt.Errorf("--out FILE is required"))
			}
			nonce, err := hex.DecodeString(strings.TrimPrefix(nonceHex, "0x"))
			if err != nil || len(nonce) > 64 {
				return withCode(exitUsage, fmt.Errorf("--nonce must be at most 64 bytes of hex"))
			}
			if registry != "" && !common.IsHexAddress(registry) {
				return withCode(exitUsage, fmt.Errorf("--registry %q is not an address", registry))
			}
			if state == "" {
				state = filepath.Join(configDir(), "sim-tpm.state")
			}
			if err := os.MkdirAll(filepath.Dir(state), 0o700); err != nil {
				return err
			}
			a, err := sim.NewAttester(sim.WithStateFile(state))
			if err != nil {
				return fmt.Errorf("starting the simulated TPM: %w", err)
			}
			defer a.Close()
			key, err := crypto.GenerateKey()
			if err != nil {
				return err
			}
			b := attestation.NewBinding(role, &key.PublicKey, chainID, common.HexToAddress(registry), nonce, time.Now())
			ev, err := attestation.Attest(cmd.Context(), a, b)
			if err != nil {
				return fmt.Errorf("attesting: %w", err)
			}
			raw, err := ev.Marshal()
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, raw, 0o644); err != nil {
				return err
			}
			if akOut == "" {
				akOut = out + ".ak.pem"
			}
			akPEM, err := a.AKPublicPEM()
			if err != nil {
				return err
			}
			if err := os.WriteFile(akOut, akPEM, 0o644); err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "wrote %s: SIMULATED %s evidence for key %s\n", out, role, crypto.PubkeyToAddress(key.PublicKey).Hex())
			fmt.Fprintf(w, "wrote %s: the simulated attestation key (%s); pass it to vouch audit enclave --roots\n", akOut, a.AKFingerprint())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&platform, "platform", attestation.PlatformSim, "platform to attest on (sim)")
	f.StringVar(&role, "role", attestation.RoleScorer, "coordinator or scorer")
	f.StringVar(&out, "out", "", "write the evidence (canonical CBOR) here")
	f.StringVar(&nonceHex, "nonce", "", "verifier-chosen nonce to bind (hex)")
	f.Uint64Var(&chainID, "chain-id", 1337, "chain id to bind")
	f.StringVar(&registry, "registry", "", "registry contract address to bind")
	f.StringVar(&akOut, "ak-out", "", "write the simulated AK here (default OUT.ak.pem)")
	f.StringVar(&state, "state", "", "simulated TPM state file (default in the config dir)")
	return cmd
}
