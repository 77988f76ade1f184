package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ollama/ollama/api"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/corpus"
	"github.com/vouchpm/vouch/scorer/model"
	"github.com/vouchpm/vouch/scorer/model/modeltest"
)

func startScorer(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	var stderr bytes.Buffer
	go func() { done <- run(ctx, args, pw, &stderr, builtinPlatforms); pw.Close() }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("scorer did not stop")
		}
	})
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("scorer exited: %v; stderr: %s", err, stderr.String())
	}
	go io.Copy(io.Discard, pr)
	m := regexp.MustCompile(`listening on (\S+) `).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("no address in %q", line)
	}
	return m[1]
}

func TestServeScores(t *testing.T) {
	addr := startScorer(t, "--listen", "127.0.0.1:0", "--model", "none", "--platform", "none", "--chain-id", "31337")
	c, err := wire.DialScorer(context.Background(), addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	info, err := c.Do(context.Background(), wire.ScorerRequest{Op: wire.ScorerOpInfo})
	if err != nil {
		t.Fatal(err)
	}
	if info.Info.Mode != scorer.ModeHeuristicsOnly || info.Info.Platform != "" || len(info.Info.Evidence) != 0 {
		t.Fatalf("info %+v", info.Info)
	}
	dir := "../../scorer/testdata/corpus/malicious/credential-harvester-https"
	base, _ := corpus.Pack(dir + "/base")
	nw, _ := corpus.Pack(dir + "/new")
	resp, err := c.Do(context.Background(), wire.ScorerRequest{Op: wire.ScorerOpScore, Score: &wire.ScoreTarballsRequest{PackageName: "env-config-helper", Version: "1.2.1", BaseTarball: base, NewTarball: nw}})
	if err != nil {
		t.Fatal(err)
	}
	r := resp.Score
	digest, _ := wire.Digest(wire.Domain{ChainID: 31337}, r.Score)
	if !bytes.Equal(digest[:], r.Digest) {
		t.Fatal("digest does not recompute")
	}
	addrGot, err := wire.Recover(digest, r.Signature)
	if err != nil || addrGot != common.BytesToAddress(info.Info.Address) {
		t.Fatalf("signature recovers %s, scorer key is %x (%v)", addrGot, info.Info.Address, err)
	}
	rep, err := scorer.ReportFromJSON(r.Report)
	if err != nil {
		t.Fatal(err)
	}
	if fh, _ := rep.FindingsHash(); fh != r.Score.FindingsHash || !rep.Flagged {
		t.Fatalf("report hash or flag wrong: flagged=%v", rep.Flagged)
	}
	// a bad request is answered with an error, and the connection stays usable
	if _, err := c.Do(context.Background(), wire.ScorerRequest{Op: wire.ScorerOpScore, Score: &wire.ScoreTarballsRequest{PackageName: "x", Version: "1", NewTarball: []byte("junk")}}); err == nil || !strings.Contains(err.Error(), "new tarball") {
		t.Fatalf("junk tarball: %v", err)
	}
	if _, err := c.Do(context.Background(), wire.ScorerRequest{Op: wire.ScorerOpInfo}); err != nil {
		t.Fatalf("connection unusable after an error: %v", err)
	}
}

func writeManifest(t *testing.T, digest string) string {
	p := filepath.Join(t.TempDir(), "m.json")
	m := map[string]any{"name": "gemma3:4b", "weightsDigest": digest, "prompt": "judge", "parameters": map[string]any{"temperature": 0, "seed": 42}}
	b, _ := json.Marshal(m)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRefusesDigestMismatch(t *testing.T) {
	served := strings.Repeat("a", 64)
	srv := modeltest.New(t, "gemma3:4b", served, func(api.ChatRequest, int) modeltest.Reply { return modeltest.Reply{} })
	var stderr bytes.Buffer
	// the scripted server keeps no weights on disk: only the unsafe opt-out reaches it
	code := run(context.Background(), []string{"--listen", "127.0.0.1:0", "--model", writeManifest(t, strings.Repeat("b", 64)), "--ollama", srv.URL.String(), "--ollama-remote-unsafe", "--platform", "none"}, io.Discard, &stderr, builtinPlatforms)
	if code != 1 || !strings.Contains(stderr.String(), "digest differs") {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	// the matching digest starts and reports the model
	addr := startScorer(t, "--listen", "127.0.0.1:0", "--model", writeManifest(t, served), "--ollama", srv.URL.String(), "--ollama-remote-unsafe", "--platform", "none")
	c, err := wire.DialScorer(context.Background(), addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	info, err := c.Do(context.Background(), wire.ScorerRequest{Op: wire.ScorerOpInfo})
	if err != nil || info.Info.Mode != scorer.ModeModel || info.Info.ModelName != "gemma3:4b" {
		t.Fatalf("info %+v %v", info, err)
	}
}

// The scorer talks to ollama on loopback only, and only where it can hash the weights.
func TestOllamaLocality(t *testing.T) {
	served := strings.Repeat("a", 64)
	m := writeManifest(t, served)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--ollama", "http://10.1.2.3:11434"}, "not on a loopback address"},
		{[]string{"--ollama", "http://localhost:11434"}, "not on a loopback address"},
		{[]string{"--ollama", "http://127.0.0.1:11434"}, "--ollama-models DIR is required"},
	} {
		var stderr bytes.Buffer
		args := append([]string{"--listen", "127.0.0.1:0", "--model", m, "--platform", "none"}, tc.args...)
		if code := run(context.Background(), args, io.Discard, &stderr, builtinPlatforms); code != 1 || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %q", tc.args, code, stderr.String(), tc.want)
		}
	}
	// with the opt-out, the scorer says so where it starts, and each report records it
	srv := modeltest.New(t, "gemma3:4b", served, func(api.ChatRequest, int) modeltest.Reply {
		return modeltest.Reply{Chunks: []string{`{"score":90,"verdict":"safe","reasons":[]}`}}
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"--listen", "127.0.0.1:0", "--model", m, "--ollama", srv.URL.String(), "--ollama-remote-unsafe", "--platform", "none"}, pw, io.Discard, builtinPlatforms)
		pw.Close()
	}()
	line, _ := bufio.NewReader(pr).ReadString('\n')
	go io.Copy(io.Discard, pr)
	if !strings.Contains(line, "REMOTE-UNSAFE ollama") {
		t.Fatalf("start line %q does not say the ollama is remote-unsafe", line)
	}
	addr := regexp.MustCompile(`listening on (\S+) `).FindStringSubmatch(line)[1]
	c, err := wire.DialScorer(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dir := "../../scorer/testdata/corpus/malicious/credential-harvester-https"
	base, _ := corpus.Pack(dir + "/base")
	nw, _ := corpus.Pack(dir + "/new")
	resp, err := c.Do(context.Background(), wire.ScorerRequest{Op: wire.ScorerOpScore, Score: &wire.ScoreTarballsRequest{PackageName: "env-config-helper", Version: "1.2.1", BaseTarball: base, NewTarball: nw}})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := scorer.ReportFromJSON(resp.Score.Report)
	if err != nil || rep.ModelLocality != model.LocalityRemoteUnsafe {
		t.Fatalf("report modelLocality %q (%v), want %q", rep.ModelLocality, err, model.LocalityRemoteUnsafe)
	}
	if fh, _ := rep.FindingsHash(); fh != resp.Score.Score.FindingsHash {
		t.Fatal("the signed findingsHash does not cover the locality")
	}
	c.Close()
	cancel()
	<-done
}

func TestRefusesTestOnlyModel(t *testing.T) {
	var stderr bytes.Buffer
	code := run(context.Background(), []string{"--listen", "127.0.0.1:0", "--model", "../../models/tiny-test.json", "--platform", "none"}, io.Discard, &stderr, builtinPlatforms)
	if code != 1 || !strings.Contains(stderr.String(), "testOnly") {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"--model", "none"}, {"--platform", "none"}, {"--bogus"}} {
		if code := run(context.Background(), args, io.Discard, io.Discard, builtinPlatforms); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code := run(context.Background(), []string{"--model", "none", "--platform", "sgx", "--listen", "127.0.0.1:0"}, io.Discard, io.Discard, builtinPlatforms); code != 1 {
		t.Errorf("unknown platform: exit %d", code)
	}
	if code := run(context.Background(), []string{"--model", "none", "--platform", "none", "--listen", "0.0.0.0:0"}, io.Discard, io.Discard, builtinPlatforms); code != 1 {
		t.Errorf("non-loopback listen accepted: exit %d", code)
	}
}
