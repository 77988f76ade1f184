package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/store"
)

// scaleFlags are the settings for running vouch-host exposed and
// replicated: abuse limits, the client address behind proxies, metrics.
// They live in one block so the flag parser can change around them.
type scaleFlags struct {
	maxInFlight    int
	trustedProxies string
	metricsListen  string
	metricsToken   string
}

func (f *scaleFlags) register(fs *pflag.FlagSet) {
	fs.IntVar(&f.maxInFlight, "max-inflight", 256, "requests handled at once; past it the API answers 503 at once")
	fs.StringVar(&f.trustedProxies, "trusted-proxies", "", "comma-separated CIDRs of reverse proxies whose X-Forwarded-For names the client (empty: none)")
	fs.StringVar(&f.metricsListen, "metrics-listen", "", "address of a separate listener for /metrics (keep it private; empty: none)")
	fs.StringVar(&f.metricsToken, "metrics-token", "", "bearer token that unlocks /metrics on the API listener (empty: /metrics is not served there)")
}

func (f *scaleFlags) apply(c *api.Config) {
	c.MaxInFlight = f.maxInFlight
	c.MetricsToken = f.metricsToken
	for _, p := range strings.Split(f.trustedProxies, ",") {
		if p = strings.TrimSpace(p); p != "" {
			c.TrustedProxies = append(c.TrustedProxies, p)
		}
	}
}

// serveMetrics serves /metrics on --metrics-listen until ctx ends.
func (f *scaleFlags) serveMetrics(ctx context.Context, srv *api.Server, stdout io.Writer, log *slog.Logger) (func(), error) {
	if f.metricsListen == "" {
		return func() {}, nil
	}
	ln, err := net.Listen("tcp", f.metricsListen)
	if err != nil {
		return nil, fmt.Errorf("--metrics-listen %s: %w", f.metricsListen, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", srv.MetricsHandler())
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 30 * time.Second}
	fmt.Fprintf(stdout, "metrics: http://%s/metrics\n", ln.Addr())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Warn("metrics listener stopped", "err", err.Error())
		}
	}()
	stop := context.AfterFunc(ctx, func() { _ = hs.Close() })
	return func() { stop(); _ = hs.Close(); <-done }, nil
}

// pgOnly is dsn when it names PostgreSQL (replicas share the outbox and
// elect a leader there), else empty.
func pgOnly(dsn string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return dsn
	}
	return ""
}

// pruneUploads deletes, every hour, uploads older than a day that no
// release names (signed but never proposed), until ctx ends. Every replica
// may run it: the delete is idempotent.
func pruneUploads(ctx context.Context, st store.Store, log *slog.Logger) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if n, err := st.PruneTarballs(ctx, time.Now().Add(-24*time.Hour)); err != nil {
			log.Warn("prune unproposed uploads", "err", err.Error())
		} else if n > 0 {
			log.Info("pruned unproposed uploads", "count", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
