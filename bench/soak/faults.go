package main

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"time"
)

// monitor follows the replicas' LEADING/LOST lines, and counts their
// ALREADY lines (a refused re-publish found to be this release's bytes,
// taken as done) and MISMATCH lines (a version there with other bytes).
type monitor struct {
	mu       sync.Mutex
	current  string
	changed  chan event
	already  int
	mismatch map[string]bool
}

func newMonitor(events <-chan event) *monitor {
	m := &monitor{changed: make(chan event, 64), mismatch: map[string]bool{}}
	go func() {
		for ev := range events {
			switch ev.kind {
			case "ALREADY":
				m.mu.Lock()
				m.already++
				m.mu.Unlock()
			case "MISMATCH":
				m.mu.Lock()
				m.mismatch[ev.arg] = true
				m.mu.Unlock()
			}
			if ev.kind != "LEADING" && ev.kind != "LOST" {
				continue
			}
			m.mu.Lock()
			if ev.kind == "LEADING" {
				m.current = ev.arg
			} else if m.current == ev.arg {
				m.current = ""
			}
			m.mu.Unlock()
			if ev.kind == "LEADING" {
				select {
				case m.changed <- ev:
				default:
				}
			}
		}
	}()
	return m
}

func (m *monitor) leader() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.current
}

// waitLeader waits for a LEADING line from a replica other than not.
func (m *monitor) waitLeader(ctx context.Context, not string, deadline time.Time) (event, error) {
	if cur := m.leader(); cur != "" && cur != not {
		return event{kind: "LEADING", arg: cur, at: time.Now()}, nil
	}
	for {
		select {
		case ev := <-m.changed:
			if ev.arg != not {
				return ev, nil
			}
		case <-time.After(time.Until(deadline)):
			return event{}, errors.New("no leader elected in time")
		case <-ctx.Done():
			return event{}, ctx.Err()
		}
	}
}

// proxy is the chain's RPC as the replicas reach it: a loopback TCP proxy
// that can be stopped (connections cut, port closed) and started again.
type proxy struct {
	target string
	addr   string
	mu     sync.Mutex
	ln     net.Listener
	conns  map[net.Conn]struct{}
}

func newProxy(rpcURL string) (*proxy, error) {
	u, err := url.Parse(rpcURL)
	if err != nil {
		return nil, err
	}
	p := &proxy{target: u.Host, addr: "127.0.0.1:0", conns: map[net.Conn]struct{}{}}
	if err := p.start(); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *proxy) url() string { return "http://" + p.addr }

func (p *proxy) start() error {
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		return err
	}
	p.mu.Lock()
	p.ln, p.addr = ln, ln.Addr().String()
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.pipe(c)
		}
	}()
	return nil
}

func (p *proxy) pipe(c net.Conn) {
	up, err := net.DialTimeout("tcp", p.target, 2*time.Second)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	p.conns[c], p.conns[up] = struct{}{}, struct{}{}
	p.mu.Unlock()
	go func() { _, _ = io.Copy(up, c); up.Close() }()
	_, _ = io.Copy(c, up)
	c.Close()
	p.mu.Lock()
	delete(p.conns, c)
	delete(p.conns, up)
	p.mu.Unlock()
}

func (p *proxy) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
}

// faultyRegistry is the registry as the leader reaches it: a reverse proxy
// (net/http/httputil) in front of Verdaccio that fails a share of publish
// PUTs, half of them before forwarding (the publish never reaches
// Verdaccio: 503) and half after (Verdaccio took it, the leader sees 502),
// so a retry of a publish that landed meets Verdaccio's refusal to publish
// over an existing version. Other requests pass through untouched.
type faultyRegistry struct {
	rp   *httputil.ReverseProxy
	mu   sync.Mutex
	rng  *rand.Rand
	fail float64
	// counts of publish PUTs
	puts, failedBefore, failedAfter, landedHidden, transportErrs int
	answers                                                      map[int]int // Verdaccio's status per forwarded PUT
	lat                                                          []time.Duration
}

type failAfterKey struct{}

var errInjected = errors.New("injected failure after forwarding")

func newFaultyRegistry(target string, fail float64) (*faultyRegistry, error) {
	u, err := url.Parse(target)
	if err != nil {
		return nil, err
	}
	f := &faultyRegistry{rng: rand.New(rand.NewPCG(19, 2026)), fail: fail, answers: map[int]int{}}
	f.rp = &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) { pr.SetURL(u) },
		ModifyResponse: func(resp *http.Response) error {
			if !isPublish(resp.Request) {
				return nil
			}
			after, _ := resp.Request.Context().Value(failAfterKey{}).(bool)
			f.mu.Lock()
			defer f.mu.Unlock()
			f.answers[resp.StatusCode]++
			if !after {
				return nil
			}
			f.failedAfter++
			if resp.StatusCode/100 == 2 {
				f.landedHidden++
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			return errInjected
		},
		ErrorHandler: func(w http.ResponseWriter, req *http.Request, err error) {
			if !errors.Is(err, errInjected) && isPublish(req) {
				f.mu.Lock()
				f.transportErrs++
				f.mu.Unlock()
			}
			http.Error(w, "registry proxy: "+err.Error(), http.StatusBadGateway)
		},
	}
	return f, nil
}

// isPublish: npm's publish is PUT /<name> (not /-/… user and token calls).
func isPublish(req *http.Request) bool {
	return req.Method == http.MethodPut && !strings.HasPrefix(req.URL.Path, "/-/")
}

func (f *faultyRegistry) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if !isPublish(req) {
		f.rp.ServeHTTP(w, req)
		return
	}
	f.mu.Lock()
	f.puts++
	x := f.rng.Float64()
	before, after := x < f.fail/2, x >= f.fail/2 && x < f.fail
	if before {
		f.failedBefore++
	}
	f.mu.Unlock()
	if before {
		_, _ = io.Copy(io.Discard, req.Body)
		http.Error(w, "injected failure before forwarding", http.StatusServiceUnavailable)
		return
	}
	// A publish forwarded to Verdaccio runs to its end even when the
	// leader dies meanwhile, so every publish that lands is counted.
	// (A context that is never cancelled but has a Done channel: with a
	// nil Done, ReverseProxy cancels on the client's disconnect instead.)
	ctx, cancel := context.WithCancel(context.WithValue(context.WithoutCancel(req.Context()), failAfterKey{}, after))
	defer cancel()
	t0 := time.Now()
	f.rp.ServeHTTP(w, req.WithContext(ctx))
	f.mu.Lock()
	f.lat = append(f.lat, time.Since(t0))
	f.mu.Unlock()
}

func (f *faultyRegistry) serve() (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: f, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() { _ = srv.Close() }, nil
}
