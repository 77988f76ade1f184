// Package leader elects the one vouch-host replica that drives the enclaves
// and the anchoring outbox, among any number that serve the API against one
// PostgreSQL database. It runs on the untrusted host: the holder of a
// session advisory lock leads; when it dies its session ends, the lock is
// free, and another replica takes over within seconds.
package leader

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"log/slog"
	"time"
)

// DefaultKey is the advisory lock vouch-host replicas campaign for.
const DefaultKey int64 = 7270100

// Options tunes an election; zero values take the defaults.
type Options struct {
	// Key is the advisory lock (default DefaultKey).
	Key int64
	// Poll is how often a follower tries the lock and a leader checks its
	// session (default 500 ms). A leader whose check fails or takes longer
	// than Poll steps down.
	Poll time.Duration
	// Name labels this replica in logs.
	Name string
	// Log receives leadership changes (default: discard).
	Log *slog.Logger
}

// Run campaigns for leadership on db (PostgreSQL through pgx) until ctx
// ends. Each time this replica wins it calls lead with a context that ends
// when leadership is lost (or ctx ends), and waits for lead to return before
// it lets go of the lock. A new leader waits 2×Poll after winning before it
// calls lead, the time the previous holder needs to notice it lost its
// session and stop, so two leaders never act at once while clocks and the
// database behave.
func Run(ctx context.Context, db *sql.DB, opts Options, lead func(ctx context.Context)) error {
	if opts.Key == 0 {
		opts.Key = DefaultKey
	}
	if opts.Poll <= 0 {
		opts.Poll = 500 * time.Millisecond
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	for {
		won, err := term(ctx, db, opts, lead)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			opts.Log.Warn("leader election", "replica", opts.Name, "err", err.Error())
		}
		if !won || err != nil {
			if !sleep(ctx, opts.Poll) {
				return nil
			}
		}
	}
}

// term tries the lock once on a fresh session; when it wins it leads until
// the session breaks or ctx ends.
func term(ctx context.Context, db *sql.DB, opts Options, lead func(ctx context.Context)) (bool, error) {
	cctx, cancel := context.WithTimeout(ctx, 5*opts.Poll)
	conn, err := db.Conn(cctx)
	cancel()
	if err != nil {
		return false, fmt.Errorf("leader session: %w", err)
	}
	defer conn.Close()
	var won bool
	qctx, cancel := context.WithTimeout(ctx, 5*opts.Poll)
	err = conn.QueryRowContext(qctx, `SELECT pg_try_advisory_lock($1)`, opts.Key).Scan(&won)
	cancel()
	if err != nil {
		discard(conn) // a broken session must not go back to the pool
		return false, fmt.Errorf("leader lock: %w", err)
	}
	if !won {
		return false, nil
	}
	// Give a previous leader that lost its session the time to notice.
	if !sleepChecked(ctx, conn, opts, 2*opts.Poll) {
		discard(conn)
		return true, ctx.Err()
	}
	opts.Log.Info("leading: this replica drives the enclaves and the outbox", "replica", opts.Name)
	lctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); lead(lctx) }()
	lost := !watch(lctx, conn, opts)
	stop()
	<-done
	if lost {
		opts.Log.Warn("leadership lost: the database session broke", "replica", opts.Name)
		// Never hand a session that may still hold the lock back to the pool.
		discard(conn)
		return true, errors.New("leader session lost")
	}
	uctx, cancel := context.WithTimeout(context.Background(), 5*opts.Poll)
	defer cancel()
	if _, err := conn.ExecContext(uctx, `SELECT pg_advisory_unlock($1)`, opts.Key); err != nil {
		discard(conn)
	}
	opts.Log.Info("stepped down", "replica", opts.Name)
	return true, nil
}

// watch checks the session every Poll until ctx ends (true) or a check
// fails or is late (false).
func watch(ctx context.Context, conn *sql.Conn, opts Options) bool {
	t := time.NewTicker(opts.Poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return true
		case <-t.C:
		}
		if !alive(ctx, conn, opts) {
			return ctx.Err() != nil
		}
	}
}

func alive(ctx context.Context, conn *sql.Conn, opts Options) bool {
	pctx, cancel := context.WithTimeout(ctx, opts.Poll)
	defer cancel()
	var one int
	return conn.QueryRowContext(pctx, `SELECT 1`).Scan(&one) == nil
}

// sleepChecked waits d while checking the session; false if it broke or
// ctx ended.
func sleepChecked(ctx context.Context, conn *sql.Conn, opts Options, d time.Duration) bool {
	end := time.Now().Add(d)
	for time.Now().Before(end) {
		if !sleep(ctx, min(opts.Poll, time.Until(end))) || !alive(ctx, conn, opts) {
			return false
		}
	}
	return true
}

// discard closes conn's session instead of returning it to the pool (a
// session that may hold the lock must end with it).
func discard(conn *sql.Conn) {
	_ = conn.Raw(func(any) error { return driver.ErrBadConn })
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
