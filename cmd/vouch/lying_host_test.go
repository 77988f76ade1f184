package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/host/api"
)

// TestLyingHost: the host is untrusted. A release whose fields do not hash to
// the ID the host files it under is never signed, and coordinator evidence
// replayed for another nonce is refused before any token is encrypted.
func TestLyingHost(t *testing.T) {
	f := newFlowEnv(t)
	ctx := context.Background()

	// Evidence made for someone else's nonce.
	old, err := f.coord.Evidence(ctx, "coordinator", []byte("0123456789abcdef0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	f.coord.replay = old
	t.Setenv("VOUCH_NPM_TOKEN", "npm_secret")
	code, _, errOut := f.try(t, "", "token", "add", "widget", "--allow-simulated", "--roots", f.akPEM)
	if code != exitFindings || !strings.Contains(errOut, "does not meet the policy") || !strings.Contains(errOut, "nonce") {
		t.Fatalf("replayed evidence: exit %d %s", code, errOut)
	}
	if len(f.coord.tokens) != 0 {
		t.Fatal("a token reached the enclave after replayed evidence")
	}

	// A host that describes release X under the ID of release Y.
	id := "0x" + strings.Repeat("ab", 32)
	signed := false
	lie := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == "POST" {
			signed = true
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(api.ReleaseStatus{ID: id, PackageName: "widget", Version: "6.6.6", State: "pending", Threshold: 2,
			Integrity: "sha512-" + strings.Repeat("A", 86) + "==", ContentHash: "0x" + strings.Repeat("11", 32), Signers: []string{f.addr("alice")}})
	}))
	defer lie.Close()
	code, _, errOut = f.try(t, "bob", "approve", id, "--yes", "--host", lie.URL)
	if code != exitFindings || !strings.Contains(errOut, "does not hash to its ID") || signed {
		t.Fatalf("approve of a mislabelled release: exit %d signed %v %s", code, signed, errOut)
	}
	code, _, errOut = f.try(t, "carol", "veto", id, "--reason", "x", "--host", lie.URL)
	if code != exitFindings || !strings.Contains(errOut, "does not hash to its ID") || signed {
		t.Fatalf("veto of a mislabelled release: exit %d signed %v %s", code, signed, errOut)
	}
}
