package diff

// OpKind is one step of an edit script.
type OpKind byte

// Edit operations.
const (
	Equal  OpKind = ' '
	Insert OpKind = '+'
	Delete OpKind = '-'
)

// Op is a run of N lines of the same kind starting at A (old) and B (new), 0-based.
type Op struct {
	Kind OpKind
	A, B int
	N    int
}

// MaxEditDistance bounds the Myers search (its trace costs O(D²) memory). Beyond it the
// changed middle is reported as deleted whole and inserted whole: every new line is still
// reported as added, so the bound can only over-report, never hide a change.
const MaxEditDistance = 2000

// LineOps returns the edit script turning a into b (sequences of interned line ids),
// using Myers' O(ND) greedy algorithm after trimming the common prefix and suffix.
func LineOps(a, b []int) []Op {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var ops []Op
	add := func(k OpKind, x, y, n int) {
		if n == 0 {
			return
		}
		if l := len(ops); l > 0 && ops[l-1].Kind == k && ops[l-1].A+lenA(ops[l-1]) == x && ops[l-1].B+lenB(ops[l-1]) == y {
			ops[l-1].N += n
			return
		}
		ops = append(ops, Op{Kind: k, A: x, B: y, N: n})
	}
	add(Equal, 0, 0, pre)
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	for _, o := range myers(ma, mb) {
		add(o.Kind, o.A+pre, o.B+pre, o.N)
	}
	add(Equal, len(a)-suf, len(b)-suf, suf)
	return ops
}

func lenA(o Op) int {
	if o.Kind == Insert {
		return 0
	}
	return o.N
}

func lenB(o Op) int {
	if o.Kind == Delete {
		return 0
	}
	return o.N
}

func myers(a, b []int) []Op {
	n, m := len(a), len(b)
	if n == 0 && m == 0 {
		return nil
	}
	if n == 0 {
		return []Op{{Insert, 0, 0, m}}
	}
	if m == 0 {
		return []Op{{Delete, 0, 0, n}}
	}
	maxD := min(n+m, MaxEditDistance)
	off := maxD + 1
	v := make([]int32, 2*maxD+3)
	var trace [][]int32
	found := -1
	for d := 0; d <= maxD && found < 0; d++ {
		// Snapshot only the window [-d-1, d+1] this round can read, to save memory.
		snap := make([]int32, 2*d+3)
		copy(snap, v[off-d-1:off+d+2])
		trace = append(trace, snap)
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = int(v[off+k+1])
			} else {
				x = int(v[off+k-1]) + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = int32(x)
			if x >= n && y >= m {
				found = d
				break
			}
		}
	}
	if found < 0 {
		return []Op{{Delete, 0, 0, n}, {Insert, n, 0, m}}
	}
	// Backtrack through the snapshots: trace[d] holds v as it was before round d.
	var rev []Op
	x, y := n, m
	for d := found; d > 0; d-- {
		prev := trace[d] // v before round d, window [-d-1, d+1]
		get := func(k int) int { return int(prev[k+d+1]) }
		k := x - y
		var pk int
		if k == -d || (k != d && get(k-1) < get(k+1)) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := get(pk)
		py := px - pk
		// diagonal from the end of the edit to (x, y)
		var sx, sy int
		if pk == k+1 { // insertion: (px, py) -> (px, py+1)
			sx, sy = px, py+1
		} else { // deletion: (px, py) -> (px+1, py)
			sx, sy = px+1, py
		}
		if x > sx {
			rev = append(rev, Op{Equal, sx, sy, x - sx})
		}
		if pk == k+1 {
			rev = append(rev, Op{Insert, px, py, 1})
		} else {
			rev = append(rev, Op{Delete, px, py, 1})
		}
		x, y = px, py
	}
	if x > 0 {
		rev = append(rev, Op{Equal, 0, 0, x})
	}
	ops := make([]Op, 0, len(rev))
	for i := len(rev) - 1; i >= 0; i-- {
		o := rev[i]
		if l := len(ops); l > 0 && ops[l-1].Kind == o.Kind && o.Kind != Equal {
			ops[l-1].N += o.N
			continue
		}
		ops = append(ops, o)
	}
	return ops
}
