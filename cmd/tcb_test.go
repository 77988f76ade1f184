// Package cmd_test checks what each of vouch's binaries links: the trusted
// computing base of the two enclaves holds no host code, no database and no
// test helpers, the host does not carry the scorer's engine and the CLI no test
// helpers.
package cmd_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/vouchpm/vouch/"

// thirdParty lists the only edges into a forbidden standard package that
// are accepted, each in a dependency vouch cannot cut without forking it.
// Only the package's init survives linking in both cases (measured with
// `go tool nm`). An edge from any vouch package is never accepted.
var thirdParty = map[string]map[string]string{
	"database/sql": {
		"github.com/holiman/uint256": "conversion.go asserts `var _ sql.Scanner = (*Int)(nil)`; go-ethereum/common needs uint256",
	},
	"testing": {
		"github.com/google/go-tpm-tools/client": "close.go's CheckedClose(testing.TB) helper; attestation/tpm attests through client",
	},
}

type rule struct {
	main      string   // ./cmd/...
	forbidden []string // import paths; a trailing "/" forbids everything under it
	tags      string
	// left names import edges ("importer -> imported") not cut yet: the
	// check runs without them, and fails once one no longer exists, so the
	// list only shrinks.
	left []string
}

var enclaveForbidden = []string{"database/sql", "net/http/httptest", "testing", module + "host/"}

// scorerEngine is the scorer's engine: the heuristics, the model client,
// the sandbox and the package that runs and signs them.
var scorerEngine = []string{module + "scorer", module + "scorer/heuristics", module + "scorer/model", module + "scorer/sandbox"}

var rules = []rule{
	{main: "./cmd/coordinator", forbidden: enclaveForbidden},
	{main: "./cmd/coordinator", forbidden: enclaveForbidden, tags: "enclavemain"}, // what make sgx measures
	{main: "./cmd/scorer", forbidden: enclaveForbidden},
	// The host links no scorer engine: the dashboard decodes the scorer's
	// findings report through scorer/report, which holds only its data types.
	{main: "./cmd/vouch-host", forbidden: scorerEngine},
	// The CLI runs heuristics itself (vouch install's typosquat check,
	// review, rescore): it may link them; it may not link test helpers.
	{main: "./cmd/vouch", forbidden: []string{module + "enclave/registrytest", "testing"}},
}

// graph is `go list -deps` of main: each package with what it imports.
func graph(t *testing.T, r rule, cgo string) map[string][]string {
	t.Helper()
	args := []string{"list", "-deps", "-f", "{{.ImportPath}}{{range .Imports}} {{.}}{{end}}"}
	if r.tags != "" {
		args = append(args, "-tags", r.tags)
	}
	cmd := exec.Command("go", append(args, r.main)...)
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), "CGO_ENABLED="+cgo)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	g := map[string][]string{}
	for line := range strings.Lines(string(out)) {
		f := strings.Fields(line)
		if len(f) > 0 {
			g[f[0]] = f[1:]
		}
	}
	return g
}

func matches(pkg, forbidden string) bool {
	if strings.HasSuffix(forbidden, "/") {
		return strings.HasPrefix(pkg, forbidden)
	}
	return pkg == forbidden
}

// reachable is g restricted to what main reaches without the edges cut.
func reachable(g map[string][]string, main string, cut []string) map[string][]string {
	out := map[string][]string{}
	var visit func(string)
	visit = func(p string) {
		if _, seen := out[p]; seen {
			return
		}
		out[p] = nil
		for _, q := range g[p] {
			if !slices.Contains(cut, p+" -> "+q) {
				out[p] = append(out[p], q)
				visit(q)
			}
		}
	}
	visit(main)
	return out
}

// violations names every forbidden package in g and who brings it in,
// leaving out only the edges thirdParty accepts.
func violations(g map[string][]string, forbidden []string) []string {
	var bad []string
	for pkg := range g {
		if !slices.ContainsFunc(forbidden, func(f string) bool { return matches(pkg, f) }) {
			continue
		}
		var by []string
		for importer, imports := range g {
			if !slices.Contains(imports, pkg) {
				continue
			}
			if _, ok := thirdParty[pkg][importer]; ok {
				continue
			}
			by = append(by, importer)
		}
		if len(by) > 0 {
			slices.Sort(by)
			bad = append(bad, pkg+" (imported by "+strings.Join(by, ", ")+")")
		}
	}
	slices.Sort(bad)
	return bad
}

// TestTCBBoundary fails when an enclave binary links database/sql,
// net/http/httptest, testing or any host/ package, when the host links the
// scorer's engine (scorer, its heuristics, model or sandbox), or when the CLI
// links enclave/registrytest or testing: with cgo (how the enclaves and the
// host are built) and without (how dist builds the CLI).
func TestTCBBoundary(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Fatalf("go list needs the go command on PATH: %v", err)
	}
	for _, r := range rules {
		for _, cgo := range []string{"1", "0"} {
			name := filepath.Base(r.main) + "/cgo=" + cgo
			if r.tags != "" {
				name += "/tags=" + r.tags
			}
			t.Run(name, func(t *testing.T) {
				g := graph(t, r, cgo)
				main := module + strings.TrimPrefix(r.main, "./")
				if _, ok := g[main]; !ok {
					t.Fatalf("go list -deps %s does not list the main package itself", r.main)
				}
				for _, e := range r.left {
					from, to, _ := strings.Cut(e, " -> ")
					if !slices.Contains(g[from], to) {
						t.Errorf("%s is gone: remove it from the rule's left list", e)
					}
				}
				for _, v := range violations(reachable(g, main, r.left), r.forbidden) {
					t.Errorf("%s links %s", r.main, v)
				}
			})
		}
	}
}

// TestViolationsSeesEveryEdge checks the checker on a made-up graph: a
// vouch package importing testing is reported even when an accepted
// third-party edge brings testing in too.
func TestViolationsSeesEveryEdge(t *testing.T) {
	g := map[string][]string{
		module + "cmd/x":                        {"github.com/google/go-tpm-tools/client", module + "enclave/registrytest", module + "host/chain"},
		"github.com/google/go-tpm-tools/client": {"testing"},
		module + "enclave/registrytest":         {"testing", "net/http/httptest"},
		module + "host/chain":                   {"database/sql"},
		"testing":                               nil,
		"net/http/httptest":                     nil,
		"database/sql":                          nil,
	}
	got := violations(g, enclaveForbidden)
	want := []string{
		"database/sql (imported by " + module + "host/chain)",
		module + "host/chain (imported by " + module + "cmd/x)",
		"net/http/httptest (imported by " + module + "enclave/registrytest)",
		"testing (imported by " + module + "enclave/registrytest)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("violations:\n got %q\nwant %q", got, want)
	}
	r := reachable(g, module+"cmd/x", []string{module + "cmd/x -> " + module + "enclave/registrytest"})
	if got := violations(r, []string{"testing"}); len(got) != 0 {
		t.Errorf("the accepted go-tpm-tools edge or a cut edge was reported: %q", got)
	}
	if got := violations(r, enclaveForbidden); len(got) != 2 {
		t.Errorf("with registrytest cut, want host/chain and its database/sql, got %q", got)
	}
}
