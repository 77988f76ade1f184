package api_test

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/enclave/wire/limits"
	"github.com/vouchpm/vouch/host/api"
)

// countingReader counts the bytes the server pulled from a request body.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// signedUpload is a tarball of size bytes and the proposal (by signer key
// index k) that the upload carries.
func (e *env) signedUpload(pkg, ver string, size int, k int) ([]byte, api.ProposeRequest) {
	e.t.Helper()
	tgz := bytes.Repeat([]byte{0x1f}, size)
	copy(tgz, fmt.Sprintf("%s@%s", pkg, ver))
	ch := sha256.Sum256(tgz)
	sum := sha512.Sum512(tgz)
	rj := api.ReleaseJSON{PackageName: pkg, Version: ver, Integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:]), ContentHash: ch, Nonce: 1}
	d, err := wire.Digest(domain, wireRelease(e.t, rj))
	if err != nil {
		e.t.Fatal(err)
	}
	return tgz, api.ProposeRequest{Release: rj, SignedBy: e.signDigest(e.keys[k], d)}
}

func (e *env) putTarball(hash common.Hash, body io.Reader, prop *api.ProposeRequest) resp {
	req := httptest.NewRequest("PUT", "/v1/tarballs/"+hash.Hex(), body)
	req.Header.Set("Content-Type", "application/octet-stream")
	if prop != nil {
		raw, err := json.Marshal(prop)
		if err != nil {
			e.t.Fatal(err)
		}
		req.Header.Set(api.ProposalHeader, base64.StdEncoding.EncodeToString(raw))
	}
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	return resp{rec.Code, rec.Body.Bytes(), rec.Header()}
}

func (e *env) rows(table string) int {
	e.t.Helper()
	db, err := sql.Open("sqlite", "file:"+e.dbPath)
	if err != nil {
		e.t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n); err != nil {
		e.t.Fatal(err)
	}
	return n
}

// TestUnsignedUploadStored: an outsider fills the host's disk with
// tarballs nobody proposed. Every upload must carry a maintainer's signed
// proposal of exactly that hash, checked before the body is read.
func TestUnsignedUploadStored(t *testing.T) {
	e := newEnv(t, nil)
	e.enroll("left-pad")
	tgz, prop := e.signedUpload("left-pad", "1.0.0", 4096, 0)
	hash := common.Hash(prop.Release.ContentHash)
	outsider := func() *api.ProposeRequest {
		_, p := e.signedUpload("left-pad", "1.0.0", 4096, 3)
		return &p
	}()
	forged := prop
	forged.Signer = e.addrs[1]
	otherHash := prop
	otherHash.Release.ContentHash = sha256.Sum256([]byte("other"))
	unknownPkg := prop
	unknownPkg.Release.PackageName = "no-such-pkg"
	if d, err := wire.Digest(domain, wireRelease(t, unknownPkg.Release)); err == nil {
		unknownPkg.SignedBy = e.signDigest(e.keys[0], d)
	}
	for _, tc := range []struct {
		name   string
		prop   *api.ProposeRequest
		status int
	}{
		{"no proposal", nil, 401},
		{"signed by an outsider", outsider, 403},
		{"forged signer", &forged, 403},
		{"proposal of another hash", &otherHash, 400},
		{"package not enrolled", &unknownPkg, 404},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := &countingReader{r: bytes.NewReader(tgz)}
			r := e.putTarball(hash, body, tc.prop)
			if r.Code != tc.status {
				t.Fatalf("upload answered %d %s, want %d", r.Code, r.Body, tc.status)
			}
			if n := body.n.Load(); n != 0 {
				t.Errorf("the host read %d body bytes before refusing", n)
			}
			if n := e.rows("tarballs"); n != 0 {
				t.Fatalf("%d tarballs stored from a refused upload", n)
			}
		})
	}
	if r := e.putTarball(hash, bytes.NewReader(tgz), &prop); r.Code != 201 {
		t.Fatalf("signed upload: %d %s", r.Code, r.Body)
	}
}

// TestOversizedUploadBuffered: a maintainer's key (or a stolen proposal)
// streams far more than the cap; the host stops reading at the cap.
func TestOversizedUploadBuffered(t *testing.T) {
	e := newEnv(t, func(c *api.Config) { c.MaxTarball = 0 }) // the shared default
	e.enroll("left-pad")
	_, prop := e.signedUpload("left-pad", "1.0.0", 4096, 0)
	huge := &countingReader{r: io.LimitReader(zeros{}, limits.Tarball+8<<20)}
	req := httptest.NewRequest("PUT", "/v1/tarballs/"+common.Hash(prop.Release.ContentHash).Hex(), huge)
	req.ContentLength = -1 // streamed, no length announced
	req.Header.Set("Content-Type", "application/octet-stream")
	raw, _ := json.Marshal(prop)
	req.Header.Set(api.ProposalHeader, base64.StdEncoding.EncodeToString(raw))
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized upload answered %d %s", rec.Code, rec.Body)
	}
	if n := huge.n.Load(); n > limits.Tarball+64<<10 {
		t.Fatalf("the host read %d bytes, cap %d", n, limits.Tarball)
	}
	if n := e.rows("tarballs"); n != 0 {
		t.Fatalf("%d tarballs stored", n)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// TestEvidenceFloodGrowsDatabase: 10,000 evidence requests with fresh
// nonces from one address must not leave 10,000 rows behind.
func TestEvidenceFloodGrowsDatabase(t *testing.T) {
	e := newEnv(t, func(c *api.Config) { c.RatePerClient = rate.Inf })
	nonce := make([]byte, 16)
	for i := range 10_000 {
		nonce[0], nonce[1] = byte(i), byte(i>>8)
		r := e.do("GET", "/v1/enclaves/coordinator/evidence?nonce="+hex.EncodeToString(nonce), "", nil)
		if r.Code != 200 {
			t.Fatalf("request %d: %d %s", i, r.Code, r.Body)
		}
	}
	if n := e.rows("evidence_cache"); n > api.EvidenceCacheRows {
		t.Fatalf("10,000 evidence requests left %d rows (bound %d)", n, api.EvidenceCacheRows)
	}
}

// TestConcurrencyExhaustion: requests that wait on the enclave pile up
// without bound; beyond the global cap the host must answer 503 at once.
func TestConcurrencyExhaustion(t *testing.T) {
	e := newEnv(t, func(c *api.Config) { c.MaxInFlight = 2 })
	e.relay.block = make(chan struct{})
	e.relay.started = make(chan struct{}, 3)
	done := make(chan int, 3)
	get := func(i int) {
		nonce := strings.Repeat(fmt.Sprintf("%02x", i), 16)
		done <- e.do("GET", "/v1/enclaves/coordinator/evidence?nonce="+nonce, "", nil).Code
	}
	go get(1)
	go get(2)
	<-e.relay.started
	<-e.relay.started
	go get(3)
	select {
	case code := <-done:
		if code != http.StatusServiceUnavailable {
			t.Fatalf("third request answered %d, want 503", code)
		}
	case <-e.relay.started:
		t.Fatal("a third concurrent request reached the enclave past the cap of 2")
	}
	close(e.relay.block)
	<-done
	<-done
}

// TestProxyClientsShareBucket: behind a reverse proxy every client had the
// proxy's address, so one client exhausting the limit locked out all. With
// the proxy trusted, X-Forwarded-For names the client; from anyone else
// the header is ignored (it cannot be used to dodge the limit).
func TestProxyClientsShareBucket(t *testing.T) {
	e := newEnv(t, func(c *api.Config) {
		c.RatePerClient, c.Burst = 1, 2
		c.TrustedProxies = []string{"10.0.0.0/8"}
	})
	get := func(remote, xff string) int {
		req := httptest.NewRequest("GET", "/healthz", nil)
		req.RemoteAddr = remote
		if xff != "" {
			req.Header.Set("X-Forwarded-For", xff)
		}
		rec := httptest.NewRecorder()
		e.h.ServeHTTP(rec, req)
		return rec.Code
	}
	for range 5 {
		get("10.0.0.1:4000", "198.51.100.7")
	}
	if code := get("10.0.0.1:4000", "198.51.100.8"); code != 200 {
		t.Fatalf("a second client behind the trusted proxy answered %d: clients share one bucket", code)
	}
	for range 5 {
		get("203.0.113.9:4000", "")
	}
	if code := get("203.0.113.9:4000", "198.51.100.99"); code != http.StatusTooManyRequests {
		t.Fatalf("an untrusted client dodged its limit with X-Forwarded-For: %d", code)
	}
}

// TestMetricsPublic: /metrics on the API listener tells outsiders the
// host's traffic; it needs the configured token.
func TestMetricsPublic(t *testing.T) {
	e := newEnv(t, func(c *api.Config) { c.MetricsToken = "s3cret-metrics-token" })
	if r := e.do("GET", "/metrics", "", nil); r.Code == 200 {
		t.Fatalf("/metrics answered 200 without a token")
	}
	req := httptest.NewRequest("GET", "/metrics", nil)
	req.Header.Set("Authorization", "Bearer s3cret-metrics-token")
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "vouch_host_http_requests_total") {
		t.Fatalf("/metrics with the token: %d", rec.Code)
	}
	e2 := newEnv(t, nil)
	if r := e2.do("GET", "/metrics", "", nil); r.Code == 200 {
		t.Fatalf("/metrics answered 200 on the API listener with no token configured")
	}
	rec = httptest.NewRecorder()
	e2.srv.MetricsHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("the separate metrics handler answered %d", rec.Code)
	}
}

// TestLayersDisagreeOnLimits: for each quantity the host and the wire
// protocol must accept and refuse at the same size, or an input passes
// one layer and fails every round at the next.
func TestLayersDisagreeOnLimits(t *testing.T) {
	e := newEnv(t, func(c *api.Config) { c.MaxTarball = 0; c.MaxJSON = 0 })
	e.enroll("left-pad")
	sig := make([]byte, 65)
	integ := make([]byte, 64)
	wireTarball := func(n int) bool {
		return wire.ProposeRequest{Release: wire.Release{PackageName: "left-pad", Version: "1.0.0", Integrity: integ}, Signature: sig,
			Tarball: make([]byte, n)}.Validate() == nil
	}
	hostTarball := func(n int) bool {
		tgz, prop := e.signedUpload("left-pad", fmt.Sprintf("1.0.%d", n), n, 0)
		r := e.putTarball(common.Hash(prop.Release.ContentHash), bytes.NewReader(tgz), &prop)
		return r.Code == 201
	}
	wireToken := func(n int) bool {
		return wire.AddTokenRequest{Package: "left-pad", Ciphertext: make([]byte, n)}.Validate() == nil
	}
	hostToken := func(n int) bool {
		r := e.do("PUT", "/v1/packages/left-pad/token", "application/octet-stream", bytes.Repeat([]byte{1}, n))
		return r.Code == 200
	}
	wireNonce := func(n int) bool { return wire.GetEvidenceRequest{Nonce: make([]byte, n)}.Validate() == nil }
	hostNonce := func(n int) bool {
		return e.do("GET", "/v1/enclaves/scorer/evidence?nonce="+strings.Repeat("ab", n), "", nil).Code == 200
	}
	for _, q := range []struct {
		name       string
		sizes      []int
		host, wire func(int) bool
	}{
		{"tarball", []int{limits.Tarball, limits.Tarball + 1}, hostTarball, wireTarball},
		{"token ciphertext", []int{limits.TokenCiphertext, limits.TokenCiphertext + 1}, hostToken, wireToken},
		{"nonce", []int{limits.NonceMin - 1, limits.NonceMin, limits.NonceMax, limits.NonceMax + 1}, hostNonce, wireNonce},
	} {
		for _, n := range q.sizes {
			if h, w := q.host(n), q.wire(n); h != w {
				t.Errorf("%s of %d bytes: host accepts=%v, wire accepts=%v", q.name, n, h, w)
			}
		}
	}
	for _, name := range []string{"left-pad", "-dash", "~tilde", "@s/x", "@-s/x", strings.Repeat("a", 214), strings.Repeat("a", 215)} {
		p := e.policy(name)
		r := e.post("/v1/packages", api.PolicyRequest{Policy: p, Signatures: []api.SignedBy{e.sign(e.keys[0], wire.Enrollment(p)), e.sign(e.keys[1], wire.Enrollment(p))}})
		host := r.Code == 201 || r.Code == 409 || r.Code == 200
		w := wire.ValidatePackageName(name) == nil
		if host != w {
			t.Errorf("package name %q: host accepts=%v (%d), wire accepts=%v", name, host, r.Code, w)
		}
	}
}

// TestUploadFloodOneKey: one maintainer's key (say, stolen) uploads as fast
// as it can; past its burst it is refused while other maintainers go on.
func TestUploadFloodOneKey(t *testing.T) {
	at := time.Date(2026, 12, 4, 6, 0, 0, 0, time.UTC)
	e := newEnv(t, func(c *api.Config) {
		c.UploadsPerSigner, c.UploadBurst = 1, 3
		c.Now = func() time.Time { return at }
	})
	e.enroll("left-pad")
	for i := range 5 {
		tgz, prop := e.signedUpload("left-pad", fmt.Sprintf("1.0.%d", i), 256, 0)
		r := e.putTarball(common.Hash(prop.Release.ContentHash), bytes.NewReader(tgz), &prop)
		if want := map[bool]int{true: 201, false: 429}[i < 3]; r.Code != want {
			t.Fatalf("upload %d by one key: %d, want %d", i, r.Code, want)
		}
	}
	tgz, prop := e.signedUpload("left-pad", "2.0.0", 256, 1)
	if r := e.putTarball(common.Hash(prop.Release.ContentHash), bytes.NewReader(tgz), &prop); r.Code != 201 {
		t.Fatalf("another maintainer's upload: %d %s", r.Code, r.Body)
	}
}

// TestUploadsExhaustMemory: uploads are buffered up to the cap, so many at
// once would hold many times the cap in memory; past the upload slots the
// host answers 503 before reading a byte.
func TestUploadsExhaustMemory(t *testing.T) {
	e := newEnv(t, func(c *api.Config) { c.MaxUploadsInFlight = 1 })
	e.enroll("left-pad")
	tgz, prop := e.signedUpload("left-pad", "1.0.0", 4096, 0)
	slow := &gatedReader{r: bytes.NewReader(tgz), gate: make(chan struct{}), started: make(chan struct{})}
	first := make(chan int, 1)
	go func() { first <- e.putTarball(common.Hash(prop.Release.ContentHash), slow, &prop).Code }()
	<-slow.started
	tgz2, prop2 := e.signedUpload("left-pad", "1.0.1", 4096, 1)
	body := &countingReader{r: bytes.NewReader(tgz2)}
	if r := e.putTarball(common.Hash(prop2.Release.ContentHash), body, &prop2); r.Code != http.StatusServiceUnavailable || body.n.Load() != 0 {
		t.Fatalf("second upload while the only slot is taken: %d, %d bytes read", r.Code, body.n.Load())
	}
	close(slow.gate)
	if code := <-first; code != 201 {
		t.Fatalf("first upload: %d", code)
	}
}

// gatedReader blocks its first read until gate is closed.
type gatedReader struct {
	r       io.Reader
	gate    chan struct{}
	started chan struct{}
	once    atomic.Bool
}

func (g *gatedReader) Read(p []byte) (int, error) {
	if g.once.CompareAndSwap(false, true) {
		close(g.started)
		<-g.gate
	}
	return g.r.Read(p)
}
