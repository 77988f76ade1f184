package lockfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	evil   = "sha512-RGwwWnwQvkVfavKVt22FGLw+xYSdzARwm0ru6DhTVA3umU5hZc28V3kO4stgYryrTlLpuvgI9GiijltAjNbcqA=="
	signed = "sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA=="
)

// TestHostileLockfiles: lockfiles a pull request could carry so that vouch
// reads another entry than the package manager installs. Each is refused,
// and the error names the entry.
func TestHostileLockfiles(t *testing.T) {
	tests := []struct {
		name, file, data, where string
	}{
		{"npm integrity and INTEGRITY", "package-lock.json", `{"lockfileVersion": 3, "packages": {"node_modules/ms": {"version": "2.1.3", "integrity": "` + evil + `", "INTEGRITY": "` + signed + `"}}}`, `entry "node_modules/ms" has both "integrity" and "INTEGRITY"`},
		{"npm Link hides an entry", "package-lock.json", `{"lockfileVersion": 3, "packages": {"node_modules/ms": {"version": "2.1.3", "integrity": "` + evil + `", "Link": true}}}`, `entry "node_modules/ms"`},
		{"npm duplicate integrity", "package-lock.json", `{"lockfileVersion": 3, "packages": {"node_modules/ms": {"version": "2.1.3", "integrity": "` + evil + `", "integrity": "` + signed + `"}}}`, `duplicate object member name "integrity" within "/packages/node_modules~1ms"`},
		{"npm duplicate entry", "package-lock.json", `{"lockfileVersion": 3, "packages": {"node_modules/ms": {"version": "2.1.3"}, "node_modules/ms": {"version": "2.1.4"}}}`, "node_modules/ms"},
		{"npm Packages", "package-lock.json", `{"lockfileVersion": 3, "packages": {}, "Packages": {"node_modules/ms": {"version": "2.1.3"}}}`, "lockfile"},
		{"npm v1 Integrity", "package-lock.json", `{"lockfileVersion": 1, "dependencies": {"ms": {"version": "2.1.3", "Integrity": "` + signed + `"}}}`, `entry "node_modules/ms"`},
		{"pnpm integrity twice", "pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  ms@2.1.3:\n    resolution: {integrity: " + evil + ", integrity: " + signed + "}\n", "ms@2.1.3"},
		{"pnpm Integrity", "pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  ms@2.1.3:\n    resolution: {integrity: " + evil + ", Integrity: " + signed + "}\n", "ms@2.1.3"},
		{"pnpm alias", "pnpm-lock.yaml", "lockfileVersion: '9.0'\nx: &a {integrity: " + signed + "}\npackages:\n  ms@2.1.3:\n    resolution: *a\n", "anchor or alias"},
		{"pnpm merge key", "pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  ms@2.1.3:\n    resolution:\n      <<: {integrity: " + signed + "}\n", "merge key"},
		{"yarn integrity twice", "yarn.lock", "# yarn lockfile v1\n\nms@^2.1.3:\n  version \"2.1.3\"\n  integrity " + evil + "\n  integrity " + signed + "\n", `"ms@^2.1.3"`},
		{"yarn Integrity", "yarn.lock", "# yarn lockfile v1\n\nms@^2.1.3:\n  version \"2.1.3\"\n  Integrity " + signed + "\n", `"ms@^2.1.3"`},
		{"yarn spec in two entries", "yarn.lock", "# yarn lockfile v1\n\nms@^2.1.3:\n  version \"2.1.3\"\n\nms@^2.1.3, ms@^2:\n  version \"2.1.4\"\n", "ms@^2.1.3"},
		{"berry Checksum", "yarn.lock", "__metadata:\n  version: 8\n\"ms@npm:^2\":\n  version: 2.1.3\n  resolution: \"ms@npm:2.1.3\"\n  Resolution: \"ms@npm:2.1.4\"\n", `"ms@npm:^2"`},
		{"bun integrity twice", "bun.lock", `{"lockfileVersion": 1, "workspaces": {}, "packages": {"ms": ["ms@2.1.3", "", {}, "` + evil + `"], "ms": ["ms@2.1.3", "", {}, "` + signed + `"],}}`, "ms"},
		{"bun Packages", "bun.lock", `{"lockfileVersion": 1, "packages": {}, "Packages": {"ms": ["ms@2.1.3", "", {}, "` + evil + `"]}}`, "bun.lock"},
		{"bun dependencies variant", "bun.lock", `{"lockfileVersion": 1, "packages": {"ms": ["ms@2.1.3", "", {"dependencies": {}, "Dependencies": {}}, "` + evil + `"]}}`, `entry "ms"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.file)
			if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			entries, err := ReadFile(path)
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("accepted: %+v (err %v)", entries, err)
			}
			if !strings.Contains(err.Error(), tc.where) {
				t.Fatalf("error %q does not name %s", err, tc.where)
			}
		})
	}
}
