package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// entry is one installed package of a lockfile (the same set `vouch verify
// --lockfile` reads: every "packages" entry but the root, links and bundled).
type entry struct {
	path, name, version string
	sha512              []byte
}

// release is one distinct name@version with its package-nonce position.
type release struct {
	name, version string
	sha512        []byte
	nonce         uint64 // index among the versions of name, in recording order
}

// readLockfile parses a lockfileVersion 2 or 3 package-lock.json.
func readLockfile(path string) ([]entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parseLockfile(data)
}

func parseLockfile(data []byte) ([]entry, error) {
	var lock struct {
		LockfileVersion int `json:"lockfileVersion"`
		Packages        map[string]struct {
			Name      string `json:"name"`
			Version   string `json:"version"`
			Integrity string `json:"integrity"`
			Link      bool   `json:"link"`
			InBundle  bool   `json:"inBundle"`
		} `json:"packages"`
	}
	if err := json.Unmarshal(data, &lock); err != nil {
		return nil, fmt.Errorf("lockfile: %w", err)
	}
	if lock.LockfileVersion != 2 && lock.LockfileVersion != 3 {
		return nil, fmt.Errorf("lockfile: lockfileVersion %d, want 2 or 3", lock.LockfileVersion)
	}
	var out []entry
	for path, p := range lock.Packages {
		if path == "" || p.Link || p.InBundle {
			continue
		}
		name := p.Name
		if name == "" {
			i := strings.LastIndex(path, "node_modules/")
			if i < 0 {
				continue
			}
			name = path[i+len("node_modules/"):]
		}
		digest, err := sha512Of(p.Integrity)
		if err != nil {
			return nil, fmt.Errorf("lockfile entry %q: %w", path, err)
		}
		out = append(out, entry{path: path, name: name, version: p.Version, sha512: digest})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out, nil
}

// sha512Of decodes the sha512 digest of an SRI string.
func sha512Of(sri string) ([]byte, error) {
	for _, part := range strings.Fields(sri) {
		if b64, ok := strings.CutPrefix(part, "sha512-"); ok {
			d, err := base64.StdEncoding.DecodeString(b64)
			if err != nil || len(d) != 64 {
				return nil, fmt.Errorf("integrity %q is not a sha512 SRI", sri)
			}
			return d, nil
		}
	}
	return nil, fmt.Errorf("integrity %q has no sha512", sri)
}

// releases returns the distinct name@version pairs of entries, each name's
// versions numbered 0, 1, ... (the registry's per-package publish nonce), and
// the distinct names in first-seen order.
func releases(entries []entry) (rels []release, names []string) {
	seen := map[string]bool{}
	next := map[string]uint64{}
	for _, e := range entries {
		k := e.name + "@" + e.version
		if seen[k] {
			continue
		}
		seen[k] = true
		if _, ok := next[e.name]; !ok {
			names = append(names, e.name)
		}
		rels = append(rels, release{name: e.name, version: e.version, sha512: e.sha512, nonce: next[e.name]})
		next[e.name]++
	}
	return rels, names
}
