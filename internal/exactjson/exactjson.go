// Package exactjson reads JSON the way JavaScript does: member names are
// matched exactly. encoding/json (v1) matches names case-insensitively and
// keeps the last of duplicate members, so a file that carries "integrity"
// and "INTEGRITY", or "format" and "Format", means one thing to the program
// that wrote or will act on it and another to a Go reader. Every JSON a
// vouch verifier trusts (lockfiles, signing files, attestation policies) is
// read here: duplicate names and names that differ only in letter case are
// refused, anywhere in the document, with an error naming the member.
package exactjson

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// ErrAmbiguousKey marks an object with duplicate or case-variant names.
var ErrAmbiguousKey = errors.New("ambiguous JSON key")

// Options decode with exact, case-sensitive names, refuse duplicate names
// and invalid UTF-8.
var Options = json.JoinOptions(json.MatchCaseInsensitiveNames(false), jsontext.AllowDuplicateNames(false), jsontext.AllowInvalidUTF8(false))

// MaxDepth bounds the nesting Check follows.
const MaxDepth = 64

// Check refuses data unless it is one JSON value in which no object has two
// members whose names are equal, or equal ignoring case. The error names
// the member by its JSON pointer.
func Check(data []byte) error {
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(false), jsontext.AllowInvalidUTF8(false))
	type frame struct {
		object bool
		names  map[string]string // lower-case name → name as written
	}
	var stack []frame
	values := 0
	for {
		tok, err := dec.ReadToken()
		if err == io.EOF {
			if len(stack) != 0 || values != 1 {
				return fmt.Errorf("want one JSON value: %w", io.ErrUnexpectedEOF)
			}
			return nil
		}
		if err != nil {
			if errors.Is(err, jsontext.ErrDuplicateName) {
				return fmt.Errorf("%w: %v", ErrAmbiguousKey, err)
			}
			return err
		}
		if len(stack) == 0 {
			if values++; values > 1 {
				return errors.New("more than one JSON value")
			}
		}
		switch tok.Kind() {
		case '{', '[':
			if len(stack) >= MaxDepth {
				return fmt.Errorf("JSON nested deeper than %d at %s", MaxDepth, dec.StackPointer())
			}
			stack = append(stack, frame{object: tok.Kind() == '{'})
			continue
		case '}', ']':
			stack = stack[:len(stack)-1]
			continue
		}
		top := len(stack) - 1
		// A string read in an object where a name is due is a name.
		if top >= 0 && stack[top].object && tok.Kind() == '"' && isName(dec) {
			name := tok.String()
			if stack[top].names == nil {
				stack[top].names = map[string]string{}
			}
			low := fold(name)
			if prev, ok := stack[top].names[low]; ok {
				where := parentPointer(dec.StackPointer())
				return fmt.Errorf("%w: object %s has both %q and %q", ErrAmbiguousKey, where, prev, name)
			}
			stack[top].names[low] = name
		}
	}
}

// isName reports whether the token just read was an object member name:
// in an object, names sit at odd stack lengths (name, value, name, …).
func isName(dec *jsontext.Decoder) bool {
	_, n := dec.StackIndex(dec.StackDepth())
	return n%2 == 1
}

// parentPointer is the pointer of the object holding the member p points at.
func parentPointer(p jsontext.Pointer) string {
	s := string(p)
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[:i]
	}
	if s == "" {
		return "(top level)"
	}
	return s
}

// Unmarshal checks data (Check) and decodes it into v with exact names.
// With strict, members v has no field for are refused as well.
func Unmarshal(data []byte, v any, strict bool) error {
	if err := Check(data); err != nil {
		return err
	}
	return json.Unmarshal(data, v, Options, json.RejectUnknownMembers(strict))
}

// fold maps names that encoding/json would match to one key (ſ and s,
// the Kelvin sign and k, …).
func fold(s string) string { return strings.ToLower(strings.ToUpper(s)) }
