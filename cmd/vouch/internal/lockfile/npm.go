package lockfile

import (
	"fmt"
	"github.com/go-json-experiment/json/jsontext"
	"path"
	"strings"
)

type npmPackage struct {
	Name        string `json:"name"`
	Version     string `json:"version"`
	Integrity   string `json:"integrity"`
	Resolved    string `json:"resolved"`
	Link        bool   `json:"link"`
	Dev         bool   `json:"dev"`
	Optional    bool   `json:"optional"`
	DevOptional bool   `json:"devOptional"`
	Peer        bool   `json:"peer"`
	InBundle    bool   `json:"inBundle"`
}

// npmPackageNames are the names vouch reads from an entry: a variant of any
// of them in letter case is refused (see exactjson.go).
var npmPackageNames = []string{"name", "version", "integrity", "resolved", "link", "dev", "optional", "devOptional", "peer", "inBundle"}

type npmLock struct {
	LockfileVersion int                       `json:"lockfileVersion"`
	Packages        map[string]jsontext.Value `json:"packages"`
	Dependencies    map[string]jsontext.Value `json:"dependencies"`
}

// parseNPM reads lockfileVersion 1 ("dependencies", nested), 2 and 3
// ("packages", flat; v2 also carries the v1 tree, which npm 7+ ignores).
func parseNPM(data []byte) ([]Entry, error) {
	var lock npmLock
	if err := decodeObject("lockfile", data, &lock, "lockfileVersion", "packages", "dependencies", "name", "version", "requires"); err != nil {
		return nil, err
	}
	switch lock.LockfileVersion {
	case 1:
		if lock.Dependencies == nil {
			return nil, fmt.Errorf("%w: lockfileVersion 1 without \"dependencies\"", ErrMalformed)
		}
		var out []Entry
		return out, walkNPMv1("", lock.Dependencies, &out, 0)
	case 2, 3:
	default:
		return nil, fmt.Errorf("%w: lockfileVersion %d is not supported (want 1, 2 or 3)", ErrMalformed, lock.LockfileVersion)
	}
	if lock.Packages == nil {
		return nil, fmt.Errorf("%w: no \"packages\" section", ErrMalformed)
	}
	var root struct {
		Workspaces []string `json:"workspaces"`
	}
	if raw, ok := lock.Packages[""]; ok {
		if err := decodeObject("the root entry", raw, &root, append(npmPackageNames, "workspaces")...); err != nil {
			return nil, err
		}
	}
	out := make([]Entry, 0, len(lock.Packages))
	for key, raw := range lock.Packages {
		if key == "" {
			continue // the project itself
		}
		var p npmPackage
		if err := decodeObject(fmt.Sprintf("entry %q", key), raw, &p, npmPackageNames...); err != nil {
			return nil, err
		}
		if p.InBundle {
			continue // inside its parent's tarball, which its integrity covers
		}
		name := p.Name
		if name == "" {
			name = nameFromPath(key)
		}
		if name == "" || !strings.Contains(key, "node_modules/") {
			continue // a workspace or linked folder, not an installed package
		}
		if p.Link {
			// A symlink. To a workspace: the project's own code. To any
			// other folder: a file: dependency.
			if target := p.Resolved; !isWorkspace(root.Workspaces, target) {
				out = append(out, Entry{Path: key, Name: name, Version: "link", Source: File, Resolved: target,
					Dev: p.Dev, Optional: p.Optional, DevOptional: p.DevOptional, Peer: p.Peer})
			}
			continue
		}
		if p.Version == "" {
			return nil, fmt.Errorf("%w: entry %q has no version", ErrMalformed, key)
		}
		out = append(out, Entry{Path: key, Name: name, Version: p.Version, Integrity: p.Integrity,
			Source: classifyResolved(name, p.Version, p.Resolved), Resolved: p.Resolved,
			Dev: p.Dev, Optional: p.Optional, DevOptional: p.DevOptional, Peer: p.Peer})
	}
	for i := range out {
		if out[i].Source == Registry {
			out[i].Resolved = ""
		}
	}
	return out, nil
}

type npmV1Dep struct {
	Version      string                    `json:"version"`
	Integrity    string                    `json:"integrity"`
	Resolved     string                    `json:"resolved"`
	Bundled      bool                      `json:"bundled"`
	Dev          bool                      `json:"dev"`
	Optional     bool                      `json:"optional"`
	Dependencies map[string]jsontext.Value `json:"dependencies"`
}

var npmV1Names = []string{"version", "integrity", "resolved", "bundled", "dev", "optional", "dependencies", "requires", "from"}

// maxDepth bounds nesting in lockfileVersion 1 trees.
const maxDepth = 256

func walkNPMv1(prefix string, deps map[string]jsontext.Value, out *[]Entry, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("%w: dependencies nested deeper than %d", ErrMalformed, maxDepth)
	}
	for name, raw := range deps {
		key := prefix + "node_modules/" + name
		var d npmV1Dep
		if err := decodeObject(fmt.Sprintf("entry %q", key), raw, &d, npmV1Names...); err != nil {
			return err
		}
		if name == "" || d.Version == "" {
			return fmt.Errorf("%w: entry %q has no name or version", ErrMalformed, key)
		}
		if !d.Bundled {
			e := Entry{Path: key, Name: name, Version: d.Version, Integrity: d.Integrity, Dev: d.Dev, Optional: d.Optional}
			switch v := d.Version; {
			case strings.HasPrefix(v, "npm:"):
				// "version": "npm:real-name@1.0.0" is an npm alias.
				n, ver, ok := splitSpec(strings.TrimPrefix(v, "npm:"))
				if !ok {
					return fmt.Errorf("%w: entry %q has alias %q without a version", ErrMalformed, key, v)
				}
				e.Name, e.Version, e.Source = n, ver, classifyResolved(n, ver, d.Resolved)
			case strings.Contains(v, ":") || strings.HasPrefix(v, "/") || strings.HasPrefix(v, "."):
				// v1 writes non-registry specs into "version": git+https://…#sha, file:…, https://….tgz.
				e.Source, e.Resolved = classifyResolved(name, "", v), v
			default:
				e.Source = classifyResolved(name, v, d.Resolved)
			}
			if e.Source != Registry && e.Resolved == "" {
				e.Resolved = d.Resolved
			}
			*out = append(*out, e)
		}
		if err := walkNPMv1(key+"/", d.Dependencies, out, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// nameFromPath takes the package name after the last node_modules/ segment.
func nameFromPath(path string) string {
	i := strings.LastIndex(path, "node_modules/")
	if i < 0 {
		return ""
	}
	return path[i+len("node_modules/"):]
}

// isWorkspace reports whether target matches one of the root's workspace patterns.
func isWorkspace(patterns []string, target string) bool {
	target = path.Clean(target)
	for _, p := range patterns {
		if ok, _ := path.Match(path.Clean(p), target); ok {
			return true
		}
		if strings.HasSuffix(p, "/**") && strings.HasPrefix(target, strings.TrimSuffix(p, "**")) {
			return true
		}
	}
	return false
}
