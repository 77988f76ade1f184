// Package store keeps the untrusted host's records (package policies, release
// proposals and tarballs, signatures, vetoes, revocations, sealed blobs, scores,
// evidence cache, audit log) in SQLite or PostgreSQL. It runs on the host only.
package store

import (
	"context"
	"crypto/sha512"
	"errors"
	"fmt"
	"time"
)

// Sentinel errors; every error the store returns for a refused write wraps one.
var (
	ErrNotFound = errors.New("not found")
	// ErrConflict: a record with the same key but different content exists.
	ErrConflict = errors.New("conflicting record")
	// ErrStale: a write carries an older version than the stored one.
	ErrStale = errors.New("older version than stored")
)

// Release states the host tracks. The coordinator enclave and the contract
// are the source of truth; these only mirror what they answered.
const (
	StatePending   = "pending"
	StateApproved  = "approved"  // threshold met, waiting for score / veto window
	StatePublished = "published" // coordinator published and signed a receipt
	StateVerified  = "verified"  // anchored on chain
	StateVetoed    = "vetoed"
	StateRejected  = "rejected"
	StateRevoked   = "revoked"
)

// Ended reports whether a release in state takes no further part in the
// flow (anchored, vetoed, rejected or revoked): its tarball can go.
func Ended(state string) bool {
	switch state {
	case StateVerified, StateVetoed, StateRejected, StateRevoked:
		return true
	}
	return false
}

// EvidenceCacheRows bounds the evidence cache per enclave role: however
// many nonces clients ask for, the table keeps the newest this many.
const EvidenceCacheRows = 1000

// Package is the policy cache of one enrolled package.
type Package struct {
	Name        string
	PolicyNonce uint64
	Policy      []byte // JSON of the signed PolicyChange and its signatures
	UpdatedAt   time.Time
}

// Release is one proposal.
type Release struct {
	ID          string // EIP-712 release digest, 0x-hex
	Package     string
	Version     string
	ContentHash string // 0x-hex SHA-256 of the tarball
	Proposal    []byte // JSON of the signed Release message
	State       string
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// Signature is one maintainer's EIP-712 signature over a release.
type Signature struct {
	ReleaseID string
	Signer    string // 0x address, lower case
	Sig       []byte
	CreatedAt time.Time
}

// Veto is one maintainer's signed veto of a pending release.
type Veto struct {
	ReleaseID string
	Signer    string
	Reason    string
	Sig       []byte
	CreatedAt time.Time
}

// Revocation withdraws a published version.
type Revocation struct {
	Package     string
	Version     string
	ContentHash string
	Signer      string
	Reason      string
	Sig         []byte
	CreatedAt   time.Time
}

// SealedBlob is opaque enclave state; only the enclave can open it.
type SealedBlob struct {
	Name      string
	Version   uint64
	Data      []byte
	UpdatedAt time.Time
}

// Score is the scorer enclave's signed verdict on a release and its report.
type Score struct {
	ReleaseID string
	Package   string
	Version   string
	Score     int
	Message   []byte // JSON of the signed wire.Score
	Sig       []byte
	Evidence  []byte // per-score quote
	Report    []byte // JSON findings report
	CreatedAt time.Time
}

// Evidence is a cached enclave evidence document.
type Evidence struct {
	Role      string
	Nonce     string
	Data      []byte
	FetchedAt time.Time
}

// Approval is what Approve leaves: whether the signature was new, and the
// release's state, signatures and vetoes as of its commit.
type Approval struct {
	Created    bool
	State      string
	Signatures []Signature
	Vetoes     []Veto
}

// AuditEntry is one line of the host's append-only audit log. Key makes
// retried appends idempotent.
type AuditEntry struct {
	Seq     int64
	Key     string
	At      time.Time
	Actor   string
	Action  string
	Subject string
	Detail  string
}

// ReleaseFilter selects releases for the pending list and the dashboard.
type ReleaseFilter struct {
	Package string // empty: every package
	State   string // empty: every state
	Limit   int    // 0: 100
}

// Store is what the host persists. Every write is idempotent on its key: a
// retry of the same write succeeds without duplicating, a different write
// under the same key fails with ErrConflict.
type Store interface {
	PutPackage(ctx context.Context, p Package) error
	GetPackage(ctx context.Context, name string) (Package, error)
	ListPackages(ctx context.Context) ([]Package, error)

	PutTarball(ctx context.Context, contentHash string, data []byte) error
	GetTarball(ctx context.Context, contentHash string) ([]byte, error)
	// PruneTarballs deletes tarballs stored before cutoff that no release
	// names (uploads never proposed) and reports how many it deleted.
	// Tarballs of vetoed and rejected releases are deleted by
	// SetReleaseState; published ones stay (the next release's diff base).
	PruneTarballs(ctx context.Context, cutoff time.Time) (int, error)

	// CreateRelease stores r; created is false when the same release existed.
	CreateRelease(ctx context.Context, r Release) (created bool, err error)
	GetRelease(ctx context.Context, id string) (Release, error)
	// SetReleaseState moves a release to state; when the release ends
	// (Ended) its tarball is deleted unless an open release names it too.
	SetReleaseState(ctx context.Context, id, state string) error
	// MoveReleaseState moves a release from one state to another only if it
	// is still in from (compare-and-set, safe between replicas); moved is
	// false when it was not.
	MoveReleaseState(ctx context.Context, id, from, to string) (moved bool, err error)
	ListReleases(ctx context.Context, f ReleaseFilter) ([]Release, error)

	AddSignature(ctx context.Context, s Signature) (created bool, err error)
	ListSignatures(ctx context.Context, releaseID string) ([]Signature, error)
	// Approve is the API's approval in one transaction (one commit, where
	// AddSignature, Audit and MoveReleaseState took three): it adds s and
	// the audit entry a, and moves the release from pending to approved when
	// it then has threshold or more signatures that count (those whose
	// signer is in counting, compared case-insensitively; nil counts every
	// signer: a proposer's signature opens a release but never counts) and
	// no veto. The release row
	// is locked for the transaction, so of concurrent approvals the last to
	// commit sees all signatures. It returns the release's state,
	// signatures and vetoes as of the commit.
	Approve(ctx context.Context, s Signature, a AuditEntry, threshold int, counting []string) (Approval, error)

	AddVeto(ctx context.Context, v Veto) (created bool, err error)
	ListVetoes(ctx context.Context, releaseID string) ([]Veto, error)

	AddRevocation(ctx context.Context, r Revocation) (created bool, err error)
	ListRevocations(ctx context.Context, pkg string, limit int) ([]Revocation, error)

	// PutSealed stores b unless a newer version is stored (ErrStale).
	PutSealed(ctx context.Context, b SealedBlob) error
	GetSealed(ctx context.Context, name string) (SealedBlob, error)

	PutScore(ctx context.Context, s Score) error
	GetScore(ctx context.Context, releaseID string) (Score, error)
	ListScores(ctx context.Context, pkg string, limit int) ([]Score, error)

	// PutEvidence caches e, keeping the newest EvidenceCacheRows per role.
	PutEvidence(ctx context.Context, e Evidence) error
	GetEvidence(ctx context.Context, role, nonce string) (Evidence, error)

	Audit(ctx context.Context, e AuditEntry) error
	ListAudit(ctx context.Context, afterSeq int64, limit int) ([]AuditEntry, error)

	Ping(ctx context.Context) error
	Close() error
}

// Open opens the store a DSN names and brings its schema up to date:
// "postgres://..." or "postgresql://..." selects PostgreSQL (pgx), anything
// else is a SQLite file path or "file:" URI.
func Open(ctx context.Context, dsn string) (Store, error) { return OpenWith(ctx, dsn) }

func limitOr(n, def int) int {
	if n <= 0 || n > 1000 {
		return def
	}
	return n
}

func notFound(what, key string) error { return fmt.Errorf("%s %q: %w", what, key, ErrNotFound) }

// TarballIntegrity is the SHA-512 of the tarball stored under contentHash:
// the integrity by which a Revoke names a release (what revoke() checks on
// chain). ErrNotFound when this host holds no such tarball.
func TarballIntegrity(ctx context.Context, st Store, contentHash string) ([]byte, error) {
	tgz, err := st.GetTarball(ctx, contentHash)
	if err != nil {
		return nil, err
	}
	sum := sha512.Sum512(tgz)
	return sum[:], nil
}
