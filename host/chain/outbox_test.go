package chain_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	anchor "github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/chain/devchain"
	"github.com/vouchpm/vouch/host/store/pgtest"
	"github.com/vouchpm/vouch/host/web"
	_ "modernc.org/sqlite"
)

func openDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := anchor.MigrateOutbox(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	return db
}

func rootOf(i int) [32]byte { return chain.BatchLeaf([32]byte{byte(i >> 8), byte(i)}, [32]byte{0xab}) }

// TestOutboxChild is the anchoring process of TestOutboxCrashResume.
func TestOutboxChild(t *testing.T) {
	if os.Getenv("VOUCH_OUTBOX_CHILD") != "1" {
		t.Skip("child process of TestOutboxCrashResume")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	client, err := ethclient.DialContext(ctx, os.Getenv("VOUCH_OUTBOX_RPC"))
	if err != nil {
		t.Fatal(err)
	}
	db := openDB(t, os.Getenv("VOUCH_OUTBOX_DB"))
	ob := anchor.NewOutbox(db, client, devchain.DevKey(1), anchor.OutboxOptions{Window: 3, Poll: 20 * time.Millisecond})
	if err := ob.Drain(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestOutboxCrashResume(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and two processes")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dc, err := devchain.Run(ctx, devchain.Options{CommitInterval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })

	dbPath := filepath.Join(t.TempDir(), "host.db")
	db := openDB(t, dbPath)
	ob := anchor.NewOutbox(db, nil, devchain.DevKey(1), anchor.OutboxOptions{})
	c := chain.NewVouchRegistry()
	const n = 40
	for i := 0; i < n; i++ {
		if added, err := ob.Enqueue(ctx, fmt.Sprintf("batch-%d", i), dc.Registry, c.PackAnchorBatch(rootOf(i), 1)); err != nil || !added {
			t.Fatalf("enqueue %d: %v %v", i, added, err)
		}
	}
	if added, err := ob.Enqueue(ctx, "batch-0", dc.Registry, c.PackAnchorBatch(rootOf(999), 1)); err != nil || added {
		t.Fatalf("second enqueue of batch-0 = %v, %v; want ignored", added, err)
	}

	child := func() *exec.Cmd {
		cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestOutboxChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), "VOUCH_OUTBOX_CHILD=1", "VOUCH_OUTBOX_DB="+dbPath, "VOUCH_OUTBOX_RPC="+dc.URL)
		var out strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if t.Failed() {
				t.Logf("child output:\n%s", out.String())
			}
		})
		return cmd
	}
	first := child()
	var killedAt map[string]int
	for deadline := time.Now().Add(time.Minute); ; {
		counts, err := ob.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if counts[anchor.OutboxConfirmed] >= 6 && counts[anchor.OutboxSigned] > 0 {
			killedAt = counts
			break
		}
		if counts[anchor.OutboxConfirmed] == n || time.Now().After(deadline) {
			t.Fatalf("could not catch the child mid-queue: %v", counts)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := first.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = first.Wait()
	t.Logf("SIGKILL with %v", killedAt)

	second := child()
	if err := second.Wait(); err != nil {
		t.Fatalf("restarted anchoring process: %v", err)
	}
	counts, err := ob.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts[anchor.OutboxConfirmed] != n {
		t.Fatalf("after restart: %v, want %d confirmed", counts, n)
	}

	// Every record is on chain exactly once.
	client, err := ethclient.DialContext(ctx, dc.URL)
	if err != nil {
		t.Fatal(err)
	}
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{dc.Registry},
		Topics:    [][]common.Hash{{c.GetABI().Events["BatchAnchored"].ID}},
	})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[32]byte]int{}
	for i := range logs {
		ev, err := c.UnpackBatchAnchoredEvent(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		seen[ev.Root]++
	}
	if len(logs) != n {
		t.Errorf("%d BatchAnchored events, want %d", len(logs), n)
	}
	for i := 0; i < n; i++ {
		if seen[rootOf(i)] != 1 {
			t.Errorf("record batch-%d anchored %d times", i, seen[rootOf(i)])
		}
	}
}

// flakyBackend fails every call while down is set, as a dead RPC would.
type flakyBackend struct {
	anchor.Backend
	down  atomic.Bool
	calls atomic.Int64
}

var errRPCDown = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")

func (f *flakyBackend) check() error {
	f.calls.Add(1)
	if f.down.Load() {
		return errRPCDown
	}
	return nil
}

func (f *flakyBackend) ChainID(ctx context.Context) (*big.Int, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	return f.Backend.ChainID(ctx)
}

func (f *flakyBackend) EstimateGas(ctx context.Context, m ethereum.CallMsg) (uint64, error) {
	if err := f.check(); err != nil {
		return 0, err
	}
	return f.Backend.EstimateGas(ctx, m)
}

func (f *flakyBackend) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	if err := f.check(); err != nil {
		return 0, err
	}
	return f.Backend.PendingNonceAt(ctx, a)
}

func (f *flakyBackend) NonceAt(ctx context.Context, a common.Address, b *big.Int) (uint64, error) {
	if err := f.check(); err != nil {
		return 0, err
	}
	return f.Backend.NonceAt(ctx, a, b)
}

func (f *flakyBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := f.check(); err != nil {
		return err
	}
	return f.Backend.SendTransaction(ctx, tx)
}

func (f *flakyBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	return f.Backend.TransactionReceipt(ctx, h)
}

// TestOutboxRetriesAndRefusals runs on SQLite and on PostgreSQL, where
// replicated hosts keep the outbox.
func TestOutboxRetriesAndRefusals(t *testing.T) {
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			var db *sql.DB
			if backend == "sqlite" {
				db = openDB(t, filepath.Join(t.TempDir(), "host.db"))
			} else {
				db = openPG(t, pgtest.NewDatabase(t, pgtest.Start(t)))
			}
			testOutboxRetriesAndRefusals(t, db)
		})
	}
}

func openPG(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for range 2 { // idempotent
		if err := anchor.MigrateOutbox(context.Background(), db); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func testOutboxRetriesAndRefusals(t *testing.T, db *sql.DB) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	env, err := chaintest.NewSimulated(ctx)
	if err != nil {
		t.Fatalf("registry env: %v", err)
	}
	defer env.Close()
	fb := &flakyBackend{Backend: env.Client}
	fb.down.Store(true)
	ob := anchor.NewOutbox(db, fb, env.Keys[6], anchor.OutboxOptions{Poll: 5 * time.Millisecond, MinBackoff: 5 * time.Millisecond, MaxBackoff: 40 * time.Millisecond})
	c := chain.NewVouchRegistry()
	reg := env.Writer.Registry()
	for i := 0; i < 5; i++ {
		if _, err := ob.Enqueue(ctx, fmt.Sprintf("r%d", i), reg, c.PackAnchorBatch(rootOf(i), 1)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := ob.Enqueue(ctx, "refused", reg, c.PackAnchorBatch([32]byte{}, 1)); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- ob.Drain(ctx) }()
	for fb.calls.Load() < 5 { // several failed rounds while the RPC is down
		time.Sleep(5 * time.Millisecond)
	}
	if counts, _ := ob.Counts(ctx); counts[anchor.OutboxPending] != 6 {
		t.Fatalf("records moved while the RPC was down: %v", counts)
	}
	fb.down.Store(false)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		e, err := ob.Entry(ctx, fmt.Sprintf("r%d", i))
		if err != nil {
			t.Fatal(err)
		}
		if e.State != anchor.OutboxConfirmed || e.Block == 0 || e.GasUsed == 0 || e.Nonce == nil {
			t.Fatalf("r%d = %+v", i, e)
		}
	}
	e, err := ob.Entry(ctx, "refused")
	if err != nil {
		t.Fatal(err)
	}
	if e.State != anchor.OutboxFailed || !strings.Contains(e.LastError, "EmptyBatch") {
		t.Fatalf("refused record = %+v, want failed with EmptyBatch", e)
	}
	// What the dashboard and /metrics read, on either database (they read
	// only SQLite before, so a PostgreSQL host showed no problems).
	problems, err := anchor.OutboxProblems(ctx, db)
	if err != nil || len(problems) != 1 || problems[0].Key != "refused" {
		t.Fatalf("outbox problems = %+v, %v; want the refused record", problems, err)
	}
	stats, err := web.OutboxDBStats(ctx, db)
	if err != nil || stats.Depth != 0 || stats.Failed != 1 {
		t.Fatalf("outbox stats = %+v, %v; want depth 0, 1 failed", stats, err)
	}
}

// rpcDownAfterStart is a flakyBackend whose chain id was learnt before the
// RPC died, so that the failures hit records rather than the first round.
type rpcDownAfterStart struct{ *flakyBackend }

func (r rpcDownAfterStart) ChainID(ctx context.Context) (*big.Int, error) {
	return r.flakyBackend.Backend.ChainID(ctx)
}

// TestOutboxRetryPersisted: a record that meets a dead RPC keeps its
// attempts, error and next attempt time in the table (SQLite and
// PostgreSQL), is listed among the problems while it waits, and lands once
// the RPC is back; a contract refusal ends failed and listed with its
// reason; a refusal meaning "already on chain" ends confirmed.
func TestOutboxRetryPersisted(t *testing.T) {
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			var db *sql.DB
			if backend == "sqlite" {
				db = openDB(t, filepath.Join(t.TempDir(), "host.db"))
			} else {
				db = openPG(t, pgtest.NewDatabase(t, pgtest.Start(t)))
			}
			testOutboxRetryPersisted(t, db)
		})
	}
}

func testOutboxRetryPersisted(t *testing.T, db *sql.DB) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	env, err := chaintest.NewSimulated(ctx)
	if err != nil {
		t.Fatalf("registry env: %v", err)
	}
	defer env.Close()
	k := env.Keys
	// left-pad is enrolled already: a second enroll() is refused with
	// AlreadyEnrolled, which means the record's effect is on chain.
	p := chaintest.Policy("left-pad", 0, 2, k[0], k[1], k[2])
	if _, err := env.EnrollPolicy(ctx, p, k[0], k[1]); err != nil {
		t.Fatal(err)
	}
	sigs, err := chaintest.Sign(env.Domain, wire.Enrollment(p), k[0], k[1])
	if err != nil {
		t.Fatal(err)
	}
	nc, err := env.NameControl(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	fb := &flakyBackend{Backend: env.Client}
	fb.down.Store(true)
	ob := anchor.NewOutbox(db, rpcDownAfterStart{fb}, k[6], anchor.OutboxOptions{
		Poll: 5 * time.Millisecond, MinBackoff: 5 * time.Millisecond, MaxBackoff: 20 * time.Millisecond,
		RetryBase: 10 * time.Millisecond, RetryCap: 40 * time.Millisecond,
	})
	c := chain.NewVouchRegistry()
	reg := env.Writer.Registry()
	for key, data := range map[string][]byte{
		"r0":      c.PackAnchorBatch(rootOf(0), 1),
		"refused": c.PackAnchorBatch([32]byte{}, 1),
		"done":    c.PackEnroll(chain.PolicyArg(p), chain.SortedSigs(sigs), nc),
	} {
		if _, err := ob.Enqueue(ctx, key, reg, data); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan error, 1)
	go func() { done <- ob.Drain(ctx) }()
	var e anchor.OutboxEntry
	for {
		if e, err = ob.Entry(ctx, "r0"); err != nil {
			t.Fatal(err)
		}
		if e.Attempts >= 3 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if e.State != anchor.OutboxPending || !strings.Contains(e.LastError, "connection refused") || e.NextAttempt.IsZero() || !e.Waiting() {
		t.Fatalf("r0 while the RPC is down = %+v, want pending with the error and a next attempt", e)
	}
	probs, err := ob.Problems(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !hasProblem(probs, "r0", "connection refused") {
		t.Fatalf("problems while the RPC is down = %+v, want r0 with its error", probs)
	}
	fb.down.Store(false)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if e, err = ob.Entry(ctx, "r0"); err != nil {
		t.Fatal(err)
	}
	if e.State != anchor.OutboxConfirmed || e.LastError != "" || e.Block == 0 || e.Attempts < 4 {
		t.Fatalf("r0 after the RPC came back = %+v, want confirmed after its retries", e)
	}
	if e, err = ob.Entry(ctx, "done"); err != nil {
		t.Fatal(err)
	}
	if e.State != anchor.OutboxConfirmed || !strings.Contains(e.LastError, "AlreadyEnrolled") {
		t.Fatalf("already-enrolled record = %+v, want confirmed (done), noting AlreadyEnrolled", e)
	}
	if probs, err = ob.Problems(ctx); err != nil {
		t.Fatal(err)
	}
	if len(probs) != 1 || !hasProblem(probs, "refused", "EmptyBatch") || probs[0].State != anchor.OutboxFailed {
		t.Fatalf("problems after the RPC came back = %+v, want only the refused record, failed with EmptyBatch", probs)
	}
}

func hasProblem(probs []anchor.OutboxEntry, key, errPart string) bool {
	for _, p := range probs {
		if p.Key == key && strings.Contains(p.LastError, errPart) {
			return true
		}
	}
	return false
}
