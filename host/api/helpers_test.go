package api_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/store"
)

var domain = wire.Domain{ChainID: 1337, Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

// relay is a test transport to the enclaves: it records what the host
// forwarded so tests can check the host passed bytes through unchanged.
type relay struct {
	mu       sync.Mutex
	nonces   [][]byte
	sealed   map[string]uint64
	lastCT   []byte
	block    chan struct{} // when set, Evidence waits for it
	started  chan struct{}
	panicOn  string
	refuse   bool
	notReady bool
}

func (r *relay) Evidence(ctx context.Context, role string, nonce []byte) ([]byte, error) {
	if r.panicOn == "evidence" {
		panic("relay exploded")
	}
	if r.started != nil {
		r.started <- struct{}{}
	}
	if r.block != nil {
		<-r.block
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.nonces = append(r.nonces, append([]byte(nil), nonce...))
	if r.refuse {
		return nil, fmt.Errorf("%s: %w", role, api.ErrEnclaveRefused)
	}
	return append([]byte(role+":"), nonce...), nil
}

func (r *relay) SealToken(ctx context.Context, pkg string, req api.TokenRequest) (api.SealedToken, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.refuse {
		return api.SealedToken{}, fmt.Errorf("token for %s: %w", pkg, api.ErrEnclaveRefused)
	}
	if r.sealed == nil {
		r.sealed = map[string]uint64{}
	}
	r.sealed[pkg]++
	r.lastCT = append([]byte(nil), req.Ciphertext...)
	sum := sha256.Sum256(req.Ciphertext)
	return api.SealedToken{Sealed: append([]byte("sealed:"), sum[:]...), Version: r.sealed[pkg], Username: "alice", ExpiresAt: req.ExpiresAt}, nil
}

func (r *relay) NameControl(_ context.Context, p wire.PolicyChange, _ []byte) ([]byte, error) {
	if r.refuse {
		return nil, fmt.Errorf("enrollment of %s: %w", p.PackageName, api.ErrEnclaveRefused)
	}
	return make([]byte, 65), nil
}

func (r *relay) Ready(context.Context) error {
	if r.notReady {
		return fmt.Errorf("coordinator down")
	}
	return nil
}

type env struct {
	t     testing.TB
	srv   *api.Server
	h     http.Handler
	st    store.Store
	relay *relay
	keys  []*ecdsa.PrivateKey // maintainers
	addrs []common.Address
	logs  *bytes.Buffer
	// dbPath is the SQLite file of st.
	dbPath string
}

func newEnv(t testing.TB, mut func(*api.Config)) *env {
	t.Helper()
	dbPath := filepath.Join(t.TempDir(), "host.db")
	st, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e := &env{t: t, st: st, relay: &relay{}, logs: &bytes.Buffer{}, dbPath: dbPath}
	for i := range 4 {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("maintainer-%d", i))))
		if err != nil {
			t.Fatal(err)
		}
		e.keys = append(e.keys, k)
		e.addrs = append(e.addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	cfg := api.Config{Store: st, Domain: domain, Enclaves: e.relay, MaxTarball: 1 << 20, RatePerClient: rate.Inf,
		Logger: slog.New(slog.NewJSONHandler(&lockedWriter{w: e.logs}, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	if mut != nil {
		mut(&cfg)
	}
	e.srv, err = api.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.h = e.srv.Handler()
	return e
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

type resp struct {
	Code int
	Body []byte
	Hdr  http.Header
}

func (r resp) json(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatalf("response is not JSON (%d): %q", r.Code, r.Body)
	}
	return m
}

// errCode checks the error envelope and returns its code.
func (r resp) errCode(t testing.TB) string {
	t.Helper()
	var b struct {
		Error *struct {
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.Unmarshal(r.Body, &b); err != nil || b.Error == nil || b.Error.Code == "" || b.Error.Message == "" {
		t.Fatalf("status %d without a JSON error envelope: %q", r.Code, r.Body)
	}
	if ct := r.Hdr.Get("Content-Type"); ct != "application/json" {
		t.Fatalf("error Content-Type = %q", ct)
	}
	return b.Error.Code
}

func (e *env) do(method, path, ctype string, body []byte) resp {
	req := httptest.NewRequest(method, path, bytes.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	return resp{rec.Code, rec.Body.Bytes(), rec.Header()}
}

func (e *env) post(path string, v any) resp {
	b, err := json.Marshal(v)
	if err != nil {
		e.t.Fatal(err)
	}
	return e.do("POST", path, "application/json", b)
}

func (e *env) put(path string, v any) resp {
	b, err := json.Marshal(v)
	if err != nil {
		e.t.Fatal(err)
	}
	return e.do("PUT", path, "application/json", b)
}

func (e *env) sign(k *ecdsa.PrivateKey, m wire.Message) api.SignedBy {
	d, err := wire.Digest(domain, m)
	if err != nil {
		e.t.Fatal(err)
	}
	return e.signDigest(k, d)
}

func (e *env) signDigest(k *ecdsa.PrivateKey, d [32]byte) api.SignedBy {
	sig, err := wire.Sign(k, d)
	if err != nil {
		e.t.Fatal(err)
	}
	return api.SignedBy{Signer: crypto.PubkeyToAddress(k.PublicKey), Signature: sig}
}

// policy is a 2-of-3 policy of the first three maintainers.
func (e *env) policy(pkg string) wire.PolicyChange {
	return wire.PolicyChange{PackageName: pkg, Maintainers: e.addrs[:3], Threshold: 2, VetoWindow: 3600, MinScore: 60}
}

func (e *env) enroll(pkg string) {
	e.t.Helper()
	p := e.policy(pkg)
	r := e.post("/v1/packages", api.PolicyRequest{Policy: p, Signatures: []api.SignedBy{e.sign(e.keys[0], wire.Enrollment(p)), e.sign(e.keys[1], wire.Enrollment(p))}})
	if r.Code != http.StatusCreated {
		e.t.Fatalf("enroll %s: %d %s", pkg, r.Code, r.Body)
	}
}

type proposal struct {
	tgz     []byte
	rel     api.ReleaseJSON
	wire    wire.Release
	id      string
	request api.ProposeRequest
}

func (e *env) tarball(pkg, ver string) []byte {
	return []byte(fmt.Sprintf("\x1f\x8b fake tgz bytes of %s@%s %s", pkg, ver, strings.Repeat("x", 200)))
}

// upload puts a tarball with a proposal signed by maintainer 0 and
// returns that proposal.
func (e *env) upload(pkg, ver string) proposal {
	e.t.Helper()
	tgz := e.tarball(pkg, ver)
	ch := sha256.Sum256(tgz)
	sum := sha512.Sum512(tgz)
	rj := api.ReleaseJSON{PackageName: pkg, Version: ver, Integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:]), ContentHash: ch, Nonce: 1}
	w := wireRelease(e.t, rj)
	d, err := wire.Digest(domain, w)
	if err != nil {
		e.t.Fatal(err)
	}
	req := api.ProposeRequest{Release: rj, SignedBy: e.signDigest(e.keys[0], d)}
	r := e.putTarball(common.Hash(ch), bytes.NewReader(tgz), &req)
	if r.Code != http.StatusCreated {
		e.t.Fatalf("upload: %d %s", r.Code, r.Body)
	}
	if integ := r.json(e.t)["integrity"].(string); integ != rj.Integrity {
		e.t.Fatalf("upload: integrity %s, want %s", integ, rj.Integrity)
	}
	return proposal{tgz: tgz, rel: rj, wire: w, id: wire.HexDigest(d), request: req}
}

func (e *env) propose(pkg, ver string) proposal {
	e.t.Helper()
	p := e.upload(pkg, ver)
	r := e.post("/v1/releases", p.request)
	if r.Code != http.StatusCreated {
		e.t.Fatalf("propose: %d %s", r.Code, r.Body)
	}
	return p
}

type bigInt = big.Int
