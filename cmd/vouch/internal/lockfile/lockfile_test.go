package lockfile

import (
	"bytes"
	"crypto/sha512"
	"errors"
	"testing"
)

// A lockfile as npm 10 writes it (trimmed from a real project): nested and
// scoped packages, a workspace link, a bundled dependency, dev and optional flags.
const v3 = `{
  "name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
  "packages": {
    "": {"name": "app", "version": "1.0.0", "workspaces": ["packages/*"], "dependencies": {"debug": "^4.3.4"}},
    "node_modules/debug": {"version": "4.3.4", "integrity": "sha512-PRWFHuSU3eDtQJPvnNY7Jcket1j0t5OuOsFzPPzsekD52Zl8qUfFIPEiswXqIvHWGVHOgX+7G/vCNNhehwxfkQ==", "dependencies": {"ms": "2.1.2"}},
    "node_modules/ms": {"version": "2.1.2", "integrity": "sha512-sGkPx+VjMtmA6MX27oA4FBFELFCZZ4S4XqeGOXCv68tT+jb3vk/RyaKWP0PEKyjl3Nl4/ylovmoZ7PKfnN0A8A==", "dev": true},
    "node_modules/@types/node": {"version": "20.11.0", "integrity": "sha1-abc= sha512-VKqC4eGqwQ5bCgzv7FT2HUhn6E8MZIOmtqHN1lJbmWHJQ6yz+fDRE8zy9AIfm8IY3RMtNKtVRC2bUOqUTEP7rw==", "optional": true},
    "node_modules/a/node_modules/ms": {"version": "2.0.0", "integrity": "sha512-Tpp60P6IUJDTuOq/5Z8cdskzJujfwqfOTkrwIwj7IRISpnkJnT6SyJ4PCPnGMoFjC9ddhal5KVIYtAt97ix05A=="},
    "node_modules/alias": {"name": "real-name", "version": "1.0.0", "integrity": "sha512-Tpp60P6IUJDTuOq/5Z8cdskzJujfwqfOTkrwIwj7IRISpnkJnT6SyJ4PCPnGMoFjC9ddhal5KVIYtAt97ix05A=="},
    "node_modules/ws-lib": {"resolved": "packages/ws-lib", "link": true},
    "packages/ws-lib": {"version": "0.0.1"},
    "node_modules/debug/node_modules/bundled": {"version": "1.0.0", "inBundle": true}
  }
}`

func TestParseV3(t *testing.T) {
	entries, err := Parse([]byte(v3))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Entry{}
	for _, e := range entries {
		got[e.Path] = e
	}
	want := map[string]string{
		"node_modules/debug":             "debug@4.3.4",
		"node_modules/ms":                "ms@2.1.2",
		"node_modules/@types/node":       "@types/node@20.11.0",
		"node_modules/a/node_modules/ms": "ms@2.0.0",
		"node_modules/alias":             "real-name@1.0.0",
	}
	if len(entries) != len(want) {
		t.Fatalf("got %d entries %+v, want %d", len(entries), entries, len(want))
	}
	for path, nv := range want {
		e, ok := got[path]
		if !ok || e.Name+"@"+e.Version != nv {
			t.Errorf("%s: got %+v, want %s", path, e, nv)
		}
	}
	if !got["node_modules/ms"].Dev || !got["node_modules/@types/node"].Optional {
		t.Error("dev/optional flags lost")
	}
	if d, ok := got["node_modules/@types/node"].SHA512(); !ok || len(d) != sha512.Size {
		t.Error("sha512 not found among several SRI hashes")
	}
}

func TestParseRefuses(t *testing.T) {
	tests := map[string]string{
		"v1 no deps":  `{"lockfileVersion": 1}`,
		"v9":          `{"lockfileVersion": 9, "packages": {}}`,
		"not json":    `{"lockfileVersion": 3, "packages": {`,
		"no packages": `{"lockfileVersion": 3}`,
		"no version":  `{"lockfileVersion": 3, "packages": {"node_modules/x": {"integrity": "sha512-x"}}}`,
		"bad entry":   `{"lockfileVersion": 3, "packages": {"node_modules/x": 5}}`,
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := Parse([]byte(data)); !errors.Is(err, ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
		})
	}
}

func TestSRIRoundTrip(t *testing.T) {
	d := sha512.Sum512([]byte("tarball"))
	got, ok := ParseSRI("sha1-xyz " + SRI(d[:]))
	if !ok || !bytes.Equal(got, d[:]) {
		t.Fatal("SRI round trip failed")
	}
	if _, ok := ParseSRI("sha1-AAAA"); ok {
		t.Fatal("a sha1-only SRI has no sha512")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(v3))
	f.Add([]byte(`{"lockfileVersion":2,"packages":{"node_modules/a":{"version":"1"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := Parse(data)
		if err != nil {
			return
		}
		for _, e := range entries {
			if e.Name == "" || e.Version == "" {
				t.Fatalf("entry without name or version: %+v", e)
			}
		}
	})
}
