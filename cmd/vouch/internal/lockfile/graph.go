package lockfile

// Lockfiles other than npm's record the dependency graph but not whether a
// package is only needed for development or only optional; npm computes the
// same flags the same way (calcDepFlags): walk the graph from the project's
// own dependencies.

type depKind int

const (
	prodDep depKind = iota
	devDep
	optionalDep
	peerDep
)

type edge struct {
	to       int
	optional bool
}

type graph struct {
	edges [][]edge
	roots []edge // edges from the project, kind in rootKinds
	kinds []depKind
}

func newGraph(n int) *graph { return &graph{edges: make([][]edge, n)} }

func (g *graph) root(to int, k depKind) {
	g.roots = append(g.roots, edge{to: to, optional: k == optionalDep})
	g.kinds = append(g.kinds, k)
}

func (g *graph) add(from, to int, optional bool) {
	g.edges[from] = append(g.edges[from], edge{to: to, optional: optional})
}

// flags returns, per node, whether it is dev-only (unreachable from
// non-dev roots) and optional-only (unreachable through required edges
// from required roots).
func (g *graph) flags() (dev, optional []bool) {
	n := len(g.edges)
	notDev := g.reach(func(i int) bool { return g.kinds[i] != devDep }, false)
	required := g.reach(func(i int) bool { return g.kinds[i] != optionalDep }, true)
	dev, optional = make([]bool, n), make([]bool, n)
	for i := range n {
		dev[i], optional[i] = !notDev[i], !required[i]
	}
	return dev, optional
}

func (g *graph) reach(rootOK func(int) bool, skipOptional bool) []bool {
	seen := make([]bool, len(g.edges))
	var stack []int
	for i, r := range g.roots {
		if rootOK(i) && !seen[r.to] {
			seen[r.to] = true
			stack = append(stack, r.to)
		}
	}
	for len(stack) > 0 {
		at := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, e := range g.edges[at] {
			if (skipOptional && e.optional) || seen[e.to] {
				continue
			}
			seen[e.to] = true
			stack = append(stack, e.to)
		}
	}
	return seen
}

// manifest is the part of package.json that names the project's own dependencies.
type manifest struct {
	Dependencies         map[string]string `json:"dependencies"`
	DevDependencies      map[string]string `json:"devDependencies"`
	OptionalDependencies map[string]string `json:"optionalDependencies"`
	PeerDependencies     map[string]string `json:"peerDependencies"`
}

func parseManifest(data []byte) (*manifest, error) {
	if data == nil {
		return nil, nil
	}
	var m manifest
	if err := decodeObject("package.json", data, nil, "dependencies", "devDependencies", "optionalDependencies", "peerDependencies"); err != nil {
		return nil, err
	}
	if err := unmarshalExact(data, &m); err != nil { // the other members of package.json are skipped
		return nil, errorf("package.json: %v", err)
	}
	return &m, nil
}

// each calls f for every dependency of the project with its kind; an
// optional dependency also listed in dependencies counts as optional, as npm has it.
func (m *manifest) each(f func(name, spec string, k depKind)) {
	if m == nil {
		return
	}
	for _, set := range []struct {
		deps map[string]string
		kind depKind
	}{{m.Dependencies, prodDep}, {m.DevDependencies, devDep}, {m.OptionalDependencies, optionalDep}, {m.PeerDependencies, peerDep}} {
		for _, name := range sortedKeys(set.deps) {
			if set.kind == prodDep {
				if _, opt := m.OptionalDependencies[name]; opt {
					continue
				}
			}
			f(name, set.deps[name], set.kind)
		}
	}
}
