package vsock

import (
	"errors"
	"fmt"
	"net"
	"os"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// Listen listens on a vsock port of this machine.
func Listen(a Addr) (net.Listener, error) {
	fd, err := unix.Socket(unix.AF_VSOCK, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("vsock: socket: %w", err)
	}
	if err := unix.Bind(fd, &unix.SockaddrVM{CID: a.CID, Port: a.Port}); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("vsock: bind %s: %w", a, err)
	}
	if err := unix.Listen(fd, 128); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("vsock: listen %s: %w", a, err)
	}
	local := a
	if sa, err := unix.Getsockname(fd); err == nil {
		if vm, ok := sa.(*unix.SockaddrVM); ok {
			local = Addr{CID: vm.CID, Port: vm.Port}
		}
	}
	return &listener{f: os.NewFile(uintptr(fd), "vsock-listener"), addr: local}, nil
}

type listener struct {
	f      *os.File
	addr   Addr
	closed atomic.Bool
}

// Accept waits through the runtime poller, so Close unblocks it.
func (l *listener) Accept() (net.Conn, error) {
	rc, err := l.f.SyscallConn()
	if err != nil {
		return nil, err
	}
	var nfd int
	var sa unix.Sockaddr
	var aerr error
	err = rc.Read(func(fd uintptr) bool {
		nfd, sa, aerr = unix.Accept4(int(fd), unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
		return !errors.Is(aerr, unix.EAGAIN)
	})
	if err != nil {
		if l.closed.Load() {
			return nil, net.ErrClosed
		}
		return nil, err
	}
	if aerr != nil {
		return nil, fmt.Errorf("vsock: accept: %w", aerr)
	}
	var remote Addr
	if vm, ok := sa.(*unix.SockaddrVM); ok {
		remote = Addr{CID: vm.CID, Port: vm.Port}
	}
	return &conn{File: os.NewFile(uintptr(nfd), "vsock"), local: l.addr, remote: remote}, nil
}

func (l *listener) Close() error {
	l.closed.Store(true)
	return l.f.Close()
}
func (l *listener) Addr() net.Addr { return l.addr }

// Dial connects to a vsock address (from the parent instance: the enclave's CID).
func Dial(a Addr, timeout time.Duration) (net.Conn, error) {
	fd, err := unix.Socket(unix.AF_VSOCK, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("vsock: socket: %w", err)
	}
	f := os.NewFile(uintptr(fd), "vsock")
	err = unix.Connect(fd, &unix.SockaddrVM{CID: a.CID, Port: a.Port})
	if errors.Is(err, unix.EINPROGRESS) {
		err = waitConnected(f, timeout)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("vsock: connect %s: %w", a, err)
	}
	return &conn{File: f, remote: a}, nil
}

func waitConnected(f *os.File, timeout time.Duration) error {
	if err := f.SetWriteDeadline(time.Now().Add(timeout)); err != nil {
		return err
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var soErr int
	first := true
	werr := rc.Write(func(fd uintptr) bool {
		if first { // wait for the socket to become writable, as net's connect does
			first = false
			return false
		}
		soErr, err = unix.GetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_ERROR)
		if err != nil {
			return true
		}
		switch unix.Errno(soErr) {
		case unix.EINPROGRESS, unix.EALREADY, unix.EINTR:
			return false
		case 0:
			_, perr := unix.Getpeername(int(fd))
			return !errors.Is(perr, unix.ENOTCONN)
		}
		return true
	})
	_ = f.SetWriteDeadline(time.Time{})
	if werr != nil {
		return werr
	}
	if err != nil {
		return err
	}
	if soErr != 0 {
		return unix.Errno(soErr)
	}
	return nil
}

// conn is a connected vsock stream; *os.File gives it deadlines through the poller.
type conn struct {
	*os.File
	local, remote Addr
}

func (c *conn) LocalAddr() net.Addr  { return c.local }
func (c *conn) RemoteAddr() net.Addr { return c.remote }
