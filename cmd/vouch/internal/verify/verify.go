// Package verify classifies installed packages against the vouch registry on
// chain: verified, unsigned, MISMATCH, revoked, low-score, score-unattested.
// It runs on the user's machine (installers, CI) and needs no vouch host.
package verify

import (
	"bytes"
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
)

// Status of one package.
type Status string

// The statuses, as printed.
const (
	Verified        Status = "verified"
	Unsigned        Status = "unsigned"
	Mismatch        Status = "MISMATCH"
	Revoked         Status = "revoked"
	LowScore        Status = "low-score"
	ScoreUnattested Status = "score-unattested"
)

// Record is what the chain says about one package version.
type Record struct {
	Enrolled      bool     // the package is enrolled in vouch
	MinScore      uint8    // the package's minimum score policy
	Exists        bool     // this version is recorded
	IntegrityHash [32]byte // keccak256 of the raw sha512 integrity
	SignerCount   uint8
	Signers       []string // filled when the source can tell (events)
	Timestamp     uint64
	Score         uint8
	HasScore      bool
	Revoked       bool
}

// Source reads records for many packages in as few round trips as it can.
type Source interface {
	Records(ctx context.Context, entries []lockfile.Entry) ([]Record, error)
}

// Options tune the classification.
type Options struct {
	Strict   bool  // unsigned packages are errors
	MinScore uint8 // a floor above each package's own policy
}

// Result is the verdict on one entry.
type Result struct {
	Name              string   `json:"name"`
	Version           string   `json:"version"`
	Path              string   `json:"path"`
	Status            Status   `json:"status"`
	Error             bool     `json:"error"` // counts as a finding for the exit code
	Reason            string   `json:"reason"`
	ExpectedIntegrity string   `json:"expectedIntegrityKeccak,omitempty"`
	ActualIntegrity   string   `json:"actualIntegrity,omitempty"`
	Score             *uint8   `json:"score,omitempty"`
	SignerCount       uint8    `json:"signerCount,omitempty"`
	Signers           []string `json:"signers,omitempty"`
}

// Classify returns one result per entry, in the same order.
func Classify(entries []lockfile.Entry, records []Record, opt Options) ([]Result, error) {
	if len(entries) != len(records) {
		return nil, fmt.Errorf("source answered %d records for %d packages", len(records), len(entries))
	}
	out := make([]Result, len(entries))
	for i, e := range entries {
		out[i] = classify(e, records[i], opt)
	}
	return out, nil
}

func classify(e lockfile.Entry, r Record, opt Options) Result {
	res := Result{Name: e.Name, Version: e.Version, Path: e.Path, ActualIntegrity: e.Integrity}
	switch {
	case !r.Enrolled:
		res.Status, res.Error = Unsigned, opt.Strict
		res.Reason = "not enrolled in vouch"
		return res
	case !r.Exists:
		// An enrolled package whose version was never signed was published
		// outside vouch: exactly what a stolen npm token looks like.
		res.Status, res.Error = Unsigned, true
		res.Reason = "package is enrolled in vouch but this version was never signed by its maintainers"
		return res
	}
	res.SignerCount, res.Signers = r.SignerCount, r.Signers
	res.ExpectedIntegrity = fmt.Sprintf("0x%x", r.IntegrityHash)
	digest, ok := e.SHA512()
	if !ok {
		res.Status, res.Error = Mismatch, true
		res.Reason = "lockfile has no sha512 integrity to compare with the signed release"
		return res
	}
	if got := crypto.Keccak256Hash(digest); !bytes.Equal(got[:], r.IntegrityHash[:]) {
		res.Status, res.Error = Mismatch, true
		res.Reason = fmt.Sprintf("lockfile integrity %s is not the signed release (keccak256 0x%x expected, 0x%x found)", e.Integrity, r.IntegrityHash, got)
		return res
	}
	if r.Revoked {
		res.Status, res.Error = Revoked, true
		res.Reason = "the maintainers revoked this release"
		return res
	}
	if !r.HasScore {
		res.Status, res.Error = ScoreUnattested, opt.Strict
		res.Reason = "signed, but no attested score is recorded"
		return res
	}
	s := r.Score
	res.Score = &s
	floor := max(r.MinScore, opt.MinScore)
	if s < floor {
		res.Status, res.Error = LowScore, true
		res.Reason = fmt.Sprintf("score %d is below the minimum %d", s, floor)
		return res
	}
	res.Status = Verified
	res.Reason = fmt.Sprintf("signed by %d maintainers, score %d", r.SignerCount, s)
	return res
}

// Summary counts results by status; Findings counts errors.
type Summary struct {
	Total    int            `json:"total"`
	ByStatus map[Status]int `json:"byStatus"`
	Findings int            `json:"findings"`
}

// Summarize counts results.
func Summarize(results []Result) Summary {
	s := Summary{Total: len(results), ByStatus: map[Status]int{}}
	for _, r := range results {
		s.ByStatus[r.Status]++
		if r.Error {
			s.Findings++
		}
	}
	return s
}
