package enclave

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net"
	"path/filepath"
	"testing"
	"time"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire"
)

func TestServeUnixSocket(t *testing.T) {
	w := newWorld(t, unreachableRegistry, "")
	sock := filepath.Join(t.TempDir(), "coordinator.sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.c.Serve(ctx, l, slog.New(slog.DiscardHandler)) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	cctx, ccancel := context.WithTimeout(ctx, 10*time.Second)
	defer ccancel()
	cl, err := wire.Dial(cctx, "unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	cl.SetEnclave(w.c.Address())
	var ev wire.GetEvidenceResponse
	if _, err := cl.Call(cctx, wire.KindGetEvidence, wire.GetEvidenceRequest{Nonce: bytes.Repeat([]byte{9}, 16)}, &ev); err != nil {
		t.Fatal(err)
	}
	e, err := attestation.DecodeEvidence(ev.Evidence)
	if err != nil || e.Platform != attestation.PlatformSim {
		t.Fatalf("evidence platform %v, %v", e, err)
	}
	// getConfig serves the canonical configuration whose SHA-256 the
	// evidence binds as policyDigest.
	b, err := attestation.DecodeBinding(e.Binding)
	if err != nil {
		t.Fatal(err)
	}
	var gc wire.GetConfigResponse
	if _, err := cl.Call(cctx, wire.KindGetConfig, wire.GetConfigRequest{}, &gc); err != nil {
		t.Fatal(err)
	}
	if d := wire.ConfigDigest(gc.Config); !bytes.Equal(d[:], b.PolicyDigest) {
		t.Fatalf("getConfig serves %s hashing to %x; the evidence binds %x", gc.Config, d, b.PolicyDigest)
	}
	if _, err := wire.ParseCoordinatorConfig(gc.Config); err != nil {
		t.Fatalf("the served configuration does not parse: %v", err)
	}
	// A malformed body is refused with a signed answer, and the stream stays usable.
	_, err = cl.Call(cctx, wire.KindGetEvidence, wire.GetEvidenceRequest{Nonce: []byte{1}}, nil)
	var re *wire.RemoteError
	if !errors.As(err, &re) || re.Code != "malformed" {
		t.Fatalf("short nonce: %v, want a malformed refusal", err)
	}
	if _, err := cl.Call(cctx, wire.KindStatus, wire.StatusRequest{}, &wire.StatusResponse{}); err != nil {
		t.Fatal(err)
	}
	// A response signed by another key is rejected by the client.
	cl.SetEnclave(addr(w.outsider))
	if _, err := cl.Call(cctx, wire.KindStatus, wire.StatusRequest{}, nil); err == nil {
		t.Fatal("a response from the wrong enclave key was accepted")
	}
}
