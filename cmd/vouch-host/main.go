// Command vouch-host is the untrusted host daemon: it serves the /v1 API,
// stores records and sealed blobs, and relays to the enclaves and the chain.
// `vouch-host --dev` runs everything on embedded defaults with one command.
package main

import (
	"context"
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
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/chain/devchain"
	"github.com/vouchpm/vouch/host/registry"
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
	fs.Int64Var(&c.maxTarball, "max-tarball", envInt("MAX_TARBALL", 32<<20), "largest tarball upload in bytes")
	fs.Float64Var(&c.rate, "rate", float64(envInt("RATE", 50)), "requests per second per client IP (0: unlimited)")
	fs.IntVar(&c.burst, "burst", int(envInt("BURST", 100)), "burst per client IP")
	fs.DurationVar(&c.drain, "drain", 30*time.Second, "how long shutdown waits for in-flight requests")
	fs.StringVar(&c.scorer, "scorer", env("SCORER", ""), "scorer enclave address (host:port or unix:/path)")
	fs.StringVar(&c.scorerBin, "scorer-bin", env("SCORER_BIN", "scorer"), "in --dev without --scorer: the scorer binary to start as a child (next to vouch-host or on PATH)")
	fs.StringVar(&c.npm, "npm-registry", env("NPM_REGISTRY", ""), "npm registry to fetch predecessor tarballs from (empty: score every release as a first release)")
	fs.BoolVar(&c.logJSON, "log-json", envBool("LOG_JSON"), "log JSON lines instead of text")
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
		}
	}

	st, err := store.Open(ctx, c.dsn)
	if err != nil {
		return err
	}
	defer st.Close()

	lim := rate.Limit(c.rate)
	if c.rate <= 0 {
		lim = rate.Inf
	}
	srv, err := api.New(api.Config{Store: st, Domain: dom, MaxTarball: c.maxTarball, RatePerClient: lim, Burst: c.burst, Logger: log})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", c.listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", c.listen, err)
	}
	scheme := "http"
	if c.tlsCert != "" {
		scheme = "https"
	}
	fmt.Fprintf(stdout, "vouch-host API: %s://%s/v1 (OpenAPI at /v1/openapi.json, metrics at /metrics)\n", scheme, ln.Addr())
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
		if c.npm != "" {
			reg, err := registry.New(c.npm, &http.Client{Timeout: 2 * time.Minute})
			if err != nil {
				return err
			}
			sc.Registry = reg
		}
		rctx, stopRelay := context.WithCancel(ctx)
		relayDone := make(chan struct{})
		go func() { sc.Run(rctx, 2*time.Second, log); close(relayDone) }()
		defer func() { stopRelay(); <-relayDone }()
	}
	fmt.Fprintf(stdout, "coordinator enclave: not connected (its relay arrives with the coordinator stream protocol)\n")
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
