package cli

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/scorer/corpus"
	"github.com/vouchpm/vouch/scorer/tarball"
)

// fakeRegistry serves a packument of ua-parser-js with three versions from the corpus;
// tamper names a version whose packument integrity is wrong.
func fakeRegistry(t *testing.T, tamper string) *httptest.Server {
	t.Helper()
	tgz := map[string][]byte{}
	for v, dir := range map[string]string{"0.7.28": "ua-parser-js-preinstall-miner/base", "0.7.29": "ua-parser-js-preinstall-miner/new", "0.7.30": "ua-parser-js-inline-preinstall/new"} {
		b, err := corpus.Pack(mal + dir)
		if err != nil {
			t.Fatal(err)
		}
		tgz[v] = b
	}
	var srv *httptest.Server
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ua-parser-js", func(w http.ResponseWriter, _ *http.Request) {
		versions := map[string]any{}
		for v, b := range tgz {
			integ := tarball.Integrity(b)
			if v == tamper {
				integ = tarball.Integrity([]byte("other"))
			}
			versions[v] = map[string]any{"dist": map[string]string{"tarball": srv.URL + "/ua-parser-js/-/ua-parser-js-" + v + ".tgz", "integrity": integ}}
		}
		versions["0.8.0-beta.1"] = map[string]any{"dist": map[string]string{"tarball": srv.URL + "/x.tgz", "integrity": "sha512-x"}}
		_ = json.NewEncoder(w).Encode(map[string]any{"name": "ua-parser-js", "versions": versions})
	})
	mux.HandleFunc("GET /ua-parser-js/-/{file}", func(w http.ResponseWriter, r *http.Request) {
		v := strings.TrimSuffix(strings.TrimPrefix(r.PathValue("file"), "ua-parser-js-"), ".tgz")
		b, ok := tgz[v]
		if !ok {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write(b)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestScoreFromRegistry(t *testing.T) {
	srv := fakeRegistry(t, "")
	out, code := execute("ua-parser-js@0.7.29", "--registry", srv.URL, "--json")
	if code != ExitFlagged {
		t.Fatalf("exit %d\n%s", code, out)
	}
	var o JSONOutput
	if err := json.Unmarshal([]byte(out[:strings.LastIndex(out, "}")+1]), &o); err != nil {
		t.Fatal(err)
	}
	if o.BaseContentHash == "0x"+strings.Repeat("0", 64) || o.Version != "0.7.29" {
		t.Fatalf("predecessor not used: %+v", o)
	}
	// the lowest version is a first release
	out, code = execute("ua-parser-js@0.7.28", "--registry", srv.URL, "--json")
	if code != ExitOK || !strings.Contains(out, `"baseContentHash": "0x`+strings.Repeat("0", 64)) {
		t.Fatalf("exit %d\n%s", code, out)
	}
	for _, args := range [][]string{{"ua-parser-js@9.9.9", "--registry", srv.URL}, {"ua-parser-js", "--registry", srv.URL}, {"ua-parser-js@0.7.29", "--new", "x.tgz"}} {
		if out, code := execute(args...); code != ExitUsage {
			t.Errorf("%v: exit %d\n%s", args, code, out)
		}
	}
}

func TestRegistryIntegrityChecked(t *testing.T) {
	srv := fakeRegistry(t, "0.7.28")
	out, code := execute("ua-parser-js@0.7.29", "--registry", srv.URL)
	if code != ExitUsage || !strings.Contains(out, "integrity") {
		t.Fatalf("tampered predecessor accepted: exit %d\n%s", code, out)
	}
}
