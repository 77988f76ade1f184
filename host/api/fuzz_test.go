package api_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/host/api"
)

// FuzzRequestBodies sends arbitrary bodies to every endpoint that parses
// one: the host answers a JSON error or success, never a 5xx or a panic.
func FuzzRequestBodies(f *testing.F) {
	f.Add(uint8(0), []byte(`{"policy":{"packageName":"x","maintainers":["0x0000000000000000000000000000000000000001"],"threshold":1},"signatures":[]}`))
	f.Add(uint8(1), []byte(`{"release":{"packageName":"left-pad","version":"1.0.1","integrity":"sha512-AAAA","contentHash":"0x00","nonce":1},"signer":"0x00","signature":"0x"}`))
	f.Add(uint8(2), []byte(`{"signer":"0x0000000000000000000000000000000000000001","signature":"0x`+strings.Repeat("00", 65)+`"}`))
	f.Add(uint8(3), []byte(`{"reason":"\u0000","signer":"0x0000000000000000000000000000000000000001","signature":"0x1b"}`))
	f.Add(uint8(4), []byte(`{"packageName":"left-pad","version":"1.0.0","contentHash":"0x`+strings.Repeat("ff", 32)+`","reason":"r"}`))
	f.Add(uint8(5), []byte("\x1f\x8b\x08\x00"))
	f.Add(uint8(6), []byte(`{"policy":{"maintainers":null,"threshold":255,"nonce":18446744073709551615}}`))
	e := newEnv(f, nil)
	e.enroll("left-pad")
	p := e.propose("left-pad", "1.0.0")
	targets := []struct{ method, path, ctype string }{
		{"POST", "/v1/packages", "application/json"},
		{"POST", "/v1/releases", "application/json"},
		{"POST", "/v1/releases/" + p.id + "/signatures", "application/json"},
		{"POST", "/v1/releases/" + p.id + "/vetoes", "application/json"},
		{"POST", "/v1/revocations", "application/json"},
		{"PUT", "/v1/packages/left-pad/token", "application/json"},
		{"PUT", "/v1/packages/left-pad/policy", "application/json"},
		{"PUT", "/v1/tarballs/" + p.rel.ContentHash.Hex(), "application/octet-stream"},
	}
	f.Fuzz(func(t *testing.T, which uint8, body []byte) {
		tg := targets[int(which)%len(targets)]
		r := e.do(tg.method, tg.path, tg.ctype, body)
		if r.Code >= 500 {
			t.Fatalf("%s %s: %d %s", tg.method, tg.path, r.Code, r.Body)
		}
		if r.Code >= 400 {
			var env struct {
				Error struct{ Code, Message string } `json:"error"`
			}
			if json.Unmarshal(r.Body, &env) != nil || env.Error.Code == "" || env.Error.Message == "" {
				t.Fatalf("error without envelope: %d %q", r.Code, r.Body)
			}
		}
	})
}

// FuzzUploadHeaders feeds the upload's proposal header and the
// X-Forwarded-For chain (behind a trusted proxy) arbitrary bytes: the host
// never fails with a 5xx and never stores a tarball without a valid
// maintainer proposal.
func FuzzUploadHeaders(f *testing.F) {
	e := newEnv(f, func(c *api.Config) { c.TrustedProxies = []string{"192.0.2.0/24"} })
	e.enroll("left-pad")
	tgz, prop := e.signedUpload("left-pad", "1.0.0", 512, 0)
	good := base64.StdEncoding.EncodeToString(mustJSON(prop))
	f.Add(good, "198.51.100.1")
	f.Add("", "")
	f.Add("!!notbase64", "1.2.3.4, 192.0.2.9")
	f.Add(base64.StdEncoding.EncodeToString([]byte(`{"release":{}}`)), "garbage,,")
	f.Add(base64.StdEncoding.EncodeToString([]byte(`{}{}`)), "::1")
	hash := common.Hash(prop.Release.ContentHash).Hex()
	f.Fuzz(func(t *testing.T, proposal, xff string) {
		req := httptest.NewRequest("PUT", "/v1/tarballs/"+hash, bytes.NewReader(tgz))
		req.RemoteAddr = "192.0.2.7:5000"
		req.Header.Set("Content-Type", "application/octet-stream")
		req.Header.Set(api.ProposalHeader, proposal)
		req.Header.Set("X-Forwarded-For", xff)
		rec := httptest.NewRecorder()
		e.h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%d %s", rec.Code, rec.Body)
		}
		if rec.Code == 201 {
			// Nobody can forge a signature: only the maintainer's own
			// signed proposal (in any encoding) may pass.
			var got api.ProposeRequest
			raw, err := base64.StdEncoding.DecodeString(proposal)
			if err != nil || json.Unmarshal(raw, &got) != nil || got.Signer != prop.Signer || !bytes.Equal(got.Signature, prop.Signature) {
				t.Fatalf("stored an upload with proposal %q", proposal)
			}
		}
	})
}
