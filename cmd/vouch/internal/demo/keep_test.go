package demo

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestDemoKeepLeavesTheDashboardUp: with Keep the demo ends by printing the
// dashboard's URL and keeps the system up; the dashboard then shows the
// release Act 2 published, read from the chain. Ctrl-C (ctx) stops it all.
func TestDemoKeepLeavesTheDashboardUp(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole demo")
	}
	bin := binDir(t)
	logs := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	var out lockedBuffer
	done := make(chan error, 1)
	var report *Report
	go func() {
		var err error
		report, err = Run(ctx, Options{BinDir: bin, LogDir: logs, Out: &out, Keep: true})
		done <- err
	}()
	dash := regexp.MustCompile(`Dashboard: (http://127\.0\.0\.1:\d+/)`)
	var url string
	for url == "" {
		select {
		case err := <-done:
			t.Fatalf("the demo ended before keeping the system up: %v\n%s", err, out.String())
		case <-time.After(500 * time.Millisecond):
		}
		if m := dash.FindStringSubmatch(out.String()); m != nil && strings.Contains(out.String(), "Press Ctrl-C to stop") {
			url = m[1]
		}
	}
	for path, want := range map[string]string{"": "demo-widget@1.1.0", "package/demo-widget/v/1.1.0": "signed by 2 of 3 maintainers"} {
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatalf("the kept dashboard does not answer: %v", err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("%s%s: %d, no %q", url, path, resp.StatusCode, want)
		}
	}
	cancel()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("the kept demo did not stop on cancel")
	}
	if report == nil || report.Dashboard != url {
		t.Errorf("report dashboard %v, printed %s", report, url)
	}
	waitNoLeftovers(t, logs)
}
