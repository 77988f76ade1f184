package web_test

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/host/web"
	"github.com/vouchpm/vouch/host/web/webtest"
)

// TestVersionPageShowsSignedProvenance: the version page shows the gitSha
// and CI run URL of the chain's Published event, and a hostile run URL
// (javascript:) never becomes a live link.
func TestVersionPageShowsSignedProvenance(t *testing.T) {
	ctx := context.Background()
	env, err := chaintest.NewSimulated(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(env.Close)
	k := env.Keys
	if _, err := env.Enroll(ctx, "ci-pkg", 1, k[0]); err != nil {
		t.Fatal(err)
	}
	for i, run := range []string{"https://github.com/o/ci-pkg/actions/runs/5", "javascript:alert(1)"} {
		r := chaintest.Release("ci-pkg", []string{"1.0.0", "1.0.1"}[i], uint64(i), "ci-pkg "+run)
		r.GitSha, r.CIRunURL = [20]byte{0xca, 0xfe, 19: byte(i)}, run
		sigs := chaintest.Must(chaintest.Sign(env.Domain, r, k[0]))
		auth := chaintest.Must(env.Authorize(r, [32]byte{}, sigs, 0, nil))
		if _, err := env.Writer.Publish(ctx, r, sigs, nil, nil, 0, auth); err != nil {
			t.Fatal(err)
		}
	}
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "host.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ws, err := web.New(web.Config{Index: web.NewIndex(env.Sim.Client(), env.Domain.Registry), Store: st, Domain: env.Domain, MinSync: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := api.New(api.Config{Store: st, Domain: env.Domain, Chain: ws, Web: ws.Handler(), RatePerClient: 1e6, Burst: 1e6})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := srv.HTTPServer()
	go func() { _ = hs.Serve(ln) }()
	t.Cleanup(func() { _ = hs.Close() })
	base := "http://" + ln.Addr().String()

	code, body := webtest.Get(t, base+"/package/ci-pkg/v/1.0.0")
	page := string(body)
	if code != 200 || !strings.Contains(page, `<code id="git-sha">cafe000000000000000000000000000000000000</code>`) ||
		!strings.Contains(page, `href="https://github.com/o/ci-pkg/actions/runs/5"`) {
		t.Fatalf("1.0.0 page (%d) lacks its provenance:\n%s", code, page)
	}
	code, body = webtest.Get(t, base+"/package/ci-pkg/v/1.0.1")
	if code != 200 || strings.Contains(string(body), `href="javascript:`) || !strings.Contains(string(body), "javascript:alert(1)") {
		t.Fatalf("1.0.1 page (%d) links a javascript: URL or hides it:\n%s", code, body)
	}
}
