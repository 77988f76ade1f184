// Package npmname is the one rule for npm package names and versions that
// the host API and the enclave wire protocol both apply. It runs everywhere
// and imports only the standard library and the limits table.
package npmname

import (
	"regexp"

	"github.com/vouchpm/vouch/enclave/wire/limits"
)

// npm package names: lower case, URL-safe, optionally scoped (@scope/name),
// starting with a letter or digit.
var packageNameRE = regexp.MustCompile(`^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$`)

// semver 2.0 with optional prerelease and build metadata.
var versionRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)

// ValidPackage reports whether name is an npm package name vouch accepts.
func ValidPackage(name string) bool {
	return len(name) > 0 && len(name) <= limits.PackageName && packageNameRE.MatchString(name)
}

// ValidVersion reports whether v is a semver version vouch accepts.
func ValidVersion(v string) bool {
	return len(v) > 0 && len(v) <= limits.Version && versionRE.MatchString(v)
}
