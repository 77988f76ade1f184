package diff

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/scorer/tarball"
)

// apply replays ops on a and checks they produce b.
func apply(t *testing.T, ops []Op, a, b []int) {
	t.Helper()
	var out []int
	x, y := 0, 0
	for _, o := range ops {
		if o.A != x || o.B != y {
			t.Fatalf("op %+v starts at (%d,%d), expected (%d,%d)", o, o.A, o.B, x, y)
		}
		switch o.Kind {
		case Equal:
			for i := 0; i < o.N; i++ {
				if a[x+i] != b[y+i] {
					t.Fatalf("equal op on different lines")
				}
			}
			out = append(out, a[x:x+o.N]...)
			x += o.N
			y += o.N
		case Delete:
			x += o.N
		case Insert:
			out = append(out, b[y:y+o.N]...)
			y += o.N
		}
	}
	if x != len(a) || y != len(b) || fmt.Sprint(out) != fmt.Sprint(b) {
		t.Fatalf("replay gives %v, want %v", out, b)
	}
}

func lcs(a, b []int) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}

func TestLineOpsMinimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for iter := 0; iter < 500; iter++ {
		a := make([]int, rng.IntN(30))
		b := make([]int, rng.IntN(30))
		for i := range a {
			a[i] = rng.IntN(5)
		}
		for i := range b {
			b[i] = rng.IntN(5)
		}
		ops := LineOps(a, b)
		apply(t, ops, a, b)
		edits := 0
		for _, o := range ops {
			if o.Kind != Equal {
				edits += o.N
			}
		}
		if want := len(a) + len(b) - 2*lcs(a, b); edits != want {
			t.Fatalf("a=%v b=%v: %d edits, minimal is %d", a, b, edits, want)
		}
	}
}

func TestLineOpsOverEditBound(t *testing.T) {
	a := make([]int, 3000)
	b := make([]int, 3000)
	for i := range a {
		a[i] = i
		b[i] = i + 10000
	}
	ops := LineOps(a, b)
	apply(t, ops, a, b)
}

func TestDiffText(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"
	nw := "a\nb\nc\nd\nE\nf\ng\nh\ni\nj\nk\n"
	added, removed, hs := diffText([]byte(old), []byte(nw))
	if fmt.Sprint(added) != "[{5 E} {11 k}]" || removed != 1 {
		t.Fatalf("added %v removed %d", added, removed)
	}
	if len(hs) != 1 {
		t.Fatalf("want one merged hunk, got %d: %+v", len(hs), hs)
	}
	h := hs[0]
	if h.OldStart != 2 || h.NewStart != 2 || h.OldLines != 9 || h.NewLines != 10 {
		t.Fatalf("hunk header %+v", h)
	}
	if got := strings.Join(h.Lines, "|"); got != " b| c| d|-e|+E| f| g| h| i| j|+k" {
		t.Fatalf("hunk lines %s", got)
	}
}

func TestCompare(t *testing.T) {
	base := &tarball.Package{Files: []tarball.File{
		{Path: "package.json", Data: []byte(`{"name":"x","version":"1.0.0","main":"index.js","scripts":{"test":"tap"},"dependencies":{"a":"^1.0.0","b":"^2"}}`)},
		{Path: "index.js", Data: []byte("module.exports = 1\n")},
		{Path: "old.js", Data: []byte("x\ny\n")},
		{Path: "same.js", Data: []byte("same\n")},
	}}
	nw := &tarball.Package{Files: []tarball.File{
		{Path: "package.json", Data: []byte(`{"name":"x","version":"1.0.1","main":"lib/index.js","scripts":{"test":"tap","postinstall":"node setup.js"},"dependencies":{"a":"^1.1.0","flatmap-stream":"0.1.1"},"bin":{"x":"cli.js"}}`)},
		{Path: "index.js", Data: []byte("module.exports = 2\n")},
		{Path: "setup.js", Data: []byte("require('child_process')\n")},
		{Path: "same.js", Data: []byte("same\n")},
		{Path: "bin.node", Data: []byte("\x7fELF\x02\x01\x01\x00\x00")},
		{Path: "dist/x.min.js", Data: []byte("var a=1;")},
	}}
	r := Compare(base, nw)
	var got []string
	for _, f := range r.Files {
		got = append(got, fmt.Sprintf("%s:%s:%s", f.Path, f.Status, f.Kind))
	}
	want := "[bin.node:added:binary dist/x.min.js:added:minified index.js:changed:text old.js:removed:text package.json:changed:text setup.js:added:text]"
	if fmt.Sprint(got) != want {
		t.Fatalf("files\n got %v\nwant %s", got, want)
	}
	var ch []string
	for _, c := range r.PackageJSON.Changes {
		ch = append(ch, fmt.Sprintf("%s.%s %s %q->%q", c.Field, c.Key, c.Op, c.Old, c.New))
	}
	wantCh := `[scripts.postinstall added ""->"node setup.js" dependencies.a changed "^1.0.0"->"^1.1.0" dependencies.b removed "^2"->"" dependencies.flatmap-stream added ""->"0.1.1" bin.x added ""->"cli.js" main. changed "index.js"->"lib/index.js"]`
	if fmt.Sprint(ch) != wantCh {
		t.Fatalf("package.json changes\n got %v\nwant %s", ch, wantCh)
	}
	if r.FirstRelease || r.BaseMinified {
		t.Fatal("flags wrong")
	}
	first := Compare(nil, nw)
	if !first.FirstRelease || len(first.Files) != len(nw.Files) {
		t.Fatalf("first release: %d files", len(first.Files))
	}
	for _, f := range first.Files {
		if f.Status != Added {
			t.Fatalf("%s is %s in a first release", f.Path, f.Status)
		}
	}
}

func TestKindOf(t *testing.T) {
	long := strings.Repeat("var a=function(){return 1};", 100)
	tests := []struct {
		name string
		data string
		want Kind
	}{
		{"a.js", "console.log(1)\n", Text},
		{"a.js", long, Minified},
		{"a.txt", long, Text},
		{"a.min.js", "x", Minified},
		{"a.bin", "MZ\x90\x00\x03", Binary},
		{"a.js", "\xff\xfe\xfd", Binary},
	}
	for _, tc := range tests {
		if got := KindOf(tc.name, []byte(tc.data)); got != tc.want {
			t.Errorf("KindOf(%s, %.20q) = %s, want %s", tc.name, tc.data, got, tc.want)
		}
	}
}

func TestPackageJSONUnparsable(t *testing.T) {
	d := ComparePackageJSON([]byte(`{"scripts":{}}`), []byte(`{"scripts":`))
	if d.ParseError == "" {
		t.Fatal("no parse error recorded")
	}
	d = ComparePackageJSON(nil, []byte(`{"bin":"cli.js","exports":{"b":"./b.js","a":"./a.js"}}`))
	if fmt.Sprint(d.Changes) != `[{exports  added  {"a":"./a.js","b":"./b.js"}} {bin  added  cli.js}]` {
		t.Fatalf("changes %v", d.Changes)
	}
}

func FuzzLineDiff(f *testing.F) {
	f.Add("a\nb\nc\n", "a\nc\nd\n")
	f.Add("", "x")
	f.Add("same\n", "same\n")
	f.Fuzz(func(t *testing.T, old, nw string) {
		added, _, hs := diffText([]byte(old), []byte(nw))
		newLines := splitLines([]byte(nw))
		for _, l := range added {
			if l.Num < 1 || l.Num > len(newLines) || newLines[l.Num-1] != l.Text {
				t.Fatalf("added line %+v does not match the new file", l)
			}
		}
		for _, h := range hs {
			plus, minus := 0, 0
			for _, l := range h.Lines {
				switch l[0] {
				case '+':
					plus++
				case '-':
					minus++
				}
			}
			if h.NewLines-plus != h.OldLines-minus {
				t.Fatalf("hunk context mismatch %+v", h)
			}
		}
	})
}

func FuzzPackageJSON(f *testing.F) {
	f.Add([]byte(`{"scripts":{"a":"b"}}`), []byte(`{"scripts":{"a":"c"},"dependencies":{"x":"1"}}`))
	f.Add([]byte(`{"bin":"a"}`), []byte(`{"bin":{"a":"b"},"exports":[1,2]}`))
	f.Add([]byte(`null`), []byte(`[]`))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		d := ComparePackageJSON(a, b)
		for _, c := range d.Changes {
			if c.Op != Added && c.Op != Removed && c.Op != Changed {
				t.Fatalf("bad op %q", c.Op)
			}
		}
		if d := ComparePackageJSON(b, b); len(d.Changes) != 0 {
			t.Fatalf("identical documents differ: %+v", d.Changes)
		}
	})
}

func synthFiles(rng *rand.Rand, n, size int) []tarball.File {
	words := []string{"value", "index", "result", "options", "callback", "buffer", "stream", "chunk", "config", "state"}
	var files []tarball.File
	for i := range n {
		var b strings.Builder
		for b.Len() < size {
			fmt.Fprintf(&b, "  const %s%d = %s.map(x => x * %d) // %d\n", words[rng.IntN(10)], rng.IntN(100), words[rng.IntN(10)], rng.IntN(9), rng.IntN(1000))
		}
		files = append(files, tarball.File{Path: fmt.Sprintf("lib/m%03d.js", i), Data: []byte(b.String())})
	}
	return files
}

// mutate changes about one line in twenty of every file.
func mutate(rng *rand.Rand, files []tarball.File) []tarball.File {
	out := make([]tarball.File, len(files))
	for i, f := range files {
		lines := strings.Split(string(f.Data), "\n")
		for j := range lines {
			switch rng.IntN(40) {
			case 0:
				lines[j] = "  // changed " + lines[j]
			case 1:
				lines[j] += "\n  added(" + fmt.Sprint(rng.IntN(1000)) + ")"
			}
		}
		out[i] = tarball.File{Path: f.Path, Data: []byte(strings.Join(lines, "\n"))}
	}
	return out
}

// BenchmarkCompare5MB diffs a 5 MB package against a version with ~5% of lines changed.
func BenchmarkCompare5MB(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	old := synthFiles(rng, 200, 25_000)
	nw := mutate(rng, old)
	var total int64
	for _, f := range nw {
		total += int64(len(f.Data))
	}
	b.SetBytes(total)
	for b.Loop() {
		CompareFiles(old, nw, false)
	}
}
