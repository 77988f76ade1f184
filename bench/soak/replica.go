package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	_ "github.com/jackc/pgx/v5/stdlib"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	anchor "github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/host/chain/devchain"
	"github.com/vouchpm/vouch/host/leader"
	"github.com/vouchpm/vouch/host/store"
)

// runReplica is one vouch-host replica: the API on a free loopback port,
// and, while it leads, the publish-and-anchor loop and the outbox.
func runReplica(ctx context.Context, o options) error {
	st, err := store.Open(ctx, o.dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	dom := wire.Domain{ChainID: o.chainID, Registry: common.HexToAddress(o.contract)}
	srv, err := api.New(api.Config{Store: st, Domain: dom, RatePerClient: rate.Inf, UploadsPerSigner: rate.Inf, MaxInFlight: 1024})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	fmt.Printf("LISTEN %s\n", ln.Addr())
	db, err := sql.Open("pgx", o.dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := anchor.MigrateOutbox(ctx, db); err != nil {
		return err
	}
	client, err := ethclient.DialContext(ctx, o.rpc)
	if err != nil {
		return err
	}
	defer client.Close()
	ob := anchor.NewOutbox(db, client, devchain.DevKey(1), anchor.OutboxOptions{Window: 64, Poll: 50 * time.Millisecond, MaxBackoff: time.Second})
	w := &worker{st: st, ob: ob, contract: dom.Registry, registry: strings.TrimSuffix(o.registryURL, "/"),
		http: &http.Client{Timeout: 5 * time.Second}}
	go func() {
		_ = leader.Run(ctx, db, leader.Options{Name: o.name, Poll: 250 * time.Millisecond}, func(lctx context.Context) {
			fmt.Printf("LEADING %s\n", o.name)
			done := make(chan struct{})
			go func() { defer close(done); _ = ob.Run(lctx) }()
			w.run(lctx)
			<-done
			fmt.Printf("LOST %s\n", o.name)
		})
	}()
	return srv.Serve(ctx, ln, "", "", 5*time.Second)
}

// worker plays what the coordinator relay does for an approved release:
// publish it, then anchor its record; it keeps no state of its own, so a
// new leader resumes where a dead one stopped.
type worker struct {
	st       store.Store
	ob       *anchor.Outbox
	contract common.Address
	registry string
	http     *http.Client
}

func (w *worker) run(ctx context.Context) {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		w.round(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// recordRoot is what the chain records for a release.
func recordRoot(id string) [32]byte { return crypto.Keccak256Hash([]byte("vouch soak record " + id)) }

func (w *worker) round(ctx context.Context) {
	approved, err := w.st.ListReleases(ctx, store.ReleaseFilter{State: store.StateApproved, Limit: 500})
	if err != nil {
		return
	}
	for _, r := range approved {
		if ctx.Err() != nil {
			return
		}
		if err := w.publish(ctx, r); err != nil {
			continue // the registry failed: next round retries
		}
		if _, err := w.ob.Enqueue(ctx, "release:"+r.ID, w.contract, chain.NewVouchRegistry().PackAnchorBatch(recordRoot(r.ID), 1)); err != nil {
			continue
		}
		_ = w.st.SetReleaseState(ctx, r.ID, store.StatePublished)
	}
	published, err := w.st.ListReleases(ctx, store.ReleaseFilter{State: store.StatePublished, Limit: 1000})
	if err != nil {
		return
	}
	for _, r := range published {
		e, err := w.ob.Entry(ctx, "release:"+r.ID)
		if err != nil {
			// Published but the enqueue was lost with a crash: enqueue again
			// (idempotent by key).
			_, _ = w.ob.Enqueue(ctx, "release:"+r.ID, w.contract, chain.NewVouchRegistry().PackAnchorBatch(recordRoot(r.ID), 1))
			continue
		}
		if e.State == anchor.OutboxConfirmed {
			_ = w.st.SetReleaseState(ctx, r.ID, store.StateVerified)
		}
	}
}

// publish PUTs the release to the registry; a 409 means it is there already
// (a previous leader published it and died before recording so).
func (w *worker) publish(ctx context.Context, r store.Release) error {
	body, _ := json.Marshal(map[string]string{"name": r.Package, "version": r.Version, "contentHash": r.ContentHash})
	req, err := http.NewRequestWithContext(ctx, "PUT", w.registry+"/"+r.Package+"/"+r.Version, strings.NewReader(string(body)))
	if err != nil {
		return err
	}
	resp, err := w.http.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusCreated, http.StatusConflict:
		return nil
	}
	return errors.New(resp.Status)
}
