package devchain_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/chain/devchain"
)

// BenchmarkGetReleases1000HTTP reads 1,000 releases in one getReleases call
// over the dev chain's HTTP JSON-RPC, as an installer would.
func BenchmarkGetReleases1000HTTP(b *testing.B) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	d, err := devchain.Run(ctx, devchain.Options{CommitInterval: 5 * time.Millisecond})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	client, err := ethclient.DialContext(ctx, d.URL)
	if err != nil {
		b.Fatal(err)
	}
	defer client.Close()
	env, err := chaintest.Deploy(ctx, client, devchain.DevKey(0))
	if err != nil {
		b.Fatal(err)
	}
	k := env.Keys
	if _, err := env.Enroll(ctx, "many", 1, k[0]); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		if _, err := env.Publish(ctx, chaintest.Release("many", fmt.Sprintf("1.0.%d", i), uint64(i), fmt.Sprint(i)), 0, k[0]); err != nil {
			b.Fatal(err)
		}
	}
	keys := make([][32]byte, 1000)
	for i := range keys {
		keys[i] = wire.ReleaseKey("many", fmt.Sprintf("1.0.%d", i%40))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := env.Reader.Releases(ctx, keys)
		if err != nil || !res[0].Recorded() || res[30].Recorded() {
			b.Fatalf("getReleases: %v", err)
		}
	}
}
