package server_test

import (
	"context"
	"errors"
	"net"
	"testing"
	"time"

	"github.com/vouchpm/vouch/enclave/wire"
)

// hangingScorer accepts connections and never answers: a score that runs
// forever, or a scorer that hangs.
func hangingScorer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			t.Cleanup(func() { c.Close() })
		}
	}()
	return ln.Addr().String()
}

func TestClientHonoursContext(t *testing.T) {
	addr := hangingScorer(t)
	for _, tc := range []struct {
		name string
		ctx  func() (context.Context, context.CancelFunc)
		want error
	}{
		{"cancelled", func() (context.Context, context.CancelFunc) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(50*time.Millisecond, cancel)
			return ctx, cancel
		}, context.Canceled},
		{"deadline", func() (context.Context, context.CancelFunc) {
			return context.WithTimeout(context.Background(), 50*time.Millisecond)
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := tc.ctx()
			defer cancel()
			c, err := wire.DialScorer(ctx, addr)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			done := make(chan error, 1)
			go func() {
				_, err := c.Do(ctx, wire.ScorerRequest{Op: wire.ScorerOpInfo})
				done <- err
			}()
			select {
			case err := <-done:
				if err == nil {
					t.Fatal("a hanging scorer answered")
				}
				if tc.want != nil && !errors.Is(err, tc.want) {
					t.Fatalf("err = %v, want %v", err, tc.want)
				}
			case <-time.After(30 * time.Second):
				t.Fatal("Do ignored its context: still waiting on a scorer that never answers")
			}
		})
	}
}
