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
	"sync"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/sgx"
	"github.com/vouchpm/vouch/enclave"
)

// platformArgs are the flags a platform opener reads.
type platformArgs struct {
	StateDir    string // sim: the simulated TPM's NV memory
	TPM         string // tpm: /dev/tpmrm0, tcp:HOST:PORT or unix:PATH
	TPMEventLog string // tpm: the event log explaining the PCRs (default: the kernel's)
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
	counter uint64 // the committed version
	pending bool   // a blob at counter+1 was handed out
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

// SealVersioned seals at one past the counter (enclave.StateSealer),
// committing the previous seal first, as tpmseal.SealVersioned does.
func (s *sessionSealer) SealVersioned(plaintext []byte) ([]byte, uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pending {
		s.counter++
	}
	blob, err := s.seal('v', s.counter+1, plaintext)
	s.pending = err == nil
	return blob, s.counter + 1, err
}

// UnsealVersioned opens a SealVersioned blob of this run at the committed
// version or one past it (which it commits), as tpmseal.UnsealVersioned does.
func (s *sessionSealer) UnsealVersioned(blob []byte) ([]byte, uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	pt, v, err := s.open('v', blob)
	if err != nil {
		return nil, 0, err
	}
	switch v {
	case s.counter:
	case s.counter + 1:
		s.counter++
	default:
		clear(pt)
		return nil, v, fmt.Errorf("%w: blob is version %d, this run is at %d", enclave.ErrRollback, v, s.counter)
	}
	s.pending = false
	return pt, v, nil
}

var (
	_ attestation.Sealer  = (*sessionSealer)(nil)
	_ enclave.StateSealer = (*sessionSealer)(nil)
)
