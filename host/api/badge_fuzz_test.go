package api

import (
	"strings"
	"testing"
)

func TestSplitBadgeFile(t *testing.T) {
	for _, tc := range []struct {
		file, pkg, version string
		ok                 bool
	}{
		{"left-pad.svg", "left-pad", "", true},
		{"left-pad@1.3.0.svg", "left-pad", "1.3.0", true},
		{"@scope/pkg.svg", "@scope/pkg", "", true},
		{"@scope/pkg@2.0.0-rc.1.svg", "@scope/pkg", "2.0.0-rc.1", true},
		{"left-pad@.svg", "", "", false},
		{"left-pad@1.0.svg", "", "", false},
		{"left-pad", "", "", false},
		{"@1.0.0.svg", "", "", false},
		{"Left-Pad.svg", "", "", false},
		{"a@1.0.0@2.0.0.svg", "", "", false},
	} {
		pkg, version, ok := splitBadgeFile(tc.file)
		if pkg != tc.pkg || version != tc.version || ok != tc.ok {
			t.Errorf("splitBadgeFile(%q) = %q, %q, %v; want %q, %q, %v", tc.file, pkg, version, ok, tc.pkg, tc.version, tc.ok)
		}
	}
}

// FuzzSplitBadgeFile: whatever the path, an accepted file names a valid
// package and (when given) a valid version, and spells back the same file.
func FuzzSplitBadgeFile(f *testing.F) {
	for _, s := range []string{"left-pad.svg", "left-pad@1.3.0.svg", "@scope/pkg@2.0.0-rc.1.svg", "@.svg", "a@@1.0.0.svg", "x@1.0.0+build.svg"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, file string) {
		pkg, version, ok := splitBadgeFile(file)
		if !ok {
			return
		}
		if !validPackage(pkg) || (version != "" && !validVersion(version)) {
			t.Fatalf("%q accepted as %q @ %q", file, pkg, version)
		}
		back := pkg
		if version != "" {
			back += "@" + version
		}
		if back+".svg" != file || strings.ContainsAny(pkg, "<>\"") {
			t.Fatalf("%q read as %q", file, back)
		}
	})
}
