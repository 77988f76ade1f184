package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestVerifyCaseVariantKeyAttack: a lockfile entry whose "integrity" is the
// tarball npm installs (EVIL) and whose "INTEGRITY" is the signed release, and
// an entry hidden from vouch by "Link": true (npm reads only "link"). npm ci
// installs the EVIL bytes in both cases, so vouch must refuse the lockfile
// rather than report it verified.
func TestVerifyCaseVariantKeyAttack(t *testing.T) {
	dc, env := registryOnDevChain(t)
	chainArgs := []string{"--rpc", dc.URL, "--registry", env.Domain.Registry.Hex()}
	tests := map[string]string{
		"integrity and INTEGRITY": fmt.Sprintf(`{"lockfileVersion": 3, "packages": {
			"": {"name": "app"},
			"node_modules/good": {"version": "1.0.0", "integrity": %q, "INTEGRITY": %q}
		}}`, sri("evil bytes"), sri("good bytes")),
		"Link hides an entry": fmt.Sprintf(`{"lockfileVersion": 3, "packages": {
			"": {"name": "app"},
			"node_modules/good": {"version": "1.0.0", "integrity": %q},
			"node_modules/enrolled-only": {"version": "6.6.6", "integrity": %q, "Link": true}
		}}`, sri("good bytes"), sri("evil bytes")),
	}
	for name, lock := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "package-lock.json")
			if err := os.WriteFile(path, []byte(lock), 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, errOut := runVouch(t, append([]string{"verify", "--lockfile", path}, chainArgs...)...)
			if code != exitUsage || !strings.Contains(errOut, "node_modules/") {
				t.Fatalf("hostile lockfile accepted: exit %d\n%s%s", code, out, errOut)
			}
		})
	}
}
