package verify

import (
	"bytes"
	"crypto/sha512"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
)

func entry(name, version string, tarball []byte) lockfile.Entry {
	d := sha512.Sum512(tarball)
	return lockfile.Entry{Path: "node_modules/" + name, Name: name, Version: version, Integrity: lockfile.SRI(d[:])}
}

func signed(tarball []byte, score uint8) Record {
	d := sha512.Sum512(tarball)
	return Record{Enrolled: true, MinScore: 60, Exists: true, IntegrityHash: crypto.Keccak256Hash(d[:]), SignerCount: 2, Score: score, HasScore: true}
}

func cases() ([]lockfile.Entry, []Record, []Status, []bool) {
	good, evil := []byte("good tarball"), []byte("tampered tarball")
	revoked := signed(good, 90)
	revoked.Revoked = true
	noScore := signed(good, 0)
	noScore.HasScore = false
	entries := []lockfile.Entry{
		entry("good", "1.0.0", good),
		entry("plain", "2.0.0", good),
		entry("tampered", "1.0.0", evil),
		entry("stolen-token", "1.0.1", evil),
		entry("pulled", "1.0.0", good),
		entry("shady", "1.0.0", good),
		entry("unscored", "1.0.0", good),
	}
	records := []Record{signed(good, 90), {}, signed(good, 90), {Enrolled: true}, revoked, signed(good, 20), noScore}
	want := []Status{Verified, Unsigned, Mismatch, Unsigned, Revoked, LowScore, ScoreUnattested}
	wantErr := []bool{false, false, true, true, true, true, false}
	return entries, records, want, wantErr
}

func TestClassify(t *testing.T) {
	entries, records, want, wantErr := cases()
	results, err := Classify(entries, records, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range results {
		if r.Status != want[i] || r.Error != wantErr[i] {
			t.Errorf("%s: status %s error %v (%s), want %s error %v", r.Name, r.Status, r.Error, r.Reason, want[i], wantErr[i])
		}
	}
	if !strings.Contains(results[2].Reason, "sha512-") || results[2].ExpectedIntegrity == "" {
		t.Errorf("a mismatch must show expected and actual integrity: %+v", results[2])
	}
	strict, _ := Classify(entries, records, Options{Strict: true})
	if !strict[1].Error || !strict[6].Error {
		t.Error("--strict must make unsigned and unattested packages errors")
	}
	floor, _ := Classify(entries[:1], records[:1], Options{MinScore: 95})
	if floor[0].Status != LowScore {
		t.Errorf("--min-score above the package's own policy: got %s", floor[0].Status)
	}
	if s := Summarize(results); s.Findings != 4 || s.ByStatus[Unsigned] != 2 {
		t.Errorf("summary %+v", s)
	}
	if _, err := Classify(entries, records[:1], Options{}); err == nil {
		t.Error("a short answer from the source must be an error, never a silent pass")
	}
}

func repoRoot(t *testing.T) string {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found")
		}
		dir = parent
	}
}

// TestSARIFValidates runs Microsoft's SARIF Multitool over our output.
func TestSARIFValidates(t *testing.T) {
	entries, records, _, _ := cases()
	results, _ := Classify(entries, records, Options{})
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, results, "package-lock.json", "test"); err != nil {
		t.Fatal(err)
	}
	var parsed struct {
		Runs []struct {
			Results []struct{ RuleID, Level string }
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &parsed); err != nil {
		t.Fatal(err)
	}
	if n := len(parsed.Runs[0].Results); n != 6 {
		t.Fatalf("%d SARIF results, want 6 (every status but verified)", n)
	}
	tool := filepath.Join(repoRoot(t), "build/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool")
	if _, err := os.Stat(tool); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("SARIF Multitool missing in CI (make test installs it): %v", err)
		}
		t.Skipf("SARIF Multitool not installed (run make test once): %v", err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "vouch.sarif")
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tool, "validate", "--json-schema", filepath.Join(filepath.Dir(tool), "sarif-2.1.0.json"), in, "--output", filepath.Join(dir, "report.sarif"))
	cmd.Env = append(os.Environ(), "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("Sarif.Multitool validate: %v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, ": error ") {
			t.Errorf("SARIF validator: %s", line)
		}
	}
	// The validator's own report lists its findings; errors there fail too.
	report, err := os.ReadFile(filepath.Join(dir, "report.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(report, []byte(`"level": "error"`)) {
		t.Errorf("validator report has errors:\n%s", report)
	}
}
