package scorer

import (
	"crypto/sha256"
	"fmt"

	"github.com/fxamacker/cbor/v2"
	"github.com/vouchpm/vouch/scorer/report"
)

// InputVersion is scorerInputVersion: bump it when the diff or the rendering the model
// sees changes meaning.
const InputVersion = 1

// ReportVersion is the version of the Report format.
const ReportVersion = report.Version

// Modes of a score.
const (
	ModeHeuristicsOnly = report.ModeHeuristicsOnly
	ModeModel          = report.ModeModel
)

// Report is everything behind a score. Its canonical CBOR hashes to findingsHash
// (Report.FindingsHash).
type Report = report.Report

// encMode is the canonical CBOR the input record is hashed in (the same as the report's).
var encMode = func() cbor.EncMode {
	em, err := cbor.CoreDetEncOptions().EncMode()
	if err != nil {
		panic(err)
	}
	return em
}()

// ReportFromJSON decodes a JSON report strictly (unknown fields refused), so an auditor
// can recompute findingsHash from the JSON the scorer returned.
func ReportFromJSON(b []byte) (*Report, error) { return report.FromJSON(b) }

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
