package main

import (
	"context"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/chain/devchain"
)

// verifyChunk is cmd/vouch/internal/verify.ReleasesChunk: the keys of one
// getReleases call the CLI sends (the bench cannot import an internal package).
const verifyChunk = 1000

// verifyPackagesChunk is cmd/vouch/internal/verify.PackagesChunk: the names
// of one getPackages call the CLI sends.
const verifyPackagesChunk = 2000

// recordChunk bounds the packages recorded in one go (one release each).
const recordChunk = 1000

// maxCallGas is what public JSON-RPC endpoints accept for one eth_call
// (many cap it near 30M, some lower); every read vouch verify sends stays below.
const maxCallGas = 30_000_000

// synthetic writes a lockfileVersion 3 package-lock.json of n packages
// (bench-synth-00000@1.0.0 …, each with its own sha512) under dir.
func synthetic(dir string, n int) (string, []entry, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", nil, err
	}
	var b strings.Builder
	b.WriteString(`{"name": "synthetic", "lockfileVersion": 3, "requires": true, "packages": {"": {"name": "synthetic"}`)
	entries := make([]entry, n)
	for i := range n {
		name := fmt.Sprintf("bench-synth-%05d", i)
		d := sha512.Sum512([]byte(name))
		entries[i] = entry{path: "node_modules/" + name, name: name, version: "1.0.0", sha512: d[:]}
		fmt.Fprintf(&b, ",\n\"node_modules/%s\": {\"version\": \"1.0.0\", \"integrity\": \"sha512-%s\"}", name, base64.StdEncoding.EncodeToString(d[:]))
	}
	b.WriteString("}}\n")
	path := filepath.Join(dir, "package-lock.json")
	return path, entries, os.WriteFile(path, []byte(b.String()), 0o644)
}

// benchSynthetic records n synthetic packages on the dev chain and times
// vouch verify on their lockfile; it also checks the gas of the largest
// getReleases call the CLI sends.
func benchSynthetic(ctx context.Context, d *devchain.DevChain, env *chaintest.Env, dir, vouch string, n, runs int) error {
	lock, entries, err := synthetic(filepath.Join(dir, "synthetic"), n)
	if err != nil {
		return err
	}
	rels, names := releases(entries)
	registry := env.Writer.Registry()
	fmt.Printf("synthetic lockfile %s: %d packages; recording them\n", lock, n)
	// In chunks: a phase of 10,000 transactions would overflow the dev
	// chain's transaction pool (5,120 slots), which drops the rest.
	st := &recordStats{}
	for start := 0; start < len(names); start += recordChunk {
		end := min(start+recordChunk, len(names))
		part, err := record(ctx, d, env, rels[start:end], names[start:end])
		if err != nil {
			return fmt.Errorf("record synthetic: %w", err)
		}
		st.txs += part.txs
		st.resent += part.resent
		st.total += part.total
	}
	gas, chunk, err := releasesGas(ctx, d.URL, registry, entries)
	if err != nil {
		return err
	}
	// getPackages gas by the number of names, to choose the CLI's chunk.
	ec, err := ethclient.DialContext(ctx, d.URL)
	if err != nil {
		return err
	}
	var pkgGas uint64
	for _, k := range []int{500, 1000, verifyPackagesChunk, 4000, 6000, 8000, 10000} {
		if k > len(names) {
			break
		}
		g, err := packagesGas(ctx, ec, registry, names[:k])
		if err != nil {
			fmt.Printf("gas of getPackages, %5d names: %v\n", k, err)
			continue
		}
		fmt.Printf("gas of getPackages, %5d names: %d (%d a name)\n", k, g, g/uint64(k))
		if k == verifyPackagesChunk {
			pkgGas = g
		}
	}
	ec.Close()
	times, _, err := timeVerify(ctx, vouch, lock, d.URL, registry, n, runs)
	if err != nil {
		return err
	}
	median := times[len(times)/2]
	verdict := "goal met"
	if median >= time.Second {
		verdict = "GOAL MISSED"
	}
	gasVerdict := "below"
	if gas >= maxCallGas {
		gasVerdict = "ABOVE"
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
	fmt.Printf("%-52s %12s  %s\n", "record synthetic packages (setup)", st.total.Round(time.Millisecond), fmt.Sprintf("%d txs (%d sent again after the pool lost one)", st.txs, st.resent))
	fmt.Printf("%-52s %12s  min %s, max %s; goal < 1 s (%s)\n", fmt.Sprintf("vouch verify, %d-package lockfile (median of %d)", n, runs), ms(median), ms(times[0]), ms(times[len(times)-1]), verdict)
	fmt.Printf("%-52s %12d  %d keys a call; %s the %d gas public endpoints accept\n", "gas of one getReleases eth_call (largest chunk)", gas, chunk, gasVerdict, maxCallGas)
	fmt.Printf("%-52s %12d  %d names a call; limit %d\n", "gas of one getPackages eth_call (CLI's chunk)", pkgGas, verifyPackagesChunk, maxCallGas)
	if pkgGas >= maxCallGas {
		return fmt.Errorf("getPackages of %d names needs %d gas, above %d", verifyPackagesChunk, pkgGas, maxCallGas)
	}
	if gas >= maxCallGas {
		return fmt.Errorf("getReleases of %d keys needs %d gas, above %d", chunk, gas, maxCallGas)
	}
	return nil
}

// releasesGas estimates the gas of one getReleases call of the chunk size
// the CLI uses.
func releasesGas(ctx context.Context, url string, registry common.Address, entries []entry) (uint64, int, error) {
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return 0, 0, err
	}
	defer ec.Close()
	chunk := min(len(entries), verifyChunk)
	keys := make([][32]byte, chunk)
	for i := range chunk {
		keys[i] = wire.ReleaseKey(entries[i].name, entries[i].version)
	}
	data := chain.NewVouchRegistry().PackGetReleases(keys)
	gas, err := ec.EstimateGas(ctx, ethereum.CallMsg{To: &registry, Data: data})
	if err != nil {
		return 0, 0, fmt.Errorf("estimate getReleases of %d keys: %w", chunk, err)
	}
	return gas, chunk, nil
}
