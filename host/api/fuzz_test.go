package api_test

import (
	"encoding/json"
	"strings"
	"testing"
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
