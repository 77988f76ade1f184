package api_test

import (
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/api/apijson"
)

// TestPolicyChangeNeedsMofN: a change proposed by one maintainer of a
// 2-of-3 package stays pending; a joiner (no maintainer yet) cannot sign it;
// the second maintainer's signature applies it. A change proposed through
// an invite carries no signature at all.
func TestPolicyChangeNeedsMofN(t *testing.T) {
	e := newEnv(t, nil)
	e.enroll("left-pad")
	p := e.policy("left-pad")
	p.Maintainers = append(p.Maintainers, e.addrs[3])
	r := e.post("/v1/policy-changes", api.PolicyRequest{Policy: p, Signatures: []api.SignedBy{e.sign(e.keys[0], p)}})
	if r.Code != http.StatusCreated || r.json(t)["state"] != "pending" || len(r.json(t)["signers"].([]any)) != 1 {
		t.Fatalf("propose: %d %s", r.Code, r.Body)
	}
	id := r.json(t)["id"].(string)
	if got := e.do("GET", "/v1/packages/left-pad", "", nil).json(t)["policy"].(map[string]any)["maintainers"].([]any); len(got) != 3 {
		t.Fatalf("one signature changed the policy: %v", got)
	}
	if r := e.post("/v1/policy-changes/"+id+"/signatures", e.sign(e.keys[3], p)); r.Code != http.StatusForbidden || r.errCode(t) != api.CodeNotMaintainer {
		t.Fatalf("the joiner signed: %d %s", r.Code, r.Body)
	}
	r = e.post("/v1/policy-changes/"+id+"/signatures", e.sign(e.keys[1], p))
	if r.Code != http.StatusCreated || r.json(t)["state"] != "applied" {
		t.Fatalf("second signature: %d %s", r.Code, r.Body)
	}
	if got := e.do("GET", "/v1/packages/left-pad", "", nil).json(t)["policy"].(map[string]any)["maintainers"].([]any); len(got) != 4 {
		t.Fatalf("applied change not stored: %v", got)
	}

	// An invite: the joiner's change is signed by nobody.
	cur := p
	cur.Nonce = 1
	r = e.post("/v1/invites", apijson.InviteRequest{Policy: cur})
	if r.Code != http.StatusCreated {
		t.Fatalf("invite: %d %s", r.Code, r.Body)
	}
	code := r.json(t)["code"].(string)
	r = e.post("/v1/invites/"+code, apijson.JoinRequest{Address: common.HexToAddress("0x00000000000000000000000000000000000000a1")})
	if r.Code != http.StatusCreated || r.json(t)["state"] != "pending" || len(r.json(t)["signers"].([]any)) != 0 {
		t.Fatalf("join: %d %s", r.Code, r.Body)
	}
	if r := e.post("/v1/invites/"+code, apijson.JoinRequest{Address: common.HexToAddress("0x00000000000000000000000000000000000000a2")}); r.Code != http.StatusNotFound {
		t.Fatalf("an invite used twice: %d %s", r.Code, r.Body)
	}
}
