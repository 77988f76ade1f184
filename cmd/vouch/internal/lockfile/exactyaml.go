package lockfile

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// Exact YAML reading for pnpm-lock.yaml and yarn berry's yarn.lock: the
// same rules as exactjson.go (duplicate and case-variant names refused), and
// none of YAML's indirections, which no package manager writes into a
// lockfile but which a hostile author could use to show vouch one value and
// the package manager another: anchors, aliases, merge keys and explicit tags.

// maxYAMLDepth bounds nesting; real lockfiles nest five levels deep.
const maxYAMLDepth = 32

// decodeYAML parses data into v after checking the whole document.
func decodeYAML(what string, data []byte, v any) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return errorf("%s: %v", what, err)
	}
	if err := checkYAML(what, &doc, 0); err != nil {
		return err
	}
	if err := doc.Decode(v); err != nil {
		return errorf("%s: %v", what, err)
	}
	return nil
}

func checkYAML(where string, n *yaml.Node, depth int) error {
	if depth > maxYAMLDepth {
		return errorf("%s: nested deeper than %d", where, maxYAMLDepth)
	}
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		return errorf("%s: line %d uses a YAML anchor or alias, which lockfiles never contain", where, n.Line)
	}
	if n.Tag != "" && n.Style&yaml.TaggedStyle != 0 {
		return errorf("%s: line %d has an explicit YAML tag %s", where, n.Line, n.Tag)
	}
	switch n.Kind {
	case yaml.MappingNode:
		names := make([]string, 0, len(n.Content)/2)
		seen := make(map[string]bool, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if k.Kind != yaml.ScalarNode {
				return errorf("%s: line %d has a key that is not a string", where, k.Line)
			}
			if k.Value == "<<" && k.Style == 0 {
				return errorf("%s: line %d uses a YAML merge key", where, k.Line)
			}
			if seen[k.Value] {
				return fmt.Errorf("%w: %s has %q twice (line %d)", ErrAmbiguousKey, where, k.Value, k.Line)
			}
			seen[k.Value] = true
			names = append(names, k.Value)
		}
		if err := checkNames(where, names, nil); err != nil {
			return err
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if err := checkYAML(childWhere(where, n.Content[i].Value, depth), n.Content[i+1], depth+1); err != nil {
				return err
			}
		}
	case yaml.DocumentNode, yaml.SequenceNode:
		for _, c := range n.Content {
			if err := checkYAML(where, c, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// childWhere names entries by their key at the package level, so errors say
// `entry "debug@4.4.3"` rather than the whole path.
func childWhere(where, key string, depth int) string {
	if depth <= 1 {
		return fmt.Sprintf("entry %q", key)
	}
	return where + "." + key
}

// checkKnown refuses, in the mapping m, names that equal a name vouch reads
// only ignoring case.
func checkKnown(where string, m map[string]yaml.Node, known ...string) error {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	return checkNames(where, names, known)
}
