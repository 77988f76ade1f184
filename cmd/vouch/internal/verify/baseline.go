package verify

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// The no-downgrade rule: vouch remembers, per project, which packages
// verified; a package that verified before and does not now fails as
// downgrade, whatever its new status would have said (a version published
// before enrollment, a git URL, a package the registry says is not enrolled).

// BaselineFile is the state file's name beside the lockfile.
const BaselineFile = ".vouch-baseline.json"

// maxBaseline bounds the state file read.
const maxBaseline = 64 << 20

// Baseline maps package names to the version that last verified.
type Baseline struct {
	Verified map[string]string `json:"verified"`
}

type baselineFile struct {
	Version  int               `json:"version"`
	Verified map[string]string `json:"verified"`
}

// ReadBaseline reads the state file at path; a missing file is an empty baseline.
func ReadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return &Baseline{Verified: map[string]string{}}, nil
	}
	if err != nil {
		return nil, err
	}
	if len(data) > maxBaseline {
		return nil, fmt.Errorf("baseline %s is larger than %d MB", path, maxBaseline>>20)
	}
	var f baselineFile
	// Exact names, duplicates refused: the baseline is trusted input too.
	if err := json.Unmarshal(data, &f, json.RejectUnknownMembers(true), json.MatchCaseInsensitiveNames(false), jsontext.AllowDuplicateNames(false)); err != nil {
		return nil, fmt.Errorf("baseline %s: %v", path, err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("baseline %s: version %d is not supported (want 1)", path, f.Version)
	}
	if f.Verified == nil {
		f.Verified = map[string]string{}
	}
	return &Baseline{Verified: f.Verified}, nil
}

// check turns a result that is not verified, for a package that verified
// before, into a downgrade. Failures keep their own, more precise status.
func (b *Baseline) check(r Result) Result {
	prev, ok := b.Verified[r.Name]
	if !ok || r.Status == Verified || r.Error {
		return r
	}
	r.BaselineVersion = prev
	r.Reason = fmt.Sprintf("%s@%s verified before; now %s: %s", r.Name, prev, r.Status, r.Reason)
	r.Status, r.Error = Downgrade, true
	return r
}

// Update adds the packages that verified in results; names are never dropped.
func (b *Baseline) Update(results []Result) {
	for _, r := range results {
		if r.Status == Verified {
			b.Verified[r.Name] = r.Version
		}
	}
}

// Write saves the baseline atomically (sorted, so diffs in CI stay small).
func (b *Baseline) Write(path string) error {
	names := make([]string, 0, len(b.Verified))
	for n := range b.Verified {
		names = append(names, n)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	buf.WriteString("{\n  \"version\": 1,\n  \"verified\": {")
	for i, n := range names {
		k, _ := json.Marshal(n)
		v, _ := json.Marshal(b.Verified[n])
		if i > 0 {
			buf.WriteString(",")
		}
		fmt.Fprintf(&buf, "\n    %s: %s", k, v)
	}
	if len(names) > 0 {
		buf.WriteString("\n  ")
	}
	buf.WriteString("}\n}\n")
	tmp, err := os.CreateTemp(filepath.Dir(path), ".vouch-baseline-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
