package cli

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/scorer/sandbox"
)

// TestScoreSandboxAndRescore: `vouch score --sandbox` records a behaviourHash and the
// sandbox's findings; `vouch rescore` of that report re-runs the sandbox and reproduces
// it; a report whose behaviourHash was changed is not reproduced.
func TestScoreSandboxAndRescore(t *testing.T) {
	if _, err := sandbox.New(sandbox.Config{}); errors.Is(err, sandbox.ErrUnavailable) || os.Geteuid() != 0 {
		t.Skipf("sandbox unavailable here (tools or root): %v", err)
	}
	sample := mal + "credential-harvester-dns-postinstall/"
	base, nw := packTo(t, sample+"base"), packTo(t, sample+"new")
	report, rec := recordScore(t, "--base", base, "--new", nw, "--sandbox")
	if rec.BehaviourHash == "" {
		t.Fatal("score --sandbox recorded no behaviourHash")
	}
	found := false
	for _, f := range rec.Findings {
		found = found || f.Rule == sandbox.RuleHoneytoken
	}
	if !found {
		t.Errorf("no %s finding: %+v", sandbox.RuleHoneytoken, rec.Findings)
	}
	if out, code := run(NewRescoreCommand(), "--report", report, "--base", base, "--new", nw); code != ExitOK || !strings.Contains(out, "reproduced") {
		t.Fatalf("rescore exit %d:\n%s", code, out)
	}
	rec.BehaviourHash = "0x" + strings.Repeat("00", 32)
	if out, code := run(NewRescoreCommand(), "--report", writeReport(t, rec), "--base", base, "--new", nw); code != ExitDiffers || !strings.Contains(out, "behaviourHash") {
		t.Fatalf("rescore of a changed behaviourHash: exit %d:\n%s", code, out)
	}
}
