package main

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
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
		StateSealer: s.StateSealer(), Close: func() error { return nil }}, nil
}

// sessionSealer seals under an AES-256-GCM key generated in enclave memory
// at start and never exported: blobs are opaque to the host, and no blob of
// an earlier run opens. It is the Sealer of platforms without persistent
// sealing; its StateSealer adds a rollback counter in the same memory.
type sessionSealer struct {
	aead cipher.AEAD
	rand io.Reader
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

// seal and open keep secrets ('s') and states ('v') apart: the domain byte
// is authenticated, so one never opens as the other.
func (s *sessionSealer) seal(domain byte, plaintext []byte) ([]byte, error) {
	nonce := make([]byte, s.aead.NonceSize())
	if _, err := io.ReadFull(s.rand, nonce); err != nil {
		return nil, err
	}
	ad := []byte{domain}
	return s.aead.Seal(append(ad, nonce...), nonce, plaintext, ad), nil
}

func (s *sessionSealer) open(domain byte, blob []byte) ([]byte, error) {
	n := s.aead.NonceSize()
	if len(blob) < 1+n || blob[0] != domain {
		return nil, errSessionUnseal
	}
	pt, err := s.aead.Open(nil, blob[1:1+n], blob[1+n:], blob[:1])
	if err != nil {
		return nil, errSessionUnseal
	}
	return pt, nil
}

// Seal seals a secret (attestation.Sealer).
func (s *sessionSealer) Seal(plaintext []byte) ([]byte, error) { return s.seal('s', plaintext) }

// Unseal opens a Seal blob of this run.
func (s *sessionSealer) Unseal(blob []byte) ([]byte, error) { return s.open('s', blob) }

// StateSealer is the run's state sealer: enclave.CounterSealer (the
// rollback rule every platform shares) over the session key's state domain
// and a counter in enclave memory, so within the run only the newest
// committed blob or the one after it opens.
func (s *sessionSealer) StateSealer() *enclave.CounterSealer {
	return &enclave.CounterSealer{Sealer: sessionStates{s}, Counter: &memoryCounter{}}
}

// sessionStates seals state payloads in their own domain.
type sessionStates struct{ s *sessionSealer }

func (t sessionStates) Seal(plaintext []byte) ([]byte, error) { return t.s.seal('v', plaintext) }
func (t sessionStates) Unseal(blob []byte) ([]byte, error)    { return t.s.open('v', blob) }

// memoryCounter is a rollback counter that lives, and dies, with the run.
type memoryCounter struct {
	mu sync.Mutex
	n  uint64
}

func (c *memoryCounter) Read() (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n, nil
}

func (c *memoryCounter) Increment() (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	return c.n, nil
}

var (
	_ attestation.Sealer  = (*sessionSealer)(nil)
	_ attestation.Sealer  = sessionStates{}
	_ enclave.Counter     = (*memoryCounter)(nil)
	_ enclave.StateSealer = (*enclave.CounterSealer)(nil)
)
