//go:build linux

package sandbox

// The passes and steps that need Linux (mount and user namespaces, cgroups,
// a network namespace): moved out of sandbox.go unchanged so that the rest
// of the package, and the vouch CLI that imports it, builds for darwin and
// windows too (make dist); sandbox_other.go answers ErrUnavailable there.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/vouchpm/vouch/scorer/tarball"
	"golang.org/x/sys/unix"
)

func (r *Runner) runPass(ctx context.Context, pkg *tarball.Package, m manifest, ds []decoy, seed [32]byte, pass string, b *Behaviour) error {
	root, err := os.MkdirTemp(r.cfg.WorkDir, "vouch-sandbox-")
	if err != nil {
		return fmt.Errorf("sandbox: %w", err)
	}
	defer os.RemoveAll(root)
	asRoot := os.Geteuid() == 0
	if asRoot {
		// A size-limited tmpfs holds everything the package may write: a disk filler
		// fills it, not the scorer's disk.
		if err := unix.Mount("tmpfs", root, "tmpfs", unix.MS_NOSUID|unix.MS_NODEV, "size="+strconv.FormatUint(r.cfg.DiskBytes, 10)+",mode=0755"); err != nil {
			return fmt.Errorf("sandbox: tmpfs: %w", err)
		}
		defer func() { _ = unix.Unmount(root, unix.MNT_DETACH) }()
	}
	pkgDir := appDir + "/node_modules/" + m.Name
	sk, err := newSink()
	if err != nil {
		return err
	}
	sk.geoRU = pass == PassForward
	if err := layout(root, pkg, m, ds, sk.caPEM); err != nil {
		return err
	}
	if asRoot {
		if err := chownAll(filepath.Join(root, "w"), sandboxUser); err != nil {
			return err
		}
	}
	var ns *netns
	var cg *cgroups
	cgLast := map[string]uint64{}
	if asRoot {
		var onThread, onExit func(int) error
		if c, err := newCgroups(filepath.Base(root), r.cfg.TotalMemoryBytes, r.cfg.Tasks); err == nil {
			cg = c
			defer cg.remove() // deferred before ns.close, so it runs after the thread has left
			onThread, onExit = cg.addThread, cg.releaseThread
		}
		if ns, err = newNetns(r.cfg.IP, onThread, onExit); err != nil {
			return err
		}
		defer ns.close()
		ns.do(func() { err = sk.listen() })
		if err != nil {
			return err
		}
		defer sk.close()
	}
	for _, st := range steps(m, pkgDir) {
		if err := ctx.Err(); err != nil {
			return err
		}
		sk.setStep(st.Name)
		res, calls, err := r.runStep(ctx, ns, root, st, m, ds, seed, pass, asRoot)
		if err != nil {
			return err
		}
		res.Pass = pass
		b.Steps = append(b.Steps, res)
		evs := events(calls, pkgDir, ds, sk)
		// Attempts the sink answered during the step.
		atts, dropped := sk.take()
		if dropped > 0 {
			evs = append(evs, Event{Kind: KindLimit, Detail: "outbound attempts beyond " + strconv.Itoa(maxAttempts) + " not recorded"})
		}
		for _, a := range atts {
			evs = append(evs, sinkEvents(a, ds)...)
		}
		evs = append(evs, splitDNSExfil(atts, ds)...)
		if cg != nil {
			for _, what := range cg.hits(cgLast) {
				evs = append(evs, Event{Kind: KindLimit, Detail: "cgroup " + what})
			}
		}
		if res.Exit == "timeout" {
			evs = append(evs, Event{Kind: "limit", Detail: "wall time " + r.cfg.StepTimeout.String()})
		}
		if asRoot {
			var st unix.Statfs_t
			if unix.Statfs(root, &st) == nil && st.Bavail*uint64(st.Bsize) < 1<<20 {
				evs = append(evs, Event{Kind: "limit", Detail: "disk " + strconv.FormatUint(r.cfg.DiskBytes>>20, 10) + " MiB full"})
			}
		}
		for i := range evs {
			evs[i].Pass, evs[i].Step = pass, st.Name
			if evs[i].Kind != KindExfil {
				evs[i].Detail = stable(evs[i].Detail, m.Version)
			}
		}
		b.Events = append(b.Events, evs...)
	}
	return nil
}

// runStep runs one step under strace in bubblewrap and returns its trace.
func (r *Runner) runStep(ctx context.Context, ns *netns, root string, st step, m manifest, ds []decoy, seed [32]byte, pass string, asRoot bool) (StepResult, []call, error) {
	w := filepath.Join(root, "w")
	traceDir := filepath.Join(root, "trace")
	if err := os.MkdirAll(traceDir, 0o700); err != nil {
		return StepResult{}, nil, fmt.Errorf("sandbox: %w", err)
	}
	if asRoot {
		_ = os.Chown(traceDir, sandboxUser, sandboxUser)
	}
	logPath := filepath.Join(traceDir, strings.NewReplacer(":", "-", "/", "-").Replace(pass+"-"+st.Name)+".log")
	pkgDir := appDir + "/node_modules/" + m.Name
	env := []string{
		"HOME=" + homeDir, "USER=user", "LOGNAME=user", "SHELL=/bin/sh", "LANG=C.UTF-8",
		"PATH=" + pkgDir + "/node_modules/.bin:" + appDir + "/node_modules/.bin:/usr/local/bin:/usr/bin:/bin",
		"TMPDIR=/tmp", "INIT_CWD=" + appDir, "NODE=/usr/bin/node",
		// The sandbox looks like a GitHub Actions runner: payloads that wait for CI run.
		"CI=true", "GITHUB_ACTIONS=true", "RUNNER_OS=Linux", "GITHUB_REPOSITORY=acme/app", "GITHUB_WORKSPACE=" + appDir,
		"npm_package_name=" + m.Name, "npm_package_version=" + m.Version, "npm_package_json=" + pkgDir + "/package.json",
		"npm_config_user_agent=npm/10.8.2 node/v20 linux x64 workspaces/false", "npm_node_execpath=/usr/bin/node",
		"npm_config_global=", "npm_config_local_prefix=" + appDir, "npm_command=install",
		"NODE_EXTRA_CA_CERTS=" + supportDir + "/ca.pem", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt",
	}
	for _, d := range ds {
		if d.Env != "" {
			env = append(env, d.Env+"="+d.Token)
		}
	}
	env = append(env, st.Env...)
	// Math.random is seeded (per release pair and pass) so that a payload gated on
	// chance behaves the same when the score is re-run.
	env = append(env, "NODE_OPTIONS=--require "+supportDir+"/clock.js", "VOUCH_RANDOM_SEED="+randomSeed(seed, pass))
	if pass == PassForward {
		// The second pass also looks like a machine in Russia: protestware and
		// geo-gated wipers (node-ipc) key on the locale, the time zone and a
		// geolocation lookup (the sink answers it).
		env = append(env, "LANG=ru_RU.UTF-8", "LC_ALL=ru_RU.UTF-8", "TZ=Europe/Moscow")
		env = append(env, "VOUCH_CLOCK_FORWARD_MS="+strconv.FormatInt(r.cfg.ClockForward.Milliseconds(), 10))
		if r.cfg.FakeTime != "" {
			env = append(env, "LD_PRELOAD="+r.cfg.FakeTime, "FAKETIME=+"+strconv.FormatInt(int64(r.cfg.ClockForward/time.Second), 10)+"s",
				"FAKETIME_DONT_FAKE_MONOTONIC=1", "FAKETIME_DONT_RESET=1")
		} else {
			env = append(env, "VOUCH_CLOCK_SHIFT_DATE=1")
		}
	}
	bw := []string{r.cfg.Bwrap,
		"--unshare-user", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
		"--hostname", "build", "--die-with-parent", "--new-session", "--clearenv",
		"--ro-bind", "/usr", "/usr",
		"--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
		"--dir", "/etc",
	}
	for _, f := range []string{"/etc/ld.so.cache", "/etc/localtime", "/etc/nsswitch.conf", "/etc/alternatives", "/etc/ssl/openssl.cnf"} {
		bw = append(bw, "--ro-bind-try", f, f)
	}
	for _, f := range []string{"hosts", "resolv.conf", "passwd", "group", "ssl/certs/ca-certificates.crt"} {
		bw = append(bw, "--ro-bind", filepath.Join(w, "sandbox", "etc", f), "/etc/"+f)
	}
	bw = append(bw,
		"--proc", "/proc", "--dev", "/dev", "--size", "16777216", "--tmpfs", "/dev/shm",
		"--bind", filepath.Join(w, "tmp"), "/tmp",
		"--bind", filepath.Join(w, "home"), homeDir,
		"--bind", filepath.Join(w, "app"), appDir,
		"--ro-bind", filepath.Join(w, "sandbox"), supportDir,
		"--remount-ro", "/",
		"--chdir", st.Dir,
	)
	if ns == nil {
		bw = append(bw, "--unshare-net")
	}
	for _, e := range env {
		k, v, _ := strings.Cut(e, "=")
		bw = append(bw, "--setenv", k, v)
	}
	bw = append(bw, "--", r.cfg.Prlimit,
		"--nproc="+u64(r.cfg.Processes), "--as="+u64(r.cfg.MemoryBytes), "--cpu="+u64(r.cfg.CPUSeconds),
		"--fsize="+u64(r.cfg.FileBytes), "--nofile=1024", "--core=0",
		"--", "/bin/sh", supportDir+"/run.sh")
	bw = append(bw, st.Argv...)
	args := []string{"-f", "-qq", "-y", "--pidns-translation", "-s", "4096", "-o", logPath,
		"-e", "signal=none",
		"-e", "trace=execve,execveat,clone,clone3,fork,vfork,open,openat,openat2,creat,connect,sendto,sendmsg,rename,renameat,renameat2,unlink,unlinkat,rmdir,mkdir,mkdirat,symlink,symlinkat,link,linkat,chmod,fchmodat,truncate,ptrace,process_vm_readv,process_vm_writev,mount,umount2,unshare,setns,chroot,pivot_root,kill,tkill,tgkill,bpf,init_module,finit_module",
		"--"}
	args = append(args, bw...)
	sctx, cancel := context.WithTimeout(ctx, r.cfg.StepTimeout)
	defer cancel()
	cmd := exec.CommandContext(sctx, r.cfg.Strace, args...)
	cmd.Env = []string{"PATH=/usr/bin:/bin"}
	cmd.Stdin = nil
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &limitedBuffer{b: &out, n: 8 << 10}, &limitedBuffer{b: &out, n: 8 << 10}
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if asRoot {
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: sandboxUser, Gid: sandboxUser, Groups: []uint32{}}
	}
	cmd.WaitDelay = 2 * time.Second
	var startErr error
	if ns != nil {
		ns.do(func() { startErr = cmd.Start() })
	} else {
		startErr = cmd.Start()
	}
	if startErr != nil {
		return StepResult{}, nil, fmt.Errorf("sandbox: start %s: %w", st.Name, startErr)
	}
	waitErr := cmd.Wait()
	res := StepResult{Step: st.Name, Command: commandLine(st.Argv), Exit: "0"}
	switch {
	case sctx.Err() != nil && ctx.Err() == nil:
		res.Exit = "timeout"
	case ctx.Err() != nil:
		return res, nil, ctx.Err()
	case waitErr != nil:
		var ee *exec.ExitError
		if errors.As(waitErr, &ee) {
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				res.Exit = "signal " + unix.SignalName(ws.Signal())
			} else {
				res.Exit = strconv.Itoa(ee.ExitCode())
			}
		} else {
			return res, nil, fmt.Errorf("sandbox: %s: %w", st.Name, waitErr)
		}
	}
	if strings.Contains(out.String(), "bwrap:") && res.Exit != "0" && !strings.Contains(out.String(), "vouch-run:") {
		// bubblewrap itself failed: the sandbox never ran the step.
		return res, nil, fmt.Errorf("%w: %s", ErrUnavailable, strings.TrimSpace(out.String()))
	}
	f, err := os.Open(logPath)
	if err != nil {
		return res, nil, fmt.Errorf("sandbox: trace of %s: %w", st.Name, err)
	}
	defer f.Close()
	return res, parseStrace(f), nil
}
