package enclave

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// fakeRPC is a JSON-RPC endpoint the test runs: it answers for chainID at
// head, with callResult for every eth_call, and records the blocks asked.
type fakeRPC struct {
	chainID    uint64
	head       uint64
	extra      string // changes the block hashes it serves
	callResult []byte

	mu    sync.Mutex
	calls []string // block parameter of each eth_call
}

func (f *fakeRPC) serve(t *testing.T) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		var result any
		switch req.Method {
		case "eth_chainId":
			result = hexutil.Uint64(f.chainID)
		case "eth_blockNumber":
			result = hexutil.Uint64(f.head)
		case "eth_getBlockByNumber":
			var n hexutil.Uint64
			_ = json.Unmarshal(req.Params[0], &n)
			result = &types.Header{Number: new(big.Int).SetUint64(uint64(n)), Difficulty: big.NewInt(0), Time: 1796000000 + uint64(n),
				Extra: []byte(f.extra), GasLimit: 30_000_000}
		case "eth_call":
			var block string
			_ = json.Unmarshal(req.Params[1], &block)
			f.mu.Lock()
			f.calls = append(f.calls, block)
			f.mu.Unlock()
			result = hexutil.Bytes(f.callResult)
		default:
			http.Error(w, "unknown method "+req.Method, 400)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": result})
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestAttackLyingRPC: the coordinator believed one RPC endpoint at
// `latest` and never asked which chain it was: a lying provider could tell
// it that publish() was recorded, and it would publish to npm. Now the
// chain id is checked at start, reads are pinned a confirmation depth below
// the lowest head, and every configured endpoint must give the same answer.
func TestAttackLyingRPC(t *testing.T) {
	ctx := context.Background()
	record := common.LeftPadBytes([]byte{1}, 32) // "publish() recorded"
	honest := &fakeRPC{chainID: 1337, head: 100, callResult: common.LeftPadBytes(nil, 32)}
	otherChain := &fakeRPC{chainID: 1, head: 100, callResult: record}
	liar := &fakeRPC{chainID: 1337, head: 100, callResult: record}
	forked := &fakeRPC{chainID: 1337, head: 100, extra: "fork", callResult: honest.callResult}
	cfg := func(urls ...string) *Config {
		return &Config{ChainID: 1337, RPCURL: urls[0], RPCURLs: urls[1:], DevChainUnsafe: true, Confirmations: 2}
	}
	if _, err := DialChain(ctx, cfg(otherChain.serve(t)), nil); err == nil || !strings.Contains(err.Error(), "answers for chain 1") {
		t.Fatalf("DialChain accepted an endpoint on chain 1 for a configuration of chain 1337 (%v)", err)
	}
	honestURL := honest.serve(t)
	msg := ethereum.CallMsg{To: &common.Address{1}, Data: []byte{0xde, 0xad}}
	for name, url := range map[string]string{"lies about a record": liar.serve(t), "serves another fork": forked.serve(t)} {
		cc, err := OpenChain(ctx, cfg(honestURL, url), nil)
		if err != nil {
			t.Fatal(err)
		}
		if out, err := cc.CallContract(ctx, msg, nil); !errors.Is(err, ErrRPCDisagree) {
			t.Fatalf("%s: read %x (%v); want the endpoints' disagreement", name, out, err)
		}
		cc.Close()
	}
	cc, err := OpenChain(ctx, cfg(honestURL, honestURL), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer cc.Close()
	honest.mu.Lock()
	honest.calls = nil
	honest.mu.Unlock()
	if _, err := cc.CallContract(ctx, msg, nil); err != nil {
		t.Fatal(err)
	}
	block, at, err := cc.Pinned(ctx)
	if err != nil || block.Uint64() != 98 || at != 1796000098 {
		t.Fatalf("pinned block %v at %d (%v), want 98 = head 100 less 2 confirmations", block, at, err)
	}
	for _, b := range honest.calls {
		if b != "0x62" {
			t.Fatalf("eth_call at %q, want the pinned block 0x62", b)
		}
	}
}
