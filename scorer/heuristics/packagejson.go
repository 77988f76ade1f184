// package.json rules (install scripts, dependencies) and the typosquat distance.

package heuristics

import (
	"regexp"
	"strings"

	"github.com/vouchpm/vouch/scorer/diff"
)

var lifecycle = map[string]bool{"preinstall": true, "install": true, "postinstall": true}

var reScriptFetch = regexp.MustCompile(`(?i)https?://|\b(curl|wget|powershell|certutil|bitsadmin)\b|node\s+-e\b|\beval\b|\|\s*(ba)?sh\b|base64`)

// reNativeBuilder is an install script that only builds or fetches a native addon with
// the standard tools.
var reNativeBuilder = regexp.MustCompile(`^(node-gyp-build(-optional)?|node-gyp rebuild|prebuild-install( -r [\w-]+)?( \|\| node-gyp rebuild)?|node-pre-gyp install --fallback-to-build)$`)

var reDepURL = regexp.MustCompile(`^(https?:|git(\+\w+)?:|github:|gitlab:|bitbucket:|file:|[\w.-]+/[\w.-]+(#.*)?$)`)

func (a *Analyzer) packageJSONRules(c *collector, d *diff.Result) {
	pj := d.PackageJSON
	if pj.ParseError != "" {
		c.add(Finding{Rule: RulePackageJSONInvalid, Severity: High, File: "package.json", Evidence: pj.ParseError})
	}
	for _, ch := range pj.Changes {
		if ch.Op == diff.Removed {
			continue
		}
		switch ch.Field {
		case "scripts":
			if !lifecycle[ch.Key] {
				continue
			}
			ev := ch.Key + ": " + ch.New
			if reNativeBuilder.MatchString(strings.TrimSpace(ch.New)) {
				// the standard native-addon builders: what they build is in binding.gyp
				// and prebuilds/, which have rules of their own
				c.add(Finding{Rule: RuleNativeBuild, Severity: Medium, File: "package.json", Evidence: excerpt(ev, 0, 0)})
			} else if loc := reScriptFetch.FindStringIndex(ch.New); loc != nil {
				c.add(Finding{Rule: RuleInstallDownload, Severity: Critical, File: "package.json", Evidence: excerpt(ev, loc[0], loc[1])})
			} else {
				c.add(Finding{Rule: RuleInstallScript, Severity: High, File: "package.json", Evidence: excerpt(ev, 0, 0)})
			}
		case "dependencies", "optionalDependencies", "peerDependencies":
			if ch.Op == diff.Added {
				c.add(Finding{Rule: RuleNewDependency, Severity: Low, File: "package.json", Evidence: ch.Field + ": " + ch.Key + "@" + ch.New})
				if t := a.typosquatOf(ch.Key); t != "" {
					c.add(Finding{Rule: RuleTyposquat, Severity: Critical, File: "package.json", Evidence: ch.Key + " looks like " + t})
				}
			}
			if reDepURL.MatchString(ch.New) {
				c.add(Finding{Rule: RuleDependencyURL, Severity: High, File: "package.json", Evidence: ch.Key + ": " + ch.New})
			}
		}
	}
}

// typosquatOf returns the popular name that name imitates, or "".
func (a *Analyzer) typosquatOf(name string) string {
	if a.popular[name] || strings.HasPrefix(name, "@") {
		return ""
	}
	squash := func(s string) string { return strings.NewReplacer("-", "", ".", "", "_", "").Replace(s) }
	sn := squash(name)
	for _, p := range a.names {
		if len(p) < 5 {
			continue
		}
		if squash(p) == sn {
			return p
		}
		limit := 1
		if len(p) >= 9 {
			limit = 2
		}
		if abs(len(p)-len(name)) > limit {
			continue
		}
		if osa(name, p) <= limit {
			return p
		}
	}
	return ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// osa is the optimal-string-alignment (Damerau-Levenshtein with adjacent swaps) distance.
func osa(a, b string) int {
	n, m := len(a), len(b)
	d := make([][]int, n+1)
	for i := range d {
		d[i] = make([]int, m+1)
		d[i][0] = i
	}
	for j := 0; j <= m; j++ {
		d[0][j] = j
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[n][m]
}
