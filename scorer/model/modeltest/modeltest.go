// Package modeltest is a scripted ollama-compatible server for tests: it answers
// /api/version, /api/tags, /api/show and /api/chat (streaming one JSON object per line)
// the way ollama does, with answers chosen by the test. It listens on loopback only.
package modeltest

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
)

// Reply is one scripted /api/chat answer.
type Reply struct {
	Chunks     []string // message contents streamed one per line
	DoneReason string   // "stop" when empty; "length" simulates a cut-off answer
	Status     int      // non-zero: answer with this HTTP status and an error body
	// PromptEvalCount is reported in the final line; num_ctx or more is how ollama
	// shows it cut an over-long prompt.
	PromptEvalCount int
}

// Server is a running scripted server.
type Server struct {
	URL     *url.URL
	Name    string
	Digest  string // set it with SetDigest once the server runs
	mu      sync.Mutex
	replies func(req api.ChatRequest, n int) Reply
	reqs    []api.ChatRequest
}

// New starts a server serving model name with digest; replies picks the answer to the
// n-th chat request (from 0). The server stops at the end of the test.
func New(t testing.TB, name, digest string, replies func(req api.ChatRequest, n int) Reply) *Server {
	s := &Server{Name: name, Digest: digest, replies: replies}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/version", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"version": "0.17.4"})
	})
	mux.HandleFunc("GET /api/tags", func(w http.ResponseWriter, _ *http.Request) {
		s.mu.Lock()
		d := s.Digest
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, api.ListResponse{Models: []api.ListModelResponse{{
			Name: s.Name, Model: s.Name, ModifiedAt: time.Unix(1700000000, 0).UTC(), Size: 3338792448, Digest: d,
			Details: api.ModelDetails{Format: "gguf", Family: "gemma3", ParameterSize: "4.3B", QuantizationLevel: "Q4_K_M"},
		}}})
	})
	mux.HandleFunc("POST /api/show", func(w http.ResponseWriter, r *http.Request) {
		var req api.ShowRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Model != s.Name {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "model '" + req.Model + "' not found"})
			return
		}
		writeJSON(w, http.StatusOK, api.ShowResponse{Details: api.ModelDetails{Format: "gguf", Family: "gemma3"}, ModifiedAt: time.Unix(1700000000, 0).UTC()})
	})
	mux.HandleFunc("POST /api/chat", func(w http.ResponseWriter, r *http.Request) {
		var req api.ChatRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		if req.Model != s.Name {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "model '" + req.Model + "' not found"})
			return
		}
		s.mu.Lock()
		n := len(s.reqs)
		s.reqs = append(s.reqs, req)
		s.mu.Unlock()
		rep := s.replies(req, n)
		if rep.Status != 0 {
			writeJSON(w, rep.Status, map[string]string{"error": "scripted failure"})
			return
		}
		w.Header().Set("Content-Type", "application/x-ndjson")
		enc := json.NewEncoder(w)
		for _, c := range rep.Chunks {
			_ = enc.Encode(api.ChatResponse{Model: s.Name, CreatedAt: time.Unix(1700000000, 0).UTC(), Message: api.Message{Role: "assistant", Content: c}})
			if f, ok := w.(http.Flusher); ok {
				f.Flush()
			}
		}
		reason := rep.DoneReason
		if reason == "" {
			reason = "stop"
		}
		_ = enc.Encode(api.ChatResponse{Model: s.Name, CreatedAt: time.Unix(1700000000, 0).UTC(), Message: api.Message{Role: "assistant"}, Done: true, DoneReason: reason, Metrics: api.Metrics{PromptEvalCount: rep.PromptEvalCount}})
	})
	srv := httptest.NewServer(mux) // httptest listens on 127.0.0.1:0
	t.Cleanup(srv.Close)
	s.URL, _ = url.Parse(srv.URL)
	return s
}

// Client returns ollama's real client pointed at the server.
func (s *Server) Client() *api.Client { return api.NewClient(s.URL, http.DefaultClient) }

// SetDigest changes the digest /api/tags reports from now on: the tag re-created with
// other weights. Safe to call from a reply function.
func (s *Server) SetDigest(d string) {
	s.mu.Lock()
	s.Digest = d
	s.mu.Unlock()
}

// Requests returns the chat requests received so far.
func (s *Server) Requests() []api.ChatRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]api.ChatRequest(nil), s.reqs...)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
