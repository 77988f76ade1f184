package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"github.com/vouchpm/vouch/enclave/chain"
	anchor "github.com/vouchpm/vouch/host/chain"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	_ "github.com/jackc/pgx/v5/stdlib" // the outbox's PostgreSQL driver
	_ "modernc.org/sqlite"             // the outbox's SQLite driver

	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/devchain"
	"github.com/vouchpm/vouch/host/leader"
	"github.com/vouchpm/vouch/host/relay"
	"github.com/vouchpm/vouch/host/store"
)

// checkNPM checks the npm registry flags the coordinator publishes with.
func checkNPM(npm, caFile string) (string, error) {
	if npm == "" {
		return "", errors.New("publishing needs --npm-registry https://… (and --npm-ca FILE for a private CA)")
	}
	u, err := url.Parse(npm)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("--npm-registry %q: the coordinator publishes over https only (TLS ends inside the enclave)", npm)
	}
	if caFile == "" {
		return "", nil
	}
	ca, err := os.ReadFile(caFile)
	if err != nil {
		return "", fmt.Errorf("--npm-ca: %w", err)
	}
	if !strings.Contains(string(ca), "-----BEGIN CERTIFICATE-----") {
		return "", fmt.Errorf("--npm-ca %s holds no PEM certificate", caFile)
	}
	return string(ca), nil
}

// startCoordinatorChild runs the coordinator enclave binary on the simulated
// platform, listening on a unix socket in stateDir, and waits until it
// answers. The child dies with ctx.
func startCoordinatorChild(ctx context.Context, bin, stateDir string, cfg wire.CoordinatorConfig, stderr io.Writer) (sock string, pid int, wait func() error, err error) {
	if err := os.MkdirAll(stateDir, 0o700); err != nil {
		return "", 0, nil, err
	}
	raw := cfg.Canonical() // the bytes whose digest the coordinator binds into its evidence
	cfgPath := filepath.Join(stateDir, "coordinator.json")
	if err := os.WriteFile(cfgPath, raw, 0o600); err != nil {
		return "", 0, nil, err
	}
	sock = filepath.Join(stateDir, "coordinator.sock")
	_ = os.Remove(sock)
	cmd := exec.CommandContext(ctx, bin, "-config", cfgPath, "-listen", "unix:"+sock, "-platform", "sim", "-state-dir", stateDir)
	cmd.Stderr = stderr
	cmd.SysProcAttr = childAttrs()
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 10 * time.Second
	if err := cmd.Start(); err != nil {
		return "", 0, nil, fmt.Errorf("start %s: %w", bin, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.After(time.Minute)
	for {
		if c, err := net.Dial("unix", sock); err == nil {
			_ = c.Close()
			return sock, cmd.Process.Pid, func() error { return <-exited }, nil
		}
		select {
		case err := <-exited:
			return "", 0, nil, fmt.Errorf("coordinator exited before it listened: %v", err)
		case <-deadline:
			_ = cmd.Process.Kill()
			return "", 0, nil, errors.New("coordinator did not listen within a minute")
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// splitListen parses tcp:HOST:PORT, unix:PATH, or a bare HOST:PORT.
func splitListen(addr string) (network, address string) {
	if n, a, ok := strings.Cut(addr, ":"); ok && (n == "tcp" || n == "unix") {
		return n, a
	}
	return "tcp", addr
}

// relayDeps is what the coordinator relay needs from main.
type relayDeps struct {
	st     store.Store
	dom    wire.Domain
	rpcURL string
	key    *ecdsa.PrivateKey // pays gas, signs no governance statement
	// govKeys, in --dev only, approve the dev enclaves (relay.KeyApprover):
	// the DEV quorum. Empty: the host waits for governance to register keys.
	govKeys  []*ecdsa.PrivateKey
	outboxDB string
	// pgDSN, when set, holds the outbox in PostgreSQL and runs the relay
	// and the outbox only while this replica leads (host/leader).
	pgDSN  string
	coord  string // tcp:… or unix:…
	scorer string
	verify relay.EvidenceVerifier
	every  time.Duration
	drain  time.Duration // how long a graceful stop works the outbox
	log    *slog.Logger
}

// startRelay opens the outbox and the chain reader, and runs the outbox
// worker and the coordinator relay until ctx ends. It returns the relay
// (the API's Enclaves) and a function that waits for both loops.
func startRelay(ctx context.Context, d relayDeps) (*relay.Coordinator, func(), error) {
	client, err := ethclient.DialContext(ctx, d.rpcURL)
	if err != nil {
		return nil, nil, fmt.Errorf("chain RPC %s: %w", d.rpcURL, err)
	}
	db, err := openOutboxDB(d)
	if err != nil {
		client.Close()
		return nil, nil, err
	}
	if err := anchor.MigrateOutbox(ctx, db); err != nil {
		client.Close()
		_ = db.Close()
		return nil, nil, err
	}
	ob := anchor.NewOutbox(db, client, d.key, anchor.OutboxOptions{})
	network, addr := splitListen(d.coord)
	ca := relay.ChainAnchor{Outbox: ob, Reader: chain.NewReader(client, d.dom.Registry, chain.ReaderOptions{}), Registry: d.dom.Registry}
	c := &relay.Coordinator{
		Store: d.st, Domain: d.dom, Verify: d.verify, Log: d.log,
		Dial:   func(ctx context.Context) (*wire.Client, error) { return wire.Dial(ctx, network, addr) },
		Anchor: ca,
	}
	if len(d.govKeys) > 0 {
		// DEV governance sends its statements itself, paying with dev
		// account 3, and waits for them: an enclave is registered before
		// the relay carries anything it signs.
		gw, err := anchor.NewWriter(ctx, client, devchain.DevKey(3), d.dom.Registry)
		if err != nil {
			client.Close()
			_ = db.Close()
			return nil, nil, err
		}
		c.Approve = (&relay.KeyApprover{Keys: d.govKeys, Anchor: ca, Caller: client, Domain: d.dom,
			Send: func(ctx context.Context, data []byte, what string) error {
				_, err := gw.Relay(ctx, data, "DEV governance "+what)
				return err
			}}).Approve
	}
	if d.scorer != "" {
		c.ScorerInfo = func(ctx context.Context) ([]byte, error) {
			sc, err := wire.DialScorer(ctx, d.scorer)
			if err != nil {
				return nil, err
			}
			defer sc.Close()
			info, err := sc.Do(ctx, wire.ScorerRequest{Op: wire.ScorerOpInfo})
			if err != nil {
				return nil, err
			}
			if info.Info == nil || len(info.Info.Evidence) == 0 {
				return nil, errors.New("the scorer answered no evidence")
			}
			return info.Info.Evidence, nil
		}
	}
	// drive runs the relay and the outbox until ctx ends; on a graceful stop
	// (parent ended, leadership not lost) it anchors what is queued first.
	drive := func(lctx context.Context) {
		obDone, relayDone := make(chan struct{}), make(chan struct{})
		go func() {
			defer close(obDone)
			if err := ob.Run(lctx); err != nil && lctx.Err() == nil {
				d.log.Error("chain outbox stopped", "err", err.Error())
			}
		}()
		go func() { defer close(relayDone); c.Run(lctx, d.every) }()
		<-relayDone
		<-obDone
		if ctx.Err() == nil {
			return // leadership lost: the new leader carries on
		}
		// A graceful stop anchors what is already queued, bounded in time;
		// what remains is resumed from the outbox at the next start.
		dctx, cancel := context.WithTimeout(context.Background(), d.drain)
		if err := ob.Drain(dctx); err != nil {
			d.log.Warn("chain outbox not drained before stopping; it resumes at the next start", "err", err.Error())
		}
		cancel()
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if d.pgDSN == "" {
			drive(ctx)
			return
		}
		name, _ := os.Hostname()
		_ = leader.Run(ctx, db, leader.Options{Name: fmt.Sprintf("%s pid %d", name, os.Getpid()), Log: d.log}, drive)
	}()
	return c, func() {
		<-done
		client.Close()
		_ = db.Close()
	}, nil
}

// openOutboxDB opens the outbox's database: PostgreSQL (shared by the
// replicas) when the store is there, else DATA/outbox.db.
func openOutboxDB(d relayDeps) (*sql.DB, error) {
	if d.pgDSN != "" {
		db, err := sql.Open("pgx", d.pgDSN)
		if err != nil {
			return nil, fmt.Errorf("outbox: postgres: %w", err)
		}
		return db, nil
	}
	db, err := sql.Open("sqlite", "file:"+d.outboxDB+"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)")
	if err != nil {
		return nil, fmt.Errorf("outbox %s: %w", d.outboxDB, err)
	}
	return db, nil
}

// devVerifier is the --dev evidence check: simulated enclaves the host
// started itself, their AK trusted from their own evidence (SIMULATED).
func devVerifier() (relay.EvidenceVerifier, error) { return relay.DevVerifier(platforms.Trust{}) }

// writeSimAKs asks the dev enclaves for their evidence and writes the
// simulated AKs it names to DATA/<role>/ak.pem, the --roots a CLI needs to
// verify them. It returns the paths written.
func writeSimAKs(ctx context.Context, dataDir, coordSock, scorer string) []string {
	var paths []string
	write := func(role string, ev []byte) {
		pemBytes, err := relay.SimAKPEM(ev)
		if err != nil {
			return
		}
		p := filepath.Join(dataDir, role, "ak.pem")
		if os.MkdirAll(filepath.Dir(p), 0o700) == nil && os.WriteFile(p, pemBytes, 0o644) == nil {
			paths = append(paths, p)
		}
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if cl, err := wire.Dial(ctx, "unix", coordSock); err == nil {
		var ev wire.GetEvidenceResponse
		nonce := make([]byte, 32)
		if _, err := rand.Read(nonce); err == nil {
			if _, err := cl.Call(ctx, wire.KindGetEvidence, wire.GetEvidenceRequest{Nonce: nonce}, &ev); err == nil {
				write("coordinator", ev.Evidence)
			}
		}
		_ = cl.Close()
	}
	if scorer != "" {
		if sc, err := wire.DialScorer(ctx, scorer); err == nil {
			if info, err := sc.Do(ctx, wire.ScorerRequest{Op: wire.ScorerOpInfo}); err == nil && info.Info != nil {
				write("scorer", info.Info.Evidence)
			}
			_ = sc.Close()
		}
	}
	return paths
}

// superviseCoordinator restarts the coordinator child whenever it exits
// before ctx ends (the relay then reconnects and hands it its sealed state
// back). The returned function waits for the last child after ctx ended.
func superviseCoordinator(ctx context.Context, wait func() error, start func() (int, func() error, error), log *slog.Logger) func() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			err := wait()
			if ctx.Err() != nil {
				return
			}
			log.Warn("coordinator enclave exited; restarting it", "err", fmt.Sprint(err))
			for {
				select {
				case <-ctx.Done():
					return
				case <-time.After(time.Second):
				}
				pid, w, err := start()
				if err == nil {
					log.Info("coordinator enclave restarted", "pid", pid)
					wait = w
					break
				}
				log.Error("restarting the coordinator enclave", "err", err.Error())
			}
		}
	}()
	return func() { <-done }
}
