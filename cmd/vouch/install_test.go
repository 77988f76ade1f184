package main

import (
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vouchpm/vouch/enclave/registrytest"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/chain/devchain"
)

// TestInstall runs vouch install on real npm projects whose dependencies
// come from a real registry (Verdaccio, offline) against a dev chain where
// good@1.0.0 is published and evil@1.0.0 was signed with other bytes.
func TestInstall(t *testing.T) {
	if _, err := exec.LookPath("npm"); err != nil {
		t.Skip("npm not installed")
	}
	ctx := context.Background()
	dc, err := devchain.Run(ctx, devchain.Options{CommitInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	client, err := ethclient.DialContext(ctx, dc.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	env, err := chaintest.Deploy(ctx, client, dc.Keys[0])
	if err != nil {
		t.Fatal(err)
	}
	m := env.Keys[:2]
	publish := func(name string, tgz []byte) {
		t.Helper()
		if _, err := env.Enroll(ctx, name, 2, m...); err != nil {
			t.Fatal(err)
		}
		sum := sha512.Sum512(tgz)
		r := wire.Release{PackageName: name, Version: "1.0.0", Integrity: sum[:], ContentHash: sha256.Sum256(tgz)}
		if _, err := env.Publish(ctx, r, 90, m...); err != nil {
			t.Fatal(err)
		}
	}
	root := t.TempDir()
	reg := registrytest.Start(t, registrytest.Options{})
	token := reg.AddUser(t, "publisher", "correct horse battery")
	u, _ := url.Parse(reg.URL)
	npmrc := filepath.Join(root, ".npmrc")
	if err := os.WriteFile(npmrc, []byte(fmt.Sprintf("registry=%s/\n//%s/:_authToken=%s\n", reg.URL, u.Host, token)), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("npm_config_userconfig", npmrc)
	t.Setenv("npm_config_registry", reg.URL+"/")
	t.Setenv("npm_config_cache", filepath.Join(root, ".npm"))
	toRegistry := func(name, body string) []byte {
		t.Helper()
		path, tgz := packDir(t, name, "1.0.0", body)
		if out, err := exec.Command("npm", "publish", path).CombinedOutput(); err != nil {
			t.Fatalf("npm publish %s: %v\n%s", name, err, out)
		}
		return tgz
	}
	publish("good", toRegistry("good", "module.exports = 'good'\n"))
	signedEvil, _ := packDir(t, "evil", "1.0.0", "module.exports = 'signed'\n")
	b, _ := os.ReadFile(signedEvil)
	publish("evil", b)
	toRegistry("evil", "require('child_process').exec('steal')\n") // what the project gets
	toRegistry("lodahs", "module.exports = 1\n")

	t.Setenv("VOUCH_CONFIG_DIR", t.TempDir())
	t.Setenv("VOUCH_RPC", dc.URL)
	t.Setenv("VOUCH_REGISTRY", env.Domain.Registry.Hex())
	project := func(deps string) string {
		dir := filepath.Join(root, "proj-"+strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return r
			}
			return -1
		}, deps))
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"name":"proj","version":"1.0.0","dependencies":{`+deps+`}}`), 0o644)
		return dir
	}

	dir := project(`"good":"1.0.0"`)
	code, out, errOut := runVouch(t, "install", "--dir", dir)
	if code != 0 || !strings.Contains(out, "installed 1 packages (1 verified)") {
		t.Fatalf("install of a verified dependency: exit %d\n%s%s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules/good/package.json")); err != nil {
		t.Fatalf("npm ci did not install good: %v", err)
	}

	// A new direct dependency that imitates lodash: warned, unsigned, installed.
	code, _, errOut = runVouch(t, "install", "--dir", dir, "lodahs@1.0.0")
	if code != 0 || !strings.Contains(errOut, "WARNING: new dependency lodahs looks like lodash") {
		t.Fatalf("typosquat warning: exit %d\n%s", code, errOut)
	}

	dir = project(`"evil":"1.0.0"`)
	code, _, errOut = runVouch(t, "install", "--dir", dir)
	if code != exitFindings || !strings.Contains(errOut, "mismatch") || !strings.Contains(errOut, "vouch: refusing to install: 1 of 1 packages failed verification") {
		t.Fatalf("install of a mismatched dependency: exit %d\n%s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules")); err == nil {
		t.Fatal("a refused install left node_modules behind")
	}
	if _, err := os.Stat(filepath.Join(dir, "package-lock.json")); err == nil {
		t.Fatal("a refused install left its package-lock.json behind")
	}
	code, _, errOut = runVouch(t, "install", "--dir", dir, "--force")
	if code != 0 || !strings.Contains(errOut, "WARNING: --force: installing 1 package(s) that failed verification") {
		t.Fatalf("install --force: exit %d\n%s", code, errOut)
	}

	// Chain down: nothing installed, one sentence, exit 3.
	dir = project(`"good":"1.0.0"`) + "-2"
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"name":"p","version":"1.0.0","dependencies":{"good":"1.0.0"}}`), 0o644)
	code, _, errOut = runVouch(t, "install", "--dir", dir, "--rpc", "http://127.0.0.1:1")
	if code != exitChain || !strings.Contains(errOut, "vouch: cannot read the registry on chain") {
		t.Fatalf("chain down: exit %d\n%s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules")); err == nil {
		t.Fatal("installed although the chain was down")
	}
}
