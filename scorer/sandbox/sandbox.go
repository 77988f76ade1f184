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
	"time"

	"github.com/vouchpm/vouch/scorer/report"
	"github.com/vouchpm/vouch/scorer/tarball"
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
type Behaviour = report.Behaviour

// StepResult is how one step of one pass ended.
type StepResult = report.StepResult

// Event is one normalised observation. Paths are written relative to the sandbox's
// fixed places: $PKG (the package), $APP (the project it is installed in), ~ (home).
type Event = report.BehaviourEvent

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
