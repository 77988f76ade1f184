// Package vsock listens and dials on AF_VSOCK, the socket family a Nitro
// enclave talks to its parent instance over (the enclave has no network).
// The coordinator and scorer enclaves serve the host on a vsock listener;
// the framing above it is enclave/wire's, the same as on TCP or unix sockets.
// It runs inside the enclave (Listen) and on the parent instance (Dial).
package vsock

import (
	"fmt"
	"net"
	"strconv"
)

// Well-known context IDs.
const (
	// CIDAny binds a listener on every CID of this machine (VMADDR_CID_ANY).
	CIDAny = 0xffffffff
	// CIDHost is the parent instance as seen from a Nitro enclave.
	CIDHost = 3
	// CIDLocal is this machine (loopback; needs the vsock_loopback module).
	CIDLocal = 1
)

// Addr is a vsock address.
type Addr struct {
	CID, Port uint32
}

// Network returns "vsock".
func (a Addr) Network() string { return "vsock" }

func (a Addr) String() string {
	return strconv.FormatUint(uint64(a.CID), 10) + ":" + strconv.FormatUint(uint64(a.Port), 10)
}

// ParseAddr reads "CID:PORT" or "PORT" (CIDAny).
func ParseAddr(s string) (Addr, error) {
	cidS, portS, ok := splitLast(s)
	cid := uint64(CIDAny)
	if ok {
		c, err := strconv.ParseUint(cidS, 10, 32)
		if err != nil {
			return Addr{}, fmt.Errorf("vsock: address %q: bad CID", s)
		}
		cid = c
	} else {
		portS = s
	}
	port, err := strconv.ParseUint(portS, 10, 32)
	if err != nil {
		return Addr{}, fmt.Errorf("vsock: address %q: want CID:PORT or PORT", s)
	}
	return Addr{CID: uint32(cid), Port: uint32(port)}, nil
}

func splitLast(s string) (string, string, bool) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ':' {
			return s[:i], s[i+1:], true
		}
	}
	return "", "", false
}

var _ net.Addr = Addr{}
