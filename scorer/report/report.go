// Package report holds the data types of the scorer's findings report: the
// JSON the scorer returns and the host stores, whose canonical CBOR hashes to
// the signed findingsHash. It holds no engine code (no heuristics, model
// client or sandbox), so a reader of reports, such as the host's dashboard,
// links only this package. scorer, scorer/heuristics, scorer/model and
// scorer/sandbox name these types through aliases.
package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"

	"github.com/fxamacker/cbor/v2"
)

// Version is the version of the Report format.
const Version = 1

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
	ModelLocality  string      `json:"modelLocality,omitempty"`
	Score          uint8       `json:"score"`
	HeuristicScore uint8       `json:"heuristicScore"`
	ModelScore     uint8       `json:"modelScore"` // meaningful only in ModeModel
	Cap            uint8       `json:"cap"`
	Threshold      uint8       `json:"threshold"`
	Flagged        bool        `json:"flagged"`
	FirstRelease   bool        `json:"firstRelease"`
	FilesAdded     uint64      `json:"filesAdded"`
	FilesChanged   uint64      `json:"filesChanged"`
	FilesRemoved   uint64      `json:"filesRemoved"`
	Findings       []Finding   `json:"findings"`
	Model          *Assessment `json:"model"`
	// BehaviourHash is SHA-256 of the canonical CBOR of Behaviour (hex), present when
	// the scorer ran the sandbox; it is the signed score's behaviourHash, and both are
	// also covered by findingsHash.
	BehaviourHash string           `json:"behaviourHash,omitempty"`
	Behaviour     *BehaviourReport `json:"behaviour,omitempty"`
}

// encMode is RFC 8949 core deterministic CBOR, map keys the JSON field names:
// the encoding findingsHash and behaviourHash are taken over.
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

// FromJSON decodes a JSON report strictly (unknown fields refused), so an auditor
// can recompute findingsHash from the JSON the scorer returned.
func FromJSON(b []byte) (*Report, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var r Report
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("scorer: decode report: %w", err)
	}
	return &r, nil
}

// Severity of a finding.
type Severity string

// Severities, weakest first.
const (
	Info     Severity = "info"
	Low      Severity = "low"
	Medium   Severity = "medium"
	High     Severity = "high"
	Critical Severity = "critical"
)

// Penalty is what one rule at this severity takes off the heuristic score (a rule counts
// once, at the highest severity it fired with, however many lines it matched).
func (s Severity) Penalty() int {
	switch s {
	case Critical:
		return 60
	case High:
		return 30
	case Medium:
		return 12
	case Low:
		return 4
	}
	return 0
}

// Rank orders severities: 0 for Info (or an unknown one) up to 4 for Critical.
func (s Severity) Rank() int {
	switch s {
	case Critical:
		return 4
	case High:
		return 3
	case Medium:
		return 2
	case Low:
		return 1
	}
	return 0
}

// Finding is one rule hit.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Evidence string   `json:"evidence"`
}

// ModelEvent is something that went wrong while the model assessed one part
// of the diff.
type ModelEvent struct {
	Part   int    `json:"part"`
	Kind   string `json:"kind"` // transport, malformed-json, out-of-range, length, invalid-verdict, truncated, context-overflow
	Detail string `json:"detail"`
}

// Assessment is the model's judgement of a whole diff.
type Assessment struct {
	Score     uint8        `json:"score"`   // the worst (lowest) part score; 0 when a part had no usable answer
	Verdict   string       `json:"verdict"` // of the worst part
	Reasons   []string     `json:"reasons"`
	Parts     int          `json:"parts"`
	PartBytes int          `json:"partBytes"` // the split size: it shapes what the model saw, so it is part of findingsHash
	Truncated bool         `json:"truncated"` // part of the diff was never shown to the model
	Usable    bool         `json:"usable"`    // every part got a valid answer
	Events    []ModelEvent `json:"events,omitempty"`
}

// BehaviourReport is the behaviour of a release pair in the sandbox; its
// canonical CBOR hashes to behaviourHash.
type BehaviourReport struct {
	Version  uint64     `json:"version"`
	Method   string     `json:"method"`
	Base     *Behaviour `json:"base"` // nil for a first release
	New      *Behaviour `json:"new"`
	Findings []Finding  `json:"findings"`
}

// Hash is SHA-256 of the report's canonical CBOR (RFC 8949 core deterministic encoding,
// map keys the JSON field names).
func (r *BehaviourReport) Hash() ([32]byte, error) {
	b, err := encMode.Marshal(r)
	if err != nil {
		return [32]byte{}, fmt.Errorf("sandbox: encode report: %w", err)
	}
	return sha256.Sum256(b), nil
}

// Behaviour is what one release did in the sandbox, in both passes.
type Behaviour struct {
	Steps  []StepResult     `json:"steps"`
	Events []BehaviourEvent `json:"events"`
}

// StepResult is how one step of one pass ended.
type StepResult struct {
	Pass    string `json:"pass"`
	Step    string `json:"step"`
	Command string `json:"command"`
	Exit    string `json:"exit"` // "0", "1", "signal SIGKILL", "timeout"
}

// BehaviourEvent is one normalised observation. Paths are written relative to the sandbox's
// fixed places: $PKG (the package), $APP (the project it is installed in), ~ (home).
type BehaviourEvent struct {
	Pass   string `json:"pass"`
	Step   string `json:"step"`
	Kind   string `json:"kind"`
	Detail string `json:"detail"`
}
