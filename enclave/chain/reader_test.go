package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
)

// countingCaller counts eth_calls and fails the first failFirst of them.
type countingCaller struct {
	ethereum.ContractCaller
	calls     atomic.Int64
	failFirst int64
}

func (c *countingCaller) CallContract(ctx context.Context, m ethereum.CallMsg, b *big.Int) ([]byte, error) {
	if c.calls.Add(1) <= c.failFirst {
		return nil, errors.New("read tcp 127.0.0.1:8545: connection reset by peer")
	}
	return c.ContractCaller.CallContract(ctx, m, b)
}

// publishMany publishes versions 1.0.0 .. 1.0.(n-1) of package "many" (1-of-1).
func publishMany(t testing.TB, env *chaintest.Env, n int) {
	ctx := context.Background()
	k := env.Keys
	if _, err := env.Enroll(ctx, "many", 1, k[0]); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		r := chaintest.Release("many", fmt.Sprintf("1.0.%d", i), uint64(i), fmt.Sprint(i))
		if _, err := env.Publish(ctx, r, 0, k[0]); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReaderReleases(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	publishMany(t, env, 3)
	keys := make([][32]byte, 1000)
	for i := range keys {
		keys[i] = wire.ReleaseKey("many", fmt.Sprintf("1.0.%d", i))
	}
	cc := &countingCaller{ContractCaller: env.Client}
	r := chain.NewReader(cc, env.Writer.Registry(), chain.ReaderOptions{})
	got, err := r.Releases(ctx, keys)
	if err != nil {
		t.Fatal(err)
	}
	if cc.calls.Load() != 1 {
		t.Fatalf("%d calls for 1,000 keys, want 1", cc.calls.Load())
	}
	for i, info := range got {
		want := i < 3
		if info.Recorded() != want || info.Key != keys[i] {
			t.Fatalf("key %d: recorded=%v, want %v", i, info.Recorded(), want)
		}
		if want && (info.SignerCount != 1 || info.Timestamp.Before(time.Unix(1, 0))) {
			t.Fatalf("key %d: %+v", i, info)
		}
	}

	// Chunking: 1,000 keys in chunks of 300 = 4 calls, same answers.
	cc4 := &countingCaller{ContractCaller: env.Client}
	got4, err := chain.NewReader(cc4, env.Writer.Registry(), chain.ReaderOptions{ChunkSize: 300}).Releases(ctx, keys)
	if err != nil || cc4.calls.Load() != 4 || len(got4) != 1000 || got4[2] != got[2] {
		t.Fatalf("chunked read: %d calls, %v", cc4.calls.Load(), err)
	}

	// Transport errors are retried; a refusal is not.
	flaky := &countingCaller{ContractCaller: env.Client, failFirst: 2}
	fr := chain.NewReader(flaky, env.Writer.Registry(), chain.ReaderOptions{Backoff: time.Millisecond})
	if _, err := fr.Releases(ctx, keys[:3]); err != nil || flaky.calls.Load() != 3 {
		t.Fatalf("retry: %d calls, %v", flaky.calls.Load(), err)
	}
	dead := &countingCaller{ContractCaller: env.Client, failFirst: 100}
	if _, err := chain.NewReader(dead, env.Writer.Registry(), chain.ReaderOptions{Attempts: 3, Backoff: time.Millisecond}).Releases(ctx, keys[:1]); err == nil || dead.calls.Load() != 3 {
		t.Fatalf("dead RPC: %d calls, err %v", dead.calls.Load(), err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := chain.NewReader(dead, env.Writer.Registry(), chain.ReaderOptions{}).Releases(cctx, keys[:1]); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled read: %v", err)
	}
}

func BenchmarkGetReleases1000(b *testing.B) {
	ctx := context.Background()
	env, err := chaintest.NewSimulated(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer env.Close()
	publishMany(b, env, 50)
	keys := make([][32]byte, 1000)
	for i := range keys {
		keys[i] = wire.ReleaseKey("many", fmt.Sprintf("1.0.%d", i%100))
	}
	r := env.Reader
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := r.Releases(ctx, keys); err != nil {
			b.Fatal(err)
		}
	}
}
