package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	_ "github.com/jackc/pgx/v5/stdlib"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/enclave"
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
		token: o.registryToken, http: &http.Client{Timeout: 30 * time.Second}}
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
	registry string // the fault-injecting proxy in front of Verdaccio
	token    string
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

// publishers is how many packages the leader publishes at once.
const publishers = 4

// publishAndEnqueue publishes r, then queues its record for the chain and
// marks it published.
func (w *worker) publishAndEnqueue(ctx context.Context, r store.Release) error {
	if err := w.publish(ctx, r); err != nil {
		return err
	}
	if _, err := w.ob.Enqueue(ctx, "release:"+r.ID, w.contract, chain.NewVouchRegistry().PackAnchorBatch(recordRoot(r.ID), 1)); err != nil {
		return err
	}
	return w.st.SetReleaseState(ctx, r.ID, store.StatePublished)
}

// recordRoot is what the chain records for a release.
func recordRoot(id string) [32]byte { return crypto.Keccak256Hash([]byte("vouch soak record " + id)) }

func (w *worker) round(ctx context.Context) {
	approved, err := w.st.ListReleases(ctx, store.ReleaseFilter{State: store.StateApproved, Limit: 500})
	if err != nil {
		return
	}
	// Packages publish side by side (publishers at a time), each package's
	// versions one after the other in the listed order; a failed publish
	// holds the rest of its package until the next round.
	var order []string
	byPkg := map[string][]store.Release{}
	for _, r := range approved {
		if byPkg[r.Package] == nil {
			order = append(order, r.Package)
		}
		byPkg[r.Package] = append(byPkg[r.Package], r)
	}
	sem := make(chan struct{}, publishers)
	var wg sync.WaitGroup
	for _, pkg := range order {
		sem <- struct{}{}
		wg.Add(1)
		go func(rs []store.Release) {
			defer func() { <-sem; wg.Done() }()
			for _, r := range rs {
				if ctx.Err() != nil {
					return
				}
				if err := w.publishAndEnqueue(ctx, r); err != nil {
					fmt.Fprintln(os.Stderr, "publish:", err) // shown with SOAK_DEBUG
					return                                   // the next round retries
				}
			}
		}(byPkg[pkg])
	}
	wg.Wait()
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

// publish PUTs the release to the registry as the coordinator enclave
// does (enclave.PublishDocument: the version's package.json, dist, and the
// tarball as an attachment, with the npm token). Verdaccio refuses to
// publish over an existing version (409 "this package is already present";
// a 403 refusal is read the same way): that is done only if the version
// there is this release, by the packument's dist.integrity; else it is an
// error, and stays one.
func (w *worker) publish(ctx context.Context, r store.Release) error {
	var prop api.ProposeRequest
	if err := json.Unmarshal(r.Proposal, &prop); err != nil {
		return err
	}
	rel, err := prop.Release.Wire()
	if err != nil {
		return err
	}
	tgz, err := w.st.GetTarball(ctx, r.ContentHash)
	if err != nil {
		return err
	}
	doc, err := enclave.PublishDocument(w.registry, rel, tgz)
	if err != nil {
		return err
	}
	status, body, err := w.do(ctx, "PUT", rel.PackageName, doc)
	if err != nil {
		return err
	}
	switch status {
	case http.StatusOK, http.StatusCreated:
		return nil
	case http.StatusConflict, http.StatusForbidden:
		return w.alreadyThere(ctx, rel, status)
	}
	return fmt.Errorf("publish %s@%s: HTTP %d %.200s", rel.PackageName, rel.Version, status, body)
}

// alreadyThere reads the packument after a refused publish.
func (w *worker) alreadyThere(ctx context.Context, rel wire.Release, refused int) error {
	status, body, err := w.do(ctx, "GET", rel.PackageName, nil)
	if err != nil {
		return err
	}
	if status != http.StatusOK {
		return fmt.Errorf("publish of %s@%s refused (%d) and the packument unreadable: HTTP %d", rel.PackageName, rel.Version, refused, status)
	}
	var p packument
	if err := json.Unmarshal(body, &p); err != nil {
		return err
	}
	v, ok := p.Versions[rel.Version]
	if !ok {
		return fmt.Errorf("publish of %s@%s refused (%d) and the version is not there", rel.PackageName, rel.Version, refused)
	}
	if v.Dist.Integrity != enclave.SRI(rel.Integrity) {
		fmt.Printf("MISMATCH %s@%s\n", rel.PackageName, rel.Version)
		return fmt.Errorf("%s@%s is on the registry with integrity %s, not the release's", rel.PackageName, rel.Version, v.Dist.Integrity)
	}
	fmt.Printf("ALREADY %s@%s\n", rel.PackageName, rel.Version)
	return nil
}

// packument is the part of an npm package document the run reads.
type packument struct {
	Versions map[string]struct {
		Dist struct {
			Integrity string `json:"integrity"`
			Tarball   string `json:"tarball"`
		} `json:"dist"`
	} `json:"versions"`
}

// do sends one request about package name to the registry with the token.
func (w *worker) do(ctx context.Context, method, name string, body []byte) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, w.registry+"/"+url.PathEscape(name), rd)
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Authorization", "Bearer "+w.token)
	req.Header.Set("Accept", "application/json")
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := w.http.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	return resp.StatusCode, data, err
}
