package sandbox

import (
	"path"
	"sort"
	"strings"

	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/report"
)

// ReportVersion is the version of the behaviour report format.
const ReportVersion = 1

// Method names how behaviour was observed and how the clock was moved; it is part of
// the report, so a change of method changes the hash.
const Method = "bubblewrap+strace -f; rlimits, memory and pids cgroups, tmpfs; loopback sink (DNS, TCP, TLS via a run CA, HTTP); GitHub-Actions-like environment; second pass: libfaketime LD_PRELOAD +400d, a node --require shim firing timers over 1 s after 50 ms, ru_RU locale and Europe/Moscow time zone"

// Report is the behaviour of a release pair; its canonical CBOR hashes to behaviourHash
// (Report.Hash).
type Report = report.BehaviourReport

// Rule ids of sandbox findings.
const (
	RuleHoneytoken     = "sandbox-honeytoken-exfiltration"
	RuleReadAndSend    = "sandbox-credential-read-and-send"
	RuleDecoyRead      = "sandbox-decoy-read"
	RuleNetwork        = "sandbox-network"
	RulePersistence    = "sandbox-persistence"
	RuleWriteOutside   = "sandbox-write-outside"
	RuleExec           = "sandbox-exec"
	RuleRead           = "sandbox-read-outside"
	RuleEscape         = "sandbox-escape-attempt"
	RuleLimit          = "sandbox-limit"
	RuleClockTriggered = "sandbox-clock-triggered"
)

// Compare builds the report of a release pair: behaviour the new release shows and the
// base does not becomes findings (for a first release, all of it).
func Compare(base, next *Behaviour) *Report {
	r := &Report{Version: ReportVersion, Method: Method, Base: base, New: next}
	seen := map[string]bool{}
	if base != nil {
		for _, e := range base.Events {
			seen[e.Kind+"\x00"+e.Detail] = true
		}
	}
	nowKeys := map[string]bool{}
	for _, e := range next.Events {
		if e.Pass == PassNow {
			nowKeys[e.Kind+"\x00"+e.Detail] = true
		}
	}
	var fresh []Event
	for _, e := range next.Events {
		if !seen[e.Kind+"\x00"+e.Detail] {
			fresh = append(fresh, e)
		}
	}
	r.Findings = findings(fresh, nowKeys)
	return r
}

var suspiciousPrograms = map[string]bool{
	"curl": true, "wget": true, "nc": true, "ncat": true, "netcat": true, "socat": true, "bash": true, "python": true,
	"python3": true, "perl": true, "ruby": true, "pwsh": true, "powershell": true, "base64": true, "crontab": true,
	"ssh": true, "scp": true, "openssl": true, "dig": true, "nslookup": true, "host": true, "xxd": true, "gpg": true,
	"chmod": true, "rm": true, "git": true, "gh": true, "npm": true, "systemctl": true, "sudo": true,
}

// persistence says why a write outside the package lets the package outlive the install
// or reach other code: another package, CI workflows, npm configuration, shell start-up
// files, programs on PATH, git hooks.
func persistence(detail string) string {
	p := detail
	if i := strings.IndexByte(p, ' '); i >= 0 && !strings.HasPrefix(p, "$") && !strings.HasPrefix(p, "~") && !strings.HasPrefix(p, "/") {
		p = p[i+1:] // "unlink PATH"
	}
	p, _, _ = strings.Cut(p, " (")
	switch {
	case strings.HasPrefix(p, "$APP/node_modules/.bin/"), strings.HasPrefix(p, "~/.local/bin/"), strings.HasPrefix(p, "~/bin/"), strings.HasPrefix(p, "/usr/"):
		return "a program on PATH"
	case strings.HasPrefix(p, "$APP/node_modules/"):
		return "another package"
	case strings.Contains(p, ".github/workflows"):
		return "CI workflows"
	case strings.HasSuffix(p, "/.npmrc") || p == "~/.npmrc" || p == "$APP/.npmrc" || strings.HasSuffix(p, "/.yarnrc"):
		return "npm configuration"
	case strings.Contains(p, ".git/hooks") || p == "$APP/.git/config":
		return "git hooks"
	case strings.HasPrefix(p, "~/."):
		switch path.Base(p) {
		case ".bashrc", ".profile", ".bash_profile", ".zshrc", ".zprofile", ".bash_login", ".bash_logout", "config.fish":
			return "a shell start-up file"
		}
		if strings.HasPrefix(p, "~/.config/autostart") || strings.HasPrefix(p, "~/.config/systemd") || strings.HasPrefix(p, "~/.ssh/") {
			return "login or autostart configuration"
		}
	}
	return ""
}

// destructive says whether a change removes the home directory, the project or the root.
func destructive(detail string) bool {
	for _, p := range []string{"rmdir ~ ", "rmdir $APP ", "rmdir / ", "unlinkat ~ ", "unlinkat $APP "} {
		if strings.HasPrefix(detail+" ", p) {
			return true
		}
	}
	return false
}

func findings(fresh []Event, nowKeys map[string]bool) []heuristics.Finding {
	var out []heuristics.Finding
	add := func(rule string, sev heuristics.Severity, e Event, what string) {
		ev := e.Step + ": " + what
		if e.Pass == PassForward && !nowKeys[e.Kind+"\x00"+e.Detail] {
			ev += " (only in the second pass: clock +400 days, ru_RU locale, Moscow time)"
		}
		out = append(out, heuristics.Finding{Rule: rule, Severity: sev, File: "sandbox:" + e.Step, Evidence: clip(ev, 300)})
	}
	var network bool
	writesOutside := 0
	for _, e := range fresh {
		switch e.Kind {
		case KindConnect, KindDNS, KindSend:
			network = true
		case KindWrite:
			if persistence(e.Detail) == "" {
				writesOutside++
			}
		}
	}
	for _, e := range fresh {
		switch e.Kind {
		case KindExfil:
			add(RuleHoneytoken, heuristics.Critical, e, "decoy credential sent out: "+e.Detail)
		case KindDecoyRead:
			sev := heuristics.Medium
			if network {
				sev = heuristics.High
				add(RuleReadAndSend, heuristics.High, e, "read decoy "+e.Detail+" and made outbound attempts in the same release")
			}
			add(RuleDecoyRead, sev, e, "read decoy "+e.Detail)
		case KindConnect:
			add(RuleNetwork, heuristics.Medium, e, "connect "+e.Detail)
		case KindDNS:
			add(RuleNetwork, heuristics.Medium, e, "DNS query "+e.Detail)
		case KindSend:
			add(RuleNetwork, heuristics.Medium, e, "sent "+e.Detail)
		case KindWrite:
			if why := persistence(e.Detail); why != "" {
				add(RulePersistence, heuristics.High, e, "writes "+why+": "+e.Detail)
			} else {
				sev := heuristics.Medium
				if writesOutside >= 5 || destructive(e.Detail) {
					sev = heuristics.High
				}
				add(RuleWriteOutside, sev, e, "writes outside the package: "+e.Detail)
			}
		case KindExec:
			prog := e.Detail
			if i := strings.IndexByte(prog, ' '); i >= 0 {
				prog = prog[:i]
			}
			sev := heuristics.Low
			if suspiciousPrograms[path.Base(prog)] {
				sev = heuristics.Medium
			}
			add(RuleExec, sev, e, "runs "+e.Detail)
		case KindRead:
			sev := heuristics.Low
			if strings.HasPrefix(e.Detail, "~/") || strings.HasPrefix(e.Detail, "/etc/shadow") || strings.HasPrefix(e.Detail, "/root") {
				sev = heuristics.Medium
			}
			add(RuleRead, sev, e, "reads "+e.Detail)
		case KindEscape:
			add(RuleEscape, heuristics.High, e, e.Detail)
		case KindLimit:
			add(RuleLimit, heuristics.Medium, e, "hit the sandbox limit: "+e.Detail)
		}
	}
	// Behaviour seen only when the clock moved forward is a finding of its own.
	for _, e := range fresh {
		if e.Pass == PassForward && !nowKeys[e.Kind+"\x00"+e.Detail] && e.Kind != KindLimit && e.Kind != KindKilled && e.Kind != KindRun {
			add(RuleClockTriggered, heuristics.Medium, e, "behaviour that waits for a later date or a locale: "+e.Kind+" "+e.Detail)
			break
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rule < out[j].Rule })
	return dedupeFindings(out)
}

func dedupeFindings(fs []heuristics.Finding) []heuristics.Finding {
	seen := map[heuristics.Finding]bool{}
	out := fs[:0]
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}
