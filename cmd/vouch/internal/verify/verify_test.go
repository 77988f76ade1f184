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
	"time"

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

var (
	enrolledAt = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	before     = enrolledAt.Add(-24 * time.Hour)
	after      = enrolledAt.Add(24 * time.Hour)
)

func cases() ([]lockfile.Entry, []Record, []Status, []bool) {
	good, evil := []byte("good tarball"), []byte("tampered tarball")
	revoked := signed(good, 90)
	revoked.Revoked = true
	noScore := signed(good, 0)
	noScore.HasScore = false
	gitDep := entry("from-git", "1.0.0", good)
	gitDep.Source, gitDep.Resolved = lockfile.Git, "git+ssh://git@github.com/a/b.git#abc"
	entries := []lockfile.Entry{
		entry("good", "1.0.0", good),
		entry("plain", "2.0.0", good),
		entry("tampered", "1.0.0", evil),
		entry("stolen-token", "1.0.1", evil),
		entry("pulled", "1.0.0", good),
		entry("shady", "1.0.0", good),
		entry("unscored", "1.0.0", good),
		entry("old", "0.9.0", good),
		entry("unknown-time", "0.9.0", good),
		gitDep,
	}
	records := []Record{signed(good, 90), {}, signed(good, 90), {Enrolled: true, EnrolledAt: enrolledAt, PublishedAt: after}, revoked, signed(good, 20), noScore,
		{Enrolled: true, EnrolledAt: enrolledAt, PublishedAt: before}, {Enrolled: true, EnrolledAt: enrolledAt}, signed(good, 90)}
	want := []Status{Verified, NotEnrolled, Mismatch, Unsigned, Revoked, LowScore, ScoreUnattested, PreEnrollment, Unsigned, NotFromRegistry}
	wantErr := []bool{false, false, true, true, true, true, false, false, true, false}
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
	if !strings.Contains(results[9].Reason, "git+ssh://") {
		t.Errorf("not-from-registry must name the source: %s", results[9].Reason)
	}
	strict, _ := Classify(entries, records, Options{Strict: true})
	for _, i := range []int{1, 6, 7, 9} {
		if !strict[i].Error {
			t.Errorf("--strict must make %s a failure", strict[i].Status)
		}
	}
	floor, _ := Classify(entries[:1], records[:1], Options{MinScore: 95})
	if floor[0].Status != LowScore {
		t.Errorf("--min-score above the package's own policy: got %s", floor[0].Status)
	}
	if s := Summarize(results); s.Findings != 5 || s.Warnings != 4 || s.ByStatus[Unsigned] != 2 {
		t.Errorf("summary %+v", s)
	}
	if _, err := Classify(entries, records[:1], Options{}); err == nil {
		t.Error("a short answer from the source must be an error, never a silent pass")
	}
}

func TestPublishedBeforeEnrollment(t *testing.T) {
	tests := []struct {
		name                string
		published, enrolled time.Time
		want                bool
	}{
		{"before", before, enrolledAt, true},
		{"after", after, enrolledAt, false},
		{"same second", enrolledAt, enrolledAt, false},
		{"publish time unknown", time.Time{}, enrolledAt, false},
		{"enrollment unknown", before, time.Time{}, false},
	}
	for _, tc := range tests {
		if got := PublishedBeforeEnrollment(tc.published, tc.enrolled); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestDowngrade: a package that verified before and now shows as anything
// but verified fails as downgrade, whichever warning it would have been.
func TestDowngrade(t *testing.T) {
	entries, records, _, _ := cases()
	path := filepath.Join(t.TempDir(), BaselineFile)
	b, err := ReadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	first, _ := Classify(entries[:1], records[:1], Options{Baseline: b})
	b.Update(first)
	for _, name := range []string{"plain", "unscored", "old", "from-git", "tampered"} {
		b.Verified[name] = "0.1.0"
	}
	if err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	b2, err := ReadBaseline(path)
	if err != nil || b2.Verified["good"] != "1.0.0" {
		t.Fatalf("baseline round trip: %+v, %v", b2, err)
	}
	results, _ := Classify(entries, records, Options{Baseline: b2})
	want := map[string]Status{"good": Verified, "plain": Downgrade, "unscored": Downgrade, "old": Downgrade, "from-git": Downgrade, "tampered": Mismatch}
	for _, r := range results {
		if w, ok := want[r.Name]; ok && (r.Status != w || (w != Verified) != r.Error) {
			t.Errorf("%s: %s error %v (%s), want %s", r.Name, r.Status, r.Error, r.Reason, w)
		}
	}
}

func TestBaselineRefusesAmbiguousNames(t *testing.T) {
	for name, data := range map[string]string{
		"duplicate": `{"version": 1, "verified": {"a": "1.0.0", "a": "2.0.0"}}`,
		"Verified":  `{"version": 1, "Verified": {"a": "1.0.0"}}`,
		"unknown":   `{"version": 1, "verified": {}, "extra": true}`,
	} {
		path := filepath.Join(t.TempDir(), BaselineFile)
		os.WriteFile(path, []byte(data), 0o644)
		if _, err := ReadBaseline(path); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestPackumentTimes(t *testing.T) {
	got, err := parsePackumentTimes([]byte(`{"name": "a", "time": {"1.0.0": "2020-01-02T03:04:05.678Z"}}`))
	if err != nil || got["1.0.0"] != "2020-01-02T03:04:05.678Z" {
		t.Fatalf("%v %v", got, err)
	}
	for _, bad := range []string{
		`{"time": {"1.0.0": "2020-01-01T00:00:00Z"}, "Time": {"1.0.0": "2030-01-01T00:00:00Z"}}`,
		`{"time": {"1.0.0": "2020-01-01T00:00:00Z", "1.0.0": "2030-01-01T00:00:00Z"}}`,
	} {
		if _, err := parsePackumentTimes([]byte(bad)); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

func FuzzPackumentTimes(f *testing.F) {
	f.Add([]byte(`{"name": "a", "time": {"1.0.0": "2020-01-02T03:04:05.678Z"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		times, err := parsePackumentTimes(data)
		if err == nil && times == nil {
			t.Fatal("nil map without an error")
		}
	})
}

func FuzzReadBaseline(f *testing.F) {
	f.Add([]byte(`{"version": 1, "verified": {"a": "1.0.0"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), BaselineFile)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		b, err := ReadBaseline(path)
		if err == nil && b.Verified == nil {
			t.Fatal("nil map without an error")
		}
	})
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
	// Every package that is not verified, except the one not enrolled,
	// which is folded into a single note.
	if n := len(parsed.Runs[0].Results); n != 9 {
		t.Fatalf("%d SARIF results, want 9", n)
	}
	notes := 0
	for _, r := range parsed.Runs[0].Results {
		if r.Level == "note" {
			notes++
		}
	}
	if notes != 1 {
		t.Errorf("%d notes, want 1 (the packages not enrolled)", notes)
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
