package lockfile

import (
	"fmt"
	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"sort"
	"strings"

	"github.com/vouchpm/vouch/internal/exactjson"
)

// Exact JSON reading. npm, yarn, pnpm and bun read JSON keys exactly, as
// JavaScript does, so a lockfile entry may carry "integrity" and "INTEGRITY"
// and the package manager uses only the first. encoding/json (v1) matches
// keys case-insensitively and keeps the last duplicate, which let a lockfile
// author show vouch one entry and npm another. Everything here decodes with
// encoding/json/v2 (exact names, duplicate names refused) and, on top of
// that (per object, with the names vouch reads, so that the error names the
// lockfile entry; internal/exactjson is the same reading for every other
// JSON a verifier trusts), refuses names that differ from another name, or from a name vouch
// reads, only by letter case: such a file is hostile or broken, and either
// way vouch cannot tell which entry a package manager would act on.

// ErrAmbiguousKey marks a JSON or YAML object with duplicate or case-variant names.
var ErrAmbiguousKey = fmt.Errorf("%w: ambiguous key", ErrMalformed)

// unmarshalExact decodes data into v with exact, case-sensitive names; a
// duplicate name anywhere in data is refused.
func unmarshalExact(data []byte, v any) error {
	return json.Unmarshal(data, v, exactjson.Options)
}

// decodeObject decodes the JSON object data into v (a struct whose json tags
// are the names in known) and refuses, naming where, any two names that are
// equal ignoring case and any name that equals a known one only ignoring case.
func decodeObject(where string, data []byte, v any, known ...string) error {
	var names map[string]jsontext.Value
	if err := unmarshalExact(data, &names); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrMalformed, where, err)
	}
	if err := checkNames(where, mapKeys(names), known); err != nil {
		return err
	}
	if v == nil {
		return nil
	}
	if err := unmarshalExact(data, v); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrMalformed, where, err)
	}
	return nil
}

// checkNames refuses names that collide ignoring case, with each other or
// with a known name they do not equal exactly.
func checkNames(where string, names, known []string) error {
	seen := make(map[string]string, len(names)+len(known))
	for _, k := range known {
		seen[strings.ToLower(k)] = k
	}
	sort.Strings(names) // deterministic error text
	exact := make(map[string]bool, len(names))
	for _, n := range names {
		exact[n] = true
	}
	for _, n := range names {
		low := strings.ToLower(n)
		if prev, ok := seen[low]; ok && prev != n {
			if exact[prev] {
				return fmt.Errorf("%w: %s has both %q and %q; a package manager reads only one of them", ErrAmbiguousKey, where, prev, n)
			}
			return fmt.Errorf("%w: %s has %q where %q is meant; package managers read names exactly", ErrAmbiguousKey, where, n, prev)
		}
		seen[low] = n
	}
	return nil
}

func mapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func errorf(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrMalformed}, args...)...)
}

func sortedKeys[V any](m map[string]V) []string {
	out := mapKeys(m)
	sort.Strings(out)
	return out
}
