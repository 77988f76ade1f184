package web

import (
	"context"
	"database/sql"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/host/store"
)

// OutboxStats is what the anchoring queue reports: records waiting
// (pending or sent, not mined), the oldest of them, and records that failed.
type OutboxStats struct {
	Depth  int
	Oldest time.Time // zero: nothing waiting
	Failed int
}

// MetricsConfig says where the operator metrics come from; nil funcs leave
// their series out.
type MetricsConfig struct {
	Store store.Store
	Index *Index
	// Outbox reports the anchoring queue.
	Outbox func(ctx context.Context) (OutboxStats, error)
	// EnclaveUp checks each role's enclave (e.g. "coordinator") answers.
	EnclaveUp map[string]func(ctx context.Context) error
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Metrics collects, at each scrape, what an operator watches: pending
// releases, the anchoring queue, enclave health and evidence age, sealed
// token age, and how far the chain head lags behind the clock.
type Metrics struct {
	cfg MetricsConfig

	pending, outboxDepth, outboxOldest, anchorFailed *prometheus.Desc
	enclaveUp, evidenceAge, tokenAge, headLag, head  *prometheus.Desc
	scrapeErr                                        *prometheus.Desc
}

// NewMetrics returns the collector; register it with the API's registry.
func NewMetrics(cfg MetricsConfig) *Metrics {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	d := func(name, help string, labels ...string) *prometheus.Desc {
		return prometheus.NewDesc("vouch_host_"+name, help, labels, nil)
	}
	return &Metrics{cfg: cfg,
		pending:      d("releases_open", "Releases the host holds that are not yet on chain, by state (pending, approved, published).", "state"),
		outboxDepth:  d("outbox_depth", "Chain records waiting in the anchoring outbox (queued or sent, not mined)."),
		outboxOldest: d("outbox_oldest_age_seconds", "Age of the oldest waiting outbox record (0: none waiting)."),
		anchorFailed: d("anchor_failed", "Outbox records the chain refused (failed anchors)."),
		enclaveUp:    d("enclave_up", "1 when the enclave answers, 0 when it does not.", "role"),
		evidenceAge:  d("enclave_evidence_age_seconds", "Age of the evidence an active enclave key was registered on chain with.", "role", "key", "platform"),
		tokenAge:     d("token_sealed_age_days", "Days since the package's npm token was sealed (its expiry is inside the sealed blob, unreadable by the host; npm granular tokens last at most 90 days).", "package"),
		headLag:      d("chain_head_lag_seconds", "How far the chain head's timestamp lags behind the host's clock."),
		head:         d("chain_head_block", "The chain head block the host last read."),
		scrapeErr:    d("metrics_source_up", "1 when a metrics source answered at the last scrape, 0 when it did not.", "source"),
	}
}

// Describe implements prometheus.Collector.
func (m *Metrics) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{m.pending, m.outboxDepth, m.outboxOldest, m.anchorFailed, m.enclaveUp, m.evidenceAge, m.tokenAge, m.headLag, m.head, m.scrapeErr} {
		ch <- d
	}
}

// Collect implements prometheus.Collector; each source is bounded in time.
func (m *Metrics) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	now := m.cfg.Now()
	gauge := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	up := func(source string, err error) bool {
		gauge(m.scrapeErr, b2f(err == nil), source)
		return err == nil
	}
	if m.cfg.Store != nil {
		ok := true
		for _, st := range []string{store.StatePending, store.StateApproved, store.StatePublished} {
			rels, err := m.cfg.Store.ListReleases(ctx, store.ReleaseFilter{State: st, Limit: 1000})
			if err != nil {
				ok = false
				break
			}
			gauge(m.pending, float64(len(rels)), st)
		}
		up("store", map[bool]error{true: nil, false: context.DeadlineExceeded}[ok])
	}
	if m.cfg.Outbox != nil {
		s, err := m.cfg.Outbox(ctx)
		if up("outbox", err) {
			gauge(m.outboxDepth, float64(s.Depth))
			age := 0.0
			if !s.Oldest.IsZero() {
				age = now.Sub(s.Oldest).Seconds()
			}
			gauge(m.outboxOldest, age)
			gauge(m.anchorFailed, float64(s.Failed))
		}
	}
	for role, check := range m.cfg.EnclaveUp {
		gauge(m.enclaveUp, b2f(check(ctx) == nil), role)
	}
	if m.cfg.Index != nil {
		snap, err := m.cfg.Index.Sync(ctx)
		if up("chain", err) {
			gauge(m.head, float64(snap.Head))
			gauge(m.headLag, now.Sub(snap.HeadTime).Seconds())
		}
		for _, e := range snap.Enclaves {
			if e.Retired == nil && !e.IssuedAt.IsZero() {
				gauge(m.evidenceAge, now.Sub(e.IssuedAt).Seconds(), e.Role, e.Key.Hex(), e.Platform)
			}
		}
		if m.cfg.Store != nil {
			for name := range snap.Packages {
				if b, err := m.cfg.Store.GetSealed(ctx, "token/"+name); err == nil {
					gauge(m.tokenAge, now.Sub(b.UpdatedAt).Hours()/24, name)
				}
			}
		}
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// OutboxDBStats reads the anchoring queue's depth, oldest waiting record and
// failures from the outbox's database, SQLite or PostgreSQL (read only: the
// outbox worker owns it). States are the outbox's own: pending, signed,
// failed.
func OutboxDBStats(ctx context.Context, db *sql.DB) (OutboxStats, error) {
	var s OutboxStats
	var oldest sql.NullInt64
	pg := chain.IsPostgres(db)
	err := db.QueryRowContext(ctx, store.Rebind(pg, `SELECT COUNT(*), MIN(updated_at) FROM chain_outbox WHERE state IN (?, ?)`), chain.OutboxPending, chain.OutboxSigned).Scan(&s.Depth, &oldest)
	if err != nil {
		return s, err
	}
	if oldest.Valid {
		s.Oldest = time.Unix(oldest.Int64, 0)
	}
	err = db.QueryRowContext(ctx, store.Rebind(pg, `SELECT COUNT(*) FROM chain_outbox WHERE state = ?`), chain.OutboxFailed).Scan(&s.Failed)
	return s, err
}
