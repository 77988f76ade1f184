//go:build !enclavemain

package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/vouchpm/vouch/attestation/nitro"
	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/attestation/tpm"
	"github.com/vouchpm/vouch/enclave"
)

// builtinPlatforms are the platforms this coordinator is built with. Each
// opener fails when its hardware is absent: there is no fallback. The
// enclavemain build (platforms_enclave.go) holds sgx alone.
func builtinPlatforms() map[string]platformOpener {
	return map[string]platformOpener{"sim": openSim, "tpm": openTPM, "nitro": openNitro, "sgx": openSGX}
}

// openSim opens the simulated TPM (attestation/sim) with its NV memory in
// StateDir: real TPM 2.0 code with a software root, SIMULATED in every
// evidence it produces.
func openSim(_ context.Context, args platformArgs) (*Platform, error) {
	tpm, err := sim.NewAttester(sim.WithStateFile(filepath.Join(args.StateDir, "tpm.state")))
	if err != nil {
		return nil, err
	}
	if err := tpm.PublishAK(args.StateDir); err != nil {
		tpm.Close()
		return nil, err
	}
	isRollback := func(err error) bool { return errors.Is(err, sim.ErrRollback) }
	return &Platform{
		Attester: tpm,
		Sealer:   enclave.EnvelopeSealer{Platform: tpm, Rand: rand.Reader},
		StateSealer: enclave.EnvelopeStateSealer{Rand: rand.Reader,
			Platform: enclave.PlatformStateSealer{StateSealer: tpm, IsRollback: isRollback}},
		Close: tpm.Close,
	}, nil
}

// openTPM opens a confidential VM's vTPM (or any TPM 2.0 at args.TPM): quotes
// with the AK whose certificate the hypervisor put in NV, seals tokens and
// state to PCRs 0..9, and guards state against rollback with an NV counter
// (tpmseal.DefaultCounterIndex) that the TPM only lets grow.
func openTPM(_ context.Context, args platformArgs) (*Platform, error) {
	opts := []tpm.Option{tpm.WithDevicePath(args.TPM)}
	if args.TPMEventLog != "" {
		opts = append(opts, tpm.WithEventLogFile(args.TPMEventLog))
	}
	a, err := tpm.NewAttester(opts...)
	if err != nil {
		return nil, err
	}
	if !a.HasAKCertificate() {
		a.Close()
		return nil, fmt.Errorf("the TPM at %s has no AK certificate in NV (GCE indices): its quotes would verify against no root", args.TPM)
	}
	isRollback := func(err error) bool { return errors.Is(err, tpm.ErrRollback) }
	return &Platform{
		Attester: a,
		Sealer:   enclave.EnvelopeSealer{Platform: a, Rand: rand.Reader},
		StateSealer: enclave.EnvelopeStateSealer{Rand: rand.Reader,
			Platform: enclave.PlatformStateSealer{StateSealer: a, IsRollback: isRollback}},
		Close: a.Close,
	}, nil
}

// openNitro opens the Nitro Security Module (/dev/nsm). A Nitro enclave has
// no persistent storage and no sealing key: tokens and state are sealed to a
// key that lives in this enclave's memory only (sessionSealer), so the host
// keeps blobs it cannot read, and a restarted enclave opens none of them (it
// starts empty with a new attested key; tokens are granted again). The NSM is
// asked for one document at start, so a machine without it fails here.
func openNitro(ctx context.Context, _ platformArgs) (*Platform, error) {
	return nitroPlatform(ctx, nitro.NewAttester())
}

func nitroPlatform(ctx context.Context, a *nitro.Attester) (*Platform, error) {
	if _, _, err := a.Quote(ctx, [32]byte{}); err != nil {
		return nil, err
	}
	s, err := newSessionSealer(rand.Reader)
	if err != nil {
		return nil, err
	}
	return &Platform{Attester: a, Sealer: s, StateSealer: s.StateSealer(), Close: func() error { return nil }}, nil
}
