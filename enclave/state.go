package enclave

import (
	"context"
	"crypto/sha256"
	"errors"
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
	Config   [32]byte     `cbor:"config"` // digest of the measured configuration
	Key      []byte       `cbor:"key"`    // the enclave's signing key, so its address survives restarts
	Releases []*release   `cbor:"releases"`
	Tokens   []tokenEntry `cbor:"tokens"`
}

// SealState seals the whole state at one past the rollback counter. The
// host must store the blob before it sends the next request that seals: that
// seal commits this blob (moves the counter to it), and from then on every
// older blob is refused. Until then the host may hand back this blob or the
// one before it (a crash between sealing and storing loses nothing), which
// is no more than not delivering the request that led to this one.
func (c *Coordinator) SealState() ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	st := sealedState{Version: stateVersion, Config: c.cfg.Digest(), Key: crypto.FromECDSA(c.deps.Key)}
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
	sealed, _, err := c.deps.StateSealer.SealVersioned(raw)
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
	raw, _, err := c.deps.StateSealer.UnsealVersioned(blob)
	if errors.Is(err, ErrRollback) {
		return fmt.Errorf("%w: %v", ErrStaleState, err)
	}
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

// ErrRollback is what a state sealer returns for a blob older than the
// newest committed: attestation.ErrRollback, which every platform's
// versioned sealer (attestation.VersionedSealer) returns.
var ErrRollback = attestation.ErrRollback

// PlatformStateSealer adapts a platform's versioned sealer whose rollback
// error is its own: IsRollback recognises it, and the adapter reports it as
// ErrRollback.
type PlatformStateSealer struct {
	StateSealer
	IsRollback func(error) bool
}

// UnsealVersioned opens a blob, reporting the platform's rollback refusal as ErrRollback.
func (p PlatformStateSealer) UnsealVersioned(sealed []byte) ([]byte, uint64, error) {
	pt, v, err := p.StateSealer.UnsealVersioned(sealed)
	if err != nil && !errors.Is(err, ErrRollback) && p.IsRollback(err) {
		return nil, v, fmt.Errorf("%w: %v", ErrRollback, err)
	}
	return pt, v, err
}

// CounterSealer makes a StateSealer from a Sealer and a Counter by the rule
// every platform shares (attestation.VersionedSealer). Use it by pointer.
type CounterSealer = attestation.VersionedSealer
