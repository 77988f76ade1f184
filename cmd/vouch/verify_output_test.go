package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestVerifyQuietOutputAndDowngrade runs verify in a project directory with
// no --lockfile: 300 packages that are not enrolled, one signed, one version
// of an enrolled package nobody signed, one published before enrollment.
// The default output is the failure, the warning and one summary line; a
// second run after the signed package was swapped for a git URL fails it as
// a downgrade, because the baseline beside the lockfile remembers it.
func TestVerifyQuietOutputAndDowngrade(t *testing.T) {
	dc, env := registryOnDevChain(t)
	chainArgs := []string{"--rpc", dc.URL, "--registry", env.Domain.Registry.Hex(), "--npm", packumentServer(t)}
	t.Setenv("VOUCH_CONFIG_DIR", t.TempDir())
	var b strings.Builder
	for i := range 300 {
		fmt.Fprintf(&b, "\"node_modules/outside-%d\": {\"version\": \"1.0.0\", \"integrity\": %q},\n", i, sri(fmt.Sprint(i)))
	}
	lock := func(good string) string {
		return fmt.Sprintf(`{"lockfileVersion": 3, "packages": {"": {"name": "app"}, %s
			"node_modules/good": %s,
			"node_modules/enrolled-only": {"version": "6.6.6", "integrity": %q},
			"node_modules/a/node_modules/enrolled-only": {"version": "0.9.0", "integrity": %q}
		}}`, b.String(), good, sri("evil"), sri("old"))
	}
	dir := t.TempDir()
	t.Chdir(dir)
	write := func(data string) {
		if err := os.WriteFile(filepath.Join(dir, "package-lock.json"), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(lock(fmt.Sprintf(`{"version": "1.0.0", "integrity": %q}`, sri("good bytes"))))
	code, out, errOut := runVouch(t, append([]string{"verify"}, chainArgs...)...)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitFindings || len(lines) != 3 {
		t.Fatalf("exit %d, want 1 and 3 lines (failure, warning, summary):\n%s%s", code, out, errOut)
	}
	if !strings.HasPrefix(lines[0], "FAIL unsigned") || !strings.Contains(lines[0], "enrolled-only@6.6.6") {
		t.Errorf("line 1: %q", lines[0])
	}
	if !strings.HasPrefix(lines[1], "warn pre-enrollment") || !strings.Contains(lines[1], "enrolled-only@0.9.0") {
		t.Errorf("line 2: %q", lines[1])
	}
	want := "303 packages: 1 unsigned, 1 pre-enrollment, 300 not-enrolled, 1 verified; 1 failed, 301 warnings"
	if lines[2] != want {
		t.Errorf("summary %q\nwant    %q", lines[2], want)
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour escapes in output that is not a terminal")
	}
	if _, err := os.Stat(filepath.Join(dir, ".vouch-baseline.json")); err != nil {
		t.Fatalf("no baseline written beside the lockfile: %v", err)
	}
	code, out, _ = runVouch(t, append([]string{"verify", "--all"}, chainArgs...)...)
	if n := strings.Count(out, "\n"); code != exitFindings || n < 304 {
		t.Errorf("--all: exit %d, %d lines, want every package", code, n)
	}

	// The signed package now comes from git: without the baseline a warning,
	// with it a downgrade.
	write(lock(`{"version": "1.0.0", "resolved": "git+ssh://git@github.com/evil/good.git#0123456789abcdef"}`))
	code, out, _ = runVouch(t, append([]string{"verify", "--no-baseline", "--omit", "dev"}, chainArgs...)...)
	if !strings.Contains(out, "warn not-from-registry") || !strings.Contains(out, "good@1.0.0") {
		t.Errorf("git source without baseline (exit %d):\n%s", code, out)
	}
	code, out, _ = runVouch(t, append([]string{"verify"}, chainArgs...)...)
	if code != exitFindings || !strings.Contains(out, "FAIL downgrade") || !strings.Contains(out, "good@1.0.0 verified before") {
		t.Errorf("downgrade not caught (exit %d):\n%s", code, out)
	}
}

func TestVersionFlag(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}} {
		code, out, errOut := runVouch(t, args...)
		if code != exitOK || !strings.HasPrefix(out, "vouch ") || !strings.Contains(out, "commit ") || !strings.Contains(out, "go1.") {
			t.Errorf("%v: exit %d %q %q", args, code, out, errOut)
		}
	}
}
