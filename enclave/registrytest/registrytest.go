// Package registrytest starts a real npm registry (Verdaccio, through
// host/registry/verdaccio) for tests: offline, on a free loopback port,
// optionally behind TLS with a throw-away test CA, stopped by t.Cleanup. It
// runs on the test machine only; nothing but tests may import it.
package registrytest

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/host/registry/verdaccio"
)

// Registry is one running Verdaccio with test helpers that fail t.
type Registry struct{ *verdaccio.Registry }

// Options choose how the registry runs.
type Options = verdaccio.Options

// Binary returns the Verdaccio executable (see verdaccio.Binary).
func Binary() (string, error) { return verdaccio.Binary() }

// Start runs Verdaccio for the test and stops it in t.Cleanup. Without the
// binary the test is skipped, unless CI=true, where it fails.
func Start(t testing.TB, opt Options) *Registry {
	t.Helper()
	if _, err := Binary(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("registrytest: %v", err)
		}
		t.Skipf("registrytest: %v", err)
	}
	r, err := verdaccio.Launch(t.TempDir(), opt)
	if err != nil {
		t.Fatalf("registrytest: %v", err)
	}
	t.Cleanup(r.Stop)
	return &Registry{r}
}

// AddUser creates a registry user and returns its login token.
func (r *Registry) AddUser(t testing.TB, name, password string) string {
	t.Helper()
	tok, err := r.NewUser(name, password)
	if err != nil {
		t.Fatalf("registrytest: %v", err)
	}
	return tok
}

// CreateToken creates an API token for a user (npm token create), read-only
// or not.
func (r *Registry) CreateToken(t testing.TB, loginToken, password string, readOnly bool) string {
	t.Helper()
	tok, err := r.NewToken(loginToken, password, readOnly)
	if err != nil {
		t.Fatalf("registrytest: %v", err)
	}
	return tok
}

// Tarball downloads what the registry serves for name@version, or nil when
// the version does not exist.
func (r *Registry) Tarball(t testing.TB, name, version string) []byte {
	t.Helper()
	var doc struct {
		Versions map[string]struct {
			Dist struct {
				Tarball string `json:"tarball"`
			} `json:"dist"`
		} `json:"versions"`
	}
	status := r.do(t, http.MethodGet, "/"+strings.Replace(name, "/", "%2f", 1), "", nil, 0, &doc)
	if status == http.StatusNotFound {
		return nil
	}
	v, ok := doc.Versions[version]
	if !ok {
		return nil
	}
	resp, err := r.Client().Get(v.Dist.Tarball)
	if err != nil {
		t.Fatalf("registrytest: downloading %s: %v", v.Dist.Tarball, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("registrytest: downloading %s: %d %v", v.Dist.Tarball, resp.StatusCode, err)
	}
	return data
}

// Versions lists the versions the registry holds of name.
func (r *Registry) Versions(t testing.TB, name string) []string {
	t.Helper()
	var doc struct {
		Versions map[string]json.RawMessage `json:"versions"`
	}
	if r.do(t, http.MethodGet, "/"+strings.Replace(name, "/", "%2f", 1), "", nil, 0, &doc) == http.StatusNotFound {
		return nil
	}
	var out []string
	for v := range doc.Versions {
		out = append(out, v)
	}
	return out
}

// do sends one request; want 0 accepts any status.
func (r *Registry) do(t testing.TB, method, path, token string, body []byte, want int, out any) int {
	t.Helper()
	status, err := r.Request(method, path, token, body, want, out)
	if err != nil {
		t.Fatalf("registrytest: %v", err)
	}
	return status
}
