package lockfile

import (
	"fmt"
	"github.com/go-json-experiment/json/jsontext"
	"strings"
)

// bun.lock is JSON with trailing commas (bun's JSONC writer). Each package is
// an array: ["name@1.0.0", "registry URL or empty", {info}, "sha512-…"] for
// npm packages, shorter arrays for git, tarball, file, link and workspace ones.

type bunWorkspace struct {
	Name                 string            `json:"name"`
	Dependencies         map[string]string `json:"dependencies"`
	DevDependencies      map[string]string `json:"devDependencies"`
	OptionalDependencies map[string]string `json:"optionalDependencies"`
	PeerDependencies     map[string]string `json:"peerDependencies"`
}

type bunLock struct {
	LockfileVersion int                         `json:"lockfileVersion"`
	Workspaces      map[string]jsontext.Value   `json:"workspaces"`
	Packages        map[string][]jsontext.Value `json:"packages"`
}

type bunInfo struct {
	Dependencies         map[string]string `json:"dependencies"`
	OptionalDependencies map[string]string `json:"optionalDependencies"`
}

var (
	bunLockNames      = []string{"lockfileVersion", "configVersion", "workspaces", "packages", "trustedDependencies", "overrides", "patchedDependencies", "catalog", "catalogs"}
	bunWorkspaceNames = []string{"name", "version", "dependencies", "devDependencies", "optionalDependencies", "peerDependencies", "optionalPeers", "bin"}
	bunInfoNames      = []string{"dependencies", "optionalDependencies", "peerDependencies", "optionalPeers", "bin", "os", "cpu", "bundled"}
)

func parseBun(data []byte) ([]Entry, error) {
	clean, err := stripTrailingCommas(data)
	if err != nil {
		return nil, err
	}
	var lock bunLock
	if err := decodeObject("bun.lock", clean, &lock, bunLockNames...); err != nil {
		return nil, err
	}
	if lock.LockfileVersion < 0 || lock.LockfileVersion > 2 {
		return nil, errorf("bun.lock lockfileVersion %d is not supported (want 0 to 2)", lock.LockfileVersion)
	}
	if lock.Packages == nil {
		return nil, errorf("bun.lock has no \"packages\"")
	}
	keys := sortedKeys(lock.Packages)
	index := make(map[string]int, len(keys))
	out := make([]Entry, 0, len(keys))
	infos := make([]bunInfo, 0, len(keys))
	for _, key := range keys {
		where := fmt.Sprintf("entry %q", key)
		arr := lock.Packages[key]
		if len(arr) == 0 {
			return nil, errorf("%s is empty", where)
		}
		var res string
		if err := unmarshalExact(arr[0], &res); err != nil {
			return nil, errorf("%s: %v", where, err)
		}
		name, ref, ok := splitSpec(res)
		if !ok || name == "" || ref == "" {
			return nil, errorf("%s: %q is not name@version", where, res)
		}
		e := Entry{Path: key, Name: name, Version: ref}
		var info jsontext.Value
		switch protocol, _, _ := strings.Cut(ref, ":"); {
		case protocol == "workspace" || protocol == "root":
			continue // the project's own packages
		case !strings.Contains(ref, ":"): // an npm package: [res, registry, info, integrity]
			if len(arr) != 4 {
				return nil, errorf("%s: an npm package has 4 fields, not %d", where, len(arr))
			}
			var registry string
			if err := unmarshalExact(arr[1], &registry); err != nil {
				return nil, errorf("%s registry: %v", where, err)
			}
			if err := unmarshalExact(arr[3], &e.Integrity); err != nil {
				return nil, errorf("%s integrity: %v", where, err)
			}
			e.Source, info = Registry, arr[2]
			if registry != "" && !strings.HasPrefix(registry, "https://") && !strings.HasPrefix(registry, "http://") {
				return nil, errorf("%s: registry %q is not a URL", where, registry)
			}
		case protocol == "file" || protocol == "link":
			e.Source, e.Resolved, e.Version = File, strings.TrimPrefix(ref, protocol+":"), protocol
		case protocol == "github" || protocol == "git" || strings.HasPrefix(protocol, "git+") || protocol == "gitlab" || protocol == "bitbucket":
			e.Source, e.Resolved, e.Version = Git, ref, "git"
		case protocol == "http" || protocol == "https":
			e.Source, e.Resolved, e.Version = Tarball, ref, "tarball"
		default:
			return nil, errorf("%s: unknown resolution %q", where, ref)
		}
		if info == nil && len(arr) > 1 && strings.HasPrefix(strings.TrimSpace(string(arr[1])), "{") {
			info = arr[1]
		}
		var in bunInfo
		if info != nil {
			if err := decodeObject(where, info, &in, bunInfoNames...); err != nil {
				return nil, err
			}
		}
		index[key] = len(out)
		out = append(out, e)
		infos = append(infos, in)
	}

	// Flags: walk from the workspaces. A dependency N of the package at key
	// K is K/N if bun nested it there, else the nearest ancestor's N.
	g := newGraph(len(out))
	lookup := func(from, name string) (int, bool) {
		for p := from; ; p = bunParent(p) {
			k := name
			if p != "" {
				k = p + "/" + name
			}
			if i, ok := index[k]; ok {
				return i, true
			}
			if p == "" {
				return 0, false
			}
		}
	}
	for _, wk := range sortedKeys(lock.Workspaces) {
		var w bunWorkspace
		if err := decodeObject(fmt.Sprintf("workspace %q", wk), lock.Workspaces[wk], &w, bunWorkspaceNames...); err != nil {
			return nil, err
		}
		for _, set := range []struct {
			deps map[string]string
			kind depKind
		}{{w.Dependencies, prodDep}, {w.DevDependencies, devDep}, {w.OptionalDependencies, optionalDep}, {w.PeerDependencies, peerDep}} {
			for _, name := range sortedKeys(set.deps) {
				if i, ok := lookup("", name); ok {
					g.root(i, set.kind)
				}
			}
		}
	}
	for i, e := range out {
		for _, name := range sortedKeys(infos[i].Dependencies) {
			if j, ok := lookup(e.Path, name); ok {
				g.add(i, j, false)
			}
		}
		for _, name := range sortedKeys(infos[i].OptionalDependencies) {
			if j, ok := lookup(e.Path, name); ok {
				g.add(i, j, true)
			}
		}
	}
	dev, opt := g.flags()
	for i := range out {
		out[i].Dev, out[i].Optional = dev[i], opt[i]
	}
	return out, nil
}

// bunParent drops the last package name of a nested key: "a/@s/b" → "a", "a" → "".
func bunParent(key string) string {
	parts := strings.Split(key, "/")
	n := 1
	if len(parts) >= 2 && strings.HasPrefix(parts[len(parts)-2], "@") {
		n = 2
	}
	if len(parts) <= n {
		return ""
	}
	return strings.Join(parts[:len(parts)-n], "/")
}

// stripTrailingCommas turns bun's JSON-with-trailing-commas into JSON. It
// refuses comments, which bun does not write.
func stripTrailingCommas(data []byte) ([]byte, error) {
	out := make([]byte, 0, len(data))
	inString, escaped := false, false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if inString {
			out = append(out, c)
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '/':
			return nil, errorf("bun.lock has a comment at byte %d", i)
		case ',':
			j := i + 1
			for j < len(data) && (data[j] == ' ' || data[j] == '\n' || data[j] == '\r' || data[j] == '\t') {
				j++
			}
			if j < len(data) && (data[j] == '}' || data[j] == ']') {
				continue // a trailing comma
			}
		}
		out = append(out, c)
	}
	return out, nil
}
