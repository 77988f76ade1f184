//go:build !linux

package vsock

import (
	"errors"
	"net"
	"time"
)

var errUnsupported = errors.New("vsock: AF_VSOCK needs Linux")

// Listen is unsupported outside Linux.
func Listen(Addr) (net.Listener, error) { return nil, errUnsupported }

// Dial is unsupported outside Linux.
func Dial(Addr, time.Duration) (net.Conn, error) { return nil, errUnsupported }
