package sandbox

import (
	"fmt"
	"os/exec"
	"runtime"

	"golang.org/x/sys/unix"
)

// netns is one OS thread inside a fresh network namespace whose only interface is
// loopback, with a local route for every address (so any destination reaches the sink
// and nothing leaves the machine). Processes started by do inherit the namespace.
type netns struct {
	jobs chan func()
}

// newNetns needs CAP_SYS_ADMIN (root); without it the caller falls back to bubblewrap's
// own empty network namespace and no sink.
// onThread, if set, runs first on the thread (to move it into the pass's cgroups).
func newNetns(ipPath string, onThread func(tid int) error) (*netns, error) {
	n := &netns{jobs: make(chan func())}
	errc := make(chan error, 1)
	go func() {
		// The thread is never unlocked: it belongs to another network namespace, and
		// the runtime ends a locked thread when its goroutine returns.
		runtime.LockOSThread()
		if onThread != nil {
			if err := onThread(unix.Gettid()); err != nil {
				errc <- err
				return
			}
		}
		if err := unix.Unshare(unix.CLONE_NEWNET); err != nil {
			errc <- fmt.Errorf("sandbox: network namespace: %w", err)
			return
		}
		for _, args := range [][]string{
			{"link", "set", "lo", "up"},
			{"route", "add", "local", "0.0.0.0/0", "dev", "lo"},
		} {
			if out, err := exec.Command(ipPath, args...).CombinedOutput(); err != nil {
				errc <- fmt.Errorf("sandbox: ip %v: %v: %s", args, err, out)
				return
			}
		}
		errc <- nil
		for f := range n.jobs {
			f()
		}
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

func (n *netns) close() { close(n.jobs) }
