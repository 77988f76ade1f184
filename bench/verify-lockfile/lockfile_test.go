package main

import (
	"testing"
)

const lockV3 = `{"name":"p","lockfileVersion":3,"packages":{
 "":{"name":"p","dependencies":{"a":"1"}},
 "node_modules/a":{"version":"1.0.0","integrity":"sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=="},
 "node_modules/b/node_modules/a":{"version":"2.0.0","integrity":"sha1-AAAA sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=="},
 "node_modules/b":{"version":"1.0.0","integrity":"sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=="},
 "node_modules/c/node_modules/a":{"version":"1.0.0","integrity":"sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=="},
 "node_modules/ws":{"link":true,"resolved":"packages/ws"},
 "node_modules/al":{"name":"a","version":"3.0.0","integrity":"sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=="}}}`

func TestParseLockfile(t *testing.T) {
	tests := []struct {
		name      string
		lock      string
		entries   int
		releases  []string // name@version#nonce in order
		wantError bool
	}{
		{name: "v3 with nesting, alias and link", lock: lockV3, entries: 5,
			releases: []string{"a@1.0.0#0", "a@3.0.0#1", "b@1.0.0#0", "a@2.0.0#2"}},
		{name: "v1 refused", lock: `{"lockfileVersion":1,"dependencies":{}}`, wantError: true},
		{name: "no sha512", lock: `{"lockfileVersion":2,"packages":{"node_modules/a":{"version":"1.0.0","integrity":"sha1-AAAA"}}}`, wantError: true},
		{name: "short sha512", lock: `{"lockfileVersion":2,"packages":{"node_modules/a":{"version":"1.0.0","integrity":"sha512-AAAA"}}}`, wantError: true},
		{name: "not JSON", lock: `{"lockfileVersion":`, wantError: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries, err := parseLockfile([]byte(tt.lock))
			if (err != nil) != tt.wantError {
				t.Fatalf("parseLockfile error = %v, want error %v", err, tt.wantError)
			}
			if tt.wantError {
				return
			}
			if len(entries) != tt.entries {
				t.Fatalf("%d entries, want %d: %+v", len(entries), tt.entries, entries)
			}
			rels, _ := releases(entries)
			var got []string
			for _, r := range rels {
				got = append(got, r.name+"@"+r.version+"#"+string(rune('0'+r.nonce)))
				if len(r.sha512) != 64 {
					t.Errorf("%s@%s: sha512 of %d bytes", r.name, r.version, len(r.sha512))
				}
			}
			if len(got) != len(tt.releases) {
				t.Fatalf("releases %v, want %v", got, tt.releases)
			}
			for i := range got {
				if got[i] != tt.releases[i] {
					t.Fatalf("releases %v, want %v", got, tt.releases)
				}
			}
		})
	}
}

func FuzzParseLockfile(f *testing.F) {
	f.Add([]byte(lockV3))
	f.Add([]byte(`{"lockfileVersion":2,"packages":{"":{}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := parseLockfile(data)
		if err != nil {
			return
		}
		rels, names := releases(entries)
		if len(rels) > len(entries) || len(names) > len(rels) {
			t.Fatalf("%d releases and %d names from %d entries", len(rels), len(names), len(entries))
		}
		for _, e := range entries {
			if len(e.sha512) != 64 {
				t.Fatalf("entry %q: sha512 of %d bytes", e.path, len(e.sha512))
			}
		}
	})
}
