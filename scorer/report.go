package scorer

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"

	"github.com/fxamacker/cbor/v2"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/model"
	"github.com/vouchpm/vouch/scorer/sandbox"
)

// InputVersion is scorerInputVersion: bump it when the diff or the rendering the model
// sees changes meaning.
const InputVersion = 1

// ReportVersion is the version of the Report format.
const ReportVersion = 1

// Modes of a score.
const (
	ModeHeuristicsOnly = "heuristics-only"
	ModeModel          = "model+heuristics"
)

// Report is everything behind a score. Its canonical CBOR hashes to findingsHash.
type Report struct {
	Version         uint64 `json:"version"`
	PackageName     string `json:"packageName"`
	PackageVersion  string `json:"packageVersion"`
	Integrity       string `json:"integrity"`
	ContentHash     string `json:"contentHash"`     // hex
	BaseContentHash string `json:"baseContentHash"` // hex; zeros for a first release
	InputHash       string `json:"inputHash"`
	Mode            string `json:"mode"`
	ModelName       string `json:"modelName"`
	ModelHash       string `json:"modelHash"` // hex; zeros when heuristics-only
	// ModelLocality says where the model ran: model.LocalityLoopback (ollama inside the
	// scorer's machine, weights hashed by the scorer) or model.LocalityRemoteUnsafe;
	// empty when heuristics-only (and then absent from the encoding).
	ModelLocality  string               `json:"modelLocality,omitempty"`
	Score          uint8                `json:"score"`
	HeuristicScore uint8                `json:"heuristicScore"`
	ModelScore     uint8                `json:"modelScore"` // meaningful only in ModeModel
	Cap            uint8                `json:"cap"`
	Threshold      uint8                `json:"threshold"`
	Flagged        bool                 `json:"flagged"`
	FirstRelease   bool                 `json:"firstRelease"`
	FilesAdded     uint64               `json:"filesAdded"`
	FilesChanged   uint64               `json:"filesChanged"`
	FilesRemoved   uint64               `json:"filesRemoved"`
	Findings       []heuristics.Finding `json:"findings"`
	Model          *model.Assessment    `json:"model"`
	// BehaviourHash is SHA-256 of the canonical CBOR of Behaviour (hex), present when
	// the scorer ran the sandbox; it is the signed score's behaviourHash, and both are
	// also covered by findingsHash.
	BehaviourHash string          `json:"behaviourHash,omitempty"`
	Behaviour     *sandbox.Report `json:"behaviour,omitempty"`
}

var encMode = func() cbor.EncMode {
	em, err := cbor.CoreDetEncOptions().EncMode()
	if err != nil {
		panic(err)
	}
	return em
}()

// CanonicalCBOR returns the report's canonical encoding.
func (r *Report) CanonicalCBOR() ([]byte, error) {
	b, err := encMode.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("scorer: encode report: %w", err)
	}
	return b, nil
}

// FindingsHash is SHA-256 of the report's canonical CBOR.
func (r *Report) FindingsHash() ([32]byte, error) {
	b, err := r.CanonicalCBOR()
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(b), nil
}

// ReportFromJSON decodes a JSON report strictly (unknown fields refused), so an auditor
// can recompute findingsHash from the JSON the scorer returned.
func ReportFromJSON(b []byte) (*Report, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var r Report
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("scorer: decode report: %w", err)
	}
	return &r, nil
}

type inputRecord struct {
	BaseContentHash    []byte `cbor:"baseContentHash"`
	NewContentHash     []byte `cbor:"newContentHash"`
	ScorerInputVersion uint64 `cbor:"scorerInputVersion"`
}

// InputHash is SHA-256(canonical CBOR {baseContentHash, newContentHash, scorerInputVersion});
// baseContentHash is 32 zero bytes for a first release.
func InputHash(base, newHash [32]byte) [32]byte {
	b, err := encMode.Marshal(inputRecord{BaseContentHash: base[:], NewContentHash: newHash[:], ScorerInputVersion: InputVersion})
	if err != nil {
		panic(fmt.Sprintf("scorer: encode input record: %v", err)) // fixed-shape struct: cannot fail
	}
	return sha256.Sum256(b)
}
