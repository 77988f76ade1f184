package api

import (
	"net/http"

	"github.com/vouchpm/vouch/host/api/apijson"
)

// hostConfig answers GET /v1/config: where the chain and the registry
// contract are, and the enclave keys registered there (read from the chain).
func (s *Server) hostConfig(w http.ResponseWriter, r *http.Request) *Error {
	c := s.cfg.Public
	c.Enclaves = []apijson.EnclaveKey{}
	if s.cfg.Chain != nil {
		keys, err := s.cfg.Chain.Enclaves(r.Context())
		if err != nil {
			s.log.Warn("config: enclave keys from the chain", "err", err.Error())
			return apiErr(http.StatusServiceUnavailable, CodeNotReady, "The chain does not answer.")
		}
		c.Enclaves = keys
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, c)
	return nil
}

// verdict answers GET /v1/verdicts/{pkg}/{version}[?integrity=sha512-…]:
// what the chain says about one version (the browser extension reads it).
func (s *Server) verdict(w http.ResponseWriter, r *http.Request) *Error {
	pkg, version := r.PathValue("pkg"), r.PathValue("version")
	if !validPackage(pkg) || !validVersion(version) {
		return apiErr(http.StatusNotFound, CodeNotFound, "Verdicts live at /v1/verdicts/{package}/{version} (escape a scope's slash as %%2F).")
	}
	integ := r.URL.Query().Get("integrity")
	if integ != "" {
		if _, err := apijson.ParseIntegrity(integ); err != nil {
			return apiErr(http.StatusBadRequest, CodeBadRequest, "integrity must be sha512-<base64 of 64 bytes>.")
		}
	}
	if s.cfg.Chain == nil {
		return apiErr(http.StatusServiceUnavailable, CodeNotReady, "This host reads no chain.")
	}
	v, err := s.cfg.Chain.Verdict(r.Context(), pkg, version, integ)
	if err != nil {
		s.log.Warn("verdict: chain read", "err", err.Error())
		return apiErr(http.StatusServiceUnavailable, CodeNotReady, "The chain does not answer.")
	}
	w.Header().Set("Cache-Control", "max-age=15")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	writeJSON(w, http.StatusOK, v)
	return nil
}
