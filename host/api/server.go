package api

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"golang.org/x/time/rate"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api/apijson"
	"github.com/vouchpm/vouch/host/store"
)

// Enclaves relays to the coordinator and scorer enclaves. The host cannot read
// what passes through: evidence is checked by whoever asked for it, the token
// ciphertext is encrypted to the coordinator's attested key.
type Enclaves interface {
	// Evidence returns fresh attestation evidence of role over nonce.
	Evidence(ctx context.Context, role string, nonce []byte) ([]byte, error)
	// SealToken hands the coordinator an encrypted npm token for pkg and
	// returns the sealed blob it produced and that blob's version.
	SealToken(ctx context.Context, pkg string, ciphertext []byte) (sealed []byte, version uint64, err error)
	// Ready reports whether both enclaves answer.
	Ready(ctx context.Context) error
}

// ErrEnclaveRefused wraps an enclave's refusal (as opposed to its absence).
var ErrEnclaveRefused = errors.New("enclave refused")

// Config configures a Server. Store and Domain are required.
type Config struct {
	Store  store.Store
	Domain wire.Domain
	// Enclaves relays to the enclaves; nil answers enclave_unavailable.
	Enclaves Enclaves
	// MaxTarball bounds tarball uploads (default 32 MiB).
	MaxTarball int64
	// MaxJSON bounds JSON bodies (default 64 KiB).
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
	// Public is what GET /v1/config tells clients about the chain (its
	// Enclaves come from Chain when set).
	Public apijson.HostConfig
	// Chain answers verdicts, badges and registered enclaves from the
	// chain; nil: badges fall back to the host's records, verdicts 503.
	Chain ChainView
	// Web serves the dashboard pages (GET /, /package/..., /static/...).
	Web http.Handler
}

// ChainView reads what the registry contract says (host/web implements it).
type ChainView interface {
	Verdict(ctx context.Context, pkg, version, integrity string) (apijson.Verdict, error)
	PackageBadge(ctx context.Context, pkg string) (state string, score int, err error)
	Enclaves(ctx context.Context) ([]apijson.EnclaveKey, error)
}

// Server is the host's HTTP API.
type Server struct {
	cfg     Config
	log     *slog.Logger
	mux     *http.ServeMux
	limiter *clientLimiter
	metrics *metrics
	handler http.Handler
}

// New builds a Server from cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, fmt.Errorf("api: Config.Store is required")
	}
	if cfg.MaxTarball <= 0 {
		cfg.MaxTarball = 32 << 20
	}
	if cfg.MaxJSON <= 0 {
		cfg.MaxJSON = 64 << 10
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
	s := &Server{cfg: cfg, log: cfg.Logger, mux: http.NewServeMux()}
	s.limiter = newClientLimiter(cfg.RatePerClient, cfg.Burst, cfg.Now)
	m, err := newMetrics(cfg.Registry)
	if err != nil {
		return nil, err
	}
	s.metrics = m
	for _, rt := range s.routes() {
		s.mux.Handle(rt.method+" "+rt.pattern, rt.h)
	}
	if cfg.Web != nil {
		// Pages, not API: outside the OpenAPI table.
		for _, p := range []string{"GET /{$}", "GET /package/", "GET /static/"} {
			s.mux.Handle(p, cfg.Web)
		}
	}
	s.handler = s.recoverer(s.observe(s.rateLimit(s.muxErrors(s.mux))))
	return s, nil
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
