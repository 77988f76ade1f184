package main

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// monitor follows the replicas' LEADING/LOST lines.
type monitor struct {
	mu      sync.Mutex
	current string
	changed chan event
}

func newMonitor(events <-chan event) *monitor {
	m := &monitor{changed: make(chan event, 64)}
	go func() {
		for ev := range events {
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

// registry is a package registry that refuses re-publishes (409, as npm
// does) and fails a share of PUTs with 503.
type registry struct {
	mu        sync.Mutex
	rng       *rand.Rand
	fail      float64
	puts      int
	failed    int
	conflicts int
	accepted  map[string]int
}

func newRegistry(fail float64) *registry {
	return &registry{rng: rand.New(rand.NewPCG(19, 2026)), fail: fail, accepted: map[string]int{}}
}

func (r *registry) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != "PUT" {
		http.Error(w, "PUT only", http.StatusMethodNotAllowed)
		return
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(req.Body, 1<<20))
	parts := strings.Split(strings.Trim(req.URL.Path, "/"), "/")
	if len(parts) != 2 {
		http.Error(w, "want /name/version", http.StatusBadRequest)
		return
	}
	key := parts[0] + "@" + parts[1]
	r.mu.Lock()
	defer r.mu.Unlock()
	r.puts++
	if r.rng.Float64() < r.fail {
		r.failed++
		http.Error(w, "injected failure", http.StatusServiceUnavailable)
		return
	}
	if r.accepted[key] > 0 {
		r.conflicts++
		http.Error(w, "version exists", http.StatusConflict)
		return
	}
	r.accepted[key]++
	w.WriteHeader(http.StatusCreated)
}

func (r *registry) serve() (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: r, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() { _ = srv.Close() }, nil
}
