package attestation

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
)

// ErrRollback: a versioned blob older than the newest committed.
var ErrRollback = errors.New("sealed state rolled back")

// Counter is a monotonic counter the host cannot roll back: a TPM NV
// counter, or one in enclave memory that lives as long as the enclave run.
type Counter interface {
	Read() (uint64, error)
	Increment() (uint64, error)
}

// VersionedSealer seals version||payload with Sealer, refusing on unseal any
// blob older than Counter, and is the one rollback rule of every platform.
//
// A blob is sealed at one past the counter, and the counter moves to a
// blob's version only once that blob is committed: by the next SealVersioned
// (the host stored the blob before it asked for more work) or by unsealing
// it. A crash between sealing and the host storing the blob thus leaves the
// counter at the version the host holds, not one past it: the state is not
// lost. What the host gains is the choice between the newest committed blob
// and the one handed out after it, which is no more than not delivering the
// request that made the latter. Use it by pointer; Sealer and Counter must
// not take a lock their caller holds.
type VersionedSealer struct {
	Sealer  Sealer
	Counter Counter
	mu      sync.Mutex
	pending bool // a blob one past the counter was handed out
}

// SealVersioned commits the previous seal, if any, and seals payload at one
// past the counter, returning that version.
func (s *VersionedSealer) SealVersioned(payload []byte) ([]byte, uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pending {
		if _, err := s.Counter.Increment(); err != nil {
			return nil, 0, fmt.Errorf("committing the previous state: %w", err)
		}
		s.pending = false
	}
	cur, err := s.Counter.Read()
	if err != nil {
		return nil, 0, fmt.Errorf("reading the rollback counter: %w", err)
	}
	v := cur + 1
	buf := binary.BigEndian.AppendUint64(make([]byte, 0, 8+len(payload)), v)
	sealed, err := s.Sealer.Seal(append(buf, payload...))
	clear(buf)
	if err != nil {
		return nil, 0, err
	}
	s.pending = true
	return sealed, v, nil
}

// UnsealVersioned opens a blob and refuses it (ErrRollback) when it is older
// than the counter; one a version past the counter is committed.
func (s *VersionedSealer) UnsealVersioned(sealed []byte) ([]byte, uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	raw, err := s.Sealer.Unseal(sealed)
	if err != nil {
		return nil, 0, err
	}
	if len(raw) < 8 {
		return nil, 0, errors.New("versioned blob too short")
	}
	v := binary.BigEndian.Uint64(raw)
	cur, err := s.Counter.Read()
	if err != nil {
		return nil, 0, fmt.Errorf("reading the rollback counter: %w", err)
	}
	switch v {
	case cur:
	case cur + 1:
		if _, err := s.Counter.Increment(); err != nil {
			return nil, 0, fmt.Errorf("committing the state: %w", err)
		}
	default:
		clear(raw)
		return nil, v, fmt.Errorf("%w: blob is version %d, newest committed is %d", ErrRollback, v, cur)
	}
	s.pending = false
	return raw[8:], v, nil
}
