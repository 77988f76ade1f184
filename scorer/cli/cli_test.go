package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ollama/ollama/api"
	"github.com/vouchpm/vouch/scorer/corpus"
	"github.com/vouchpm/vouch/scorer/model/modeltest"
)

func packTo(t *testing.T, dir string) string {
	t.Helper()
	b, err := corpus.Pack(dir)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), filepath.Base(filepath.Dir(dir))+"-"+filepath.Base(dir)+".tgz")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func execute(args ...string) (string, int) {
	cmd := NewScoreCommand()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	err := cmd.Execute()
	if err == nil {
		return out.String(), 0
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		return out.String() + err.Error(), ee.ExitCode()
	}
	return out.String() + err.Error(), ExitUsage // cobra flag errors: cmd/vouch maps them to 2
}

const mal = "../testdata/corpus/malicious/"

func TestScoreJSONFlagged(t *testing.T) {
	base, nw := packTo(t, mal+"ua-parser-js-preinstall-miner/base"), packTo(t, mal+"ua-parser-js-preinstall-miner/new")
	out, code := execute("--base", base, "--new", nw, "--json")
	if code != ExitFlagged {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	var o JSONOutput
	if err := json.NewDecoder(strings.NewReader(out)).Decode(&o); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if !o.Flagged || o.Score != o.HeuristicScore || o.ModelHash != "0x"+strings.Repeat("0", 64) || len(o.InputHash) != 66 || o.Mode != "heuristics-only" {
		t.Fatalf("output %+v", o)
	}
	seen := map[string]bool{}
	for _, f := range o.Findings {
		seen[f.Rule] = true
		if f.Severity == "" || f.Evidence == "" {
			t.Fatalf("finding without severity or evidence: %+v", f)
		}
	}
	if !seen["install-script"] || !seen["crypto-miner"] {
		t.Fatalf("rules %v", seen)
	}
}

func TestScoreNotFlagged(t *testing.T) {
	nw := packTo(t, mal+"prompt-injection-readme/base") // a plain first release
	out, code := execute("--new", nw)
	if code != ExitOK || !strings.Contains(out, "left-trim-lines@1.0.4: score 100/100") || !strings.Contains(out, "not flagged") {
		t.Fatalf("exit %d\n%s", code, out)
	}
}

func TestScoreUsage(t *testing.T) {
	nw := packTo(t, mal+"prompt-injection-readme/new")
	other := packTo(t, mal+"ua-parser-js-inline-preinstall/base")
	junk := filepath.Join(t.TempDir(), "junk.tgz")
	os.WriteFile(junk, []byte("not a tarball"), 0o644)
	tests := []struct {
		args []string
		code int
	}{
		{[]string{}, ExitUsage},
		{[]string{"--new", "/does/not/exist.tgz"}, ExitUsage},
		{[]string{"--new", nw, "--base", other}, ExitUsage},
		{[]string{"--new", nw, "--threshold", "0"}, ExitUsage},
		{[]string{"--new", nw, "--model", "/no/such/manifest.json"}, ExitUsage},
		{[]string{"--new", junk}, ExitFlagged},
	}
	for _, tc := range tests {
		if out, code := execute(tc.args...); code != tc.code {
			t.Errorf("%v: exit %d, want %d\n%s", tc.args, code, tc.code, out)
		}
	}
}

func TestScoreWithModel(t *testing.T) {
	const digest = "a2af6cc3eb7fa8be8504abaf9b04e88f17a119ec3f04a3addf55f92841195f5a"
	srv := modeltest.New(t, "gemma3:4b", digest, func(api.ChatRequest, int) modeltest.Reply {
		return modeltest.Reply{Chunks: []string{`{"score": 100, "verdict": "safe", "reasons": []}`}}
	})
	base, nw := packTo(t, mal+"prompt-injection-string/base"), packTo(t, mal+"prompt-injection-string/new")
	out, code := execute("--base", base, "--new", nw, "--model", "../../models/gemma3-4b.json", "--ollama", srv.URL.String(), "--json")
	if code != ExitFlagged {
		t.Fatalf("exit %d\n%s", code, out)
	}
	var o JSONOutput
	if err := json.Unmarshal([]byte(out[:strings.LastIndex(out, "}")+1]), &o); err != nil {
		t.Fatal(err)
	}
	if o.Mode != "model+heuristics" || o.ModelHash != "0x713c7bcca0bf7007f30d6a48ead49a71a0ad8f8c72e6d2e3bb90bc93e87b9522" || o.Score > o.HeuristicScore {
		t.Fatalf("output %+v", o)
	}
	// a server with other weights under the tag is refused before any diff is sent
	bad := modeltest.New(t, "gemma3:4b", strings.Repeat("c", 64), func(api.ChatRequest, int) modeltest.Reply { return modeltest.Reply{} })
	out, code = execute("--new", nw, "--model", "../../models/gemma3-4b.json", "--ollama", bad.URL.String())
	if code != ExitUsage || !strings.Contains(out, "digest differs") || len(bad.Requests()) != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
}
