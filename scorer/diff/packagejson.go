package diff

import (
	"bytes"
	"encoding/json"
	"sort"
)

// FieldChange is one changed entry of package.json.
type FieldChange struct {
	Field string `json:"field"` // scripts, dependencies, devDependencies, optionalDependencies, peerDependencies, bin, main, module, browser, exports
	Key   string `json:"key"`   // script, dependency or bin name; "" for scalar fields
	Op    Status `json:"op"`    // added, removed, changed
	Old   string `json:"old,omitempty"`
	New   string `json:"new,omitempty"`
}

// PackageJSONDiff lists the structured package.json changes.
type PackageJSONDiff struct {
	Changes []FieldChange `json:"changes,omitempty"`
	// NewScripts are all scripts of the new package.json (lifecycle scripts run at install
	// whether or not they changed).
	NewScripts map[string]string `json:"newScripts,omitempty"`
	// ParseError is set when the new package.json is not a JSON object.
	ParseError string `json:"parseError,omitempty"`
}

var mapFields = []string{"scripts", "dependencies", "devDependencies", "optionalDependencies", "peerDependencies", "bin"}
var scalarFields = []string{"main", "module", "browser", "exports", "bin"}

// ComparePackageJSON compares two package.json documents (either may be nil).
func ComparePackageJSON(oldJSON, newJSON []byte) *PackageJSONDiff {
	d := &PackageJSONDiff{}
	oldObj, _ := parseObject(oldJSON)
	newObj, err := parseObject(newJSON)
	if err != nil && newJSON != nil {
		d.ParseError = err.Error()
	}
	for _, f := range mapFields {
		om, nm := stringMap(oldObj[f]), stringMap(newObj[f])
		if f == "scripts" {
			d.NewScripts = nm
		}
		keys := make(map[string]bool)
		for k := range om {
			keys[k] = true
		}
		for k := range nm {
			keys[k] = true
		}
		sorted := make([]string, 0, len(keys))
		for k := range keys {
			sorted = append(sorted, k)
		}
		sort.Strings(sorted)
		for _, k := range sorted {
			ov, oin := om[k]
			nv, nin := nm[k]
			switch {
			case !oin:
				d.Changes = append(d.Changes, FieldChange{Field: f, Key: k, Op: Added, New: nv})
			case !nin:
				d.Changes = append(d.Changes, FieldChange{Field: f, Key: k, Op: Removed, Old: ov})
			case ov != nv:
				d.Changes = append(d.Changes, FieldChange{Field: f, Key: k, Op: Changed, Old: ov, New: nv})
			}
		}
	}
	for _, f := range scalarFields {
		if f == "bin" && (isObject(oldObj[f]) || isObject(newObj[f])) {
			continue // handled as a map
		}
		ov, nv := canonical(oldObj[f]), canonical(newObj[f])
		switch {
		case ov == nv:
		case ov == "":
			d.Changes = append(d.Changes, FieldChange{Field: f, Op: Added, New: nv})
		case nv == "":
			d.Changes = append(d.Changes, FieldChange{Field: f, Op: Removed, Old: ov})
		default:
			d.Changes = append(d.Changes, FieldChange{Field: f, Op: Changed, Old: ov, New: nv})
		}
	}
	return d
}

func parseObject(b []byte) (map[string]json.RawMessage, error) {
	if b == nil {
		return nil, nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	return m, nil
}

func isObject(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) > 0 && raw[0] == '{'
}

// stringMap reads an object of strings; non-string values are kept as canonical JSON.
func stringMap(raw json.RawMessage) map[string]string {
	if !isObject(raw) {
		return nil
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return nil
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		var s string
		if json.Unmarshal(v, &s) == nil {
			out[k] = s
		} else {
			out[k] = canonical(v)
		}
	}
	return out
}

// canonical re-encodes a JSON value with sorted keys and no spaces ("" for absent/null).
func canonical(raw json.RawMessage) string {
	if len(bytes.TrimSpace(raw)) == 0 {
		return ""
	}
	var v any
	if json.Unmarshal(raw, &v) != nil || v == nil {
		return ""
	}
	if s, ok := v.(string); ok {
		return s
	}
	b, err := json.Marshal(v) // encoding/json sorts map keys
	if err != nil {
		return ""
	}
	return string(b)
}
