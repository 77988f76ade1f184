package sandbox

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestSandboxLimitsHostilePackages runs a fork bomb, a disk filler, an escape attempt
// (other processes' /proc entries, ptrace of pid 1, namespaces, writing the system, kill
// -1), a flood of the network sink and a memory bomb: each must end within the step limit, leave no process behind, leave the scorer's
// disk and process table alone, and show up as findings.
func TestSandboxLimitsHostilePackages(t *testing.T) {
	work := t.TempDir()
	for d := work; d != os.TempDir() && d != "/"; d = filepath.Dir(d) {
		if err := os.Chmod(d, 0o755); err != nil { // the sandbox user traverses it
			t.Fatal(err)
		}
	}
	r := newRunner(t, Config{StepTimeout: 6 * time.Second, Processes: 32, TotalMemoryBytes: 256 << 20, DiskBytes: 64 << 20, FileBytes: 16 << 20, NoSecondPass: true, WorkDir: work})
	for _, tc := range []struct {
		name string
		want map[string]string // rule -> evidence fragment
	}{
		{"forkbomb", map[string]string{RuleLimit: "process count"}},
		{"diskfill", map[string]string{RuleLimit: "disk", RuleWriteOutside: "~/fill-"}},
		{"escape", map[string]string{RuleEscape: "ptrace", RuleRead: "/proc/<pid>/environ"}},
		{"netflood", map[string]string{RuleLimit: "outbound attempts beyond", RuleNetwork: "flood.test"}},
		{"membomb", map[string]string{RuleLimit: "cgroup memory"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			b, err := r.Run(context.Background(), pack(t, filepath.Join("testdata", "hostile", tc.name)), [32]byte{1})
			if err != nil {
				t.Fatalf("the sandbox failed instead of containing the package: %v", err)
			}
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("took %v: the step limit did not stop it", d)
			}
			rep := Compare(nil, b)
			for rule, frag := range tc.want {
				if !hasFinding(rep, rule, frag) {
					t.Errorf("no %s finding with %q; findings:\n%s", rule, frag, dump(rep))
				}
			}
			left := sandboxProcesses(t, work)
			for i := 0; i < 20 && len(left) > 0; i++ { // processes still exiting
				time.Sleep(100 * time.Millisecond)
				left = sandboxProcesses(t, work)
			}
			if len(left) > 0 {
				t.Errorf("processes of the sandbox user outlived the run: %v", left)
			}
			if err := exec.Command("true").Run(); err != nil {
				t.Errorf("the scorer cannot start a process after the run: %v", err)
			}
			// Everything the package wrote lived on the run's size-limited tmpfs, now gone.
			if left, _ := os.ReadDir(work); len(left) > 0 {
				t.Errorf("the run left %d entries in its work directory", len(left))
			}
		})
	}
}

func hasFinding(rep *Report, rule, frag string) bool {
	for _, f := range rep.Findings {
		if f.Rule == rule && strings.Contains(f.Evidence, frag) {
			return true
		}
	}
	return false
}

func dump(rep *Report) string {
	var b strings.Builder
	for _, f := range rep.Findings {
		b.WriteString("  " + f.Rule + " " + string(f.Severity) + " " + f.Evidence + "\n")
	}
	return b.String()
}

// sandboxProcesses lists live (not zombie) processes running as the sandbox user whose
// command line or working directory is under work (other runs may share the machine).
func sandboxProcesses(t *testing.T, work string) []string {
	t.Helper()
	ents, _ := os.ReadDir("/proc")
	var out []string
	for _, e := range ents {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		st, err := os.ReadFile(filepath.Join("/proc", e.Name(), "status"))
		if err != nil {
			continue
		}
		if strings.Contains(string(st), "\nState:\tZ") {
			continue
		}
		for _, l := range strings.Split(string(st), "\n") {
			if strings.HasPrefix(l, "Uid:") && strings.Fields(l)[1] == strconv.Itoa(sandboxUser) {
				cmd, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
				cwd, _ := os.Readlink(filepath.Join("/proc", e.Name(), "cwd"))
				if strings.Contains(string(cmd), work) || strings.HasPrefix(cwd, work) {
					out = append(out, e.Name()+":"+clip(strings.ReplaceAll(string(cmd), "\x00", " "), 200))
				}
			}
		}
	}
	return out
}

// TestSandboxCgroupsReleased: the thread that starts a pass's processes leaves the
// pass's network namespace and cgroups when the pass ends, so the cgroups are removed
// (a thread parked in them, as the runtime does with the main thread, left them behind).
func TestSandboxCgroupsReleased(t *testing.T) {
	r := newRunner(t, Config{})
	cg, err := newCgroups("vouch-sandbox-release-test", 256<<20, 100)
	if err != nil {
		t.Skipf("no writable cgroup v1 here: %v", err)
	}
	for i := 0; i < 3; i++ {
		ns, err := newNetns(r.cfg.IP, cg.addThread, cg.releaseThread)
		if err != nil {
			t.Fatal(err)
		}
		ns.close()
		for _, dir := range cg.dirs {
			if b, _ := os.ReadFile(filepath.Join(dir, "tasks")); len(b) != 0 {
				t.Errorf("tasks left in %s after the pass: %q", dir, b)
			}
		}
	}
	cg.remove()
	for _, dir := range cg.dirs {
		if _, err := os.Stat(dir); err == nil {
			t.Errorf("cgroup %s not removed", dir)
		}
	}
}
