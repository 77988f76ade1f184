package web_test

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api/apijson"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/host/web/webtest"
)

// TestVerdictsComeFromTheChain: every state the extension and badges show,
// read from the registry contract's records.
func TestVerdictsComeFromTheChain(t *testing.T) {
	h := webtest.Start(t)
	for _, tc := range []struct {
		pkg, version, integrity string
		state                   string
		signers                 int
		score                   int // -1: none
	}{
		{"left-pad", "1.0.0", "", apijson.VerdictVerified, 2, 92},
		{"left-pad", "1.1.0", h.Integrity("left-pad@1.1.0"), apijson.VerdictVerified, 2, 41},
		{"left-pad", "1.1.0", h.Integrity("left-pad@1.0.0"), apijson.VerdictMismatch, 2, 41},
		{"left-pad", "1.2.0", "", apijson.VerdictUnsigned, 0, -1}, // pending on the host only
		{"quiet-pkg", "1.0.0", "", apijson.VerdictUnsigned, 0, -1},
		{"evil-pkg", "2.0.0", "", apijson.VerdictRevoked, 1, -1},
		{"never-heard-of", "1.0.0", "", apijson.VerdictNotEnrolled, 0, -1},
	} {
		t.Run(tc.pkg+"@"+tc.version+"/"+tc.state, func(t *testing.T) {
			u := h.URL + "/v1/verdicts/" + url.PathEscape(tc.pkg) + "/" + tc.version
			if tc.integrity != "" {
				u += "?integrity=" + url.QueryEscape(tc.integrity)
			}
			code, body := webtest.Get(t, u)
			var v apijson.Verdict
			if code != 200 || json.Unmarshal(body, &v) != nil {
				t.Fatalf("%d %s", code, body)
			}
			if v.State != tc.state || len(v.Signers) != tc.signers {
				t.Fatalf("state %q with %d signers, want %q with %d: %s", v.State, len(v.Signers), tc.state, tc.signers, body)
			}
			if (tc.score < 0) != (v.Score == nil) || (v.Score != nil && *v.Score != tc.score) {
				t.Fatalf("score %v, want %d", v.Score, tc.score)
			}
		})
	}
}

func TestBadgesPerVersion(t *testing.T) {
	h := webtest.Start(t)
	for file, want := range map[string]string{
		"left-pad.svg":             "verified · 41", // newest release
		"left-pad@1.0.0.svg":       "verified · 92",
		"evil-pkg@2.0.0.svg":       "revoked",
		"quiet-pkg.svg":            "unsigned",
		"never-heard-of.svg":       "not enrolled",
		"never-heard-of@1.0.0.svg": "not enrolled",
		"left-pad%401.2.0.svg":     "unsigned",
		"quiet-pkg@9.9.9-rc.1.svg": "unsigned",
	} {
		code, body := webtest.Get(t, h.URL+"/v1/badge/"+file)
		if code != 200 || !strings.Contains(string(body), want) || !strings.HasPrefix(string(body), "<svg") {
			t.Errorf("%s: %d %s, want %q", file, code, body, want)
		}
	}
	if code, _ := webtest.Get(t, h.URL+"/v1/badge/left-pad@.svg"); code != 404 {
		t.Errorf("empty version: %d", code)
	}
}

// TestHostDataIsLabelledAndMarkupEscaped: pages carry a strict CSP, label
// the host's own data, and escape what comes from package authors.
func TestHostDataIsLabelledAndMarkupEscaped(t *testing.T) {
	h := webtest.Start(t)
	resp, body := webtest.Get(t, h.URL+"/")
	if resp != 200 || !strings.Contains(string(body), "host data") || strings.Contains(string(body), "<script") {
		t.Fatalf("dashboard: %d", resp)
	}
	code, body := webtest.Get(t, h.URL+"/package/left-pad/v/1.1.0")
	if code != 200 || !strings.Contains(string(body), "fetch(&#39;http://203.0.113.7/x&#39;)") {
		t.Fatalf("finding evidence must be escaped:\n%s", body)
	}
	if code, _ := webtest.Get(t, h.URL+"/package/%3Cscript%3E"); code != 404 {
		t.Fatalf("a name with markup: %d", code)
	}
	if code, _ := webtest.Get(t, h.URL+"/v1/nothing"); code != 404 {
		t.Fatalf("unknown API path: %d", code)
	}
}

// TestHostHidingAFindingIsNotBelieved is the host operator's attack: its
// stored findings report leaves out a finding the scorer signed. The page
// must not present the doctored report as the findings.
func TestHostHidingAFindingIsNotBelieved(t *testing.T) {
	h := webtest.Start(t)
	code, body := webtest.Get(t, h.URL+"/package/sly-pkg/v/1.0.0")
	page := string(body)
	if code != 200 || strings.Contains(page, "No finding") || strings.Contains(page, "re-verified") {
		t.Fatalf("the doctored report is shown as the findings:\n%s", page)
	}
	if !strings.Contains(page, "does NOT match the findings hash on chain") {
		t.Fatalf("the page does not say the host's report disagrees with the chain:\n%s", page)
	}
	_, body = webtest.Get(t, h.URL+"/")
	dash := string(body)
	i := strings.Index(dash, ">sly-pkg@1.0.0<")
	if i < 0 {
		t.Fatal("sly-pkg@1.0.0 is not among the recent releases")
	}
	row := dash[i:]
	row = row[:strings.Index(row, "</tr>")]
	if strings.Contains(row, ">none<") || !strings.Contains(row, "NOT match") {
		t.Fatalf("the dashboard row believes the doctored report:\n%s", row)
	}
}

// TestOneRevocationSignatureIsAProposal: one maintainer of left-pad (2 of
// 3) signed a revocation of 1.0.0 on the host. The version page says
// "revocation proposed (1 of 2)" as host data; the verdict stays the
// chain's, verified.
func TestOneRevocationSignatureIsAProposal(t *testing.T) {
	h := webtest.Start(t)
	ctx := context.Background()
	lp := chaintest.Release("left-pad", "1.0.0", 0, h.Content["left-pad@1.0.0"])
	ch := lp.ContentHash
	rv := wire.Revoke{PackageName: "left-pad", Version: "1.0.0", Integrity: lp.Integrity, Reason: "I say so"}
	d, err := wire.Digest(h.Env.Domain, rv)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := wire.Sign(h.Env.Keys[2], d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.Store.AddRevocation(ctx, store.Revocation{Package: "left-pad", Version: "1.0.0", ContentHash: common.Hash(ch).Hex(),
		Signer: strings.ToLower(crypto.PubkeyToAddress(h.Env.Keys[2].PublicKey).Hex()), Reason: rv.Reason, Sig: sig}); err != nil {
		t.Fatal(err)
	}
	code, body := webtest.Get(t, h.URL+"/package/left-pad/v/1.0.0")
	page := string(body)
	if code != 200 || !strings.Contains(page, "revocation proposed (1 of 2)") || !strings.Contains(page, `<strong>verified</strong>`) {
		t.Fatalf("version page after one revocation signature: %d\n%s", code, page)
	}
	// Badges count the signatures against the host's copy of the policy.
	k := h.Env.Keys
	pol := wire.PolicyChange{PackageName: "left-pad", Maintainers: []common.Address{chaintest.Addr(k[0]), chaintest.Addr(k[1]), chaintest.Addr(k[2])}, Threshold: 2, VetoWindow: 3600}
	pb, _ := json.Marshal(apijson.PolicyRequest{Policy: pol})
	if err := h.Store.PutPackage(ctx, store.Package{Name: "left-pad", Policy: pb}); err != nil {
		t.Fatal(err)
	}
	if code, body := webtest.Get(t, h.URL+"/v1/badge/left-pad@1.0.0.svg"); code != 200 || !strings.Contains(string(body), "revocation proposed (1 of 2)") {
		t.Fatalf("version badge after one revocation signature: %d %s", code, body)
	}

	// The package badge shows the newest release, 1.1.0: a revocation
	// proposed for it shows there too (it showed plain "verified").
	if _, body := webtest.Get(t, h.URL+"/v1/badge/left-pad.svg"); strings.Contains(string(body), "revocation proposed") {
		t.Fatalf("package badge before any signature on 1.1.0: %s", body)
	}
	newest := chaintest.Release("left-pad", "1.1.0", 1, h.Content["left-pad@1.1.0"])
	rv = wire.Revoke{PackageName: "left-pad", Version: "1.1.0", Integrity: newest.Integrity, Reason: "I say so"}
	if d, err = wire.Digest(h.Env.Domain, rv); err != nil {
		t.Fatal(err)
	}
	if sig, err = wire.Sign(h.Env.Keys[1], d); err != nil {
		t.Fatal(err)
	}
	if _, err := h.Store.AddRevocation(ctx, store.Revocation{Package: "left-pad", Version: "1.1.0", ContentHash: common.Hash(newest.ContentHash).Hex(),
		Signer: strings.ToLower(crypto.PubkeyToAddress(h.Env.Keys[1].PublicKey).Hex()), Reason: rv.Reason, Sig: sig}); err != nil {
		t.Fatal(err)
	}
	if code, body := webtest.Get(t, h.URL+"/v1/badge/left-pad.svg"); code != 200 || !strings.Contains(string(body), "revocation proposed (1 of 2) · 41") {
		t.Fatalf("package badge after one revocation signature on the newest release: %d %s", code, body)
	}
}
