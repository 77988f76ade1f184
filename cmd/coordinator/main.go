// Command coordinator is the coordinator enclave's main: the binary that
// enclave.json measures. It runs inside the TEE and serves the host↔enclave
// protocol of enclave/wire on one stream listener.
//
// The platform (attester, sealer, rollback counter) and the chain view are
// interfaces chosen by -platform; a platform whose package is not built into
// this binary is an error, never a silent fallback to something weaker.
package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/enclave"
)

// Platform is what one TEE provides the coordinator.
type Platform struct {
	Attester    attestation.PlatformAttester
	Sealer      attestation.Sealer
	StateSealer enclave.StateSealer
	Close       func() error
}

// platformOpener opens a platform; chainOpener reads the registry contract
// at cfg.RPCURL (TLS ending inside the enclave; chainview.go). Platforms: sim
// (below); sgx (EGo seal key, only after GetSelfReport succeeded) and nitro
// (KMS with attestation) are still to be wired here.
type (
	platformOpener func(ctx context.Context, stateDir string) (*Platform, error)
	chainOpener    func(ctx context.Context, cfg *enclave.Config) (enclave.ChainView, error)
)

// openSim opens the simulated TPM (attestation/sim) with its NV memory in
// stateDir: real TPM 2.0 code with a software root, SIMULATED in every
// evidence it produces.
func openSim(_ context.Context, stateDir string) (*Platform, error) {
	tpm, err := sim.NewAttester(sim.WithStateFile(filepath.Join(stateDir, "tpm.state")))
	if err != nil {
		return nil, err
	}
	if err := tpm.PublishAK(stateDir); err != nil {
		tpm.Close()
		return nil, err
	}
	isRollback := func(err error) bool { return errors.Is(err, sim.ErrRollback) }
	return &Platform{
		Attester: tpm,
		Sealer:   enclave.EnvelopeSealer{Platform: tpm, Rand: rand.Reader},
		StateSealer: enclave.EnvelopeStateSealer{Rand: rand.Reader,
			Platform: enclave.PlatformStateSealer{StateSealer: tpm, IsRollback: isRollback}},
		Close: tpm.Close,
	}, nil
}

func main() {
	if err := run(os.Args[1:], map[string]platformOpener{"sim": openSim}, openRegistry); err != nil {
		fmt.Fprintln(os.Stderr, "coordinator:", err)
		os.Exit(1)
	}
}

func run(args []string, platforms map[string]platformOpener, openChain chainOpener) error {
	fs := flag.NewFlagSet("coordinator", flag.ContinueOnError)
	cfgPath := fs.String("config", "/etc/vouch/coordinator.json", "measured configuration (embedded in the enclave image)")
	listen := fs.String("listen", envOr("VOUCH_COORDINATOR_LISTEN", "tcp:127.0.0.1:7400"), "listener: tcp:HOST:PORT or unix:PATH (vsock on Nitro)")
	platform := fs.String("platform", "sgx", "TEE platform: sgx, nitro, tpm, or sim (simulated, labelled so in every evidence)")
	stateDir := fs.String("state-dir", ".", "where the simulated TPM keeps its NV memory (sim only)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	raw, err := os.ReadFile(*cfgPath)
	if err != nil {
		return fmt.Errorf("reading the measured configuration: %w", err)
	}
	cfg, err := enclave.ParseConfig(raw)
	if err != nil {
		return err
	}
	open, ok := platforms[*platform]
	if !ok {
		return fmt.Errorf("platform %q is not built into this coordinator", *platform)
	}
	if openChain == nil {
		return errors.New("no chain view is built into this coordinator")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	p, err := open(ctx, *stateDir)
	if err != nil {
		return fmt.Errorf("opening platform %s: %w", *platform, err)
	}
	defer func() { _ = p.Close() }()
	chain, err := openChain(ctx, cfg)
	if err != nil {
		return fmt.Errorf("chain view at %s: %w", cfg.RPCURL, err)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return fmt.Errorf("generating the enclave key: %w", err)
	}
	c, err := enclave.New(cfg, enclave.Deps{Key: key, Attester: p.Attester, Sealer: p.Sealer, StateSealer: p.StateSealer,
		Chain: chain, Now: time.Now, Rand: rand.Reader})
	if err != nil {
		return err
	}
	network, addr, ok := strings.Cut(*listen, ":")
	if !ok || (network != "tcp" && network != "unix") {
		return fmt.Errorf("listener %q: want tcp:HOST:PORT or unix:PATH", *listen)
	}
	l, err := net.Listen(network, addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", *listen, err)
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	log.Info("coordinator serving", "listen", *listen, "platform", p.Attester.Platform(), "address", c.Address().Hex())
	return c.Serve(ctx, l, log)
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
