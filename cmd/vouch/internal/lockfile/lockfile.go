// Package lockfile reads the lockfiles of npm (v1, v2, v3 and
// npm-shrinkwrap.json), yarn (classic and berry), pnpm (v6 and v9) and bun
// (text bun.lock) into the flat list of installed packages vouch verifies.
// It runs on the user's machine and treats every file as hostile input: JSON
// and YAML names are read exactly, and ambiguous names are refused.
package lockfile

import (
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// MaxSize bounds the lockfile read (npm lockfiles of huge monorepos run to tens of MB).
const MaxSize = 256 << 20

// ErrMalformed wraps every parse failure.
var ErrMalformed = errors.New("malformed lockfile")

// ErrNotFound is returned by Discover when a directory holds no lockfile.
var ErrNotFound = errors.New("no lockfile found")

// Source says where a package's bytes come from.
type Source string

// Sources. Only Registry packages can be checked against signed releases.
const (
	Registry Source = "registry"
	Git      Source = "git"
	Tarball  Source = "tarball" // a remote tarball URL outside any registry
	File     Source = "file"    // a local folder or tarball outside the project
)

// Entry is one installed package.
type Entry struct {
	Path        string // where the lockfile places it, e.g. node_modules/@scope/a/node_modules/b
	Name        string
	Version     string
	Integrity   string // as written (SRI, possibly several hashes); empty when the lockfile has none
	Source      Source
	Resolved    string // git URL, tarball URL or file path for non-registry packages
	Dev         bool   // only needed by devDependencies
	Optional    bool   // only needed by optionalDependencies
	DevOptional bool   // needed by devDependencies and optional elsewhere (npm's devOptional)
	Peer        bool   // only needed as a peer dependency
	Note        string // what the reader wants the user to know about this entry
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

// Format names a lockfile format.
type Format string

// The formats, by the file name they live in.
const (
	NPM     Format = "package-lock.json"
	Shrink  Format = "npm-shrinkwrap.json"
	Yarn    Format = "yarn.lock"
	PNPM    Format = "pnpm-lock.yaml"
	Bun     Format = "bun.lock"
	unknown Format = ""
)

// Preference is the order Discover looks for lockfiles in, the order npm
// itself prefers npm-shrinkwrap.json over package-lock.json.
var preference = []Format{Shrink, NPM, Yarn, PNPM, Bun}

// Discover returns the path of the lockfile in dir, in order of preference:
// npm-shrinkwrap.json, package-lock.json, yarn.lock, pnpm-lock.yaml, bun.lock.
func Discover(dir string) (string, error) {
	for _, f := range preference {
		p := filepath.Join(dir, string(f))
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p, nil
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "bun.lockb")); err == nil {
		return "", fmt.Errorf("%w in %s: bun.lockb is bun's binary format; run `bun install --save-text-lockfile` to write bun.lock", ErrNotFound, dir)
	}
	return "", fmt.Errorf("%w in %s (looked for %s); pass --lockfile FILE", ErrNotFound, dir, formatList())
}

func formatList() string {
	names := make([]string, len(preference))
	for i, f := range preference {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// FormatOf tells the format from the file name, falling back to the content.
func FormatOf(path string, data []byte) Format {
	base := filepath.Base(path)
	for _, f := range preference {
		if base == string(f) {
			return f
		}
	}
	switch ext := filepath.Ext(base); {
	case strings.HasSuffix(base, ".yaml") || strings.HasSuffix(base, ".yml"):
		return PNPM
	case strings.HasSuffix(base, ".lock") && strings.Contains(head(data), "# yarn lockfile v1"):
		return Yarn
	case strings.HasSuffix(base, ".lock") && strings.Contains(head(data), "__metadata:"):
		return Yarn
	case strings.HasSuffix(base, ".lock"):
		return Bun
	case ext == ".json":
		return NPM
	}
	return unknown
}

func head(data []byte) string { return string(data[:min(len(data), 4096)]) }

// ReadFile parses the lockfile at path (its format told by its name).
// Readers of yarn.lock look at package.json beside it for the project's own
// dependencies, which yarn does not write into the lockfile.
func ReadFile(path string) ([]Entry, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	f := FormatOf(path, data)
	var manifest []byte
	if f == Yarn {
		if m, err := readLimited(filepath.Join(filepath.Dir(path), "package.json")); err == nil {
			manifest = m
		}
	}
	entries, err := ParseFormat(f, data, manifest)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return entries, nil
}

func readLimited(path string) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%w: %s is larger than %d MB", ErrMalformed, path, MaxSize>>20)
	}
	return data, nil
}

// Parse reads an npm lockfile (package-lock.json or npm-shrinkwrap.json).
func Parse(data []byte) ([]Entry, error) { return ParseFormat(NPM, data, nil) }

// ParseFormat reads data in format f; manifest is the project's package.json
// (only yarn needs it, to tell dev dependencies apart; it may be nil).
func ParseFormat(f Format, data []byte, manifest []byte) ([]Entry, error) {
	var (
		out []Entry
		err error
	)
	switch f {
	case NPM, Shrink:
		out, err = parseNPM(data)
	case Yarn:
		out, err = parseYarn(data, manifest)
	case PNPM:
		out, err = parsePNPM(data)
	case Bun:
		out, err = parseBun(data)
	default:
		return nil, fmt.Errorf("%w: unknown lockfile format; want one of %s", ErrMalformed, formatList())
	}
	if err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Source == "" {
			out[i].Source = Registry
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// Omit names the dependency types npm's --omit drops.
type Omit struct{ Dev, Optional, Peer bool }

// ParseOmit reads npm's spelling: "dev", "optional", "peer", comma-separated or repeated.
func ParseOmit(values []string) (Omit, error) {
	var o Omit
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			switch strings.TrimSpace(part) {
			case "dev":
				o.Dev = true
			case "optional":
				o.Optional = true
			case "peer":
				o.Peer = true
			case "":
			default:
				return o, fmt.Errorf("--omit %q: want dev, optional or peer", part)
			}
		}
	}
	return o, nil
}

// Keep reports whether e is installed when o is omitted, as npm decides it.
func (o Omit) Keep(e Entry) bool {
	switch {
	case o.Dev && e.Dev, o.Optional && e.Optional, o.Peer && e.Peer:
		return false
	case o.Dev && o.Optional && e.DevOptional:
		return false
	}
	return true
}

// Filter returns the entries kept under o.
func (o Omit) Filter(entries []Entry) []Entry {
	out := entries[:0:0]
	for _, e := range entries {
		if o.Keep(e) {
			out = append(out, e)
		}
	}
	return out
}

// classifyResolved tells a package's source from where the lockfile says it
// was resolved; an empty resolved means the default registry.
func classifyResolved(name, version, resolved string) Source {
	r := resolved
	switch {
	case r == "":
		return Registry
	case strings.HasPrefix(r, "git+"), strings.HasPrefix(r, "git:"), strings.HasPrefix(r, "git@"),
		strings.HasPrefix(r, "github:"), strings.HasPrefix(r, "gitlab:"), strings.HasPrefix(r, "bitbucket:"):
		return Git
	case strings.HasPrefix(r, "file:"), strings.HasPrefix(r, "link:"), strings.HasPrefix(r, "/"), strings.HasPrefix(r, "."):
		return File
	case strings.HasPrefix(r, "https://"), strings.HasPrefix(r, "http://"):
		if isRegistryTarball(name, version, r) {
			return Registry
		}
		if strings.HasPrefix(r, "https://codeload.github.com/") {
			return Git
		}
		return Tarball
	}
	return Tarball
}

// isRegistryTarball reports whether url has the shape every npm registry
// gives tarballs: .../<name>/-/<basename>-<version>.tgz (yarn adds #sha1).
func isRegistryTarball(name, version, url string) bool {
	if i := strings.IndexByte(url, '#'); i >= 0 {
		url = url[:i]
	}
	base := name[strings.LastIndexByte(name, '/')+1:]
	return strings.HasSuffix(url, "/"+name+"/-/"+base+"-"+version+".tgz") ||
		strings.HasSuffix(url, "/"+strings.Replace(name, "/", "%2f", 1)+"/-/"+base+"-"+version+".tgz") ||
		strings.HasSuffix(url, "/"+strings.Replace(name, "/", "%2F", 1)+"/-/"+base+"-"+version+".tgz")
}

// splitSpec splits "name@range" and "@scope/name@range" at the version's @.
func splitSpec(s string) (name, rest string, ok bool) {
	i := strings.IndexByte(s[min(1, len(s)):], '@')
	if i < 0 {
		return s, "", false
	}
	i++
	return s[:i], s[i+1:], true
}
