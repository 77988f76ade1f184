package lockfile

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// yarn.lock comes in two formats: classic (yarn 1, its own syntax, "# yarn
// lockfile v1") and berry (yarn 2+, YAML with a __metadata entry).

func parseYarn(data []byte, manifestData []byte) ([]Entry, error) {
	m, err := parseManifest(manifestData)
	if err != nil {
		return nil, err
	}
	if bytes.Contains(data[:min(len(data), 4096)], []byte("__metadata:")) {
		return parseBerry(data, m)
	}
	return parseYarnV1(data, m)
}

type yarnV1Entry struct {
	specs        []string
	fields       map[string]string
	dependencies map[string]string
	optional     map[string]string
	line         int
}

var yarnV1Names = []string{"version", "resolved", "integrity", "dependencies", "optionalDependencies", "uid"}

// parseYarnV1 reads yarn classic's format: unindented entries ("spec, spec:"),
// two-space fields ("version \"1.0.0\""), four-space dependency lines.
func parseYarnV1(data []byte, m *manifest) ([]Entry, error) {
	var (
		entries []*yarnV1Entry
		cur     *yarnV1Entry
		block   map[string]string // the dependencies block being read
		names   []string          // field names of cur, checked for ambiguity
		blockNs []string
	)
	finishBlock := func() error {
		if block != nil {
			if err := checkNames(fmt.Sprintf("entry %q dependencies", cur.specs[0]), blockNs, nil); err != nil {
				return err
			}
		}
		block, blockNs = nil, nil
		return nil
	}
	finish := func() error {
		if cur == nil {
			return nil
		}
		if err := finishBlock(); err != nil {
			return err
		}
		if err := checkNames(fmt.Sprintf("entry %q", cur.specs[0]), names, yarnV1Names); err != nil {
			return err
		}
		entries = append(entries, cur)
		cur, names = nil, nil
		return nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	sawHeader := false
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \r")
		if strings.HasPrefix(line, "# yarn lockfile v1") {
			sawHeader = true
		}
		trimmed := strings.TrimLeft(line, " ")
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		indent := len(line) - len(trimmed)
		switch {
		case indent == 0:
			if err := finish(); err != nil {
				return nil, err
			}
			if !strings.HasSuffix(line, ":") {
				return nil, errorf("yarn.lock line %d: want an entry (\"spec:\"), got %q", n, line)
			}
			specs, err := yarnSpecs(strings.TrimSuffix(line, ":"))
			if err != nil {
				return nil, errorf("yarn.lock line %d: %v", n, err)
			}
			cur = &yarnV1Entry{specs: specs, fields: map[string]string{}, line: n}
		case indent == 2 && cur != nil:
			if err := finishBlock(); err != nil {
				return nil, err
			}
			if name, ok := strings.CutSuffix(trimmed, ":"); ok {
				names = append(names, name)
				switch name {
				case "dependencies":
					cur.dependencies = map[string]string{}
					block = cur.dependencies
				case "optionalDependencies":
					cur.optional = map[string]string{}
					block = cur.optional
				default:
					block = map[string]string{} // another block (e.g. bin): read and dropped
				}
				continue
			}
			k, v, err := yarnKeyValue(trimmed)
			if err != nil {
				return nil, errorf("yarn.lock line %d: %v", n, err)
			}
			if _, dup := cur.fields[k]; dup {
				return nil, fmt.Errorf("%w: entry %q has %q twice", ErrAmbiguousKey, cur.specs[0], k)
			}
			names = append(names, k)
			cur.fields[k] = v
		case indent == 4 && block != nil:
			k, v, err := yarnKeyValue(trimmed)
			if err != nil {
				return nil, errorf("yarn.lock line %d: %v", n, err)
			}
			if _, dup := block[k]; dup {
				return nil, fmt.Errorf("%w: entry %q lists dependency %q twice", ErrAmbiguousKey, cur.specs[0], k)
			}
			blockNs = append(blockNs, k)
			block[k] = v
		default:
			return nil, errorf("yarn.lock line %d: unexpected indentation", n)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, errorf("yarn.lock: %v", err)
	}
	if err := finish(); err != nil {
		return nil, err
	}
	if !sawHeader {
		return nil, errorf("yarn.lock has no \"# yarn lockfile v1\" header")
	}

	bySpec := map[string]int{}
	out := make([]Entry, len(entries))
	for i, y := range entries {
		for _, s := range y.specs {
			if _, dup := bySpec[s]; dup {
				return nil, fmt.Errorf("%w: %q resolves in two entries", ErrAmbiguousKey, s)
			}
			bySpec[s] = i
		}
		name, rng, ok := splitSpec(y.specs[0])
		if !ok {
			return nil, errorf("yarn.lock line %d: %q has no version range", y.line, y.specs[0])
		}
		version := y.fields["version"]
		if version == "" {
			return nil, errorf("entry %q has no version", y.specs[0])
		}
		e := Entry{Path: strings.Join(y.specs, ", "), Name: name, Version: version, Integrity: y.fields["integrity"]}
		if real, ok := strings.CutPrefix(rng, "npm:"); ok { // alias@npm:real@range
			if n, _, ok := splitSpec(real); ok {
				e.Name = n
			}
		}
		switch {
		case strings.HasPrefix(rng, "file:"), strings.HasPrefix(rng, "link:"):
			e.Source, e.Resolved = File, rng
		case y.fields["resolved"] != "":
			e.Source = classifyResolved(e.Name, version, y.fields["resolved"])
			if e.Source != Registry {
				e.Resolved = y.fields["resolved"]
			}
		default:
			e.Source = classifyResolved(e.Name, version, rng)
			if e.Source == Tarball { // a plain range with no resolved URL: the default registry
				e.Source = Registry
			} else if e.Source != Registry {
				e.Resolved = rng
			}
		}
		out[i] = e
	}
	if m != nil {
		g := newGraph(len(entries))
		var missing error
		m.each(func(name, spec string, k depKind) {
			if i, ok := bySpec[name+"@"+spec]; ok {
				g.root(i, k)
			} else if missing == nil && k != peerDep {
				missing = errorf("package.json dependency %s@%s is not in yarn.lock; run yarn install", name, spec)
			}
		})
		if missing != nil {
			return nil, missing
		}
		for i, y := range entries {
			for set, optional := range map[*map[string]string]bool{&y.dependencies: false, &y.optional: true} {
				for name, spec := range *set {
					if j, ok := bySpec[name+"@"+spec]; ok {
						g.add(i, j, optional)
					}
				}
			}
		}
		dev, opt := g.flags()
		for i := range out {
			out[i].Dev, out[i].Optional = dev[i], opt[i]
		}
	}
	return out, nil
}

// yarnSpecs splits `"a@^1", a@~1.2` into its specs, unquoting each.
func yarnSpecs(s string) ([]string, error) {
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if strings.HasPrefix(part, `"`) {
			u, err := strconv.Unquote(part)
			if err != nil {
				return nil, fmt.Errorf("bad quoting in %s", part)
			}
			part = u
		}
		if part == "" {
			return nil, fmt.Errorf("empty spec")
		}
		out = append(out, part)
	}
	return out, nil
}

// yarnKeyValue splits `key "value"` or `key value` (either side may be quoted).
func yarnKeyValue(s string) (string, string, error) {
	var key string
	if strings.HasPrefix(s, `"`) {
		end := strings.Index(s[1:], `"`)
		if end < 0 {
			return "", "", fmt.Errorf("unterminated quote in %s", s)
		}
		key, s = s[1:end+1], s[end+2:]
	} else {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return "", "", fmt.Errorf("want `key value`, got %q", s)
		}
		key, s = s[:i], s[i:]
	}
	v := strings.TrimSpace(s)
	if strings.HasPrefix(v, `"`) {
		u, err := strconv.Unquote(v)
		if err != nil {
			return "", "", fmt.Errorf("bad quoting in %s", v)
		}
		v = u
	}
	if key == "" {
		return "", "", fmt.Errorf("empty key")
	}
	return key, v, nil
}
