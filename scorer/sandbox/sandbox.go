package sandbox

import (
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/vouchpm/vouch/scorer/tarball"
	"golang.org/x/sys/unix"
)

// Paths inside the sandbox.
const (
	homeDir    = "/home/user"
	appDir     = "/work/app"
	supportDir = "/sandbox"
)

//go:embed run.sh
var runScript []byte

//go:embed clock.js
var clockJS []byte

// ErrUnavailable means the tools the sandbox needs (bubblewrap, strace, node) are missing.
var ErrUnavailable = errors.New("sandbox: unavailable")

// Config sets the tools and limits. Zero values take the documented defaults.
type Config struct {
	Bwrap, Strace, Node, IP, Prlimit string        // default: found on PATH
	FakeTime                         string        // libfaketime.so.1; default Debian's path; "" when absent: the node shim shifts Date too
	StepTimeout                      time.Duration // wall time of one step (default 20 s)
	CPUSeconds                       uint64        // RLIMIT_CPU of each process (default 15)
	MemoryBytes                      uint64        // RLIMIT_AS of each process (default 4 GiB)
	TotalMemoryBytes                 uint64        // memory cgroup of a whole pass, when root and cgroup v1 allow (default 2 GiB)
	Tasks                            uint64        // pids cgroup (threads included) of a whole pass (default 1024)
	Processes                        uint64        // RLIMIT_NPROC of the sandbox user (default 128)
	FileBytes                        uint64        // RLIMIT_FSIZE (default 64 MiB)
	DiskBytes                        uint64        // size of the run's tmpfs when root (default 256 MiB)
	ClockForward                     time.Duration // how far the second pass moves the clock (default 400 days)
	NoSecondPass                     bool          // skip the clock-forward pass (tests of limits only)
	WorkDir                          string        // where run directories are made (default os.TempDir()); the sandbox user must be able to traverse it
}

func (c Config) withDefaults() (Config, error) {
	look := func(p *string, name string) error {
		if *p != "" {
			return nil
		}
		f, err := exec.LookPath(name)
		if err != nil {
			return fmt.Errorf("%w: %s not found (Debian package %s)", ErrUnavailable, name, map[string]string{"bwrap": "bubblewrap", "ip": "iproute2", "prlimit": "util-linux"}[name])
		}
		*p = f
		return nil
	}
	for _, t := range []struct {
		p    *string
		name string
	}{{&c.Bwrap, "bwrap"}, {&c.Strace, "strace"}, {&c.Node, "node"}, {&c.IP, "ip"}, {&c.Prlimit, "prlimit"}} {
		if err := look(t.p, t.name); err != nil {
			return c, err
		}
	}
	if c.FakeTime == "" {
		if _, err := os.Stat("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"); err == nil {
			c.FakeTime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"
		}
	}
	def := func(v *uint64, d uint64) {
		if *v == 0 {
			*v = d
		}
	}
	if c.StepTimeout == 0 {
		c.StepTimeout = 20 * time.Second
	}
	if c.ClockForward == 0 {
		c.ClockForward = 400 * 24 * time.Hour
	}
	def(&c.CPUSeconds, 15)
	def(&c.MemoryBytes, 4<<30)
	def(&c.Processes, 128)
	def(&c.TotalMemoryBytes, 2<<30)
	def(&c.Tasks, 1024)
	def(&c.FileBytes, 64<<20)
	def(&c.DiskBytes, 256<<20)
	return c, nil
}

// Runner runs releases in the sandbox. It holds no state between runs.
type Runner struct {
	cfg Config
}

// New checks the tools and returns a Runner.
func New(cfg Config) (*Runner, error) {
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	return &Runner{cfg: c}, nil
}

// manifest is what the sandbox reads of package.json.
type manifest struct {
	Name    string            `json:"name"`
	Version string            `json:"version"`
	Scripts map[string]string `json:"scripts"`
	Bin     json.RawMessage   `json:"bin"`
}

func (m manifest) bins() map[string]string {
	out := map[string]string{}
	var one string
	if json.Unmarshal(m.Bin, &one) == nil && one != "" {
		base := m.Name
		if i := strings.LastIndexByte(base, '/'); i >= 0 {
			base = base[i+1:]
		}
		out[base] = one
		return out
	}
	var many map[string]string
	if json.Unmarshal(m.Bin, &many) == nil {
		for k, v := range many {
			if k != "" && !strings.ContainsAny(k, "/\\\x00") && k != "." && k != ".." {
				out[k] = v
			}
		}
	}
	return out
}

// step is one thing npm or a user does with an installed package.
type step struct {
	Name string   // "preinstall", "install", "postinstall", "load", "bin:NAME"
	Argv []string // command line inside the sandbox
	Dir  string   // working directory inside the sandbox
	Env  []string // extra environment
}

// Lifecycle scripts npm runs when it installs a registry tarball, in order. prepare is
// not among them: npm runs it only for git and directory installs, never for a tarball.
var lifecycle = []string{"preinstall", "install", "postinstall"}

func steps(m manifest, pkgDir string) []step {
	var out []step
	for _, ev := range lifecycle {
		sc, ok := m.Scripts[ev]
		if !ok || strings.TrimSpace(sc) == "" {
			continue
		}
		out = append(out, step{Name: ev, Argv: []string{"/bin/sh", "-c", sc}, Dir: pkgDir, Env: []string{
			"npm_lifecycle_event=" + ev, "npm_lifecycle_script=" + sc,
		}})
	}
	load := `const n = process.argv[1];
try { require(n); } catch (e) {}
import(n).catch(() => {});`
	out = append(out, step{Name: "load", Argv: []string{"/usr/bin/node", "-e", load, m.Name}, Dir: appDir})
	bins := m.bins()
	names := make([]string, 0, len(bins))
	for k := range bins {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, b := range names {
		out = append(out, step{Name: "bin:" + b, Argv: []string{appDir + "/node_modules/.bin/" + b}, Dir: appDir})
	}
	return out
}

// Pass names.
const (
	PassNow     = "now"
	PassForward = "clock-forward"
)

// Behaviour is what one release did in the sandbox, in both passes.
type Behaviour struct {
	Steps  []StepResult `json:"steps"`
	Events []Event      `json:"events"`
}

// StepResult is how one step of one pass ended.
type StepResult struct {
	Pass    string `json:"pass"`
	Step    string `json:"step"`
	Command string `json:"command"`
	Exit    string `json:"exit"` // "0", "1", "signal SIGKILL", "timeout"
}

// Event is one normalised observation. Paths are written relative to the sandbox's
// fixed places: $PKG (the package), $APP (the project it is installed in), ~ (home).
type Event struct {
	Pass   string `json:"pass"`
	Step   string `json:"step"`
	Kind   string `json:"kind"`
	Detail string `json:"detail"`
}

// Run installs and loads one release (a .tgz) in the sandbox: the lifecycle scripts, then
// require and import, then each bin; once at the real time and once with the clock
// moved forward. seed makes the decoy tokens (use the release's inputHash).
func (r *Runner) Run(ctx context.Context, tgz []byte, seed [32]byte) (*Behaviour, error) {
	pkg, err := tarball.Read(tgz, tarball.DefaultLimits())
	if err != nil {
		return nil, fmt.Errorf("sandbox: %w", err)
	}
	pj := pkg.File("package.json")
	if pj == nil {
		return nil, fmt.Errorf("sandbox: no package.json")
	}
	var m manifest
	if err := json.Unmarshal(pj.Data, &m); err != nil {
		return nil, fmt.Errorf("sandbox: package.json: %w", err)
	}
	if !validName(m.Name) {
		return nil, fmt.Errorf("sandbox: package name %q cannot be installed", m.Name)
	}
	ds := decoys(seed)
	passes := []string{PassNow, PassForward}
	if r.cfg.NoSecondPass {
		passes = passes[:1]
	}
	b := &Behaviour{}
	for _, pass := range passes {
		if err := r.runPass(ctx, pkg, m, ds, seed, pass, b); err != nil {
			return nil, err
		}
	}
	b.Events = dedupe(b.Events)
	return b, nil
}

func validName(n string) bool {
	if n == "" || len(n) > 214 || strings.Contains(n, "..") || strings.ContainsAny(n, "\\\x00 ") {
		return false
	}
	parts := strings.Split(n, "/")
	if len(parts) > 2 || (len(parts) == 2 && !strings.HasPrefix(parts[0], "@")) {
		return false
	}
	for _, p := range parts {
		if p == "" || p == "." || p == ".." {
			return false
		}
	}
	return true
}

func dedupe(ev []Event) []Event {
	sort.Slice(ev, func(i, j int) bool {
		a, b := ev[i], ev[j]
		if a.Pass != b.Pass {
			return a.Pass > b.Pass // "now" before "clock-forward"
		}
		if a.Step != b.Step {
			return a.Step < b.Step
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Detail < b.Detail
	})
	out := ev[:0]
	for i, e := range ev {
		if i == 0 || e != ev[i-1] {
			out = append(out, e)
		}
	}
	return out
}

// sandboxUser is the unprivileged user package code runs as when the scorer is root.
const sandboxUser = 65534

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

// layout writes the throwaway world: home with decoys, a project with the package
// installed in node_modules beside another package, CI workflows and git hooks.
func layout(root string, pkg *tarball.Package, m manifest, ds []decoy, caPEM []byte) error {
	w := filepath.Join(root, "w")
	files := map[string]string{
		"home/.bashrc":                              "# ~/.bashrc\nexport PS1='$ '\n",
		"home/.profile":                             "# ~/.profile\n. ~/.bashrc\n",
		"home/.gitconfig":                           "[user]\n\tname = Maintainer\n\temail = maintainer@example.org\n",
		"app/package.json":                          `{"name":"app","version":"1.0.0","private":true,"dependencies":{` + strconv.Quote(m.Name) + `:"*","left-pad":"1.3.0"}}` + "\n",
		"app/node_modules/left-pad/package.json":    `{"name":"left-pad","version":"1.3.0","main":"index.js"}` + "\n",
		"app/node_modules/left-pad/index.js":        "module.exports = (s, n, c) => String(s).padStart(n, c);\n",
		"app/.github/workflows/ci.yml":              "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n",
		"app/.git/HEAD":                             "ref: refs/heads/main\n",
		"app/.git/config":                           "[core]\n\trepositoryformatversion = 0\n",
		"app/.git/hooks/pre-commit.sample":          "#!/bin/sh\n",
		"sandbox/run.sh":                            string(runScript),
		"sandbox/clock.js":                          string(clockJS),
		"sandbox/etc/hosts":                         "127.0.0.1 localhost\n::1 localhost\n",
		"sandbox/etc/resolv.conf":                   "nameserver 127.0.0.1\n",
		"sandbox/etc/passwd":                        "root:x:0:0:root:/root:/bin/sh\nuser:x:65534:65534:user:/home/user:/bin/sh\n",
		"sandbox/etc/group":                         "root:x:0:\nuser:x:65534:\n",
		"sandbox/etc/ssl/certs/ca-certificates.crt": string(caPEM),
		"sandbox/ca.pem":                            string(caPEM),
	}
	if sys, err := os.ReadFile("/etc/ssl/certs/ca-certificates.crt"); err == nil {
		files["sandbox/etc/ssl/certs/ca-certificates.crt"] = string(sys) + string(caPEM)
	}
	for _, d := range ds {
		if d.Path != "" {
			files["home/"+strings.TrimPrefix(d.Path, homeDir+"/")] = d.Body
		}
	}
	for name, body := range files {
		p := filepath.Join(w, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("sandbox: %w", err)
		}
		mode := os.FileMode(0o644)
		if strings.HasSuffix(name, ".sh") {
			mode = 0o755
		}
		if err := os.WriteFile(p, []byte(body), mode); err != nil {
			return fmt.Errorf("sandbox: %w", err)
		}
	}
	if err := os.MkdirAll(filepath.Join(w, "tmp"), 0o1777); err != nil {
		return fmt.Errorf("sandbox: %w", err)
	}
	pkgRoot := filepath.Join(w, "app", "node_modules", filepath.FromSlash(m.Name))
	bins := map[string]bool{}
	for _, target := range m.bins() {
		bins[path.Clean(strings.TrimPrefix(target, "./"))] = true
	}
	for _, f := range pkg.Files {
		p := filepath.Join(pkgRoot, filepath.FromSlash(f.Path)) // tarball.Read refused traversal
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("sandbox: %w", err)
		}
		mode := os.FileMode(0o644)
		if f.Mode&0o111 != 0 || bins[f.Path] {
			mode = 0o755
		}
		if err := os.WriteFile(p, f.Data, mode); err != nil {
			return fmt.Errorf("sandbox: %w", err)
		}
	}
	binDir := filepath.Join(w, "app", "node_modules", ".bin")
	if err := os.MkdirAll(binDir, 0o755); err != nil {
		return fmt.Errorf("sandbox: %w", err)
	}
	for name, target := range m.bins() {
		if err := os.Symlink("../"+m.Name+"/"+path.Clean(strings.TrimPrefix(target, "./")), filepath.Join(binDir, name)); err != nil {
			return fmt.Errorf("sandbox: bin %s: %w", name, err)
		}
	}
	return nil
}

func chownAll(dir string, uid int) error {
	return filepath.Walk(dir, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, uid, uid)
	})
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

func randomSeed(seed [32]byte, pass string) string {
	h := sha256.Sum256(append(seed[:], "vouch-sandbox-random/"+pass...))
	return strconv.FormatUint(uint64(h[0])<<24|uint64(h[1])<<16|uint64(h[2])<<8|uint64(h[3])|1, 10)
}

func u64(v uint64) string { return strconv.FormatUint(v, 10) }

func commandLine(argv []string) string {
	var b strings.Builder
	for i, a := range argv {
		if i > 0 {
			b.WriteByte(' ')
		}
		if strings.ContainsAny(a, " \t\n'\"$`\\") || a == "" {
			b.WriteString(strconv.Quote(a))
		} else {
			b.WriteString(a)
		}
	}
	return clip(b.String(), 300)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

type limitedBuffer struct {
	b *bytes.Buffer
	n int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.n - l.b.Len(); room > 0 {
		l.b.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}
