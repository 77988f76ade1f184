package hostclient

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/vouchpm/vouch/host/api"
)

func TestErrors(t *testing.T) {
	slow := make(chan struct{})
	t.Cleanup(func() { close(slow) })
	for _, tc := range []struct {
		name    string
		handler http.HandlerFunc
		timeout time.Duration
		wantIs  error
		wantMsg string
		code    string
	}{
		{"explained refusal", func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(404)
			w.Write([]byte(`{"error":{"code":"unknown_package","message":"Package \"x\" is not enrolled."}}`))
		}, 0, nil, `vouch-host refused: Package "x" is not enrolled`, api.CodeUnknownPackage},
		{"proxy error page", func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(502)
			w.Write([]byte("<html>bad gateway</html>"))
		}, 0, ErrMalformedAnswer, "HTTP 502", ""},
		{"multi-line message refused", func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(400)
			w.Write([]byte(`{"error":{"code":"x","message":"line one\ngoroutine 1 [running]"}}`))
		}, 0, ErrMalformedAnswer, "HTTP 400", ""},
		{"not JSON on success", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("hello")) }, 0, ErrMalformedAnswer, "", ""},
		{"too slow", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-slow:
			case <-r.Context().Done():
			}
		}, 50 * time.Millisecond, ErrHostDown, "did not answer in time", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(tc.handler)
			defer srv.Close()
			c, err := New(srv.URL, tc.timeout)
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.Release(context.Background(), "0x01")
			if err == nil {
				t.Fatal("no error")
			}
			if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
				t.Fatalf("error %v, want %v", err, tc.wantIs)
			}
			if !strings.Contains(err.Error(), tc.wantMsg) {
				t.Fatalf("error %q lacks %q", err, tc.wantMsg)
			}
			if tc.code != "" && !IsCode(err, tc.code) {
				t.Fatalf("error %v is not code %s", err, tc.code)
			}
		})
	}
}

func TestHostDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	c, err := New("http://"+addr, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Releases(context.Background(), "", "", 0); !errors.Is(err, ErrHostDown) {
		t.Fatalf("closed port: %v, want ErrHostDown", err)
	}
}

func TestNewRefusesBadURL(t *testing.T) {
	for _, u := range []string{"", "127.0.0.1:8480", "ftp://x", "http://"} {
		if _, err := New(u, 0); err == nil {
			t.Errorf("New(%q) accepted", u)
		}
	}
}

func TestAnswerTooLarge(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte(`{"releases":[`))
		chunk := []byte(strings.Repeat(`{"id":"x"},`, 1000))
		for i := 0; i*len(chunk) <= maxJSON; i++ {
			w.Write(chunk)
		}
	}))
	defer srv.Close()
	c, _ := New(srv.URL, 0)
	if _, err := c.Releases(context.Background(), "", "", 0); !errors.Is(err, ErrMalformedAnswer) {
		t.Fatalf("oversized answer: %v", err)
	}
}

func FuzzParseError(f *testing.F) {
	f.Add(400, []byte(`{"error":{"code":"bad_json","message":"The body is not JSON."}}`))
	f.Add(500, []byte(`{"error":null}`))
	f.Add(502, []byte("<html>"))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		err := parseError(status, body, "GET /x")
		if err == nil {
			t.Fatal("nil error")
		}
		if strings.ContainsAny(err.Error(), "\r\n") {
			t.Fatalf("error spans lines: %q", err)
		}
	})
}
