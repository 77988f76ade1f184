// Reachability: a file is code when anything can run it, whatever its extension.

package heuristics

import (
	"encoding/json"
	"path"
	"regexp"
	"strings"

	"github.com/vouchpm/vouch/scorer/diff"
)

// How a file that is not code by its name can still be run.
type reachKind int

const (
	reachNone     reachKind = iota
	reachRequired           // named by main/bin/exports/browser/module, a script, or a require/import
	reachExecData           // read at run time by a file that also evaluates or executes something
)

// reachEdge is one reference that makes a file code, with where it was made.
type reachEdge struct {
	kind reachKind
	from string // the referring file ("package.json" for entry points and scripts)
	line int    // 1-based line in from; 0 for package.json
	text string // the referring line or field
}

// jsExts are the extensions Node loads as code or data by design; requiring anything
// else runs it as JavaScript anyway, which only an attacker needs.
var jsExts = map[string]bool{".js": true, ".cjs": true, ".mjs": true, ".json": true, ".node": true}

// reachTokens precede a module specifier or a file read.
var reachTokens = []string{"require(", "import(", "from ", "import "}

// reachability returns, for each file of the new package that classify does not call
// code but that the package can run, how it is reached. Entry points come from the
// new package.json; require/import edges from every code file of the new package (and,
// transitively, from the files they reach).
func reachability(d *diff.Result) map[string]reachEdge {
	if len(d.NewFiles) == 0 {
		return nil
	}
	hidden := false
	for i := range d.Files {
		fd := &d.Files[i]
		hidden = hidden || (fd.Status != diff.Removed && len(fd.Added) > 0 && fd.Path != "package.json" && classify(fd.Path) != classCode)
	}
	if !hidden {
		return nil // nothing new outside code files: nothing new can hide there
	}
	files := make(map[string][]byte, len(d.NewFiles))
	for _, f := range d.NewFiles {
		files[f.Path] = f.Data
	}
	out := map[string]reachEdge{}
	var queue []string
	mark := func(target string, e reachEdge) {
		if _, ok := files[target]; !ok || target == "package.json" || classify(target) == classCode || jsExts[path.Ext(target)] {
			return
		}
		if old, ok := out[target]; ok && old.kind <= e.kind {
			return
		}
		if _, ok := out[target]; !ok {
			queue = append(queue, target)
		}
		out[target] = e
	}
	if pj, ok := files["package.json"]; ok {
		for _, ep := range entryPoints(pj) {
			mark(ep.path, reachEdge{kind: reachRequired, from: "package.json", text: ep.field + ": " + ep.path})
		}
	}
	for _, f := range d.NewFiles {
		if classify(f.Path) == classCode {
			requireEdges(f.Path, f.Data, files, mark)
		}
	}
	for i := range d.Files {
		if fd := &d.Files[i]; fd.Status != diff.Removed && classify(fd.Path) == classCode {
			execDataEdges(fd, files, mark)
		}
	}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		requireEdges(p, files[p], files, mark)
	}
	return out
}

type entryPoint struct{ field, path string }

// entryPoints lists the files package.json names as runnable: main, module, browser,
// bin, every string under exports, and the files lifecycle and other scripts run.
func entryPoints(pj []byte) []entryPoint {
	var m map[string]json.RawMessage
	if json.Unmarshal(pj, &m) != nil {
		return nil
	}
	var out []entryPoint
	var walk func(field string, v any)
	walk = func(field string, v any) {
		switch x := v.(type) {
		case string:
			out = append(out, entryPoint{field, cleanRel(".", x)})
		case map[string]any:
			for _, vv := range x {
				walk(field, vv)
			}
		case []any:
			for _, vv := range x {
				walk(field, vv)
			}
		}
	}
	for _, field := range []string{"main", "module", "browser", "bin", "exports"} {
		if raw, ok := m[field]; ok {
			var v any
			if json.Unmarshal(raw, &v) == nil {
				walk(field, v)
			}
		}
	}
	var scripts map[string]string
	if raw, ok := m["scripts"]; ok && json.Unmarshal(raw, &scripts) == nil {
		for name, cmd := range scripts {
			for _, tok := range strings.FieldsFunc(cmd, func(r rune) bool { return r == ' ' || r == '&' || r == '|' || r == ';' || r == '"' || r == '\'' }) {
				if strings.Contains(tok, "/") || strings.Contains(tok, ".") {
					out = append(out, entryPoint{"scripts." + name, cleanRel(".", tok)})
				}
			}
		}
	}
	return out
}

// cleanRel resolves spec against dir inside the package; "" when it leaves the package.
func cleanRel(dir, spec string) string {
	p := path.Clean(path.Join(dir, spec))
	if p == ".." || strings.HasPrefix(p, "../") || strings.HasPrefix(p, "/") {
		return ""
	}
	return p
}

// requireEdges finds the literal module specifiers and file reads of one file and marks
// the package files they name. Node resolves the exact file name first, whatever its
// extension, so an exact match is what runs.
func requireEdges(file string, data []byte, files map[string][]byte, mark func(string, reachEdge)) {
	text := string(data)
	dir := path.Dir(file)
	for _, tok := range reachTokens {
		for off := 0; ; {
			i := strings.Index(text[off:], tok)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(tok)
			spec, ok := literalAt(text, off)
			if !ok || !(strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || strings.HasPrefix(spec, "/")) {
				continue
			}
			target := cleanRel(dir, spec)
			if _, ok := files[target]; !ok || classify(target) == classCode || jsExts[path.Ext(target)] {
				continue
			}
			num, line := lineAt(text, at)
			mark(target, reachEdge{kind: reachRequired, from: file, line: num, text: line})
		}
	}
}

// execDataEdges: a code file whose added lines read files and execute something makes
// code of every package file whose name those lines spell as a literal
// (path.join(__dirname, 'assets', 'x.dat') included).
func execDataEdges(fd *diff.FileDiff, files map[string][]byte, mark func(string, reachEdge)) {
	reads, sinks := false, false
	for _, ln := range fd.Added {
		reads = reads || strings.Contains(ln.Text, "readFile")
		sinks = sinks || (containsAny(ln.Text, contentTriggers[groupSink]...) && reExecSink.MatchString(ln.Text))
	}
	if !reads || !sinks {
		return
	}
	names := map[string]diff.Line{}
	for _, ln := range fd.Added {
		for _, m := range reLiteral.FindAllStringSubmatch(ln.Text, 32) {
			names[path.Base(m[1])] = ln
		}
	}
	for target := range files {
		if ln, ok := names[path.Base(target)]; ok && target != fd.Path && classify(target) != classCode {
			mark(target, reachEdge{kind: reachExecData, from: fd.Path, line: ln.Num, text: ln.Text})
		}
	}
}

var reLiteral = regexp.MustCompile(`['"` + "`" + `]([^'"` + "`" + `\s]{3,200})['"` + "`" + `]`)

// literalAt returns the string literal starting (after spaces) at text[off:].
func literalAt(text string, off int) (string, bool) {
	for off < len(text) && (text[off] == ' ' || text[off] == '\t') {
		off++
	}
	if off >= len(text) {
		return "", false
	}
	q := text[off]
	if q != '\'' && q != '"' && q != '`' {
		return "", false
	}
	end := strings.IndexByte(text[off+1:min(len(text), off+1+512)], q)
	if end < 0 {
		return "", false
	}
	return text[off+1 : off+1+end], true
}

// lineAt returns the 1-based line number and the line around offset at.
func lineAt(text string, at int) (int, string) {
	start := strings.LastIndexByte(text[:at], '\n') + 1
	end := strings.IndexByte(text[at:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += at
	}
	return strings.Count(text[:start], "\n") + 1, text[start:end]
}

// reachRules reports each new way of running a file that is not JavaScript: a require or
// import added to a code file, or a package.json entry point or script added or changed.
func (a *Analyzer) reachRules(c *collector, d *diff.Result, reach map[string]reachEdge) {
	if len(reach) == 0 {
		return
	}
	added := map[string]map[int]bool{}
	for i := range d.Files {
		fd := &d.Files[i]
		if fd.Status == diff.Removed {
			continue
		}
		m := make(map[int]bool, len(fd.Added))
		for _, ln := range fd.Added {
			m[ln.Num] = true
		}
		added[fd.Path] = m
	}
	pjChanged := map[string]bool{}
	if d.PackageJSON != nil {
		for _, ch := range d.PackageJSON.Changes {
			if ch.Op != diff.Removed {
				pjChanged[ch.Field] = true
			}
		}
	}
	for target, e := range reach {
		if e.kind != reachRequired {
			continue
		}
		if e.from == "package.json" {
			field, _, _ := strings.Cut(strings.SplitN(e.text, ":", 2)[0], ".")
			if pjChanged[field] || d.FirstRelease {
				c.add(Finding{Rule: RuleRequireNonJS, Severity: Medium, File: "package.json", Evidence: excerpt(e.text+" (not a .js file: Node runs it as JavaScript)", 0, 0)})
			}
			continue
		}
		if added[e.from][e.line] {
			c.add(Finding{Rule: RuleRequireNonJS, Severity: Medium, File: e.from, Line: e.line, Evidence: excerpt(strings.TrimSpace(e.text), 0, 0) + " -> " + target})
		}
	}
}
