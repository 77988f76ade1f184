// Package heuristics flags risky changes in an npm release: rules with stable ids, a
// severity, the file, line and evidence, and a 0..100 score (higher is safer).
// It runs inside the scorer enclave and in `vouch score` on a maintainer's machine.
//
// Rules fire only on what the diff adds (added files, added lines, added or changed
// package.json entries); a first release is all added, so it is scanned whole.
package heuristics

import (
	_ "embed"
	"path"
	"sort"
	"strings"

	"github.com/vouchpm/vouch/scorer/diff"
	"github.com/vouchpm/vouch/scorer/report"
)

// DefaultThreshold: a release scoring below it is flagged.
const DefaultThreshold = 60

// maxPerFile bounds the findings one rule reports in one file (the score counts a rule once).
const maxPerFile = 5

// maxEvidence bounds the evidence excerpt.
const maxEvidence = 160

// Finding is one rule hit.
type Finding = report.Finding

// Report is the outcome of Analyze.
type Report struct {
	Findings []Finding `json:"findings"`
	Score    uint8     `json:"score"`
	// ScannedBytes is the size of the added text that the line rules read.
	ScannedBytes int64 `json:"scannedBytes"`
}

// Flagged says whether the score is below threshold.
func (r *Report) Flagged(threshold int) bool { return int(r.Score) < threshold }

//go:embed popular.txt
var popularList string

// PopularNames returns the shipped list of popular package names used for typosquat checks.
func PopularNames() []string {
	var out []string
	for _, l := range strings.Split(popularList, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// Analyzer runs the rules. Build it once with New; it holds no mutable state.
type Analyzer struct {
	popular  map[string]bool
	names    []string
	triggers *matcher
}

// New returns an analyzer that checks typosquats against popular (nil: PopularNames()).
func New(popular []string) *Analyzer {
	if popular == nil {
		popular = PopularNames()
	}
	words := make([][]string, len(lineRules)+numContentGroups)
	for i, rl := range lineRules {
		words[i] = rl.Triggers
	}
	for g, trig := range contentTriggers {
		words[len(lineRules)+g] = trig
	}
	if len(words) > 64 {
		panic("heuristics: more than 64 trigger groups do not fit a line mask")
	}
	a := &Analyzer{popular: make(map[string]bool, len(popular)), names: popular, triggers: newMatcher(words)}
	for _, n := range popular {
		a.popular[n] = true
	}
	return a
}

// Score turns findings into the 0..100 heuristic score: 100 minus, for each distinct rule,
// the penalty of the highest severity it fired with; floored at 0.
func Score(findings []Finding) uint8 {
	worst := map[string]Severity{}
	for _, f := range findings {
		if s, ok := worst[f.Rule]; !ok || f.Severity.Rank() > s.Rank() {
			worst[f.Rule] = f.Severity
		}
	}
	score := 100
	for _, s := range worst {
		score -= s.Penalty()
	}
	return uint8(max(score, 0))
}

type fileClass int

const (
	classSkip fileClass = iota
	classDoc
	classCode
)

func classify(p string) fileClass {
	base := strings.ToLower(path.Base(p))
	ext := path.Ext(base)
	switch {
	case strings.HasSuffix(base, ".map"), strings.HasSuffix(base, ".d.ts"), strings.HasSuffix(base, ".d.mts"), strings.HasSuffix(base, ".d.cts"):
		return classSkip
	}
	switch ext {
	case ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts", ".sh", ".bash", ".ps1", ".bat", ".cmd", ".py", ".vbs", ".node", ".gyp", ".pth":
		return classCode
	case "":
		if strings.HasPrefix(p, "bin/") || strings.Contains(p, "/bin/") {
			return classCode
		}
	}
	return classDoc
}

func isComment(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "//") || strings.HasPrefix(t, "*") || strings.HasPrefix(t, "/*") || strings.HasPrefix(t, "#")
}

// excerpt returns up to maxEvidence bytes of line around [lo, hi).
func excerpt(line string, lo, hi int) string {
	if len(line) <= maxEvidence {
		return strings.TrimSpace(line)
	}
	start := max(0, lo-(maxEvidence-(hi-lo))/2)
	end := min(len(line), start+maxEvidence)
	start = max(0, end-maxEvidence)
	return strings.ToValidUTF8(line[start:end], "")
}

type collector struct {
	findings []Finding
	perFile  map[[2]string]int
	rules    map[string]bool
}

// first returns the first finding of rule (the zero Finding if none).
func (c *collector) first(rule string) Finding {
	for _, f := range c.findings {
		if f.Rule == rule {
			return f
		}
	}
	return Finding{}
}

func (c *collector) add(f Finding) {
	k := [2]string{f.Rule, f.File}
	if c.perFile[k] >= maxPerFile {
		return
	}
	c.perFile[k]++
	c.rules[f.Rule] = true
	c.findings = append(c.findings, f)
}

// Analyze runs every rule over d.
func (a *Analyzer) Analyze(d *diff.Result) *Report {
	c := &collector{perFile: map[[2]string]int{}, rules: map[string]bool{}}
	r := &Report{}
	bundledSeen := false
	reach := reachability(d)
	a.reachRules(c, d, reach)
	for i := range d.Files {
		fd := &d.Files[i]
		if fd.Status == diff.Removed {
			continue
		}
		if strings.HasPrefix(fd.Path, "node_modules/") && fd.Status == diff.Added && !bundledSeen {
			bundledSeen = true
			c.add(Finding{Rule: RuleBundledDependencies, Severity: Low, File: fd.Path, Evidence: "package ships code under node_modules/ (bundled dependency)"})
		}
		a.fileRules(c, d, fd)
		cls := classify(fd.Path)
		edge, reached := reach[fd.Path]
		if reached {
			cls = classCode // whatever its name says, something runs it
		}
		if cls == classSkip {
			continue
		}
		active, content, masks := a.activeRules(fd.Added, cls)
		for i, ln := range fd.Added {
			r.ScannedBytes += int64(len(ln.Text)) + 1
			a.lineRules(c, fd.Path, cls, ln, active, masks[i])
		}
		if reached && edge.kind == reachExecData && len(fd.Added) > 0 {
			// data that code reads and executes: scan what it decodes to
			all := make([]bool, len(lineRules))
			for i := range all {
				all[i] = true
			}
			for _, v := range decodedData(fd.Added) {
				a.lineRulesView(c, fd.Path, cls, diff.Line{Num: fd.Added[0].Num, Text: v}, "decoded file: ", all, nil, allRules)
			}
		}
		if cls == classCode {
			a.contentRules(c, fd, content, masks)
		}
	}
	if d.PackageJSON != nil {
		a.packageJSONRules(c, d)
	}
	combine(c)
	sort.SliceStable(c.findings, func(i, j int) bool {
		fi, fj := c.findings[i], c.findings[j]
		if fi.Severity.Rank() != fj.Severity.Rank() {
			return fi.Severity.Rank() > fj.Severity.Rank()
		}
		if fi.File != fj.File {
			return fi.File < fj.File
		}
		if fi.Line != fj.Line {
			return fi.Line < fj.Line
		}
		return fi.Rule < fj.Rule
	})
	r.Findings = c.findings
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	r.Score = Score(r.Findings)
	return r
}

var execMagic = []struct {
	magic string
	what  string
}{
	{"\x7fELF", "ELF executable"},
	{"MZ", "PE (Windows) executable"},
	{"\xfe\xed\xfa\xce", "Mach-O executable"},
	{"\xfe\xed\xfa\xcf", "Mach-O executable"},
	{"\xce\xfa\xed\xfe", "Mach-O executable"},
	{"\xcf\xfa\xed\xfe", "Mach-O executable"},
	{"\xca\xfe\xba\xbe", "Mach-O universal binary"},
}

func (a *Analyzer) fileRules(c *collector, d *diff.Result, fd *diff.FileDiff) {
	if fd.Kind == diff.Binary {
		for _, m := range execMagic {
			if strings.HasPrefix(string(fd.Data[:min(len(fd.Data), 8)]), m.magic) {
				if prebuiltAddon(fd.Path) {
					// prebuildify's layout, loaded by node-gyp-build: still unreviewable
					// native code, but the norm for native packages, not a dropper
					c.add(Finding{Rule: RulePrebuiltAddon, Severity: Medium, File: fd.Path, Evidence: m.what + " " + string(fd.Status) + " (prebuilt native addon)"})
					return
				}
				c.add(Finding{Rule: RuleBinaryDrop, Severity: High, File: fd.Path, Evidence: m.what + " " + string(fd.Status)})
				return
			}
		}
		if fd.Status == diff.Added {
			c.add(Finding{Rule: RuleBinaryNew, Severity: Info, File: fd.Path, Evidence: "binary file added"})
		}
		return
	}
	if fd.Kind == diff.Minified && fd.Status == diff.Added && !d.BaseMinified {
		sev := Medium
		if d.FirstRelease {
			sev = Info
		}
		c.add(Finding{Rule: RuleMinifiedNew, Severity: sev, File: fd.Path, Evidence: "minified code added to a package that shipped none"})
	}
	if base := path.Base(fd.Path); base == "binding.gyp" && fd.Status == diff.Added {
		c.add(Finding{Rule: RuleNativeBuild, Severity: Medium, File: fd.Path, Evidence: "binding.gyp added: npm runs node-gyp rebuild at install"})
	}
	if strings.HasSuffix(fd.Path, ".pth") {
		c.add(Finding{Rule: RuleLoader, Severity: High, File: fd.Path, Evidence: ".pth file runs at Python start-up"})
	}
}

// activeRules pre-checks every rule's triggers in one pass over a file's added text, so
// that per-line work is spent only on rules that can match. When the file decodes or
// escapes anything, every rule stays active for the decoded views.
func (a *Analyzer) activeRules(added []diff.Line, cls fileClass) (active, content []bool, masks []uint64) {
	active = make([]bool, len(lineRules))
	content = make([]bool, numContentGroups)
	masks = make([]uint64, len(added))
	var all uint64
	decodes := false
	for i, l := range added {
		m := a.triggers.scanMask(l.Text)
		if !has(m, rawIPIndex) && hasDottedQuad(l.Text) {
			m |= 1 << rawIPIndex
		}
		masks[i] = m
		all |= m
		if !decodes && cls == classCode && (has(m, len(lineRules)+groupEscape) || has(m, len(lineRules)+groupEncoded)) && containsAny(l.Text, `\x`, `\u`, "Buffer.from", "atob(") {
			decodes = true
		}
	}
	for i := range lineRules {
		if cls != classCode && !lineRules[i].AnyFile {
			continue
		}
		active[i] = has(all, i) || decodes
	}
	for g := range content {
		content[g] = has(all, len(lineRules)+g)
	}
	return active, content, masks
}

// has reports whether trigger group i (a line rule's index, or len(lineRules) plus a
// content group) is in the mask of a line.
func has(m uint64, i int) bool { return m&(1<<i) != 0 }

var rawIPIndex = func() int {
	for i, rl := range lineRules {
		if rl.ID == RuleRawIP {
			return i
		}
	}
	panic("heuristics: no raw-ip rule")
}()

func (a *Analyzer) lineRules(c *collector, file string, cls fileClass, ln diff.Line, active []bool, mask uint64) {
	fired := a.lineRulesView(c, file, cls, ln, "", active, nil, mask)
	if cls != classCode {
		return
	}
	for _, v := range decodedViews(ln.Text) {
		fired = a.lineRulesView(c, file, cls, diff.Line{Num: ln.Num, Text: v}, "decoded: ", active, fired, allRules)
	}
	if active[splitNameIndex] && strings.Contains(ln.Text, "+") {
		if j := reJoin.ReplaceAllString(ln.Text, ""); j != ln.Text {
			// a sensitive name that only exists once adjacent literals are joined
			for _, m := range lineRules[splitNameIndex].Re.FindAllStringSubmatchIndex(j, 16) {
				name := j[m[2]:m[3]]
				if !containsAny(ln.Text, "'"+name+"'", `"`+name+`"`, "`"+name+"`") {
					c.add(Finding{Rule: RuleSplitName, Severity: High, File: file, Line: ln.Num, Evidence: "joined: " + excerpt(j, m[0], m[1])})
					break
				}
			}
		}
	}
}

var splitNameIndex = func() int {
	for i, rl := range lineRules {
		if rl.ID == RuleSplitName {
			return i
		}
	}
	panic("heuristics: no split-name rule")
}()

// lineRulesView runs the active rules over one view of a line, skipping rules already
// fired on this line, and returns the updated set of fired rules.
// allRules is the trigger mask of a view no trigger scan has seen: every rule may match.
const allRules = ^uint64(0)

func (a *Analyzer) lineRulesView(c *collector, file string, cls fileClass, ln diff.Line, prefix string, active []bool, fired []bool, mask uint64) []bool {
	var lower string
	comment := -1
	for i := range lineRules {
		rl := &lineRules[i]
		if !active[i] || (fired != nil && fired[i]) || rl.JoinedOnly || mask&(1<<i) == 0 {
			continue
		}
		text := ln.Text
		if rl.Fold {
			if lower == "" {
				lower = strings.ToLower(ln.Text)
			}
			text = lower
		}
		hit := false
		if rl.ID == RuleRawIP {
			hit = hasDottedQuad(text)
		}
		for _, t := range rl.Triggers {
			if strings.Contains(text, t) {
				hit = true
				break
			}
		}
		if !hit {
			continue
		}
		if rl.InString {
			if comment < 0 {
				comment = 0
				if isComment(ln.Text) {
					comment = 1
				}
			}
			if comment == 1 {
				continue
			}
		}
		loc := matchRule(rl, text)
		if loc == nil {
			continue
		}
		c.add(Finding{Rule: rl.ID, Severity: rl.Severity, File: file, Line: ln.Num, Evidence: prefix + excerpt(ln.Text, loc[0], loc[1])})
		if fired == nil {
			fired = make([]bool, len(lineRules))
		}
		fired[i] = true
	}
	return fired
}

// matchRule returns the first match location, applying rule-specific filters.
func matchRule(rl *lineRule, text string) []int {
	if rl.ID == RuleCryptoAddress {
		for _, m := range rl.Re.FindAllStringIndex(text, 64) {
			if !strings.HasPrefix(text[m[0]+1:], "0x") || hasAddressLiteral(text[m[0]:]) {
				return m
			}
		}
		return nil
	}
	if rl.ID != RuleRawIP || rl.Re.NumSubexp() == 0 {
		return rl.Re.FindStringIndex(text)
	}
	for _, m := range rl.Re.FindAllStringSubmatchIndex(text, -1) {
		if publicIPv4(text[m[2]:m[3]]) {
			return m[:2]
		}
	}
	return nil
}

// combine escalates combinations that together mean an attack.
func combine(c *collector) {
	has := func(ids ...string) string {
		for _, id := range ids {
			if c.rules[id] {
				return id
			}
		}
		return ""
	}
	if s := has(RuleInstallScript, RuleInstallDownload, RuleNativeBuild); s != "" {
		if p := has(RuleChildProcess, RuleShellDownload, RuleNetwork, RuleRawIP, RuleExfilService, RuleEnvBulk, RuleCredentialPath,
			RuleDecodeExec, RuleObfuscatedNames, RuleEscapeDensity, RuleLoader, RuleMiner, RuleBinaryDrop, RuleEval); p != "" {
			c.add(Finding{Rule: RuleInstallTimePayload, Severity: Critical, Evidence: s + " together with " + p})
		}
	}
	if n := has(RuleNetwork, RuleRawIP, RuleExfilService); n != "" {
		if s := has(RuleEnvBulk, RuleEnvSecret, RuleCredentialPath); s != "" {
			c.add(Finding{Rule: RuleCredentialExfil, Severity: Critical, Evidence: s + " together with " + n})
		}
	}
	if c.rules[RuleWalletHook] && c.rules[RuleCryptoAddress] {
		c.add(Finding{Rule: RuleWalletDrainer, Severity: Critical, File: c.first(RuleWalletHook).File, Line: c.first(RuleWalletHook).Line,
			Evidence: RuleWalletHook + " together with " + RuleCryptoAddress + ": browser traffic or wallet calls are intercepted and crypto addresses rewritten"})
	}
	worm := []string{}
	for _, id := range []string{RuleNpmAccount, RuleSecretScanner, RuleRuntimeDownload, RuleWorkflowWrite} {
		if c.rules[id] {
			worm = append(worm, id)
		}
	}
	install := has(RuleInstallScript, RuleInstallDownload)
	npmrc := c.rules[RuleCredentialPath] && c.first(RuleCredentialPath).Evidence != "" && strings.Contains(strings.ToLower(c.first(RuleCredentialPath).Evidence), ".npmrc")
	if len(worm) > 0 && (install != "" || len(worm) >= 2 || npmrc) {
		why := strings.Join(worm, ", ")
		if install != "" {
			why += " in a package with " + install
		}
		f := c.first(worm[0])
		c.add(Finding{Rule: RuleWorm, Severity: Critical, File: f.File, Line: f.Line, Evidence: why})
	}
	if c.rules[RuleAIAgentAbuse] {
		if p := has(RuleChildProcess, RuleInstallScript, RuleInstallDownload); p != "" {
			for i := range c.findings {
				if c.findings[i].Rule == RuleAIAgentAbuse {
					c.findings[i].Severity = Critical
					c.findings[i].Evidence = excerpt(c.findings[i].Evidence+" (with "+p+")", 0, 0)
				}
			}
		}
	}
	if c.rules[RuleGeoGate] && c.rules[RuleDestructive] {
		c.add(Finding{Rule: RuleGeoDestructive, Severity: Critical, Evidence: RuleGeoGate + " together with " + RuleDestructive})
	}
}

// hasAddressLiteral reports whether s starts with a quoted 0x and 40 hex digits: an
// Ethereum address literal (checked here, not by a counted regexp, which is slow on
// the megabyte lines of minified bundles).
func hasAddressLiteral(s string) bool {
	if len(s) < 44 || (s[0] != '\'' && s[0] != '"') || s[1] != '0' || (s[2] != 'x' && s[2] != 'X') {
		return false
	}
	for i := 3; i < 43; i++ {
		c := s[i] | 0x20
		if !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f') {
			return false
		}
	}
	return s[43] == s[0]
}

// prebuiltAddon reports whether p is a native addon in prebuildify's layout:
// prebuilds/<platform>-<arch>/<name>.node.
func prebuiltAddon(p string) bool {
	parts := strings.Split(p, "/")
	n := len(parts)
	return n >= 3 && parts[n-3] == "prebuilds" && strings.Contains(parts[n-2], "-") && strings.HasSuffix(parts[n-1], ".node")
}
