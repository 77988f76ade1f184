// Command load drives the host API over loopback with a bounded load
// generator (requests and duration capped) and prints requests/s and p50/p99
// for propose, approve, status and badge, on SQLite and on PostgreSQL.
// It runs on a developer's machine: go run ./bench/load.
package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/host/store/pgtest"
)

func main() {
	n := flag.Int("requests", 2000, "requests per operation (cap 20000)")
	dur := flag.Duration("duration", 15*time.Second, "time cap per operation (cap 2m)")
	conc := flag.Int("concurrency", 8, "concurrent clients (cap 64)")
	backends := flag.String("backend", "both", "sqlite, postgres or both")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	durable := flag.Bool("pg-durable", true, "run PostgreSQL with its default durability (fsync, synchronous_commit on); false turns them off as the tests do")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "load:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "load:", err)
			os.Exit(1)
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	*n = min(max(*n, 1), 20000)
	*dur = min(max(*dur, time.Second), 2*time.Minute)
	*conc = min(max(*conc, 1), 64)
	if err := run(*n, *dur, *conc, *backends, *durable); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func run(n int, dur time.Duration, conc int, backends string, durable bool) error {
	fmt.Printf("vouch-host load: %d requests or %s per operation, %d clients, loopback HTTP\n", n, dur, conc)
	fmt.Printf("%-9s %-8s %8s %9s %9s %9s %7s\n", "backend", "op", "requests", "req/s", "p50", "p99", "errors")
	dir, err := os.MkdirTemp("", "vouch-load-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if backends == "sqlite" || backends == "both" {
		fmt.Println("sqlite: WAL, synchronous=NORMAL (the host's own settings)")
		if err := bench("sqlite", filepath.Join(dir, "host.db"), n, dur, conc); err != nil {
			return err
		}
	}
	if backends == "postgres" || backends == "both" {
		pg, err := pgtest.StartServerWith(pgtest.Options{Durable: durable})
		if err != nil {
			return fmt.Errorf("postgres: %w", err)
		}
		defer pg.Stop()
		fmt.Printf("postgres: %s\n", pg.Settings)
		if err := bench("postgres", pg.DSN, n, dur, conc); err != nil {
			return err
		}
	}
	return nil
}

type prepared struct {
	id      string
	propose []byte
	approve []byte
	tgz     []byte
	hash    common.Hash
}

func bench(name, dsn string, n int, dur time.Duration, conc int) error {
	ctx := context.Background()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	dom := wire.Domain{ChainID: 1337, Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	srv, err := api.New(api.Config{Store: st, Domain: dom, RatePerClient: rate.Inf, UploadsPerSigner: rate.Inf})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	sctx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(sctx, ln, "", "", 10*time.Second) }()
	defer func() { stop(); <-served }()
	base := "http://" + ln.Addr().String()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conc * 2}, Timeout: 30 * time.Second}

	keys := make([]*ecdsa.PrivateKey, 3)
	var addrs []common.Address
	for i := range keys {
		keys[i], _ = crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("load-maintainer-%d", i))))
		addrs = append(addrs, crypto.PubkeyToAddress(keys[i].PublicKey))
	}
	pkg := "load-pkg"
	pol := wire.PolicyChange{PackageName: pkg, Maintainers: addrs, Threshold: 2, VetoWindow: 60, MinScore: 50}
	var sigs []api.SignedBy
	for _, k := range keys[:2] {
		sigs = append(sigs, signed(k, dom, wire.Enrollment(pol)))
	}
	// This host has no chain and no coordinator: the client brings the
	// coordinator's NameControl countersignature, which the host keeps as is
	// (the contract checks it). A fixed key stands in for the coordinator's.
	ed, err := wire.Digest(dom, wire.Enrollment(pol))
	if err != nil {
		return err
	}
	ncd, err := wire.Digest(dom, wire.NameControl{EnrollmentDigest: ed})
	if err != nil {
		return err
	}
	coord, _ := crypto.ToECDSA(crypto.Keccak256([]byte("load-coordinator")))
	nc, err := wire.Sign(coord, ncd)
	if err != nil {
		return err
	}
	if code, body := send(client, "POST", base+"/v1/packages", "application/json", mustJSON(api.PolicyRequest{Policy: pol, Signatures: sigs, NameControl: nc})); code != 201 {
		return fmt.Errorf("enroll: %d %s", code, body)
	}

	// Sign everything before the clock starts: the bench measures the host.
	preps := make([]prepared, n)
	for i := range preps {
		tgz := []byte(fmt.Sprintf("\x1f\x8b load tarball %d %s", i, bytes.Repeat([]byte("z"), 4096)))
		h := common.Hash(sha256.Sum256(tgz))
		sum := sha512.Sum512(tgz)
		rj := api.ReleaseJSON{PackageName: pkg, Version: fmt.Sprintf("1.0.%d", i), Integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:]), ContentHash: h, Nonce: uint64(i + 1)}
		d, err := wire.Digest(dom, wire.Release{PackageName: rj.PackageName, Version: rj.Version, Integrity: sum[:], ContentHash: h, Nonce: rj.Nonce})
		if err != nil {
			return err
		}
		preps[i] = prepared{id: wire.HexDigest(d), tgz: tgz, hash: h,
			propose: mustJSON(api.ProposeRequest{Release: rj, SignedBy: signDigest(keys[0], d)}),
			approve: mustJSON(signDigest(keys[1], d))}
		if code, body := sendWith(client, "PUT", base+"/v1/tarballs/"+h.Hex(), "application/octet-stream", tgz,
			http.Header{api.ProposalHeader: {base64.StdEncoding.EncodeToString(preps[i].propose)}}); code != 201 {
			return fmt.Errorf("upload: %d %s", code, body)
		}
	}
	ops := []struct {
		name string
		req  func(i int) (method, url, ctype string, body []byte, want int)
	}{
		{"propose", func(i int) (string, string, string, []byte, int) {
			return "POST", base + "/v1/releases", "application/json", preps[i].propose, 201
		}},
		{"approve", func(i int) (string, string, string, []byte, int) {
			return "POST", base + "/v1/releases/" + preps[i].id + "/signatures", "application/json", preps[i].approve, 201
		}},
		{"status", func(i int) (string, string, string, []byte, int) {
			return "GET", base + "/v1/releases/" + preps[i].id, "", nil, 200
		}},
		{"badge", func(i int) (string, string, string, []byte, int) {
			return "GET", base + "/v1/badge/" + pkg + ".svg", "", nil, 200
		}},
	}
	done := n
	for _, op := range ops {
		count := done // approve/status only for releases proposed in time
		lat, errs, elapsed := drive(client, count, dur, conc, op.req)
		if op.name == "propose" {
			done = len(lat) + errs
		}
		slices.Sort(lat)
		fmt.Printf("%-9s %-8s %8d %9.0f %9s %9s %7d\n", name, op.name, len(lat)+errs,
			float64(len(lat)+errs)/elapsed.Seconds(), pct(lat, 50), pct(lat, 99), errs)
	}
	return nil
}

// drive sends up to n requests from conc clients, stopping at dur.
func drive(c *http.Client, n int, dur time.Duration, conc int, req func(int) (string, string, string, []byte, int)) ([]time.Duration, int, time.Duration) {
	var next atomic.Int64
	var mu sync.Mutex
	var lat []time.Duration
	var errs int
	deadline := time.Now().Add(dur)
	start := time.Now()
	var wg sync.WaitGroup
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n || time.Now().After(deadline) {
					return
				}
				method, url, ct, body, want := req(i)
				t0 := time.Now()
				code, _ := send(c, method, url, ct, body)
				d := time.Since(t0)
				mu.Lock()
				if code == want {
					lat = append(lat, d)
				} else {
					errs++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return lat, errs, time.Since(start)
}

func send(c *http.Client, method, url, ctype string, body []byte) (int, []byte) {
	return sendWith(c, method, url, ctype, body, nil)
}

func sendWith(c *http.Client, method, url, ctype string, body []byte, hdr http.Header) (int, []byte) {
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		return 0, nil
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, []byte(err.Error())
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, b
}

func pct(sorted []time.Duration, p int) string {
	if len(sorted) == 0 {
		return "-"
	}
	d := sorted[(len(sorted)-1)*p/100]
	return fmt.Sprintf("%.2fms", float64(d.Microseconds())/1000)
}

func signed(k *ecdsa.PrivateKey, d wire.Domain, m wire.Message) api.SignedBy {
	dg, err := wire.Digest(d, m)
	if err != nil {
		panic(err)
	}
	return signDigest(k, dg)
}

func signDigest(k *ecdsa.PrivateKey, d [32]byte) api.SignedBy {
	sig, err := wire.Sign(k, d)
	if err != nil {
		panic(errors.Join(errors.New("sign"), err))
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
