// Command scorer is the scorer enclave's main: it holds a secp256k1 key generated inside
// the enclave, checks the pinned model's weights digest before it starts, and serves
// signed, attested scores to the untrusted host over the scorer stream protocol
// (enclave/wire/scorer.go) on a loopback TCP address or a unix socket.
//
//	scorer --listen 127.0.0.1:7611 --model models/gemma3-4b.json --ollama http://127.0.0.1:11434 \
//	       --ollama-models /var/lib/ollama/models --platform none
//
// The model's weights are hashed by the scorer itself, at start and before every score,
// in the ollama models folder (OLLAMA_MODELS) it shares with the ollama on its own
// machine; ollama is reached on loopback only, unless --ollama-remote-unsafe (and then
// every score's report says "remote-unsafe").
//
// The platform that attests the key and every score is passed in as an
// attestation.PlatformAttester; "none" is an explicit, labelled choice (no evidence).
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
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ollama/ollama/api"
	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/nitro"
	"github.com/vouchpm/vouch/attestation/nitro/vsock"
	"github.com/vouchpm/vouch/attestation/sgx"
	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/attestation/tpm"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/model"
	"github.com/vouchpm/vouch/scorer/sandbox"
	"github.com/vouchpm/vouch/scorer/server"
)

// PlatformArgs are the flags a platform opener reads.
type PlatformArgs struct {
	StateDir    string // sim: the simulated TPM's NV memory
	TPM         string // tpm: /dev/tpmrm0, tcp:HOST:PORT or unix:PATH
	TPMEventLog string // tpm: the event log explaining the PCRs (default: the kernel's)
}

// PlatformFunc opens the attester of a named platform; "none" yields a nil
// attester: an explicit, labelled unattested run.
type PlatformFunc func(name string, args PlatformArgs) (attestation.PlatformAttester, func() error, error)

// builtinPlatforms knows none, sim (attestation/sim: real TPM 2.0 code with a
// software root, SIMULATED in every evidence), tpm (a confidential VM's vTPM,
// the GPU confidential VM layout of docs/TEE.md), nitro (/dev/nsm) and sgx
// (EGo). Each fails when its hardware is absent; none falls back to another.
// The scorer seals nothing: its key lives as long as the process.
func builtinPlatforms(name string, args PlatformArgs) (attestation.PlatformAttester, func() error, error) {
	noClose := func() error { return nil }
	switch name {
	case "none":
		return nil, noClose, nil
	case "sim":
		if args.StateDir == "" {
			return nil, nil, errors.New("--platform sim needs --state-dir")
		}
		a, err := sim.NewAttester(sim.WithStateFile(filepath.Join(args.StateDir, "tpm.state")))
		if err != nil {
			return nil, nil, err
		}
		if err := a.PublishAK(args.StateDir); err != nil {
			a.Close()
			return nil, nil, err
		}
		return a, a.Close, nil
	case "tpm":
		opts := []tpm.Option{tpm.WithDevicePath(args.TPM)}
		if args.TPMEventLog != "" {
			opts = append(opts, tpm.WithEventLogFile(args.TPMEventLog))
		}
		a, err := tpm.NewAttester(opts...)
		if err != nil {
			return nil, nil, err
		}
		if !a.HasAKCertificate() {
			a.Close()
			return nil, nil, fmt.Errorf("the TPM at %s has no AK certificate in NV: its quotes would verify against no root", args.TPM)
		}
		return a, a.Close, nil
	case "nitro":
		return probe(nitro.NewAttester(), noClose)
	case "sgx":
		return probe(sgx.NewAttester(), noClose)
	}
	return nil, nil, fmt.Errorf("platform %q is not built into this scorer (none, sim, tpm, nitro, sgx)", name)
}

// probe quotes once so that a platform whose hardware is absent fails at start.
func probe(a attestation.PlatformAttester, closeFn func() error) (attestation.PlatformAttester, func() error, error) {
	if _, _, err := a.Quote(context.Background(), [32]byte{1}); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", a.Platform(), err)
	}
	return a, closeFn, nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr, builtinPlatforms)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer, platforms PlatformFunc) int {
	fs := flag.NewFlagSet("scorer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	listen := fs.String("listen", "127.0.0.1:7611", "loopback host:port, unix:/path or vsock:PORT (Nitro) to serve the host on")
	manifest := fs.String("model", "", "model manifest JSON, or none for heuristics only (required)")
	ollamaURL := fs.String("ollama", "http://127.0.0.1:11434", "ollama server URL (a loopback IP unless --ollama-remote-unsafe)")
	ollamaModels := fs.String("ollama-models", "", "the ollama models folder (OLLAMA_MODELS) shared with the loopback ollama: the scorer hashes the pinned weights there at start and before every score (required with a model, unless --ollama-remote-unsafe)")
	remoteUnsafe := fs.Bool("ollama-remote-unsafe", false, "accept an ollama off this machine, or one whose weights the scorer cannot hash; its operator chooses the model's answers, and every report says modelLocality remote-unsafe")
	platform := fs.String("platform", "", "attestation platform (tpm, nitro, sgx, sim), or none for an unattested run (required)")
	var pargs PlatformArgs
	fs.StringVar(&pargs.StateDir, "state-dir", "", "platform state directory (sim: the simulated TPM's NV memory)")
	fs.StringVar(&pargs.TPM, "tpm", tpm.DefaultDevice, "tpm: the TPM, a device or a TPM server socket (tcp:HOST:PORT, unix:PATH)")
	fs.StringVar(&pargs.TPMEventLog, "tpm-eventlog", "", "tpm: the TCG event log explaining the PCRs (default: the kernel's)")
	chainID := fs.Uint64("chain-id", 1337, "EIP-712 domain chain id")
	registry := fs.String("registry", "0x0000000000000000000000000000000000000000", "EIP-712 domain verifying contract")
	threshold := fs.Int("threshold", scorer.DefaultThreshold, "scores below this are flagged")
	allowTest := fs.Bool("allow-test-model-unsafe", false, "accept a manifest marked testOnly (tests and demos only)")
	sandboxed := fs.Bool("sandbox", false, "run both releases in the behavioural sandbox (bubblewrap, strace; root for the network sink): the signed score's behaviourHash is then non-zero")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *manifest == "" || *platform == "" || !common.IsHexAddress(*registry) {
		fmt.Fprintln(stderr, "scorer: --model (manifest or none) and --platform (or none) are required; --registry must be an address")
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	attester, closePlatform, err := platforms(*platform, pargs)
	if err != nil {
		fmt.Fprintf(stderr, "scorer: %v\n", err)
		return 1
	}
	defer closePlatform()
	var sb *sandbox.Runner
	if *sandboxed {
		if sb, err = sandbox.New(sandbox.Config{}); err != nil {
			fmt.Fprintf(stderr, "scorer: %v\n", err)
			return 1
		}
	}
	ol := ollamaOptions{url: *ollamaURL, modelsDir: *ollamaModels, remoteUnsafe: *remoteUnsafe}
	if err := serve(ctx, *listen, *manifest, ol, attester, *chainID, common.HexToAddress(*registry), *threshold, *allowTest, sb, stdout, log); err != nil {
		fmt.Fprintf(stderr, "scorer: %v\n", err)
		return 1
	}
	return 0
}

// listenOn opens a loopback HOST:PORT, unix:PATH, or vsock:[CID:]PORT (the
// parent instance's link into a Nitro enclave).
func listenOn(listen string) (net.Listener, error) {
	switch {
	case strings.HasPrefix(listen, "unix:"):
		return net.Listen("unix", strings.TrimPrefix(listen, "unix:"))
	case strings.HasPrefix(listen, "vsock:"):
		a, err := vsock.ParseAddr(strings.TrimPrefix(listen, "vsock:"))
		if err != nil {
			return nil, err
		}
		return vsock.Listen(a)
	}
	if host, _, err := net.SplitHostPort(listen); err != nil || !net.ParseIP(host).IsLoopback() {
		return nil, fmt.Errorf("--listen %q: only loopback addresses, unix or vsock sockets (the host relays)", listen)
	}
	return net.Listen("tcp", listen)
}

// ollamaOptions says where the model runs and where its weights can be hashed.
type ollamaOptions struct {
	url          string
	modelsDir    string
	remoteUnsafe bool
}

// locality checks the ollama URL and folder: loopback with a models folder, or the
// explicit unsafe opt-out.
func (o ollamaOptions) locality() (*url.URL, string, error) {
	u, err := url.Parse(o.url)
	if err != nil || u.Host == "" {
		return nil, "", fmt.Errorf("bad --ollama URL %q", o.url)
	}
	loc, err := model.Locality(u, o.remoteUnsafe)
	if err != nil {
		return nil, "", err
	}
	if o.modelsDir == "" {
		if !o.remoteUnsafe {
			return nil, "", errors.New("--ollama-models DIR is required: the scorer hashes the pinned weights in the models folder it shares with its ollama (or --ollama-remote-unsafe)")
		}
		loc = model.LocalityRemoteUnsafe // weights not hashed here: nothing local about them
	}
	return u, loc, nil
}

func serve(ctx context.Context, listen, manifest string, ol ollamaOptions, attester attestation.PlatformAttester, chainID uint64, registry common.Address,
	threshold int, allowTest bool, sb *sandbox.Runner, stdout io.Writer, log *slog.Logger) error {
	engine := &scorer.Engine{Analyzer: heuristics.New(nil), Threshold: threshold, Sandbox: sb}
	info := wire.ScorerInfo{Mode: scorer.ModeHeuristicsOnly, InputVersion: scorer.InputVersion, ChainID: chainID, Registry: registry.Bytes(), ModelHash: make([]byte, 32)}
	if manifest != "none" {
		pin, err := model.LoadPin(manifest)
		if err != nil {
			return err
		}
		if pin.TestOnly && !allowTest {
			return fmt.Errorf("model %s is marked testOnly: it never scores real releases (--allow-test-model-unsafe for tests)", pin.Name)
		}
		u, locality, err := ol.locality()
		if err != nil {
			return err
		}
		mc := model.New(api.NewClient(u, &http.Client{}), pin, model.Config{ModelsDir: ol.modelsDir})
		vctx, cancel := context.WithTimeout(ctx, time.Minute)
		err = mc.Verify(vctx) // refuse to start on a digest or weights mismatch
		cancel()
		if err != nil {
			return err
		}
		engine.Model, engine.Pin, engine.ModelLocality = mc, pin, locality
		info.Mode, info.ModelName, info.ModelHash = scorer.ModeModel, pin.Name, pin.Hash[:]
	}
	key, err := crypto.GenerateKey() // inside the enclave; never leaves it
	if err != nil {
		return err
	}
	info.Address = crypto.PubkeyToAddress(key.PublicKey).Bytes()
	if attester != nil {
		nonce := make([]byte, 32)
		if _, err := rand.Read(nonce); err != nil {
			return err
		}
		b := attestation.NewBinding(attestation.RoleScorer, &key.PublicKey, chainID, registry, nonce, time.Now())
		b.ModelDigest = info.ModelHash
		ev, err := attestation.Attest(ctx, attester, b)
		if err != nil {
			return fmt.Errorf("attest scorer key: %w", err)
		}
		if info.Evidence, err = ev.Marshal(); err != nil {
			return err
		}
		info.Platform = attester.Platform()
	}
	ln, err := listenOn(listen)
	if err != nil {
		return err
	}
	mode := info.Mode
	if engine.ModelLocality == model.LocalityRemoteUnsafe {
		mode += ", REMOTE-UNSAFE ollama"
	}
	switch {
	case attester == nil:
		mode += ", UNATTESTED"
	case attester.Platform() == attestation.PlatformSim:
		mode += ", SIMULATED attestation"
	}
	fmt.Fprintf(stdout, "scorer listening on %s (address %s, %s)\n", ln.Addr(), common.BytesToAddress(info.Address).Hex(), mode)
	srv := &server.Server{Engine: engine, Signer: &scorer.Signer{Key: key, Domain: wire.Domain{ChainID: chainID, Registry: registry}, Attester: attester}, Info: info, Log: log}
	if err := srv.Serve(ctx, ln); err != nil && !errors.Is(err, net.ErrClosed) {
		return err
	}
	return nil
}
