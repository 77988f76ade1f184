package relay

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	anchor "github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/host/web"
)

// TestRefusedPublishIsReported: a publish() the contract refuses for good
// (here the coordinator key is not registered: UnregisteredCoordinator) is
// not retried, and shows with its decoded reason in the release's status
// JSON (GET /v1/releases/{id}, what `vouch status` prints) and on the
// dashboard, so a release never sits stuck silently.
func TestRefusedPublishIsReported(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a simulated chain")
	}
	e := newRelayEnv(t, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	k := e.env.Keys
	if _, err := e.env.Enroll(ctx, "refused-pkg", 2, k[0], k[1], k[2]); err != nil {
		t.Fatal(err)
	}
	r := chaintest.Release("refused-pkg", "1.0.0", 0, "tarball")
	sigs, err := chaintest.Sign(e.env.Domain, r, k[0], k[1])
	if err != nil {
		t.Fatal(err)
	}
	sorted := chain.SortedSigs(sigs)
	signers := make([]common.Address, len(sorted))
	sigBytes := make([][]byte, len(sorted))
	for i, s := range sorted {
		signers[i], sigBytes[i] = s.Signer, s.Sig
	}
	notCoordinator := chaintest.Key(9)
	auth, err := e.env.Authorize(r, [32]byte{}, sigs, 0, notCoordinator)
	if err != nil {
		t.Fatal(err)
	}
	sa := wire.SignedAuthorization{Release: r, Authorization: wire.PublishAuthorization{Signers: signers}, Signatures: sigBytes, Signature: auth}
	id := "0x" + strings.Repeat("ab", 32)
	if err := e.relay.Anchor.Publish(ctx, id, sa); err != nil {
		t.Fatal(err)
	}
	if err := e.ob.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	if err := e.st.PutPackage(ctx, store.Package{Name: "refused-pkg", Policy: []byte(`{"policy":{"threshold":2}}`)}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.st.CreateRelease(ctx, store.Release{ID: id, Package: "refused-pkg", Version: "1.0.0",
		ContentHash: common.Hash(r.ContentHash).Hex(), Proposal: []byte("{}"), State: store.StateApproved}); err != nil {
		t.Fatal(err)
	}

	ws, err := web.New(web.Config{Index: web.NewIndex(e.env.Client.(web.Backend), e.env.Domain.Registry), Store: e.st, Domain: e.env.Domain,
		Anchoring: e.ob.Problems})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := api.New(api.Config{Store: e.st, Domain: e.env.Domain, Enclaves: e.relay, Web: ws.Handler(), RatePerClient: 1e6, Burst: 1e6})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer hs.Close()

	get := func(path string) string {
		t.Helper()
		resp, err := http.Get(hs.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s: %d %s", path, resp.StatusCode, b)
		}
		return string(b)
	}
	var st api.ReleaseStatus
	if err := json.Unmarshal([]byte(get("/v1/releases/"+id)), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Anchoring) == 0 || st.Anchoring[0].State != anchor.OutboxFailed || !strings.Contains(st.Anchoring[0].Error, "UnregisteredCoordinator") {
		t.Fatalf("status anchoring = %+v, want publish failed with UnregisteredCoordinator", st.Anchoring)
	}
	page := get("/")
	if !strings.Contains(page, `data-record="publish:`+id+`"`) || !strings.Contains(page, "UnregisteredCoordinator") {
		t.Fatalf("dashboard does not show the refused publish:\n%s", page)
	}
}
