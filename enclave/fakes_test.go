package enclave

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/vouchpm/vouch/attestation/testclock"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Test doubles for the platform and the chain, until attestation/sim and
// host/chain land on main. They persist to files when given a path, so a
// coordinator child process can be killed and restarted.

// testChain is an in-memory (or file-backed) registry contract.
type testChain struct {
	mu   sync.Mutex
	path string
	data chainData
}

type chainData struct {
	Policies  map[string]PackagePolicy   `json:"policies"`
	Published map[string]PublishedRecord `json:"published"` // hex release key
	Scorers   map[common.Address]bool    `json:"scorers"`
	Vetoes    map[string]bool            `json:"vetoes,omitempty"` // package + "/" + hex release digest
	Fail      string                     `json:"fail,omitempty"`
}

func newTestChain(path string) *testChain {
	c := &testChain{path: path, data: chainData{
		Policies: map[string]PackagePolicy{}, Published: map[string]PublishedRecord{}, Scorers: map[common.Address]bool{},
	}}
	return c
}

func (c *testChain) load() error {
	if c.path == "" {
		return nil
	}
	raw, err := os.ReadFile(c.path)
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, &c.data)
}

func (c *testChain) save() error {
	if c.path == "" {
		return nil
	}
	raw, err := json.Marshal(c.data)
	if err != nil {
		return err
	}
	tmp := c.path + ".tmp"
	if err := os.WriteFile(tmp, raw, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, c.path)
}

func (c *testChain) update(f func(*chainData)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.load(); err != nil && !errors.Is(err, os.ErrNotExist) {
		panic(err)
	}
	f(&c.data)
	if err := c.save(); err != nil {
		panic(err)
	}
}

func (c *testChain) Policy(_ context.Context, pkg string) (PackagePolicy, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.load(); err != nil {
		return PackagePolicy{}, err
	}
	if c.data.Fail != "" {
		return PackagePolicy{}, errors.New(c.data.Fail)
	}
	return c.data.Policies[pkg], nil
}

func (c *testChain) Published(_ context.Context, key [32]byte) (PublishedRecord, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.load(); err != nil {
		return PublishedRecord{}, err
	}
	return c.data.Published[hex.EncodeToString(key[:])], nil
}

func (c *testChain) ScorerRegistered(_ context.Context, a common.Address) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.load(); err != nil {
		return false, err
	}
	return c.data.Scorers[a], nil
}

func (c *testChain) Vetoed(_ context.Context, pkg string, d [32]byte) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.load(); err != nil {
		return false, err
	}
	return c.data.Vetoes[pkg+"/"+hex.EncodeToString(d[:])], nil
}

// testSealer seals with AES-256-GCM under a key it holds. It stands in for
// the TPM/SGX sealer in tests only.
type testSealer struct{ aead cipher.AEAD }

func newTestSealer(key []byte) *testSealer {
	b, err := aes.NewCipher(key)
	if err != nil {
		panic(err)
	}
	g, err := cipher.NewGCM(b)
	if err != nil {
		panic(err)
	}
	return &testSealer{aead: g}
}

func (s *testSealer) Seal(pt []byte) ([]byte, error) {
	nonce := make([]byte, s.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return s.aead.Seal(nonce, nonce, pt, []byte("vouch-test-seal")), nil
}

func (s *testSealer) Unseal(ct []byte) ([]byte, error) {
	n := s.aead.NonceSize()
	if len(ct) < n {
		return nil, errors.New("sealed blob too short")
	}
	return s.aead.Open(nil, ct[:n], ct[n:], []byte("vouch-test-seal"))
}

// testCounter is a monotonic counter in memory or in a file.
type testCounter struct {
	mu   sync.Mutex
	path string
	n    uint64
}

func (c *testCounter) Read() (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.read()
}

func (c *testCounter) read() (uint64, error) {
	if c.path == "" {
		return c.n, nil
	}
	raw, err := os.ReadFile(c.path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return strconv.ParseUint(strings.TrimSpace(string(raw)), 10, 64)
}

func (c *testCounter) Increment() (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n, err := c.read()
	if err != nil {
		return 0, err
	}
	n++
	if c.path == "" {
		c.n = n
		return n, nil
	}
	return n, os.WriteFile(c.path, []byte(strconv.FormatUint(n, 10)), 0o600)
}

// testClock is a settable clock.
type testClock struct{ t atomic.Int64 }

func newTestClock() *testClock {
	c := &testClock{}
	c.t.Store(testclock.Date(2026, 11, 25, 12).Unix())
	return c
}
func (c *testClock) Now() time.Time          { return time.Unix(c.t.Load(), 0) }
func (c *testClock) Advance(d time.Duration) { c.t.Add(int64(d / time.Second)) }
func (c *testClock) String() string          { return fmt.Sprint(c.Now()) }
