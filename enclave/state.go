package enclave

import (
	"context"
	"crypto/sha256"
	"fmt"
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation"
)

// stateVersion is the version of the sealed state format.
const stateVersion = 1

// sealedState is everything a restarted coordinator needs. The host stores
// the sealed blob; only this enclave on this platform can open it.
type sealedState struct {
	Version  uint64       `cbor:"v"`
	Counter  uint64       `cbor:"counter"` // the Counter value it was sealed at
	Config   [32]byte     `cbor:"config"`  // digest of the measured configuration
	Key      []byte       `cbor:"key"`     // the enclave's signing key, so its address survives restarts
	Releases []*release   `cbor:"releases"`
	Tokens   []tokenEntry `cbor:"tokens"`
}

// SealState increments the rollback counter and seals the whole state at the
// new value. The host must store the blob before it acts on the response
// that carried it: the enclave refuses every older blob from then on.
func (c *Coordinator) SealState() ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n, err := c.deps.Counter.Increment()
	if err != nil {
		return nil, fmt.Errorf("incrementing the state counter: %w", err)
	}
	st := sealedState{Version: stateVersion, Counter: n, Config: c.cfg.Digest(), Key: crypto.FromECDSA(c.deps.Key)}
	for _, d := range c.order {
		st.Releases = append(st.Releases, c.releases[d])
	}
	for _, name := range slices.Sorted(maps.Keys(c.tokens)) {
		st.Tokens = append(st.Tokens, c.tokens[name])
	}
	raw, err := attestation.NewCodec().Marshal(st)
	if err != nil {
		return nil, fmt.Errorf("encoding the state: %w", err)
	}
	sealed, err := c.deps.Sealer.Seal(raw)
	clear(raw)
	if err != nil {
		return nil, fmt.Errorf("sealing the state: %w", err)
	}
	return sealed, nil
}

// LoadState replaces the in-memory state with a sealed blob, refusing one
// that is not the newest this enclave sealed (rollback) or that belongs to
// another configuration.
func (c *Coordinator) LoadState(_ context.Context, blob []byte) error {
	raw, err := c.deps.Sealer.Unseal(blob)
	if err != nil {
		return fmt.Errorf("%w: unsealing: %v", ErrBadState, err)
	}
	var st sealedState
	err = attestation.NewCodec().Unmarshal(raw, &st)
	clear(raw)
	if err != nil {
		return fmt.Errorf("%w: decoding: %v", ErrBadState, err)
	}
	if st.Version != stateVersion {
		return fmt.Errorf("%w: state version %d, want %d", ErrBadState, st.Version, stateVersion)
	}
	if st.Config != c.cfg.Digest() {
		return fmt.Errorf("%w: sealed under another configuration", ErrBadState)
	}
	cur, err := c.deps.Counter.Read()
	if err != nil {
		return fmt.Errorf("reading the state counter: %w", err)
	}
	if st.Counter != cur {
		return fmt.Errorf("%w: blob was sealed at counter %d, the counter is at %d", ErrStaleState, st.Counter, cur)
	}
	key, err := crypto.ToECDSA(st.Key)
	if err != nil {
		return fmt.Errorf("%w: sealed key: %v", ErrBadState, err)
	}
	releases := make(map[[32]byte]*release, len(st.Releases))
	order := make([][32]byte, 0, len(st.Releases))
	for _, r := range st.Releases {
		if r == nil || sha256.Sum256(r.Tarball) != r.Release.ContentHash {
			return fmt.Errorf("%w: a release does not match its tarball", ErrBadState)
		}
		releases[r.Digest] = r
		order = append(order, r.Digest)
	}
	tokens := make(map[string]tokenEntry, len(st.Tokens))
	for _, t := range st.Tokens {
		tokens[t.Package] = t
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.deps.Key, c.releases, c.order, c.tokens = key, releases, order, tokens
	return nil
}
