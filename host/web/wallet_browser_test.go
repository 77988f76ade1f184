package web_test

import (
	"context"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api/apijson"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/host/web/webtest"
)

// injectedWallet is an EIP-1193 provider the test injects before the page
// loads, as a wallet extension does: eth_signTypedData_v4 hands the request
// to the test (a CDP binding, which the page's CSP does not govern), which
// signs with go-ethereum as a wallet would.
const injectedWallet = `window.ethereum = {
  request: ({ method, params }) => {
    if (method === 'eth_requestAccounts' || method === 'eth_accounts') return Promise.resolve([%q]);
    if (method === 'eth_signTypedData_v4') return window.vouchWalletSign(params[0], params[1]);
    return Promise.reject(new Error('unsupported ' + method));
  },
};`

// TestWalletSignsAPendingReleaseInChromium: the dashboard's /sign/ID page
// asks a browser wallet (window.ethereum, eth_signTypedData_v4) to sign a
// pending release and posts the signature; the host checks it against the
// digest it computes and counts it: 2 of 2, approved.
func TestWalletSignsAPendingReleaseInChromium(t *testing.T) {
	h := webtest.Start(t)
	ctx := context.Background()
	k := h.Env.Keys
	// The host's copy of left-pad's policy and a proposal it holds with
	// one of two signatures.
	pol := wire.PolicyChange{PackageName: "left-pad", Maintainers: []common.Address{chaintest.Addr(k[0]), chaintest.Addr(k[1]), chaintest.Addr(k[2])}, Threshold: 2, VetoWindow: 3600}
	pb, _ := json.Marshal(apijson.PolicyRequest{Policy: pol})
	if err := h.Store.PutPackage(ctx, store.Package{Name: "left-pad", Policy: pb}); err != nil {
		t.Fatal(err)
	}
	sum := sha512.Sum512([]byte("left-pad 1.3.0"))
	rel := wire.Release{PackageName: "left-pad", Version: "1.3.0", Integrity: sum[:], ContentHash: crypto.Keccak256Hash([]byte("left-pad 1.3.0")), Nonce: 2}
	digest, err := wire.Digest(h.Env.Domain, rel)
	if err != nil {
		t.Fatal(err)
	}
	id := wire.HexDigest(digest)
	prop, _ := json.Marshal(apijson.ProposeRequest{Release: apijson.ReleaseJSON{PackageName: rel.PackageName, Version: rel.Version,
		Integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:]), ContentHash: common.Hash(rel.ContentHash), Nonce: rel.Nonce}})
	if _, err := h.Store.CreateRelease(ctx, store.Release{ID: id, Package: "left-pad", Version: "1.3.0", ContentHash: common.Hash(rel.ContentHash).Hex(), Proposal: prop, State: store.StatePending}); err != nil {
		t.Fatal(err)
	}
	sig0, _ := wire.Sign(k[0], digest)
	if _, err := h.Store.AddSignature(ctx, store.Signature{ReleaseID: id, Signer: chaintest.Addr(k[0]).Hex(), Sig: sig0}); err != nil {
		t.Fatal(err)
	}

	wallet := k[1]
	addr := crypto.PubkeyToAddress(wallet.PublicKey)
	bctx := browser(t)
	var asked []string // digests the wallet was asked to sign
	var mu sync.Mutex
	sign := func(_ context.Context, params []string) (string, error) {
		var td apitypes.TypedData
		if len(params) != 2 || !strings.EqualFold(params[0], addr.Hex()) {
			return "", fmt.Errorf("bad eth_signTypedData_v4 params %q", params)
		}
		if err := json.Unmarshal([]byte(params[1]), &td); err != nil {
			return "", err
		}
		hash, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			return "", err
		}
		mu.Lock()
		asked = append(asked, hexutil.Encode(hash))
		mu.Unlock()
		sig, err := crypto.Sign(hash, wallet)
		if err != nil {
			return "", err
		}
		sig[64] += 27
		return hexutil.Encode(sig), nil
	}
	if _, err := chromedp.Call(bctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: fmt.Sprintf(injectedWallet, addr.Hex())}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(bctx,
		chromedp.ExposeFunc("vouchWalletSign", sign),
		chromedp.Navigate(h.URL+"/sign/"+id),
		chromedp.WaitVisible(chromedp.CSS("#sign-button")),
		chromedp.Click(chromedp.CSS("#sign-button")),
	); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`document.getElementById("sign-status").textContent.startsWith("Signed by")`, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		status, _ := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("#sign-status")))
		t.Fatalf("%v: status %q", err, status)
	}
	status, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("#sign-status")))
	if err != nil || !strings.Contains(status, "2 of 2 signatures, approved") {
		t.Fatalf("status: %q %v", status, err)
	}
	mu.Lock()
	if len(asked) != 1 || asked[0] != hexutil.Encode(digest[:]) {
		t.Fatalf("the wallet was asked to sign %v, want the release's digest %s", asked, id)
	}
	mu.Unlock()
	sigs, err := h.Store.ListSignatures(ctx, id)
	if err != nil || len(sigs) != 2 || !strings.EqualFold(sigs[1].Signer, addr.Hex()) {
		t.Fatalf("stored signatures: %v %v", sigs, err)
	}
}
