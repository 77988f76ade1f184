package registry

import (
	"context"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// registryServer serves packuments and tarballs the way the npm registry
// lays them out (GET /<name>, GET /<name>/-/<base>-<version>.tgz).
func registryServer(t *testing.T, pkg string, tarballs map[string][]byte, lie map[string]bool) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	versions := map[string]any{}
	base := pkg[strings.LastIndexByte(pkg, '/')+1:]
	for v, tgz := range tarballs {
		sum := sha512.Sum512(tgz)
		if lie[v] {
			sum[0] ^= 1
		}
		versions[v] = map[string]any{"name": pkg, "version": v, "dist": map[string]any{
			"tarball": srv.URL + "/" + pkg + "/-/" + base + "-" + v + ".tgz", "integrity": "sha512-" + base64.StdEncoding.EncodeToString(sum[:]), "shasum": "x"}}
		mux.HandleFunc("GET /"+pkg+"/-/"+base+"-"+v+".tgz", func(w http.ResponseWriter, _ *http.Request) { w.Write(tgz) })
	}
	doc, _ := json.Marshal(map[string]any{"name": pkg, "dist-tags": map[string]string{"latest": "9.9.9"}, "versions": versions})
	mux.HandleFunc("GET /{name...}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("name") != pkg {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(doc)
	})
	return srv
}

func TestFetchPredecessor(t *testing.T) {
	tgz := map[string][]byte{"1.0.0": []byte("one"), "1.2.0": []byte("one-two"), "1.10.0": []byte("ten"), "2.0.0-rc.1": []byte("rc"), "2.0.0": []byte("two")}
	for _, pkg := range []string{"left-pad", "@scope/left-pad"} {
		srv := registryServer(t, pkg, tgz, map[string]bool{"1.2.0": true})
		c, err := New(srv.URL, srv.Client())
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		for _, tc := range []struct {
			version, wantPrev string
			wantErr           error
		}{
			{"2.0.0", "2.0.0-rc.1", nil},
			{"2.0.0-rc.2", "2.0.0-rc.1", nil},
			{"2.0.0-rc.1", "1.10.0", nil},
			{"1.11.0", "1.10.0", nil},
			{"1.3.0", "", ErrIntegrity}, // predecessor 1.2.0 does not match its integrity
			{"1.0.0", "", ErrNoPredecessor},
		} {
			prev, data, err := c.FetchPredecessor(ctx, pkg, tc.version)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Errorf("%s %s: err %v, want %v", pkg, tc.version, err, tc.wantErr)
				}
				continue
			}
			if err != nil || prev != tc.wantPrev || string(data) != string(tgz[tc.wantPrev]) {
				t.Errorf("%s %s: got %s %q %v, want %s", pkg, tc.version, prev, data, err, tc.wantPrev)
			}
		}
	}
}

func TestFetchLimitsAndErrors(t *testing.T) {
	srv := registryServer(t, "big", map[string][]byte{"1.0.0": []byte(strings.Repeat("x", 2048))}, nil)
	c, _ := New(srv.URL, srv.Client())
	c.MaxTarball = 1024
	if _, _, err := c.FetchPredecessor(context.Background(), "big", "1.0.1"); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversized tarball: %v", err)
	}
	// A package the registry has never seen (404) is a first release.
	if _, data, err := c.FetchPredecessor(context.Background(), "missing", "1.0.1"); !errors.Is(err, ErrNoPredecessor) || data != nil {
		t.Fatalf("unknown package: %q, %v; want ErrNoPredecessor", data, err)
	}
	for _, bad := range []string{"", "ftp://x", "not a url", "http://"} {
		if _, err := New(bad, nil); err == nil {
			t.Errorf("New(%q) accepted", bad)
		}
	}
}

func TestSemverOrder(t *testing.T) {
	// semver.org §11 example, ascending.
	order := []string{"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1"}
	for i := 1; i < len(order); i++ {
		a, _ := parseSemver(order[i-1])
		b, _ := parseSemver(order[i])
		if a.cmp(b) >= 0 || b.cmp(a) <= 0 {
			t.Errorf("%s should sort before %s", order[i-1], order[i])
		}
	}
	for _, bad := range []string{"1.0", "01.0.0", "1.0.0-", "a.b.c", ""} {
		if _, ok := parseSemver(bad); ok {
			t.Errorf("%q parsed", bad)
		}
	}
}

func FuzzParsePackument(f *testing.F) {
	f.Add([]byte(`{"name":"x","versions":{"1.0.0":{"dist":{"tarball":"http://r/x.tgz","integrity":"sha512-AA=="}}}}`))
	f.Add([]byte(`{"name":"x","versions":{"01.0.0":{},"1.0.0-":{},"1.0.0-0.a.01":{}}}`))
	f.Add([]byte(`{"name":""}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParsePackument(data)
		if err != nil {
			return
		}
		prev, _, err := p.Predecessor("99.0.0")
		if err == nil {
			if _, ok := p.Versions[prev]; !ok {
				t.Fatalf("predecessor %q is not in the packument", prev)
			}
		}
	})
}

func TestSemverPrecedenceAllPairs(t *testing.T) {
	order := []string{"0.9.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.10.0", "2.0.0"}
	for i := range order {
		for j := range order {
			a, _ := parseSemver(order[i])
			b, ok := parseSemver(order[j])
			if !ok {
				t.Fatalf("%s not parsed", order[j])
			}
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := a.cmp(b); got != want {
				t.Errorf("cmp(%s, %s) = %d, want %d", order[i], order[j], got, want)
			}
		}
	}
}
