package sandbox

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"
)

// sinkPorts are the TCP ports the sink accepts on every address inside the sandbox's
// network namespace (a local route sends every address to loopback). Connections to
// other ports are refused by the kernel and still recorded from the trace.
var sinkPorts = []int{21, 22, 23, 25, 53, 80, 443, 465, 587, 993, 1080, 1337, 2375, 3000, 3128, 4444, 5000, 5555, 6666, 6667, 8000, 8080, 8081, 8443, 8888, 9000, 9001, 9050, 9443, 31337}

// Bounds on what a hostile package can make the sink hold: bytes kept of one
// connection, connections served at once, attempts recorded per pass.
const (
	maxFirstBytes = 64 << 10
	maxConns      = 32
	maxAttempts   = 2000
)

// attempt is one outbound attempt the sink answered.
type attempt struct {
	Step  string
	Kind  string // "dns", "http", "https", "tls", "tcp"
	Dest  string // address:port as dialled (the name when it came from a sink DNS answer)
	Name  string // DNS name, TLS SNI or HTTP Host
	Line  string // first request line (HTTP) or empty
	Bytes []byte // first bytes (decrypted for TLS)
}

// sink answers DNS and accepts TCP, TLS and HTTP inside the namespace, recording each
// attempt against the step that runs.
type sink struct {
	mu       sync.Mutex
	step     string
	attempts []attempt
	names    map[[4]byte]string // sink-assigned address -> DNS name
	addrs    map[string][4]byte
	ca       *x509.Certificate
	caKey    *ecdsa.PrivateKey
	caPEM    []byte
	leafKey  *ecdsa.PrivateKey
	certs    map[string]*tls.Certificate
	closers  []func() error
	wg       sync.WaitGroup
	// geoRU makes HTTP answers a geolocation lookup's JSON placing the machine in
	// Russia (the second pass), so geo-gated payloads (node-ipc) run.
	geoRU   bool
	slots   chan struct{}
	dropped int
}

func newSink() (*sink, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	leafKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "vouch sandbox sink CA"},
		NotBefore: time.Unix(0, 0), NotAfter: time.Unix(1<<33, 0),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	ca, _ := x509.ParseCertificate(der)
	return &sink{
		names: map[[4]byte]string{}, addrs: map[string][4]byte{}, certs: map[string]*tls.Certificate{}, slots: make(chan struct{}, maxConns),
		ca: ca, caKey: key, leafKey: leafKey, caPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
	}, nil
}

func (s *sink) setStep(step string) {
	s.mu.Lock()
	s.step = step
	s.mu.Unlock()
}

func (s *sink) record(a attempt) {
	s.mu.Lock()
	a.Step = s.step
	if len(s.attempts) < maxAttempts {
		s.attempts = append(s.attempts, a)
	} else {
		s.dropped++
	}
	s.mu.Unlock()
}

// take returns and clears the attempts recorded so far, and how many were not kept.
func (s *sink) take() ([]attempt, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out, dropped := s.attempts, s.dropped
	s.attempts, s.dropped = nil, 0
	return out, dropped
}

// addrFor gives each DNS name its own address in 127.1.0.0/16, so a later connection
// names the host it was meant for.
func (s *sink) addrFor(name string) [4]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	if a, ok := s.addrs[name]; ok {
		return a
	}
	n := len(s.addrs) + 1
	a := [4]byte{127, 1, byte(n >> 8), byte(n)}
	if n >= 1<<16-1 {
		a = [4]byte{127, 1, 255, 255}
	}
	s.addrs[name], s.names[a] = a, name
	return a
}

// nameOf returns the DNS name the sink answered with ip, if any.
func (s *sink) nameOf(ip net.IP) string {
	v4 := ip.To4()
	if v4 == nil {
		return ""
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.names[[4]byte(v4)]
}

// listen opens the sink's sockets. It must run on the thread that is inside the
// sandbox's network namespace.
func (s *sink) listen() error {
	pc, err := net.ListenPacket("udp4", "0.0.0.0:53")
	if err != nil {
		return fmt.Errorf("sandbox: sink DNS: %w", err)
	}
	s.closers = append(s.closers, pc.Close)
	s.wg.Add(1)
	go s.serveDNS(pc)
	for _, p := range sinkPorts {
		ln, err := net.Listen("tcp4", "0.0.0.0:"+strconv.Itoa(p))
		if err != nil {
			s.close()
			return fmt.Errorf("sandbox: sink port %d: %w", p, err)
		}
		s.closers = append(s.closers, ln.Close)
		s.wg.Add(1)
		go s.serveTCP(ln, p)
	}
	return nil
}

func (s *sink) close() {
	for _, c := range s.closers {
		_ = c()
	}
	s.closers = nil
	s.wg.Wait()
}

func (s *sink) serveDNS(pc net.PacketConn) {
	defer s.wg.Done()
	buf := make([]byte, 4096)
	for {
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			continue
		}
		q, err := parseDNSQuery(buf[:n])
		if err != nil {
			s.record(attempt{Kind: "udp", Dest: "53", Bytes: append([]byte(nil), buf[:min(n, 512)]...)})
			continue
		}
		s.record(attempt{Kind: "dns", Name: q.Name, Line: dnsTypeName(q.Type), Bytes: []byte(q.Name)})
		_, _ = pc.WriteTo(dnsAnswer(buf[:n], q, s.addrFor(strings.ToLower(q.Name))), from)
	}
}

func (s *sink) serveTCP(ln net.Listener, port int) {
	defer s.wg.Done()
	var conns sync.WaitGroup
	defer conns.Wait()
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		select {
		case s.slots <- struct{}{}:
		default:
			// Too many connections at once: refuse this one (the trace still has it).
			_ = c.Close()
			continue
		}
		conns.Add(1)
		go func() {
			defer conns.Done()
			defer func() { <-s.slots }()
			s.serveConn(c, port)
		}()
	}
}

// serveConn reads what the client sends first, answers HTTP with 200, and records it.
func (s *sink) serveConn(c net.Conn, port int) {
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	_ = c.SetDeadline(time.Now().Add(3 * time.Second))
	local, _ := c.LocalAddr().(*net.TCPAddr)
	a := attempt{Kind: "tcp"}
	if local != nil {
		host := local.IP.String()
		if n := s.nameOf(local.IP); n != "" {
			host, a.Name = n, n
		}
		a.Dest = net.JoinHostPort(host, strconv.Itoa(port))
	}
	br := bufio.NewReader(c)
	var rw net.Conn = &peekedConn{Conn: c, r: br}
	if first, err := br.Peek(1); err == nil && first[0] == 0x16 {
		tc := tls.Server(&peekedConn{Conn: c, r: br}, &tls.Config{GetCertificate: s.certFor, MinVersion: tls.VersionTLS12})
		a.Kind = "tls"
		err := tc.HandshakeContext(ctx)
		if sni := tc.ConnectionState().ServerName; sni != "" {
			a.Name = sni
		}
		if err != nil {
			a.Line = "handshake refused by the client (certificate not trusted)"
			s.record(a)
			return
		}
		rw = tc
	}
	data := readFirst(rw)
	a.Bytes = data
	if line, host, ok := httpHead(data); ok {
		if a.Kind == "tls" {
			a.Kind = "https"
		} else {
			a.Kind = "http"
		}
		a.Line = line
		if host != "" && a.Name == "" {
			a.Name = host
		}
		body, ctype := "ok", "text/plain"
		if s.geoRU {
			body, ctype = `{"ip":"95.173.136.70","country_code2":"RU","country_code":"RU","countryCode":"RU","country":"RU","country_name":"Russia","countryName":"Russia","city":"Moscow","time_zone":{"name":"Europe/Moscow"}}`, "application/json"
		}
		_, _ = rw.Write([]byte("HTTP/1.1 200 OK\r\nContent-Type: " + ctype + "\r\nContent-Length: " + strconv.Itoa(len(body)) + "\r\nConnection: close\r\n\r\n" + body))
	}
	s.record(a)
}

type peekedConn struct {
	net.Conn
	r *bufio.Reader
}

func (p *peekedConn) Read(b []byte) (int, error) { return p.r.Read(b) }

// readFirst reads until the client pauses (200 ms), a whole HTTP request has arrived, or
// maxFirstBytes.
func readFirst(r interface{ Read([]byte) (int, error) }) []byte {
	var buf bytes.Buffer
	chunk := make([]byte, 16<<10)
	for buf.Len() < maxFirstBytes {
		if d, ok := r.(interface{ SetReadDeadline(time.Time) error }); ok {
			_ = d.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
		}
		n, err := r.Read(chunk[:min(len(chunk), maxFirstBytes-buf.Len())])
		buf.Write(chunk[:n])
		if err != nil || httpComplete(buf.Bytes()) {
			break
		}
	}
	return buf.Bytes()
}

var httpMethods = []string{"GET ", "POST ", "PUT ", "HEAD ", "DELETE ", "PATCH ", "OPTIONS ", "CONNECT "}

// httpHead returns the request line and Host header of an HTTP request.
func httpHead(b []byte) (line, host string, ok bool) {
	s := string(b[:min(len(b), 8192)])
	for _, m := range httpMethods {
		if strings.HasPrefix(s, m) {
			ok = true
		}
	}
	if !ok {
		return "", "", false
	}
	line, rest, _ := strings.Cut(s, "\r\n")
	for _, h := range strings.Split(rest, "\r\n") {
		if k, v, found := strings.Cut(h, ":"); found && strings.EqualFold(k, "host") {
			host = strings.TrimSpace(v)
		}
		if h == "" {
			break
		}
	}
	if len(line) > 200 {
		line = line[:200]
	}
	return line, host, true
}

func httpComplete(b []byte) bool {
	head, body, found := bytes.Cut(b, []byte("\r\n\r\n"))
	if !found {
		return false
	}
	if _, _, ok := httpHead(b); !ok {
		return false
	}
	for _, h := range strings.Split(string(head), "\r\n") {
		if k, v, ok := strings.Cut(h, ":"); ok && strings.EqualFold(k, "content-length") {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			return err == nil && len(body) >= n
		}
	}
	return true
}

// certFor mints a certificate for the name the client asked for, signed by the run's CA
// that the sandbox trusts (NODE_EXTRA_CA_CERTS, SSL_CERT_FILE), so TLS payloads are seen.
func (s *sink) certFor(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
	name := hello.ServerName
	if name == "" {
		name = "sink.invalid"
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.certs[name]; ok {
		return c, nil
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(int64(len(s.certs) + 2)), Subject: pkix.Name{CommonName: name},
		NotBefore: time.Unix(0, 0), NotAfter: time.Unix(1<<33, 0),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	if ip := net.ParseIP(name); ip != nil {
		tmpl.IPAddresses = []net.IP{ip}
	} else {
		tmpl.DNSNames = []string{name}
	}
	if local, ok := hello.Conn.LocalAddr().(*net.TCPAddr); ok {
		tmpl.IPAddresses = append(tmpl.IPAddresses, local.IP)
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, s.ca, &s.leafKey.PublicKey, s.caKey)
	if err != nil {
		return nil, err
	}
	c := &tls.Certificate{Certificate: [][]byte{der}, PrivateKey: s.leafKey}
	s.certs[name] = c
	return c, nil
}
