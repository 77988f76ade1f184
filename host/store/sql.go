package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver
)

// dialect holds what differs between SQLite and PostgreSQL.
type dialect struct {
	postgres bool
}

func (d dialect) ddl(stmt string) string {
	blob, serial := "BLOB", "INTEGER PRIMARY KEY AUTOINCREMENT"
	if d.postgres {
		blob, serial = "BYTEA", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
	}
	return strings.NewReplacer("{{blob}}", blob, "{{serial}}", serial).Replace(stmt)
}

// sqlStore implements Store on database/sql for both databases. Queries are
// written with ? placeholders and rebound to $n for PostgreSQL.
type sqlStore struct {
	db  *sql.DB
	d   dialect
	now func() time.Time

	stmtMu sync.Mutex
	stmts  map[string]*sql.Stmt // prepared once; closed with the store
}

// Option configures a store.
type Option func(*sqlStore)

// WithClock sets the clock that stamps records (default time.Now).
func WithClock(now func() time.Time) Option { return func(s *sqlStore) { s.now = now } }

// OpenWith is Open with options.
func OpenWith(ctx context.Context, dsn string, opts ...Option) (Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return openPostgres(ctx, dsn, opts...)
	}
	return openSQLite(ctx, dsn, opts...)
}

func openSQLite(ctx context.Context, dsn string, opts ...Option) (Store, error) {
	if dsn == "" {
		return nil, fmt.Errorf("open sqlite: empty path")
	}
	uri := dsn
	if !strings.HasPrefix(uri, "file:") {
		uri = "file:" + (&url.URL{Path: dsn}).EscapedPath()
	}
	sep := "?"
	if strings.Contains(uri, "?") {
		sep = "&"
	}
	uri += sep + "_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", uri)
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", dsn, err)
	}
	// One writer at a time is all SQLite allows; a single connection queues
	// requests in Go instead of in busy-wait sleeps, which cut p99 latency.
	db.SetMaxOpenConns(1)
	return finishOpen(ctx, db, dialect{}, "sqlite "+dsn, opts)
}

func openPostgres(ctx context.Context, dsn string, opts ...Option) (Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	// Keep as many connections idle as may be open: database/sql keeps 2
	// by default, so under 3 or more concurrent requests it closed and
	// reopened connections all the time, and PostgreSQL forks a backend
	// (and vouch re-prepares its statements) for each new one. That churn,
	// not the queries, was most of the CPU of an approval.
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return finishOpen(ctx, db, dialect{postgres: true}, "postgres", opts)
}

func finishOpen(ctx context.Context, db *sql.DB, d dialect, what string, opts []Option) (Store, error) {
	s := &sqlStore{db: db, d: d, now: time.Now, stmts: map[string]*sql.Stmt{}}
	for _, o := range opts {
		o(s)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", what, err)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", what, err)
	}
	return s, nil
}

// q rebinds ? placeholders to $1, $2, ... for PostgreSQL.
func (s *sqlStore) q(query string) string { return Rebind(s.d.postgres, query) }

// Rebind turns the ? placeholders of query into $1, $2, ... when postgres
// is set: vouch's SQL is written once, with ?, for SQLite and PostgreSQL
// (the chain outbox uses it too).
func Rebind(postgres bool, query string) string {
	if !postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, c := range query {
		if c == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

func (s *sqlStore) exec(ctx context.Context, query string, args ...any) (int64, error) {
	st, err := s.prepare(ctx, query)
	if err != nil {
		return 0, err
	}
	res, err := st.ExecContext(ctx, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// maxPrepared bounds the statement cache; queries past it are prepared
// for one use (the store's queries are a few dozen shapes).
const maxPrepared = 256

// prepare returns the prepared statement of query (rebound), preparing it
// once per store: parsing SQL was a sixth of the API's CPU on SQLite.
func (s *sqlStore) prepare(ctx context.Context, query string) (*sql.Stmt, error) {
	s.stmtMu.Lock()
	defer s.stmtMu.Unlock()
	if st, ok := s.stmts[query]; ok {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, s.q(query))
	if err != nil {
		return nil, err
	}
	if len(s.stmts) < maxPrepared {
		s.stmts[query] = st
	}
	return st, nil
}

// queryRow runs a one-row query through the statement cache. A statement
// that could not be prepared yields its error at Scan.
func (s *sqlStore) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := s.prepare(ctx, query)
	if err != nil {
		return s.db.QueryRowContext(ctx, s.q(query), args...)
	}
	return st.QueryRowContext(ctx, args...)
}

func (s *sqlStore) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := s.prepare(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (s *sqlStore) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }
func (s *sqlStore) Close() error {
	s.stmtMu.Lock()
	for _, st := range s.stmts {
		_ = st.Close()
	}
	s.stmts = map[string]*sql.Stmt{}
	s.stmtMu.Unlock()
	return s.db.Close()
}

// nz stores a nil byte slice as an empty blob, not NULL.
func nz(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

func ts(ns int64) time.Time { return time.Unix(0, ns).UTC() }

// ---- packages

func (s *sqlStore) PutPackage(ctx context.Context, p Package) error {
	n, err := s.exec(ctx, `INSERT INTO packages(name, policy_nonce, policy, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT(name) DO UPDATE SET policy_nonce = excluded.policy_nonce, policy = excluded.policy, updated_at = excluded.updated_at
		WHERE packages.policy_nonce < excluded.policy_nonce`,
		p.Name, int64(p.PolicyNonce), nz(p.Policy), s.now().UnixNano())
	if err != nil {
		return fmt.Errorf("put package %s: %w", p.Name, err)
	}
	if n > 0 {
		return nil
	}
	old, err := s.GetPackage(ctx, p.Name)
	if err != nil {
		return err
	}
	switch {
	case old.PolicyNonce == p.PolicyNonce && bytes.Equal(old.Policy, p.Policy):
		return nil
	case old.PolicyNonce == p.PolicyNonce:
		return fmt.Errorf("put package %s policy nonce %d: %w", p.Name, p.PolicyNonce, ErrConflict)
	default:
		return fmt.Errorf("put package %s policy nonce %d < stored %d: %w", p.Name, p.PolicyNonce, old.PolicyNonce, ErrStale)
	}
}

func (s *sqlStore) GetPackage(ctx context.Context, name string) (Package, error) {
	var p Package
	var nonce, at int64
	err := s.queryRow(ctx, `SELECT name, policy_nonce, policy, updated_at FROM packages WHERE name = ?`, name).
		Scan(&p.Name, &nonce, &p.Policy, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return p, notFound("package", name)
	}
	if err != nil {
		return p, fmt.Errorf("get package %s: %w", name, err)
	}
	p.PolicyNonce, p.UpdatedAt = uint64(nonce), ts(at)
	return p, nil
}

func (s *sqlStore) ListPackages(ctx context.Context) ([]Package, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name, policy_nonce, policy, updated_at FROM packages ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("list packages: %w", err)
	}
	defer rows.Close()
	var out []Package
	for rows.Next() {
		var p Package
		var nonce, at int64
		if err := rows.Scan(&p.Name, &nonce, &p.Policy, &at); err != nil {
			return nil, fmt.Errorf("list packages: %w", err)
		}
		p.PolicyNonce, p.UpdatedAt = uint64(nonce), ts(at)
		out = append(out, p)
	}
	return out, rows.Err()
}

// ---- tarballs

func (s *sqlStore) PutTarball(ctx context.Context, contentHash string, data []byte) error {
	n, err := s.exec(ctx, `INSERT INTO tarballs(content_hash, data, created_at) VALUES (?, ?, ?) ON CONFLICT(content_hash) DO NOTHING`,
		contentHash, nz(data), s.now().UnixNano())
	if err != nil {
		return fmt.Errorf("put tarball %s: %w", contentHash, err)
	}
	if n > 0 {
		return nil
	}
	old, err := s.GetTarball(ctx, contentHash)
	if err != nil {
		return err
	}
	if !bytes.Equal(old, data) {
		return fmt.Errorf("put tarball %s: %w", contentHash, ErrConflict)
	}
	return nil
}

func (s *sqlStore) GetTarball(ctx context.Context, contentHash string) ([]byte, error) {
	var data []byte
	err := s.queryRow(ctx, `SELECT data FROM tarballs WHERE content_hash = ?`, contentHash).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("tarball", contentHash)
	}
	if err != nil {
		return nil, fmt.Errorf("get tarball %s: %w", contentHash, err)
	}
	return data, nil
}

// ---- releases

func (s *sqlStore) CreateRelease(ctx context.Context, r Release) (bool, error) {
	now := s.now().UnixNano()
	state := r.State
	if state == "" {
		state = StatePending
	}
	n, err := s.exec(ctx, `INSERT INTO releases(id, package, version, content_hash, proposal, state, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
		r.ID, r.Package, r.Version, r.ContentHash, nz(r.Proposal), state, now, now)
	if err != nil {
		return false, fmt.Errorf("create release %s@%s: %w", r.Package, r.Version, err)
	}
	if n > 0 {
		return true, nil
	}
	old, err := s.GetRelease(ctx, r.ID)
	if err != nil {
		return false, err
	}
	if old.Package != r.Package || old.Version != r.Version || old.ContentHash != r.ContentHash || !bytes.Equal(old.Proposal, r.Proposal) {
		return false, fmt.Errorf("create release %s@%s (%s): %w", r.Package, r.Version, r.ID, ErrConflict)
	}
	return false, nil
}

const releaseCols = `id, package, version, content_hash, proposal, state, created_at, updated_at`

func scanRelease(sc interface{ Scan(...any) error }) (Release, error) {
	var r Release
	var c, u int64
	err := sc.Scan(&r.ID, &r.Package, &r.Version, &r.ContentHash, &r.Proposal, &r.State, &c, &u)
	r.CreatedAt, r.UpdatedAt = ts(c), ts(u)
	return r, err
}

func (s *sqlStore) GetRelease(ctx context.Context, id string) (Release, error) {
	r, err := scanRelease(s.queryRow(ctx, `SELECT `+releaseCols+` FROM releases WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, notFound("release", id)
	}
	if err != nil {
		return r, fmt.Errorf("get release %s: %w", id, err)
	}
	return r, nil
}

func (s *sqlStore) SetReleaseState(ctx context.Context, id, state string) error {
	n, err := s.exec(ctx, `UPDATE releases SET state = ?, updated_at = ? WHERE id = ?`, state, s.now().UnixNano(), id)
	if err != nil {
		return fmt.Errorf("set release %s state %s: %w", id, state, err)
	}
	if n == 0 {
		return notFound("release", id)
	}
	if state == StateVetoed || state == StateRejected {
		// The release never reached the chain: its tarball goes, unless
		// another release names the same bytes. A published (or later
		// revoked) release keeps its tarball: the newest one on chain is the
		// diff base the next release is scored against.
		if _, err := s.exec(ctx, `DELETE FROM tarballs WHERE content_hash = (SELECT content_hash FROM releases WHERE id = ?)
			AND NOT EXISTS (SELECT 1 FROM releases WHERE content_hash = tarballs.content_hash AND state NOT IN (?, ?))`,
			id, StateVetoed, StateRejected); err != nil {
			return fmt.Errorf("delete tarball of ended release %s: %w", id, err)
		}
	}
	return nil
}

func (s *sqlStore) MoveReleaseState(ctx context.Context, id, from, to string) (bool, error) {
	n, err := s.exec(ctx, `UPDATE releases SET state = ?, updated_at = ? WHERE id = ? AND state = ?`, to, s.now().UnixNano(), id, from)
	if err != nil {
		return false, fmt.Errorf("move release %s from %s to %s: %w", id, from, to, err)
	}
	return n == 1, nil
}

func (s *sqlStore) PruneTarballs(ctx context.Context, cutoff time.Time) (int, error) {
	n, err := s.exec(ctx, `DELETE FROM tarballs WHERE created_at < ?
		AND NOT EXISTS (SELECT 1 FROM releases WHERE releases.content_hash = tarballs.content_hash)`, cutoff.UnixNano())
	if err != nil {
		return 0, fmt.Errorf("prune tarballs: %w", err)
	}
	return int(n), nil
}

func (s *sqlStore) ListReleases(ctx context.Context, f ReleaseFilter) ([]Release, error) {
	query := `SELECT ` + releaseCols + ` FROM releases WHERE 1 = 1`
	var args []any
	if f.Package != "" {
		query += ` AND package = ?`
		args = append(args, f.Package)
	}
	if f.State != "" {
		query += ` AND state = ?`
		args = append(args, f.State)
	}
	query += ` ORDER BY updated_at DESC, id LIMIT ` + strconv.Itoa(limitOr(f.Limit, 100))
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list releases: %w", err)
	}
	defer rows.Close()
	var out []Release
	for rows.Next() {
		r, err := scanRelease(rows)
		if err != nil {
			return nil, fmt.Errorf("list releases: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ---- signatures and vetoes

func (s *sqlStore) AddSignature(ctx context.Context, sg Signature) (bool, error) {
	n, err := s.exec(ctx, `INSERT INTO signatures(release_id, signer, sig, created_at) VALUES (?, ?, ?, ?)
		ON CONFLICT(release_id, signer) DO NOTHING`, sg.ReleaseID, sg.Signer, nz(sg.Sig), s.now().UnixNano())
	if err != nil {
		return false, fmt.Errorf("add signature of %s on %s: %w", sg.Signer, sg.ReleaseID, err)
	}
	if n > 0 {
		return true, nil
	}
	var old []byte
	if err := s.queryRow(ctx, `SELECT sig FROM signatures WHERE release_id = ? AND signer = ?`, sg.ReleaseID, sg.Signer).Scan(&old); err != nil {
		return false, fmt.Errorf("add signature of %s on %s: %w", sg.Signer, sg.ReleaseID, err)
	}
	if !bytes.Equal(old, sg.Sig) {
		return false, fmt.Errorf("add signature of %s on %s: %w", sg.Signer, sg.ReleaseID, ErrConflict)
	}
	return false, nil
}

// The statements of Approve on SQLite (PostgreSQL calls vouch_approve).
const (
	approveLock      = `SELECT state FROM releases WHERE id = ?`
	approveInsertSig = `INSERT INTO signatures(release_id, signer, sig, created_at) VALUES (?, ?, ?, ?)
		ON CONFLICT(release_id, signer) DO NOTHING`
	approveInsertAudit = `INSERT INTO audit_log(key, at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT(key) DO NOTHING`
	approveListSigs   = `SELECT release_id, signer, sig, created_at FROM signatures WHERE release_id = ? ORDER BY created_at, signer`
	approveListVetoes = `SELECT release_id, signer, reason, sig, created_at FROM vetoes WHERE release_id = ? ORDER BY created_at, signer`
	approveMove       = `UPDATE releases SET state = ?, updated_at = ? WHERE id = ? AND state = ?`
)

func (s *sqlStore) Approve(ctx context.Context, sg Signature, a AuditEntry, threshold int, counting []string) (Approval, error) {
	var out Approval
	fail := func(err error) (Approval, error) {
		return Approval{}, fmt.Errorf("approve %s by %s: %w", sg.ReleaseID, sg.Signer, err)
	}
	if a.Key == "" {
		return fail(errors.New("empty audit idempotency key"))
	}
	lowered := make([]string, len(counting))
	for i, c := range counting {
		lowered[i] = strings.ToLower(c)
	}
	if s.d.postgres {
		return s.approvePostgres(ctx, sg, a, threshold, counting == nil, lowered)
	}
	counts := func(signer string) bool { return counting == nil || slices.Contains(lowered, strings.ToLower(signer)) }
	// Below is SQLite. Prepare before BEGIN: SQLite has one connection,
	// which the transaction holds.
	prepared := map[string]*sql.Stmt{}
	for _, q := range []string{approveLock, approveInsertSig, approveInsertAudit, approveListSigs, approveListVetoes, approveMove} {
		st, err := s.prepare(ctx, q)
		if err != nil {
			return fail(err)
		}
		prepared[q] = st
	}
	// SQLite's transactions take the write lock at BEGIN (_txlock=immediate):
	// of concurrent approvals the last to commit sees every signature.
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fail(err)
	}
	defer func() { _ = tx.Rollback() }()
	stmt := func(query string) (*sql.Stmt, error) { return tx.StmtContext(ctx, prepared[query]), nil }
	st, err := stmt(approveLock)
	if err != nil {
		return fail(err)
	}
	if err := st.QueryRowContext(ctx, sg.ReleaseID).Scan(&out.State); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return Approval{}, notFound("release", sg.ReleaseID)
		}
		return fail(err)
	}
	now := s.now().UnixNano()
	if st, err = stmt(approveInsertSig); err != nil {
		return fail(err)
	}
	res, err := st.ExecContext(ctx, sg.ReleaseID, sg.Signer, nz(sg.Sig), now)
	if err != nil {
		return fail(err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fail(err)
	}
	out.Created = n > 0
	if st, err = stmt(approveInsertAudit); err != nil {
		return fail(err)
	}
	if _, err := st.ExecContext(ctx, a.Key, now, a.Actor, a.Action, a.Subject, a.Detail); err != nil {
		return fail(err)
	}
	if st, err = stmt(approveListSigs); err != nil {
		return fail(err)
	}
	rows, err := st.QueryContext(ctx, sg.ReleaseID)
	if err != nil {
		return fail(err)
	}
	for rows.Next() {
		var x Signature
		var at int64
		if err := rows.Scan(&x.ReleaseID, &x.Signer, &x.Sig, &at); err != nil {
			rows.Close()
			return fail(err)
		}
		x.CreatedAt = ts(at)
		if x.Signer == sg.Signer && !bytes.Equal(x.Sig, sg.Sig) {
			rows.Close()
			return fail(ErrConflict) // another signature by this signer is stored
		}
		out.Signatures = append(out.Signatures, x)
	}
	if err := rows.Close(); err != nil {
		return fail(err)
	}
	if st, err = stmt(approveListVetoes); err != nil {
		return fail(err)
	}
	if rows, err = st.QueryContext(ctx, sg.ReleaseID); err != nil {
		return fail(err)
	}
	for rows.Next() {
		var v Veto
		var at int64
		if err := rows.Scan(&v.ReleaseID, &v.Signer, &v.Reason, &v.Sig, &at); err != nil {
			rows.Close()
			return fail(err)
		}
		v.CreatedAt = ts(at)
		out.Vetoes = append(out.Vetoes, v)
	}
	if err := rows.Close(); err != nil {
		return fail(err)
	}
	approvals := 0
	for _, x := range out.Signatures {
		if counts(x.Signer) {
			approvals++
		}
	}
	if out.State == StatePending && approvals >= max(threshold, 1) && len(out.Vetoes) == 0 {
		if st, err = stmt(approveMove); err != nil {
			return fail(err)
		}
		if _, err := st.ExecContext(ctx, StateApproved, now, sg.ReleaseID, StatePending); err != nil {
			return fail(err)
		}
		out.State = StateApproved
	}
	if err := tx.Commit(); err != nil {
		return fail(err)
	}
	return out, nil
}

// approvePostgres is Approve as one call of vouch_approve (migration 3):
// one round trip and one commit.
func (s *sqlStore) approvePostgres(ctx context.Context, sg Signature, a AuditEntry, threshold int, all bool, counting []string) (Approval, error) {
	fail := func(err error) (Approval, error) {
		return Approval{}, fmt.Errorf("approve %s by %s: %w", sg.ReleaseID, sg.Signer, err)
	}
	st, err := s.prepare(ctx, `SELECT o_kind, o_signer, o_sig, o_text, o_at FROM vouch_approve(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fail(err)
	}
	if counting == nil {
		counting = []string{}
	}
	rows, err := st.QueryContext(ctx, sg.ReleaseID, sg.Signer, nz(sg.Sig), s.now().UnixNano(),
		a.Key, a.Actor, a.Action, a.Subject, a.Detail, threshold, all, counting, StatePending, StateApproved)
	if err != nil {
		return fail(err)
	}
	defer rows.Close()
	var out Approval
	for rows.Next() {
		var kind string
		var signer, text sql.NullString
		var sig []byte
		var at sql.NullInt64
		if err := rows.Scan(&kind, &signer, &sig, &text, &at); err != nil {
			return fail(err)
		}
		switch kind {
		case "missing":
			return Approval{}, notFound("release", sg.ReleaseID)
		case "conflict":
			return fail(ErrConflict) // another signature by this signer is stored
		case "state":
			out.State, out.Created = text.String, at.Int64 == 1
		case "sig":
			out.Signatures = append(out.Signatures, Signature{ReleaseID: sg.ReleaseID, Signer: signer.String, Sig: sig, CreatedAt: ts(at.Int64)})
		case "veto":
			out.Vetoes = append(out.Vetoes, Veto{ReleaseID: sg.ReleaseID, Signer: signer.String, Reason: text.String, Sig: sig, CreatedAt: ts(at.Int64)})
		default:
			return fail(fmt.Errorf("vouch_approve returned a row of kind %q", kind))
		}
	}
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	if out.State == "" {
		return fail(errors.New("vouch_approve returned no state"))
	}
	return out, nil
}

func (s *sqlStore) ListSignatures(ctx context.Context, releaseID string) ([]Signature, error) {
	rows, err := s.query(ctx, `SELECT release_id, signer, sig, created_at FROM signatures WHERE release_id = ? ORDER BY created_at, signer`, releaseID)
	if err != nil {
		return nil, fmt.Errorf("list signatures of %s: %w", releaseID, err)
	}
	defer rows.Close()
	var out []Signature
	for rows.Next() {
		var sg Signature
		var at int64
		if err := rows.Scan(&sg.ReleaseID, &sg.Signer, &sg.Sig, &at); err != nil {
			return nil, fmt.Errorf("list signatures of %s: %w", releaseID, err)
		}
		sg.CreatedAt = ts(at)
		out = append(out, sg)
	}
	return out, rows.Err()
}

func (s *sqlStore) AddVeto(ctx context.Context, v Veto) (bool, error) {
	n, err := s.exec(ctx, `INSERT INTO vetoes(release_id, signer, reason, sig, created_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(release_id, signer) DO NOTHING`, v.ReleaseID, v.Signer, v.Reason, nz(v.Sig), s.now().UnixNano())
	if err != nil {
		return false, fmt.Errorf("add veto of %s on %s: %w", v.Signer, v.ReleaseID, err)
	}
	if n > 0 {
		return true, nil
	}
	var old []byte
	var reason string
	if err := s.queryRow(ctx, `SELECT sig, reason FROM vetoes WHERE release_id = ? AND signer = ?`, v.ReleaseID, v.Signer).Scan(&old, &reason); err != nil {
		return false, fmt.Errorf("add veto of %s on %s: %w", v.Signer, v.ReleaseID, err)
	}
	if !bytes.Equal(old, v.Sig) || reason != v.Reason {
		return false, fmt.Errorf("add veto of %s on %s: %w", v.Signer, v.ReleaseID, ErrConflict)
	}
	return false, nil
}

func (s *sqlStore) ListVetoes(ctx context.Context, releaseID string) ([]Veto, error) {
	rows, err := s.query(ctx, `SELECT release_id, signer, reason, sig, created_at FROM vetoes WHERE release_id = ? ORDER BY created_at, signer`, releaseID)
	if err != nil {
		return nil, fmt.Errorf("list vetoes of %s: %w", releaseID, err)
	}
	defer rows.Close()
	var out []Veto
	for rows.Next() {
		var v Veto
		var at int64
		if err := rows.Scan(&v.ReleaseID, &v.Signer, &v.Reason, &v.Sig, &at); err != nil {
			return nil, fmt.Errorf("list vetoes of %s: %w", releaseID, err)
		}
		v.CreatedAt = ts(at)
		out = append(out, v)
	}
	return out, rows.Err()
}

// ---- revocations

func (s *sqlStore) AddRevocation(ctx context.Context, r Revocation) (bool, error) {
	n, err := s.exec(ctx, `INSERT INTO revocations(package, version, content_hash, signer, reason, sig, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(package, version, signer) DO NOTHING`, r.Package, r.Version, r.ContentHash, r.Signer, r.Reason, nz(r.Sig), s.now().UnixNano())
	if err != nil {
		return false, fmt.Errorf("add revocation of %s@%s by %s: %w", r.Package, r.Version, r.Signer, err)
	}
	if n > 0 {
		return true, nil
	}
	var old []byte
	if err := s.queryRow(ctx, `SELECT sig FROM revocations WHERE package = ? AND version = ? AND signer = ?`, r.Package, r.Version, r.Signer).Scan(&old); err != nil {
		return false, fmt.Errorf("add revocation of %s@%s by %s: %w", r.Package, r.Version, r.Signer, err)
	}
	if !bytes.Equal(old, r.Sig) {
		return false, fmt.Errorf("add revocation of %s@%s by %s: %w", r.Package, r.Version, r.Signer, ErrConflict)
	}
	return false, nil
}

func (s *sqlStore) ListRevocations(ctx context.Context, pkg string, limit int) ([]Revocation, error) {
	query := `SELECT package, version, content_hash, signer, reason, sig, created_at FROM revocations`
	var args []any
	if pkg != "" {
		query += ` WHERE package = ?`
		args = append(args, pkg)
	}
	query += ` ORDER BY created_at DESC, package, version, signer LIMIT ` + strconv.Itoa(limitOr(limit, 100))
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list revocations: %w", err)
	}
	defer rows.Close()
	var out []Revocation
	for rows.Next() {
		var r Revocation
		var at int64
		if err := rows.Scan(&r.Package, &r.Version, &r.ContentHash, &r.Signer, &r.Reason, &r.Sig, &at); err != nil {
			return nil, fmt.Errorf("list revocations: %w", err)
		}
		r.CreatedAt = ts(at)
		out = append(out, r)
	}
	return out, rows.Err()
}

// ---- sealed blobs

func (s *sqlStore) PutSealed(ctx context.Context, b SealedBlob) error {
	n, err := s.exec(ctx, `INSERT INTO sealed_blobs(name, version, data, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT(name) DO UPDATE SET version = excluded.version, data = excluded.data, updated_at = excluded.updated_at
		WHERE sealed_blobs.version < excluded.version`, b.Name, int64(b.Version), nz(b.Data), s.now().UnixNano())
	if err != nil {
		return fmt.Errorf("put sealed blob %s v%d: %w", b.Name, b.Version, err)
	}
	if n > 0 {
		return nil
	}
	old, err := s.GetSealed(ctx, b.Name)
	if err != nil {
		return err
	}
	switch {
	case old.Version == b.Version && bytes.Equal(old.Data, b.Data):
		return nil
	case old.Version == b.Version:
		return fmt.Errorf("put sealed blob %s v%d: %w", b.Name, b.Version, ErrConflict)
	default:
		return fmt.Errorf("put sealed blob %s v%d < stored v%d: %w", b.Name, b.Version, old.Version, ErrStale)
	}
}

func (s *sqlStore) GetSealed(ctx context.Context, name string) (SealedBlob, error) {
	var b SealedBlob
	var v, at int64
	err := s.queryRow(ctx, `SELECT name, version, data, updated_at FROM sealed_blobs WHERE name = ?`, name).Scan(&b.Name, &v, &b.Data, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return b, notFound("sealed blob", name)
	}
	if err != nil {
		return b, fmt.Errorf("get sealed blob %s: %w", name, err)
	}
	b.Version, b.UpdatedAt = uint64(v), ts(at)
	return b, nil
}

// ---- scores

func (s *sqlStore) PutScore(ctx context.Context, sc Score) error {
	n, err := s.exec(ctx, `INSERT INTO scores(release_id, package, version, score, message, sig, evidence, report, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(release_id) DO NOTHING`,
		sc.ReleaseID, sc.Package, sc.Version, sc.Score, nz(sc.Message), nz(sc.Sig), nz(sc.Evidence), nz(sc.Report), s.now().UnixNano())
	if err != nil {
		return fmt.Errorf("put score of %s: %w", sc.ReleaseID, err)
	}
	if n > 0 {
		return nil
	}
	old, err := s.GetScore(ctx, sc.ReleaseID)
	if err != nil {
		return err
	}
	if !bytes.Equal(old.Message, sc.Message) || !bytes.Equal(old.Sig, sc.Sig) {
		return fmt.Errorf("put score of %s: %w", sc.ReleaseID, ErrConflict)
	}
	return nil
}

const scoreCols = `release_id, package, version, score, message, sig, evidence, report, created_at`

func scanScore(sc interface{ Scan(...any) error }) (Score, error) {
	var s Score
	var at int64
	err := sc.Scan(&s.ReleaseID, &s.Package, &s.Version, &s.Score, &s.Message, &s.Sig, &s.Evidence, &s.Report, &at)
	s.CreatedAt = ts(at)
	return s, err
}

func (s *sqlStore) GetScore(ctx context.Context, releaseID string) (Score, error) {
	sc, err := scanScore(s.queryRow(ctx, `SELECT `+scoreCols+` FROM scores WHERE release_id = ?`, releaseID))
	if errors.Is(err, sql.ErrNoRows) {
		return sc, notFound("score of release", releaseID)
	}
	if err != nil {
		return sc, fmt.Errorf("get score of %s: %w", releaseID, err)
	}
	return sc, nil
}

func (s *sqlStore) ListScores(ctx context.Context, pkg string, limit int) ([]Score, error) {
	query := `SELECT ` + scoreCols + ` FROM scores`
	var args []any
	if pkg != "" {
		query += ` WHERE package = ?`
		args = append(args, pkg)
	}
	query += ` ORDER BY created_at DESC, release_id LIMIT ` + strconv.Itoa(limitOr(limit, 100))
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list scores: %w", err)
	}
	defer rows.Close()
	var out []Score
	for rows.Next() {
		sc, err := scanScore(rows)
		if err != nil {
			return nil, fmt.Errorf("list scores: %w", err)
		}
		out = append(out, sc)
	}
	return out, rows.Err()
}

// ---- evidence cache

func (s *sqlStore) PutEvidence(ctx context.Context, e Evidence) error {
	n, err := s.exec(ctx, `INSERT INTO evidence_cache(role, nonce, data, fetched_at) VALUES (?, ?, ?, ?)
		ON CONFLICT(role, nonce) DO NOTHING`, e.Role, e.Nonce, nz(e.Data), s.now().UnixNano())
	if err != nil {
		return fmt.Errorf("put %s evidence: %w", e.Role, err)
	}
	if n == 0 {
		return nil
	}
	// Keep the newest EvidenceCacheRows of the role: each insert drops the
	// (few) rows past them, found through the (role, fetched_at) index.
	if _, err := s.exec(ctx, `DELETE FROM evidence_cache WHERE role = ? AND nonce IN (
		SELECT nonce FROM evidence_cache WHERE role = ? ORDER BY fetched_at DESC, nonce DESC LIMIT 64 OFFSET ?)`,
		e.Role, e.Role, EvidenceCacheRows); err != nil {
		return fmt.Errorf("trim %s evidence cache: %w", e.Role, err)
	}
	return nil
}

func (s *sqlStore) GetEvidence(ctx context.Context, role, nonce string) (Evidence, error) {
	var e Evidence
	var at int64
	err := s.queryRow(ctx, `SELECT role, nonce, data, fetched_at FROM evidence_cache WHERE role = ? AND nonce = ?`, role, nonce).
		Scan(&e.Role, &e.Nonce, &e.Data, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return e, notFound(role+" evidence", nonce)
	}
	if err != nil {
		return e, fmt.Errorf("get %s evidence: %w", role, err)
	}
	e.FetchedAt = ts(at)
	return e, nil
}

// ---- audit log

func (s *sqlStore) Audit(ctx context.Context, e AuditEntry) error {
	if e.Key == "" {
		return fmt.Errorf("audit %s %s: empty idempotency key", e.Action, e.Subject)
	}
	if _, err := s.exec(ctx, `INSERT INTO audit_log(key, at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT(key) DO NOTHING`, e.Key, s.now().UnixNano(), e.Actor, e.Action, e.Subject, e.Detail); err != nil {
		return fmt.Errorf("audit %s %s: %w", e.Action, e.Subject, err)
	}
	return nil
}

func (s *sqlStore) ListAudit(ctx context.Context, afterSeq int64, limit int) ([]AuditEntry, error) {
	rows, err := s.query(ctx, `SELECT seq, key, at, actor, action, subject, detail FROM audit_log WHERE seq > ? ORDER BY seq LIMIT `+strconv.Itoa(limitOr(limit, 100)), afterSeq)
	if err != nil {
		return nil, fmt.Errorf("list audit log: %w", err)
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var e AuditEntry
		var at int64
		if err := rows.Scan(&e.Seq, &e.Key, &at, &e.Actor, &e.Action, &e.Subject, &e.Detail); err != nil {
			return nil, fmt.Errorf("list audit log: %w", err)
		}
		e.At = ts(at)
		out = append(out, e)
	}
	return out, rows.Err()
}
