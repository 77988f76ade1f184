package wire

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/attestation"
)

// Framing: each frame is a 4-byte big-endian length followed by that many
// bytes of canonical CBOR. The stream is any reliable byte stream: loopback
// TCP or a Unix socket by default; on AWS Nitro the host reaches the enclave
// over vsock (github.com/mdlayher/vsock gives a net.Listener/net.Conn with
// the same interface), so nothing here changes per platform.

// ErrFrameTooLarge is returned when a peer announces a frame over the limit.
var ErrFrameTooLarge = errors.New("frame too large")

// WriteFrame writes one length-prefixed frame.
func WriteFrame(w io.Writer, frame []byte) error {
	if len(frame) > MaxFrameSize {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrFrameTooLarge, len(frame), MaxFrameSize)
	}
	var hdr [4]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(frame)))
	if _, err := w.Write(hdr[:]); err != nil {
		return fmt.Errorf("writing frame header: %w", err)
	}
	if _, err := w.Write(frame); err != nil {
		return fmt.Errorf("writing frame: %w", err)
	}
	return nil
}

// ReadFrame reads one length-prefixed frame of at most limit bytes. It does
// not allocate more than the bytes actually received plus one buffer.
func ReadFrame(r io.Reader, limit int) ([]byte, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if int64(n) > int64(limit) {
		return nil, fmt.Errorf("%w: %d bytes announced, limit %d", ErrFrameTooLarge, n, limit)
	}
	frame, err := io.ReadAll(io.LimitReader(r, int64(n)))
	if err != nil {
		return nil, fmt.Errorf("reading frame: %w", err)
	}
	if len(frame) != int(n) {
		return nil, fmt.Errorf("reading frame: %w", io.ErrUnexpectedEOF)
	}
	return frame, nil
}

// Client is the host's side of the coordinator protocol: one stream, one
// request at a time, every response's signature checked once the enclave's
// address is known (from verified evidence).
type Client struct {
	mu      sync.Mutex
	conn    net.Conn
	rd      *bufio.Reader
	nextID  uint64
	enclave common.Address
}

// NewClient wraps a connected stream.
func NewClient(conn net.Conn) *Client {
	return &Client{conn: conn, rd: bufio.NewReader(conn), nextID: 1}
}

// Dial connects to a coordinator at a network address ("tcp", "unix").
func Dial(ctx context.Context, network, addr string) (*Client, error) {
	var d net.Dialer
	conn, err := d.DialContext(ctx, network, addr)
	if err != nil {
		return nil, fmt.Errorf("dialing coordinator at %s: %w", addr, err)
	}
	return NewClient(conn), nil
}

// SetEnclave sets the address whose signature every later response must carry.
func (c *Client) SetEnclave(addr common.Address) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.enclave = addr
}

// Close closes the stream.
func (c *Client) Close() error { return c.conn.Close() }

// RemoteError is a refusal reported by the enclave.
type RemoteError struct {
	Kind, Code, Message string
}

func (e *RemoteError) Error() string {
	return fmt.Sprintf("coordinator refused %s: %s (%s)", e.Kind, e.Message, e.Code)
}

// Call sends one request and decodes the response body into out (may be nil).
// It returns the raw response too, so callers can keep its signature.
func (c *Client) Call(ctx context.Context, kind string, body Body, out any) (*Response, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id := c.nextID
	c.nextID++
	frame, err := EncodeRequest(id, kind, body)
	if err != nil {
		return nil, err
	}
	if dl, ok := ctx.Deadline(); ok {
		_ = c.conn.SetDeadline(dl)
		defer func() { _ = c.conn.SetDeadline(time.Time{}) }()
	}
	if err := WriteFrame(c.conn, frame); err != nil {
		return nil, fmt.Errorf("%s: %w", kind, err)
	}
	raw, err := ReadFrame(c.rd, MaxFrameSize)
	if err != nil {
		return nil, fmt.Errorf("%s: reading response: %w", kind, err)
	}
	resp, err := DecodeResponse(raw)
	if err != nil {
		return nil, err
	}
	if resp.ID != id || resp.Kind != kind {
		return nil, malformed("response %d/%s to request %d/%s", resp.ID, resp.Kind, id, kind)
	}
	if c.enclave != (common.Address{}) {
		if err := VerifyResponse(resp, c.enclave); err != nil {
			return nil, err
		}
	}
	if resp.Code != "" {
		return resp, &RemoteError{Kind: kind, Code: resp.Code, Message: resp.Error}
	}
	if out != nil {
		if err := attestation.NewCodec().Unmarshal(resp.Body, out); err != nil {
			return resp, malformed("%s response body: %v", kind, err)
		}
	}
	return resp, nil
}
