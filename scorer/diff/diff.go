// Package diff compares two releases of an npm package: files added, removed and changed,
// line hunks for text, package.json changes as structured fields, binary and minified files.
// It runs inside the scorer enclave on files the tarball reader already checked.
package diff

import (
	"bytes"
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vouchpm/vouch/scorer/tarball"
)

// Status of a file in the new release relative to the base.
type Status string

// File statuses.
const (
	Added   Status = "added"
	Removed Status = "removed"
	Changed Status = "changed"
)

// Kind of a file's content.
type Kind string

// File kinds.
const (
	Text     Kind = "text"
	Binary   Kind = "binary"
	Minified Kind = "minified"
)

// Line is one line of the new file, numbered from 1.
type Line struct {
	Num  int    `json:"num"`
	Text string `json:"text"`
}

// Hunk is a unified-diff hunk: Lines carry a one-byte prefix ' ', '+' or '-'.
type Hunk struct {
	OldStart int      `json:"oldStart"`
	OldLines int      `json:"oldLines"`
	NewStart int      `json:"newStart"`
	NewLines int      `json:"newLines"`
	Lines    []string `json:"lines"`
}

// FileDiff is one file that differs.
type FileDiff struct {
	Path    string `json:"path"`
	Status  Status `json:"status"`
	Kind    Kind   `json:"kind"`    // of the new content (of the old one when removed)
	OldKind Kind   `json:"oldKind"` // "" when added
	Size    int64  `json:"size"`
	OldSize int64  `json:"oldSize"`
	Mode    int64  `json:"mode"`
	// Added are the lines present in the new file and not in the old one (all lines of an
	// added text file). Empty for binary files.
	Added   []Line `json:"added,omitempty"`
	Removed int    `json:"removed"`
	Hunks   []Hunk `json:"hunks,omitempty"`
	// Data is the new content (nil when removed); not serialised.
	Data []byte `json:"-"`
}

// Result is the whole comparison.
type Result struct {
	FirstRelease bool             `json:"firstRelease"`
	Files        []FileDiff       `json:"files"`
	PackageJSON  *PackageJSONDiff `json:"packageJSON,omitempty"`
	// BaseMinified says whether the base release already shipped minified files.
	BaseMinified bool  `json:"baseMinified"`
	AddedBytes   int64 `json:"addedBytes"`
	// NewFiles is every file of the new package, changed or not: what the heuristics
	// resolve require() and package.json entry points against (not serialized).
	NewFiles []tarball.File `json:"-"`
}

// ContextLines around each hunk.
const ContextLines = 3

// Compare diffs newPkg against base; base nil means a first release (everything added).
func Compare(base, newPkg *tarball.Package) *Result {
	var oldFiles []tarball.File
	if base != nil {
		oldFiles = base.Files
	}
	return CompareFiles(oldFiles, newPkg.Files, base == nil)
}

// CompareFiles diffs two file lists (any order).
func CompareFiles(oldFiles, newFiles []tarball.File, firstRelease bool) *Result {
	r := &Result{FirstRelease: firstRelease, NewFiles: newFiles}
	old := make(map[string]*tarball.File, len(oldFiles))
	for i := range oldFiles {
		old[oldFiles[i].Path] = &oldFiles[i]
		if KindOf(oldFiles[i].Path, oldFiles[i].Data) == Minified {
			r.BaseMinified = true
		}
	}
	seen := make(map[string]bool, len(newFiles))
	var oldPJ, newPJ []byte
	for i := range newFiles {
		nf := &newFiles[i]
		seen[nf.Path] = true
		if nf.Path == "package.json" {
			newPJ = nf.Data
		}
		of := old[nf.Path]
		if of != nil && bytes.Equal(of.Data, nf.Data) && of.Mode == nf.Mode {
			continue
		}
		fd := FileDiff{Path: nf.Path, Status: Added, Kind: KindOf(nf.Path, nf.Data), Size: int64(len(nf.Data)), Mode: nf.Mode, Data: nf.Data}
		var oldData []byte
		if of != nil {
			fd.Status = Changed
			fd.OldKind = KindOf(of.Path, of.Data)
			fd.OldSize = int64(len(of.Data))
			oldData = of.Data
		}
		if fd.Kind != Binary && fd.OldKind != Binary {
			fd.Added, fd.Removed, fd.Hunks = diffText(oldData, nf.Data)
		}
		for _, l := range fd.Added {
			r.AddedBytes += int64(len(l.Text)) + 1
		}
		if fd.Kind == Binary {
			r.AddedBytes += fd.Size
		}
		r.Files = append(r.Files, fd)
	}
	for i := range oldFiles {
		of := &oldFiles[i]
		if of.Path == "package.json" {
			oldPJ = of.Data
		}
		if seen[of.Path] {
			continue
		}
		fd := FileDiff{Path: of.Path, Status: Removed, Kind: KindOf(of.Path, of.Data), OldKind: KindOf(of.Path, of.Data), OldSize: int64(len(of.Data)), Mode: of.Mode}
		if fd.Kind != Binary {
			fd.Removed = len(splitLines(of.Data))
		}
		r.Files = append(r.Files, fd)
	}
	sort.Slice(r.Files, func(i, j int) bool { return r.Files[i].Path < r.Files[j].Path })
	if oldPJ != nil || newPJ != nil {
		r.PackageJSON = ComparePackageJSON(oldPJ, newPJ)
	}
	return r
}

// KindOf classifies content: binary when it has a NUL byte or is not UTF-8 in its first
// 8 KiB; minified when a script or stylesheet has very long lines on average.
func KindOf(name string, data []byte) Kind {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return Binary
	}
	if !utf8.Valid(head) {
		// allow a rune cut at the 8 KiB boundary
		trimmed := head
		for i := 0; i < 3 && len(trimmed) > 0 && !utf8.Valid(trimmed); i++ {
			trimmed = trimmed[:len(trimmed)-1]
		}
		if !utf8.Valid(trimmed) || len(data) <= 8192 {
			return Binary
		}
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".js", ".mjs", ".cjs", ".css", ".jsx", ".ts":
	default:
		return Text
	}
	if strings.Contains(path.Base(name), ".min.") {
		return Minified
	}
	lines := bytes.Count(data, []byte{'\n'}) + 1
	longest, cur := 0, 0
	for _, c := range data {
		if c == '\n' {
			longest = max(longest, cur)
			cur = 0
			continue
		}
		cur++
	}
	longest = max(longest, cur)
	if len(data) >= 2048 && longest >= 1000 && len(data)/lines >= 200 {
		return Minified
	}
	return Text
}

func splitLines(b []byte) []string {
	if len(b) == 0 {
		return nil
	}
	s := string(b)
	s = strings.TrimSuffix(s, "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}

// diffText returns the added lines (new numbering), the count of removed lines and hunks.
func diffText(oldData, newData []byte) ([]Line, int, []Hunk) {
	a, b := splitLines(oldData), splitLines(newData)
	ids := make(map[string]int, len(a)+len(b))
	intern := func(ls []string) []int {
		out := make([]int, len(ls))
		for i, l := range ls {
			id, ok := ids[l]
			if !ok {
				id = len(ids)
				ids[l] = id
			}
			out[i] = id
		}
		return out
	}
	ops := LineOps(intern(a), intern(b))
	var added []Line
	removed := 0
	for _, o := range ops {
		switch o.Kind {
		case Insert:
			for i := 0; i < o.N; i++ {
				added = append(added, Line{Num: o.B + i + 1, Text: b[o.B+i]})
			}
		case Delete:
			removed += o.N
		}
	}
	return added, removed, hunks(ops, a, b)
}

func hunks(ops []Op, a, b []string) []Hunk {
	var out []Hunk
	var cur *Hunk
	flush := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	for i, o := range ops {
		if o.Kind == Equal {
			if cur == nil {
				continue
			}
			// trailing context; if a later change is near, keep the whole run
			last := i == len(ops)-1
			n := o.N
			if !last && n <= 2*ContextLines {
				for j := 0; j < n; j++ {
					cur.Lines = append(cur.Lines, " "+a[o.A+j])
				}
				cur.OldLines += n
				cur.NewLines += n
				continue
			}
			n = min(n, ContextLines)
			for j := 0; j < n; j++ {
				cur.Lines = append(cur.Lines, " "+a[o.A+j])
			}
			cur.OldLines += n
			cur.NewLines += n
			flush()
			continue
		}
		if cur == nil {
			ctx := 0
			if i > 0 && ops[i-1].Kind == Equal {
				ctx = min(ops[i-1].N, ContextLines)
			}
			cur = &Hunk{OldStart: o.A - ctx + 1, NewStart: o.B - ctx + 1}
			for j := ctx; j > 0; j-- {
				cur.Lines = append(cur.Lines, " "+a[o.A-j])
			}
			cur.OldLines += ctx
			cur.NewLines += ctx
		}
		for j := 0; j < o.N; j++ {
			if o.Kind == Insert {
				cur.Lines = append(cur.Lines, "+"+b[o.B+j])
				cur.NewLines++
			} else {
				cur.Lines = append(cur.Lines, "-"+a[o.A+j])
				cur.OldLines++
			}
		}
	}
	flush()
	return out
}
