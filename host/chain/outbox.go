package chain

import (
	"context"
	"crypto/ecdsa"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	mrand "math/rand/v2"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/host/store"
)

// Outbox states of a record.
const (
	OutboxPending   = "pending"   // queued, no transaction yet
	OutboxSigned    = "signed"    // transaction signed and stored (nonce fixed), maybe broadcast
	OutboxConfirmed = "confirmed" // mined and succeeded
	OutboxFailed    = "failed"    // refused by the contract (revert), will not be retried
)

// MigrateOutbox creates the outbox's table in db (idempotent): a SQLite
// database, or PostgreSQL through the pgx driver, where replicated hosts
// share it.
func MigrateOutbox(ctx context.Context, db *sql.DB) error {
	if IsPostgres(db) {
		// One statement per call, on one session that holds a migration
		// lock, so that replicas starting together do not race.
		conn, err := db.Conn(ctx)
		if err != nil {
			return fmt.Errorf("migrate chain_outbox: %w", err)
		}
		defer conn.Close()
		for _, stmt := range []string{`SELECT pg_advisory_lock(7270002)`, `
CREATE TABLE IF NOT EXISTS chain_outbox (
	seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	record_key TEXT NOT NULL UNIQUE,
	to_addr    TEXT NOT NULL,
	data       BYTEA NOT NULL,
	state      TEXT NOT NULL,
	sender     TEXT,
	nonce      BIGINT,
	tx_hash    TEXT,
	raw_tx     BYTEA,
	block      BIGINT,
	gas_used   BIGINT,
	attempts   INTEGER NOT NULL DEFAULT 0,
	last_error TEXT,
	updated_at BIGINT NOT NULL)`,
			`CREATE INDEX IF NOT EXISTS chain_outbox_state ON chain_outbox(state, seq)`,
			`ALTER TABLE chain_outbox ADD COLUMN IF NOT EXISTS next_attempt_ms BIGINT NOT NULL DEFAULT 0`} {
			if _, err := conn.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("migrate chain_outbox: %w", err)
			}
		}
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_unlock(7270002)`); err != nil {
			return fmt.Errorf("migrate chain_outbox: %w", err)
		}
		return nil
	}
	_, err := db.ExecContext(ctx, `
CREATE TABLE IF NOT EXISTS chain_outbox (
	seq        INTEGER PRIMARY KEY AUTOINCREMENT,
	record_key TEXT NOT NULL UNIQUE,
	to_addr    TEXT NOT NULL,
	data       BLOB NOT NULL,
	state      TEXT NOT NULL,
	sender     TEXT,
	nonce      INTEGER,
	tx_hash    TEXT,
	raw_tx     BLOB,
	block      INTEGER,
	gas_used   INTEGER,
	attempts   INTEGER NOT NULL DEFAULT 0,
	last_error TEXT,
	updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS chain_outbox_state ON chain_outbox(state, seq);`)
	if err != nil {
		return fmt.Errorf("migrate chain_outbox: %w", err)
	}
	// Tables from before retries were persisted lack next_attempt_ms.
	var has int
	if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM pragma_table_info('chain_outbox') WHERE name = 'next_attempt_ms'`).Scan(&has); err != nil {
		return fmt.Errorf("migrate chain_outbox: %w", err)
	}
	if has == 0 {
		if _, err := db.ExecContext(ctx, `ALTER TABLE chain_outbox ADD COLUMN next_attempt_ms INTEGER NOT NULL DEFAULT 0`); err != nil {
			return fmt.Errorf("migrate chain_outbox: %w", err)
		}
	}
	return nil
}

// OutboxEntry is one record of the outbox.
type OutboxEntry struct {
	Key       string
	To        common.Address
	State     string
	Nonce     *uint64
	TxHash    common.Hash
	Block     uint64
	GasUsed   uint64
	Attempts  int
	LastError string // the newest failure: transient (will be retried) or, in state failed, why the chain refused it
	// NextAttempt is when a record that hit a transient failure (dead RPC,
	// timeout, nonce race) is tried again; zero when not waiting.
	NextAttempt time.Time
}

// Waiting reports a record held back by a transient failure.
func (e OutboxEntry) Waiting() bool { return e.State == OutboxPending && e.LastError != "" }

// OutboxOptions tunes an Outbox; zero values take the defaults.
type OutboxOptions struct {
	Window      int              // signed-but-unconfirmed transactions at most (default 16)
	Poll        time.Duration    // wait between rounds when transactions are in flight (default 100 ms)
	MinBackoff  time.Duration    // first wait after an RPC error (default 200 ms)
	MaxBackoff  time.Duration    // longest wait after repeated RPC errors (default 10 s)
	Now         func() time.Time // clock (default time.Now)
	GasHeadroom uint64           // percent added to the gas estimate (default 25)
	RetryBase   time.Duration    // a record's first wait after a transient failure (default 1 s)
	RetryCap    time.Duration    // its longest wait, however many attempts (default 5 min)
	// Jitter picks the wait actually used from the capped exponential
	// delay d (default uniformly in [d/2, d]), so that records failing
	// together do not retry together.
	Jitter func(d time.Duration) time.Duration
}

// Outbox is the host's crash-safe anchoring queue: records (contract calls)
// enter a table (SQLite, or PostgreSQL shared by replicas) idempotently by key; one worker signs each with the
// next nonce, stores the signed transaction BEFORE broadcasting it, and
// rebroadcasts it after a crash, so every record lands on chain exactly once.
// RPC failures are retried with backoff; contract refusals end as failed.
// One Outbox (process) per sending key: replicas run it only while they
// hold the leader lease (host/leader).
type Outbox struct {
	db      *sql.DB
	pg      bool
	backend Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	abi     *abi.ABI
	opts    OutboxOptions
	chainID *big.Int
}

// isPostgres reports whether db is PostgreSQL (the pgx driver).
// IsPostgres reports whether db is a PostgreSQL (pgx) database, whose
// placeholders store.Rebind rewrites.
func IsPostgres(db *sql.DB) bool {
	_, ok := db.Driver().(*stdlib.Driver)
	return ok
}

func (o *Outbox) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return o.db.ExecContext(ctx, store.Rebind(o.pg, query), args...)
}

func (o *Outbox) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return o.db.QueryContext(ctx, store.Rebind(o.pg, query), args...)
}

func (o *Outbox) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	return o.db.QueryRowContext(ctx, store.Rebind(o.pg, query), args...)
}

// NewOutbox returns an Outbox over db (migrated) sending with key.
func NewOutbox(db *sql.DB, backend Backend, key *ecdsa.PrivateKey, opts OutboxOptions) *Outbox {
	if opts.Window <= 0 {
		opts.Window = 16
	}
	if opts.Poll <= 0 {
		opts.Poll = 100 * time.Millisecond
	}
	if opts.MinBackoff <= 0 {
		opts.MinBackoff = 200 * time.Millisecond
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = 10 * time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.GasHeadroom == 0 {
		opts.GasHeadroom = 25
	}
	if opts.RetryBase <= 0 {
		opts.RetryBase = time.Second
	}
	if opts.RetryCap <= 0 {
		opts.RetryCap = 5 * time.Minute
	}
	if opts.Jitter == nil {
		opts.Jitter = halfJitter
	}
	return &Outbox{db: db, pg: IsPostgres(db), backend: backend, key: key, from: crypto.PubkeyToAddress(key.PublicKey), abi: chain.ABI(), opts: opts}
}

// Enqueue adds a call of data to to under key. It reports false when a
// record with that key already exists (whatever its data): enqueueing is
// idempotent.
func (o *Outbox) Enqueue(ctx context.Context, key string, to common.Address, data []byte) (bool, error) {
	res, err := o.exec(ctx,
		`INSERT INTO chain_outbox (record_key, to_addr, data, state, updated_at) VALUES (?, ?, ?, ?, ?)
		 ON CONFLICT(record_key) DO NOTHING`,
		key, to.Hex(), data, OutboxPending, o.opts.Now().Unix())
	if err != nil {
		return false, fmt.Errorf("outbox enqueue %q: %w", key, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("outbox enqueue %q: %w", key, err)
	}
	return n == 1, nil
}

// Entry returns the record under key.
func (o *Outbox) Entry(ctx context.Context, key string) (OutboxEntry, error) {
	row := o.queryRow(ctx, `SELECT record_key, to_addr, state, nonce, tx_hash, block, gas_used, attempts, last_error, next_attempt_ms
		FROM chain_outbox WHERE record_key = ?`, key)
	var e OutboxEntry
	var to string
	var nonce, block, gas sql.NullInt64
	var hash, lastErr sql.NullString
	var next int64
	if err := row.Scan(&e.Key, &to, &e.State, &nonce, &hash, &block, &gas, &e.Attempts, &lastErr, &next); err != nil {
		return e, fmt.Errorf("outbox entry %q: %w", key, err)
	}
	if next > 0 && e.State == OutboxPending {
		e.NextAttempt = time.UnixMilli(next)
	}
	e.To = common.HexToAddress(to)
	if nonce.Valid {
		n := uint64(nonce.Int64)
		e.Nonce = &n
	}
	e.TxHash = common.HexToHash(hash.String)
	e.Block, e.GasUsed, e.LastError = uint64(block.Int64), uint64(gas.Int64), lastErr.String
	return e, nil
}

// Problems lists the records that need a person's eye or are held back:
// refused by the chain for good (state failed), or waiting to retry after a
// transient failure (pending with an error), oldest first.
func (o *Outbox) Problems(ctx context.Context) ([]OutboxEntry, error) {
	return OutboxProblems(ctx, o.db)
}

// OutboxProblems is Problems over the outbox's database (SQLite or
// PostgreSQL), for readers such as the dashboard that do not run the worker.
func OutboxProblems(ctx context.Context, db *sql.DB) ([]OutboxEntry, error) {
	pg := IsPostgres(db)
	rows, err := db.QueryContext(ctx, store.Rebind(pg, `SELECT record_key, to_addr, state, nonce, tx_hash, block, gas_used, attempts, last_error, next_attempt_ms
		FROM chain_outbox WHERE state = ? OR (state = ? AND last_error IS NOT NULL) ORDER BY seq`), OutboxFailed, OutboxPending)
	if err != nil {
		return nil, fmt.Errorf("outbox problems: %w", err)
	}
	defer rows.Close()
	var out []OutboxEntry
	for rows.Next() {
		var e OutboxEntry
		var to string
		var nonce, block, gas sql.NullInt64
		var hash, lastErr sql.NullString
		var next int64
		if err := rows.Scan(&e.Key, &to, &e.State, &nonce, &hash, &block, &gas, &e.Attempts, &lastErr, &next); err != nil {
			return nil, fmt.Errorf("outbox problems: %w", err)
		}
		e.To, e.TxHash = common.HexToAddress(to), common.HexToHash(hash.String)
		if nonce.Valid {
			n := uint64(nonce.Int64)
			e.Nonce = &n
		}
		e.Block, e.GasUsed, e.LastError = uint64(block.Int64), uint64(gas.Int64), lastErr.String
		if next > 0 && e.State == OutboxPending {
			e.NextAttempt = time.UnixMilli(next)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Counts returns how many records are in each state.
func (o *Outbox) Counts(ctx context.Context) (map[string]int, error) {
	return outboxCounts(ctx, o.db)
}

func outboxCounts(ctx context.Context, db *sql.DB) (map[string]int, error) {
	rows, err := db.QueryContext(ctx, `SELECT state, COUNT(*) FROM chain_outbox GROUP BY state`)
	if err != nil {
		return nil, fmt.Errorf("outbox counts: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, fmt.Errorf("outbox counts: %w", err)
		}
		out[s] = n
	}
	return out, rows.Err()
}

// Run works the queue until ctx ends.
func (o *Outbox) Run(ctx context.Context) error {
	return o.loop(ctx, false)
}

// Drain works the queue until no record is pending or signed (or ctx ends).
func (o *Outbox) Drain(ctx context.Context) error {
	return o.loop(ctx, true)
}

func (o *Outbox) loop(ctx context.Context, untilEmpty bool) error {
	backoff := o.opts.MinBackoff
	for {
		busy, err := o.round(ctx)
		wait := o.opts.Poll
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case err != nil:
			wait, backoff = o.opts.Jitter(backoff), min(backoff*2, o.opts.MaxBackoff)
		default:
			backoff = o.opts.MinBackoff
			if !busy {
				if untilEmpty {
					return nil
				}
			}
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

type signedRow struct {
	seq   int64
	key   string
	to    common.Address
	data  []byte
	nonce uint64
	hash  common.Hash
	raw   []byte
}

// round settles signed transactions, then signs pending records up to the
// window. It reports whether work remains.
func (o *Outbox) round(ctx context.Context) (bool, error) {
	if o.chainID == nil {
		id, err := o.backend.ChainID(ctx)
		if err != nil {
			return true, fmt.Errorf("outbox: chain id: %w", err)
		}
		o.chainID = id
	}
	inflight, err := o.settle(ctx)
	if err != nil {
		return true, err
	}
	signed, pendingLeft, err := o.signPending(ctx, o.opts.Window-inflight)
	if err != nil {
		return true, err
	}
	return inflight > 0 || signed > 0 || pendingLeft, nil
}

// settle checks every signed transaction: confirmed, failed, or rebroadcast.
// It returns how many remain in flight.
func (o *Outbox) settle(ctx context.Context) (int, error) {
	rows, err := o.query(ctx, `SELECT seq, record_key, to_addr, data, nonce, tx_hash, raw_tx FROM chain_outbox
		WHERE state = ? ORDER BY nonce`, OutboxSigned)
	if err != nil {
		return 0, fmt.Errorf("outbox: list signed: %w", err)
	}
	var signed []signedRow
	for rows.Next() {
		var r signedRow
		var to, hash string
		if err := rows.Scan(&r.seq, &r.key, &to, &r.data, &r.nonce, &hash, &r.raw); err != nil {
			rows.Close()
			return 0, fmt.Errorf("outbox: list signed: %w", err)
		}
		r.to, r.hash = common.HexToAddress(to), common.HexToHash(hash)
		signed = append(signed, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("outbox: list signed: %w", err)
	}
	if len(signed) == 0 {
		return 0, nil
	}
	// The mined nonce first, the receipt second: a transaction mined in
	// between is then seen by the receipt lookup, never mistaken for lost.
	mined, err := o.backend.NonceAt(ctx, o.from, nil)
	if err != nil {
		return len(signed), fmt.Errorf("outbox: nonce of %s: %w", o.from.Hex(), err)
	}
	inflight := 0
	for _, r := range signed {
		rcpt, err := o.backend.TransactionReceipt(ctx, r.hash)
		switch {
		case err == nil:
			if err := o.finish(ctx, r, rcpt); err != nil {
				return inflight, err
			}
			continue
		case !errors.Is(err, ethereum.NotFound):
			return inflight + 1, fmt.Errorf("outbox: receipt of %s: %w", r.hash.Hex(), err)
		}
		if r.nonce < mined {
			// Our nonce was used by another transaction of this key (the
			// Outbox must own its key). Signing again could anchor the record
			// twice if this node merely lags in indexing, so stop here and
			// let an operator look.
			if _, err := o.exec(ctx, `UPDATE chain_outbox SET state = ?, last_error = ?, updated_at = ? WHERE seq = ? AND state = ?`,
				OutboxFailed, fmt.Sprintf("nonce %d used by another transaction of %s; record not re-sent", r.nonce, o.from.Hex()),
				o.opts.Now().Unix(), r.seq, OutboxSigned); err != nil {
				return inflight, fmt.Errorf("outbox: mark %q failed: %w", r.key, err)
			}
			continue
		}
		inflight++
		var tx types.Transaction
		if err := tx.UnmarshalBinary(r.raw); err != nil {
			return inflight, fmt.Errorf("outbox: stored tx of %q: %w", r.key, err)
		}
		if err := o.backend.SendTransaction(ctx, &tx); err != nil && !alreadySent(err) {
			err = fmt.Errorf("outbox: broadcast %q: %w", r.key, err)
			o.noteError(ctx, r.seq, err)
			return inflight, err
		}
	}
	return inflight, nil
}

// alreadySent reports node answers that mean the transaction is known.
func alreadySent(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "nonce too low") ||
		strings.Contains(s, "known transaction")
}

func (o *Outbox) finish(ctx context.Context, r signedRow, rcpt *types.Receipt) error {
	state, lastErr := OutboxConfirmed, ""
	if rcpt.Status != types.ReceiptStatusSuccessful {
		rerr := replayRevert(ctx, o.backend, o.abi, o.from, &r.to, r.data, rcpt.BlockNumber)
		state, lastErr = refusalState(rerr), rerr.Error()
	}
	_, err := o.exec(ctx, `UPDATE chain_outbox SET state = ?, block = ?, gas_used = ?, last_error = ?, updated_at = ?
		WHERE seq = ?`, state, rcpt.BlockNumber.Int64(), rcpt.GasUsed, nullIfEmpty(lastErr), o.opts.Now().Unix(), r.seq)
	if err != nil {
		return fmt.Errorf("outbox: record receipt of %q: %w", r.key, err)
	}
	return nil
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// signPending signs up to n pending records, storing each signed
// transaction before broadcasting it. It reports how many it signed and
// whether pending records remain.
func (o *Outbox) signPending(ctx context.Context, n int) (int, bool, error) {
	if n <= 0 {
		more, err := o.hasPending(ctx)
		return 0, more, err
	}
	rows, err := o.query(ctx, `SELECT seq, record_key, to_addr, data FROM chain_outbox WHERE state = ? AND next_attempt_ms <= ?
		ORDER BY seq LIMIT ?`, OutboxPending, o.opts.Now().UnixMilli(), n+1)
	if err != nil {
		return 0, true, fmt.Errorf("outbox: list pending: %w", err)
	}
	var pending []signedRow
	for rows.Next() {
		var r signedRow
		var to string
		if err := rows.Scan(&r.seq, &r.key, &to, &r.data); err != nil {
			rows.Close()
			return 0, true, fmt.Errorf("outbox: list pending: %w", err)
		}
		r.to = common.HexToAddress(to)
		pending = append(pending, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, true, fmt.Errorf("outbox: list pending: %w", err)
	}
	more := len(pending) > n
	if more {
		pending = pending[:n]
	}
	for i, r := range pending {
		if err := o.signOne(ctx, r); err != nil {
			return i, true, err
		}
	}
	if !more { // records held back by a retry wait are work too
		var err error
		if more, err = o.hasPending(ctx); err != nil {
			return len(pending), true, err
		}
	}
	return len(pending), more, nil
}

func (o *Outbox) hasPending(ctx context.Context) (bool, error) {
	var n int
	if err := o.queryRow(ctx, `SELECT COUNT(*) FROM chain_outbox WHERE state = ?`, OutboxPending).Scan(&n); err != nil {
		return true, fmt.Errorf("outbox: count pending: %w", err)
	}
	return n > 0, nil
}

func (o *Outbox) signOne(ctx context.Context, r signedRow) error {
	gas, err := o.backend.EstimateGas(ctx, ethereum.CallMsg{From: o.from, To: &r.to, Data: r.data})
	if err != nil {
		if re := chain.RevertFromRPC(o.abi, err); re != nil {
			// The contract refuses the call as it stands: retrying cannot
			// help. A refusal that says the record is already on chain
			// means the work is done.
			_, dbErr := o.exec(ctx, `UPDATE chain_outbox SET state = ?, attempts = attempts + 1, last_error = ?, updated_at = ?
				WHERE seq = ?`, refusalState(re), re.Error(), o.opts.Now().Unix(), r.seq)
			if dbErr != nil {
				return fmt.Errorf("outbox: mark %q failed: %w", r.key, dbErr)
			}
			return nil
		}
		return o.retryLater(ctx, r, fmt.Errorf("outbox: estimate gas of %q: %w", r.key, err))
	}
	gas += gas * o.opts.GasHeadroom / 100
	nonce, err := o.nextNonce(ctx)
	if err != nil {
		return o.retryLater(ctx, r, err)
	}
	tx, err := signTx(ctx, o.backend, o.key, o.chainID, nonce, &r.to, r.data, gas)
	if err != nil {
		return o.retryLater(ctx, r, fmt.Errorf("outbox: %q: %w", r.key, err))
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return fmt.Errorf("outbox: encode tx of %q: %w", r.key, err)
	}
	// Durable before it leaves the process: after a crash the same
	// transaction (same nonce, same hash) is rebroadcast, never a second one.
	res, err := o.exec(ctx, `UPDATE chain_outbox SET state = ?, sender = ?, nonce = ?, tx_hash = ?, raw_tx = ?,
		attempts = attempts + 1, updated_at = ? WHERE seq = ? AND state = ?`,
		OutboxSigned, o.from.Hex(), nonce, tx.Hash().Hex(), raw, o.opts.Now().Unix(), r.seq, OutboxPending)
	if err != nil {
		return fmt.Errorf("outbox: store signed tx of %q: %w", r.key, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return fmt.Errorf("outbox: %q changed state while signing", r.key)
	}
	if err := o.backend.SendTransaction(ctx, tx); err != nil && !alreadySent(err) {
		// Signed and stored: settle() rebroadcasts the same transaction.
		err = fmt.Errorf("outbox: broadcast %q: %w", r.key, err)
		o.noteError(ctx, r.seq, err)
		return err
	}
	return nil
}

// doneRefusals are contract refusals that mean the record's effect is
// already on chain (sent by another relayer, or by this outbox before a
// crash lost the receipt): the record is done, not failed.
var doneRefusals = map[string]bool{"AlreadyPublished": true, "AlreadyEnrolled": true, "AlreadyRegistered": true}

// refusalState is the state a record ends in when the contract refuses it:
// confirmed when the refusal means done, else failed for good (reported
// with the decoded reason, never retried).
func refusalState(err error) string {
	var re *chain.RevertError
	if errors.As(err, &re) && doneRefusals[re.Name] {
		return OutboxConfirmed
	}
	return OutboxFailed
}

// retryLater records a transient failure of a pending record (dead RPC,
// timeout, nonce race): attempts, the error, and when to try again, after
// an exponential backoff with jitter capped at RetryCap. It returns cause,
// so that the loop also backs off.
func (o *Outbox) retryLater(ctx context.Context, r signedRow, cause error) error {
	var attempts int
	if err := o.queryRow(ctx, `SELECT attempts FROM chain_outbox WHERE seq = ?`, r.seq).Scan(&attempts); err != nil {
		return errors.Join(cause, fmt.Errorf("outbox: read attempts of %q: %w", r.key, err))
	}
	wait := o.opts.Jitter(retryDelay(o.opts.RetryBase, o.opts.RetryCap, attempts+1))
	now := o.opts.Now()
	if _, err := o.exec(ctx, `UPDATE chain_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_ms = ?, updated_at = ?
		WHERE seq = ? AND state = ?`, cause.Error(), now.Add(wait).UnixMilli(), now.Unix(), r.seq, OutboxPending); err != nil {
		return errors.Join(cause, fmt.Errorf("outbox: record retry of %q: %w", r.key, err))
	}
	return cause
}

// noteError keeps the newest transient error of a signed record, which
// settle() rebroadcasts; best effort (the error is also returned).
func (o *Outbox) noteError(ctx context.Context, seq int64, err error) {
	_, _ = o.exec(ctx, `UPDATE chain_outbox SET last_error = ?, updated_at = ? WHERE seq = ?`, err.Error(), o.opts.Now().Unix(), seq)
}

// retryDelay is base·2^(attempt-1), at most limit.
func retryDelay(base, limit time.Duration, attempt int) time.Duration {
	d := base
	for i := 1; i < attempt && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

// halfJitter is uniform in [d/2, d].
func halfJitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	return d/2 + time.Duration(mrand.Int64N(int64(d/2)+1))
}

// nextNonce is one past the highest nonce this outbox has signed, or the
// node's pending nonce when that is higher.
func (o *Outbox) nextNonce(ctx context.Context) (uint64, error) {
	chainNonce, err := o.backend.PendingNonceAt(ctx, o.from)
	if err != nil {
		return 0, fmt.Errorf("outbox: pending nonce of %s: %w", o.from.Hex(), err)
	}
	var maxSigned sql.NullInt64
	if err := o.queryRow(ctx, `SELECT MAX(nonce) FROM chain_outbox WHERE sender = ? AND state = ?`,
		o.from.Hex(), OutboxSigned).Scan(&maxSigned); err != nil {
		return 0, fmt.Errorf("outbox: highest signed nonce: %w", err)
	}
	if maxSigned.Valid && uint64(maxSigned.Int64)+1 > chainNonce {
		return uint64(maxSigned.Int64) + 1, nil
	}
	return chainNonce, nil
}
