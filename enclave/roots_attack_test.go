package enclave

import (
	"context"
	"encoding/pem"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
)

// TestAttackHostileSSLCertFile: the host runs the enclave process and so
// chooses its environment. With SSL_CERT_FILE and SSL_CERT_DIR pointing at a
// CA of the host's that signed a certificate for the host's own "registry",
// a coordinator configured with no CA of its own must still not trust it:
// the roots are the configured CA or the compiled-in bundle, never the
// environment's. The configured CA itself works.
func TestAttackHostileSSLCertFile(t *testing.T) {
	var reached atomic.Int32
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "" {
			reached.Add(1) // the token arrived at the host's server
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"username":"harvested"}`))
	}))
	defer srv.Close()
	caPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw})
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "hostile.pem"), caPEM, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("SSL_CERT_FILE", filepath.Join(dir, "hostile.pem"))
	t.Setenv("SSL_CERT_DIR", dir)
	ctx := context.Background()

	cfg := &Config{ChainID: 1337, Registry: testRegistryAddr, NPMRegistry: srv.URL}
	n, err := newNPMClient(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if user, err := n.whoami(ctx, "npm_secret"); err == nil || reached.Load() != 0 {
		t.Fatalf("the enclave trusted the CA in SSL_CERT_FILE: whoami answered %q (err %v), the token reached the host's server %d time(s)", user, err, reached.Load())
	}
	rpcCfg := &Config{ChainID: 1337, Registry: testRegistryAddr, RPCURL: srv.URL}
	if _, err := DialChain(ctx, rpcCfg, nil); err == nil {
		t.Fatal("the enclave's chain RPC trusted the CA in SSL_CERT_FILE")
	}

	cfg.NPMRegistryCA = string(caPEM) // the attested configuration names it
	n, err = newNPMClient(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if user, err := n.whoami(ctx, "npm_secret"); err != nil || user != "harvested" {
		t.Fatalf("with the CA in the configuration: user %q, %v", user, err)
	}
}
