// Command coordinator is the coordinator enclave's main: the binary that
// enclave.json measures (built with -tags enclavemain by make sgx). It runs
// inside the TEE and serves the host↔enclave protocol of enclave/wire on one
// stream listener (tcp, unix, or vsock on Nitro).
//
//	coordinator -platform tpm -tpm /dev/tpmrm0        confidential VM (or -tpm unix:SOCKET for swtpm)
//	coordinator -platform nitro -listen vsock:7400    AWS Nitro enclave
//	ego run build/sgx/coordinator -platform sgx       EGo SGX enclave
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
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/nitro/vsock"
	"github.com/vouchpm/vouch/enclave"
)

// Platform is what one TEE provides the coordinator.
type Platform struct {
	Attester    attestation.PlatformAttester
	Sealer      attestation.Sealer
	StateSealer enclave.StateSealer
	Close       func() error
}

// platformOpener opens a platform (platforms.go: sim, tpm, nitro, sgx);
// chainOpener reads the registry contract at cfg.RPCURL (TLS ending inside
// the enclave; chainview.go).
type (
	platformOpener func(ctx context.Context, args platformArgs) (*Platform, error)
	chainOpener    func(ctx context.Context, cfg *enclave.Config) (enclave.ChainView, error)
)

func main() {
	if err := run(os.Args[1:], builtinPlatforms(), openRegistry); err != nil {
		fmt.Fprintln(os.Stderr, "coordinator:", err)
		os.Exit(1)
	}
}

func run(args []string, platforms map[string]platformOpener, openChain chainOpener) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return runContext(ctx, args, platforms, openChain, os.Stderr)
}

// runContext is run until ctx ends, logging to logTo.
func runContext(ctx context.Context, args []string, platforms map[string]platformOpener, openChain chainOpener, logTo io.Writer) error {
	fs := flag.NewFlagSet("coordinator", flag.ContinueOnError)
	cfgPath := fs.String("config", defaultConfigPath, "measured configuration (embedded in the enclave image)")
	listen := fs.String("listen", envOr(envListen, "tcp:127.0.0.1:7400"), "listener: tcp:HOST:PORT, unix:PATH or vsock:PORT (Nitro)")
	platform := fs.String("platform", "sgx", "TEE platform: sgx, nitro, tpm, or sim (simulated, labelled so in every evidence)")
	var pargs platformArgs
	fs.StringVar(&pargs.StateDir, "state-dir", ".", "where the simulated TPM keeps its NV memory (sim only)")
	fs.StringVar(&pargs.TPM, "tpm", "/dev/tpmrm0", "tpm: the TPM, a device or a TPM server socket (tcp:HOST:PORT, unix:PATH)")
	fs.StringVar(&pargs.TPMEventLog, "tpm-eventlog", "", "tpm: the TCG event log explaining the PCRs (default: the kernel's)")
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
	p, err := open(ctx, pargs)
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
	l, err := listenOn(*listen)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(logTo, nil))
	log.Info("coordinator serving", "listen", *listen, "platform", p.Attester.Platform(), "address", c.Address().Hex(),
		"configDigest", fmt.Sprintf("0x%x", cfg.Digest())) // what a policy's configDigests lists
	return c.Serve(ctx, l, log)
}

// listenOn opens tcp:HOST:PORT, unix:PATH or vsock:[CID:]PORT.
func listenOn(spec string) (net.Listener, error) {
	network, addr, ok := strings.Cut(spec, ":")
	var l net.Listener
	var err error
	switch {
	case ok && (network == "tcp" || network == "unix"):
		l, err = net.Listen(network, addr)
	case ok && network == "vsock":
		var a vsock.Addr
		if a, err = vsock.ParseAddr(addr); err == nil {
			l, err = vsock.Listen(a)
		}
	default:
		return nil, fmt.Errorf("listener %q: want tcp:HOST:PORT, unix:PATH or vsock:PORT", spec)
	}
	if err != nil {
		return nil, fmt.Errorf("listening on %s: %w", spec, err)
	}
	return l, nil
}

// defaultConfigPath is where enclave.json mounts the measured configuration.
const defaultConfigPath = "/etc/vouch/coordinator.json"

// envListen is the one variable the coordinator reads from its environment
// (enclave.json's env allow-list): where to listen, which the host decides anyway.
const envListen = "VOUCH_COORDINATOR_LISTEN"

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
