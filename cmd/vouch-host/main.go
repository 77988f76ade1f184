// Command vouch-host is the untrusted host daemon: it serves the /v1 API,
// stores records and sealed blobs, and relays to the enclaves and the chain.
// `vouch-host --dev` runs everything on embedded defaults with one command.
package main

import (
	"github.com/ethereum/go-ethereum/ethclient"

	"context"
	"crypto/ecdsa"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/eip1271"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/enclave/wire/limits"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/api/apijson"
	anchor "github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/host/chain/devchain"
	"github.com/vouchpm/vouch/host/governance"
	"github.com/vouchpm/vouch/host/registry/verdaccio"
	"github.com/vouchpm/vouch/host/relay"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/host/web"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := newRootCommand(os.Stdout, os.Stderr).ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "vouch-host:", err)
		os.Exit(1)
	}
}

// config is every setting; each flag also reads VOUCH_HOST_<NAME> (the
// flag's name in upper case, dashes as underscores).
type config struct {
	dev          bool
	dataDir      string
	listen       string
	dsn          string
	chainID      uint64
	registry     string
	chainRPC     string
	tlsCert      string
	tlsKey       string
	maxTarball   int64
	rate         float64
	burst        int
	drain        time.Duration
	logJSON      bool
	scorer       string
	scorerBin    string
	npm          string
	npmCA        string
	verdaccioBin string
	coord        string
	coordBin     string
	chainKeyFile string
	chainKey     *ecdsa.PrivateKey   // from --chain-key-file; in --dev dev account 0
	devGov       []*ecdsa.PrivateKey // --dev only: the generated DEV governance quorum
	devGovNeed   uint8
	trustFile    string
	relayEvery   time.Duration
	confirms     uint64
	scale        scaleFlags
}

// registerFlags defines every flag on fs. A new setting is one line here:
// its VOUCH_HOST_* variable and the help text naming it come for free.
func registerFlags(fs *pflag.FlagSet, c *config) {
	fs.BoolVar(&c.dev, "dev", false, "run on embedded defaults: SQLite in --data, the embedded dev chain, simulated enclaves, a local npm registry")
	fs.StringVar(&c.dataDir, "data", ".vouch-host", "data directory (SQLite file, enclave state, logs) in --dev")
	fs.StringVar(&c.listen, "listen", apijson.DefaultListen, "API and dashboard listen address (the vouch CLI's default host)")
	fs.StringVar(&c.dsn, "db", "", "store DSN: postgres://... or a SQLite path (default in --dev: DATA/host.db)")
	fs.Uint64Var(&c.chainID, "chain-id", 0, "EIP-712 chain id (taken from the dev chain in --dev)")
	fs.StringVar(&c.registry, "registry", "", "VouchRegistry contract address (deployed on the dev chain in --dev)")
	fs.StringVar(&c.chainRPC, "chain-rpc", "", "EVM JSON-RPC URL for anchoring and for the dashboard's chain reads")
	fs.StringVar(&c.tlsCert, "tls-cert", "", "TLS certificate (PEM); with --tls-key serves HTTPS")
	fs.StringVar(&c.tlsKey, "tls-key", "", "TLS private key (PEM)")
	fs.Int64Var(&c.maxTarball, "max-tarball", limits.Tarball, "largest tarball upload in bytes (at most the coordinator's limit)")
	fs.Float64Var(&c.rate, "rate", 50, "requests per second per client IP (0: unlimited)")
	fs.IntVar(&c.burst, "burst", 100, "burst per client IP")
	fs.DurationVar(&c.drain, "drain", 30*time.Second, "how long shutdown waits for in-flight requests")
	fs.StringVar(&c.scorer, "scorer", "", "scorer enclave address (host:port or unix:/path)")
	fs.StringVar(&c.scorerBin, "scorer-bin", "scorer", "in --dev without --scorer: the scorer binary to start as a child (next to vouch-host or on PATH)")
	fs.StringVar(&c.npm, "npm-registry", "", "npm registry the coordinator publishes to and predecessor tarballs come from (in --dev, empty: a local Verdaccio)")
	fs.StringVar(&c.npmCA, "npm-ca", "", "PEM CA bundle for --npm-registry (a private registry's TLS); the coordinator trusts only it")
	fs.StringVar(&c.verdaccioBin, "verdaccio-bin", "", "in --dev without --npm-registry: the Verdaccio to start (default: build/verdaccio next to vouch-host or above the working directory)")
	fs.StringVar(&c.coord, "coordinator", "", "coordinator enclave address (tcp:HOST:PORT or unix:PATH); in --dev empty starts the coordinator binary as a child")
	fs.StringVar(&c.coordBin, "coordinator-bin", "coordinator", "in --dev without --coordinator: the coordinator binary to start (next to vouch-host or on PATH)")
	fs.StringVar(&c.chainKeyFile, "chain-key-file", "", "file with the secp256k1 key the host pays gas with (hex, or a keystore JSON whose password file "+governance.PasswordFileEnv+" names); it governs nothing. In --dev: dev account 0")
	fs.Var(refusedKey{}, "chain-key", "refused: a raw key on the command line shows in ps; use --chain-key-file")
	_ = fs.MarkHidden("chain-key")
	fs.StringVar(&c.trustFile, "enclave-trust", "", "PEM/DER roots or simulated AKs to verify enclave evidence with (outside --dev)")
	fs.DurationVar(&c.relayEvery, "relay-every", 500*time.Millisecond, "how often the coordinator relay ticks")
	fs.BoolVar(&c.logJSON, "log-json", false, "log JSON lines instead of text")
	fs.Uint64Var(&c.confirms, "confirmations", 0, "blocks below the chain head at which contract wallets' EIP-1271 signatures are checked (the coordinator's confirmations)")
	c.scale.register(fs)
	fs.VisitAll(func(f *pflag.Flag) { f.Usage += " (env " + envName(f.Name) + ")" })
}

// refusedKey is the old --chain-key: a raw private key in argv (or the
// environment) is refused with the way out.
type refusedKey struct{}

func (refusedKey) String() string { return "" }
func (refusedKey) Type() string   { return "refused" }
func (refusedKey) Set(string) error {
	return errors.New("a raw private key on the command line is visible to every local user (ps, shell history): write it to a file only you can read and pass --chain-key-file FILE (or VOUCH_HOST_CHAIN_KEY_FILE=FILE); the host's chain key only pays gas, governance signs registrations with `vouch governance`")
}

// envName is the variable that sets a flag: --chain-rpc reads VOUCH_HOST_CHAIN_RPC.
func envName(flag string) string {
	return "VOUCH_HOST_" + strings.ToUpper(strings.ReplaceAll(flag, "-", "_"))
}

// applyEnv sets every flag not given on the command line from its
// VOUCH_HOST_* variable; a malformed value is an error, never ignored.
func applyEnv(fs *pflag.FlagSet) error {
	var errs []error
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Changed {
			return
		}
		if v, ok := os.LookupEnv(envName(f.Name)); ok {
			if err := f.Value.Set(v); err != nil {
				errs = append(errs, fmt.Errorf("%s=%q: %w", envName(f.Name), v, err))
			}
		}
	})
	return errors.Join(errs...)
}

// check refuses contradictory or missing settings.
func (c config) check() error {
	if (c.tlsCert == "") != (c.tlsKey == "") {
		return errors.New("--tls-cert and --tls-key go together")
	}
	if governance.LooksLikeKey(c.chainKeyFile) {
		return errors.New("--chain-key-file is given a raw private key: " + refusedKey{}.Set("").Error())
	}
	if !c.dev {
		if c.dsn == "" || c.chainID == 0 || !common.IsHexAddress(c.registry) {
			return errors.New("without --dev, --db, --chain-id and --registry are required")
		}
	}
	return nil
}

// parseFlags parses args and the environment into a config (tests use it;
// the command line goes through newRootCommand).
func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := pflag.NewFlagSet("vouch-host", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	registerFlags(fs, &c)
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if err := applyEnv(fs); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	return c, c.check()
}

// newRootCommand is vouch-host's command line: the daemon itself, plus
// version and shell completion.
func newRootCommand(stdout, stderr io.Writer) *cobra.Command {
	var c config
	cmd := &cobra.Command{
		Use:   "vouch-host",
		Short: "The untrusted vouch host: API, dashboard, store, relays to the enclaves and the chain",
		Long: `vouch-host serves the /v1 API the vouch CLI talks to and a dashboard at /,
stores records and sealed blobs, and relays to the coordinator and scorer
enclaves and to the chain. It is untrusted: what it shows from the chain is
read from the chain, and what is its own data is labelled so.

  vouch-host --dev   everything on embedded defaults: the dev chain with the
                     registry contract, SQLite, simulated enclaves, and a local
                     npm registry (Verdaccio from build/verdaccio). It prints an
                     export line that points the vouch CLI at all of it.

Every flag can also be set with the VOUCH_HOST_* variable its help names.`,
		Example: `  vouch-host --dev
  vouch-host --db postgres://vouch@db/vouch --chain-rpc https://rpc.example --chain-id 8453 --registry 0x… --coordinator tcp:10.0.0.5:7000`,
		Version:       buildVersion(),
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := applyEnv(cmd.Flags()); err != nil {
				return err
			}
			if err := c.check(); err != nil {
				return err
			}
			return serve(cmd.Context(), c, stdout, stderr)
		},
	}
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	registerFlags(cmd.Flags(), &c)
	cmd.AddCommand(&cobra.Command{
		Use:   "version",
		Short: "Print vouch-host's version",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, _ []string) {
			fmt.Fprintf(cmd.OutOrStdout(), "vouch-host %s (%s)\n", buildVersion(), runtime.Version())
		},
	})
	return cmd
}

// buildVersion is the main module's version, "(devel)" for local builds.
func buildVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

func serve(ctx context.Context, c config, stdout, stderr io.Writer) error {
	var h slog.Handler = slog.NewTextHandler(stderr, nil)
	if c.logJSON {
		h = slog.NewJSONHandler(stderr, nil)
	}
	log := slog.New(h)

	if c.chainKeyFile != "" {
		k, err := governance.LoadKeyFile(c.chainKeyFile)
		if err != nil {
			return fmt.Errorf("--chain-key-file: %w", err)
		}
		c.chainKey = k
	}
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
			// A DEV governance quorum, 2 of 3 keys kept in the data dir:
			// the host approves its own simulated enclaves with it.
			govDir := filepath.Join(c.dataDir, "dev-governance")
			gov, err := governance.DevQuorum(govDir, 3)
			if err != nil {
				return fmt.Errorf("dev governance: %w", err)
			}
			c.devGov, c.devGovNeed = gov, 2
			dc, err := devchain.Run(ctx, devchain.Options{Log: stdout, Governance: governance.Addresses(gov), Threshold: 2})
			if err != nil {
				return fmt.Errorf("dev chain: %w", err)
			}
			defer dc.Close()
			c.chainRPC, dom = dc.URL, wire.Domain{ChainID: dc.ChainID, Registry: dc.Registry}
			if c.chainKey == nil {
				c.chainKey = dc.Keys[0]
			}
			fmt.Fprintf(stdout, "governance: DEV quorum, 2 of 3 keys in %s (generated, simulated trust: this host approves its own dev enclaves; never use them outside --dev)\n", govDir)
		} else {
			// --dev against a dev chain run elsewhere: its default DEV
			// governance (dev account 0, 1 of 1) also pays gas.
			c.devGov, c.devGovNeed = []*ecdsa.PrivateKey{devchain.DevKey(0)}, 1
			if c.chainKey == nil {
				c.chainKey = devchain.DevKey(0)
			}
			fmt.Fprintln(stdout, "governance: DEV, dev account 0 (1 of 1) of the dev chain at --chain-rpc")
		}
	}

	var npmNote string
	if c.dev && c.npm == "" && c.coord == "" {
		reg, note, err := startDevRegistry(c)
		if err != nil {
			npmNote = fmt.Sprintf("npm registry: not started: %v\n  so the coordinator enclave will not start: enrollments, releases and tokens stay on this host and never reach the chain (give --npm-registry https://… to use another registry)", err)
		} else {
			defer reg.Stop()
			c.npm, c.npmCA, npmNote = reg.URL, filepath.Join(reg.Dir, "ca.pem"), note
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
	if npmNote != "" {
		fmt.Fprintln(stdout, npmNote)
	}
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
	promReg := prometheus.NewRegistry()
	promReg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	hostURL := publicURL(scheme, ln.Addr())
	acfg := api.Config{Store: st, Domain: dom, MaxTarball: c.maxTarball, RatePerClient: lim, Burst: c.burst, Logger: log, Registry: promReg,
		Public: apijson.HostConfig{Host: hostURL, ChainID: dom.ChainID, RPCURL: c.chainRPC, Registry: dom.Registry.Hex(), NPMRegistry: c.npm}}
	c.scale.apply(&acfg)
	if c.chainRPC != "" {
		// Contract wallets (EIP-1271) sign too: the host asks them at the
		// confirmed block, as the coordinator does.
		wc, err := ethclient.DialContext(ctx, c.chainRPC)
		if err != nil {
			return fmt.Errorf("chain rpc for wallet signatures: %w", err)
		}
		defer wc.Close()
		acfg.Wallets = eip1271.Confirmed{Caller: wc, Depth: c.confirms}
	}
	coord, stopCoord, err := startCoordinator(ctx, c, st, dom, stdout, stderr, log)
	if err != nil {
		return err
	}
	defer stopCoord()
	mcfg := web.MetricsConfig{Store: st, EnclaveUp: map[string]func(context.Context) error{}}
	if coord != nil {
		acfg.Enclaves = coord
		mcfg.EnclaveUp["coordinator"] = coord.Ready
	}
	if c.scorer != "" {
		addr := c.scorer
		mcfg.EnclaveUp["scorer"] = func(ctx context.Context) error {
			sc, err := wire.DialScorer(ctx, addr)
			if err != nil {
				return err
			}
			return sc.Close()
		}
	}
	if c.chainRPC != "" {
		closeDash, err := dashboard(ctx, c, st, dom, coord, &acfg, &mcfg)
		if err != nil {
			return err
		}
		defer closeDash()
		fmt.Fprintf(stdout, "dashboard: %s/\n", hostURL)
	}
	promReg.MustRegister(web.NewMetrics(mcfg))
	srv, err := api.New(acfg)
	if err != nil {
		return err
	}
	stopMetrics, err := c.scale.serveMetrics(ctx, srv, stdout, log)
	if err != nil {
		return err
	}
	defer stopMetrics()
	if c.chainRPC != "" && dom.Registry != (common.Address{}) {
		fmt.Fprintf(stdout, "point the vouch CLI here (or run: vouch config init --from %s):\n  export VOUCH_HOST=%s VOUCH_RPC=%s VOUCH_REGISTRY=%s VOUCH_CHAIN_ID=%d\n",
			hostURL, hostURL, c.chainRPC, dom.Registry.Hex(), dom.ChainID)
	}
	return srv.Serve(ctx, ln, c.tlsCert, c.tlsKey, c.drain)
}

// publicURL is the URL clients on this machine reach the listener at.
func publicURL(scheme string, addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return scheme + "://" + addr.String()
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return scheme + "://" + net.JoinHostPort(host, port)
}

// dashboard connects the chain index behind the dashboard, the verdicts,
// badges and /v1/config, and the operator metrics.
func dashboard(ctx context.Context, c config, st store.Store, dom wire.Domain, coord *relay.Coordinator, acfg *api.Config, mcfg *web.MetricsConfig) (func(), error) {
	client, err := ethclient.DialContext(ctx, c.chainRPC)
	if err != nil {
		return nil, fmt.Errorf("chain RPC %s: %w", c.chainRPC, err)
	}
	ix := web.NewIndex(client, dom.Registry)
	wcfg := web.Config{Index: ix, Store: st, Domain: dom}
	closeOutbox := func() {}
	if coord != nil {
		wcfg.Releases = coord
		// The outbox lives in PostgreSQL beside the store when the store is
		// there (shared by the replicas), else in DATA/outbox.db.
		driver, dsn := "sqlite", "file:"+filepath.Join(c.dataDir, "outbox.db")+"?mode=ro&_pragma=busy_timeout(5000)"
		if pg := pgOnly(c.dsn); pg != "" {
			driver, dsn = "pgx", pg
		}
		if db, err := sql.Open(driver, dsn); err == nil {
			mcfg.Outbox = func(ctx context.Context) (web.OutboxStats, error) { return web.OutboxDBStats(ctx, db) }
			wcfg.Anchoring = func(ctx context.Context) ([]anchor.OutboxEntry, error) { return anchor.OutboxProblems(ctx, db) }
			closeOutbox = func() { _ = db.Close() }
		}
	}
	ws, err := web.New(wcfg)
	if err != nil {
		closeOutbox()
		client.Close()
		return nil, err
	}
	acfg.Web, acfg.Chain = ws.Handler(), ws
	mcfg.Index = ix
	return func() { closeOutbox(); client.Close() }, nil
}

// startDevRegistry runs the local Verdaccio (build/verdaccio, which make
// installs) over TLS with its storage in DATA/verdaccio, for --dev without
// --npm-registry.
func startDevRegistry(c config) (*verdaccio.Registry, string, error) {
	bin := c.verdaccioBin
	if bin == "" {
		if exe, err := os.Executable(); err == nil {
			cand := filepath.Join(filepath.Dir(exe), "..", "verdaccio", "node_modules", ".bin", "verdaccio")
			if _, err := os.Stat(cand); err == nil {
				bin = cand
			}
		}
	}
	if bin == "" {
		b, err := verdaccio.Binary()
		if err != nil {
			return nil, "", fmt.Errorf("no Verdaccio (run `make verdaccio`, or give --verdaccio-bin): %w", err)
		}
		bin = b
	}
	dir := filepath.Join(c.dataDir, "verdaccio")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, "", err
	}
	reg, err := verdaccio.Launch(dir, verdaccio.Options{TLS: true, Binary: bin})
	if err != nil {
		return nil, "", err
	}
	return reg, fmt.Sprintf("npm registry: %s (local Verdaccio %s, storage %s, CA %s)", reg.URL, bin, dir, filepath.Join(dir, "ca.pem")), nil
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
		ccfg := wire.CoordinatorConfig{ChainID: dom.ChainID, Registry: dom.Registry.Hex(), RPCURL: c.chainRPC, NPMRegistry: c.npm, NPMRegistryCA: ca, DevChainUnsafe: true}
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
		digest := ccfg.Digest()
		fmt.Fprintf(stdout, "coordinator enclave: %s (child process %s pid %d; platform sim, SIMULATED: its attestation key is trusted from its own evidence; publishes to %s; config digest 0x%x)\n", c.coord, bin, pid, c.npm, digest)
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
	key := c.chainKey
	if key == nil || c.chainRPC == "" {
		return fail(errors.New("the coordinator relay needs --chain-rpc and --chain-key-file to anchor what the enclave signs"))
	}
	if err := os.MkdirAll(c.dataDir, 0o700); err != nil {
		return fail(err)
	}
	var govKeys []*ecdsa.PrivateKey
	if c.dev && len(c.devGov) >= int(c.devGovNeed) {
		govKeys = c.devGov[:c.devGovNeed]
	}
	coord, wait, err := startRelay(rctx, relayDeps{st: st, dom: dom, rpcURL: c.chainRPC, key: key, govKeys: govKeys,
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
