// Package pgtest starts a throw-away PostgreSQL server from Debian's binaries
// for tests on the host side. It runs in tests only.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// BinDir finds the newest /usr/lib/postgresql/*/bin holding initdb and
// postgres; empty when PostgreSQL is not installed.
func BinDir() string {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if isExec(filepath.Join(d, "initdb")) && isExec(filepath.Join(d, "postgres")) {
			return d
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p)
	}
	return ""
}

func version(binDir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return v
}

func isExec(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode()&0o111 != 0
}

// Server is a running throw-away PostgreSQL cluster.
type Server struct {
	DSN string // to the "postgres" database, user vouch, trust auth
	// Settings names the durability settings the server runs with, for
	// programs to print next to their figures.
	Settings string
	durable  bool
	dir      string
	proc     *exec.Cmd
	done     chan struct{}
	logf     *os.File
}

// Start initialises a cluster in a fresh directory, starts postgres on a free
// loopback port (socket in that directory), and returns a DSN to it. The
// server is stopped and the directory removed in t.Cleanup. Without the
// binaries the test is skipped, or fails when CI=true.
func Start(t testing.TB) string {
	t.Helper()
	if BinDir() == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("PostgreSQL binaries not found (/usr/lib/postgresql/*/bin); install Debian's postgresql package")
		}
		t.Skip("PostgreSQL binaries not found; install Debian's postgresql package")
	}
	s, err := StartServer()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	return s.DSN
}

// StartServer is Start for programs (bench/load): the caller calls Stop.
// Like Start it turns durability off (fsync, synchronous_commit,
// full_page_writes), which a user would not run: benchmarks that report
// figures for users call StartServerWith(Options{Durable: true}).
func StartServer() (*Server, error) { return StartServerWith(Options{}) }

// Options choose how the throw-away server runs.
type Options struct {
	// Durable keeps PostgreSQL's default durability settings (fsync=on,
	// synchronous_commit=on, full_page_writes=on): what a user runs.
	// Without it the server turns all three off, for fast tests.
	Durable bool
}

// StartServerWith is StartServer with options.
func StartServerWith(o Options) (*Server, error) {
	bin := BinDir()
	if bin == "" {
		return nil, fmt.Errorf("PostgreSQL binaries not found (/usr/lib/postgresql/*/bin)")
	}
	dir, err := os.MkdirTemp("", "vouch-pgtest-")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir, durable: o.Durable}
	if err := s.start(bin); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

func (s *Server) start(bin string) error {
	dir := s.dir
	if err := os.Chmod(dir, 0o755); err != nil {
		return err
	}
	cred, err := unprivileged()
	if err != nil {
		return err
	}
	data := filepath.Join(dir, "data")
	if err := os.Mkdir(data, 0o700); err != nil {
		return err
	}
	if cred != nil {
		for _, p := range []string{dir, data} {
			if err := os.Chown(p, int(cred.Uid), int(cred.Gid)); err != nil {
				return err
			}
		}
	}
	run := func(name string, args ...string) *exec.Cmd {
		c := exec.Command(filepath.Join(bin, name), args...)
		c.Env = []string{"LC_ALL=C", "TZ=UTC", "PATH=/usr/bin:/bin"}
		if cred != nil {
			c.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		}
		return c
	}
	if out, err := run("initdb", "-D", data, "-U", "vouch", "--auth=trust", "-E", "UTF8", "--no-sync").CombinedOutput(); err != nil {
		return fmt.Errorf("initdb: %w\n%s", err, out)
	}
	port, err := freePort()
	if err != nil {
		return err
	}
	s.logf, err = os.Create(filepath.Join(dir, "postgres.log"))
	if err != nil {
		return err
	}
	args := []string{"-D", data, "-p", strconv.Itoa(port), "-h", "127.0.0.1", "-k", dir, "-c", "max_connections=100"}
	if s.durable {
		s.Settings = "fsync=on synchronous_commit=on full_page_writes=on (PostgreSQL defaults)"
	} else {
		args = append(args, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
		s.Settings = "fsync=off synchronous_commit=off full_page_writes=off (test settings, not durable)"
	}
	srv := run("postgres", args...)
	srv.Stdout, srv.Stderr = s.logf, s.logf
	if err := srv.Start(); err != nil {
		return fmt.Errorf("start postgres: %w", err)
	}
	s.proc, s.done = srv, make(chan struct{})
	go func() { _ = srv.Wait(); close(s.done) }()
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	dsn := fmt.Sprintf("postgres://vouch@%s/postgres?sslmode=disable&connect_timeout=2", addr)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	// postgres listens before it accepts queries ("starting up"): wait for one.
	deadline := time.Now().Add(30 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		err := db.PingContext(ctx)
		cancel()
		if err == nil {
			break
		}
		select {
		case <-s.done:
			log, _ := os.ReadFile(s.logf.Name())
			return fmt.Errorf("postgres exited early:\n%s", log)
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("postgres on %s not ready within 30s: %w", addr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.DSN = fmt.Sprintf("postgres://vouch@%s/postgres?sslmode=disable", addr)
	return nil
}

// Stop shuts the server down (fast shutdown) and removes its directory.
func (s *Server) Stop() {
	if s.proc != nil {
		_ = s.proc.Process.Signal(syscall.SIGINT)
		select {
		case <-s.done:
		case <-time.After(10 * time.Second):
			_ = s.proc.Process.Kill()
			<-s.done
		}
	}
	if s.logf != nil {
		s.logf.Close()
	}
	os.RemoveAll(s.dir)
}

// unprivileged returns the credentials to run PostgreSQL under (it refuses
// root), or nil when this process is not root.
func unprivileged() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, err1 := strconv.Atoi(u.Uid)
		gid, err2 := strconv.Atoi(u.Gid)
		if err1 != nil || err2 != nil || uid == 0 {
			continue
		}
		return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
	}
	return nil, fmt.Errorf("running as root and no unprivileged user (postgres, nobody) exists for PostgreSQL; create one with useradd")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// NewDatabase creates a fresh database on the server at dsn (from Start) and
// returns a DSN to it, so each test starts from an empty schema.
func NewDatabase(t testing.TB, dsn string) string {
	t.Helper()
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	name := "t" + strings.ToLower(rand.Text())
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	return strings.Replace(dsn, "/postgres?", "/"+name+"?", 1)
}
