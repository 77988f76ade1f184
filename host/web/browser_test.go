package web_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vouchpm/vouch/host/web/webtest"
)

// browser starts headless Chromium (a fresh profile, no network but
// loopback) and returns a tab's context.
func browser(t *testing.T, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	return webtest.Browser(t, 90*time.Second, 1280, 900, extra...)
}

// TestDashboardInChromium loads the dashboard, a package page and a version
// page in a real browser, asserts on the rendered DOM, checks that the
// strict CSP blocked nothing the pages need (the stylesheet applied), and
// saves full-page screenshots under build/screenshots.
func TestDashboardInChromium(t *testing.T) {
	h := webtest.Start(t)
	ctx := browser(t)
	shots := webtest.BuildDir(t, "screenshots")

	for _, tc := range []struct {
		name, path string
		texts      map[string][]string // selector → strings its text must hold
	}{
		{"dashboard", "/", map[string][]string{
			"#recent":      {"left-pad@1.1.0", "left-pad@1.0.0", "evil-pkg@2.0.0", "92", "41", "network", "child-process", "2 of 3"},
			"#pending":     {"left-pad@1.2.0", "1 of 2", "host data"},
			"#revocations": {"evil-pkg@2.0.0", "maintainer key stolen"},
			"#enclaves":    {"coordinator", "scorer", "sim", "SIMULATED"},
			"#packages":    {"left-pad", "evil-pkg", "quiet-pkg", "2 of 3"},
		}},
		{"package", "/package/left-pad", map[string][]string{
			"#policy":   {"2 of 3 maintainers", "chain"},
			"#versions": {"1.1.0", "1.0.0", "verified"},
			"#pending":  {"1.2.0", "1 of 2 signatures", "host data"},
		}},
		{"version", "/package/left-pad/v/1.1.0", map[string][]string{
			"#verdict":      {"verified", "signed by 2 of 3 maintainers"},
			"#signers":      {"0x"},
			"#score":        {"41", "1.0.0"},
			"#findings":     {"network", "child-process", "index.js:3", "re-verified", "1 files added, 2 changed, 0 removed"},
			"#release-name": {"left-pad@1.1.0"},
		}},
		{"version-revoked", "/package/evil-pkg/v/2.0.0", map[string][]string{
			"#verdict": {"revoked", "maintainer key stolen"},
		}},
		{"not-enrolled", "/package/never-heard-of", map[string][]string{
			"#verdict": {"Not enrolled"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := chromedp.Do(ctx, chromedp.Navigate(h.URL+tc.path), chromedp.WaitReady(chromedp.CSS("footer"))); err != nil {
				t.Fatal(err)
			}
			// The stylesheet is served under the CSP: the header's dark background proves it applied.
			bg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("header")).backgroundColor`))
			if err != nil {
				t.Fatal(err)
			}
			if bg != "rgb(36, 41, 47)" {
				t.Errorf("the stylesheet did not apply (header background %q): CSP or /static broken", bg)
			}
			shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			for sel, wants := range tc.texts {
				text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
				if err != nil {
					t.Fatalf("%s: %v", sel, err)
				}
				for _, w := range wants {
					if !strings.Contains(text, w) {
						t.Errorf("%s has no %q:\n%s", sel, w, text)
					}
				}
			}
			if err := os.WriteFile(filepath.Join(shots, "dashboard-"+tc.name+".png"), shot, 0o644); err != nil {
				t.Fatal(err)
			}
		})
	}

	// Badges render as images in the page (img-src 'self').
	if err := chromedp.Do(ctx, chromedp.Navigate(h.URL+"/package/left-pad/v/1.0.0"), chromedp.WaitReady(chromedp.CSS("footer"))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`(() => { const i = document.querySelector("h1 img"); return i.complete && i.naturalWidth > 0 })()`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("badge image did not load: %v", err)
	}
}
