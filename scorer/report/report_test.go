package report

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestGoldenReportDecodes reads the golden report the scorer package pins
// (written by the scorer before these types moved here) as the dashboard
// does: strictly, then recomputing findingsHash and behaviourHash, and
// encoding it back to the same JSON.
func TestGoldenReportDecodes(t *testing.T) {
	js, err := os.ReadFile("../testdata/report/report.json")
	if err != nil {
		t.Fatal(err)
	}
	hashes, err := os.ReadFile("../testdata/report/hashes.txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := FromJSON(js)
	if err != nil {
		t.Fatal(err)
	}
	fh, err := r.FindingsHash()
	if err != nil {
		t.Fatal(err)
	}
	bh, err := r.Behaviour.Hash()
	if err != nil {
		t.Fatal(err)
	}
	if got := "findingsHash " + hex.EncodeToString(fh[:]) + "\nbehaviourHash " + hex.EncodeToString(bh[:]) + "\n"; got != string(hashes) {
		t.Errorf("hashes of the decoded golden report:\n got %s\nwant %s", got, hashes)
	}
	back, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back, js) {
		t.Errorf("re-encoded JSON differs from the golden:\n got %s\nwant %s", back, js)
	}
	// A field the format does not have is refused, not dropped: dropping it
	// would let a report carry data findingsHash does not cover.
	extra := strings.Replace(string(js), `"version": 1,`, `"version": 1, "note": "x",`, 1)
	if _, err := FromJSON([]byte(extra)); err == nil {
		t.Error("a report with an unknown field decoded")
	}
}
