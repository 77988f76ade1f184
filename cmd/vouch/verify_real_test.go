package main

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/host/chain/chaintest"
)

// TestVerifyRealNpmLockfileOneEnrolled runs verify on a lockfile made by npm
// 11.19.1 (`npm install --package-lock-only` of testdata/npm11-812/package.json:
// next, react, @angular/cli, babel, eslint, jest, typescript, webpack; 812
// packages). One of them, react, is enrolled and only 18.3.0 was signed,
// while the lockfile installs 18.3.1, published after the enrollment. The
// default output is that failure and one summary line, nothing else.
func TestVerifyRealNpmLockfileOneEnrolled(t *testing.T) {
	ctx := context.Background()
	dc, env := registryOnDevChain(t)
	m := env.Keys[:3]
	if _, err := env.Enroll(ctx, "react", 2, m...); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Publish(ctx, chaintest.Release("react", "18.3.0", 0, "react 18.3.0"), 90, m[0], m[1]); err != nil {
		t.Fatal(err)
	}
	npm := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/react" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, `{"name": "react", "time": {"18.3.0": "2999-01-01T00:00:00.000Z", "18.3.1": "2999-01-02T00:00:00.000Z"}}`)
	}))
	t.Cleanup(npm.Close)

	dir := t.TempDir()
	gunzip(t, filepath.Join("testdata", "npm11-812", "package-lock.json.gz"), filepath.Join(dir, "package-lock.json"))
	t.Setenv("VOUCH_CONFIG_DIR", t.TempDir())
	t.Chdir(dir)
	code, out, errOut := runVouch(t, "verify", "--rpc", dc.URL, "--registry", env.Domain.Registry.Hex(), "--npm", npm.URL)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitFindings || len(lines) != 2 {
		t.Fatalf("exit %d and %d lines, want exit %d and 2 lines (the failure, the summary):\n%s%s", code, len(lines), exitFindings, out, errOut)
	}
	if !strings.HasPrefix(lines[0], "FAIL unsigned") || !strings.Contains(lines[0], "react@18.3.1") {
		t.Errorf("line 1 %q, want the unsigned react@18.3.1", lines[0])
	}
	want := "812 packages: 1 unsigned, 811 not-enrolled; 1 failed, 811 warnings"
	if lines[1] != want {
		t.Errorf("summary %q\nwant    %q", lines[1], want)
	}
}

func gunzip(t *testing.T, from, to string) {
	t.Helper()
	f, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
