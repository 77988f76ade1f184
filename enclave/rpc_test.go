package enclave

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestDialChainRefusesPlainHTTPOutsideTheDevChain(t *testing.T) {
	// A real JSON-RPC answer, so a successful dial can be checked end to end.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x539"}`))
	}))
	defer srv.Close()
	tests := []struct {
		name, url string
		dev       bool
		want      string
	}{
		{"http without devChainUnsafe", srv.URL, false, "only for the embedded dev chain"},
		{"http to a non-loopback host", "http://192.0.2.1:8545", true, "only for the embedded dev chain"},
		{"ws", "ws://127.0.0.1:8546", true, "want https"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DialChain(context.Background(), &Config{ChainID: 1337, RPCURL: tc.url, DevChainUnsafe: tc.dev}, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
	c, err := DialChain(context.Background(), &Config{ChainID: 1337, RPCURL: srv.URL, DevChainUnsafe: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.ChainID(context.Background())
	if err != nil || id.Uint64() != 1337 {
		t.Fatalf("chain id %v, %v", id, err)
	}
}
