package main

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/enclave/wire"
)

// egoConfig is the part of EGo's enclave.json this test checks.
type egoConfig struct {
	Exe            string `json:"exe"`
	Key            string `json:"key"`
	Debug          bool   `json:"debug"`
	HeapSize       int    `json:"heapSize"` // MiB
	ExecutableHeap bool   `json:"executableHeap"`
	ProductID      int    `json:"productID"`
	SVN            int    `json:"securityVersion"`
	Env            []struct {
		Name     string `json:"name"`
		Value    string `json:"value"`
		FromHost bool   `json:"fromHost"`
	} `json:"env"`
	Files []struct {
		Source string `json:"source"`
		Target string `json:"target"`
	} `json:"files"`
	Mounts []struct {
		Source string `json:"source"`
		Target string `json:"target"`
		Type   string `json:"type"`
	} `json:"mounts"`
}

// TestEnclaveJSONMatchesTheBinary checks enclave.json against what the
// enclavemain coordinator needs: its name and the path make sgx builds, a
// production (non-debug) enclave, heap for the largest frames it seals, the
// measured configuration mounted where -config reads it, no host file system
// (the host could feed it files), and an environment allow-list equal to the
// variables the enclave build's own packages read.
func TestEnclaveJSONMatchesTheBinary(t *testing.T) {
	raw, err := os.ReadFile("../../enclave.json")
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var c egoConfig
	if err := dec.Decode(&c); err != nil {
		t.Fatalf("enclave.json: %v", err)
	}
	mk, err := os.ReadFile("../../mk/sgx.mk")
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(c.Exe) != "coordinator" || !strings.Contains(string(mk), "-o $(BUILD)/"+strings.TrimPrefix(c.Exe, "build/")+" ./cmd/coordinator") {
		t.Errorf("exe %q is not what make sgx builds", c.Exe)
	}
	if c.Debug || c.ExecutableHeap {
		t.Errorf("debug %v, executableHeap %v: want a production enclave", c.Debug, c.ExecutableHeap)
	}
	// A state seal holds the encoded state, its ciphertext and the frame
	// around it: room for four maximal frames and 64 MiB besides.
	if need := 4*wire.MaxFrameSize + 64<<20; c.HeapSize<<20 < need {
		t.Errorf("heapSize %d MiB, want at least %d MiB", c.HeapSize, need>>20)
	}
	if c.ProductID == 0 || c.SVN == 0 {
		t.Errorf("productID %d, securityVersion %d: policies pin both", c.ProductID, c.SVN)
	}
	if len(c.Files) != 1 || c.Files[0].Target != defaultConfigPath {
		t.Errorf("files %+v: want the measured configuration at %s alone", c.Files, defaultConfigPath)
	}
	for _, m := range c.Mounts {
		if m.Type == "hostfs" {
			t.Errorf("mount %+v gives the host a file system inside the enclave", m)
		}
	}
	var allowed []string
	for _, e := range c.Env {
		allowed = append(allowed, e.Name)
	}
	slices.Sort(allowed)
	read := envReads(t)
	if !slices.Equal(allowed, read) {
		t.Errorf("env allow-list %v, the enclave build reads %v", allowed, read)
	}
}

// envReads lists the environment variables the enclavemain build's own
// packages read (os.Getenv, os.LookupEnv, envOr with a literal or constant).
func envReads(t *testing.T) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-tags", "enclavemain", "-deps", "-f",
		`{{if not .Standard}}{{.ImportPath}} {{.Dir}}{{range .GoFiles}} {{.}}{{end}}{{end}}`, ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || !strings.HasPrefix(f[0], "github.com/vouchpm/vouch") {
			continue
		}
		fset := token.NewFileSet()
		var files []*ast.File
		consts := map[string]string{}
		for _, name := range f[2:] {
			file, err := parser.ParseFile(fset, filepath.Join(f[1], name), nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, file)
			ast.Inspect(file, func(n ast.Node) bool {
				if vs, ok := n.(*ast.ValueSpec); ok {
					for i, id := range vs.Names {
						if i < len(vs.Values) {
							if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
								consts[id.Name], _ = strconv.Unquote(lit.Value)
							}
						}
					}
				}
				return true
			})
		}
		for _, file := range files {
			ast.Inspect(file, func(n ast.Node) bool {
				if fd, ok := n.(*ast.FuncDecl); ok && fd.Name.Name == "envOr" {
					return false // its callers name the variable
				}
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 {
					return true
				}
				name := ""
				switch fn := call.Fun.(type) {
				case *ast.SelectorExpr:
					if x, ok := fn.X.(*ast.Ident); ok && x.Name == "os" {
						name = fn.Sel.Name
					}
				case *ast.Ident:
					name = fn.Name
				}
				if name == "Environ" {
					t.Errorf("%s reads the whole environment", fset.Position(call.Pos()))
				}
				if name != "Getenv" && name != "LookupEnv" && name != "envOr" {
					return true
				}
				switch a := call.Args[0].(type) {
				case *ast.BasicLit:
					v, _ := strconv.Unquote(a.Value)
					seen[v] = true
				case *ast.Ident:
					if v, ok := consts[a.Name]; ok {
						seen[v] = true
						return true
					}
					t.Errorf("%s: environment variable named by %s, not a constant", fset.Position(call.Pos()), a.Name)
				default:
					t.Errorf("%s: environment variable named by an expression", fset.Position(call.Pos()))
				}
				return true
			})
		}
	}
	var names []string
	for n := range seen {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
