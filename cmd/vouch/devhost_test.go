package main

import (
	"crypto/sha512"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
	"github.com/vouchpm/vouch/enclave/registrytest"
)

// TestDevHostExportLineIsAllTheCLINeeds is the new user's path: start
// `vouch-host --dev` with nothing else (it starts the dev chain, a local
// Verdaccio, the scorer and the coordinator), take the export line it
// prints, and enroll, propose and approve with no --host/--rpc/--registry
// flags; vouch verify then sees the enrollment on chain. `vouch config init
// --from` writes the same settings.
func TestDevHostExportLineIsAllTheCLINeeds(t *testing.T) {
	if _, err := registrytest.Binary(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	data := t.TempDir()
	hostURL, printed := vouchHostDev(t, "--data", data)
	for _, want := range []string{"npm registry: https://127.0.0.1:", "coordinator enclave: unix:", "dashboard: " + hostURL + "/"} {
		if !strings.Contains(printed, want) {
			t.Fatalf("--dev did not print %q:\n%s", want, printed)
		}
	}
	m := regexp.MustCompile(`(?m)^  export (VOUCH_HOST=\S+ VOUCH_RPC=\S+ VOUCH_REGISTRY=\S+ VOUCH_CHAIN_ID=\S+)$`).FindStringSubmatch(printed)
	if m == nil {
		t.Fatalf("no export line in:\n%s", printed)
	}
	exported := map[string]string{}
	for _, kv := range strings.Fields(m[1]) {
		k, v, _ := strings.Cut(kv, "=")
		exported[k] = v
	}
	if exported["VOUCH_HOST"] != hostURL {
		t.Fatalf("export line names host %s, it listens at %s", exported["VOUCH_HOST"], hostURL)
	}

	// config init --from writes what the export line says.
	t.Setenv("VOUCH_CONFIG_DIR", t.TempDir())
	for _, k := range []string{"VOUCH_HOST", "VOUCH_RPC", "VOUCH_REGISTRY", "VOUCH_CHAIN_ID"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
	code, out, errOut := runVouch(t, "config", "init", "--from", hostURL)
	if code != 0 || !strings.Contains(out, "a contract is deployed there") {
		t.Fatalf("config init: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runVouch(t, "config", "show")
	for _, k := range []string{"VOUCH_HOST", "VOUCH_RPC", "VOUCH_REGISTRY"} {
		if code != 0 || !strings.Contains(out, `"`+exported[k]+`"`) {
			t.Fatalf("config show lacks %s=%s:\n%s", k, exported[k], out)
		}
	}

	// The export line alone from here on.
	for k, v := range exported {
		t.Setenv(k, v)
	}
	t.Setenv("VOUCH_CONFIG_DIR", t.TempDir())
	t.Setenv("VOUCH_KEYSTORE_LIGHT", "1")
	t.Setenv("VOUCH_PASSPHRASE", "pw")
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
	for i := 1; i <= 2; i++ {
		km := regexp.MustCompile(`account ` + string(rune('0'+i)) + `: 0x[0-9a-fA-F]{40} key 0x([0-9a-f]{64})`).FindStringSubmatch(printed)
		if km == nil {
			t.Fatalf("no key of account %d in:\n%s", i, printed)
		}
		kf := filepath.Join(work, "k"+string(rune('0'+i)))
		os.WriteFile(kf, []byte(km[1]), 0o600)
		addrs = append(addrs, strings.TrimSpace(must("key", "import", kf)))
	}
	alice, bob := addrs[0], addrs[1]

	t.Setenv("VOUCH_KEY", alice)
	ef := filepath.Join(work, "enroll.vouch.json")
	must("enroll", "dev-widget", "--maintainer", alice+","+bob, "--threshold", "2", "--veto-window", "1s", "--out", ef)
	t.Setenv("VOUCH_KEY", bob)
	must("enroll", "--sign", ef, "--yes")
	out = must("submit", ef)
	if !strings.Contains(out, "stored on host, not yet on chain: enrollment of dev-widget") || !strings.Contains(out, "enrolled dev-widget on chain: 2 of 2 maintainers") {
		t.Fatalf("submit must say where the enrollment is:\n%s", out)
	}
	if out := must("status", "dev-widget"); !strings.Contains(out, "dev-widget: enrolled on chain") {
		t.Fatalf("status dev-widget:\n%s", out)
	}

	t.Setenv("VOUCH_KEY", alice)
	tgzPath, tgz := packDir(t, "dev-widget", "1.0.0", "module.exports = () => 1\n")
	out = must("propose", "--tarball", tgzPath)
	idm := regexp.MustCompile(`release (0x[0-9a-f]{64}) \(1 of 2 signatures\)`).FindStringSubmatch(out)
	if idm == nil {
		t.Fatalf("propose:\n%s", out)
	}
	t.Setenv("VOUCH_KEY", bob)
	if out := must("approve", idm[1], "--yes"); !strings.Contains(out, "2 of 2 signatures") {
		t.Fatalf("approve:\n%s", out)
	}

	// verify reads the chain straight away: enrolled, and this version not
	// yet published (nobody handed the coordinator an npm token).
	sum := sha512.Sum512(tgz)
	code, out, errOut = runVouch(t, "verify", "dev-widget@1.0.0", "--integrity", lockfile.SRI(sum[:]))
	if code != exitFindings || !strings.Contains(out+errOut, "enrolled in vouch but this version was never signed") {
		t.Fatalf("verify must see the enrollment: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runVouch(t, "verify", "never-enrolled@1.0.0", "--integrity", lockfile.SRI(sum[:]))
	if !strings.Contains(out+errOut, "not enrolled in vouch") {
		t.Fatalf("a package nobody enrolled: exit %d\n%s%s", code, out, errOut)
	}
}
