package web_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	_ "modernc.org/sqlite"

	"github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/host/web"
	"github.com/vouchpm/vouch/host/web/webtest"
)

// TestOperatorMetrics scrapes what an operator watches from real sources:
// the store's open releases, a real outbox database with two waiting
// records (the oldest an hour old), the chain head and the registered
// enclaves' evidence, a sealed token's age, and enclave liveness.
func TestOperatorMetrics(t *testing.T) {
	h := webtest.Start(t)
	ctx := context.Background()
	now := time.Unix(1764000000, 0).Add(48 * time.Hour) // the fixture's evidence was issued at 1764000000

	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "outbox.db")+"?_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := chain.MigrateOutbox(ctx, db); err != nil {
		t.Fatal(err)
	}
	for i, at := range []time.Time{now.Add(-time.Hour), now.Add(-time.Minute)} {
		ob := chain.NewOutbox(db, h.Env.Client, h.Env.Governance, chain.OutboxOptions{Now: func() time.Time { return at }})
		if _, err := ob.Enqueue(ctx, "rec-"+string(rune('a'+i)), common.Address{1}, []byte{1}); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.Store.PutSealed(ctx, store.SealedBlob{Name: "token/left-pad", Version: 1, Data: []byte("sealed")}); err != nil {
		t.Fatal(err)
	}

	m := web.NewMetrics(web.MetricsConfig{
		Store: h.Store, Index: web.NewIndex(h.Env.Sim.Client(), h.Env.Domain.Registry), Now: func() time.Time { return now },
		Outbox: func(ctx context.Context) (web.OutboxStats, error) { return web.OutboxDBStats(ctx, db) },
		EnclaveUp: map[string]func(context.Context) error{
			"coordinator": func(context.Context) error { return nil },
			"scorer":      func(context.Context) error { return errors.New("connection refused") },
		},
	})
	reg := prometheus.NewRegistry()
	reg.MustRegister(m)
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]*dto.Metric{}
	for _, f := range fams {
		got[f.GetName()] = f.GetMetric()
	}
	value := func(name string, labels map[string]string) (float64, bool) {
		for _, m := range got[name] {
			match := true
			for _, lp := range m.GetLabel() {
				if v, ok := labels[lp.GetName()]; ok && v != lp.GetValue() {
					match = false
				}
			}
			if match {
				return m.GetGauge().GetValue(), true
			}
		}
		return 0, false
	}
	for _, tc := range []struct {
		name   string
		labels map[string]string
		want   func(float64) bool
		what   string
	}{
		{"vouch_host_releases_open", map[string]string{"state": "pending"}, func(v float64) bool { return v == 1 }, "1 pending release"},
		{"vouch_host_outbox_depth", nil, func(v float64) bool { return v == 2 }, "2 waiting records"},
		{"vouch_host_outbox_oldest_age_seconds", nil, func(v float64) bool { return v == 3600 }, "the oldest waits 1 h"},
		{"vouch_host_anchor_failed", nil, func(v float64) bool { return v == 0 }, "no failed anchor"},
		{"vouch_host_enclave_up", map[string]string{"role": "coordinator"}, func(v float64) bool { return v == 1 }, "coordinator up"},
		{"vouch_host_enclave_up", map[string]string{"role": "scorer"}, func(v float64) bool { return v == 0 }, "scorer down"},
		{"vouch_host_enclave_evidence_age_seconds", map[string]string{"platform": "sim"}, func(v float64) bool { return v == 48*3600 }, "simulated evidence 48 h old"},
		{"vouch_host_token_sealed_age_days", map[string]string{"package": "left-pad"}, func(v float64) bool { return v != 0 }, "a sealed token's age"},
		{"vouch_host_chain_head_block", nil, func(v float64) bool { return v > 10 }, "the head block"},
		{"vouch_host_chain_head_lag_seconds", nil, func(float64) bool { return true }, "the head lag"},
		{"vouch_host_metrics_source_up", map[string]string{"source": "chain"}, func(v float64) bool { return v == 1 }, "the chain answered"},
	} {
		v, ok := value(tc.name, tc.labels)
		if !ok || !tc.want(v) {
			t.Errorf("%s%v = %v (present %v), want %s", tc.name, tc.labels, v, ok, tc.what)
		}
	}
}

// TestGrafanaDashboardQueriesExistingSeries: every series the sample
// Grafana dashboard (host/grafana-dashboard.json) queries is one the host
// exports.
func TestGrafanaDashboardQueriesExistingSeries(t *testing.T) {
	raw, err := os.ReadFile("../grafana-dashboard.json")
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Panels []struct {
			Title   string `json:"title"`
			Targets []struct {
				Expr string `json:"expr"`
			} `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(raw, &d); err != nil || len(d.Panels) == 0 {
		t.Fatalf("grafana-dashboard.json: %v", err)
	}
	m := web.NewMetrics(web.MetricsConfig{})
	ch := make(chan *prometheus.Desc, 32)
	m.Describe(ch)
	close(ch)
	known := map[string]bool{"vouch_host_http_requests_total": true}
	for desc := range ch {
		s := desc.String()
		i := strings.Index(s, `fqName: "`) + len(`fqName: "`)
		known[s[i:i+strings.Index(s[i:], `"`)]] = true
	}
	series := regexp.MustCompile(`vouch_host_[a-z_]+`)
	for _, p := range d.Panels {
		for _, tg := range p.Targets {
			for _, name := range series.FindAllString(tg.Expr, -1) {
				if !known[name] {
					t.Errorf("panel %q queries %s, which the host does not export", p.Title, name)
				}
			}
		}
	}
}
