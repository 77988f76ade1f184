package api_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/store"
)

// TestAttackOneMaintainerRevokes: one maintainer of a 2-of-3 package (or a
// thief holding one key) signs a revocation of a good, verified release.
// revoke() on chain needs M of N; the host must not show the release
// revoked either (its state, its status, its badge) on one signature: the
// revocation is proposed (1 of 2) until the chain's Revoked event.
func TestAttackOneMaintainerRevokes(t *testing.T) {
	e := newEnv(t, nil)
	e.enroll("left-pad")
	p := e.propose("left-pad", "1.0.0")
	ctx := context.Background()
	if err := e.st.SetReleaseState(ctx, p.id, store.StateVerified); err != nil {
		t.Fatal(err)
	}
	rv := wire.Revoke{PackageName: "left-pad", Version: "1.0.0", Integrity: rawIntegrity(t, p.rel.Integrity), Reason: "I say so"}
	r := e.post("/v1/revocations", api.RevokeRequest{PackageName: rv.PackageName, Version: rv.Version, ContentHash: p.rel.ContentHash, Reason: rv.Reason, SignedBy: e.sign(e.keys[2], rv)})
	if r.Code != http.StatusCreated {
		t.Fatalf("revoke: %d %s", r.Code, r.Body)
	}
	st := e.do("GET", "/v1/releases/"+p.id, "", nil)
	badge := string(e.do("GET", "/v1/badge/left-pad.svg", "", nil).Body)
	state, _ := st.json(t)["state"].(string)
	if state == store.StateRevoked || strings.Contains(badge, ">revoked") {
		t.Fatalf("ATTACK SUCCEEDED: one maintainer's signature shows the release revoked: state %q, badge %s", state, badge)
	}
	if state != store.StateVerified || !strings.Contains(badge, "revocation proposed (1 of 2)") {
		t.Fatalf("after one revocation signature: state %q, badge %s", state, badge)
	}
	rev, _ := st.json(t)["revocation"].(map[string]any)
	if rev == nil || rev["signatures"].(float64) != 1 || rev["threshold"].(float64) != 2 || rev["reason"] != "I say so" {
		t.Fatalf("release status shows no proposed revocation: %s", st.Body)
	}
	// Two signatures of the same Revoke make it ready for the chain, still
	// not revoked on the host: only the chain's Revoked event does that.
	r = e.post("/v1/revocations", api.RevokeRequest{PackageName: rv.PackageName, Version: rv.Version, ContentHash: p.rel.ContentHash, Reason: rv.Reason, SignedBy: e.sign(e.keys[0], rv)})
	if r.Code != http.StatusCreated || r.json(t)["signatures"].(float64) != 2 {
		t.Fatalf("second revoke: %d %s", r.Code, r.Body)
	}
	if st := e.do("GET", "/v1/releases/"+p.id, "", nil); st.json(t)["state"] != store.StateVerified {
		t.Fatalf("state before the chain's Revoked event: %s", st.Body)
	}
}
