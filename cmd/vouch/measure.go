package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/enclave/wire"
)

// newMeasureCommand prints the measurement a verifier's policy should list
// for an enclave artefact, where it can be computed from the artefact alone.
func newMeasureCommand() *cobra.Command {
	var platform, configPath string
	cmd := &cobra.Command{
		Use:   "measure (--platform sim|tpm|sgx|nitro BINARY-or-IMAGE | --config FILE)",
		Short: "Print the measurement a policy should list for an enclave binary or image",
		Long: `measure computes, from a rebuilt enclave artefact, the measurement that its
evidence will show, to put in a policy's "measurements" and compare with
what vouch audit enclave prints:

  sim    SHA-256 over PCRs 0..9 of the simulated platform started from BINARY
         (computed here; the binary's file name is part of what is measured).
  sgx    MRENCLAVE and MRSIGNER of an EGo-signed BINARY (make sgx), read with
         EGo's own ego uniqueid/signerid where EGo is installed.
  nitro  PCR0..2 of an enclave image file (.eif), read with nitro-cli
         describe-eif where nitro-cli is installed.
  tpm    not computable from a binary: a vTPM measures the VM's whole boot chain
         (firmware, boot loader, kernel, initrd, command line); take the PCRs from
         evidence of a VM booted from the audited image.

With --config FILE (a coordinator configuration, JSON) it prints the
configuration digest to put in a policy's "configDigests" and the canonical
encoding it is the SHA-256 of (what the coordinator's getConfig serves).

It always prints the artefact's SHA-256. Exit status: 0 printed, 1 not
computable here (the reason is printed), 2 usage error.`,
		Example: `  make reproduce && vouch measure --platform sim build/reproduce/first/out/coordinator
  vouch measure --platform sgx build/sgx/coordinator`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			if configPath != "" {
				raw, err := os.ReadFile(configPath)
				if err != nil {
					return withCode(exitUsage, err)
				}
				cfg, err := wire.ParseCoordinatorConfig(raw)
				if err != nil {
					return withCode(exitUsage, err)
				}
				fmt.Fprintf(out, "configuration %s\n  digest     0x%x  (a policy's configDigests)\n  canonical  %s\n", configPath, cfg.Digest(), cfg.Canonical())
				if len(args) == 0 {
					return nil
				}
			}
			if len(args) == 0 {
				return withCode(exitUsage, errors.New("name a BINARY-or-IMAGE with --platform, or give --config FILE"))
			}
			path := args[0]
			sum, err := fileSHA256(path)
			if err != nil {
				return withCode(exitUsage, err)
			}
			fmt.Fprintf(out, "artefact     %s\n  sha256     %s\n", path, sum)
			switch platform {
			case attestation.PlatformSim:
				code, err := sim.CodeOf(path)
				if err != nil {
					return err
				}
				m, pcrs, err := sim.ExpectedMeasurement(code)
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "platform     sim  SIMULATED (software root of trust; policies must say allowSimulatedUnsafe)\n")
				fmt.Fprintf(out, "measurement  %s\n", m)
				fmt.Fprintf(out, "  pcr8       %s  (code %q sha256:%s)\n", hex.EncodeToString(pcrs[8]), code.Name, hex.EncodeToString(code.Digest[:]))
				return nil
			case attestation.PlatformSGX:
				return measureWith(out, "ego", "EGo is not installed here: MRENCLAVE is computed by `ego uniqueid` from the EGo-signed binary (make sgx on a machine with EGo)",
					[][]string{{"uniqueid", path}, {"signerid", path}}, []string{"mrenclave", "mrsigner"})
			case attestation.PlatformNitro:
				return measureWith(out, "nitro-cli", "nitro-cli is not installed here: PCR0..2 of an enclave image are printed by `nitro-cli build-enclave` and `nitro-cli describe-eif --eif-path IMAGE`",
					[][]string{{"describe-eif", "--eif-path", path}}, []string{"describe-eif"})
			case attestation.PlatformTPM:
				return withCode(exitFindings, errors.New("tpm: a vTPM measures the VM's whole boot chain (firmware, boot loader, kernel, initrd, command line), which a binary does not determine; take the PCRs from evidence of a VM booted from the audited image (vouch audit enclave --audit-only)"))
			}
			return withCode(exitUsage, fmt.Errorf("--platform %q: want sim, tpm, sgx or nitro", platform))
		},
	}
	cmd.Flags().StringVar(&platform, "platform", "", "sim, tpm, sgx or nitro (required with a BINARY-or-IMAGE)")
	cmd.Flags().StringVar(&configPath, "config", "", "a coordinator configuration (JSON): print its configuration digest")
	return cmd
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// measureWith runs a platform vendor's tool, or says why it cannot.
func measureWith(out io.Writer, tool, missing string, runs [][]string, labels []string) error {
	bin, err := exec.LookPath(tool)
	if err != nil {
		return withCode(exitFindings, errors.New(missing))
	}
	for i, args := range runs {
		res, err := exec.Command(bin, args...).CombinedOutput()
		if err != nil {
			return withCode(exitFindings, fmt.Errorf("%s %s: %v: %s", tool, strings.Join(args, " "), err, strings.TrimSpace(string(res))))
		}
		fmt.Fprintf(out, "%-12s %s\n", labels[i], strings.TrimSpace(string(res)))
	}
	return nil
}
