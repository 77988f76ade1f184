package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"time"
)

// findBinary looks for name next to this executable, then on PATH.
func findBinary(name string) (string, error) {
	if self, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(self), name)
		if fi, err := os.Stat(p); err == nil && fi.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	return exec.LookPath(name)
}

var scorerListening = regexp.MustCompile(`scorer listening on (\S+) \((.*)\)`)

// startScorerChild runs the scorer enclave binary as a child process on a
// loopback port with the simulated platform, and returns its address and a
// line describing it. The child dies with ctx.
func startScorerChild(ctx context.Context, bin, stateDir string, chainID uint64, registry string, stderr io.Writer) (addr, desc string, wait func() error, err error) {
	if err := os.MkdirAll(stateDir, 0o700); err != nil {
		return "", "", nil, err
	}
	cmd := exec.CommandContext(ctx, bin, "--listen", "127.0.0.1:0", "--model", "none", "--platform", "sim",
		"--state-dir", stateDir, "--chain-id", fmt.Sprint(chainID), "--registry", registry)
	cmd.Stderr = stderr
	cmd.SysProcAttr = childAttrs()
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 10 * time.Second
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", "", nil, fmt.Errorf("start %s: %w", bin, err)
	}
	lines := make(chan []string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if m := scorerListening.FindStringSubmatch(sc.Text()); m != nil {
				lines <- m
				break
			}
		}
		close(lines)
		_, _ = io.Copy(io.Discard, out)
	}()
	select {
	case m, ok := <-lines:
		if !ok {
			_ = cmd.Wait()
			return "", "", nil, errors.New("scorer exited before it listened")
		}
		return m[1], m[2], cmd.Wait, nil
	case <-time.After(2 * time.Minute):
		_ = cmd.Process.Kill()
		return "", "", nil, errors.New("scorer did not listen within 2 minutes")
	}
}
