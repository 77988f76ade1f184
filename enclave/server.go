package enclave

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire"
)

// Evidence returns canonical attestation evidence binding the enclave's key,
// the chain, the registry contract and the measured configuration to a fresh
// quote over the host's nonce.
func (c *Coordinator) Evidence(ctx context.Context, nonce []byte) ([]byte, error) {
	key := c.key()
	b := attestation.NewBinding(attestation.RoleCoordinator, &key.PublicKey, c.domain.ChainID, c.domain.Registry, nonce, c.deps.Now())
	d := c.cfg.Digest() // the canonical configuration digest (wire.CoordinatorConfig)
	b.PolicyDigest = d[:]
	ev, err := attestation.Attest(ctx, c.deps.Attester, b)
	if err != nil {
		return nil, fmt.Errorf("attesting on %s: %w", c.deps.Attester.Platform(), err)
	}
	return ev.Marshal()
}

// Serve answers the protocol on every connection l accepts until ctx ends.
func (c *Coordinator) Serve(ctx context.Context, l net.Listener, log *slog.Logger) error {
	var wg sync.WaitGroup
	defer wg.Wait()
	go func() {
		<-ctx.Done()
		_ = l.Close()
	}()
	for {
		conn, err := l.Accept()
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("accepting host connections: %w", err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer conn.Close()
			stop := context.AfterFunc(ctx, func() { _ = conn.Close() })
			defer stop()
			if err := c.ServeConn(ctx, conn, log); !errors.Is(err, io.EOF) && ctx.Err() == nil {
				log.Warn("host connection ended", "err", err)
			}
		}()
	}
}

// ServeConn answers requests on one stream until it closes.
func (c *Coordinator) ServeConn(ctx context.Context, conn io.ReadWriter, log *slog.Logger) error {
	rd := bufio.NewReader(conn)
	for {
		frame, err := wire.ReadFrame(rd, wire.MaxFrameSize)
		if err != nil {
			return err
		}
		resp := c.Handle(ctx, frame)
		if resp.Code != "" {
			log.Info("request refused", "kind", resp.Kind, "id", resp.ID, "code", resp.Code, "err", resp.Error)
		} else {
			log.Debug("request served", "kind", resp.Kind, "id", resp.ID)
		}
		raw, err := attestation.NewCodec().Marshal(resp)
		if err != nil {
			return fmt.Errorf("encoding a response: %w", err)
		}
		if err := wire.WriteFrame(conn, raw); err != nil {
			return err
		}
	}
}

// Handle answers one request frame with a signed response.
func (c *Coordinator) Handle(ctx context.Context, frame []byte) wire.Response {
	resp := wire.Response{Version: wire.ProtocolVersion}
	// The key that received the request signs the answer, even when the
	// request (LoadState) brings back an earlier key.
	key := c.key()
	req, err := wire.DecodeRequest(frame)
	if err == nil {
		resp.ID, resp.Kind = req.ID, req.Kind
		var body any
		body, err = c.dispatch(ctx, req)
		if err == nil {
			resp.Body, err = attestation.NewCodec().Marshal(body)
		}
	}
	if err != nil {
		resp.Body = nil
		resp.Code, resp.Error = ErrorCode(err), err.Error()
		if errors.Is(err, wire.ErrMalformed) {
			resp.Code = "malformed"
		}
	}
	d, derr := wire.ResponseDigest(resp)
	if derr == nil {
		resp.Signature, derr = wire.Sign(key, d)
	}
	if derr != nil {
		resp.Code, resp.Error, resp.Body, resp.Signature = "internal", "signing the response failed", nil, nil
	}
	return resp
}

func (c *Coordinator) dispatch(ctx context.Context, req *wire.Request) (any, error) {
	switch req.Kind {
	case wire.KindGetEvidence:
		b, err := wire.DecodeBody[wire.GetEvidenceRequest](req.Kind, req.Body)
		if err != nil {
			return nil, err
		}
		ev, err := c.Evidence(ctx, b.Nonce)
		return wire.GetEvidenceResponse{Evidence: ev}, err
	case wire.KindGetConfig:
		if _, err := wire.DecodeBody[wire.GetConfigRequest](req.Kind, req.Body); err != nil {
			return nil, err
		}
		return wire.GetConfigResponse{Config: c.cfg.Canonical()}, nil
	case wire.KindAddToken:
		b, err := wire.DecodeBody[wire.AddTokenRequest](req.Kind, req.Body)
		if err != nil {
			return nil, err
		}
		out, err := c.AddToken(ctx, b)
		if err != nil {
			return nil, err
		}
		out.State, err = c.SealState()
		return out, err
	case wire.KindNameControl:
		b, err := wire.DecodeBody[wire.NameControlRequest](req.Kind, req.Body)
		if err != nil {
			return nil, err
		}
		return c.NameControl(ctx, b)
	case wire.KindPropose:
		return releaseCall(c, ctx, req, c.Propose)
	case wire.KindApprove:
		return releaseCall(c, ctx, req, c.Approve)
	case wire.KindVeto:
		return releaseCall(c, ctx, req, c.Veto)
	case wire.KindCancel:
		return releaseCall(c, ctx, req, c.Cancel)
	case wire.KindRevoke:
		return releaseCall(c, ctx, req, c.Revoke)
	case wire.KindScore:
		return releaseCall(c, ctx, req, c.AddScore)
	case wire.KindStatus:
		b, err := wire.DecodeBody[wire.StatusRequest](req.Kind, req.Body)
		if err != nil {
			return nil, err
		}
		st, err := c.Status(b.ReleaseDigest)
		return wire.StatusResponse{Releases: st}, err
	case wire.KindTick:
		if _, err := wire.DecodeBody[wire.TickRequest](req.Kind, req.Body); err != nil {
			return nil, err
		}
		out, err := c.Tick(ctx)
		if err != nil {
			return nil, err
		}
		out.State, err = c.SealState()
		return out, err
	case wire.KindLoadState:
		b, err := wire.DecodeBody[wire.LoadStateRequest](req.Kind, req.Body)
		if err != nil {
			return nil, err
		}
		if err := c.LoadState(ctx, b.State); err != nil {
			return nil, err
		}
		st, err := c.Status([32]byte{})
		return wire.StatusResponse{Releases: st}, err
	}
	return nil, fmt.Errorf("%w: unknown request kind %q", wire.ErrMalformed, req.Kind)
}

// releaseCall decodes a release request, runs it and seals the new state.
func releaseCall[T wire.Body](c *Coordinator, ctx context.Context, req *wire.Request, f func(context.Context, T) (wire.ReleaseStatus, error)) (any, error) {
	b, err := wire.DecodeBody[T](req.Kind, req.Body)
	if err != nil {
		return nil, err
	}
	st, err := f(ctx, b)
	if err != nil {
		return nil, err
	}
	sealed, err := c.SealState()
	return wire.StatusResponse{Releases: []wire.ReleaseStatus{st}, State: sealed}, err
}
