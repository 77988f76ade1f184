package api_test

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/api/apijson"
	"github.com/vouchpm/vouch/host/store"
)

func wireRelease(t testing.TB, r api.ReleaseJSON) wire.Release {
	t.Helper()
	raw, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(r.Integrity, "sha512-"))
	if err != nil {
		t.Fatal(err)
	}
	return wire.Release{PackageName: r.PackageName, Version: r.Version, Integrity: raw, ContentHash: r.ContentHash, Nonce: r.Nonce}
}

func TestReleaseFlow(t *testing.T) {
	e := newEnv(t, nil)
	e.enroll("left-pad")

	r := e.do("GET", "/v1/packages/left-pad", "", nil)
	if r.Code != 200 || int(r.json(t)["policy"].(map[string]any)["threshold"].(float64)) != 2 {
		t.Fatalf("get package: %d %s", r.Code, r.Body)
	}
	if got := e.do("GET", "/v1/badge/left-pad.svg", "", nil); got.Code != 200 || !strings.Contains(string(got.Body), "unsigned") {
		t.Fatalf("badge before any release: %d %s", got.Code, got.Body)
	}

	p := e.propose("left-pad", "1.0.0")
	st := e.do("GET", "/v1/releases/"+p.id, "", nil).json(t)
	if st["state"] != store.StatePending || len(st["signers"].([]any)) != 1 {
		t.Fatalf("after propose: %v", st)
	}
	// A retried proposal is not a new release.
	if r := e.post("/v1/releases", p.request); r.Code != http.StatusOK {
		t.Fatalf("retried propose: %d %s", r.Code, r.Body)
	}
	pend := e.do("GET", "/v1/releases?state=pending", "", nil).json(t)["releases"].([]any)
	if len(pend) != 1 || pend[0].(map[string]any)["id"] != p.id {
		t.Fatalf("pending list = %v", pend)
	}

	digest := [32]byte(common.HexToHash(p.id))
	approve := e.signDigest(e.keys[1], digest)
	r = e.post("/v1/releases/"+p.id+"/signatures", approve)
	if r.Code != http.StatusCreated || r.json(t)["state"] != store.StateApproved {
		t.Fatalf("approve: %d %s", r.Code, r.Body)
	}
	if r := e.post("/v1/releases/"+p.id+"/signatures", approve); r.Code != http.StatusOK {
		t.Fatalf("retried approve: %d %s", r.Code, r.Body)
	}
	sigs, err := e.st.ListSignatures(context.Background(), p.id)
	if err != nil || len(sigs) != 2 {
		t.Fatalf("stored signatures = %d, %v; want 2 after a retry", len(sigs), err)
	}
	if r := e.post("/v1/releases/"+p.id+"/signatures", e.signDigest(e.keys[3], digest)); r.Code != 403 || r.errCode(t) != api.CodeNotMaintainer {
		t.Fatalf("non-maintainer approve: %d %s", r.Code, r.Body)
	}

	// What the relays and anchoring would record; the read side shows it.
	ctx := context.Background()
	if err := e.st.PutScore(ctx, store.Score{ReleaseID: p.id, Package: "left-pad", Version: "1.0.0", Score: 87,
		Message: []byte(`{"score":87}`), Sig: []byte{1}, Evidence: []byte{2}, Report: []byte(`{"findings":[]}`)}); err != nil {
		t.Fatal(err)
	}
	if err := e.st.SetReleaseState(ctx, p.id, store.StateVerified); err != nil {
		t.Fatal(err)
	}
	if r := e.do("GET", "/v1/releases/"+p.id+"/score", "", nil); r.Code != 200 || r.json(t)["score"].(float64) != 87 {
		t.Fatalf("score: %d %s", r.Code, r.Body)
	}
	if r := e.do("GET", "/v1/scores?package=left-pad", "", nil); len(r.json(t)["scores"].([]any)) != 1 {
		t.Fatalf("scores: %s", r.Body)
	}
	if r := e.do("GET", "/v1/releases?state=verified", "", nil); len(r.json(t)["releases"].([]any)) != 1 {
		t.Fatalf("verified list: %s", r.Body)
	}
	b := e.do("GET", "/v1/badge/left-pad.svg", "", nil)
	if b.Code != 200 || b.Hdr.Get("Content-Type") != "image/svg+xml" || !strings.Contains(string(b.Body), "verified · 87") {
		t.Fatalf("badge: %d %s", b.Code, b.Body)
	}

	rv := wire.Revoke{PackageName: "left-pad", Version: "1.0.0", Integrity: rawIntegrity(t, p.rel.Integrity), Reason: "maintainer key stolen"}
	sb := e.sign(e.keys[2], rv)
	r = e.post("/v1/revocations", api.RevokeRequest{PackageName: rv.PackageName, Version: rv.Version, ContentHash: p.rel.ContentHash, Reason: rv.Reason, SignedBy: sb})
	if r.Code != http.StatusCreated {
		t.Fatalf("revoke: %d %s", r.Code, r.Body)
	}
	if r := e.do("GET", "/v1/revocations", "", nil); len(r.json(t)["revocations"].([]any)) != 1 {
		t.Fatalf("revocations: %s", r.Body)
	}
	if b := e.do("GET", "/v1/badge/left-pad.svg", "", nil); !strings.Contains(string(b.Body), "revocation proposed (1 of 2) · 87") {
		t.Fatalf("badge after one revocation signature: %s", b.Body)
	}
	// What the relay records once the chain emits Revoked.
	if err := e.st.SetReleaseState(ctx, p.id, store.StateRevoked); err != nil {
		t.Fatal(err)
	}
	if b := e.do("GET", "/v1/badge/left-pad.svg", "", nil); !strings.Contains(string(b.Body), ">revoked · 87") {
		t.Fatalf("badge after revoke on chain: %s", b.Body)
	}
	if r := e.post("/v1/releases/"+p.id+"/signatures", e.signDigest(e.keys[2], digest)); r.Code != 409 || r.errCode(t) != api.CodeReleaseClosed {
		t.Fatalf("approve a revoked release: %d %s", r.Code, r.Body)
	}
	audit, err := e.st.ListAudit(ctx, 0, 100)
	if err != nil || len(audit) != 4 { // enroll, propose, approve, revoke (retries not duplicated)
		t.Fatalf("audit log = %d entries, %v", len(audit), err)
	}
}

func TestVetoAndPolicyChange(t *testing.T) {
	e := newEnv(t, nil)
	e.enroll("@scope/pkg")
	p := e.propose("@scope/pkg", "2.0.0-rc.1")
	rd := [32]byte(common.HexToHash(p.id))
	v := wire.Veto{ReleaseDigest: rd, Reason: "postinstall downloads a binary"}
	// The veto's signature covers its reason: a host that edits it is caught.
	r := e.post("/v1/releases/"+p.id+"/vetoes", api.VetoRequest{Reason: "edited", SignedBy: e.sign(e.keys[1], v)})
	if r.Code != 403 || r.errCode(t) != api.CodeBadSignature {
		t.Fatalf("veto with edited reason: %d %s", r.Code, r.Body)
	}
	r = e.post("/v1/releases/"+p.id+"/vetoes", api.VetoRequest{Reason: v.Reason, SignedBy: e.sign(e.keys[2], v)})
	if r.Code != 200 || r.json(t)["state"] != store.StateVetoed {
		t.Fatalf("veto: %d %s", r.Code, r.Body)
	}
	if r := e.do("GET", "/v1/packages/%40scope%2Fpkg", "", nil); r.Code != 200 {
		t.Fatalf("scoped package by escaped path: %d %s", r.Code, r.Body)
	}

	next := e.policy("@scope/pkg")
	next.Threshold, next.Nonce = 3, 1
	one := api.PolicyRequest{Policy: next, Signatures: []api.SignedBy{e.sign(e.keys[0], next)}}
	if r := e.put("/v1/packages/%40scope%2Fpkg/policy", one); r.Code != 422 || r.errCode(t) != api.CodeThresholdUnmet {
		t.Fatalf("policy change with one signature: %d %s", r.Code, r.Body)
	}
	two := api.PolicyRequest{Policy: next, Signatures: []api.SignedBy{e.sign(e.keys[0], next), e.sign(e.keys[0], next), e.sign(e.keys[2], next)}}
	if r := e.put("/v1/packages/%40scope%2Fpkg/policy", two); r.Code != 200 {
		t.Fatalf("policy change: %d %s", r.Code, r.Body)
	}
	if r := e.put("/v1/packages/%40scope%2Fpkg/policy", two); r.Code != 409 || r.errCode(t) != api.CodeStale {
		t.Fatalf("replayed policy change: %d %s", r.Code, r.Body)
	}
}

func TestTokenAndEvidenceRelay(t *testing.T) {
	e := newEnv(t, nil)
	e.enroll("left-pad")
	ct := []byte("\x04ecies-ciphertext-npm_SECRETTOKEN0123456789")
	grant := wire.TokenGrant{PackageName: "left-pad", CiphertextHash: sha256.Sum256(ct)}
	one := api.TokenRequest{Ciphertext: ct, Signatures: []api.SignedBy{e.sign(e.keys[0], grant)}}
	body, _ := json.Marshal(one)
	if r := e.do("PUT", "/v1/packages/left-pad/token", "application/json", body); r.Code != 422 {
		t.Fatalf("a token grant signed by 1 of 2: %d %s", r.Code, r.Body)
	}
	two := api.TokenRequest{Ciphertext: ct, Signatures: []api.SignedBy{e.sign(e.keys[0], grant), e.sign(e.keys[1], grant)}}
	body, _ = json.Marshal(two)
	r := e.do("PUT", "/v1/packages/left-pad/token", "application/json", body)
	if r.Code != 200 || r.json(t)["version"].(float64) != 1 {
		t.Fatalf("seal token: %d %s", r.Code, r.Body)
	}
	if string(e.relay.lastCT) != string(ct) {
		t.Fatal("the host altered the ciphertext on its way to the coordinator")
	}
	r = e.do("PUT", "/v1/packages/left-pad/token", "application/json", body)
	if r.json(t)["version"].(float64) != 2 {
		t.Fatalf("second seal: %s", r.Body)
	}
	b, err := e.st.GetSealed(context.Background(), "token/left-pad")
	if err != nil || b.Version != 2 {
		t.Fatalf("stored sealed blob v%d, %v", b.Version, err)
	}
	if r := e.do("GET", "/v1/packages/left-pad/token", "", nil); r.Code != 200 || strings.Contains(string(r.Body), "sealed:") {
		t.Fatalf("token metadata leaks the blob or fails: %d %s", r.Code, r.Body)
	}
	if strings.Contains(e.logs.String(), "SECRETTOKEN") || strings.Contains(e.logs.String(), hex.EncodeToString(ct)) {
		t.Fatal("logs contain the token ciphertext")
	}

	nonce := strings.Repeat("ab", 32)
	r = e.do("GET", "/v1/enclaves/scorer/evidence?nonce="+nonce, "", nil)
	if r.Code != 200 {
		t.Fatalf("evidence: %d %s", r.Code, r.Body)
	}
	var ev struct{ Evidence []byte }
	if err := json.Unmarshal(r.Body, &ev); err != nil || string(ev.Evidence) != "scorer:"+string(mustHex(nonce)) {
		t.Fatalf("evidence relayed wrong: %q %v", ev.Evidence, err)
	}
	e.relay.refuse = true
	if r := e.do("GET", "/v1/enclaves/coordinator/evidence?nonce="+nonce, "", nil); r.Code != 422 || r.errCode(t) != api.CodeEnclaveRefused {
		t.Fatalf("refused evidence: %d %s", r.Code, r.Body)
	}
}

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func TestReadyAndMetrics(t *testing.T) {
	e := newEnv(t, nil)
	if r := e.do("GET", "/healthz", "", nil); r.Code != 200 {
		t.Fatalf("healthz %d", r.Code)
	}
	if r := e.do("GET", "/readyz", "", nil); r.Code != 200 {
		t.Fatalf("readyz %d %s", r.Code, r.Body)
	}
	e.relay.notReady = true
	if r := e.do("GET", "/readyz", "", nil); r.Code != 503 || r.errCode(t) != api.CodeNotReady {
		t.Fatalf("readyz with enclave down: %d %s", r.Code, r.Body)
	}
	e.do("GET", "/v1/packages/nope", "", nil)
	m := httptest.NewRecorder()
	e.srv.MetricsHandler().ServeHTTP(m, httptest.NewRequest("GET", "/metrics", nil))
	if !strings.Contains(m.Body.String(), `vouch_host_http_requests_total{code="404",route="GET /v1/packages/{pkg}"} 1`) {
		t.Fatalf("metrics lack the request counter:\n%s", m.Body)
	}
}

func TestPanicIsRecovered(t *testing.T) {
	e := newEnv(t, nil)
	e.relay.panicOn = "evidence"
	r := e.do("GET", "/v1/enclaves/scorer/evidence?nonce="+strings.Repeat("00", 16), "", nil)
	if r.Code != 500 || r.errCode(t) != api.CodeInternal || strings.Contains(string(r.Body), "exploded") {
		t.Fatalf("panic answer: %d %s", r.Code, r.Body)
	}
	if r := e.do("GET", "/healthz", "", nil); r.Code != 200 {
		t.Fatal("server unusable after a panic")
	}
	if !strings.Contains(e.logs.String(), "panic in handler") {
		t.Fatal("panic not logged")
	}
}

func TestProposeChecksTarballAndSigner(t *testing.T) {
	e := newEnv(t, nil)
	e.enroll("left-pad")
	p := e.upload("left-pad", "1.0.0")
	other, _ := crypto.GenerateKey()

	d, _ := wire.Digest(domain, p.wire)
	badInteg := p.request
	badInteg.Release.Integrity = "sha512-" + base64.StdEncoding.EncodeToString(make([]byte, 64))
	wrongHash := p.request
	wrongHash.Release.ContentHash = sha256.Sum256([]byte("never uploaded"))
	forged := p.request
	forged.Signature = e.signDigest(other, d).Signature // claims maintainer 0, signed by someone else
	outsider := p.request
	outsider.SignedBy = e.signDigest(other, d)
	highS := p.request
	highS.Signature = flipS(p.request.Signature)
	short := p.request
	short.Signature = p.request.Signature[:64]
	crossDomain := p.request
	{
		od := domain
		od.ChainID = 1
		dd, _ := wire.Digest(od, p.wire)
		crossDomain.SignedBy = e.signDigest(e.keys[0], dd)
	}
	unknownPkg := p.request
	unknownPkg.Release.PackageName = "right-pad"
	badVersion := p.request
	badVersion.Release.Version = "1.0"

	for name, tc := range map[string]struct {
		req    api.ProposeRequest
		status int
		code   string
	}{
		"integrity of other bytes":    {badInteg, 422, api.CodeIntegrityMismatch},
		"tarball never uploaded":      {wrongHash, 422, api.CodeUnknownTarball},
		"forged signature":            {forged, 403, api.CodeBadSignature},
		"signer is no maintainer":     {outsider, 403, api.CodeNotMaintainer},
		"high-s signature":            {highS, 400, api.CodeBadSignature},
		"64-byte signature":           {short, 400, api.CodeBadSignature},
		"signature for another chain": {crossDomain, 403, api.CodeBadSignature},
		"unknown package":             {unknownPkg, 404, api.CodeUnknownPackage},
		"not semver":                  {badVersion, 400, api.CodeBadRequest},
	} {
		t.Run(name, func(t *testing.T) {
			r := e.post("/v1/releases", tc.req)
			if r.Code != tc.status || r.errCode(t) != tc.code {
				t.Fatalf("got %d %s, want %d %s", r.Code, r.Body, tc.status, tc.code)
			}
		})
	}
	if list, _ := e.st.ListReleases(context.Background(), store.ReleaseFilter{}); len(list) != 0 {
		t.Fatalf("refused proposals left %d releases behind", len(list))
	}
}

// flipS returns the other valid signature (n - s, v flipped) of the same key.
func flipS(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	n := crypto.S256().Params().N
	s := new(bigInt).SetBytes(sig[32:64])
	s.Sub(n, s)
	s.FillBytes(out[32:64])
	out[64] ^= 1
	return out
}

// rawIntegrity decodes an SRI for the Revoke, which signs the raw SHA-512.
func rawIntegrity(t *testing.T, sri string) []byte {
	t.Helper()
	raw, err := apijson.ParseIntegrity(sri)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestReleaseTypedData: GET /v1/releases/{id}/typed-data serves the typed
// data in wallet form, built by enclave/wire, and it hashes to the release
// ID (what the host, the coordinator and the contract check signatures
// against); only the Release type and the domain fields it uses are in it.
func TestReleaseTypedData(t *testing.T) {
	e := newEnv(t, nil)
	e.enroll("left-pad")
	p := e.propose("left-pad", "1.0.0")
	r := e.do("GET", "/v1/releases/"+p.id+"/typed-data", "", nil)
	if r.Code != http.StatusOK {
		t.Fatalf("typed data: %d %s", r.Code, r.Body)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(r.Body, &td); err != nil {
		t.Fatal(err)
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil || hexutil.Encode(hash) != p.id {
		t.Fatalf("typed data hashes to %x (%v), want the release ID %s\n%s", hash, err, p.id, r.Body)
	}
	if td.PrimaryType != "Release" || len(td.Types) != 2 || td.Message["packageName"] != "left-pad" {
		t.Fatalf("typed data: %s", r.Body)
	}
	unknown := "0x" + strings.Repeat("ab", 32)
	if r := e.do("GET", "/v1/releases/"+unknown+"/typed-data", "", nil); r.Code != http.StatusNotFound || r.errCode(t) != api.CodeUnknownRelease {
		t.Fatalf("typed data of an unknown release: %d %s", r.Code, r.Body)
	}
}
