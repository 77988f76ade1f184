package exactjson

import (
	"errors"
	"strings"
	"testing"

	"github.com/go-json-experiment/json/jsontext"
)

func TestCheckRefusesDuplicateAndCaseVariantNames(t *testing.T) {
	for _, tc := range []struct {
		name, doc, key string
	}{
		{"duplicate", `{"format":"a","format":"b"}`, `"format"`},
		{"case variant", `{"format":"a","FORMAT":"b"}`, `"FORMAT"`},
		{"nested case variant", `{"a":{"b":[{"x":1},{"packageName":"p","PackageName":"q"}]}}`, `/a/b/1`},
		{"nested duplicate", `{"a":[{"k":1,"k":2}]}`, `"k"`},
		{"unicode fold", `{"kelvin":1,"\u212aelvin":2}`, `"kelvin"`},
		{"long s", `{"sig":1,"\u017fig":2}`, `"sig"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Check([]byte(tc.doc))
			if !errors.Is(err, ErrAmbiguousKey) {
				t.Fatalf("Check(%s) = %v, want ErrAmbiguousKey", tc.doc, err)
			}
			if !strings.Contains(err.Error(), tc.key) {
				t.Errorf("error %q does not name %s", err, tc.key)
			}
		})
	}
}

func TestCheckAcceptsPlainJSON(t *testing.T) {
	for _, doc := range []string{
		`{}`, `[]`, `"x"`, `1`, `{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}`,
		`{"a":"A","b":"a"}`,      // values may equal names in any case
		`{"x":["X","x"],"X2":1}`, // array strings are not names
	} {
		if err := Check([]byte(doc)); err != nil {
			t.Errorf("Check(%s) = %v", doc, err)
		}
	}
}

func TestCheckRefusesBrokenJSON(t *testing.T) {
	for _, doc := range []string{``, `{`, `{"a":1}{"b":2}`, `{"a":1,}`, "{\"a\xff\":1}", strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1)} {
		if err := Check([]byte(doc)); err == nil {
			t.Errorf("Check(%q) accepted", doc)
		}
	}
}

func TestUnmarshalExactNames(t *testing.T) {
	var v struct {
		Format string `json:"format"`
	}
	if err := Unmarshal([]byte(`{"Format":"x"}`), &v, true); err == nil {
		t.Fatalf("strict Unmarshal took \"Format\" for \"format\": %+v", v)
	}
	if err := Unmarshal([]byte(`{"Format":"x"}`), &v, false); err != nil || v.Format != "" {
		t.Fatalf("lax Unmarshal: %v, %+v (want the member ignored)", err, v)
	}
	if err := Unmarshal([]byte(`{"format":"x"}`), &v, true); err != nil || v.Format != "x" {
		t.Fatalf("Unmarshal: %v, %+v", err, v)
	}
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{`{"a":1,"A":2}`, `{"a":[{"b":1}]}`, `[1,"x",{"y":null}]`, `{"a":1,"a":1}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := Check(data)
		if err != nil {
			return
		}
		// What Check accepts decodes, and no object in it has names equal
		// ignoring case.
		var v any
		if err := Unmarshal(data, &v, false); err != nil {
			// Numbers out of float64's range and the like are refused by
			// the decoder, not by Check; names never are.
			if errors.Is(err, ErrAmbiguousKey) || errors.Is(err, jsontext.ErrDuplicateName) {
				t.Fatalf("Check accepted %q, Unmarshal refused its names: %v", data, err)
			}
			return
		}
		var walk func(any)
		walk = func(x any) {
			switch x := x.(type) {
			case map[string]any:
				seen := map[string]bool{}
				for k, y := range x {
					if seen[fold(k)] {
						t.Fatalf("Check accepted case-variant names in %q", data)
					}
					seen[fold(k)] = true
					walk(y)
				}
			case []any:
				for _, y := range x {
					walk(y)
				}
			}
		}
		walk(v)
	})
}
