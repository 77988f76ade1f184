package leader_test

import (
	"context"
	"database/sql"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/vouchpm/vouch/host/leader"
	"github.com/vouchpm/vouch/host/store/pgtest"
)

// replica is one campaigning process: its own pool, its own context.
type replica struct {
	name    string
	db      *sql.DB
	cancel  context.CancelFunc
	done    chan struct{}
	leading atomic.Bool
}

// TestFailover starts three replicas on one PostgreSQL: exactly one leads;
// killing its database session (as a crashed process's would end) hands
// leadership to another within seconds, and at no point do two lead.
func TestFailover(t *testing.T) {
	dsn := pgtest.NewDatabase(t, pgtest.Start(t))
	var mu sync.Mutex
	leaders := 0
	overlap := false
	opts := leader.Options{Poll: 100 * time.Millisecond}
	start := func(name string) *replica {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		ctx, cancel := context.WithCancel(context.Background())
		r := &replica{name: name, db: db, cancel: cancel, done: make(chan struct{})}
		o := opts
		o.Name = name
		go func() {
			defer close(r.done)
			_ = leader.Run(ctx, db, o, func(lctx context.Context) {
				mu.Lock()
				leaders++
				if leaders > 1 {
					overlap = true
				}
				mu.Unlock()
				r.leading.Store(true)
				<-lctx.Done()
				r.leading.Store(false)
				mu.Lock()
				leaders--
				mu.Unlock()
			})
		}()
		t.Cleanup(func() { cancel(); <-r.done })
		return r
	}
	rs := []*replica{start("a"), start("b"), start("c")}
	current := func() *replica {
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			var got []*replica
			for _, r := range rs {
				if r.leading.Load() {
					got = append(got, r)
				}
			}
			if len(got) == 1 {
				return got[0]
			}
		}
		t.Fatal("no single leader within 10 s")
		return nil
	}
	first := current()
	// Kill the leader's session from the outside, as the database does when
	// the process dies.
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	killedAt := time.Now()
	if _, err := admin.Exec(`SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted`, leader.DefaultKey); err != nil {
		t.Fatal(err)
	}
	var second *replica
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no new leader within 10 s of the old one's session dying")
		}
		if r := current(); r != nil && (r != first || !first.leading.Load()) {
			if r.leading.Load() {
				second = r
				break
			}
		}
	}
	t.Logf("failover from %s to %s in %s", first.name, second.name, time.Since(killedAt).Round(time.Millisecond))
	// A graceful stop hands over too.
	second.cancel()
	<-second.done
	third := current()
	if third == second {
		t.Fatal("a stopped replica still leads")
	}
	mu.Lock()
	defer mu.Unlock()
	if overlap {
		t.Fatal("two replicas led at the same time")
	}
}
