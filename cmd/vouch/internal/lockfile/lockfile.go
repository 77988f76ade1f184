// Package lockfile reads npm's package-lock.json (lockfileVersion 2 and 3)
// into the flat list of installed packages vouch verifies. It runs on the
// user's machine and treats the file as untrusted input.
package lockfile

import (
	"bytes"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// MaxSize bounds the lockfile read (npm lockfiles of huge monorepos run to tens of MB).
const MaxSize = 256 << 20

// ErrMalformed wraps every parse failure.
var ErrMalformed = errors.New("malformed lockfile")

// Entry is one installed package.
type Entry struct {
	Path      string // key in "packages", e.g. node_modules/@scope/a/node_modules/b
	Name      string
	Version   string
	Integrity string // as written (SRI, possibly several hashes)
	Dev       bool
	Optional  bool
}

// SHA512 returns the raw sha512 digest in the entry's SRI string, if any.
func (e Entry) SHA512() ([]byte, bool) { return ParseSRI(e.Integrity) }

// ParseSRI returns the sha512 digest of an SRI string ("sha512-<base64>",
// possibly among other space-separated hashes).
func ParseSRI(sri string) ([]byte, bool) {
	for _, part := range strings.Fields(sri) {
		algo, b64, ok := strings.Cut(part, "-")
		if !ok || algo != "sha512" {
			continue
		}
		if i := strings.IndexByte(b64, '?'); i >= 0 { // SRI options
			b64 = b64[:i]
		}
		d, err := base64.StdEncoding.DecodeString(b64)
		if err == nil && len(d) == sha512.Size {
			return d, true
		}
	}
	return nil, false
}

// SRI formats a raw sha512 digest as npm writes it.
func SRI(sha512Digest []byte) string {
	return "sha512-" + base64.StdEncoding.EncodeToString(sha512Digest)
}

type rawPackage struct {
	Name      string `json:"name"`
	Version   string `json:"version"`
	Integrity string `json:"integrity"`
	Resolved  string `json:"resolved"`
	Link      bool   `json:"link"`
	Dev       bool   `json:"dev"`
	Optional  bool   `json:"optional"`
	Bundled   bool   `json:"inBundle"`
}

type rawLock struct {
	Name            string                     `json:"name"`
	LockfileVersion int                        `json:"lockfileVersion"`
	Packages        map[string]json.RawMessage `json:"packages"`
}

// ReadFile parses the lockfile at path.
func ReadFile(path string) ([]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%w: %s is larger than %d MB", ErrMalformed, path, MaxSize>>20)
	}
	entries, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return entries, nil
}

// Parse reads lockfileVersion 2 or 3. Linked workspace packages and packages
// bundled inside another (which npm does not fetch on their own) are skipped;
// every other entry, transitive ones included, is returned sorted by path.
func Parse(data []byte) ([]Entry, error) {
	var lock rawLock
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&lock); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	switch lock.LockfileVersion {
	case 2, 3:
	case 1:
		return nil, fmt.Errorf("%w: lockfileVersion 1 is not supported; run `npm install --lockfile-version 3` to upgrade it", ErrMalformed)
	default:
		return nil, fmt.Errorf("%w: lockfileVersion %d is not supported (want 2 or 3)", ErrMalformed, lock.LockfileVersion)
	}
	if lock.Packages == nil {
		return nil, fmt.Errorf("%w: no \"packages\" section", ErrMalformed)
	}
	out := make([]Entry, 0, len(lock.Packages))
	for path, raw := range lock.Packages {
		if path == "" {
			continue // the project itself
		}
		var p rawPackage
		if err := json.Unmarshal(raw, &p); err != nil {
			return nil, fmt.Errorf("%w: entry %q: %v", ErrMalformed, path, err)
		}
		if p.Link || p.Bundled {
			continue
		}
		name := p.Name
		if name == "" {
			name = nameFromPath(path)
		}
		if name == "" {
			continue // a workspace folder, not an installed package
		}
		if p.Version == "" {
			return nil, fmt.Errorf("%w: entry %q has no version", ErrMalformed, path)
		}
		out = append(out, Entry{Path: path, Name: name, Version: p.Version, Integrity: p.Integrity, Dev: p.Dev, Optional: p.Optional})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// nameFromPath takes the package name after the last node_modules/ segment.
func nameFromPath(path string) string {
	i := strings.LastIndex(path, "node_modules/")
	if i < 0 {
		return ""
	}
	return path[i+len("node_modules/"):]
}
