package sim

import (
	"os"
	"path/filepath"
	"testing"
)

// TestExpectedMeasurement: what an auditor computes from a binary equals the
// measurement sim evidence of that binary shows (TestRoundTrip ties
// expectedMeasurement to real evidence), and another binary differs.
func TestExpectedMeasurement(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "coordinator")
	if err := os.WriteFile(path, []byte("a build"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, err := CodeOf(path)
	if err != nil {
		t.Fatal(err)
	}
	got, pcrs, err := ExpectedMeasurement(code)
	if err != nil {
		t.Fatal(err)
	}
	if want := expectedMeasurement(t, code); got != want || len(pcrs) != 10 {
		t.Fatalf("ExpectedMeasurement = %s (%d PCRs), want %s", got, len(pcrs), want)
	}
	if other, _, _ := ExpectedMeasurement(testCode); other == got {
		t.Fatal("two binaries, one measurement")
	}
}
