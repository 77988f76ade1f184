package api_test

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
)

// TestHostileInput sends every endpoint bodies and paths an attacker would:
// each answer is a JSON error with the expected stable code, never a 5xx.
func TestHostileInput(t *testing.T) {
	e := newEnv(t, func(c *api.Config) { c.MaxTarball = 4096; c.MaxJSON = 8 << 10 })
	e.enroll("left-pad")
	p := e.propose("left-pad", "1.0.0")
	big := bytes.Repeat([]byte("a"), 20<<10)
	bigJSON := []byte(`{"reason":"` + strings.Repeat("x", 20<<10) + `"}`)
	hash0 := common.Hash{}.Hex()
	okPolicy := e.policy("right-pad")
	sigNonMaint := e.sign(e.keys[3], wire.Enrollment(okPolicy))
	forgedPol := e.sign(e.keys[3], wire.Enrollment(okPolicy))
	forgedPol.Signer = e.addrs[0]
	d := [32]byte(common.HexToHash(p.id))

	cases := []struct {
		name, method, path, ctype string
		body                      []byte
		status                    int
		code                      string
	}{
		{"unknown path", "GET", "/v1/nothing", "", nil, 404, api.CodeNotFound},
		{"wrong method", "DELETE", "/v1/releases", "", nil, 405, api.CodeMethodNotAllowed},
		{"double slash", "GET", "/v1//releases", "", nil, 404, api.CodeNotFound},
		{"enroll: wrong content type", "POST", "/v1/packages", "text/plain", []byte(`{}`), 415, api.CodeUnsupportedMedia},
		{"enroll: no content type", "POST", "/v1/packages", "", []byte(`{}`), 415, api.CodeUnsupportedMedia},
		{"enroll: malformed JSON", "POST", "/v1/packages", "application/json", []byte(`{"policy":`), 400, api.CodeBadJSON},
		{"enroll: two objects", "POST", "/v1/packages", "application/json", []byte(`{}{}`), 400, api.CodeBadJSON},
		{"enroll: unknown field", "POST", "/v1/packages", "application/json", []byte(`{"policy":{},"admin":true}`), 400, api.CodeBadJSON},
		{"enroll: wrong type", "POST", "/v1/packages", "application/json", []byte(`{"policy":{"threshold":"two"}}`), 400, api.CodeBadJSON},
		{"enroll: bad address", "POST", "/v1/packages", "application/json", []byte(`{"policy":{"maintainers":["0x12"]}}`), 400, api.CodeBadJSON},
		{"enroll: oversized", "POST", "/v1/packages", "application/json", bigJSON, 413, api.CodeBodyTooLarge},
		{"enroll: threshold above maintainers", "POST", "/v1/packages", "application/json",
			mustJSON(api.PolicyRequest{Policy: wire.PolicyChange{PackageName: "x", Maintainers: e.addrs[:1], Threshold: 2}}), 400, api.CodeBadRequest},
		{"enroll: bad name", "POST", "/v1/packages", "application/json",
			mustJSON(api.PolicyRequest{Policy: wire.PolicyChange{PackageName: "../etc", Maintainers: e.addrs[:1], Threshold: 1}}), 400, api.CodeBadRequest},
		{"enroll: unsigned", "POST", "/v1/packages", "application/json", mustJSON(api.PolicyRequest{Policy: okPolicy}), 422, api.CodeThresholdUnmet},
		{"enroll: outsider signs", "POST", "/v1/packages", "application/json",
			mustJSON(api.PolicyRequest{Policy: okPolicy, Signatures: []api.SignedBy{sigNonMaint}}), 403, api.CodeNotMaintainer},
		{"enroll: forged signature", "POST", "/v1/packages", "application/json",
			mustJSON(api.PolicyRequest{Policy: okPolicy, Signatures: []api.SignedBy{forgedPol}}), 403, api.CodeBadSignature},
		{"enroll: twice", "POST", "/v1/packages", "application/json", mustJSON(api.PolicyRequest{Policy: func() wire.PolicyChange {
			p := e.policy("left-pad")
			p.MinScore = 1
			return p
		}(), Signatures: []api.SignedBy{e.sign(e.keys[0], wire.Enrollment(func() wire.PolicyChange { p := e.policy("left-pad"); p.MinScore = 1; return p }())),
			e.sign(e.keys[1], wire.Enrollment(func() wire.PolicyChange { p := e.policy("left-pad"); p.MinScore = 1; return p }()))}}), 409, api.CodeAlreadyEnrolled},
		{"package: unknown", "GET", "/v1/packages/no-such-pkg", "", nil, 404, api.CodeUnknownPackage},
		{"policy: unknown package", "PUT", "/v1/packages/no-such-pkg/policy", "application/json", mustJSON(api.PolicyRequest{Policy: okPolicy}), 404, api.CodeUnknownPackage},
		{"policy: path and body differ", "PUT", "/v1/packages/left-pad/policy", "application/json", mustJSON(api.PolicyRequest{Policy: okPolicy}), 400, api.CodeBadRequest},
		{"token: unknown package", "PUT", "/v1/packages/no-such-pkg/token", "application/json", []byte(`{"ciphertext":"0x01","nonce":0,"signatures":[{"signer":"0x0000000000000000000000000000000000000001","signature":"0x01"}]}`), 404, api.CodeUnknownPackage},
		{"token: bytes instead of JSON", "PUT", "/v1/packages/left-pad/token", "application/octet-stream", []byte("ct"), 415, api.CodeUnsupportedMedia},
		{"token: empty", "PUT", "/v1/packages/left-pad/token", "application/json", []byte(`{"ciphertext":"0x","nonce":0,"signatures":[]}`), 400, api.CodeBadRequest},
		{"token: oversized", "PUT", "/v1/packages/left-pad/token", "application/json", []byte(`{"ciphertext":"0x` + strings.Repeat("ab", 40<<10) + `"}`), 413, api.CodeBodyTooLarge},
		{"token: none stored", "GET", "/v1/packages/left-pad/token", "", nil, 404, api.CodeNotFound},
		{"tarball: bad hash in path", "PUT", "/v1/tarballs/abc", "application/octet-stream", []byte("x"), 400, api.CodeBadRequest},
		{"tarball: no signed proposal", "PUT", "/v1/tarballs/" + hash0, "application/octet-stream", []byte("x"), 401, api.CodeUnauthorized},
		{"tarball: oversized and unsigned", "PUT", "/v1/tarballs/" + common.Hash(sha256.Sum256(big)).Hex(), "application/octet-stream", big, 401, api.CodeUnauthorized},
		{"tarball: form upload", "PUT", "/v1/tarballs/" + hash0, "multipart/form-data; boundary=x", []byte("--x--"), 415, api.CodeUnsupportedMedia},
		{"tarball: unknown", "GET", "/v1/tarballs/" + hash0, "", nil, 404, api.CodeUnknownTarball},
		{"propose: malformed", "POST", "/v1/releases", "application/json", []byte(`[1,2`), 400, api.CodeBadJSON},
		{"propose: bad integrity", "POST", "/v1/releases", "application/json",
			[]byte(`{"release":{"packageName":"left-pad","version":"1.0.1","integrity":"sha1-abc","contentHash":"` + hash0 + `","nonce":1},"signer":"0x0000000000000000000000000000000000000001","signature":"0x00"}`), 400, api.CodeBadRequest},
		{"propose: bad hex signature", "POST", "/v1/releases", "application/json",
			[]byte(`{"release":{},"signer":"0x0000000000000000000000000000000000000001","signature":"zz"}`), 400, api.CodeBadJSON},
		{"releases: bad state", "GET", "/v1/releases?state=everything", "", nil, 400, api.CodeBadRequest},
		{"releases: bad limit", "GET", "/v1/releases?limit=-1", "", nil, 400, api.CodeBadRequest},
		{"releases: huge limit", "GET", "/v1/releases?limit=100000", "", nil, 400, api.CodeBadRequest},
		{"release: not an id", "GET", "/v1/releases/1%27%20OR%201=1", "", nil, 400, api.CodeBadRequest},
		{"release: unknown", "GET", "/v1/releases/" + hash0, "", nil, 404, api.CodeUnknownRelease},
		{"approve: unknown release", "POST", "/v1/releases/" + hash0 + "/signatures", "application/json", mustJSON(e.signDigest(e.keys[1], d)), 404, api.CodeUnknownRelease},
		{"approve: signature over another release", "POST", "/v1/releases/" + p.id + "/signatures", "application/json", mustJSON(e.signDigest(e.keys[1], [32]byte{1})), 403, api.CodeBadSignature},
		{"approve: oversized", "POST", "/v1/releases/" + p.id + "/signatures", "application/json", bigJSON, 413, api.CodeBodyTooLarge},
		{"approve: form body", "POST", "/v1/releases/" + p.id + "/signatures", "application/x-www-form-urlencoded", []byte("signer=1"), 415, api.CodeUnsupportedMedia},
		{"veto: no reason", "POST", "/v1/releases/" + p.id + "/vetoes", "application/json", mustJSON(api.VetoRequest{SignedBy: e.signDigest(e.keys[1], d)}), 400, api.CodeBadRequest},
		{"veto: signature over nothing", "POST", "/v1/releases/" + p.id + "/vetoes", "application/json", mustJSON(api.VetoRequest{Reason: "r", SignedBy: e.signDigest(e.keys[1], d)}), 403, api.CodeBadSignature},
		{"score: none yet", "GET", "/v1/releases/" + p.id + "/score", "", nil, 404, api.CodeNotFound},
		{"revoke: unknown package", "POST", "/v1/revocations", "application/json",
			mustJSON(api.RevokeRequest{PackageName: "no-such-pkg", Version: "1.0.0", Reason: "r", SignedBy: e.signDigest(e.keys[0], d)}), 404, api.CodeUnknownPackage},
		{"revoke: forged", "POST", "/v1/revocations", "application/json",
			mustJSON(api.RevokeRequest{PackageName: "left-pad", Version: "1.0.0", ContentHash: p.rel.ContentHash, Reason: "r", SignedBy: e.signDigest(e.keys[0], d)}), 403, api.CodeBadSignature},
		{"revoke: no such tarball", "POST", "/v1/revocations", "application/json",
			mustJSON(api.RevokeRequest{PackageName: "left-pad", Version: "1.0.0", Reason: "r", SignedBy: e.signDigest(e.keys[0], d)}), 422, api.CodeUnknownTarball},
		{"revoke: no reason", "POST", "/v1/revocations", "application/json",
			mustJSON(api.RevokeRequest{PackageName: "left-pad", Version: "1.0.0", SignedBy: e.signDigest(e.keys[0], d)}), 400, api.CodeBadRequest},
		{"revocations: bad limit", "GET", "/v1/revocations?limit=x", "", nil, 400, api.CodeBadRequest},
		{"scores: bad limit", "GET", "/v1/scores?limit=0", "", nil, 400, api.CodeBadRequest},
		{"evidence: unknown role", "GET", "/v1/enclaves/host/evidence?nonce=" + strings.Repeat("00", 16), "", nil, 404, api.CodeUnknownRole},
		{"evidence: no nonce", "GET", "/v1/enclaves/scorer/evidence", "", nil, 400, api.CodeBadNonce},
		{"evidence: short nonce", "GET", "/v1/enclaves/scorer/evidence?nonce=00ff", "", nil, 400, api.CodeBadNonce},
		{"evidence: long nonce", "GET", "/v1/enclaves/scorer/evidence?nonce=" + strings.Repeat("00", 65), "", nil, 400, api.CodeBadNonce},
		{"evidence: not hex", "GET", "/v1/enclaves/scorer/evidence?nonce=" + strings.Repeat("zz", 16), "", nil, 400, api.CodeBadNonce},
		{"badge: no .svg", "GET", "/v1/badge/left-pad", "", nil, 404, api.CodeNotFound},
		{"badge: bad name", "GET", "/v1/badge/%3Cscript%3E.svg", "", nil, 404, api.CodeNotFound},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := e.do(tc.method, tc.path, tc.ctype, tc.body)
			if r.Code != tc.status {
				t.Fatalf("status %d (%s), want %d", r.Code, r.Body, tc.status)
			}
			if got := r.errCode(t); got != tc.code {
				t.Fatalf("code %q, want %q (%s)", got, tc.code, r.Body)
			}
		})
	}
	if strings.Contains(e.logs.String(), "panic") {
		t.Fatal("a hostile request panicked")
	}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

func TestBadgeEscapesAndUnknownPackage(t *testing.T) {
	e := newEnv(t, nil)
	r := e.do("GET", "/v1/badge/never-enrolled.svg", "", nil)
	if r.Code != 200 || !strings.Contains(string(r.Body), ">unsigned<") {
		t.Fatalf("unknown package badge: %d %s", r.Code, r.Body)
	}
}

func TestRateLimitPerClient(t *testing.T) {
	e := newEnv(t, func(c *api.Config) { c.RatePerClient = rate.Every(time.Hour); c.Burst = 3 })
	get := func(remote string) int {
		req, _ := http.NewRequest("GET", "/healthz", nil)
		req.RemoteAddr = remote
		rec := &recorder{h: http.Header{}}
		e.h.ServeHTTP(rec, req)
		return rec.code
	}
	for i := range 3 {
		if c := get("192.0.2.1:1000"); c != 200 {
			t.Fatalf("request %d: %d", i, c)
		}
	}
	if c := get("192.0.2.1:2000"); c != 429 {
		t.Fatalf("4th request from the same client: %d, want 429", c)
	}
	if c := get("192.0.2.2:1000"); c != 200 {
		t.Fatalf("another client was limited: %d", c)
	}
}

type recorder struct {
	h    http.Header
	code int
	body bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.h }
func (r *recorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = 200
	}
	return r.body.Write(b)
}
func (r *recorder) WriteHeader(c int) {
	if r.code == 0 {
		r.code = c
	}
}

// TestGracefulShutdownDrains cancels the server while a request is in
// flight: the request completes, new connections are refused.
func TestGracefulShutdownDrains(t *testing.T) {
	e := newEnv(t, nil)
	e.relay.block = make(chan struct{})
	e.relay.started = make(chan struct{}, 1)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := contextWithCancel()
	served := make(chan error, 1)
	go func() { served <- e.srv.Serve(ctx, ln, "", "", 10*time.Second) }()
	url := "http://" + ln.Addr().String()
	got := make(chan int, 1)
	go func() {
		r, err := http.Get(url + "/v1/enclaves/scorer/evidence?nonce=" + strings.Repeat("11", 16))
		if err != nil {
			got <- -1
			return
		}
		io.Copy(io.Discard, r.Body)
		r.Body.Close()
		got <- r.StatusCode
	}()
	<-e.relay.started
	cancel()
	time.Sleep(100 * time.Millisecond) // Shutdown has closed the listener
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("new connections accepted while draining")
	}
	close(e.relay.block)
	if c := <-got; c != 200 {
		t.Fatalf("in-flight request answered %d, want 200", c)
	}
	if err := <-served; err != nil {
		t.Fatalf("serve: %v", err)
	}
}

func TestServeTLS(t *testing.T) {
	e := newEnv(t, nil)
	certFile, keyFile, pool := selfSigned(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := contextWithCancel()
	served := make(chan error, 1)
	go func() { served <- e.srv.Serve(ctx, ln, certFile, keyFile, time.Second) }()
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	r, err := c.Get("https://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != 200 || r.TLS == nil {
		t.Fatalf("TLS healthz: %d", r.StatusCode)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/healthz"); err == nil {
		// Go's TLS server answers plain HTTP with a 400, which is not a success.
		t.Log("plain HTTP got an answer (expected 400 from the TLS server)")
	}
	cancel()
	if err := <-served; err != nil {
		t.Fatal(err)
	}
	_ = x509.ErrUnsupportedAlgorithm
	_ = rand.Reader
}
