package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/sha512"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vouchpm/vouch/enclave"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	anchor "github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/host/chain/devchain"
	"github.com/vouchpm/vouch/host/registry/verdaccio"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/host/store/pgtest"
	"github.com/vouchpm/vouch/scorer/corpus"
)

type release struct {
	id       string
	pkg, ver string
	tgz      []byte
	hash     common.Hash
	propose  []byte // JSON ProposeRequest (maintainer 0)
	approves [][]byte
}

func runSoak(ctx context.Context, o options) error {
	fmt.Printf("vouch soak: %d replicas on one PostgreSQL, %d packages, %d releases (3 maintainers each, threshold 3), %d clients\n",
		o.replicas, o.packages, o.releases, o.clients)
	fmt.Printf("faults: kill leader=%v, restart chain RPC=%v, registry fails %.0f%% of PUTs; limit %s\n", o.killLeader, o.cutRPC, o.failPUT*100, o.timeout)
	pg, err := pgtest.StartServerWith(pgtest.Options{Durable: true})
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	defer pg.Stop()
	fmt.Printf("postgres: %s\n", pg.Settings)
	o.dsn = pg.DSN
	st, err := store.Open(ctx, o.dsn) // migrates once before the replicas start
	if err != nil {
		return err
	}
	defer st.Close()
	dc, err := devchain.Run(ctx, devchain.Options{CommitInterval: 50 * time.Millisecond})
	if err != nil {
		return fmt.Errorf("dev chain: %w", err)
	}
	defer dc.Close()
	rpc, err := newProxy(dc.URL)
	if err != nil {
		return err
	}
	defer rpc.stop()
	vdir, err := os.MkdirTemp("", "vouch-soak-verdaccio-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(vdir)
	npm, err := verdaccio.Launch(vdir, verdaccio.Options{BcryptRounds: 4})
	if err != nil {
		return fmt.Errorf("verdaccio: %w", err)
	}
	defer npm.Stop()
	login, err := npm.NewUser("soak-publisher", "soak-publisher-password")
	if err != nil {
		return fmt.Errorf("verdaccio user: %w", err)
	}
	if o.registryToken, err = npm.NewToken(login, "soak-publisher-password", false); err != nil {
		return fmt.Errorf("verdaccio token: %w", err)
	}
	fmt.Printf("registry: Verdaccio at %s behind a proxy failing %.0f%% of publish PUTs (half before forwarding, half after)\n", npm.URL, o.failPUT*100)
	reg, err := newFaultyRegistry(npm.URL, o.failPUT)
	if err != nil {
		return err
	}
	regURL, stopReg, err := reg.serve()
	if err != nil {
		return err
	}
	defer stopReg()
	o.rpc, o.registryURL, o.contract, o.chainID = rpc.url(), regURL, dc.Registry.Hex(), dc.ChainID
	dom := wire.Domain{ChainID: dc.ChainID, Registry: dc.Registry}

	events := make(chan event, 1024)
	var reps []*replicaProc
	for i := range o.replicas {
		r, err := startReplica(ctx, o, fmt.Sprintf("replica-%d", i), events)
		if err != nil {
			return err
		}
		reps = append(reps, r)
		defer func() { _ = r.cmd.Process.Kill() }()
	}
	var bases []string
	for _, r := range reps {
		select {
		case a := <-r.addr:
			bases = append(bases, "http://"+a)
		case <-ctx.Done():
			return errors.New("replicas did not start")
		}
	}
	mon := newMonitor(events)
	if _, err := mon.waitLeader(ctx, "", time.Now().Add(30*time.Second)); err != nil {
		return err
	}
	cl := &clients{bases: bases, http: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 10 * time.Second}}

	// Enroll and sign everything before the clock starts.
	rels, err := prepare(ctx, cl, dom, o)
	if err != nil {
		return err
	}
	fmt.Printf("prepared: %d packages enrolled, %d releases signed\n", o.packages, len(rels))

	var done atomic.Int64
	var restarted []*replicaProc
	defer func() {
		for _, r := range restarted {
			_ = r.cmd.Process.Kill()
		}
	}()
	faults := make(chan string, 8)
	var fwg sync.WaitGroup
	fwg.Add(1)
	go func() {
		defer fwg.Done()
		injectFaults(ctx, o, rels, &done, reps, mon, rpc, faults, func(name string) *replicaProc {
			r, err := startReplica(ctx, o, name, events)
			if err != nil {
				faults <- "restart failed: " + err.Error()
				return nil
			}
			restarted = append(restarted, r) // read after fwg.Wait
			select {
			case a := <-r.addr:
				cl.replace(name, "http://"+a)
			case <-time.After(30 * time.Second):
			}
			return r
		})
	}()
	start := time.Now()
	lat, approvals, errs := cl.drive(ctx, rels, o.clients, &done)
	apiTime := time.Since(start)
	fwg.Wait()
	close(faults)

	// Wait for every release to be anchored.
	settle := time.Now()
	for {
		n, err := countState(ctx, o.dsn, store.StateVerified)
		if err == nil && n == len(rels) {
			break
		}
		if ctx.Err() != nil {
			fmt.Printf("NOT SETTLED: %d of %d releases verified when the time limit hit\n", n, len(rels))
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	settleTime := time.Since(settle)

	fmt.Println("--- faults")
	for f := range faults {
		fmt.Println(f)
	}
	slices.Sort(lat)
	fmt.Println("--- API (all replicas, every request of propose/upload/approve)")
	fmt.Printf("requests %d in %s: %.0f req/s; approvals accepted %d: %.0f approvals/s; p50 %s p99 %s max %s; failed requests (after retries) %d\n",
		len(lat), apiTime.Round(time.Millisecond), float64(len(lat))/apiTime.Seconds(), approvals, float64(approvals)/apiTime.Seconds(),
		pct(lat, 50), pct(lat, 99), pct(lat, 100), errs)
	fmt.Printf("settle: every release published and anchored %s after the last API call\n", settleTime.Round(time.Millisecond))
	return check(ctx, o, rels, npm, reg, mon, dc, errs)
}

func countState(ctx context.Context, dsn, state string) (int, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var n int
	err = db.QueryRowContext(ctx, `SELECT COUNT(*) FROM releases WHERE state = $1`, state).Scan(&n)
	return n, err
}

// check verifies the end state: published exactly once, anchored exactly
// once, nothing stuck in the outbox.
func check(ctx context.Context, o options, rels []release, npm *verdaccio.Registry, reg *faultyRegistry, mon *monitor, dc *devchain.DevChain, apiErrs int) error {
	var problems []string
	problems = append(problems, checkRegistry(ctx, rels, npm)...)
	reg.mu.Lock()
	landed := 0
	for code, n := range reg.answers {
		if code/100 == 2 {
			landed += n
		}
	}
	fmt.Printf("registry: %d publish PUTs: %d failed before forwarding (503), %d forwarded to Verdaccio, answered %v; %d of those failed after forwarding (502; %d had landed)",
		reg.puts, reg.failedBefore, reg.puts-reg.failedBefore, reg.answers, reg.failedAfter, reg.landedHidden)
	slices.Sort(reg.lat)
	fmt.Printf("; Verdaccio publish p50 %s p99 %s", pct(reg.lat, 50), pct(reg.lat, 99))
	if reg.transportErrs > 0 {
		fmt.Printf("; %d proxy errors", reg.transportErrs)
	}
	fmt.Println()
	if landed != len(rels) {
		problems = append(problems, fmt.Sprintf("Verdaccio accepted %d publishes for %d releases", landed, len(rels)))
	}
	landedHidden := reg.landedHidden
	reg.mu.Unlock()
	mon.mu.Lock()
	fmt.Printf("worker: %d refused re-publishes taken as done (the version there has the release's integrity), %d versions there with other bytes\n", mon.already, len(mon.mismatch))
	// Every publish that landed behind a 502 is retried and refused.
	if mon.already < landedHidden {
		problems = append(problems, fmt.Sprintf("%d publishes landed behind a 502 but only %d refused re-publishes were taken as done", landedHidden, mon.already))
	}
	for v := range mon.mismatch {
		problems = append(problems, v+" is on the registry with other bytes")
	}
	mon.mu.Unlock()
	client, err := ethclient.DialContext(ctx, dc.URL)
	if err != nil {
		return err
	}
	defer client.Close()
	c := chain.NewVouchRegistry()
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{dc.Registry}, Topics: [][]common.Hash{{c.GetABI().Events["BatchAnchored"].ID}}})
	if err != nil {
		return err
	}
	seen := map[[32]byte]int{}
	for i := range logs {
		ev, err := c.UnpackBatchAnchoredEvent(&logs[i])
		if err != nil {
			return err
		}
		seen[ev.Root]++
	}
	for _, r := range rels {
		if n := seen[recordRoot(r.id)]; n != 1 {
			problems = append(problems, fmt.Sprintf("record of %s@%s on chain %d times", r.pkg, r.ver, n))
		}
	}
	fmt.Printf("chain: %d BatchAnchored events for %d releases\n", len(logs), len(rels))
	db, err := sql.Open("pgx", o.dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT state, COUNT(*) FROM chain_outbox GROUP BY state ORDER BY state`)
	if err != nil {
		return err
	}
	defer rows.Close()
	fmt.Print("outbox:")
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return err
		}
		fmt.Printf(" %s=%d", s, n)
		if s != anchor.OutboxConfirmed {
			problems = append(problems, fmt.Sprintf("%d outbox entries %s", n, s))
		}
	}
	fmt.Println()
	if apiErrs > 0 {
		problems = append(problems, fmt.Sprintf("%d API requests failed after retries", apiErrs))
	}
	if len(problems) > 0 {
		for i, p := range problems {
			if i == 20 {
				fmt.Printf("... and %d more\n", len(problems)-20)
				break
			}
			fmt.Println("FAIL:", p)
		}
		return fmt.Errorf("%d problems", len(problems))
	}
	fmt.Println("PASS: every release published to Verdaccio exactly once with its bytes, every record on chain exactly once, no outbox entry stuck")
	return nil
}

// checkRegistry reads Verdaccio itself (not through the proxy): per
// package, the packument must hold exactly the releases' versions, each
// with the release's integrity, and each tarball Verdaccio serves must hash
// to it.
func checkRegistry(ctx context.Context, rels []release, npm *verdaccio.Registry) []string {
	var problems []string
	want := map[string]map[string]release{}
	for _, r := range rels {
		if want[r.pkg] == nil {
			want[r.pkg] = map[string]release{}
		}
		want[r.pkg][r.ver] = r
	}
	get := func(u string) ([]byte, error) {
		req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
		if err != nil {
			return nil, err
		}
		resp, err := npm.Client().Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
		if err == nil && resp.StatusCode != http.StatusOK {
			err = fmt.Errorf("HTTP %d", resp.StatusCode)
		}
		return b, err
	}
	versions, tarballs := 0, 0
	for pkg, vs := range want {
		body, err := get(npm.URL + "/" + pkg)
		if err != nil {
			problems = append(problems, fmt.Sprintf("packument of %s: %v", pkg, err))
			continue
		}
		var p packument
		if err := json.Unmarshal(body, &p); err != nil {
			problems = append(problems, fmt.Sprintf("packument of %s: %v", pkg, err))
			continue
		}
		versions += len(p.Versions)
		for v := range p.Versions {
			if _, ok := vs[v]; !ok {
				problems = append(problems, fmt.Sprintf("%s@%s is on the registry but is no release", pkg, v))
			}
		}
		for v, r := range vs {
			got, ok := p.Versions[v]
			if !ok {
				problems = append(problems, fmt.Sprintf("%s@%s is not on the registry", pkg, v))
				continue
			}
			sum := sha512.Sum512(r.tgz)
			if got.Dist.Integrity != enclave.SRI(sum[:]) {
				problems = append(problems, fmt.Sprintf("%s@%s: integrity %s on the registry", pkg, v, got.Dist.Integrity))
				continue
			}
			tu, err := url.Parse(got.Dist.Tarball)
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s@%s: tarball URL %q", pkg, v, got.Dist.Tarball))
				continue
			}
			tgz, err := get(npm.URL + tu.EscapedPath())
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s@%s: tarball: %v", pkg, v, err))
				continue
			}
			if served := sha512.Sum512(tgz); served != sum {
				problems = append(problems, fmt.Sprintf("%s@%s: Verdaccio serves other bytes", pkg, v))
				continue
			}
			tarballs++
		}
	}
	fmt.Printf("Verdaccio: %d packuments read, %d versions listed, %d tarballs served with the release's sha512\n", len(want), versions, tarballs)
	return problems
}

// npmTarball is a minimal npm package: package/package.json and
// package/index.js (returning ret), gzip'd tar, fixed times (the same
// bytes every run).
func npmTarball(name, version, ret string) ([]byte, error) {
	manifest, err := json.Marshal(map[string]any{"name": name, "version": version, "main": "index.js",
		"description": "vouch soak package " + name, "license": "MIT"})
	if err != nil {
		return nil, err
	}
	code := fmt.Sprintf("'use strict';\n// %s@%s\nmodule.exports = function soak() { return %q; };\n/* %s */\n",
		name, version, ret, strings.Repeat("soak ", 400))
	return corpus.PackFiles([]corpus.File{{Name: "package.json", Data: manifest}, {Name: "index.js", Data: []byte(code)}})
}

// injectFaults kills the leader at 30% of the releases and cuts the RPC
// at 60%, reporting each fault and the failover time.
func injectFaults(ctx context.Context, o options, rels []release, done *atomic.Int64, reps []*replicaProc, mon *monitor,
	rpc *proxy, out chan<- string, restart func(name string) *replicaProc) {
	waitFor := func(frac float64) bool {
		for int(done.Load()) < int(frac*float64(len(rels))) {
			if ctx.Err() != nil {
				return false
			}
			time.Sleep(20 * time.Millisecond)
		}
		return true
	}
	if o.killLeader && waitFor(0.3) {
		name := mon.leader()
		var victim *replicaProc
		for _, r := range reps {
			if r.name == name {
				victim = r
			}
		}
		if victim != nil {
			killed := time.Now()
			_ = victim.cmd.Process.Signal(syscall.SIGKILL)
			next, err := mon.waitLeader(ctx, name, killed.Add(30*time.Second))
			if err != nil {
				out <- "leader kill: " + err.Error()
			} else {
				out <- fmt.Sprintf("SIGKILL leader %s at %d/%d releases: %s leads after %s (failover)", name, done.Load(), len(rels), next.arg, next.at.Sub(killed).Round(time.Millisecond))
			}
			time.Sleep(2 * time.Second)
			if restart(name) != nil {
				out <- fmt.Sprintf("restarted %s as a follower", name)
			}
		}
	}
	if o.cutRPC && waitFor(0.6) {
		rpc.stop()
		cut := time.Now()
		time.Sleep(3 * time.Second)
		if err := rpc.start(); err != nil {
			out <- "rpc restart failed: " + err.Error()
			return
		}
		out <- fmt.Sprintf("chain RPC down for %s at %d/%d releases, then restored", time.Since(cut).Round(time.Millisecond), done.Load(), len(rels))
	}
}

func prepare(ctx context.Context, cl *clients, dom wire.Domain, o options) ([]release, error) {
	keys := make([][]*ecdsa.PrivateKey, o.packages)
	coord, err := crypto.ToECDSA(crypto.Keccak256([]byte("soak-coordinator")))
	if err != nil {
		return nil, err
	}
	for p := range keys {
		var addrs []common.Address
		for m := range 3 {
			k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("soak package %d maintainer %d", p, m))))
			if err != nil {
				return nil, err
			}
			keys[p] = append(keys[p], k)
			addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey))
		}
		pol := wire.PolicyChange{PackageName: pkgName(p), Maintainers: addrs, Threshold: 3, VetoWindow: 0, MinScore: 0}
		d, err := wire.Digest(dom, wire.Enrollment(pol))
		if err != nil {
			return nil, err
		}
		var sigs []api.SignedBy
		for _, k := range keys[p] {
			sigs = append(sigs, signDigest(k, d))
		}
		// The replicas have no coordinator: the client brings the
		// coordinator's NameControl countersignature over the enrollment,
		// which the host keeps as is (the contract checks it when the
		// enrollment goes on chain; this run anchors records only). A fixed
		// key stands in for the coordinator's, as in bench/load.
		ncd, err := wire.Digest(dom, wire.NameControl{EnrollmentDigest: d})
		if err != nil {
			return nil, err
		}
		nc, err := wire.Sign(coord, ncd)
		if err != nil {
			return nil, err
		}
		if code, body := cl.send(ctx, 0, "POST", "/v1/packages", "application/json", mustJSON(api.PolicyRequest{Policy: pol, Signatures: sigs, NameControl: nc}), nil); code != 201 && code != 200 {
			return nil, fmt.Errorf("enroll %s: %d %s", pol.PackageName, code, body)
		}
	}
	rels := make([]release, o.releases)
	for i := range rels {
		p := i % o.packages
		ver := fmt.Sprintf("1.0.%d", i/o.packages)
		tgz, err := npmTarball(pkgName(p), ver, pkgName(p)+"@"+ver)
		if err != nil {
			return nil, err
		}
		h := common.Hash(sha256.Sum256(tgz))
		sum := sha512.Sum512(tgz)
		rj := api.ReleaseJSON{PackageName: pkgName(p), Version: ver, Integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:]), ContentHash: h, Nonce: uint64(i/o.packages + 1)}
		d, err := wire.Digest(dom, wire.Release{PackageName: rj.PackageName, Version: rj.Version, Integrity: sum[:], ContentHash: h, Nonce: rj.Nonce})
		if err != nil {
			return nil, err
		}
		rels[i] = release{id: wire.HexDigest(d), pkg: rj.PackageName, ver: ver, tgz: tgz, hash: h,
			propose:  mustJSON(api.ProposeRequest{Release: rj, SignedBy: signDigest(keys[p][0], d)}),
			approves: [][]byte{mustJSON(signDigest(keys[p][1], d)), mustJSON(signDigest(keys[p][2], d))}}
	}
	return rels, nil
}

func pkgName(p int) string { return fmt.Sprintf("soak-pkg-%03d", p) }

// clients sends requests to the replicas round-robin, retrying a request
// on the next replica when one is down (every write is idempotent).
type clients struct {
	mu    sync.Mutex
	bases []string
	http  *http.Client
	next  atomic.Uint64
}

func (c *clients) replace(name, base string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var i int
	fmt.Sscanf(name, "replica-%d", &i)
	if i < len(c.bases) {
		c.bases[i] = base
	}
}

func (c *clients) base(i int) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bases[i%len(c.bases)]
}

func (c *clients) send(ctx context.Context, pick int, method, path, ctype string, body []byte, hdr http.Header) (int, []byte) {
	req, err := http.NewRequestWithContext(ctx, method, c.base(pick)+path, bytes.NewReader(body))
	if err != nil {
		return 0, nil
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, []byte(err.Error())
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, b
}

// call sends one request with retries across replicas; it returns the
// latency of the answered attempt and whether it succeeded.
func (c *clients) call(ctx context.Context, method, path, ctype string, body []byte, hdr http.Header) (time.Duration, bool) {
	pick := int(c.next.Add(1))
	for attempt := range 20 {
		t0 := time.Now()
		code, _ := c.send(ctx, pick+attempt, method, path, ctype, body, hdr)
		d := time.Since(t0)
		switch {
		case code == 200 || code == 201:
			return d, true
		case code == 0 || code == 502 || code == 503 || code == 429:
			time.Sleep(time.Duration(attempt+1) * 20 * time.Millisecond)
			continue
		default:
			return d, false
		}
	}
	return 0, false
}

func (c *clients) drive(ctx context.Context, rels []release, n int, done *atomic.Int64) ([]time.Duration, int, int) {
	var mu sync.Mutex
	var lat []time.Duration
	approvals, errs := 0, 0
	var next atomic.Int64
	var wg sync.WaitGroup
	record := func(d time.Duration, ok bool, approval bool) {
		mu.Lock()
		defer mu.Unlock()
		if !ok {
			errs++
			return
		}
		lat = append(lat, d)
		if approval {
			approvals++
		}
	}
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(rels) || ctx.Err() != nil {
					return
				}
				r := rels[i]
				hdr := http.Header{api.ProposalHeader: {base64.StdEncoding.EncodeToString(r.propose)}}
				d, ok := c.call(ctx, "PUT", "/v1/tarballs/"+r.hash.Hex(), "application/octet-stream", r.tgz, hdr)
				record(d, ok, false)
				d, ok = c.call(ctx, "POST", "/v1/releases", "application/json", r.propose, nil)
				record(d, ok, false)
				// The two co-maintainers approve at the same time.
				var aw sync.WaitGroup
				for _, a := range r.approves {
					aw.Add(1)
					go func() {
						defer aw.Done()
						d, ok := c.call(ctx, "POST", "/v1/releases/"+r.id+"/signatures", "application/json", a, nil)
						record(d, ok, true)
					}()
				}
				aw.Wait()
				done.Add(1)
			}
		}()
	}
	wg.Wait()
	return lat, approvals, errs
}

func pct(sorted []time.Duration, p int) string {
	if len(sorted) == 0 {
		return "-"
	}
	d := sorted[(len(sorted)-1)*p/100]
	return fmt.Sprintf("%.2fms", float64(d.Microseconds())/1000)
}

func signDigest(k *ecdsa.PrivateKey, d [32]byte) api.SignedBy {
	sig, err := wire.Sign(k, d)
	if err != nil {
		panic(err)
	}
	return api.SignedBy{Signer: crypto.PubkeyToAddress(k.PublicKey), Signature: sig}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}
