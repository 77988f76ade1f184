package lockfile

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

type pnpmResolution struct {
	Integrity string `yaml:"integrity"`
	Tarball   string `yaml:"tarball"`
	Directory string `yaml:"directory"`
	Type      string `yaml:"type"`
	Repo      string `yaml:"repo"`
	Commit    string `yaml:"commit"`
}

var pnpmResolutionNames = []string{"integrity", "tarball", "directory", "type", "repo", "commit", "path"}

type pnpmPackage struct {
	Resolution           pnpmResolution    `yaml:"resolution"`
	Name                 string            `yaml:"name"`
	Version              string            `yaml:"version"`
	Dev                  *bool             `yaml:"dev"`
	Optional             bool              `yaml:"optional"`
	Dependencies         map[string]string `yaml:"dependencies"`
	OptionalDependencies map[string]string `yaml:"optionalDependencies"`
}

var pnpmPackageNames = []string{"resolution", "name", "version", "dev", "optional", "dependencies", "optionalDependencies", "transitivePeerDependencies"}

type pnpmImporterDep struct {
	Specifier string `yaml:"specifier"`
	Version   string `yaml:"version"`
}

type pnpmImporter struct {
	Dependencies         map[string]pnpmImporterDep `yaml:"dependencies"`
	DevDependencies      map[string]pnpmImporterDep `yaml:"devDependencies"`
	OptionalDependencies map[string]pnpmImporterDep `yaml:"optionalDependencies"`
}

type pnpmLock struct {
	LockfileVersion string                  `yaml:"lockfileVersion"`
	Importers       map[string]pnpmImporter `yaml:"importers"`
	Packages        map[string]yaml.Node    `yaml:"packages"`
	Snapshots       map[string]yaml.Node    `yaml:"snapshots"`
}

// parsePNPM reads pnpm-lock.yaml lockfileVersion 6.x (pnpm 8) and 9.x (pnpm 9+).
func parsePNPM(data []byte) ([]Entry, error) {
	var lock pnpmLock
	if err := decodeYAML("pnpm-lock.yaml", data, &lock); err != nil {
		return nil, err
	}
	major, _, _ := strings.Cut(lock.LockfileVersion, ".")
	if major != "6" && major != "9" {
		return nil, errorf("pnpm lockfileVersion %q is not supported (want 6.x or 9.x); run pnpm install with pnpm 8 or newer", lock.LockfileVersion)
	}
	v9 := major == "9"
	keys := sortedKeys(lock.Packages)
	out := make([]Entry, 0, len(keys))
	index := map[string]int{} // "name@version" without the leading slash and peer suffix
	pkgs := make([]pnpmPackage, len(keys))
	for _, key := range keys {
		var p pnpmPackage
		if err := decodePNPMNode(key, lock.Packages[key], &p); err != nil {
			return nil, err
		}
		name, version, err := pnpmKey(key, v9)
		if err != nil {
			return nil, err
		}
		if p.Name != "" {
			name = p.Name
		}
		if p.Version != "" {
			version = p.Version
		}
		e := Entry{Path: key, Name: name, Version: version, Integrity: p.Resolution.Integrity}
		r := p.Resolution
		switch {
		case r.Type == "directory" || r.Directory != "":
			e.Source, e.Resolved, e.Version = File, r.Directory, "file"
		case r.Type == "git" || r.Repo != "":
			e.Source, e.Resolved = Git, r.Repo+"#"+r.Commit
		case r.Tarball != "":
			e.Source = classifyResolved(name, version, r.Tarball)
			if e.Source != Registry {
				e.Resolved = r.Tarball
			}
		default:
			e.Source = Registry
		}
		if e.Name == "" || e.Version == "" {
			return nil, errorf("entry %q has no name or version", key)
		}
		if !v9 && p.Dev != nil {
			e.Dev, e.Optional = *p.Dev, p.Optional
		}
		index[strings.TrimPrefix(stripPeers(key), "/")] = len(out)
		pkgs[len(out)] = p
		out = append(out, e)
	}
	if !v9 {
		return out, nil
	}

	// v9: the dependency graph lives in snapshots (one per peer variant);
	// flags come from walking it from the importers.
	snapKeys := sortedKeys(lock.Snapshots)
	snapIndex := make(map[string]int, len(snapKeys))
	snaps := make([]pnpmPackage, len(snapKeys))
	for i, key := range snapKeys {
		if err := decodePNPMNode(key, lock.Snapshots[key], &snaps[i]); err != nil {
			return nil, err
		}
		if _, ok := index[stripPeers(key)]; !ok {
			return nil, errorf("snapshot %q has no entry in packages", key)
		}
		snapIndex[key] = i
	}
	g := newGraph(len(snapKeys))
	ref := func(name, version string) (int, bool) {
		if strings.HasPrefix(version, "link:") {
			return 0, false // a workspace package
		}
		key := name + "@" + version
		if i := strings.IndexByte(version[min(1, len(version)):], '@'); i >= 0 && !strings.HasPrefix(version, "file:") {
			key = version // an alias: real-name@1.0.0
		}
		i, ok := snapIndex[key]
		return i, ok
	}
	for _, imp := range sortedKeys(lock.Importers) {
		in := lock.Importers[imp]
		for _, set := range []struct {
			deps map[string]pnpmImporterDep
			kind depKind
		}{{in.Dependencies, prodDep}, {in.DevDependencies, devDep}, {in.OptionalDependencies, optionalDep}} {
			for _, name := range sortedKeys(set.deps) {
				if i, ok := ref(name, set.deps[name].Version); ok {
					g.root(i, set.kind)
				}
			}
		}
	}
	for i, s := range snaps {
		for _, name := range sortedKeys(s.Dependencies) {
			if j, ok := ref(name, s.Dependencies[name]); ok {
				g.add(i, j, false)
			}
		}
		for _, name := range sortedKeys(s.OptionalDependencies) {
			if j, ok := ref(name, s.OptionalDependencies[name]); ok {
				g.add(i, j, true)
			}
		}
	}
	dev, opt := g.flags()
	// A package is dev (optional) only if every snapshot of it is.
	seen := make([]bool, len(out))
	for i, key := range snapKeys {
		p := index[stripPeers(key)]
		if !seen[p] {
			out[p].Dev, out[p].Optional, seen[p] = dev[i], opt[i], true
			continue
		}
		out[p].Dev = out[p].Dev && dev[i]
		out[p].Optional = out[p].Optional && opt[i]
	}
	return out, nil
}

func decodePNPMNode(key string, n yaml.Node, p *pnpmPackage) error {
	var names map[string]yaml.Node
	if err := n.Decode(&names); err != nil {
		return errorf("entry %q: %v", key, err)
	}
	if err := checkKnown(fmt.Sprintf("entry %q", key), names, pnpmPackageNames...); err != nil {
		return err
	}
	if r, ok := names["resolution"]; ok {
		var rn map[string]yaml.Node
		if err := r.Decode(&rn); err != nil {
			return errorf("entry %q resolution: %v", key, err)
		}
		if err := checkKnown(fmt.Sprintf("entry %q resolution", key), rn, pnpmResolutionNames...); err != nil {
			return err
		}
	}
	if err := n.Decode(p); err != nil {
		return errorf("entry %q: %v", key, err)
	}
	return nil
}

// pnpmKey splits a packages key: v6 "/name@1.0.0(peer@2.0.0)", v9
// "name@1.0.0"; non-registry keys ("file:x", "name@file:x") may not split.
func pnpmKey(key string, v9 bool) (string, string, error) {
	k := stripPeers(key)
	if !v9 {
		if !strings.HasPrefix(k, "/") {
			return "", "", nil // name and version come from the entry's own fields
		}
		k = k[1:]
	}
	name, version, ok := splitSpec(k)
	if !ok {
		return "", "", errorf("entry %q is not name@version", key)
	}
	return name, version, nil
}

// stripPeers drops pnpm's peer-dependency suffix "(peer@1.0.0)…".
func stripPeers(key string) string {
	if i := strings.IndexByte(key, '('); i > 0 {
		return key[:i]
	}
	return key
}
