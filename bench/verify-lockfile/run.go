package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
)

// result is one timed command.
type result struct {
	took   time.Duration
	code   int
	output string
}

// runCmd runs name args in dir with a timeout and returns its time, exit
// status (-1: killed at the timeout) and combined output.
func runCmd(ctx context.Context, dir string, timeout time.Duration, name string, args ...string) (result, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "CI=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	res := result{took: time.Since(start), output: out.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case ctx.Err() != nil:
		res.code = -1
	case errors.As(err, &exit):
		res.code = exit.ExitCode()
	default:
		return res, fmt.Errorf("%s: %w", name, err)
	}
	return res, nil
}

// verifySummary is the part of `vouch verify --json` the bench checks.
type verifySummary struct {
	Summary struct {
		Total    int            `json:"total"`
		ByStatus map[string]int `json:"byStatus"`
		Findings int            `json:"findings"`
	} `json:"summary"`
}

// timeVerify checks once with --json that every entry is verified, then
// times runs plain runs and returns the sorted times.
func timeVerify(ctx context.Context, vouch, lock, url string, registry common.Address, want, runs int) ([]time.Duration, string, error) {
	args := []string{"verify", "--lockfile", lock, "--rpc", url, "--registry", registry.Hex()}
	res, err := runCmd(ctx, ".", time.Minute, vouch, append(args, "--json")...)
	if err != nil {
		return nil, "", err
	}
	var s verifySummary
	if err := json.Unmarshal([]byte(res.output), &s); err != nil || res.code != 0 {
		return nil, "", fmt.Errorf("vouch verify --json: exit %d, %v: %s", res.code, err, tail(res.output, 10))
	}
	if s.Summary.Total != want || s.Summary.ByStatus["verified"] != want || s.Summary.Findings != 0 {
		return nil, "", fmt.Errorf("vouch verify: %d of %d verified (%v), %d findings; want all %d", s.Summary.ByStatus["verified"], s.Summary.Total, s.Summary.ByStatus, s.Summary.Findings, want)
	}
	var times []time.Duration
	var last string
	for range runs {
		res, err := runCmd(ctx, ".", time.Minute, vouch, args...)
		if err != nil {
			return nil, "", err
		}
		if res.code != 0 {
			return nil, "", fmt.Errorf("vouch verify: exit %d: %s", res.code, tail(res.output, 10))
		}
		times = append(times, res.took)
		last = strings.TrimSpace(res.output)
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	return times, last, nil
}

// probe times, over HTTP JSON-RPC like the CLI, the two reads `vouch verify`
// makes: getReleases for every entry, and getPackages for every distinct name
// (verifyPackagesChunk names a call, as the CLI sends).
type probe struct {
	releases        time.Duration // one getReleases call chain (2,000 keys a call)
	packages        time.Duration // getPackages calls
	packagesBatches int
	releasesBytes   int           // request size of the getReleases calldata
	concurrent      time.Duration // both reads at once
	releasesGas     uint64        // gas of the getReleases call
	packagesGas     uint64        // gas of the largest getPackages call
}

func measureReads(ctx context.Context, url string, registry common.Address, entries []entry, names []string) (probe, error) {
	var p probe
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return p, err
	}
	defer rc.Close()
	keys := make([][32]byte, len(entries))
	for i, e := range entries {
		keys[i] = wire.ReleaseKey(e.name, e.version)
	}
	c := chain.NewVouchRegistry()
	p.releasesBytes = len(c.PackGetReleases(keys))
	ec := ethclient.NewClient(rc)
	if p.releasesGas, err = ec.EstimateGas(ctx, ethereum.CallMsg{To: &registry, Data: c.PackGetReleases(keys)}); err != nil {
		return p, fmt.Errorf("estimate getReleases: %w", err)
	}
	if p.packagesGas, err = packagesGas(ctx, ec, registry, names[:min(len(names), verifyPackagesChunk)]); err != nil {
		return p, err
	}
	reader := chain.NewReader(ethclient.NewClient(rc), registry, chain.ReaderOptions{})
	t := time.Now()
	infos, err := reader.Releases(ctx, keys)
	if err != nil {
		return p, err
	}
	p.releases = time.Since(t)
	for i, in := range infos {
		if !in.Recorded() {
			return p, fmt.Errorf("getReleases: %s@%s not recorded", entries[i].name, entries[i].version)
		}
	}
	t = time.Now()
	for start := 0; start < len(names); start += verifyPackagesChunk {
		if err := getPackages(ctx, rc, c, registry, names[start:min(start+verifyPackagesChunk, len(names))]); err != nil {
			return p, err
		}
		p.packagesBatches++
	}
	p.packages = time.Since(t)

	// The same reads, at once.
	t = time.Now()
	errs := make(chan error, 2)
	go func() { _, err := reader.Releases(ctx, keys); errs <- err }()
	go func() {
		for start := 0; start < len(names); start += verifyPackagesChunk {
			if err := getPackages(ctx, rc, c, registry, names[start:min(start+verifyPackagesChunk, len(names))]); err != nil {
				errs <- err
				return
			}
		}
		errs <- nil
	}()
	for range 2 {
		if err := <-errs; err != nil {
			return p, err
		}
	}
	p.concurrent = time.Since(t)
	return p, nil
}

// packagesGas estimates the gas of one getPackages call of names.
func packagesGas(ctx context.Context, ec *ethclient.Client, registry common.Address, names []string) (uint64, error) {
	gas, err := ec.EstimateGas(ctx, ethereum.CallMsg{To: &registry, Data: chain.NewVouchRegistry().PackGetPackages(names)})
	if err != nil {
		return 0, fmt.Errorf("estimate getPackages of %d names: %w", len(names), err)
	}
	return gas, nil
}

// getPackages reads the policies of names in one getPackages call and
// checks that every one is enrolled.
func getPackages(ctx context.Context, rc *rpc.Client, c *chain.VouchRegistry, registry common.Address, names []string) error {
	var res hexutil.Bytes
	if err := rc.CallContext(ctx, &res, "eth_call", map[string]any{"to": registry, "data": hexutil.Bytes(c.PackGetPackages(names))}, "latest"); err != nil {
		return fmt.Errorf("getPackages of %d names: %w", len(names), err)
	}
	vs, err := c.UnpackGetPackages(res)
	if err != nil {
		return fmt.Errorf("getPackages: %w", err)
	}
	if len(vs) != len(names) {
		return fmt.Errorf("getPackages: %d policies for %d names", len(vs), len(names))
	}
	for i, v := range vs {
		if !v.Enrolled {
			return fmt.Errorf("getPackages: %s not enrolled", names[i])
		}
	}
	return nil
}

// npmCI removes node_modules and runs npm ci with args.
func npmCI(ctx context.Context, dir string, args ...string) (result, error) {
	if err := os.RemoveAll(filepath.Join(dir, "node_modules")); err != nil {
		return result{}, err
	}
	res, err := runCmd(ctx, dir, 10*time.Minute, "npm", append([]string{"ci"}, args...)...)
	if err == nil && res.code != 0 && strings.Contains(res.output, "ENOENT") {
		// npm 11 sometimes loses a race creating node_modules/<pkg>; once more.
		fmt.Printf("npm ci %s: exit %d (%s); retrying once\n", strings.Join(args, " "), res.code, firstLine(res.output))
		res, err = runCmd(ctx, dir, 10*time.Minute, "npm", append([]string{"ci"}, args...)...)
	}
	if err == nil && res.code != 0 {
		err = fmt.Errorf("npm ci %s: exit %d: %s", strings.Join(args, " "), res.code, tail(res.output, 15))
	}
	return res, err
}

// medianReads runs measureReads n times and keeps the median of each figure.
func medianReads(ctx context.Context, url string, registry common.Address, entries []entry, names []string, n int) (probe, error) {
	var all []probe
	for range n {
		p, err := measureReads(ctx, url, registry, entries, names)
		if err != nil {
			return p, err
		}
		all = append(all, p)
	}
	med := func(f func(probe) time.Duration) time.Duration {
		d := make([]time.Duration, len(all))
		for i, p := range all {
			d[i] = f(p)
		}
		sortDurations(d)
		return d[len(d)/2]
	}
	out := all[0]
	out.releases = med(func(p probe) time.Duration { return p.releases })
	out.packages = med(func(p probe) time.Duration { return p.packages })
	out.concurrent = med(func(p probe) time.Duration { return p.concurrent })
	return out, nil
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
