// Rules over all added lines of a code file together: decode-to-execute flows and obfuscation density.

package heuristics

import (
	"strconv"
	"strings"

	"github.com/vouchpm/vouch/scorer/diff"
)

// Trigger groups of contentRules, pre-checked with the line rules' triggers.
const (
	groupEncoded = iota
	groupDecode
	groupSink
	groupLoader
	groupObfName
	groupEscape
	groupNodeModules
	numContentGroups
)

var contentTriggers = [numContentGroups][]string{
	groupEncoded:     {"Buffer.from", "atob("},
	groupDecode:      {"Buffer.from", "atob(", "createDecipher", "fromCharCode", "unescape(", "decodeURIComponent", "].join(", ".reverse()", "inflate", "gunzip", "brotliDecompress", ";base64,"},
	groupSink:        {"eval", "Function", "_compile", "runIn", "compileFunction", "vm.Script", "data:", "child_process", "exec", "spawn", "module.constructor", ".constructor.constructor"},
	groupLoader:      {"_compile", "require.extensions", "Module."},
	groupObfName:     {"_0x"},
	groupEscape:      {`\x`, `\u`},
	groupNodeModules: {"node_modules/"},
}

// contentRules look at all added lines of a code file together.
func (a *Analyzer) contentRules(c *collector, fd *diff.FileDiff, hasGroup []bool, masks []uint64) {
	g := func(i, group int) bool { return hasGroup[group] && has(masks[i], len(lineRules)+group) }
	obf, escapes, encoded := 0, 0, 0
	var obfFirst, escFirst, encFirst, loaderLn, tamperLn diff.Line
	var decodes, sinks []diff.Line // line numbers with their match offsets in Text
	for i, ln := range fd.Added {
		if g(i, groupEncoded) && containsAny(ln.Text, "Buffer.from", "atob(") {
			if n := len(reEncoded.FindAllStringIndex(ln.Text, -1)); n > 0 {
				if encoded == 0 {
					encFirst = ln
				}
				encoded += n
			}
		}
		if loaderLn.Num == 0 && g(i, groupLoader) && containsAny(ln.Text, "_compile", "require.extensions", "Module.") && reLoader.MatchString(ln.Text) {
			loaderLn = ln
		}
		if tamperLn.Num == 0 && g(i, groupNodeModules) && strings.Contains(ln.Text, "node_modules/") && !isComment(ln.Text) {
			tamperLn = ln
		}
		if g(i, groupObfName) && strings.Contains(ln.Text, "_0x") {
			if n := len(reObfName.FindAllStringIndex(ln.Text, -1)); n > 0 {
				if obf == 0 {
					obfFirst = ln
				}
				obf += n
			}
		}
		if g(i, groupEscape) && (strings.Contains(ln.Text, `\x`) || strings.Contains(ln.Text, `\u`)) {
			m := reEscape.FindAllStringIndex(ln.Text, -1)
			if len(m) >= 16 && len(m)*4 >= len(ln.Text)/3 {
				if escapes == 0 {
					escFirst = ln
				}
				escapes += len(m)
			}
		}
		if len(ln.Text) >= 300 && !strings.Contains(ln.Text, "base64,") {
			if loc := reBase64.FindStringIndex(ln.Text); loc != nil {
				c.add(Finding{Rule: RuleBase64Blob, Severity: Medium, File: fd.Path, Line: ln.Num, Evidence: excerpt(ln.Text, loc[0], min(loc[1], loc[0]+40))})
			}
		}
		if g(i, groupDecode) && containsAny(ln.Text, contentTriggers[groupDecode]...) {
			for _, loc := range reDecode.FindAllStringIndex(ln.Text, 16) {
				decodes = append(decodes, diff.Line{Num: ln.Num, Text: strconv.Itoa(loc[0])})
			}
		}
		if g(i, groupSink) && containsAny(ln.Text, contentTriggers[groupSink]...) {
			for _, loc := range reExecSink.FindAllStringIndex(ln.Text, 16) {
				sinks = append(sinks, diff.Line{Num: ln.Num, Text: strconv.Itoa(loc[0])})
			}
		} else if g(i, groupEscape) && containsAny(ln.Text, `\x`, `\u`) {
			// an executor spelled in escapes: globalThis['\x65\x76\x61\x6c'](...)
			if un := reEscape.ReplaceAllStringFunc(ln.Text, unescapeOne); un != ln.Text && reExecSink.MatchString(un) {
				sinks = append(sinks, diff.Line{Num: ln.Num, Text: "0"})
			}
		}
	}
	if ln, ok := nearby(decodes, sinks); ok {
		c.add(Finding{Rule: RuleDecodeExec, Severity: High, File: fd.Path, Line: ln, Evidence: "decoded data reaches an executor (eval, Function, vm, module._compile, import() of a data URL, child_process) nearby"})
	}
	if encoded >= 4 {
		c.add(Finding{Rule: RuleEncodedStrings, Severity: High, File: fd.Path, Line: encFirst.Num, Evidence: strconv.Itoa(encoded) + " string literals decoded in place: " + excerpt(encFirst.Text, 0, 0)})
	}
	if loaderLn.Num > 0 && tamperLn.Num > 0 {
		c.add(Finding{Rule: RuleModuleTamper, Severity: Critical, File: fd.Path, Line: tamperLn.Num, Evidence: "module loader hook rewrites another package: " + excerpt(tamperLn.Text, 0, 0)})
	}
	if obf >= 10 {
		c.add(Finding{Rule: RuleObfuscatedNames, Severity: High, File: fd.Path, Line: obfFirst.Num, Evidence: excerpt(obfFirst.Text, 0, 0)})
	}
	if escapes >= 32 {
		c.add(Finding{Rule: RuleEscapeDensity, Severity: Medium, File: fd.Path, Line: escFirst.Num, Evidence: excerpt(escFirst.Text, 0, 0)})
	}
}

// nearby reports whether a decode and a sink occur within 1000 bytes on one line or
// within 8 lines of each other (Text holds the byte offset), and the sink's line.
func nearby(decodes, sinks []diff.Line) (int, bool) {
	for _, d := range decodes {
		for _, s := range sinks {
			if d.Num == s.Num {
				do, _ := strconv.Atoi(d.Text)
				so, _ := strconv.Atoi(s.Text)
				if abs(do-so) <= 1000 {
					return s.Num, true
				}
			} else if abs(d.Num-s.Num) <= 8 {
				return s.Num, true
			}
		}
	}
	return 0, false
}
