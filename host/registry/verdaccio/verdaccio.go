// Package verdaccio starts a real npm registry (Verdaccio, installed by
// mk/verdaccio.mk): offline, on a free loopback port, optionally behind TLS
// with a throw-away CA. `vouch demo` and `vouch-host --dev` run it; tests
// start it through enclave/registrytest. It links no test code.
package verdaccio

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

// Registry is one running Verdaccio.
type Registry struct {
	URL   string        // https://127.0.0.1:PORT or http://…
	CAPEM []byte        // the test CA (TLS only)
	Dir   string        // its storage and config
	Log   *LockedBuffer // Verdaccio's output
	http  *http.Client

	stop     func()
	stopOnce sync.Once
}

// LockedBuffer is a bytes.Buffer safe to write from the child's output copier
// while a test (or the demo) reads it.
type LockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *LockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// String returns what was written so far.
func (l *LockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Bytes returns a copy of what was written so far.
func (l *LockedBuffer) Bytes() []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	return bytes.Clone(l.b.Bytes())
}

// Options choose how the registry runs.
type Options struct {
	TLS bool
	// Binary is the Verdaccio to run (default: Binary()).
	Binary string
	// BcryptRounds is the htpasswd bcrypt cost (4..31; 0: Verdaccio's 10).
	// Verdaccio's tokens carry the password AES-encrypted and it checks
	// the password on every authenticated request: at cost 10 that is
	// about 100 ms of CPU (bcryptjs) each. bench/soak publishes thousands
	// of versions and sets 4. (Verdaccio's JWT tokens would avoid the
	// check, but 6.x loses the body of a publish made with one:
	// verdaccio/verdaccio#6080.)
	BcryptRounds int
}

// Binary returns the Verdaccio executable: $VERDACCIO_BIN, or
// build/verdaccio/node_modules/.bin/verdaccio above the working directory.
func Binary() (string, error) {
	if b := os.Getenv("VERDACCIO_BIN"); b != "" {
		return b, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			bin := filepath.Join(dir, "build", "verdaccio", "node_modules", ".bin", "verdaccio")
			if _, err := os.Stat(bin); err != nil {
				return "", fmt.Errorf("verdaccio is not installed at %s (run make verdaccio): %w", bin, err)
			}
			return bin, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Launch runs Verdaccio with its storage and config in dir until Stop. The
// demo and vouch-host --dev use it directly; tests use registrytest.Start.
func Launch(dir string, opt Options) (*Registry, error) {
	bin := opt.Binary
	if bin == "" {
		b, err := Binary()
		if err != nil {
			return nil, err
		}
		bin = b
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	scheme := "http"
	r := &Registry{Dir: dir, Log: &LockedBuffer{}}
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}
	httpsBlock := ""
	if opt.TLS {
		scheme = "https"
		caPEM, certPEM, keyPEM, err := testCA()
		if err != nil {
			return nil, err
		}
		r.CAPEM = caPEM
		if err := os.WriteFile(filepath.Join(dir, "ca.pem"), caPEM, 0o600); err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(dir, "cert.pem"), certPEM, 0o600); err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(dir, "key.pem"), keyPEM, 0o600); err != nil {
			return nil, err
		}
		httpsBlock = fmt.Sprintf("https:\n  key: %s\n  cert: %s\n", filepath.Join(dir, "key.pem"), filepath.Join(dir, "cert.pem"))
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(caPEM)
		tlsCfg.RootCAs = pool
	}
	rounds := ""
	if opt.BcryptRounds != 0 {
		if opt.BcryptRounds < 4 || opt.BcryptRounds > 31 {
			return nil, fmt.Errorf("bcrypt rounds %d: want 4..31", opt.BcryptRounds)
		}
		rounds = fmt.Sprintf("    algorithm: bcrypt\n    rounds: %d\n", opt.BcryptRounds)
	}
	cfg := fmt.Sprintf(`storage: %s
auth:
  htpasswd:
    file: %s
    max_users: 1000
%suplinks: {}
packages:
  '@*/*':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
  '**':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
max_body_size: 64mb
%slog: { type: stdout, format: pretty, level: warn }
`, filepath.Join(dir, "storage"), filepath.Join(dir, "htpasswd"), rounds, httpsBlock)
	if err := os.WriteFile(filepath.Join(dir, "config.yaml"), []byte(cfg), 0o600); err != nil {
		return nil, err
	}
	r.URL = fmt.Sprintf("%s://127.0.0.1:%d", scheme, port)

	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "--config", filepath.Join(dir, "config.yaml"), "--listen", r.URL)
	cmd.Stdout, cmd.Stderr = r.Log, r.Log
	cmd.Env = append(os.Environ(), "NODE_ENV=production")
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // never outlive whoever started it
	if err := cmd.Start(); err != nil {
		cancel()
		return nil, fmt.Errorf("starting verdaccio: %w", err)
	}
	r.stop = func() {
		cancel()
		_ = cmd.Wait()
	}
	r.http = &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{TLSClientConfig: tlsCfg}}
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := r.http.Get(r.URL + "/-/ping")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return r, nil
			}
		}
		if time.Now().After(deadline) {
			r.Stop()
			return nil, fmt.Errorf("verdaccio did not answer on %s within 30 s: %v\n%s", r.URL, err, r.Log.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Stop ends Verdaccio; it is safe to call twice.
func (r *Registry) Stop() {
	r.stopOnce.Do(func() {
		if r.stop != nil {
			r.stop()
		}
	})
}

// Client is an HTTP client that trusts the registry's CA.
func (r *Registry) Client() *http.Client { return r.http }

// NewUser creates a registry user and returns its login token.
func (r *Registry) NewUser(name, password string) (string, error) {
	body, _ := json.Marshal(map[string]string{"name": name, "password": password})
	var out struct {
		Token string `json:"token"`
	}
	if err := r.call(http.MethodPut, "/-/user/org.couchdb.user:"+name, "", body, http.StatusCreated, &out); err != nil {
		return "", err
	}
	if out.Token == "" {
		return "", fmt.Errorf("creating %s: no token in the answer", name)
	}
	return out.Token, nil
}

// NewToken creates an API token for a user (npm token create).
func (r *Registry) NewToken(loginToken, password string, readOnly bool) (string, error) {
	body, _ := json.Marshal(map[string]any{"password": password, "readonly": readOnly, "cidr_whitelist": []string{}})
	var out struct {
		Token string `json:"token"`
	}
	if err := r.call(http.MethodPost, "/-/npm/v1/tokens", loginToken, body, http.StatusOK, &out); err != nil {
		return "", err
	}
	if out.Token == "" {
		return "", fmt.Errorf("token create: no token in the answer")
	}
	return out.Token, nil
}

func (r *Registry) call(method, path, token string, body []byte, want int, out any) error {
	_, err := r.Request(method, path, token, body, want, out)
	return err
}

// Request sends one JSON request to the registry (with token as a Bearer
// token when not empty) and decodes a 2xx answer into out; want 0 accepts
// any status.
func (r *Registry) Request(method, path, token string, body []byte, want int, out any) (int, error) {
	req, err := http.NewRequest(method, r.URL+path, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := r.http.Do(req)
	if err != nil {
		return 0, fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if want != 0 && resp.StatusCode != want {
		return resp.StatusCode, fmt.Errorf("%s %s: HTTP %d, want %d: %s", method, path, resp.StatusCode, want, data)
	}
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(data, out); err != nil {
			return resp.StatusCode, fmt.Errorf("%s %s: %w", method, path, err)
		}
	}
	return resp.StatusCode, nil
}

// testCA makes a CA and a leaf for 127.0.0.1 and localhost.
func testCA() (caPEM, certPEM, keyPEM []byte, err error) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, nil, err
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "vouch registrytest CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return nil, nil, nil, err
	}
	ca, _ := x509.ParseCertificate(caDER)
	leafKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, nil, err
	}
	leafTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, DNSNames: []string{"localhost"},
	}
	leafDER, err := x509.CreateCertificate(rand.Reader, leafTmpl, ca, &leafKey.PublicKey, caKey)
	if err != nil {
		return nil, nil, nil, err
	}
	keyDER, err := x509.MarshalECPrivateKey(leafKey)
	if err != nil {
		return nil, nil, nil, err
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}),
		pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: leafDER}),
		pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), nil
}
