package main

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sync"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/nitro"
	"github.com/vouchpm/vouch/attestation/sgx"
	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/attestation/tpm"
	"github.com/vouchpm/vouch/enclave"
)

// platformArgs are the flags a platform opener reads.
type platformArgs struct {
	StateDir    string // sim: the simulated TPM's NV memory
	TPM         string // tpm: /dev/tpmrm0, tcp:HOST:PORT or unix:PATH
	TPMEventLog string // tpm: the event log explaining the PCRs (default: the kernel's)
}

// builtinPlatforms are the platforms this coordinator is built with. Each
// opener fails when its hardware is absent: there is no fallback.
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
	return &Platform{Attester: a, Sealer: s, StateSealer: s, Close: func() error { return nil }}, nil
}

// openSGX opens EGo's SGX enclave. Tokens are sealed with SealWithProductKey
// (only after GetSelfReport succeeded: outside an enclave EGo would seal with
// an all-zero key). SGX has no monotonic counter the host cannot reset (the
// platform services counters are gone), so the rollback guard for state is an
// in-memory one: state sealed under a key and counter that live only as long
// as this enclave, refusing every blob of a previous run (sessionSealer).
func openSGX(_ context.Context, _ platformArgs) (*Platform, error) {
	seal, err := sgx.NewSealer()
	if err != nil {
		return nil, err
	}
	a := sgx.NewAttester()
	if _, _, err := a.Quote(context.Background(), [32]byte{1}); err != nil {
		return nil, fmt.Errorf("sgx: quoting: %w", err)
	}
	s, err := newSessionSealer(rand.Reader)
	if err != nil {
		return nil, err
	}
	return &Platform{Attester: a, Sealer: enclave.EnvelopeSealer{Platform: seal, Rand: rand.Reader},
		StateSealer: s, Close: func() error { return nil }}, nil
}

// sessionSealer seals under an AES-256-GCM key generated in enclave memory
// at start and never exported, with a counter in the same memory: blobs are
// opaque to the host, only the newest opens (rollback within the run is
// refused), and no blob of an earlier run opens. It is the Sealer and
// StateSealer of platforms without persistent sealing or a trusted counter.
type sessionSealer struct {
	mu      sync.Mutex
	aead    cipher.AEAD
	rand    io.Reader
	counter uint64
}

func newSessionSealer(r io.Reader) (*sessionSealer, error) {
	key := make([]byte, 32)
	if _, err := io.ReadFull(r, key); err != nil {
		return nil, err
	}
	defer clear(key)
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &sessionSealer{aead: aead, rand: r}, nil
}

var errSessionUnseal = errors.New("sealed blob is not from this enclave run (or was altered)")

func (s *sessionSealer) seal(prefix byte, v uint64, plaintext []byte) ([]byte, error) {
	nonce := make([]byte, s.aead.NonceSize())
	if _, err := io.ReadFull(s.rand, nonce); err != nil {
		return nil, err
	}
	ad := binary.BigEndian.AppendUint64([]byte{prefix}, v)
	out := append(ad, nonce...)
	return s.aead.Seal(out, nonce, plaintext, ad), nil
}

func (s *sessionSealer) open(prefix byte, blob []byte) ([]byte, uint64, error) {
	n := s.aead.NonceSize()
	if len(blob) < 9+n || blob[0] != prefix {
		return nil, 0, errSessionUnseal
	}
	pt, err := s.aead.Open(nil, blob[9:9+n], blob[9+n:], blob[:9])
	if err != nil {
		return nil, 0, errSessionUnseal
	}
	return pt, binary.BigEndian.Uint64(blob[1:9]), nil
}

// Seal seals a secret (attestation.Sealer).
func (s *sessionSealer) Seal(plaintext []byte) ([]byte, error) { return s.seal('s', 0, plaintext) }

// Unseal opens a Seal blob of this run.
func (s *sessionSealer) Unseal(blob []byte) ([]byte, error) {
	pt, _, err := s.open('s', blob)
	return pt, err
}

// SealVersioned seals at the next counter value (enclave.StateSealer).
func (s *sessionSealer) SealVersioned(plaintext []byte) ([]byte, uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counter++
	blob, err := s.seal('v', s.counter, plaintext)
	return blob, s.counter, err
}

// UnsealVersioned opens only the newest SealVersioned blob of this run.
func (s *sessionSealer) UnsealVersioned(blob []byte) ([]byte, uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	pt, v, err := s.open('v', blob)
	if err != nil {
		return nil, 0, err
	}
	if v != s.counter {
		clear(pt)
		return nil, v, fmt.Errorf("%w: blob is version %d, this run is at %d", enclave.ErrRollback, v, s.counter)
	}
	return pt, v, nil
}

var (
	_ attestation.Sealer  = (*sessionSealer)(nil)
	_ enclave.StateSealer = (*sessionSealer)(nil)
)
