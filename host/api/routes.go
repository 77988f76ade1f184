package api

import (
	_ "embed"
	"net/http"
)

//go:embed openapi.json
var openapiDoc []byte

// route is one entry of the API; the OpenAPI test checks this table, the
// mux and the document against each other.
type route struct {
	method, pattern string
	h               http.Handler
}

func (s *Server) routes() []route {
	f := func(method, pattern string, h func(http.ResponseWriter, *http.Request) *Error) route {
		return route{method, pattern, handler(h)}
	}
	return []route{
		{"GET", "/healthz", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { writeJSON(w, 200, map[string]string{"status": "ok"}) })},
		f("GET", "/readyz", s.readyz),
		f("GET", "/metrics", s.metricsWithToken),
		{"GET", "/v1/openapi.json", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write(openapiDoc)
		})},
		f("POST", "/v1/packages", s.enroll),
		f("GET", "/v1/packages/{pkg}", s.getPackage),
		f("PUT", "/v1/packages/{pkg}/policy", s.changePolicy),
		f("PUT", "/v1/packages/{pkg}/token", s.relayToken),
		f("POST", "/v1/policy-changes", s.proposePolicyChange),
		f("GET", "/v1/policy-changes", s.listPolicyChanges),
		f("GET", "/v1/policy-changes/{id}", s.policyChangeStatus),
		f("POST", "/v1/policy-changes/{id}/signatures", s.signPolicyChange),
		f("POST", "/v1/invites", s.createInvite),
		f("POST", "/v1/invites/{code}", s.joinInvite),
		f("GET", "/v1/packages/{pkg}/token", s.getSealedToken),
		f("PUT", "/v1/tarballs/{hash}", s.putTarball),
		f("GET", "/v1/tarballs/{hash}", s.getTarball),
		f("POST", "/v1/releases", s.propose),
		f("GET", "/v1/releases", s.listReleases),
		f("GET", "/v1/releases/{id}", s.releaseStatus),
		f("POST", "/v1/releases/{id}/signatures", s.approve),
		f("POST", "/v1/releases/{id}/vetoes", s.veto),
		f("GET", "/v1/releases/{id}/score", s.getScore),
		f("GET", "/v1/releases/{id}/typed-data", s.releaseTypedData),
		f("POST", "/v1/revocations", s.revoke),
		f("GET", "/v1/revocations", s.listRevocations),
		f("GET", "/v1/scores", s.listScores),
		f("GET", "/v1/enclaves/{role}/evidence", s.evidence),
		f("GET", "/v1/enclaves/coordinator/config", s.coordinatorConfig),
		f("GET", "/v1/badge/{file}", s.badge),
		f("GET", "/v1/config", s.hostConfig),
		f("GET", "/v1/verdicts/{pkg}/{version}", s.verdict),
	}
}

// handler adapts a handler that returns its error.
func handler(h func(http.ResponseWriter, *http.Request) *Error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if e := h(w, r); e != nil {
			writeError(w, e)
		}
	})
}

// Routes lists the API's routes as "METHOD /pattern", as the mux has them.
func (s *Server) Routes() []string {
	var out []string
	for _, rt := range s.routes() {
		out = append(out, rt.method+" "+rt.pattern)
	}
	return out
}
