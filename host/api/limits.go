package api

import (
	"crypto/subtle"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// limitInFlight caps the requests handled at once. Past the cap the host
// answers 503 at once instead of queueing work it cannot finish.
func (s *Server) limitInFlight(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.inflight <- struct{}{}:
			defer func() { <-s.inflight }()
			next.ServeHTTP(w, r)
		default:
			s.metrics.busy.Inc()
			w.Header().Set("Retry-After", "1")
			writeError(w, apiErr(http.StatusServiceUnavailable, CodeBusy, "The host is at its limit of concurrent requests; retry after a second."))
		}
	})
}

// metricsWithToken serves /metrics on the API listener only to the holder
// of the configured token; without one it is not served here at all.
func (s *Server) metricsWithToken(w http.ResponseWriter, r *http.Request) *Error {
	tok := s.cfg.MetricsToken
	if tok == "" {
		return apiErr(http.StatusNotFound, CodeNotFound, "Metrics are served on the host's metrics listener, not here.")
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(tok)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
		return apiErr(http.StatusUnauthorized, CodeUnauthorized, "Metrics need the host's metrics token.")
	}
	s.MetricsHandler().ServeHTTP(w, r)
	return nil
}

// parseProxies reads trusted proxy CIDRs or single addresses.
func parseProxies(list []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, p := range list {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !strings.Contains(p, "/") {
			a, err := netip.ParseAddr(p)
			if err != nil {
				return nil, fmt.Errorf("api: trusted proxy %q: %w", p, err)
			}
			out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
			continue
		}
		pre, err := netip.ParsePrefix(p)
		if err != nil {
			return nil, fmt.Errorf("api: trusted proxy %q: %w", p, err)
		}
		out = append(out, pre.Masked())
	}
	return out, nil
}

func (s *Server) trusted(a netip.Addr) bool {
	for _, p := range s.proxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// clientIP is the address the per-client limits key on: the peer, or, when
// the peer is a trusted proxy, the right-most X-Forwarded-For entry that is
// not itself a trusted proxy (entries left of it are the client's claims).
func (s *Server) clientIP(r *http.Request) string {
	peer := remoteIP(r)
	a, err := netip.ParseAddr(peer)
	if err != nil || len(s.proxies) == 0 || !s.trusted(a.Unmap()) {
		return peer
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		h, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			return peer // a malformed chain: fall back to the proxy itself
		}
		if !s.trusted(h.Unmap()) {
			return h.Unmap().String()
		}
	}
	return peer
}

func remoteIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
