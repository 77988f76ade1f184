package demo

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vouchpm/vouch/enclave/registrytest"
)

// binDir is build/bin, where `make test` (cli-test-bins) puts vouch,
// vouch-host, coordinator and scorer before running the tests.
func binDir(t *testing.T) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
	bin := filepath.Join(dir, "build", "bin")
	for _, b := range []string{"vouch", "vouch-host", "coordinator", "scorer"} {
		if _, err := os.Stat(filepath.Join(bin, b)); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s missing (make test builds it): %v", b, err)
			}
			t.Skipf("%s not built (run make test or make cli-test-bins): %v", b, err)
		}
	}
	if _, err := registrytest.Binary(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return bin
}

// leftovers lists processes whose command line names dir.
func leftovers(dir string) []string {
	var out []string
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		cmdline, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil {
			continue
		}
		if strings.Contains(string(cmdline), dir) {
			out = append(out, e.Name()+": "+strings.ReplaceAll(string(cmdline), "\x00", " "))
		}
	}
	return out
}

func waitNoLeftovers(t *testing.T, dir string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		left := leftovers(dir)
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("processes still running after the demo returned:\n%s", strings.Join(left, "\n"))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestDemoEndToEnd plays the whole story with the real programs and checks
// what each act must show, not just that it ran.
func TestDemoEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Verdaccio, the dev chain, vouch-host and both enclaves")
	}
	bin := binDir(t)
	logs := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	var narration strings.Builder
	report, err := Run(ctx, Options{BinDir: bin, LogDir: logs, Out: &narration})
	t.Log(narration.String())
	if err != nil {
		t.Fatal(err)
	}
	if failed := report.Failed(); len(failed) > 0 || len(report.Acts) != 5 {
		t.Fatalf("acts failed: %v (logs in %s)", failed, logs)
	}
	facts := func(i int) map[string]string { return report.Acts[i].Facts }

	// Act 1: plain npm took the attacker's version.
	if f := facts(0); f["installedVersion"] != "1.0.1" || f["payloadInstalled"] != "true" {
		t.Errorf("act 1: plain npm installed %q (payload %s), want the attacker's 1.0.1", f["installedVersion"], f["payloadInstalled"])
	}
	// Act 2: published and anchored, npm serves the signed bytes, two signers.
	f := facts(1)
	if f["state"] != "verified" || f["servedIntegrity"] == "" || f["servedIntegrity"] != f["signedIntegrity"] {
		t.Errorf("act 2: state %q, served %q, signed %q", f["state"], f["servedIntegrity"], f["signedIntegrity"])
	}
	if n := len(strings.Split(f["signers"], ",")); n != 2 {
		t.Errorf("act 2: %d signers (%s), want alice and bob", n, f["signers"])
	}
	if !strings.Contains(f["tokenAdd"], "SIMULATED") {
		t.Errorf("act 2: token add must show the simulated platform: %s", f["tokenAdd"])
	}
	if !strings.Contains(f["tokenGrant"], "signed by 2 maintainer(s)") {
		t.Errorf("act 2: the token grant must be signed by 2 of 3: %s", f["tokenGrant"])
	}
	// Act 3: unsigned refused, install refused, mismatch shows both integrities.
	f = facts(2)
	if !strings.HasPrefix(f["verify1.1.1"], "unsigned") || !strings.Contains(f["install"], "refusing") {
		t.Errorf("act 3: verify %q, install %q", f["verify1.1.1"], f["install"])
	}
	if !strings.HasPrefix(f["mismatchExpected"], "0x") || !strings.HasPrefix(f["mismatchActual"], "sha512-") {
		t.Errorf("act 3: MISMATCH must show expected and actual: %q %q", f["mismatchExpected"], f["mismatchActual"])
	}
	// Act 4: low score with findings, not published.
	f = facts(3)
	score, err := strconv.Atoi(f["score"])
	if err != nil || score >= 60 || f["state"] == "published" || f["state"] == "verified" || !strings.Contains(f["findings"], "rule") {
		t.Errorf("act 4: score %q, state %q, findings %.200s", f["score"], f["state"], f["findings"])
	}
	if f["base"] != "1.1.0" {
		t.Errorf("act 4: diff base %q, want 1.1.0 (the newest release on chain)", f["base"])
	}
	// Act 5: both audits pass and say what they checked.
	f = facts(4)
	if !strings.Contains(f["auditEnclave"], "VERIFIED") || !strings.Contains(f["auditEnclave"], "SIMULATED") {
		t.Errorf("act 5: audit enclave: %s", f["auditEnclave"])
	}
	for _, check := range []string{"signature", "scorer", "quote", "inputHash", "findingsHash"} {
		if !strings.Contains(f["auditScore"], "ok   "+check) {
			t.Errorf("act 5: audit score did not pass %s:\n%s", check, f["auditScore"])
		}
	}
	waitNoLeftovers(t, logs)
}

// TestDemoInterrupted cancels the demo while vouch-host and the enclaves run
// (what Ctrl-C does to `make demo`) and checks that nothing is left running.
func TestDemoInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Verdaccio and vouch-host")
	}
	bin := binDir(t)
	logs := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var narration strings.Builder
	go func() {
		_, err := Run(ctx, Options{BinDir: bin, LogDir: logs, Out: &narration})
		done <- err
	}()
	// Wait until vouch-host and its coordinator are up, then interrupt.
	deadline := time.Now().Add(2 * time.Minute)
	for len(leftovers(filepath.Join(logs, "host-data", "coordinator"))) == 0 {
		if time.Now().After(deadline) {
			cancel()
			t.Fatal("the coordinator never started")
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("interrupting while running: %s", leftovers(filepath.Join(logs, "host-data", "coordinator"))[0])
	cancel()
	select {
	case <-done:
		t.Log(narration.String())
	case <-time.After(30 * time.Second):
		t.Fatal("the demo did not stop within 30 s of the interrupt")
	}
	waitNoLeftovers(t, logs)
}
