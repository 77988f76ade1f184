package api_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/host/api"
)

// BenchmarkApprove is the API's hot path: one co-maintainer's approval of
// a proposed release, on SQLite, through the whole middleware.
func BenchmarkApprove(b *testing.B) {
	e := newEnv(b, func(c *api.Config) { c.UploadsPerSigner = rate.Inf })
	e.enroll("left-pad")
	props := make([]proposal, b.N)
	bodies := make([][]byte, b.N)
	for i := range props {
		props[i] = e.propose("left-pad", fmt.Sprintf("1.0.%d", i))
		bodies[i] = mustJSON(e.signDigest(e.keys[1], [32]byte(common.HexToHash(props[i].id))))
	}
	b.ResetTimer()
	for i := range b.N {
		if r := e.do("POST", "/v1/releases/"+props[i].id+"/signatures", "application/json", bodies[i]); r.Code != http.StatusCreated {
			b.Fatalf("approve: %d %s", r.Code, r.Body)
		}
	}
}
