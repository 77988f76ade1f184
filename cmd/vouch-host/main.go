// Command vouch-host is the untrusted host daemon: it serves the /v1 API,
// stores records and sealed blobs, and relays to the enclaves and the chain.
// `vouch-host --dev` runs everything on embedded defaults with one command.
package main

import (
	"github.com/ethereum/go-ethereum/ethclient"

	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
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
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/enclave/wire/limits"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/host/chain/devchain"
	"github.com/vouchpm/vouch/host/relay"
	"github.com/vouchpm/vouch/host/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "vouch-host:", err)
		os.Exit(1)
	}
}

// config is every setting; each flag also reads VOUCH_HOST_<NAME>.
type config struct {
	dev        bool
	dataDir    string
	listen     string
	dsn        string
	chainID    uint64
	registry   string
	chainRPC   string
	tlsCert    string
	tlsKey     string
	maxTarball int64
	rate       float64
	burst      int
	drain      time.Duration
	logJSON    bool
	scorer     string
	scorerBin  string
	npm        string
	npmCA      string
	coord      string
	coordBin   string
	chainKey   string
	trustFile  string
	relayEvery time.Duration
	scale      scaleFlags
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("vouch-host", flag.ContinueOnError)
	fs.SetOutput(stderr)
	env := func(name, def string) string {
		if v, ok := os.LookupEnv("VOUCH_HOST_" + name); ok {
			return v
		}
		return def
	}
	envBool := func(name string) bool { b, _ := strconv.ParseBool(env(name, "false")); return b }
	envInt := func(name string, def int64) int64 {
		n, err := strconv.ParseInt(env(name, strconv.FormatInt(def, 10)), 10, 64)
		if err != nil {
			return def
		}
		return n
	}
	fs.BoolVar(&c.dev, "dev", envBool("DEV"), "run on embedded defaults: SQLite in --data, the embedded dev chain, simulated enclaves")
	fs.StringVar(&c.dataDir, "data", env("DATA", ".vouch-host"), "data directory (SQLite file, logs) in --dev")
	fs.StringVar(&c.listen, "listen", env("LISTEN", "127.0.0.1:8080"), "API listen address")
	fs.StringVar(&c.dsn, "db", env("DB", ""), "store DSN: postgres://... or a SQLite path (default in --dev: DATA/host.db)")
	fs.Uint64Var(&c.chainID, "chain-id", uint64(envInt("CHAIN_ID", 0)), "EIP-712 chain id (taken from the dev chain in --dev)")
	fs.StringVar(&c.registry, "registry", env("REGISTRY", ""), "VouchRegistry contract address (deployed on the dev chain in --dev)")
	fs.StringVar(&c.chainRPC, "chain-rpc", env("CHAIN_RPC", ""), "EVM JSON-RPC URL for anchoring")
	fs.StringVar(&c.tlsCert, "tls-cert", env("TLS_CERT", ""), "TLS certificate (PEM); with --tls-key serves HTTPS")
	fs.StringVar(&c.tlsKey, "tls-key", env("TLS_KEY", ""), "TLS private key (PEM)")
	fs.Int64Var(&c.maxTarball, "max-tarball", envInt("MAX_TARBALL", limits.Tarball), "largest tarball upload in bytes (at most the coordinator's limit)")
	fs.Float64Var(&c.rate, "rate", float64(envInt("RATE", 50)), "requests per second per client IP (0: unlimited)")
	fs.IntVar(&c.burst, "burst", int(envInt("BURST", 100)), "burst per client IP")
	fs.DurationVar(&c.drain, "drain", 30*time.Second, "how long shutdown waits for in-flight requests")
	fs.StringVar(&c.scorer, "scorer", env("SCORER", ""), "scorer enclave address (host:port or unix:/path)")
	fs.StringVar(&c.scorerBin, "scorer-bin", env("SCORER_BIN", "scorer"), "in --dev without --scorer: the scorer binary to start as a child (next to vouch-host or on PATH)")
	fs.StringVar(&c.npm, "npm-registry", env("NPM_REGISTRY", ""), "npm registry to fetch predecessor tarballs from (empty: score every release as a first release)")
	fs.StringVar(&c.npmCA, "npm-ca", env("NPM_CA", ""), "PEM CA bundle for --npm-registry (a private registry's TLS); the coordinator trusts only it")
	fs.StringVar(&c.coord, "coordinator", env("COORDINATOR", ""), "coordinator enclave address (tcp:HOST:PORT or unix:PATH); in --dev empty starts the coordinator binary as a child")
	fs.StringVar(&c.coordBin, "coordinator-bin", env("COORDINATOR_BIN", "coordinator"), "in --dev without --coordinator: the coordinator binary to start (next to vouch-host or on PATH)")
	fs.StringVar(&c.chainKey, "chain-key", env("CHAIN_KEY", ""), "hex secp256k1 key the host sends its transactions with (governance for registerEnclave); dev chain key 0 in --dev")
	fs.StringVar(&c.trustFile, "enclave-trust", env("ENCLAVE_TRUST", ""), "PEM/DER roots or simulated AKs to verify enclave evidence with (outside --dev)")
	fs.DurationVar(&c.relayEvery, "relay-every", 500*time.Millisecond, "how often the coordinator relay ticks")
	fs.BoolVar(&c.logJSON, "log-json", envBool("LOG_JSON"), "log JSON lines instead of text")
	c.scale.register(fs, env)
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if (c.tlsCert == "") != (c.tlsKey == "") {
		return c, errors.New("--tls-cert and --tls-key go together")
	}
	if !c.dev {
		if c.dsn == "" || c.chainID == 0 || !common.IsHexAddress(c.registry) {
			return c, errors.New("without --dev, --db, --chain-id and --registry are required")
		}
	}
	return c, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	var h slog.Handler = slog.NewTextHandler(stderr, nil)
	if c.logJSON {
		h = slog.NewJSONHandler(stderr, nil)
	}
	log := slog.New(h)

	dom := wire.Domain{ChainID: c.chainID}
	if c.registry != "" {
		dom.Registry = common.HexToAddress(c.registry)
	}
	if c.dev {
		if err := os.MkdirAll(c.dataDir, 0o700); err != nil {
			return fmt.Errorf("data dir %s: %w", c.dataDir, err)
		}
		if c.dsn == "" {
			c.dsn = filepath.Join(c.dataDir, "host.db")
		}
		if c.chainRPC == "" {
			dc, err := devchain.Run(ctx, devchain.Options{Log: stdout})
			if err != nil {
				return fmt.Errorf("dev chain: %w", err)
			}
			defer dc.Close()
			c.chainRPC, dom = dc.URL, wire.Domain{ChainID: dc.ChainID, Registry: dc.Registry}
			if c.chainKey == "" {
				c.chainKey = hex.EncodeToString(crypto.FromECDSA(dc.Keys[0]))
			}
		} else if c.chainKey == "" {
			// --dev against a dev chain run elsewhere: its governing key 0.
			c.chainKey = hex.EncodeToString(crypto.FromECDSA(devchain.DevKey(0)))
		}
	}

	st, err := store.Open(ctx, c.dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	go pruneUploads(ctx, st, log)

	lim := rate.Limit(c.rate)
	if c.rate <= 0 {
		lim = rate.Inf
	}
	ln, err := net.Listen("tcp", c.listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", c.listen, err)
	}
	scheme := "http"
	if c.tlsCert != "" {
		scheme = "https"
	}
	fmt.Fprintf(stdout, "vouch-host API: %s://%s/v1 (OpenAPI at /v1/openapi.json)\n", scheme, ln.Addr())
	fmt.Fprintf(stdout, "store: %s\n", redactDSN(c.dsn))
	fmt.Fprintf(stdout, "chain: %s (chain id %d, registry %s)\n", orNone(c.chainRPC), dom.ChainID, dom.Registry.Hex())
	if c.dev && c.scorer == "" {
		if bin, err := findBinary(c.scorerBin); err == nil {
			addr, desc, wait, err := startScorerChild(ctx, bin, filepath.Join(c.dataDir, "scorer"), dom.ChainID, dom.Registry.Hex(), stderr)
			if err != nil {
				return fmt.Errorf("dev scorer: %w", err)
			}
			defer func() { _ = wait() }()
			c.scorer = addr
			fmt.Fprintf(stdout, "scorer enclave: %s (child process %s; %s)\n", addr, bin, desc)
		} else {
			fmt.Fprintf(stdout, "scorer enclave: not started (no %q binary next to vouch-host or on PATH; make build)\n", c.scorerBin)
		}
	} else if c.scorer != "" {
		fmt.Fprintf(stdout, "scorer enclave: %s\n", c.scorer)
	}
	if c.scorer != "" {
		sc := &relay.Scorer{Store: st, Addr: c.scorer, Domain: dom}
		if c.chainRPC != "" {
			// The diff base is the newest release on chain.
			ec, err := ethclient.DialContext(ctx, c.chainRPC)
			if err != nil {
				return fmt.Errorf("chain rpc for the scorer relay: %w", err)
			}
			defer ec.Close()
			sc.Chain = chain.NewReader(ec, dom.Registry, chain.ReaderOptions{})
		}
		rctx, stopRelay := context.WithCancel(ctx)
		relayDone := make(chan struct{})
		go func() { sc.Run(rctx, 2*time.Second, log); close(relayDone) }()
		defer func() { stopRelay(); <-relayDone }()
	}
	acfg := api.Config{Store: st, Domain: dom, MaxTarball: c.maxTarball, RatePerClient: lim, Burst: c.burst, Logger: log}
	c.scale.apply(&acfg)
	coord, stopCoord, err := startCoordinator(ctx, c, st, dom, stdout, stderr, log)
	if err != nil {
		return err
	}
	defer stopCoord()
	if coord != nil {
		acfg.Enclaves = coord
	}
	srv, err := api.New(acfg)
	if err != nil {
		return err
	}
	stopMetrics, err := c.scale.serveMetrics(ctx, srv, stdout, log)
	if err != nil {
		return err
	}
	defer stopMetrics()
	return srv.Serve(ctx, ln, c.tlsCert, c.tlsKey, c.drain)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// redactDSN hides a password in a PostgreSQL DSN before it is printed.
func redactDSN(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		return u.String()
	}
	return dsn
}

// startCoordinator connects the coordinator relay: in --dev it starts the
// coordinator binary as a child on the simulated platform (when the npm
// registry is configured), elsewhere it dials --coordinator. It prints what
// it did; with no coordinator it returns nil and the API answers 503.
func startCoordinator(ctx context.Context, c config, st store.Store, dom wire.Domain, stdout, stderr io.Writer, log *slog.Logger) (*relay.Coordinator, func(), error) {
	nothing := func() {}
	ca, npmErr := checkNPM(c.npm, c.npmCA)
	verify, err := devVerifier()
	if err != nil {
		return nil, nil, err
	}
	var waitChild func() error
	// Everything started here (child, relay, outbox) ends with rctx.
	rctx, cancel := context.WithCancel(ctx)
	fail := func(err error) (*relay.Coordinator, func(), error) {
		cancel()
		if waitChild != nil {
			_ = waitChild()
		}
		return nil, nil, err
	}
	if c.coord == "" && c.dev {
		bin, err := findBinary(c.coordBin)
		switch {
		case npmErr != nil:
			fmt.Fprintf(stdout, "coordinator enclave: not started: %v\n", npmErr)
			cancel()
			return nil, nothing, nil
		case err != nil:
			fmt.Fprintf(stdout, "coordinator enclave: not started (no %q binary next to vouch-host or on PATH; make build)\n", c.coordBin)
			cancel()
			return nil, nothing, nil
		}
		stateDir := filepath.Join(c.dataDir, "coordinator")
		ccfg := coordinatorConfig{ChainID: dom.ChainID, Registry: dom.Registry.Hex(), RPCURL: c.chainRPC, NPMRegistry: c.npm, NPMRegistryCA: ca, DevChainUnsafe: true}
		sock, pid, wait, err := startCoordinatorChild(rctx, bin, stateDir, ccfg, stderr)
		if err != nil {
			return fail(fmt.Errorf("dev coordinator: %w", err))
		}
		c.coord = "unix:" + sock
		if aks := writeSimAKs(rctx, c.dataDir, sock, c.scorer); len(aks) > 0 {
			fmt.Fprintf(stdout, "simulated attestation keys (give them to vouch --allow-simulated --roots): %s\n", strings.Join(aks, ","))
		}
		stopSupervisor := superviseCoordinator(rctx, wait, func() (int, func() error, error) {
			_, pid, w, err := startCoordinatorChild(rctx, bin, stateDir, ccfg, stderr)
			return pid, w, err
		}, log)
		waitChild = func() error { stopSupervisor(); return nil }
		fmt.Fprintf(stdout, "coordinator enclave: %s (child process %s pid %d; platform sim, SIMULATED: its attestation key is trusted from its own evidence; publishes to %s)\n", c.coord, bin, pid, c.npm)
	} else if c.coord != "" {
		if !c.dev {
			var trust platforms.Trust
			if c.trustFile != "" {
				if err := trust.LoadTrustFile(c.trustFile); err != nil {
					return fail(fmt.Errorf("--enclave-trust: %w", err))
				}
			}
			v, err := platforms.NewVerifier(trust)
			if err != nil {
				return fail(err)
			}
			verify = v.VerifyEvidence
		}
		fmt.Fprintf(stdout, "coordinator enclave: %s\n", c.coord)
	} else {
		fmt.Fprintf(stdout, "coordinator enclave: not connected (--coordinator)\n")
		cancel()
		return nil, nothing, nil
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(c.chainKey, "0x"))
	if err != nil || c.chainRPC == "" {
		return fail(errors.New("the coordinator relay needs --chain-rpc and --chain-key to anchor what the enclave signs"))
	}
	if err := os.MkdirAll(c.dataDir, 0o700); err != nil {
		return fail(err)
	}
	coord, wait, err := startRelay(rctx, relayDeps{st: st, dom: dom, rpcURL: c.chainRPC, key: key,
		outboxDB: filepath.Join(c.dataDir, "outbox.db"), pgDSN: pgOnly(c.dsn), coord: c.coord, scorer: c.scorer, verify: verify, every: c.relayEvery, drain: c.drain, log: log})
	if err != nil {
		return fail(err)
	}
	return coord, func() {
		cancel()
		wait()
		if waitChild != nil {
			_ = waitChild()
		}
	}, nil
}

// httpClientWithCA is an HTTP client trusting the PEM bundle in caFile
// (none: the system roots).
func httpClientWithCA(caFile string) (*http.Client, error) {
	hc := &http.Client{Timeout: 2 * time.Minute}
	if caFile == "" {
		return hc, nil
	}
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("--npm-ca: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("--npm-ca %s holds no PEM certificate", caFile)
	}
	hc.Transport = &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}}
	return hc, nil
}
