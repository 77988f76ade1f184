package api_test

import (
	"bufio"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
)

type openapiDoc struct {
	OpenAPI string `json:"openapi"`
	Paths   map[string]map[string]struct {
		Responses  map[string]json.RawMessage `json:"responses"`
		Parameters []struct {
			Name string `json:"name"`
			In   string `json:"in"`
		} `json:"parameters"`
	} `json:"paths"`
}

// TestOpenAPIMatchesHandlers checks the served document against the real
// mux: every route is documented, every documented operation reaches its
// own route, and the status it answers is one the document lists.
func TestOpenAPIMatchesHandlers(t *testing.T) {
	e := newEnv(t, nil)
	e.enroll("left-pad")
	p := e.propose("left-pad", "1.0.0")

	r := e.do("GET", "/v1/openapi.json", "", nil)
	var doc openapiDoc
	if r.Code != 200 || json.Unmarshal(r.Body, &doc) != nil || !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi.json: %d %.200s", r.Code, r.Body)
	}
	var documented []string
	for path, ops := range doc.Paths {
		for method := range ops {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	routes := e.srv.Routes()
	slices.Sort(documented)
	slices.Sort(routes)
	if !slices.Equal(documented, routes) {
		t.Fatalf("document and mux differ:\n doc: %v\n mux: %v", documented, routes)
	}

	fill := strings.NewReplacer("{pkg}", "left-pad", "{id}", p.id, "{hash}", p.rel.ContentHash.Hex(), "{role}", "scorer", "{file}", "left-pad.svg")
	for _, route := range routes {
		method, path, _ := strings.Cut(route, " ")
		op := doc.Paths[path][strings.ToLower(method)]
		url := fill.Replace(path)
		for _, prm := range op.Parameters {
			if prm.In == "query" && prm.Name == "nonce" {
				url += "?nonce=" + strings.Repeat("42", 32)
			}
		}
		e.logs.Reset()
		r := e.do(method, url, "", nil)
		if got := lastRoute(t, e.logs.String()); got != route {
			t.Errorf("%s %s reached route %q, want %q", method, url, got, route)
		}
		if _, ok := op.Responses[strconv.Itoa(r.Code)]; !ok {
			t.Errorf("%s answered %d, which the document does not list (%.120s)", route, r.Code, r.Body)
		}
	}
}

func lastRoute(t *testing.T, logs string) string {
	t.Helper()
	var route string
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		var line struct{ Msg, Route string }
		if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "request" {
			route = line.Route
		}
	}
	return route
}
