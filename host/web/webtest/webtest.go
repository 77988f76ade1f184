// Package webtest builds a vouch-host for browser tests: a simulated chain
// with the real registry contract holding verified, scored, revoked and
// enrolled-but-unsigned packages, a SQLite store with a pending release and
// a findings report, and the real API and dashboard on a loopback port. It
// also finds Chromium and the repository's build/ folder. Tests only.
package webtest

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/chain/devchain"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/host/web"
	"github.com/vouchpm/vouch/scorer/report"
)

// Host is a running host over a populated chain.
type Host struct {
	URL     string
	Env     *chaintest.Env
	Store   store.Store
	Web     *web.Server
	Pending string // the pending release's id
	// Content is each recorded version's tarball stand-in, by "name@version".
	Content map[string]string
}

// Integrity is the npm SRI of the stand-in tarball of name@version.
func (h *Host) Integrity(key string) string {
	sum := sha512.Sum512([]byte(h.Content[key]))
	return "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

// Start builds the fixture and serves it until the test ends:
//
//	left-pad    enrolled 2 of 3; 1.0.0 verified (score 92, no finding),
//	            1.1.0 verified (score 41, findings network and child-process,
//	            base 1.0.0); 1.2.0 pending on the host with 1 of 2 signatures
//	evil-pkg    enrolled 1 of 1; 2.0.0 published, then revoked
//	quiet-pkg   enrolled 2 of 2, nothing signed
//	plus a scorer key registered with simulated-platform evidence.
func Start(t testing.TB) *Host {
	t.Helper()
	ctx := context.Background()
	env, err := chaintest.NewSimulated(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(env.Close)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "host.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h := &Host{Env: env, Store: st, Content: map[string]string{}}
	k := env.Keys
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}

	// A scorer key registered with evidence of the simulated platform.
	simKey := devchain.DevKey(2002)
	b := attestation.NewBinding(attestation.RoleScorer, &simKey.PublicKey, env.Domain.ChainID, env.Domain.Registry, []byte("nonce"), time.Unix(1764000000, 0))
	bb, err := b.Marshal()
	must(err)
	ev := attestation.Evidence{Version: attestation.FormatVersion, Platform: attestation.PlatformSim, Quote: []byte("quote"), Binding: bb}
	evb, err := ev.Marshal()
	must(err)
	_, err = env.RegisterEnclave(ctx, chain.RoleScorer, crypto.PubkeyToAddress(simKey.PublicKey), sha256.Sum256([]byte("scorer measurement")), evb)
	must(err)

	_, err = env.Enroll(ctx, "left-pad", 2, k[0], k[1], k[2])
	must(err)
	_, err = env.Enroll(ctx, "evil-pkg", 1, k[3])
	must(err)
	_, err = env.Enroll(ctx, "quiet-pkg", 2, k[4], k[5])
	must(err)

	v100 := h.publish(t, "left-pad", "1.0.0", 0, "left-pad 1.0.0", 92, nil, [32]byte{}, k[0], k[1])
	h.publish(t, "left-pad", "1.1.0", 1, "left-pad 1.1.0 with a fetch", 41, []report.Finding{
		{Rule: "network", Severity: "high", File: "index.js", Line: 3, Evidence: "fetch('http://203.0.113.7/x')"},
		{Rule: "child-process", Severity: "high", File: "index.js", Line: 5, Evidence: "require('child_process')"},
	}, v100.ContentHash, k[0], k[2])
	evil := h.publish(t, "evil-pkg", "2.0.0", 0, "evil-pkg 2.0.0", 0, nil, [32]byte{}, k[3])
	rv := wire.Revoke{PackageName: "evil-pkg", Version: "2.0.0", Integrity: evil.Integrity, Reason: "maintainer key stolen"}
	sigs, err := chaintest.Sign(env.Domain, rv, k[3])
	must(err)
	_, err = env.Writer.Revoke(ctx, rv, sigs)
	must(err)

	// A host that hides a finding: the chain's findings hash covers a
	// credential-exfiltration finding, the stored report shows none.
	_, err = env.Enroll(ctx, "sly-pkg", 1, k[6])
	must(err)
	h.publishLying(t, "sly-pkg", "1.0.0", []report.Finding{{Rule: "credential-exfiltration", Severity: "critical", File: "index.js", Line: 1, Evidence: "process.env.NPM_TOKEN"}}, k[6])

	// A release the host holds, with one of two signatures.
	pend := chaintest.Release("left-pad", "1.2.0", 2, "left-pad 1.2.0")
	pd, err := wire.Digest(env.Domain, pend)
	must(err)
	h.Pending = wire.HexDigest(pd)
	_, err = st.CreateRelease(ctx, store.Release{ID: h.Pending, Package: "left-pad", Version: "1.2.0", ContentHash: common.Hash(pend.ContentHash).Hex(), Proposal: []byte("{}"), State: store.StatePending})
	must(err)
	sig, err := wire.Sign(k[0], pd)
	must(err)
	_, err = st.AddSignature(ctx, store.Signature{ReleaseID: h.Pending, Signer: chaintest.Addr(k[0]).Hex(), Sig: sig})
	must(err)

	ix := web.NewIndex(env.Sim.Client(), env.Domain.Registry)
	ws, err := web.New(web.Config{Index: ix, Store: st, Domain: env.Domain, MinSync: time.Millisecond})
	must(err)
	h.Web = ws
	srv, err := api.New(api.Config{Store: st, Domain: env.Domain, Chain: ws, Web: ws.Handler(), RatePerClient: 1e6, Burst: 1e6})
	must(err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(err)
	hs := srv.HTTPServer()
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	h.URL = "http://" + ln.Addr().String()
	return h
}

// publishLying records name@version scored 30 with findings on chain, and
// stores a report that claims no finding.
func (h *Host) publishLying(t testing.TB, name, version string, findings []report.Finding, signer *ecdsa.PrivateKey) {
	h.publishWith(t, name, version, 0, name+" "+version, 30, findings, [32]byte{}, true, signer)
}

// publish records a release on chain (scored when score > 0) and, with a
// score, stores the findings report whose hash the chain holds.
func (h *Host) publish(t testing.TB, name, version string, nonce uint64, content string, score uint8, findings []report.Finding, base [32]byte, signers ...*ecdsa.PrivateKey) wire.Release {
	return h.publishWith(t, name, version, nonce, content, score, findings, base, false, signers...)
}

func (h *Host) publishWith(t testing.TB, name, version string, nonce uint64, content string, score uint8, findings []report.Finding, base [32]byte, hide bool, signers ...*ecdsa.PrivateKey) wire.Release {
	t.Helper()
	ctx := context.Background()
	env := h.Env
	r := chaintest.Release(name, version, nonce, content)
	h.Content[name+"@"+version] = content
	var sd [32]byte
	var sc *wire.Score
	var ssig []byte
	if score > 0 {
		rep := report.Report{Version: 1, PackageName: name, PackageVersion: version, Mode: "heuristics", Score: score, HeuristicScore: score,
			FilesAdded: 1, FilesChanged: 2, Findings: findings, FirstRelease: base == [32]byte{}}
		fh, err := rep.FindingsHash()
		if err != nil {
			t.Fatal(err)
		}
		s := chaintest.ScoreOf(r, score)
		s.FindingsHash, s.BaseContentHash, s.ModelHash = fh, base, [32]byte{}
		d, sig, err := env.SignScore(s, nil)
		if err != nil {
			t.Fatal(err)
		}
		sd, sc, ssig = d, &s, sig
		rd, _ := wire.Digest(env.Domain, r)
		msg, _ := json.Marshal(s)
		if hide {
			rep.Findings = nil
		}
		repJSON, _ := json.Marshal(rep)
		if _, err := h.Store.CreateRelease(ctx, store.Release{ID: wire.HexDigest(rd), Package: name, Version: version, ContentHash: common.Hash(r.ContentHash).Hex(), Proposal: []byte("{}"), State: store.StateVerified}); err != nil {
			t.Fatal(err)
		}
		if err := h.Store.PutScore(ctx, store.Score{ReleaseID: wire.HexDigest(rd), Package: name, Version: version, Score: int(score), Message: msg, Sig: sig, Report: repJSON}); err != nil {
			t.Fatal(err)
		}
	}
	sigs, err := chaintest.Sign(env.Domain, r, signers...)
	if err != nil {
		t.Fatal(err)
	}
	auth, err := env.Authorize(r, sd, sigs, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.Writer.Publish(ctx, r, sigs, sc, ssig, 0, auth); err != nil {
		t.Fatalf("publish %s@%s: %v", name, version, err)
	}
	return r
}

// Chromium returns the browser binary, or skips the test (fails in CI).
func Chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed (make apt-deps installs it)")
	}
	t.Skip("chromium is not installed (make apt-deps installs it)")
	return ""
}

// BuildDir is the repository's build/ folder (created when missing).
func BuildDir(t testing.TB, sub string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			out := filepath.Join(dir, "build", sub)
			if err := os.MkdirAll(out, 0o755); err != nil {
				t.Fatal(err)
			}
			return out
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Get fetches url and returns status and body.
func Get(t testing.TB, url string) (int, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, body
}

// Browser starts headless Chromium with a fresh profile and no network but
// loopback (the flags that keep it off this machine's closed network), at
// the given window size, and returns a tab's context that ends after
// timeout or with the test. extra adds flags (an extension to load).
func Browser(t testing.TB, timeout time.Duration, width, height int, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	bin := Chromium(t)
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	}, extra...)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelC := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() { cancelC(); cancelB(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	return ctx
}
