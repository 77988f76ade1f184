package lockfile

import (
	"os"
	"path/filepath"
	"testing"
)

// fuzzFormat checks what every reader promises for any input: an error, or
// entries that each have a name, a version and a source.
func fuzzFormat(f *testing.F, format Format, seeds ...string) {
	for _, s := range seeds {
		data, err := os.ReadFile(filepath.Join("testdata", "real", s))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := ParseFormat(format, data, nil)
		if err != nil {
			return
		}
		for _, e := range entries {
			if e.Name == "" || e.Version == "" || e.Source == "" {
				t.Fatalf("entry without name, version or source: %+v", e)
			}
		}
	})
}

func FuzzParseYarn(f *testing.F) {
	fuzzFormat(f, Yarn, "yarn-v1/yarn.lock", "yarn-berry/yarn.lock")
}

func FuzzParsePNPM(f *testing.F) {
	fuzzFormat(f, PNPM, "pnpm-v6/pnpm-lock.yaml", "pnpm-v9/pnpm-lock.yaml")
}

func FuzzParseBun(f *testing.F) {
	fuzzFormat(f, Bun, "bun/bun.lock")
}

func FuzzParseNPMReal(f *testing.F) {
	fuzzFormat(f, NPM, "npm-v1/package-lock.json", "npm-v2/package-lock.json", "npm-v3/package-lock.json")
}
