// Package server serves the scorer protocol (enclave/wire/scorer.go) to the untrusted
// host over a stream listener. It runs inside the scorer enclave, under cmd/scorer.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"
	"time"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/scorer"
)

// Server answers info and score requests.
type Server struct {
	Engine       *scorer.Engine
	Signer       *scorer.Signer
	Info         wire.ScorerInfo
	ScoreTimeout time.Duration // per score (default 15 minutes)
	IdleTimeout  time.Duration // between frames on one connection (default 5 minutes)
	Log          *slog.Logger

	mu sync.Mutex // one score at a time: the model and CPU are the bottleneck
}

// Serve accepts connections until ctx ends or ln fails.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	go func() {
		<-ctx.Done()
		ln.Close()
	}()
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		conn, err := ln.Accept()
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("scorer server: accept: %w", err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer conn.Close()
			if err := s.ServeConn(ctx, conn); err != nil && s.Log != nil {
				s.Log.Warn("connection closed", "remote", conn.RemoteAddr().String(), "err", err)
			}
		}()
	}
}

type deadliner interface{ SetReadDeadline(time.Time) error }

// ServeConn answers frames on one connection until the peer closes it.
func (s *Server) ServeConn(ctx context.Context, conn io.ReadWriter) error {
	idle := s.IdleTimeout
	if idle <= 0 {
		idle = 5 * time.Minute
	}
	for {
		if d, ok := conn.(deadliner); ok {
			_ = d.SetReadDeadline(time.Now().Add(idle))
		}
		var req wire.ScorerRequest
		if err := wire.ReadScorerFrame(conn, &req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			// answer once, then drop the connection: the stream may be out of sync
			_ = wire.WriteScorerFrame(conn, wire.ScorerResponse{Version: wire.ScorerProtocolVersion, Error: err.Error()})
			return err
		}
		resp := s.Handle(ctx, req)
		if err := wire.WriteScorerFrame(conn, resp); err != nil {
			return err
		}
	}
}

// Handle answers one request.
func (s *Server) Handle(ctx context.Context, req wire.ScorerRequest) wire.ScorerResponse {
	fail := func(err error) wire.ScorerResponse {
		return wire.ScorerResponse{Version: wire.ScorerProtocolVersion, Error: err.Error()}
	}
	if req.Version != wire.ScorerProtocolVersion {
		return fail(fmt.Errorf("scorer: protocol version %d, want %d", req.Version, wire.ScorerProtocolVersion))
	}
	switch req.Op {
	case wire.ScorerOpInfo:
		info := s.Info
		return wire.ScorerResponse{Version: wire.ScorerProtocolVersion, Info: &info}
	case wire.ScorerOpScore:
		if req.Score == nil {
			return fail(errors.New("scorer: score request without body"))
		}
		res, err := s.score(ctx, *req.Score)
		if err != nil {
			return fail(err)
		}
		return wire.ScorerResponse{Version: wire.ScorerProtocolVersion, Score: res}
	default:
		return fail(fmt.Errorf("scorer: unknown op %q", req.Op))
	}
}

func (s *Server) score(ctx context.Context, r wire.ScoreTarballsRequest) (*wire.ScoreResult, error) {
	timeout := s.ScoreTimeout
	if timeout <= 0 {
		timeout = 15 * time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	s.mu.Lock()
	defer s.mu.Unlock()
	req := scorer.Request{PackageName: r.PackageName, Version: r.Version, New: r.NewTarball}
	if len(r.BaseTarball) > 0 {
		req.Base = r.BaseTarball
	}
	sc, rep, err := s.Engine.Evaluate(ctx, req)
	if err != nil {
		return nil, err
	}
	signed, err := s.Signer.Sign(ctx, sc, rep)
	if err != nil {
		return nil, err
	}
	js, err := json.Marshal(rep)
	if err != nil {
		return nil, fmt.Errorf("scorer: encode report: %w", err)
	}
	if s.Log != nil {
		s.Log.Info("scored", "package", r.PackageName, "version", r.Version, "score", sc.Score, "heuristic", sc.HeuristicScore, "flagged", rep.Flagged)
	}
	return &wire.ScoreResult{Score: signed.Score, Digest: signed.Digest[:], Signature: signed.Signature, Report: js,
		Platform: signed.Platform, Quote: signed.Quote, Aux: signed.Aux}, nil
}
