package tpm

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"time"
)

// Address names where a TPM is reached:
//
//	/dev/tpmrm0           a device (the kernel's resource manager; the default)
//	tcp:HOST:PORT          a TPM server socket (swtpm's --server type=tcp)
//	unix:PATH              a TPM server on a unix socket (swtpm's --server type=unixio)
//
// A TPM server socket carries raw TPM 2.0 commands: the client writes one
// command, the server answers one response, each framed only by the size in
// its own 10-byte header. swtpm 0.7.1 (checked here) answers raw commands
// that way; it also accepts the Microsoft simulator's TPM_SEND_COMMAND framing
// on the same socket, which this client does not use.
type Address string

// ErrTPMResponse: a TPM server socket sent something that is not a TPM response.
var ErrTPMResponse = errors.New("tpm: malformed response from the TPM socket")

// maxResponse bounds one TPM response (go-tpm's own buffer is 4096 bytes;
// TPM2_MAX_COMMAND_SIZE on common TPMs is 4096, swtpm allows up to 4096 too).
const maxResponse = 1 << 16

// dialTimeout bounds connecting to a TPM socket.
const dialTimeout = 10 * time.Second

// Open opens the TPM at addr: a device path, tcp:HOST:PORT or unix:PATH.
func Open(addr Address) (io.ReadWriteCloser, error) {
	s := string(addr)
	network, rest, _ := strings.Cut(s, ":")
	switch network {
	case "tcp", "unix":
		if rest == "" {
			return nil, fmt.Errorf("tpm: address %q: want tcp:HOST:PORT or unix:PATH", s)
		}
		c, err := net.DialTimeout(network, rest, dialTimeout)
		if err != nil {
			return nil, fmt.Errorf("tpm: connecting to the TPM at %s: %w", s, err)
		}
		return newSocketTPM(c), nil
	}
	if !strings.HasPrefix(s, "/") {
		return nil, fmt.Errorf("tpm: address %q: want a device path, tcp:HOST:PORT or unix:PATH", s)
	}
	f, err := os.OpenFile(s, os.O_RDWR, 0)
	if err != nil {
		return nil, fmt.Errorf("tpm: opening %s: %w", s, err)
	}
	return f, nil
}

// socketTPM turns a stream into the command/response device go-tpm expects:
// Write sends one command, and the next Read returns the whole response
// (go-tpm reads a response with one Read call).
type socketTPM struct {
	mu      sync.Mutex
	conn    net.Conn
	pending []byte
}

func newSocketTPM(c net.Conn) *socketTPM { return &socketTPM{conn: c} }

func (s *socketTPM) Write(cmd []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pending = nil
	return s.conn.Write(cmd)
}

// Read returns the rest of the current response, reading it first if needed.
func (s *socketTPM) Read(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.pending) == 0 {
		resp, err := readResponse(s.conn)
		if err != nil {
			return 0, err
		}
		s.pending = resp
	}
	n := copy(p, s.pending)
	s.pending = s.pending[n:]
	return n, nil
}

func (s *socketTPM) Close() error { return s.conn.Close() }

// readResponse reads one TPM response: tag (2), size (4, the whole response
// including the header), code (4), then size-10 bytes.
func readResponse(r io.Reader) ([]byte, error) {
	var hdr [10]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("tpm: reading a response: %w", err)
	}
	return parseResponse(hdr, r)
}

func parseResponse(hdr [10]byte, r io.Reader) ([]byte, error) {
	tag := binary.BigEndian.Uint16(hdr[0:])
	if tag != 0x8001 && tag != 0x8002 && tag != 0x00c4 { // TPM_ST_NO_SESSIONS, TPM_ST_SESSIONS, TPM 1.2 RSP
		return nil, fmt.Errorf("%w: tag %#04x", ErrTPMResponse, tag)
	}
	size := binary.BigEndian.Uint32(hdr[2:])
	if size < uint32(len(hdr)) || size > maxResponse {
		return nil, fmt.Errorf("%w: size %d", ErrTPMResponse, size)
	}
	resp := make([]byte, size)
	copy(resp, hdr[:])
	if _, err := io.ReadFull(r, resp[len(hdr):]); err != nil {
		return nil, fmt.Errorf("%w: truncated: %v", ErrTPMResponse, err)
	}
	return resp, nil
}

// withEventLog gives a TPM the event log that explains its PCRs (the
// interface go-tpm-tools' client.GetEventLog looks for).
type withEventLog struct {
	io.ReadWriteCloser
	path string
}

func (w withEventLog) EventLog() ([]byte, error) {
	b, err := os.ReadFile(w.path)
	if err != nil {
		return nil, fmt.Errorf("tpm: reading the event log: %w", err)
	}
	return b, nil
}
