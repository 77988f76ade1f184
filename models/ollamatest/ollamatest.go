// Package ollamatest starts a real ollama server (the binary `make ollama`
// builds) on a loopback port for tests, and loads generated tiny models into it.
// It runs on the untrusted host or a developer machine, inside `go test` only.
package ollamatest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ollama/ollama/api"

	"github.com/vouchpm/vouch/models"
	"github.com/vouchpm/vouch/models/tinygen"
)

// EnvBinary names the variable that points at an ollama binary; without
// it, Start uses <repo>/build/bin/ollama.
const EnvBinary = "VOUCH_OLLAMA_BIN"

// TinySeed is the seed of the model models/tiny-test.json pins.
const TinySeed = 1

// Server is a running `ollama serve` owned by one test.
type Server struct {
	// URL is the base URL, http://127.0.0.1:PORT.
	URL *url.URL
	// Client talks to the server.
	Client *api.Client
	// Manifest is models/tiny-test.json, whose model Start has created.
	Manifest models.Manifest
	// Dir holds OLLAMA_MODELS, the generated GGUF files and the server log.
	Dir string

	tb      testing.TB
	cmd     *exec.Cmd
	logPath string
}

// Binary returns the ollama binary tests should run, or "" when there is
// none; the caller decides whether to skip or fail.
func Binary() string {
	if p := os.Getenv(EnvBinary); p != "" {
		return p
	}
	root, err := repoRoot()
	if err != nil {
		return ""
	}
	p := filepath.Join(root, "build", "bin", "ollama")
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// Start starts ollama serve on a free loopback port with its own model
// folder, creates the tiny test model (seed TinySeed) under the tag
// models/tiny-test.json names, and stops the server when the test ends.
//
// Without a binary it skips the test, except when CI is set: then a missing
// server is a failure, so CI can never pass by skipping.
func Start(tb testing.TB) *Server {
	tb.Helper()
	bin := Binary()
	if bin == "" {
		msg := "ollama binary not built: run `make ollama` (builds build/bin/ollama) or set " + EnvBinary
		if os.Getenv("CI") != "" {
			tb.Fatal(msg + " (CI is set, so this is a failure, not a skip)")
		}
		tb.Skip(msg)
	}
	if _, err := os.Stat(bin); err != nil {
		tb.Fatalf("ollama binary %s: %v", bin, err)
	}
	m, err := models.Embedded("tiny-test")
	if err != nil {
		tb.Fatal(err)
	}
	s := &Server{Manifest: m, Dir: tb.TempDir(), tb: tb}
	s.start(bin)
	s.CreateTiny(m.Name, TinySeed)
	return s
}

func (s *Server) start(bin string) {
	tb := s.tb
	tb.Helper()
	port, err := freePort()
	if err != nil {
		tb.Fatal(err)
	}
	host := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	s.URL = &url.URL{Scheme: "http", Host: host}
	s.Client = api.NewClient(s.URL, &http.Client{})

	home := filepath.Join(s.Dir, "home")
	modelsDir := filepath.Join(s.Dir, "models")
	for _, d := range []string{home, modelsDir} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			tb.Fatal(err)
		}
	}
	s.logPath = filepath.Join(s.Dir, "ollama-serve.log")
	logFile, err := os.Create(s.logPath)
	if err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(bin, "serve")
	cmd.Env = append(minimalEnv(),
		"HOME="+home,
		"OLLAMA_HOST="+host,
		"OLLAMA_MODELS="+modelsDir,
		"OLLAMA_NUM_PARALLEL=1",
		"OLLAMA_MAX_LOADED_MODELS=1",
		"OLLAMA_KEEP_ALIVE=10m",
		"OLLAMA_NOPRUNE=1",
	)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Own process group, so stop can end the runner subprocesses too; and
	// SIGTERM if the test binary dies first (a go test timeout skips
	// t.Cleanup), so no server outlives its test.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		tb.Fatalf("start %s serve: %v", bin, err)
	}
	s.cmd = cmd
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait(); logFile.Close() }()
	tb.Cleanup(func() { s.stop(exited) })

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for {
		if _, err := s.Client.Version(ctx); err == nil {
			return
		}
		select {
		case err := <-exited:
			exited <- err // let stop see it too
			tb.Fatalf("ollama serve exited before answering /api/version: %v\n%s", err, s.LogTail(40))
		case <-ctx.Done():
			tb.Fatalf("ollama serve on %s did not answer /api/version within 60s\n%s", host, s.LogTail(40))
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func (s *Server) stop(exited chan error) {
	if s.tb.Failed() {
		s.tb.Logf("ollama serve log (last lines):\n%s", s.LogTail(40))
	}
	pgid := s.cmd.Process.Pid
	_ = syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		s.tb.Logf("ollama serve ignored SIGTERM for 10s; killing its process group")
	}
	// Whatever is left of the group (runner subprocesses) goes now.
	_ = syscall.Kill(-pgid, syscall.SIGKILL)
}

// CreateTiny generates the tiny model for seed and creates it under tag
// through the API, replacing any model of that tag. It returns the digest
// /api/tags now reports for tag.
//
// It creates in two steps, as tinygen's Modelfiles do: a model created
// straight from a GGUF blob records the blob's absolute path under
// OLLAMA_MODELS in its manifest ("from"), so its digest would differ per
// folder. A model created FROM another model records that model's name
// instead, which makes the final digest depend only on weights, template,
// and ollama's OS/architecture: pinnable. The staging model is deleted.
func (s *Server) CreateTiny(tag string, seed uint64) string {
	tb := s.tb
	tb.Helper()
	path := filepath.Join(s.Dir, fmt.Sprintf("tiny-seed-%d.gguf", seed))
	if err := tinygen.WriteFile(path, seed); err != nil {
		tb.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	sum := sha256.Sum256(data)
	blob := "sha256:" + hex.EncodeToString(sum[:])
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := s.Client.CreateBlob(ctx, blob, bytes.NewReader(data)); err != nil {
		tb.Fatalf("upload %s (%s) to ollama: %v", path, blob, err)
	}
	stage := tinygen.StageName(seed)
	stream := false
	progress := func(api.ProgressResponse) error { return nil }
	if err := s.Client.Create(ctx, &api.CreateRequest{
		Model: stage, Files: map[string]string{"tiny.gguf": blob}, Stream: &stream,
	}, progress); err != nil {
		tb.Fatalf("ollama create %s from %s: %v\n%s", stage, path, err, s.LogTail(20))
	}
	if err := s.Client.Create(ctx, &api.CreateRequest{
		Model: tag, From: stage, Template: tinygen.Template, Stream: &stream,
	}, progress); err != nil {
		tb.Fatalf("ollama create %s from %s: %v\n%s", tag, stage, err, s.LogTail(20))
	}
	if err := s.Client.Delete(ctx, &api.DeleteRequest{Model: stage}); err != nil {
		tb.Fatalf("ollama delete %s: %v", stage, err)
	}
	list, err := s.Client.List(ctx)
	if err != nil {
		tb.Fatalf("ollama list after create %s: %v", tag, err)
	}
	for _, m := range list.Models {
		if m.Name == tag || m.Name == tag+":latest" || m.Model == tag {
			return m.Digest
		}
	}
	tb.Fatalf("ollama create %s succeeded but /api/tags does not list it", tag)
	return ""
}

// LogTail returns the last n lines of the server's log.
func (s *Server) LogTail(n int) string {
	data, err := os.ReadFile(s.logPath)
	if err != nil {
		return fmt.Sprintf("(no ollama log: %v)", err)
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// minimalEnv passes PATH and TMPDIR through and nothing else, so a
// developer's OLLAMA_* settings cannot leak into the test server.
func minimalEnv() []string {
	var env []string
	for _, k := range []string{"PATH", "TMPDIR"} {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}
	return env
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free loopback port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// repoRoot walks up from the working directory to the vouch go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.HasPrefix(bytes.TrimSpace(data), []byte("module github.com/vouchpm/vouch")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("vouch repository root (go.mod) not found above the working directory")
		}
		dir = parent
	}
}
