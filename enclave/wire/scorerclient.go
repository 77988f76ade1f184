package wire

import (
	"context"
	"fmt"
	"net"
	"time"
)

// The host's client of the scorer protocol (scorer.go), next to Client, the
// coordinator's: it links none of the scorer's engine, so the host and the
// CLI can talk to a scorer enclave without carrying its heuristics.

// DialScorer connects to a scorer at addr ("unix:/path" or host:port) and returns a client.
func DialScorer(ctx context.Context, addr string) (*ScorerClient, error) {
	network, a := "tcp", addr
	if len(addr) > 5 && addr[:5] == "unix:" {
		network, a = "unix", addr[5:]
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, network, a)
	if err != nil {
		return nil, fmt.Errorf("scorer: dial %s: %w", addr, err)
	}
	return &ScorerClient{conn: conn}, nil
}

// ScorerClient is the host side of one scorer connection (not safe for concurrent use).
type ScorerClient struct{ conn net.Conn }

// Close closes the connection.
func (c *ScorerClient) Close() error { return c.conn.Close() }

// Do sends one request and reads its response. It honours ctx: its
// deadline bounds the exchange, and cancelling it closes the connection (a
// score can run for minutes), after which the ScorerClient is unusable.
func (c *ScorerClient) Do(ctx context.Context, req ScorerRequest) (*ScorerResponse, error) {
	req.Version = ScorerProtocolVersion
	if dl, ok := ctx.Deadline(); ok {
		if err := c.conn.SetDeadline(dl); err != nil {
			return nil, err
		}
		defer c.conn.SetDeadline(time.Time{}) //nolint:errcheck // best effort reset
	}
	stop := context.AfterFunc(ctx, func() { _ = c.conn.Close() })
	defer stop()
	fail := func(err error) (*ScorerResponse, error) {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("scorer: %w", context.Cause(ctx))
		}
		return nil, err
	}
	if err := WriteScorerFrame(c.conn, req); err != nil {
		return fail(err)
	}
	var resp ScorerResponse
	if err := ReadScorerFrame(c.conn, &resp); err != nil {
		return fail(err)
	}
	if resp.Error != "" {
		return &resp, fmt.Errorf("scorer: %s", resp.Error)
	}
	return &resp, nil
}
