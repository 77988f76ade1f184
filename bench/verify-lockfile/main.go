// Command verify-lockfile times `vouch verify --lockfile` on a lockfile of
// 1,000+ real npm packages recorded on the embedded dev chain, beside `npm ci`
// from a warm cache and `npm audit signatures` (`make bench-verify-lockfile`).
package main

import (
	"context"
	_ "embed"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/chain/devchain"
)

// packageJSON is the project whose lockfile is measured: popular direct
// dependencies that pull in over 1,000 packages.
//
//go:embed package.json
var packageJSON []byte

func main() {
	dir := flag.String("dir", "build/bench-lockfile", "work directory (package.json, package-lock.json, node_modules)")
	vouch := flag.String("vouch", "build/bin/vouch", "the vouch CLI binary")
	runs := flag.Int("runs", 9, "timed runs of vouch verify (the median is reported)")
	npmRuns := flag.Int("npm-runs", 1, "timed runs of npm ci from a warm cache (the median is reported)")
	auditTimeout := flag.Duration("audit-timeout", 150*time.Second, "time limit of npm audit signatures (0 skips it)")
	chainOnly := flag.Bool("chain-only", false, "skip npm ci and npm audit (record and time vouch verify only)")
	synth := flag.Int("synthetic", 10000, "also time vouch verify on a synthetic lockfile of this many packages (0 skips it)")
	flag.Parse()
	if *chainOnly {
		*npmRuns = 0
	}
	if err := run(context.Background(), *dir, *vouch, *runs, *npmRuns, *synth, *auditTimeout); err != nil {
		fmt.Fprintln(os.Stderr, "bench/verify-lockfile:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, dir, vouch string, runs, npmRuns, synth int, auditTimeout time.Duration) error {
	if runs < 1 || npmRuns < 0 {
		return fmt.Errorf("-runs must be at least 1 and -npm-runs at least 0")
	}
	if _, err := os.Stat(vouch); err != nil {
		return fmt.Errorf("vouch CLI: %w (build it: go build -o build/bin/vouch ./cmd/vouch)", err)
	}
	vouch, _ = filepath.Abs(vouch)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	lock := filepath.Join(dir, "package-lock.json")
	lock, _ = filepath.Abs(lock)

	// 1. The lockfile, resolved against the npm registry once.
	old, _ := os.ReadFile(filepath.Join(dir, "package.json"))
	if string(old) != string(packageJSON) {
		if err := os.WriteFile(filepath.Join(dir, "package.json"), packageJSON, 0o644); err != nil {
			return err
		}
		os.Remove(lock)
	}
	if _, err := os.Stat(lock); err != nil {
		fmt.Println("resolving the lockfile: npm install --package-lock-only --ignore-scripts")
		res, err := runCmd(ctx, dir, 10*time.Minute, "npm", "install", "--package-lock-only", "--ignore-scripts")
		if err != nil || res.code != 0 {
			return fmt.Errorf("npm install --package-lock-only: exit %d, %v: %s", res.code, err, tail(res.output, 15))
		}
	}
	entries, err := readLockfile(lock)
	if err != nil {
		return err
	}
	rels, names := releases(entries)
	fmt.Printf("lockfile %s: %d entries, %d distinct name@version, %d package names\n", lock, len(entries), len(rels), len(names))
	if len(entries) < 1000 {
		return fmt.Errorf("lockfile has %d packages, want at least 1000", len(entries))
	}

	// 2. The dev chain, with every package enrolled and every version scored
	// and published with its lockfile integrity.
	d, err := devchain.Run(ctx, devchain.Options{})
	if err != nil {
		return err
	}
	defer d.Close()
	env, err := chaintest.Deploy(ctx, d.Backend().Client(), d.Keys[0])
	if err != nil {
		return fmt.Errorf("deploy registry: %w", err)
	}
	registry := env.Writer.Registry()
	fmt.Printf("dev chain %s, registry %s\n", d.URL, registry.Hex())
	st, err := record(ctx, d, env, rels, names)
	if err != nil {
		return fmt.Errorf("record: %w", err)
	}
	fmt.Printf("recorded %d packages, %d releases: %d transactions in blocks %d-%d, %s (signing %s, sending %s, mining %s, receipts %s)\n",
		st.packages, st.releases, st.txs, st.firstBlock, st.lastBlock, st.total.Round(time.Millisecond),
		st.sign.Round(time.Millisecond), st.send.Round(time.Millisecond), st.mine.Round(time.Millisecond), st.check.Round(time.Millisecond))

	// 3. vouch verify, several times.
	times, last, err := timeVerify(ctx, vouch, lock, d.URL, registry, len(entries), runs)
	if err != nil {
		return err
	}
	median := times[len(times)/2]
	fmt.Printf("vouch verify: %q; runs %v\n", last, times)
	reads, err := medianReads(ctx, d.URL, registry, entries, names, runs)
	if err != nil {
		return fmt.Errorf("read probe: %w", err)
	}
	startup, err := runCmd(ctx, ".", time.Minute, vouch, "verify", "--help")
	if err != nil {
		return err
	}

	fmt.Printf("vouch verify --lockfile, median of %d: %s (%.1f µs per package); getReleases %s, getPackages %s, both concurrently %s, process start %s\n",
		runs, median, float64(median.Microseconds())/float64(len(entries)), reads.releases, reads.packages, reads.concurrent, startup.took)
	synthetic := func() error {
		if synth <= 0 {
			return nil
		}
		return benchSynthetic(ctx, d, env, dir, vouch, synth, runs)
	}
	if npmRuns == 0 {
		return synthetic()
	}

	// 4. npm ci: one run warms the cache, then the timed runs.
	fmt.Println("npm ci --ignore-scripts (warms the npm cache)")
	warm, err := npmCI(ctx, dir, "--ignore-scripts")
	if err != nil {
		return err
	}
	var ci []time.Duration
	for range npmRuns {
		res, err := npmCI(ctx, dir, "--prefer-offline", "--ignore-scripts")
		if err != nil {
			return err
		}
		ci = append(ci, res.took)
	}
	sortDurations(ci)
	ciMedian := ci[len(ci)/2]

	// 5. npm audit signatures on the installed tree.
	var audit result
	if auditTimeout > 0 {
		fmt.Printf("npm audit signatures (timeout %s)\n", auditTimeout)
		if audit, err = runCmd(ctx, dir, auditTimeout, "npm", "audit", "signatures"); err != nil {
			return err
		}
		fmt.Printf("---- npm audit signatures printed (exit %d):\n%s\n----\n", audit.code, tail(audit.output, 20))
	}

	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
	fmt.Printf("\n%d packages (%d distinct name@version, %d names), one lockfile, one run\n", len(entries), len(rels), len(names))
	fmt.Printf("%-52s %12s  %s\n", "step", "time", "note")
	fmt.Printf("%-52s %12s  %s\n", "record on dev chain (setup, not part of verify)", st.total.Round(time.Millisecond), fmt.Sprintf("%d txs, %d blocks", st.txs, st.lastBlock-st.firstBlock+1))
	fmt.Printf("%-52s %12s  %s\n", fmt.Sprintf("vouch verify --lockfile (median of %d)", runs), ms(median),
		fmt.Sprintf("min %s, max %s; %.1f µs per package", ms(times[0]), ms(times[len(times)-1]), float64(median.Microseconds())/float64(len(entries))))
	fmt.Printf("%-52s %12s  %s\n", "  vouch verify --help (process start alone)", ms(startup.took), "")
	fmt.Printf("%-52s %12s  %s\n", "  probe: getReleases (1 eth_call, median)", ms(reads.releases), fmt.Sprintf("%d keys, %d bytes calldata, %d gas", len(entries), reads.releasesBytes, reads.releasesGas))
	fmt.Printf("%-52s %12s  %s\n", "  probe: getPackages (median)", ms(reads.packages), fmt.Sprintf("%d names in %d eth_calls, %d gas the largest", len(names), reads.packagesBatches, reads.packagesGas))
	fmt.Printf("%-52s %12s  %s\n", "  probe: both reads concurrently (median)", ms(reads.concurrent), "getReleases ∥ getPackages")
	fmt.Printf("%-52s %12s  %s\n", "npm ci --ignore-scripts (cold run, warms cache)", warm.took.Round(time.Millisecond), "")
	fmt.Printf("%-52s %12s  %s\n", fmt.Sprintf("npm ci --prefer-offline --ignore-scripts (median of %d)", npmRuns), ciMedian.Round(time.Millisecond), fmt.Sprintf("runs %v", ci))
	if auditTimeout > 0 {
		status := fmt.Sprintf("exit %d", audit.code)
		if audit.code == -1 {
			status = "killed at the timeout"
		}
		fmt.Printf("%-52s %12s  %s: %s\n", "npm audit signatures", audit.took.Round(time.Millisecond), status, auditLine(audit.output))
	}
	ratio := float64(ciMedian) / float64(median)
	verdict := "goal met"
	if ratio < 100 {
		verdict = "GOAL MISSED"
	}
	fmt.Printf("%-52s %11.0f×  goal ≥ 100× (%s); verify adds %.2f%% to npm ci\n", "ratio npm ci / vouch verify", ratio, verdict, 100/ratio)
	return synthetic()
}

func sortDurations(d []time.Duration) {
	for i := 1; i < len(d); i++ {
		for j := i; j > 0 && d[j] < d[j-1]; j-- {
			d[j], d[j-1] = d[j-1], d[j]
		}
	}
}

// auditLine is the line of npm's output that says why it failed, if any.
func auditLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "request to") || strings.Contains(l, "verified registry signature") || strings.Contains(l, "attestation") {
			return strings.TrimSpace(l)
		}
	}
	return firstLine(s)
}

func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return "(nothing)"
}
