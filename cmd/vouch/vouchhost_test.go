package main

import (
	"bufio"
	"context"
	"crypto/sha512"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
	"github.com/vouchpm/vouch/host/api"
)

// vouchHostDev starts build/bin/vouch-host --dev (which starts its scorer
// child) and returns its API URL and the lines it printed. Without the
// binaries (make cli-test-bins) the test is skipped, or fails when CI is set.
func vouchHostDev(t *testing.T) (string, string) {
	t.Helper()
	bin, err := filepath.Abs(filepath.Join("..", "..", "build", "bin", "vouch-host"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(bin); err != nil {
		msg := "build/bin/vouch-host not built: run `make cli-test-bins`"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "--dev", "--data", t.TempDir(), "--listen", addr, "--rate", "0")
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 10 * time.Second
	logf, err := os.Create(filepath.Join(t.TempDir(), "vouch-host.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = logf
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); cmd.Wait(); logf.Close() })
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var printed strings.Builder
	deadline := time.After(90 * time.Second)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("vouch-host exited:\n%s", printed.String())
			}
			printed.WriteString(l + "\n")
			if strings.HasPrefix(l, "coordinator enclave:") {
				go func() {
					for range lines {
					}
				}()
				return "http://" + addr, printed.String()
			}
		case <-deadline:
			t.Fatalf("vouch-host --dev did not come up in 90 s:\n%s", printed.String())
		}
	}
}

// TestAgainstVouchHostDev drives the publisher flow with three keystores
// against the real vouch-host --dev binary: enrollment, propose, the real
// scorer child's score, approval, and a bit-for-bit rescore of that score.
// It also pins down what vouch-host --dev cannot do yet: no coordinator is
// connected (token add, publish) and no enclave evidence is served (audit
// score), and nothing is anchored on chain (verify says unsigned).
func TestAgainstVouchHostDev(t *testing.T) {
	hostURL, printed := vouchHostDev(t)
	m := regexp.MustCompile(`dev chain: (http://\S+) \(chain id \d+\), VouchRegistry at (0x[0-9a-fA-F]{40})`).FindStringSubmatch(printed)
	if m == nil {
		t.Fatalf("no dev chain line in:\n%s", printed)
	}
	t.Setenv("VOUCH_CONFIG_DIR", t.TempDir())
	t.Setenv("VOUCH_KEYSTORE_LIGHT", "1")
	t.Setenv("VOUCH_PASSPHRASE", "pw")
	t.Setenv("VOUCH_HOST", hostURL)
	t.Setenv("VOUCH_RPC", m[1])
	t.Setenv("VOUCH_REGISTRY", m[2])
	work := t.TempDir()
	must := func(args ...string) string {
		t.Helper()
		code, out, errOut := runVouch(t, args...)
		if code != 0 {
			t.Fatalf("vouch %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
		}
		return out
	}
	var addrs []string
	dirs := map[string]string{}
	for i, who := range []string{"alice", "bob", "carol"} {
		km := regexp.MustCompile(`account ` + string(rune('1'+i)) + `: 0x[0-9a-fA-F]{40} key 0x([0-9a-f]{64})`).FindStringSubmatch(printed)
		if km == nil {
			t.Fatalf("no key of account %d in:\n%s", i+1, printed)
		}
		kf := filepath.Join(work, who+".key")
		os.WriteFile(kf, []byte(km[1]), 0o600)
		dirs[who] = filepath.Join(work, who)
		addrs = append(addrs, strings.TrimSpace(must("key", "import", kf, "--key-dir", dirs[who])))
	}
	ef := filepath.Join(work, "enroll.vouch.json")
	must("enroll", "demo-pkg", "--maintainer", strings.Join(addrs, ","), "--threshold", "2", "--out", ef, "--key-dir", dirs["alice"])
	must("enroll", "--sign", ef, "--yes", "--key-dir", dirs["bob"])
	if out := must("submit", ef); !strings.Contains(out, "enrolled demo-pkg") {
		t.Fatalf("submit: %s", out)
	}
	tgzPath, tgz := packDir(t, "demo-pkg", "1.0.0", "module.exports = () => 1\n")
	var st api.ReleaseStatus
	if err := json.Unmarshal([]byte(must("propose", "--tarball", tgzPath, "--json", "--key-dir", dirs["alice"])), &st); err != nil {
		t.Fatal(err)
	}
	// The host hands the release to its scorer child; wait for the score.
	for i := 0; st.Score == nil; i++ {
		if i == 300 {
			t.Fatal("the scorer child did not score the release in 30 s")
		}
		time.Sleep(100 * time.Millisecond)
		json.Unmarshal([]byte(must("status", st.ID, "--json")), &st)
	}
	out := must("approve", st.ID, "--yes", "--key-dir", dirs["bob"])
	if !strings.Contains(out, "score        ") || !strings.Contains(out, "2 of 2 signatures, approved") {
		t.Fatalf("approve:\n%s", out)
	}
	if out := must("rescore", "demo-pkg@1.0.0", "--new", tgzPath); !strings.Contains(out, "IDENTICAL") {
		t.Fatalf("rescore of the scorer child's score:\n%s", out)
	}

	// What vouch-host --dev lacks today, each one sentence and exit 1.
	t.Setenv("VOUCH_NPM_TOKEN", "npm_x")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"token", "add", "demo-pkg", "--allow-simulated"}, "vouch: vouch-host refused: No coordinator enclave is connected to this host\n"},
		{[]string{"audit", "score", "demo-pkg@1.0.0", "--allow-simulated", "--new", tgzPath}, "vouch: vouch-host refused: No scorer enclave is connected to this host\n"},
	} {
		if code, _, errOut := runVouch(t, tc.args...); code != exitFindings || errOut != tc.want {
			t.Errorf("vouch %s: exit %d, stderr %q, want %q", strings.Join(tc.args, " "), code, errOut, tc.want)
		}
	}
	sum := sha512.Sum512(tgz)
	out = must("verify", "demo-pkg@1.0.0", "--integrity", lockfile.SRI(sum[:]))
	if !strings.Contains(out, "unsigned") {
		t.Fatalf("verify before anything is anchored: %s", out)
	}
}
