package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestNPMWrapperAndAction builds the static CLI (CGO_ENABLED=0, as make
// dist does), packs the npm packages with npm/pack.sh, installs the tarballs
// into a fresh project and runs `npx vouch`: the version the binary was
// linked with comes back, and so does its exit status. Then it runs the
// GitHub Action's script (action/verify.sh, what action.yml runs) with those
// tarballs as the package to install, on a project against a dev chain.
func TestNPMWrapperAndAction(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary and runs npm")
	}
	if _, err := exec.LookPath("npm"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("npm missing in CI")
		}
		t.Skip("npm not installed")
	}
	if runtime.GOOS != "linux" || (runtime.GOARCH != "amd64" && runtime.GOARCH != "arm64") {
		t.Skip("the test packs the linux binary only")
	}
	root := repoRootDir(t)
	work := t.TempDir()
	dist := filepath.Join(work, "dist")
	run := func(dir string, env []string, name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, append(os.Environ(), env...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
		return string(out)
	}
	run(root, []string{"CGO_ENABLED=0"}, "go", "build", "-trimpath", "-ldflags", "-X main.version=v0.0.1-npmtest -X main.commit=0123456789ab",
		"-o", filepath.Join(dist, "vouch-linux-"+runtime.GOARCH), "./cmd/vouch")
	packs := filepath.Join(work, "npm")
	run(root, nil, filepath.Join(root, "npm", "pack.sh"), dist, packs, "0.0.1-npmtest")
	cpu := map[string]string{"amd64": "x64", "arm64": "arm64"}[runtime.GOARCH]
	proj := filepath.Join(work, "proj")
	if err := os.MkdirAll(proj, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(proj, "package.json"), []byte(`{"name": "p", "private": true}`), 0o644)
	npmEnv := []string{"npm_config_cache=" + filepath.Join(work, "npm-cache"), "npm_config_audit=false", "npm_config_fund=false"}
	run(proj, npmEnv, "npm", "install", filepath.Join(packs, "vouch-0.0.1-npmtest.tgz"), filepath.Join(packs, "vouchpm-vouch-linux-"+cpu+"-0.0.1-npmtest.tgz"))

	out := run(proj, npmEnv, "npx", "--no-install", "vouch", "--version")
	if !strings.HasPrefix(out, "vouch v0.0.1-npmtest (commit 0123456789ab, go1.") {
		t.Fatalf("npx vouch --version: %q", out)
	}
	cmd := exec.Command("npx", "--no-install", "vouch", "verify", "--lockfile", "missing.json")
	cmd.Dir, cmd.Env = proj, append(os.Environ(), npmEnv...)
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitUsage {
		t.Fatalf("npx vouch verify of a missing lockfile: %v, want exit %d", err, exitUsage)
	}

	// The action, as a runner would run it.
	dc, env := registryOnDevChain(t)
	app := filepath.Join(work, "app")
	os.MkdirAll(app, 0o755)
	lock := fmt.Sprintf(`{"lockfileVersion": 3, "packages": {"": {"name": "app"},
		"node_modules/good": {"version": "1.0.0", "integrity": %q},
		"node_modules/x/node_modules/good": {"version": "1.0.0", "integrity": %q},
		"node_modules/left-pad": {"version": "1.3.0", "integrity": %q},
		"node_modules/enrolled-only": {"version": "6.6.6", "integrity": %q, "dev": true}
	}}`, sri("good bytes"), sri("tampered bytes"), sri("left-pad"), sri("evil"))
	os.WriteFile(filepath.Join(app, "package-lock.json"), []byte(lock), 0o644)
	runner := filepath.Join(work, "runner")
	os.MkdirAll(runner, 0o755)
	output, summary := filepath.Join(runner, "output"), filepath.Join(runner, "summary.md")
	actionEnv := append(npmEnv,
		"GITHUB_OUTPUT="+output, "GITHUB_STEP_SUMMARY="+summary, "RUNNER_TEMP="+runner,
		"INPUT_PACKAGE="+filepath.Join(packs, "vouch-0.0.1-npmtest.tgz")+" "+filepath.Join(packs, "vouchpm-vouch-linux-"+cpu+"-0.0.1-npmtest.tgz"),
		"INPUT_WORKING_DIRECTORY="+app, "INPUT_OMIT=dev", "INPUT_STRICT=false", "INPUT_MIN_SCORE=0",
		"INPUT_RPC="+dc.URL, "INPUT_REGISTRY="+env.Domain.Registry.Hex(),
		"VOUCH_CONFIG_DIR="+t.TempDir(), "VOUCH_NPM="+packumentServer(t))
	action, err := os.ReadFile(filepath.Join(root, "action.yml"))
	if err != nil || !strings.Contains(string(action), `run: bash "$GITHUB_ACTION_PATH/action/verify.sh"`) {
		t.Fatalf("action.yml does not run action/verify.sh: %v", err)
	}
	run(root, actionEnv, "bash", filepath.Join(root, "action", "verify.sh"))
	outputs, _ := os.ReadFile(output)
	if !strings.Contains(string(outputs), "exit-code=1\n") || !strings.Contains(string(outputs), "sarif="+filepath.Join(runner, "vouch.sarif")) {
		t.Errorf("outputs:\n%s", outputs)
	}
	sarif, _ := os.ReadFile(filepath.Join(runner, "vouch.sarif"))
	if !strings.Contains(string(sarif), `"ruleId": "VOUCH001"`) || !strings.Contains(string(sarif), "1 packages are not enrolled") {
		t.Errorf("SARIF:\n%s", sarif)
	}
	md, _ := os.ReadFile(summary)
	for _, want := range []string{"3 packages in `package-lock.json`: 1 failed, 1 warnings", "| mismatch | 1 |", "| ❌ | mismatch | good@1.0.0 |"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("job summary lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(string(md), "enrolled-only") {
		t.Error("--omit dev did not drop the dev dependency")
	}
}

func repoRootDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found")
		}
		dir = parent
	}
}
