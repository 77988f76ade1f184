package extension

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vouchpm/vouch/host/web/webtest"
)

// npmSite serves what the extension reads on npm's side: package pages
// shaped like npmjs.com's (name, then "VERSION • Public • Published …"),
// registry version documents (dist.integrity), and, for JSON-RPC mode, an
// eth_call endpoint that forwards to the real registry contract.
func npmSite(t *testing.T, h *webtest.Host, shown map[string]string, integrity map[string]string) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /package/{rest...}", func(w http.ResponseWriter, r *http.Request) {
		name, version, _ := strings.Cut(r.PathValue("rest"), "/v/")
		if version == "" {
			version = shown[name]
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html><head><title>%[1]s - npm</title></head><body>
<header><a href="/">npm</a></header>
<main><div id="top"><h1><span>%[1]s</span></h1><span class="v">%[2]s • Public • Published 3 days ago</span></div>
<section><h2>Readme</h2><p>A package.</p></section></main></body></html>`, name, version)
	})
	mux.HandleFunc("GET /registry/{name}/{version}", func(w http.ResponseWriter, r *http.Request) {
		key := r.PathValue("name") + "@" + r.PathValue("version")
		integ, ok := integrity[key]
		if !ok {
			integ = h.Integrity(key)
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"name": r.PathValue("name"), "version": r.PathValue("version"), "dist": map[string]string{"integrity": integ}})
	})
	mux.HandleFunc("POST /rpc", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params []json.RawMessage
		}
		body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		var call struct {
			To   common.Address `json:"to"`
			Data hexutil.Bytes  `json:"data"`
		}
		if json.Unmarshal(body, &req) != nil || req.Method != "eth_call" || len(req.Params) == 0 || json.Unmarshal(req.Params[0], &call) != nil {
			http.Error(w, "only eth_call", 400)
			return
		}
		res, err := h.Env.Sim.Client().CallContract(r.Context(), ethereum.CallMsg{To: &call.To, Data: call.Data}, nil)
		w.Header().Set("Content-Type", "application/json")
		if err != nil {
			json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "error": map[string]any{"code": -32000, "message": err.Error()}})
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": hexutil.Bytes(res)})
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}

// testCopy copies the extension to a folder in test mode: its content
// script also matches http://127.0.0.1/* (the local npm-style site), and
// its defaults point at the test's host, registry and chain.
func testCopy(t *testing.T, defaults map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"background.js", "content.js", "chain.js", "keccak.js", "options.html", "options.js"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var m map[string]any
	raw, err := os.ReadFile("manifest.json")
	if err != nil || json.Unmarshal(raw, &m) != nil {
		t.Fatalf("manifest.json: %v", err)
	}
	cs := m["content_scripts"].([]any)[0].(map[string]any)
	cs["matches"] = append(cs["matches"].([]any), "http://127.0.0.1/*")
	raw, _ = json.MarshalIndent(m, "", "  ")
	os.WriteFile(filepath.Join(dir, "manifest.json"), raw, 0o644)
	raw, _ = json.Marshal(defaults)
	os.WriteFile(filepath.Join(dir, "defaults.json"), raw, 0o644)
	return dir
}

func browserWith(t *testing.T, ext string) context.Context {
	t.Helper()
	return webtest.Browser(t, 2*time.Minute, 1100, 500,
		chromedp.Flag("load-extension", ext), chromedp.Flag("disable-extensions-except", ext))
}

// TestExtensionShowsVerdictOnNpmPage loads the extension into headless
// Chromium, in host-API mode and in JSON-RPC mode, and opens npm-style
// pages: a verified, an unsigned, an unknown (not enrolled), a revoked and
// a mismatched version must each show their verdict.
func TestExtensionShowsVerdictOnNpmPage(t *testing.T) {
	h := webtest.Start(t)
	shown := map[string]string{"left-pad": "1.1.0", "quiet-pkg": "1.0.0", "never-heard-of": "4.2.0"}
	// The "registry" serves other bytes for left-pad@1.0.0 (a bad mirror).
	site := npmSite(t, h, shown, map[string]string{"left-pad@1.0.0": h.Integrity("left-pad@1.1.0")})
	shots := webtest.BuildDir(t, "screenshots")

	cases := []struct {
		path, state string
		text        []string // in host mode
		rpcText     []string // in JSON-RPC mode
	}{
		{"/package/left-pad", "verified", []string{"vouch 1.1.0", "verified: signed by 2 of 3 maintainers", "score 41"}, []string{"verified: signed by 2 of 3 maintainers", "score 41"}},
		{"/package/quiet-pkg", "unsigned", []string{"unsigned: quiet-pkg is enrolled in vouch, but 1.0.0 was never signed"}, []string{"unsigned"}},
		{"/package/never-heard-of", "not-enrolled", []string{"not enrolled: nobody vouches for never-heard-of"}, []string{"not enrolled"}},
		{"/package/evil-pkg/v/2.0.0", "revoked", []string{"revoked: the maintainers withdrew 2.0.0"}, []string{"revoked"}},
		{"/package/left-pad/v/1.0.0", "mismatch", []string{"MISMATCH"}, []string{"MISMATCH"}},
	}
	for _, mode := range []string{"host", "rpc"} {
		t.Run(mode, func(t *testing.T) {
			ext := testCopy(t, map[string]string{"mode": mode, "hostURL": h.URL, "rpcURL": site + "/rpc",
				"registry": h.Env.Domain.Registry.Hex(), "npmRegistryURL": site + "/registry"})
			ctx := browserWith(t, ext)
			for _, tc := range cases {
				if err := chromedp.Do(ctx, chromedp.Navigate(site+tc.path), chromedp.WaitReady(chromedp.CSS("main"))); err != nil {
					t.Fatal(err)
				}
				var state string
				var err error
				// A poll that starts while the new page's script context is
				// being set up is retried (the banner itself has 20 s).
				for try := 0; try < 3; try++ {
					state, err = chromedp.Run(ctx, chromedp.Poll[string](`(() => { const b = document.getElementById("vouch-verdict"); return b ? b.dataset.state : "" })()`,
						chromedp.WithPollingTimeout(20*time.Second)))
					if err == nil || !strings.Contains(err.Error(), "Cannot find context") {
						break
					}
					time.Sleep(200 * time.Millisecond)
				}
				if err != nil {
					t.Fatalf("%s: no verdict banner: %v", tc.path, err)
				}
				text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#vouch-verdict")))
				if err != nil {
					t.Fatal(err)
				}
				if state != tc.state {
					t.Errorf("%s: state %q, want %q (%s)", tc.path, state, tc.state, text)
				}
				want := tc.text
				if mode == "rpc" {
					want = tc.rpcText
				}
				for _, w := range want {
					if !strings.Contains(text, w) {
						t.Errorf("%s: banner %q lacks %q", tc.path, text, w)
					}
				}
				if mode == "host" && (tc.state == "verified" || tc.state == "unsigned" || tc.state == "not-enrolled") {
					shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
					if err != nil {
						t.Fatal(err)
					}
					os.WriteFile(filepath.Join(shots, "extension-"+tc.state+".png"), shot, 0o644)
				}
			}
		})
	}
}
