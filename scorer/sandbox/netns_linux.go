package sandbox

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"

	"golang.org/x/sys/unix"
)

// netns is one OS thread inside a fresh network namespace whose only interface is
// loopback, with a local route for every address (so any destination reaches the sink
// and nothing leaves the machine). Processes started by do inherit the namespace.
type netns struct {
	jobs chan func()
	done chan struct{}
}

// newNetns needs CAP_SYS_ADMIN (root); without it the caller falls back to bubblewrap's
// own empty network namespace and no sink.
// onThread, if set, runs first on the thread (to move it into the pass's cgroups);
// onExit, if set, runs last, after the thread is back in the original network
// namespace (to move it back out).
func newNetns(ipPath string, onThread, onExit func(tid int) error) (*netns, error) {
	n := &netns{jobs: make(chan func()), done: make(chan struct{})}
	errc := make(chan error, 1)
	go func() {
		// The thread returns to its namespace and cgroups at the end and is then
		// unlocked; if it cannot, it stays locked and the runtime ends it with the
		// goroutine (or parks it for good if it is the main thread).
		runtime.LockOSThread()
		defer close(n.done)
		orig, err := os.Open("/proc/thread-self/ns/net")
		if err != nil {
			errc <- fmt.Errorf("sandbox: network namespace: %w", err)
			return
		}
		defer orig.Close()
		tid := unix.Gettid()
		clean := false
		defer func() {
			if clean {
				runtime.UnlockOSThread()
			}
		}()
		if onThread != nil {
			if err := onThread(tid); err != nil {
				errc <- err
				return
			}
		}
		if err := unix.Unshare(unix.CLONE_NEWNET); err != nil {
			if onExit != nil {
				_ = onExit(tid)
			}
			errc <- fmt.Errorf("sandbox: network namespace: %w", err)
			return
		}
		restore := func() {
			if unix.Setns(int(orig.Fd()), unix.CLONE_NEWNET) != nil {
				return
			}
			clean = onExit == nil || onExit(tid) == nil
		}
		for _, args := range [][]string{
			{"link", "set", "lo", "up"},
			{"route", "add", "local", "0.0.0.0/0", "dev", "lo"},
		} {
			if out, err := exec.Command(ipPath, args...).CombinedOutput(); err != nil {
				restore()
				errc <- fmt.Errorf("sandbox: ip %v: %v: %s", args, err, out)
				return
			}
		}
		errc <- nil
		for f := range n.jobs {
			f()
		}
		restore()
	}()
	if err := <-errc; err != nil {
		return nil, err
	}
	return n, nil
}

// do runs f on the namespace's thread and waits for it.
func (n *netns) do(f func()) {
	done := make(chan struct{})
	n.jobs <- func() { f(); close(done) }
	<-done
}

// close ends the thread's work and waits until it has left the namespace and cgroups.
func (n *netns) close() {
	close(n.jobs)
	<-n.done
}
