package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// migration is one versioned schema step. Statements use {{blob}} and
// {{serial}} for the types the two databases spell differently.
type migration struct {
	version int
	name    string
	stmts   []string
	// postgresOnly steps are recorded but run nothing on SQLite.
	postgresOnly bool
}

// migrations are applied in order, each in its own transaction, and recorded
// in schema_migrations; never edit one that has shipped, append a new one.
var migrations = []migration{
	{1, "initial schema", []string{
		`CREATE TABLE packages (
			name TEXT PRIMARY KEY,
			policy_nonce BIGINT NOT NULL,
			policy {{blob}} NOT NULL,
			updated_at BIGINT NOT NULL)`,
		`CREATE TABLE tarballs (
			content_hash TEXT PRIMARY KEY,
			data {{blob}} NOT NULL,
			created_at BIGINT NOT NULL)`,
		`CREATE TABLE releases (
			id TEXT PRIMARY KEY,
			package TEXT NOT NULL,
			version TEXT NOT NULL,
			content_hash TEXT NOT NULL,
			proposal {{blob}} NOT NULL,
			state TEXT NOT NULL,
			created_at BIGINT NOT NULL,
			updated_at BIGINT NOT NULL)`,
		`CREATE INDEX releases_state ON releases(state, updated_at)`,
		`CREATE INDEX releases_package ON releases(package, updated_at)`,
		`CREATE TABLE signatures (
			release_id TEXT NOT NULL REFERENCES releases(id),
			signer TEXT NOT NULL,
			sig {{blob}} NOT NULL,
			created_at BIGINT NOT NULL,
			PRIMARY KEY (release_id, signer))`,
		`CREATE TABLE vetoes (
			release_id TEXT NOT NULL REFERENCES releases(id),
			signer TEXT NOT NULL,
			reason TEXT NOT NULL,
			sig {{blob}} NOT NULL,
			created_at BIGINT NOT NULL,
			PRIMARY KEY (release_id, signer))`,
		`CREATE TABLE revocations (
			package TEXT NOT NULL,
			version TEXT NOT NULL,
			content_hash TEXT NOT NULL,
			signer TEXT NOT NULL,
			reason TEXT NOT NULL,
			sig {{blob}} NOT NULL,
			created_at BIGINT NOT NULL,
			PRIMARY KEY (package, version, signer))`,
		`CREATE INDEX revocations_time ON revocations(created_at)`,
		`CREATE TABLE sealed_blobs (
			name TEXT PRIMARY KEY,
			version BIGINT NOT NULL,
			data {{blob}} NOT NULL,
			updated_at BIGINT NOT NULL)`,
		`CREATE TABLE scores (
			release_id TEXT PRIMARY KEY REFERENCES releases(id),
			package TEXT NOT NULL,
			version TEXT NOT NULL,
			score INTEGER NOT NULL,
			message {{blob}} NOT NULL,
			sig {{blob}} NOT NULL,
			evidence {{blob}} NOT NULL,
			report {{blob}} NOT NULL,
			created_at BIGINT NOT NULL)`,
		`CREATE INDEX scores_package ON scores(package, created_at)`,
		`CREATE TABLE evidence_cache (
			role TEXT NOT NULL,
			nonce TEXT NOT NULL,
			data {{blob}} NOT NULL,
			fetched_at BIGINT NOT NULL,
			PRIMARY KEY (role, nonce))`,
		`CREATE TABLE audit_log (
			seq {{serial}},
			key TEXT NOT NULL UNIQUE,
			at BIGINT NOT NULL,
			actor TEXT NOT NULL,
			action TEXT NOT NULL,
			subject TEXT NOT NULL,
			detail TEXT NOT NULL)`,
	}, false},
	{2, "bounded evidence cache, tarball pruning", []string{
		`CREATE INDEX evidence_cache_age ON evidence_cache(role, fetched_at)`,
		`CREATE INDEX tarballs_age ON tarballs(created_at)`,
		`CREATE INDEX releases_content ON releases(content_hash, state)`,
	}, false},
	{3, "approve in one round trip", []string{approveFunction}, true},
}

// approveFunction is sqlStore.Approve on PostgreSQL: one call, one round
// trip and one commit where the statements one by one took eight round
// trips. In READ COMMITTED every statement of a PL/pgSQL function takes a
// new snapshot, so after the row lock the count sees every signature
// committed before it, as the statements sent one by one did.
const approveFunction = `CREATE OR REPLACE FUNCTION vouch_approve(
	p_release TEXT, p_signer TEXT, p_sig BYTEA, p_now BIGINT,
	p_key TEXT, p_actor TEXT, p_action TEXT, p_subject TEXT, p_detail TEXT,
	p_threshold INTEGER, p_all BOOLEAN, p_counting TEXT[], p_pending TEXT, p_approved TEXT)
RETURNS TABLE(o_kind TEXT, o_signer TEXT, o_sig BYTEA, o_text TEXT, o_at BIGINT)
LANGUAGE plpgsql AS $fn$
DECLARE
	v_state TEXT;
	v_old BYTEA;
	v_created BOOLEAN;
	v_count INTEGER;
BEGIN
	SELECT r.state INTO v_state FROM releases r WHERE r.id = p_release FOR UPDATE;
	IF NOT FOUND THEN
		RETURN QUERY SELECT 'missing'::TEXT, NULL::TEXT, NULL::BYTEA, NULL::TEXT, NULL::BIGINT;
		RETURN;
	END IF;
	SELECT s.sig INTO v_old FROM signatures s WHERE s.release_id = p_release AND s.signer = p_signer;
	v_created := NOT FOUND;
	IF NOT v_created AND v_old <> p_sig THEN
		RETURN QUERY SELECT 'conflict'::TEXT, NULL::TEXT, NULL::BYTEA, NULL::TEXT, NULL::BIGINT;
		RETURN;
	END IF;
	IF v_created THEN
		INSERT INTO signatures(release_id, signer, sig, created_at) VALUES (p_release, p_signer, p_sig, p_now);
	END IF;
	INSERT INTO audit_log(key, at, actor, action, subject, detail) VALUES (p_key, p_now, p_actor, p_action, p_subject, p_detail)
		ON CONFLICT (key) DO NOTHING;
	SELECT COUNT(*) INTO v_count FROM signatures s
		WHERE s.release_id = p_release AND (p_all OR lower(s.signer) = ANY(p_counting));
	IF v_state = p_pending AND v_count >= GREATEST(p_threshold, 1)
		AND NOT EXISTS (SELECT 1 FROM vetoes v WHERE v.release_id = p_release) THEN
		UPDATE releases SET state = p_approved, updated_at = p_now WHERE id = p_release AND state = p_pending;
		v_state := p_approved;
	END IF;
	RETURN QUERY SELECT 'state'::TEXT, NULL::TEXT, NULL::BYTEA, v_state, CASE WHEN v_created THEN 1::BIGINT ELSE 0::BIGINT END;
	RETURN QUERY SELECT 'sig'::TEXT, s.signer, s.sig, NULL::TEXT, s.created_at FROM signatures s
		WHERE s.release_id = p_release ORDER BY s.created_at, s.signer;
	RETURN QUERY SELECT 'veto'::TEXT, v.signer, v.sig, v.reason, v.created_at FROM vetoes v
		WHERE v.release_id = p_release ORDER BY v.created_at, v.signer;
END
$fn$`

// migrate brings db up to the newest migration. It is safe to run from
// several processes at once: PostgreSQL takes an advisory lock, SQLite an
// immediate (write) transaction.
func (s *sqlStore) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range migrations {
		if err := s.apply(ctx, m); err != nil {
			return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
		}
	}
	return nil
}

func (s *sqlStore) apply(ctx context.Context, m migration) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it is a no-op
	if s.d.postgres {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7270001)`); err != nil {
			return err
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), m.version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	for _, stmt := range m.stmts {
		if m.postgresOnly && !s.d.postgres {
			break
		}
		if _, err := tx.ExecContext(ctx, s.d.ddl(stmt)); err != nil {
			return fmt.Errorf("%s: %w", firstLine(stmt), err)
		}
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)`),
		m.version, m.name, s.now().UnixNano()); err != nil {
		return err
	}
	return tx.Commit()
}

// SchemaVersion is the newest migration applied.
func SchemaVersion(ctx context.Context, st Store) (int, error) {
	s, ok := st.(*sqlStore)
	if !ok {
		return 0, fmt.Errorf("schema version: not a SQL store")
	}
	var v sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return int(v.Int64), nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
