package sandbox

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// cgroups bounds the memory and task count of everything one pass starts, whatever user
// namespace it is in: the per-process rlimits alone would let 128 processes take 4 GiB
// each. It uses cgroup v1 (memory, pids) under the scorer's own cgroups; where they are
// missing or not writable the pass runs with the rlimits only.
type cgroups struct {
	dirs    map[string]string // controller -> directory
	parents map[string]string // controller -> the scorer's own cgroup directory
}

const cgroupRoot = "/sys/fs/cgroup"

// newCgroups makes one cgroup per controller named name, with the limits set.
func newCgroups(name string, memBytes, tasks uint64) (*cgroups, error) {
	self, err := os.ReadFile("/proc/self/cgroup")
	if err != nil {
		return nil, err
	}
	own := map[string]string{}
	for _, l := range strings.Split(string(self), "\n") {
		parts := strings.SplitN(l, ":", 3)
		if len(parts) == 3 {
			for _, c := range strings.Split(parts[1], ",") {
				own[c] = parts[2]
			}
		}
	}
	cg := &cgroups{dirs: map[string]string{}, parents: map[string]string{}}
	for _, t := range []struct{ ctrl, file, value string }{
		{"memory", "memory.limit_in_bytes", strconv.FormatUint(memBytes, 10)},
		{"pids", "pids.max", strconv.FormatUint(tasks, 10)},
	} {
		base, ok := own[t.ctrl]
		if !ok {
			cg.remove()
			return nil, fmt.Errorf("sandbox: no %s cgroup (v1)", t.ctrl)
		}
		cg.parents[t.ctrl] = filepath.Join(cgroupRoot, t.ctrl, base)
		dir := filepath.Join(cgroupRoot, t.ctrl, base, name)
		if err := os.Mkdir(dir, 0o755); err != nil {
			cg.remove()
			return nil, fmt.Errorf("sandbox: cgroup: %w", err)
		}
		cg.dirs[t.ctrl] = dir
		if err := os.WriteFile(filepath.Join(dir, t.file), []byte(t.value), 0o644); err != nil {
			cg.remove()
			return nil, fmt.Errorf("sandbox: cgroup %s: %w", t.file, err)
		}
	}
	if err := os.WriteFile(filepath.Join(cg.dirs["memory"], "memory.memsw.limit_in_bytes"), []byte(strconv.FormatUint(memBytes, 10)), 0o644); err != nil && !errors.Is(err, os.ErrNotExist) {
		// No swap accounting: the memory limit alone holds.
		_ = err
	}
	return cg, nil
}

// addThread moves one thread (v1 "tasks"): the namespace thread, whose children are
// every process of the pass.
func (c *cgroups) addThread(tid int) error {
	for _, dir := range c.dirs {
		if err := os.WriteFile(filepath.Join(dir, "tasks"), []byte(strconv.Itoa(tid)), 0o644); err != nil {
			return fmt.Errorf("sandbox: cgroup tasks: %w", err)
		}
	}
	return nil
}

// releaseThread moves the thread back to the scorer's own cgroups.
func (c *cgroups) releaseThread(tid int) error {
	for _, dir := range c.parents {
		if err := os.WriteFile(filepath.Join(dir, "tasks"), []byte(strconv.Itoa(tid)), 0o644); err != nil {
			return fmt.Errorf("sandbox: cgroup tasks: %w", err)
		}
	}
	return nil
}

// hits reports the limits reached since the last call: memory when the pass's peak
// usage came within 5% of the limit (the peak is then reset), tasks when pids.max refused
// a fork.
func (c *cgroups) hits(last map[string]uint64) []string {
	var out []string
	read := func(dir, file string) uint64 {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			return 0
		}
		s := strings.TrimPrefix(strings.TrimSpace(string(b)), "max ")
		n, _ := strconv.ParseUint(s, 10, 64)
		return n
	}
	if dir, ok := c.dirs["memory"]; ok {
		limit, peak, fails := read(dir, "memory.limit_in_bytes"), read(dir, "memory.max_usage_in_bytes"), read(dir, "memory.failcnt")
		var kills uint64
		if b, err := os.ReadFile(filepath.Join(dir, "memory.oom_control")); err == nil {
			for _, l := range strings.Split(string(b), "\n") {
				if v, ok := strings.CutPrefix(l, "oom_kill "); ok {
					kills, _ = strconv.ParseUint(strings.TrimSpace(v), 10, 64)
				}
			}
		}
		if limit > 0 && peak >= limit/100*95 || fails > last["memfail"] || kills > last["oomkill"] {
			out = append(out, "memory")
			_ = os.WriteFile(filepath.Join(dir, "memory.max_usage_in_bytes"), []byte("0"), 0o644)
		}
		last["memfail"], last["oomkill"] = fails, kills
	}
	if dir, ok := c.dirs["pids"]; ok {
		if n := read(dir, "pids.events"); n > last["tasks"] {
			out = append(out, "tasks")
			last["tasks"] = n
		}
	}
	return out
}

// remove deletes the cgroups once their tasks are gone (the namespace thread exits when
// the pass ends).
func (c *cgroups) remove() {
	for _, dir := range c.dirs {
		for i := 0; i < 250; i++ {
			if err := os.Remove(dir); err == nil || errors.Is(err, os.ErrNotExist) {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}
