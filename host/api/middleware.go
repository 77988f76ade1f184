package api

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/time/rate"
)

// statusWriter records the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// recoverer turns a panic anywhere below into a 500 JSON error; the stack
// goes to the log, never to the client.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic in handler", "route", r.Pattern, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				s.metrics.panics.Inc()
				if sw.status == 0 {
					writeError(sw, apiErr(http.StatusInternalServerError, CodeInternal, "The host failed while handling this request."))
				}
			}
		}()
		next.ServeHTTP(sw, r)
	})
}

// observe logs one line per request and records metrics. It logs the route
// pattern, never bodies, headers or the query of token or signature calls.
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := s.cfg.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		route := r.Pattern
		if route == "" {
			route = "unmatched"
		}
		d := s.cfg.Now().Sub(start)
		status := sw.status
		if status == 0 {
			status = http.StatusOK
		}
		s.metrics.requests.WithLabelValues(route, strconv.Itoa(status)).Inc()
		s.metrics.duration.WithLabelValues(route).Observe(d.Seconds())
		s.log.Info("request", "method", r.Method, "route", route, "status", status, "bytes", sw.bytes,
			"duration_ms", float64(d.Microseconds())/1000, "client", s.clientIP(r))
	})
}

// muxErrors answers requests the mux has no route for with JSON errors
// instead of its plain-text 404 and 405.
func (s *Server) muxErrors(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p := r.URL.Path; p == "" || p[0] != '/' || path.Clean(p) != p {
			writeError(w, apiErr(http.StatusNotFound, CodeNotFound, "No such path; use the canonical path without extra slashes or dots."))
			return
		}
		h, pattern := mux.Handler(r)
		if pattern != "" {
			mux.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		switch rec.Code {
		case http.StatusMethodNotAllowed:
			w.Header().Set("Allow", rec.Header().Get("Allow"))
			writeError(w, apiErr(http.StatusMethodNotAllowed, CodeMethodNotAllowed, "Method %s is not allowed on this path.", r.Method))
		default:
			writeError(w, apiErr(http.StatusNotFound, CodeNotFound, "No such path in the vouch host API."))
		}
	})
}

// rateLimit limits each client IP to a token bucket.
func (s *Server) rateLimit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.limiter.allow(s.clientIP(r)) {
			s.metrics.limited.Inc()
			w.Header().Set("Retry-After", "1")
			writeError(w, apiErr(http.StatusTooManyRequests, CodeRateLimited, "Too many requests from this client; retry after a second."))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// clientLimiter keeps one token bucket per client, forgetting idle ones so
// the map stays bounded.
type clientLimiter struct {
	mu      sync.Mutex
	limit   rate.Limit
	burst   int
	now     func() time.Time
	clients map[string]*clientBucket
	swept   time.Time
}

type clientBucket struct {
	lim  *rate.Limiter
	seen time.Time
}

const maxTrackedClients = 100_000

func newClientLimiter(limit rate.Limit, burst int, now func() time.Time) *clientLimiter {
	return &clientLimiter{limit: limit, burst: burst, now: now, clients: map[string]*clientBucket{}, swept: now()}
}

func (l *clientLimiter) allow(client string) bool {
	if l.limit == rate.Inf {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if now.Sub(l.swept) > time.Minute || len(l.clients) >= maxTrackedClients {
		for k, b := range l.clients {
			if now.Sub(b.seen) > 3*time.Minute || len(l.clients) >= maxTrackedClients {
				delete(l.clients, k)
			}
		}
		l.swept = now
	}
	b, ok := l.clients[client]
	if !ok {
		b = &clientBucket{lim: rate.NewLimiter(l.limit, l.burst)}
		l.clients[client] = b
	}
	b.seen = now
	return b.lim.AllowN(now, 1)
}

type metrics struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	limited  prometheus.Counter
	busy     prometheus.Counter
	panics   prometheus.Counter
}

func newMetrics(reg *prometheus.Registry) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "vouch_host_http_requests_total", Help: "HTTP requests by route and status."}, []string{"route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "vouch_host_http_request_duration_seconds", Help: "HTTP request latency by route.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}, []string{"route"}),
		limited:  prometheus.NewCounter(prometheus.CounterOpts{Name: "vouch_host_rate_limited_total", Help: "Requests refused by the per-client rate limit."}),
		busy:     prometheus.NewCounter(prometheus.CounterOpts{Name: "vouch_host_busy_total", Help: "Requests refused at the concurrency caps."}),
		panics:   prometheus.NewCounter(prometheus.CounterOpts{Name: "vouch_host_panics_total", Help: "Handler panics recovered."}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.duration, m.limited, m.busy, m.panics} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register metrics: %w", err)
		}
	}
	return m, nil
}
