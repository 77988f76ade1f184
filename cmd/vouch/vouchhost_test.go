package main

import (
	"bufio"
	"bytes"
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
	"github.com/vouchpm/vouch/enclave/registrytest"
	"github.com/vouchpm/vouch/host/api"
)

// vouchHostDev starts build/bin/vouch-host --dev (which starts its scorer
// child) and returns its API URL and the lines it printed. Without the
// binaries (make cli-test-bins) the test is skipped, or fails when CI is set.
func vouchHostDev(t *testing.T, extra ...string) (string, string) {
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
	cmd := exec.CommandContext(ctx, bin, append([]string{"--dev", "--listen", addr, "--rate", "0"}, extra...)...)
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
			// The export line is the last thing --dev prints before it serves.
			if strings.HasPrefix(l, "  export VOUCH_HOST=") {
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

// TestAgainstVouchHostDev drives a full release with three keystores through
// the CLI against the real vouch-host --dev binary (dev chain, simulated
// coordinator and scorer children) and a real Verdaccio: enroll, token add,
// propose, approve, the scorer child's score, publish by the enclave; then
// vouch verify says verified with both signers, and the score is rescored
// bit for bit.
func TestAgainstVouchHostDev(t *testing.T) {
	reg := registrytest.Start(t, registrytest.Options{TLS: true})
	caFile := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(caFile, reg.CAPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	login := reg.AddUser(t, "alice", "alice-password-1")
	npmToken := reg.CreateToken(t, login, "alice-password-1", false)
	data := t.TempDir()
	hostURL, printed := vouchHostDev(t, "--data", data, "--npm-registry", reg.URL, "--npm-ca", caFile)
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
	must("enroll", "demo-pkg", "--maintainer", strings.Join(addrs, ","), "--threshold", "2", "--veto-window", "1s", "--out", ef, "--key-dir", dirs["alice"])
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
	// The npm token goes to the attested coordinator (simulated: its AK is
	// given explicitly); only then can the enclave publish.
	tokenFile := filepath.Join(work, "npm-token")
	os.WriteFile(tokenFile, []byte(npmToken), 0o600)
	// The grant needs 2 of 3: alice encrypts and signs, bob signs, submit.
	gf := filepath.Join(work, "grant.vouch.json")
	code, tout, terr := runVouch(t, "token", "add", "demo-pkg", "--token-file", tokenFile, "--allow-simulated",
		"--roots", filepath.Join(data, "coordinator", "sim-ak.pem"), "--out", gf, "--key-dir", dirs["alice"])
	if code != 0 || !strings.Contains(tout+terr, "SIMULATED") || strings.Contains(tout+terr, npmToken) {
		t.Fatalf("token add (exit %d) must show the simulated platform and never the token:\n%s%s", code, tout, terr)
	}
	must("token", "add", "--sign", gf, "--yes", "--key-dir", dirs["bob"])
	if out := must("submit", gf); !strings.Contains(out, "signed by 2 maintainer(s)") {
		t.Fatalf("submit grant:\n%s", out)
	}
	for i := 0; st.State != "verified"; i++ {
		if i == 600 {
			t.Fatalf("release %s not published and anchored in 60 s: state %q", st.ID, st.State)
		}
		time.Sleep(100 * time.Millisecond)
		json.Unmarshal([]byte(must("status", st.ID, "--json")), &st)
	}
	if got := reg.Tarball(t, "demo-pkg", "1.0.0"); !bytes.Equal(got, tgz) {
		t.Fatal("the registry does not serve the exact bytes the maintainers signed")
	}
	sum := sha512.Sum512(tgz)
	out = must("verify", "demo-pkg@1.0.0", "--integrity", lockfile.SRI(sum[:]))
	if !strings.Contains(out, "verified") {
		t.Fatalf("verify after publish: %s", out)
	}
	for _, a := range addrs[:2] {
		if !strings.Contains(out, a) {
			t.Errorf("verify does not name signer %s:\n%s", a, out)
		}
	}
	if strings.Contains(out, addrs[2]) {
		t.Errorf("verify names carol, who did not sign:\n%s", out)
	}
}
