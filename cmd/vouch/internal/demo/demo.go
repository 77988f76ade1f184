// Package demo runs vouch's story end to end on embedded defaults: a stolen
// npm token beats plain npm, then fails against vouch. Every step runs real
// programs (Verdaccio, npm, the dev chain, vouch-host with simulated-platform
// enclaves, the vouch CLI) on loopback. It runs on a developer's machine
// (`make demo`) and in the end-to-end test.
package demo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/vouchpm/vouch/host/registry/verdaccio"
)

// Options configure a run.
type Options struct {
	// BinDir holds the built vouch, vouch-host, coordinator and scorer binaries.
	BinDir string
	// LogDir receives every process's log; it is created. Default: a new
	// folder under the system temp dir.
	LogDir string
	// Out receives the narration.
	Out io.Writer
	// Keep leaves every process up after the last act, until ctx ends, so
	// that a person can look at the dashboard and use the CLI.
	Keep bool
}

// Act is the outcome of one act of the story.
type Act struct {
	Name    string            `json:"name"`
	OK      bool              `json:"ok"`
	Facts   map[string]string `json:"facts"` // what a reader (and the e2e test) checks
	Problem string            `json:"problem,omitempty"`
}

// Report is the whole run.
type Report struct {
	LogDir string `json:"logDir"`
	Acts   []*Act `json:"acts"`
	// Dashboard is vouch-host's dashboard URL (empty when the host never started).
	Dashboard string `json:"dashboard,omitempty"`
}

// Failed lists the acts that did not end as the story says.
func (r *Report) Failed() []string {
	var out []string
	for _, a := range r.Acts {
		if !a.OK {
			out = append(out, a.Name+": "+a.Problem)
		}
	}
	return out
}

// run holds the state shared by the acts.
type run struct {
	opt      Options
	ctx      context.Context
	procs    *procs
	work     string // scratch folder for packages and projects
	registry *verdaccio.Registry
	npm      *npmEnv
	stack    *stack
	people   map[string]*maintainer
	report   *Report
}

func (r *run) say(format string, args ...any) { fmt.Fprintf(r.opt.Out, format+"\n", args...) }

func (r *run) act(name string, f func(a *Act) error) {
	a := &Act{Name: name, Facts: map[string]string{}}
	r.report.Acts = append(r.report.Acts, a)
	r.say("\n== %s", name)
	if err := f(a); err != nil {
		a.Problem = err.Error()
		r.say("   !! %v", err)
		return
	}
	a.OK = true
}

// Run plays the story. It stops every process it started before returning,
// also when ctx is cancelled (Ctrl-C).
func Run(ctx context.Context, opt Options) (*Report, error) {
	if opt.Out == nil {
		opt.Out = io.Discard
	}
	if opt.LogDir == "" {
		d, err := os.MkdirTemp("", "vouch-demo-*")
		if err != nil {
			return nil, err
		}
		opt.LogDir = d
	}
	if err := os.MkdirAll(opt.LogDir, 0o755); err != nil {
		return nil, err
	}
	r := &run{opt: opt, ctx: ctx, procs: &procs{logDir: opt.LogDir}, report: &Report{LogDir: opt.LogDir}}
	defer r.procs.stopAll()
	r.work = filepath.Join(opt.LogDir, "work")
	if err := os.MkdirAll(r.work, 0o755); err != nil {
		return nil, err
	}
	r.say("vouch demo: logs and scratch files in %s", opt.LogDir)

	regDir := filepath.Join(opt.LogDir, "verdaccio")
	if err := os.MkdirAll(regDir, 0o755); err != nil {
		return nil, err
	}
	reg, err := verdaccio.Launch(regDir, verdaccio.Options{TLS: true})
	if err != nil {
		return nil, fmt.Errorf("starting Verdaccio: %w", err)
	}
	defer func() {
		reg.Stop()
		_ = os.WriteFile(filepath.Join(opt.LogDir, "verdaccio.log"), reg.Log.Bytes(), 0o644)
	}()
	r.registry = reg
	r.say("Verdaccio (a real npm registry) at %s, TLS with a demo CA", reg.URL)
	if r.npm, err = newNPMEnv(r, reg); err != nil {
		return nil, err
	}

	acts := []struct {
		name string
		f    func(*Act) error
	}{
		{"Act 1: a stolen token beats plain npm", r.actPlainNPM},
		{"Act 2: a protected 2-of-3 publish", r.actProtectedPublish},
		{"Act 3: the same attack fails against vouch", r.actAttackFails},
		{"Act 4: the scorer's eye (heuristics; the demo runs no model)", r.actModelsEye},
		{"Act 5: the auditor", r.actAuditor},
	}
	for i, act := range acts {
		r.act(act.name, act.f)
		if ctx.Err() != nil {
			return r.report, ctx.Err()
		}
		// Later acts build on Act 2's stack and people.
		if i == 1 && !r.report.Acts[i].OK {
			r.say("\nstopping: the later acts need Act 2")
			break
		}
	}
	r.ending()
	return r.report, nil
}

// ending prints the dashboard's URL and, with Keep, leaves the system up
// until ctx ends (Ctrl-C).
func (r *run) ending() {
	if r.stack == nil || r.stack.hostURL == "" {
		return
	}
	r.report.Dashboard = r.stack.hostURL + "/"
	r.say("\nDashboard: %s (package page: %spackage/%s)", r.report.Dashboard, r.report.Dashboard, pkgName)
	if !r.opt.Keep {
		return
	}
	r.say("Keeping everything up (--keep). Point the CLI at it with:\n  export VOUCH_HOST=%s VOUCH_RPC=%s VOUCH_REGISTRY=%s VOUCH_CHAIN_ID=%s\nPress Ctrl-C to stop.",
		r.stack.hostURL, r.stack.rpc, r.stack.registry, r.stack.chainID)
	<-r.ctx.Done()
}

// errStep names the step that failed.
func errStep(step string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", step, err)
}

var errStory = errors.New("the story did not go as it should")

func storyf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errStory, fmt.Sprintf(format, args...))
}

func trimOut(b []byte) string { return strings.TrimSpace(string(b)) }
