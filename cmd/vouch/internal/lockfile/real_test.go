package lockfile

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// The lockfiles under testdata/real were written by the real clients for one
// project (testdata/real/*/package.json): debug (which needs ms) as a
// dependency, left-pad as a devDependency, is-number as an
// optionalDependency, and local-lib as a file: folder. mk/lockclients.mk
// installs the clients and regenerates them; README.md there lists versions.
func TestRealLockfiles(t *testing.T) {
	type want struct {
		nv       string
		src      Source
		dev, opt bool
	}
	registry := []want{
		{"debug@4.4.3", Registry, false, false},
		{"is-number@7.0.0", Registry, false, true},
		{"left-pad@1.3.0", Registry, true, false},
		{"ms@2.1.3", Registry, false, false},
	}
	tests := []struct {
		dir, file   string
		localLib    string // the version vouch reports for the file: dependency
		noIntegrity bool   // yarn berry records no npm sha512
	}{
		{"npm-v1", "package-lock.json", "file:local-lib", false},
		{"npm-v2", "package-lock.json", "link", false},
		{"npm-v3", "package-lock.json", "link", false},
		{"npm-shrinkwrap", "npm-shrinkwrap.json", "link", false},
		{"yarn-v1", "yarn.lock", "0.1.0", false},
		{"yarn-berry", "yarn.lock", "0.1.0", true},
		{"pnpm-v6", "pnpm-lock.yaml", "file", false},
		{"pnpm-v9", "pnpm-lock.yaml", "file", false},
		{"bun", "bun.lock", "file", false},
	}
	for _, tc := range tests {
		t.Run(tc.dir, func(t *testing.T) {
			path := filepath.Join("testdata", "real", tc.dir, tc.file)
			entries, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var got []want
			var local *Entry
			for i, e := range entries {
				if e.Name == "local-lib" {
					local = &entries[i]
					continue
				}
				got = append(got, want{e.Name + "@" + e.Version, e.Source, e.Dev, e.Optional})
				if _, ok := e.SHA512(); ok == tc.noIntegrity {
					t.Errorf("%s: integrity %q", e.Name, e.Integrity)
				}
			}
			slices.SortFunc(got, func(a, b want) int { return cmpString(a.nv, b.nv) })
			if !slices.Equal(got, registry) {
				t.Errorf("got  %+v\nwant %+v", got, registry)
			}
			if local == nil || local.Source != File || local.Version != tc.localLib {
				t.Errorf("local-lib: %+v, want a file dependency (version %q)", local, tc.localLib)
			}
			// --omit dev drops left-pad only; --omit optional drops is-number only.
			if n := len(Omit{Dev: true}.Filter(entries)); n != len(entries)-1 {
				t.Errorf("--omit dev kept %d of %d", n, len(entries))
			}
			if n := len(Omit{Optional: true}.Filter(entries)); n != len(entries)-1 {
				t.Errorf("--omit optional kept %d of %d", n, len(entries))
			}
		})
	}
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestDiscoverPreference(t *testing.T) {
	dir := t.TempDir()
	if _, err := Discover(dir); err == nil {
		t.Fatal("empty dir: no error")
	}
	for _, f := range []Format{Bun, PNPM, Yarn, NPM, Shrink} {
		if err := os.WriteFile(filepath.Join(dir, string(f)), []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := Discover(dir)
		if err != nil || filepath.Base(got) != string(f) {
			t.Fatalf("after adding %s: Discover = %q, %v", f, got, err)
		}
	}
}
