package api

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/enclave/eip1271"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/enclave/wire/limits"
	"github.com/vouchpm/vouch/host/api/apijson"
	"github.com/vouchpm/vouch/host/store"
)

// Enclaves relays to the coordinator and scorer enclaves. The host cannot read
// what passes through: evidence is checked by whoever asked for it, the token
// ciphertext is encrypted to the coordinator's attested key.
type Enclaves interface {
	// Evidence returns fresh attestation evidence of role over nonce.
	Evidence(ctx context.Context, role string, nonce []byte) ([]byte, error)
	// SealToken hands the coordinator an encrypted npm token for pkg with
	// its maintainers' TokenGrant, has the grant recorded on chain, and
	// returns the sealed blob the coordinator produced.
	SealToken(ctx context.Context, pkg string, req TokenRequest) (SealedToken, error)
	// NameControl asks the coordinator to countersign the enrollment of p
	// (the name is free on npm, or the encrypted token can publish it).
	NameControl(ctx context.Context, p wire.PolicyChange, tokenCiphertext []byte) ([]byte, error)
	// Ready reports whether both enclaves answer.
	Ready(ctx context.Context) error
}

// ConfigSource is implemented by an Enclaves that can relay the
// coordinator's canonical configuration (wire.GetConfigRequest). The host
// cannot vouch for it: callers check that it hashes to the configuration
// digest the coordinator's evidence binds.
type ConfigSource interface {
	CoordinatorConfig(ctx context.Context) ([]byte, error)
}

// SealedToken is what the coordinator answered for a sealed npm token.
type SealedToken struct {
	Sealed    []byte
	Version   uint64 // version of the stored state blob
	Username  string // the registry user the token belongs to
	ExpiresAt uint64 // unix seconds; 0 unknown
}

// ErrEnclaveRefused wraps an enclave's refusal (as opposed to its absence).
var ErrEnclaveRefused = errors.New("enclave refused")

// Config configures a Server. Store and Domain are required.
type Config struct {
	Store  store.Store
	Domain wire.Domain
	// Enclaves relays to the enclaves; nil answers enclave_unavailable.
	Enclaves Enclaves
	// MaxTarball bounds tarball uploads (default and most: limits.Tarball,
	// what the coordinator accepts).
	MaxTarball int64
	// MaxJSON bounds JSON bodies (default and most: limits.JSONBody).
	MaxJSON int64
	// RatePerClient and Burst limit requests per client IP (default 50/s, burst 100).
	RatePerClient rate.Limit
	Burst         int
	// Logger gets one structured line per request (default: discard).
	Logger *slog.Logger
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Registry receives the metrics (default: a fresh registry).
	Registry *prometheus.Registry
	// MaxInFlight caps the requests handled at once; beyond it the host
	// answers 503 at once (default 256).
	MaxInFlight int
	// MaxEvidenceInFlight caps evidence requests waiting on an enclave
	// (default 4).
	MaxEvidenceInFlight int
	// MaxUploadsInFlight caps tarball uploads buffered at once, so memory
	// stays under MaxUploadsInFlight × MaxTarball (default 8).
	MaxUploadsInFlight int
	// UploadsPerSigner and UploadBurst limit tarball uploads per proposing
	// key (default 1/s, burst 60).
	UploadsPerSigner rate.Limit
	UploadBurst      int
	// TrustedProxies lists the CIDRs (or addresses) of reverse proxies whose
	// X-Forwarded-For names the client; from anyone else it is ignored.
	TrustedProxies []string
	// MetricsToken, when set, serves /metrics on the API listener to
	// requests with "Authorization: Bearer <token>"; when empty /metrics is
	// only served by MetricsHandler, on a listener of its own.
	MetricsToken string
	// Public is what GET /v1/config tells clients about the chain (its
	// Enclaves come from Chain when set).
	Public apijson.HostConfig
	// Chain answers verdicts, badges and registered enclaves from the
	// chain; nil: badges fall back to the host's records, verdicts 503.
	Chain ChainView
	// Web serves the dashboard pages (GET /, /package/..., /static/...).
	Web http.Handler
	// Wallets checks contract wallets' signatures (EIP-1271) at the
	// confirmed block; nil: only keys sign.
	Wallets eip1271.Checker
}

// ChainView reads what the registry contract says (host/web implements it).
type ChainView interface {
	Verdict(ctx context.Context, pkg, version, integrity string) (apijson.Verdict, error)
	PackageBadge(ctx context.Context, pkg string) (apijson.Verdict, error)
	Enclaves(ctx context.Context) ([]apijson.EnclaveKey, error)
}

// ProposalHeader carries, as base64 of its JSON, the signed proposal
// (ProposeRequest) that a tarball upload must come with.
const ProposalHeader = apijson.ProposalHeader

// EvidenceCacheRows bounds the evidence cache per enclave role (the store
// keeps the newest).
const EvidenceCacheRows = store.EvidenceCacheRows

// Server is the host's HTTP API.
type Server struct {
	cfg      Config
	log      *slog.Logger
	mux      *http.ServeMux
	limiter  *clientLimiter
	uploads  *clientLimiter // per proposing key
	proxies  []netip.Prefix
	inflight chan struct{}
	quotes   chan struct{}
	uploadsC chan struct{} // upload slots
	metrics  *metrics
	handler  http.Handler
}

// New builds a Server from cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, fmt.Errorf("api: Config.Store is required")
	}
	if cfg.MaxTarball <= 0 {
		cfg.MaxTarball = limits.Tarball
	}
	if cfg.MaxTarball > limits.Tarball {
		return nil, fmt.Errorf("api: MaxTarball %d is above the coordinator's limit %d", cfg.MaxTarball, limits.Tarball)
	}
	if cfg.MaxJSON <= 0 || cfg.MaxJSON > limits.JSONBody {
		cfg.MaxJSON = limits.JSONBody
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = 256
	}
	if cfg.MaxEvidenceInFlight <= 0 {
		cfg.MaxEvidenceInFlight = 4
	}
	if cfg.MaxUploadsInFlight <= 0 {
		cfg.MaxUploadsInFlight = 8
	}
	if cfg.UploadsPerSigner == 0 {
		cfg.UploadsPerSigner = 1
	}
	if cfg.UploadBurst <= 0 {
		cfg.UploadBurst = 60
	}
	proxies, err := parseProxies(cfg.TrustedProxies)
	if err != nil {
		return nil, err
	}
	if cfg.RatePerClient == 0 {
		cfg.RatePerClient = 50
	}
	if cfg.Burst <= 0 {
		cfg.Burst = 100
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Registry == nil {
		cfg.Registry = prometheus.NewRegistry()
		cfg.Registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	s := &Server{cfg: cfg, log: cfg.Logger, mux: http.NewServeMux(), proxies: proxies,
		inflight: make(chan struct{}, cfg.MaxInFlight), quotes: make(chan struct{}, cfg.MaxEvidenceInFlight),
		uploadsC: make(chan struct{}, cfg.MaxUploadsInFlight)}
	s.limiter = newClientLimiter(cfg.RatePerClient, cfg.Burst, cfg.Now)
	s.uploads = newClientLimiter(cfg.UploadsPerSigner, cfg.UploadBurst, cfg.Now)
	m, err := newMetrics(cfg.Registry)
	if err != nil {
		return nil, err
	}
	s.metrics = m
	for _, rt := range s.routes() {
		s.mux.Handle(rt.method+" "+rt.pattern, rt.h)
	}
	s.handler = s.recoverer(s.observe(s.rateLimit(s.limitInFlight(s.muxErrors(s.mux)))))
	if cfg.Web != nil {
		// Pages, not API: outside the OpenAPI table.
		for _, p := range []string{"GET /{$}", "GET /package/", "GET /static/", "GET /sign/"} {
			s.mux.Handle(p, cfg.Web)
		}
	}
	return s, nil
}

// MetricsHandler serves the Prometheus metrics without authentication, for
// a listener of their own (keep it off the public network).
func (s *Server) MetricsHandler() http.Handler {
	return promhttp.HandlerFor(s.cfg.Registry, promhttp.HandlerOpts{})
}

// Handler is the whole API with its middleware.
func (s *Server) Handler() http.Handler { return s.handler }

// HTTPServer returns an http.Server with timeouts on every phase of a
// connection, serving the API.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       2 * time.Minute, // a 32 MiB tarball over a slow link
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		TLSConfig:         &tls.Config{MinVersion: tls.VersionTLS12},
	}
}

// Serve serves on ln until ctx ends, then stops accepting and drains
// in-flight requests for up to drain. With certFile and keyFile it serves TLS.
func (s *Server) Serve(ctx context.Context, ln net.Listener, certFile, keyFile string, drain time.Duration) error {
	srv := s.HTTPServer()
	errc := make(chan error, 1)
	go func() {
		if certFile != "" {
			errc <- srv.ServeTLS(ln, certFile, keyFile)
		} else {
			errc <- srv.Serve(ln)
		}
	}()
	select {
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), drain)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("drain %s: %w", ln.Addr(), err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
