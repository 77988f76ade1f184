package sandbox

import (
	"crypto/sha256"
	"path/filepath"
	"testing"
)

// TestSandboxCatchesMaliciousPairs runs the sandbox's own release pairs (testdata/pairs)
// and checks the behaviour that gives each away; the benign control (the base against
// itself) must show nothing.
func TestSandboxCatchesMaliciousPairs(t *testing.T) {
	r := newRunner(t, Config{})
	for _, tc := range []struct {
		pair string
		want map[string]string
	}{
		{"npmrc-base64-dns", map[string]string{RuleHoneytoken: "npmrc (base64) over dns", RuleReadAndSend: "npmrc"}},
		// Heuristics-only scorer before the sandbox: "i18n-messages-lite@1.2.1: score 100/100 ... not flagged".
		{"txt-payload-dns", map[string]string{RuleHoneytoken: "npmrc (base64) over dns", RuleReadAndSend: "npmrc"}},
		{"keys-https-rawip", map[string]string{RuleHoneytoken: "ssh-key (base32) over tcp 45.9.148.108:4444", RuleDecoyRead: "aws-credentials"}},
		{"persistence-timebomb", map[string]string{RulePersistence: "git hooks", RuleClockTriggered: "203.0.113.7:80"}},
		{"geo-gated-wiper", map[string]string{RuleNetwork: "api.ipgeolocation.io", RulePersistence: "~/.npmrc", RuleWriteOutside: "~/.gitconfig"}},
	} {
		t.Run(tc.pair, func(t *testing.T) {
			rep := runPair(t, r, filepath.Join("testdata", "pairs", tc.pair))
			for rule, frag := range tc.want {
				if !hasFinding(rep, rule, frag) {
					t.Errorf("no %s finding with %q; findings:\n%s", rule, frag, dump(rep))
				}
			}
		})
	}
}

// TestSandboxBehaviourReproducible: a re-run of the same pair (what `vouch rescore` and
// `vouch audit score --sandbox` do) gives the same behaviour hash; the base against
// itself gives no finding.
func TestSandboxBehaviourReproducible(t *testing.T) {
	r := newRunner(t, Config{})
	dir := filepath.Join("testdata", "pairs", "keys-https-rawip")
	a, b := runPair(t, r, dir), runPair(t, r, dir)
	ha, err := a.Hash()
	if err != nil {
		t.Fatal(err)
	}
	hb, _ := b.Hash()
	if ha != hb {
		t.Errorf("behaviour hash differs between two runs: %x vs %x\nfirst:\n%v\nsecond:\n%v", ha, hb, a.New.Events, b.New.Events)
	}
	base := pack(t, filepath.Join(dir, "base"))
	seed := sha256.Sum256(base)
	x, err := r.Run(t.Context(), base, seed)
	if err != nil {
		t.Fatal(err)
	}
	y, err := r.Run(t.Context(), base, seed)
	if err != nil {
		t.Fatal(err)
	}
	if rep := Compare(x, y); len(rep.Findings) != 0 {
		t.Errorf("a release compared with itself has findings:\n%s", dump(rep))
	}
}
