package scorer

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/model"
	"github.com/vouchpm/vouch/scorer/sandbox"
)

// goldenReport fills every field of a findings report, the model's
// assessment and the sandbox's behaviour report.
func goldenReport() *Report {
	beh := &sandbox.Report{
		Version: sandbox.ReportVersion,
		Method:  "bubblewrap+strace -f (golden)",
		Base: &sandbox.Behaviour{
			Steps:  []sandbox.StepResult{{Pass: sandbox.PassNow, Step: "install", Command: "npm install", Exit: "0"}},
			Events: []sandbox.Event{{Pass: sandbox.PassNow, Step: "install", Kind: "exec", Detail: "node"}},
		},
		New: &sandbox.Behaviour{
			Steps: []sandbox.StepResult{
				{Pass: sandbox.PassNow, Step: "install", Command: "npm install", Exit: "0"},
				{Pass: sandbox.PassForward, Step: "require", Command: "node -e require('x')", Exit: "signal SIGKILL"},
			},
			Events: []sandbox.Event{
				{Pass: sandbox.PassNow, Step: "install", Kind: "exec", Detail: "node"},
				{Pass: sandbox.PassForward, Step: "require", Kind: "connect", Detail: "203.0.113.7:443"},
			},
		},
		Findings: []heuristics.Finding{{Rule: sandbox.RuleNetwork, Severity: heuristics.High, File: "sandbox:require", Evidence: "require: connect 203.0.113.7:443 <&>\u2028"}},
	}
	return &Report{
		Version: ReportVersion, PackageName: "@scope/left-pad", PackageVersion: "1.2.4",
		Integrity:       "sha512-AAAA",
		ContentHash:     strings.Repeat("ab", 32),
		BaseContentHash: strings.Repeat("00", 32),
		InputHash:       strings.Repeat("cd", 32),
		Mode:            ModeModel, ModelName: "qwen2.5-coder:7b", ModelHash: strings.Repeat("ef", 32),
		ModelLocality: model.LocalityLoopback,
		Score:         12, HeuristicScore: 40, ModelScore: 12, Cap: 100, Threshold: 60,
		Flagged: true, FirstRelease: false, FilesAdded: 3, FilesChanged: 2, FilesRemoved: 1,
		Findings: []heuristics.Finding{
			{Rule: heuristics.RuleInstallScript, Severity: heuristics.Medium, File: "package.json", Line: 7, Evidence: `"postinstall": "node x.js"`},
			{Rule: "eval-decoded", Severity: heuristics.Critical, File: "lib/é.js", Line: 1, Evidence: "eval(atob('...'))"},
		},
		Model: &model.Assessment{Score: 12, Verdict: "malicious", Reasons: []string{"downloads a payload", "hides it"},
			Parts: 2, PartBytes: 4096, Truncated: true, Usable: false,
			Events: []model.Event{{Part: 1, Kind: "malformed-json", Detail: "unexpected end"}}},
		BehaviourHash: strings.Repeat("12", 32),
		Behaviour:     beh,
	}
}

// TestReportEncodingGolden pins the bytes a findings report encodes to: the
// JSON the scorer returns and the host stores, the canonical CBOR whose
// SHA-256 is the signed findingsHash, and the behaviour report's hash. The
// golden files were written by the code before the report's types moved to
// scorer/report; any change to them changes every findingsHash.
func TestReportEncodingGolden(t *testing.T) {
	rep := goldenReport()
	js, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	cb, err := rep.CanonicalCBOR()
	if err != nil {
		t.Fatal(err)
	}
	fh, err := rep.FindingsHash()
	if err != nil {
		t.Fatal(err)
	}
	bh, err := rep.Behaviour.Hash()
	if err != nil {
		t.Fatal(err)
	}
	hashes := "findingsHash " + hex.EncodeToString(fh[:]) + "\nbehaviourHash " + hex.EncodeToString(bh[:]) + "\n"
	dir := filepath.Join("testdata", "report")
	if os.Getenv("VOUCH_WRITE_GOLDEN") == "1" {
		for name, b := range map[string][]byte{"report.json": js, "report.cbor.hex": []byte(hex.EncodeToString(cb) + "\n"), "hashes.txt": []byte(hashes)} {
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if want := read("report.json"); !bytes.Equal(js, want) {
		t.Errorf("JSON encoding changed:\n got %s\nwant %s", js, want)
	}
	if want := string(read("report.cbor.hex")); hex.EncodeToString(cb)+"\n" != want {
		t.Errorf("canonical CBOR changed:\n got %x\nwant %s", cb, want)
	}
	if want := string(read("hashes.txt")); hashes != want {
		t.Errorf("hashes changed:\n got %s\nwant %s", hashes, want)
	}
	// What an auditor (and the dashboard) does: decode the stored JSON
	// strictly and recompute findingsHash.
	back, err := ReportFromJSON(read("report.json"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := back.FindingsHash(); err != nil || got != fh {
		t.Errorf("findingsHash of the decoded golden JSON = %x, %v; want %x", got, err, fh)
	}
}
