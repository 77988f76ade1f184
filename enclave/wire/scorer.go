package wire

// The scorer protocol: the untrusted host asks the scorer enclave for scores over a
// stream (loopback TCP or a unix socket). Every message is one frame: a 4-byte
// big-endian length, then the canonical CBOR (RFC 8949 core deterministic encoding)
// of a ScorerRequest or ScorerResponse. Decoding is strict: unknown fields, duplicate
// keys, indefinite lengths and tags are refused, and frames are bounded.

import (
	"errors"
	"fmt"
	"io"

	"github.com/vouchpm/vouch/attestation"
)

// ScorerProtocolVersion is the version of the scorer frames.
const ScorerProtocolVersion = 1

// MaxScorerFrame bounds one frame: two tarballs at the scorer's 64 MiB compressed limit
// plus headroom.
const MaxScorerFrame = 130 << 20

// Scorer operations.
const (
	ScorerOpInfo  = "info"
	ScorerOpScore = "score"
)

// ErrScorerFrame means a frame is too large, truncated or not canonical CBOR.
var ErrScorerFrame = errors.New("scorer protocol: bad frame")

// ScorerRequest is what the host sends.
type ScorerRequest struct {
	Version uint64                `cbor:"version"`
	Op      string                `cbor:"op"`
	Score   *ScoreTarballsRequest `cbor:"score,omitempty"`
}

// ScoreTarballsRequest asks for the score of NewTarball against BaseTarball (empty for a first
// release). The enclave recomputes both hashes itself.
type ScoreTarballsRequest struct {
	PackageName string `cbor:"packageName"`
	Version     string `cbor:"version"`
	BaseTarball []byte `cbor:"baseTarball"`
	NewTarball  []byte `cbor:"newTarball"`
}

// ScorerResponse is what the enclave answers; exactly one of Error, Info, Score is set.
type ScorerResponse struct {
	Version uint64       `cbor:"version"`
	Error   string       `cbor:"error,omitempty"`
	Info    *ScorerInfo  `cbor:"info,omitempty"`
	Score   *ScoreResult `cbor:"score,omitempty"`
}

// ScorerInfo describes the running scorer.
type ScorerInfo struct {
	Address      []byte `cbor:"address"`  // 20-byte address of the enclave's secp256k1 key
	Evidence     []byte `cbor:"evidence"` // attestation.Evidence (role scorer, modelDigest = modelHash); empty when unattested
	Platform     string `cbor:"platform"` // "" when unattested
	ModelName    string `cbor:"modelName"`
	ModelHash    []byte `cbor:"modelHash"` // 32 bytes, zero when heuristics-only
	Mode         string `cbor:"mode"`      // "heuristics-only" or "model+heuristics"
	InputVersion uint64 `cbor:"inputVersion"`
	ChainID      uint64 `cbor:"chainId"`
	Registry     []byte `cbor:"registry"`
}

// ScoreResult is a signed score with its report and per-score quote.
type ScoreResult struct {
	Score     Score  `cbor:"scoreRecord"`
	Digest    []byte `cbor:"digest"`    // EIP-712 digest of Score
	Signature []byte `cbor:"signature"` // 65 bytes r||s||v, v in {27, 28}
	Report    []byte `cbor:"report"`    // JSON report; SHA-256 of its canonical CBOR is Score.FindingsHash
	Platform  string `cbor:"platform"`  // per-score quote platform; "" when unattested
	Quote     []byte `cbor:"quote"`     // report data = Digest
	Aux       []byte `cbor:"aux"`
}

// MarshalScorer encodes a scorer message canonically.
func MarshalScorer(v any) ([]byte, error) { return attestation.NewCodec().Marshal(v) }

// UnmarshalScorer decodes a scorer message strictly and refuses non-canonical input.
func UnmarshalScorer(data []byte, v any) error {
	if err := attestation.NewCodec().Unmarshal(data, v); err != nil {
		return fmt.Errorf("%w: %w", ErrScorerFrame, err)
	}
	return nil
}

// WriteScorerFrame writes v as one frame (the framing of stream.go).
func WriteScorerFrame(w io.Writer, v any) error {
	b, err := MarshalScorer(v)
	if err != nil {
		return fmt.Errorf("scorer protocol: encode: %w", err)
	}
	if len(b) > MaxScorerFrame {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrScorerFrame, len(b), MaxScorerFrame)
	}
	if err := WriteFrame(w, b); err != nil {
		return fmt.Errorf("scorer protocol: %w", err)
	}
	return nil
}

// ReadScorerFrame reads one frame into v; io.EOF means the peer closed between frames.
func ReadScorerFrame(r io.Reader, v any) error {
	buf, err := ReadFrame(r, MaxScorerFrame)
	if err == io.EOF {
		return io.EOF
	}
	if err != nil {
		return fmt.Errorf("%w: %w", ErrScorerFrame, err)
	}
	return UnmarshalScorer(buf, v)
}
