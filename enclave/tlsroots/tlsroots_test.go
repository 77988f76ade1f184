package tlsroots

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestNameIsTheBundleGoModPins: Name is what the configuration digest covers,
// so it must name the version actually compiled in.
func TestNameIsTheBundleGoModPins(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	path, version, _ := strings.Cut(Name, "@")
	re := regexp.MustCompile(`(?m)^\s*(require\s+)?` + regexp.QuoteMeta(path) + `\s+` + regexp.QuoteMeta(version) + `(\s|$)`)
	if !re.Match(mod) {
		t.Fatalf("go.mod does not require %s %s", path, version)
	}
}
