package npmname

import (
	"strings"
	"testing"
)

func TestValidPackage(t *testing.T) {
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"left-pad", true},
		{"@scope/pkg", true},
		{"a", true},
		{"pkg.js", true},
		{"", false},
		{"Upper", false},
		{"-leading-dash", false},
		{"~tilde", false},
		{".hidden", false},
		{"_under", false},
		{"@scope/", false},
		{"a/b", false},
		{"space name", false},
		{strings.Repeat("a", 214), true},
		{strings.Repeat("a", 215), false},
	} {
		if got := ValidPackage(tc.name); got != tc.ok {
			t.Errorf("ValidPackage(%q) = %v, want %v", tc.name, got, tc.ok)
		}
	}
}

func TestValidVersion(t *testing.T) {
	for _, tc := range []struct {
		v  string
		ok bool
	}{
		{"1.0.0", true},
		{"1.0.0-rc.1+build.5", true},
		{"01.0.0", false},
		{"1.0", false},
		{"", false},
		{"1.0.0-" + strings.Repeat("a", 300), false},
	} {
		if got := ValidVersion(tc.v); got != tc.ok {
			t.Errorf("ValidVersion(%q) = %v, want %v", tc.v, got, tc.ok)
		}
	}
}

func FuzzValidPackage(f *testing.F) {
	for _, s := range []string{"left-pad", "@a/b", "", "-x", "A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if ValidPackage(s) && (len(s) > 214 || strings.ToLower(s) != s) {
			t.Fatalf("accepted %q", s)
		}
	})
}
