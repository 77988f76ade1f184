//go:build !enclavemain

package main

import (
	"context"
	"crypto/rand"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/attestation/tpm/swtpmtest"
	"github.com/vouchpm/vouch/enclave"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
)

// TestEndToEndOnSWTPM runs the coordinator's tpm platform, opened as
// `coordinator --platform tpm --tpm unix:SOCKET` opens it, against Debian's
// swtpm in its own process: the release flow publishes to Verdaccio through
// the registry contract; the evidence verifies with swtpm's AK CA as root and
// is refused by the default roots; after a reboot of the TPM the newest sealed
// state restores the coordinator (same address, same release), and an older
// sealed state is refused.
func TestEndToEndOnSWTPM(t *testing.T) {
	if testing.Short() {
		t.Skip("starts swtpm, a chain and Verdaccio")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	sw := swtpmtest.Start(t)
	ca := swtpmtest.NewCA(t)
	sw.ProvisionAK(t, ca)
	const kernel = "/vmlinuz root=/dev/vda1 vouch-coordinator"
	args := platformArgs{TPM: string(sw.Address()), TPMEventLog: sw.Boot(t, kernel)}
	p, err := openTPM(ctx, args)
	if err != nil {
		t.Fatal(err)
	}
	f := releaseFlow(ctx, t, p)

	now := time.Now()
	policy := &attestation.Policy{Platforms: []string{attestation.PlatformTPM}, AnyMeasurementUnsafe: true, AnyConfigUnsafe: true, Role: attestation.RoleCoordinator}
	trusting, err := platforms.NewVerifier(platforms.Trust{Roots: []*x509.Certificate{ca.Root}, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	claims, err := trusting.Verify(ctx, f.evidence, policy)
	if err != nil {
		t.Fatalf("evidence with swtpm's CA as root: %v", err)
	}
	if claims.Simulated || claims.Platform != attestation.PlatformTPM {
		t.Fatalf("claims %+v", claims)
	}
	policy.AnyMeasurementUnsafe, policy.Measurements = false, []string{claims.Measurement}
	if _, err := trusting.Verify(ctx, f.evidence, policy); err != nil {
		t.Fatalf("evidence against its measurement: %v", err)
	}
	defaults, err := platforms.NewVerifier(platforms.Trust{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := defaults.Verify(ctx, f.evidence, policy); !errors.Is(err, attestation.ErrInvalidEvidence) {
		t.Fatalf("swtpm evidence under the default roots: %v, want refused", err)
	}

	// Each seal commits the one before (the host stored it before asking
	// for more): old is then older than the newest committed.
	old, err := f.c.SealState()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.c.SealState(); err != nil {
		t.Fatal(err)
	}
	newest, err := f.c.SealState()
	if err != nil {
		t.Fatal(err)
	}
	addr := f.c.Address()
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}

	// The VM reboots: PCRs reset, the same boot chain is measured again.
	sw.Reboot(t)
	args.TPMEventLog = sw.Boot(t, kernel)
	p, err = openTPM(ctx, args)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = p.Close() }()
	restarted := func() *enclave.Coordinator {
		key, _ := crypto.GenerateKey()
		c, err := enclave.New(f.cfg, enclave.Deps{Key: key, Attester: p.Attester, Sealer: p.Sealer, StateSealer: p.StateSealer,
			Chain: f.chain, Now: time.Now, Rand: rand.Reader})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if err := restarted().LoadState(ctx, old); !errors.Is(err, enclave.ErrStaleState) {
		t.Fatalf("rolled-back state: %v, want ErrStaleState", err)
	}
	c := restarted()
	if err := c.LoadState(ctx, newest); err != nil {
		t.Fatalf("newest state after reboot: %v", err)
	}
	if c.Address() != addr {
		t.Fatalf("restored coordinator is %s, want %s", c.Address().Hex(), addr.Hex())
	}
}

// TestCommandLineOnSWTPM starts the coordinator as
// `coordinator -platform tpm -tpm unix:SOCKET -tpm-eventlog LOG -listen unix:…`
// and fetches its evidence over the host protocol, as vouch-host does: tpm
// evidence for the coordinator's key that verifies with the swtpm CA as root.
func TestCommandLineOnSWTPM(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sw := swtpmtest.Start(t)
	ca := swtpmtest.NewCA(t)
	sw.ProvisionAK(t, ca)
	log := sw.Boot(t, "/vmlinuz vouch-coordinator")
	env, err := chaintest.NewSimulated(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	cfg := writeConfig(t, fmt.Sprintf(`{"chainId":%d,"registry":%q,"npmRegistry":"https://127.0.0.1:4873"}`, env.Domain.ChainID, env.Domain.Registry.Hex()))
	dir, err := os.MkdirTemp("", "coord")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	sock := filepath.Join(dir, "c.sock")
	chain := func(context.Context, *enclave.Config) (enclave.ChainView, error) {
		return registryView{r: env.Reader}, nil
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- runContext(runCtx, []string{"-config", cfg, "-platform", "tpm", "-tpm", string(sw.Address()),
			"-tpm-eventlog", log, "-listen", "unix:" + sock}, builtinPlatforms(), chain, io.Discard)
	}()
	defer func() {
		stop()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("coordinator: %v", err)
		}
	}()
	var cl *wire.Client
	for cl == nil {
		select {
		case err := <-done:
			t.Fatalf("coordinator exited: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
		cl, _ = wire.Dial(ctx, "unix", sock)
	}
	defer cl.Close()
	var ev wire.GetEvidenceResponse
	if _, err := cl.Call(ctx, wire.KindGetEvidence, wire.GetEvidenceRequest{Nonce: []byte("host nonce, fresh")}, &ev); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	v, _ := platforms.NewVerifier(platforms.Trust{Roots: []*x509.Certificate{ca.Root}, Now: func() time.Time { return now }})
	claims, err := v.Verify(ctx, ev.Evidence, &attestation.Policy{Platforms: []string{attestation.PlatformTPM}, AnyMeasurementUnsafe: true, AnyConfigUnsafe: true,
		Role: attestation.RoleCoordinator, Nonce: []byte("host nonce, fresh")})
	if err != nil {
		t.Fatalf("evidence from the command line coordinator: %v", err)
	}
	if claims.Platform != attestation.PlatformTPM || claims.Simulated {
		t.Fatalf("claims %+v", claims)
	}
}
