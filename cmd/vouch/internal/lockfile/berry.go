package lockfile

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

type berryEntry struct {
	Version              string                  `yaml:"version"`
	Resolution           string                  `yaml:"resolution"`
	Dependencies         map[string]string       `yaml:"dependencies"`
	OptionalDependencies map[string]string       `yaml:"optionalDependencies"`
	DependenciesMeta     map[string]berryDepMeta `yaml:"dependenciesMeta"`
	Checksum             string                  `yaml:"checksum"`
	LinkType             string                  `yaml:"linkType"`
	Extra                map[string]yaml.Node    `yaml:",inline"`
}

type berryDepMeta struct {
	Optional bool `yaml:"optional"`
}

var berryNames = []string{"version", "resolution", "dependencies", "optionalDependencies", "dependenciesMeta", "checksum", "linkType", "languageName", "peerDependencies", "peerDependenciesMeta", "bin", "conditions"}

// berryNote explains why berry entries carry no integrity vouch can compare.
const berryNote = "yarn berry records a checksum of its own zip archive, not the npm tarball's sha512: the bytes cannot be compared with a signed release"

// parseBerry reads yarn 2+ lockfiles (YAML). Each entry is keyed by the
// descriptors it satisfies ("debug@npm:^4, debug@npm:^4.3"); its
// resolution ("debug@npm:4.4.3") says what was installed.
func parseBerry(data []byte, m *manifest) ([]Entry, error) {
	var doc map[string]yaml.Node
	if err := decodeYAML("yarn.lock", data, &doc); err != nil {
		return nil, err
	}
	if _, ok := doc["__metadata"]; !ok {
		return nil, errorf("yarn.lock has no __metadata entry")
	}
	keys := sortedKeys(doc)
	var (
		out       []Entry
		entries   []berryEntry
		byDesc    = map[string]int{}
		workspace = -1
	)
	for _, key := range keys {
		if key == "__metadata" {
			continue
		}
		n := doc[key]
		var names map[string]yaml.Node
		if err := n.Decode(&names); err != nil {
			return nil, errorf("entry %q: %v", key, err)
		}
		if err := checkKnown(fmt.Sprintf("entry %q", key), names, berryNames...); err != nil {
			return nil, err
		}
		var b berryEntry
		if err := n.Decode(&b); err != nil {
			return nil, errorf("entry %q: %v", key, err)
		}
		name, ref, ok := splitSpec(b.Resolution)
		if !ok || b.Version == "" {
			return nil, errorf("entry %q has no resolution or version", key)
		}
		e := Entry{Path: key, Name: name, Version: b.Version}
		protocol, _, _ := strings.Cut(ref, ":")
		switch protocol {
		case "npm":
			e.Source, e.Note = Registry, berryNote
		case "workspace":
			if ref == "workspace:." {
				workspace = len(entries)
			}
			e.Source = "" // the project's own packages
		case "file", "link", "portal", "patch", "exec":
			e.Source, e.Resolved = File, ref
		case "git", "git+ssh", "git+https", "github", "ssh":
			e.Source, e.Resolved = Git, ref
		case "http", "https":
			e.Source, e.Resolved = classifyResolved(name, b.Version, ref), ref
			if e.Source == Registry {
				e.Resolved, e.Note = "", berryNote
			}
		default:
			return nil, errorf("entry %q: unknown resolution protocol %q", key, protocol)
		}
		for _, d := range strings.Split(key, ",") {
			d = strings.TrimSpace(d)
			if _, dup := byDesc[d]; dup {
				return nil, fmt.Errorf("%w: %q resolves in two entries", ErrAmbiguousKey, d)
			}
			byDesc[d] = len(entries)
		}
		for _, d := range strings.Split(key, ",") {
			// file: and patch: descriptors carry "::locator=…", which the
			// dependent's own descriptor leaves out.
			if short, _, ok := strings.Cut(strings.TrimSpace(d), "::"); ok {
				if _, taken := byDesc[short]; !taken {
					byDesc[short] = len(entries)
				}
			}
		}
		entries = append(entries, b)
		out = append(out, e)
	}
	g := newGraph(len(entries))
	ref := func(name, rng string) (int, bool) {
		if !strings.Contains(rng, ":") {
			rng = "npm:" + rng
		}
		i, ok := byDesc[name+"@"+rng]
		return i, ok
	}
	for i, b := range entries {
		if i == workspace {
			continue
		}
		for _, name := range sortedKeys(b.Dependencies) {
			if j, ok := ref(name, b.Dependencies[name]); ok {
				g.add(i, j, b.DependenciesMeta[name].Optional)
			}
		}
		for _, name := range sortedKeys(b.OptionalDependencies) {
			if j, ok := ref(name, b.OptionalDependencies[name]); ok {
				g.add(i, j, true)
			}
		}
	}
	if workspace >= 0 && m != nil {
		// The workspace entry merges dependencies and devDependencies; package.json tells them apart.
		w := entries[workspace]
		kinds := map[string]depKind{}
		m.each(func(name, _ string, k depKind) { kinds[name] = k })
		for _, name := range sortedKeys(w.Dependencies) {
			k, ok := kinds[name]
			if !ok {
				k = prodDep
			}
			if w.DependenciesMeta[name].Optional {
				k = optionalDep
			}
			if j, ok := ref(name, w.Dependencies[name]); ok {
				g.root(j, k)
			}
		}
		dev, opt := g.flags()
		for i := range out {
			out[i].Dev, out[i].Optional = dev[i], opt[i]
		}
	}
	kept := out[:0]
	for _, e := range out {
		if e.Source != "" {
			kept = append(kept, e)
		}
	}
	return kept, nil
}
