// Package verify classifies installed packages against the vouch registry on
// chain, one status each (see Status). It runs on the user's machine
// (installers, CI) and needs no vouch host.
package verify

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
)

// Status of one package. Each says one thing.
type Status string

// The statuses, as printed.
const (
	Verified        Status = "verified"          // integrity equals the signed release, score at or above the minimum
	NotEnrolled     Status = "not-enrolled"      // the package is not in vouch (warning; failure under --strict)
	PreEnrollment   Status = "pre-enrollment"    // published before the package enrolled (warning; failure under --strict)
	Unsigned        Status = "unsigned"          // enrolled, and this version was never signed (failure)
	Mismatch        Status = "mismatch"          // the bytes differ from the signed release (failure)
	Revoked         Status = "revoked"           // the maintainers revoked the release (failure)
	Downgrade       Status = "downgrade"         // verified before (baseline), not now (failure)
	NotFromRegistry Status = "not-from-registry" // git, remote tarball or file link (warning; failure under --strict)
	LowScore        Status = "low-score"         // attested score below the minimum (failure)
	ScoreUnattested Status = "score-unattested"  // signed, but no attested score (warning; failure under --strict)
)

// Statuses lists every status in the order summaries print them.
func Statuses() []Status {
	return []Status{Mismatch, Unsigned, Revoked, Downgrade, LowScore, NotFromRegistry, PreEnrollment, ScoreUnattested, NotEnrolled, Verified}
}

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
	// EnrolledAt is when the package enrolled (zero: unknown); PublishedAt
	// is when this version reached the npm registry (zero: unknown). Both
	// are only looked up for enrolled packages' unsigned versions.
	EnrolledAt  time.Time
	PublishedAt time.Time
}

// Source reads records for many packages in as few round trips as it can.
type Source interface {
	Records(ctx context.Context, entries []lockfile.Entry) ([]Record, error)
}

// Options tune the classification.
type Options struct {
	Strict   bool      // warnings (not-enrolled, pre-enrollment, not-from-registry, score-unattested) are failures
	MinScore uint8     // a floor above each package's own policy
	Baseline *Baseline // packages that verified before; nil: no downgrade check
}

// Result is the verdict on one entry.
type Result struct {
	Name              string   `json:"name"`
	Version           string   `json:"version"`
	Path              string   `json:"path"`
	Status            Status   `json:"status"`
	Error             bool     `json:"error"` // a failure: counts for the exit code
	Reason            string   `json:"reason"`
	Source            string   `json:"source,omitempty"`   // where the bytes come from when not a registry
	Resolved          string   `json:"resolved,omitempty"` // git URL, tarball URL or file path
	ExpectedIntegrity string   `json:"expectedIntegrityKeccak,omitempty"`
	ActualIntegrity   string   `json:"actualIntegrity,omitempty"`
	Score             *uint8   `json:"score,omitempty"`
	SignerCount       uint8    `json:"signerCount,omitempty"`
	Signers           []string `json:"signers,omitempty"`
	GitSha            string   `json:"gitSha,omitempty"`          // the commit the signed release was built from
	CIRunURL          string   `json:"ciRunUrl,omitempty"`        // the CI run that built it
	BaselineVersion   string   `json:"baselineVersion,omitempty"` // the version that verified before (downgrade)
}

// Warning reports whether the result needs attention without failing.
func (r Result) Warning() bool { return !r.Error && r.Status != Verified }

// Classify returns one result per entry, in the same order.
func Classify(entries []lockfile.Entry, records []Record, opt Options) ([]Result, error) {
	if len(entries) != len(records) {
		return nil, fmt.Errorf("source answered %d records for %d packages", len(records), len(entries))
	}
	out := make([]Result, len(entries))
	for i, e := range entries {
		out[i] = classify(e, records[i], opt)
		if opt.Baseline != nil {
			out[i] = opt.Baseline.check(out[i])
		}
	}
	return out, nil
}

// PublishedBeforeEnrollment decides pre-enrollment: a version published
// before its package enrolled could not have been signed. Both times must be
// known; an unknown time is never taken as "before". The one place the rule
// lives, so that a chain-side enrollment block can replace the event log.
func PublishedBeforeEnrollment(publishedAt, enrolledAt time.Time) bool {
	return !publishedAt.IsZero() && !enrolledAt.IsZero() && publishedAt.Before(enrolledAt)
}

func classify(e lockfile.Entry, r Record, opt Options) Result {
	res := Result{Name: e.Name, Version: e.Version, Path: e.Path, ActualIntegrity: e.Integrity}
	if e.Source != "" && e.Source != lockfile.Registry {
		res.Status, res.Error = NotFromRegistry, opt.Strict
		res.Source, res.Resolved = string(e.Source), e.Resolved
		res.Reason = fmt.Sprintf("installed from %s %s, not from a registry: no signed release can cover it", e.Source, e.Resolved)
		return res
	}
	switch {
	case !r.Enrolled:
		res.Status, res.Error = NotEnrolled, opt.Strict
		res.Reason = "not enrolled in vouch"
		return res
	case !r.Exists && PublishedBeforeEnrollment(r.PublishedAt, r.EnrolledAt):
		res.Status, res.Error = PreEnrollment, opt.Strict
		res.Reason = fmt.Sprintf("published %s, before the package enrolled in vouch (%s): never signed", r.PublishedAt.UTC().Format(time.DateOnly), r.EnrolledAt.UTC().Format(time.DateOnly))
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
		if e.Note != "" {
			res.Reason += " (" + e.Note + ")"
		}
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

// Summary counts results by status; Findings counts failures, Warnings the rest that are not verified.
type Summary struct {
	Total    int            `json:"total"`
	ByStatus map[Status]int `json:"byStatus"`
	Findings int            `json:"findings"`
	Warnings int            `json:"warnings"`
}

// Summarize counts results.
func Summarize(results []Result) Summary {
	s := Summary{Total: len(results), ByStatus: map[Status]int{}}
	for _, r := range results {
		s.ByStatus[r.Status]++
		switch {
		case r.Error:
			s.Findings++
		case r.Warning():
			s.Warnings++
		}
	}
	return s
}
