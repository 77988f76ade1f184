package web

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api/apijson"
	"github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/scorer/report"
)

//go:embed templates/*.html static/style.css static/sign.js
var assets embed.FS

// CSP is the dashboard's Content-Security-Policy: no script at all, styles
// and images from the host only.
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// SignCSP is the wallet signing page's: its one script from the host, and
// requests to the host only.
const SignCSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// ReleaseReporter reports the coordinator enclave's state of a release (the
// veto window's end); the host's relay implements it.
type ReleaseReporter interface {
	EnclaveRelease(ctx context.Context, id string) (apijson.EnclaveRelease, bool)
}

// Config configures the dashboard. Index and Store are required.
type Config struct {
	Index  *Index
	Store  store.Store
	Domain wire.Domain
	// Releases reports the coordinator's view of pending releases (optional).
	Releases ReleaseReporter
	// Now is the clock (default time.Now).
	Now func() time.Time
	// MinSync is the least time between two chain reads (default 1 s).
	MinSync time.Duration
	// Anchoring lists the outbox records the chain refused for good or that
	// wait to retry after transient failures (optional; chain.OutboxProblems).
	Anchoring func(ctx context.Context) ([]chain.OutboxEntry, error)
}

// Server renders the dashboard and answers verdicts and badges.
type Server struct {
	cfg    Config
	tmpl   map[string]*template.Template
	css    []byte
	signJS []byte

	mu       sync.Mutex
	lastSync time.Time
	lastErr  error
}

// New builds the dashboard.
func New(cfg Config) (*Server, error) {
	if cfg.Index == nil || cfg.Store == nil {
		return nil, errors.New("web: Config.Index and Config.Store are required")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.MinSync <= 0 {
		cfg.MinSync = time.Second
	}
	s := &Server{cfg: cfg, tmpl: map[string]*template.Template{}}
	funcs := template.FuncMap{
		"short":   shortHex,
		"ago":     func(t time.Time) string { return ago(cfg.Now(), t) },
		"when":    func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") },
		"pkgURL":  pkgURL,
		"verURL":  verURL,
		"badge":   badgeURL,
		"pct":     func(n, d int) int { return n * 100 / max(d, 1) },
		"ismatch": func(a, b string) bool { return strings.EqualFold(a, b) },
	}
	for _, page := range []string{"dashboard", "package", "version", "notfound", "sign"} {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/"+page+".html")
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", page, err)
		}
		s.tmpl[page] = t
	}
	css, err := assets.ReadFile("static/style.css")
	if err != nil {
		return nil, err
	}
	s.css = css
	if s.signJS, err = assets.ReadFile("static/sign.js"); err != nil {
		return nil, err
	}
	return s, nil
}

// fresh syncs the index at most once per MinSync and returns its snapshot.
func (s *Server) fresh(ctx context.Context) (Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if now := s.cfg.Now(); now.Sub(s.lastSync) >= s.cfg.MinSync || s.lastErr != nil {
		_, s.lastErr = s.cfg.Index.Sync(ctx)
		s.lastSync = now
	}
	return s.cfg.Index.Snapshot(), s.lastErr
}

// Handler serves GET / (dashboard), /package/NAME[/v/VERSION] and /static/style.css.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.dashboard)
	mux.HandleFunc("GET /package/{rest...}", s.packageOrVersion)
	mux.HandleFunc("GET /sign/{id}", s.signPage)
	mux.HandleFunc("GET /static/sign.js", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "max-age=300")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		_, _ = w.Write(s.signJS)
	})
	mux.HandleFunc("GET /static/style.css", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		w.Header().Set("Cache-Control", "max-age=300")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		_, _ = w.Write(s.css)
	})
	return mux
}

func (s *Server) render(w http.ResponseWriter, status int, page string, data any) {
	s.renderCSP(w, status, page, data, CSP)
}

func (s *Server) renderCSP(w http.ResponseWriter, status int, page string, data any, csp string) {
	var buf bytes.Buffer
	if err := s.tmpl[page].Execute(&buf, data); err != nil {
		http.Error(w, "the page failed to render", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// page is what every template gets.
type page struct {
	Title    string
	Chain    chainInfo
	ChainErr string
	Body     any
}

type chainInfo struct {
	ChainID  uint64
	Registry string
	Head     uint64
	HeadTime time.Time
	HeadAge  string
}

func (s *Server) pageFor(ctx context.Context, title string) (page, Snapshot) {
	snap, err := s.fresh(ctx)
	p := page{Title: title, Chain: chainInfo{ChainID: s.cfg.Domain.ChainID, Registry: s.cfg.Index.Registry().Hex(), Head: snap.Head, HeadTime: snap.HeadTime}}
	if !snap.HeadTime.IsZero() {
		p.Chain.HeadAge = ago(s.cfg.Now(), snap.HeadTime)
	}
	if err != nil {
		p.ChainErr = "The chain could not be read just now; what is shown is as of block " + fmt.Sprint(snap.Head) + "."
	}
	return p, snap
}

// ---- dashboard

type releaseRow struct {
	Package, Version string
	Signers          []common.Address
	Threshold        int
	Maintainers      int
	Score            *ScoreRecord
	Findings         []string // host data, shown only when they match the chain's findings hash
	FindingsOK       bool     // the host's report matched the chain
	FindingsNote     string
	Published        Tx
	Revoked          *Tx
	RevokeReason     string
}

type pendingRow struct {
	ID, Package, Version, State string
	Signatures                  int
	Threshold                   int
	VetoLeft                    string
	Created                     time.Time
}

type packageRow struct {
	Name        string
	Threshold   int
	Maintainers int
	Versions    int
	Latest      string
	Enrolled    Tx
	Token       string // host data
}

type dashboardBody struct {
	Anchoring     []anchorRow
	AnchoringNote string
	Releases      []releaseRow
	Pending       []pendingRow
	PendingNote   string
	Revocations   []releaseRow
	Enclaves      []enclaveRow
	Packages      []packageRow
}

// anchorRow is an outbox record the chain refused or that waits to retry.
type anchorRow struct {
	Record   string
	Failed   bool // refused by the contract: never retried
	Attempts int
	Error    string
	Next     string // when a waiting record is tried again
}

// anchoring lists the outbox's problems, refusals first.
func (s *Server) anchoring(ctx context.Context) ([]anchorRow, string) {
	if s.cfg.Anchoring == nil {
		return nil, ""
	}
	probs, err := s.cfg.Anchoring(ctx)
	if err != nil {
		return nil, "The anchoring outbox could not be read: " + err.Error()
	}
	var failed, waiting []anchorRow
	for _, e := range probs {
		row := anchorRow{Record: e.Key, Failed: e.State == chain.OutboxFailed, Attempts: e.Attempts, Error: e.LastError}
		if !e.NextAttempt.IsZero() {
			row.Next = e.NextAttempt.UTC().Format(time.RFC3339)
		}
		if row.Failed {
			failed = append(failed, row)
		} else {
			waiting = append(waiting, row)
		}
	}
	return append(failed, waiting...), ""
}

type enclaveRow struct {
	*EnclaveRecord
	EvidenceAge string
}

func (s *Server) dashboard(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	p, snap := s.pageFor(ctx, "vouch dashboard")
	var b dashboardBody
	for i := len(snap.Releases) - 1; i >= 0 && len(b.Releases) < 20; i-- {
		rec := snap.Releases[i]
		if rec.Published.Block == 0 {
			continue
		}
		b.Releases = append(b.Releases, s.releaseRow(ctx, snap, rec))
	}
	for i := len(snap.Releases) - 1; i >= 0; i-- {
		if rec := snap.Releases[i]; rec.Revoked != nil {
			b.Revocations = append(b.Revocations, s.releaseRow(ctx, snap, rec))
		}
	}
	b.Pending, b.PendingNote = s.pending(ctx, snap, "")
	b.Anchoring, b.AnchoringNote = s.anchoring(ctx)
	for _, e := range snap.Enclaves {
		row := enclaveRow{EnclaveRecord: e}
		if !e.IssuedAt.IsZero() {
			row.EvidenceAge = ago(s.cfg.Now(), e.IssuedAt)
		}
		b.Enclaves = append(b.Enclaves, row)
	}
	names := make([]string, 0, len(snap.Packages))
	for n := range snap.Packages {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		pk := snap.Packages[n]
		row := packageRow{Name: n, Threshold: int(pk.Threshold), Maintainers: len(pk.Maintainers), Enrolled: pk.Enrolled, Token: s.tokenNote(ctx, n)}
		for _, rel := range snap.PackageReleases(n) {
			if rel.Published.Block != 0 {
				if row.Versions == 0 {
					row.Latest = rel.Version
				}
				row.Versions++
			}
		}
		b.Packages = append(b.Packages, row)
	}
	p.Body = b
	s.render(w, http.StatusOK, "dashboard", p)
}

// releaseRow joins a chain record with the host's findings report, which is
// shown only when its hash equals the findings hash the chain recorded.
func (s *Server) releaseRow(ctx context.Context, snap Snapshot, rec *ReleaseRecord) releaseRow {
	row := releaseRow{Package: rec.Package, Version: rec.Version, Signers: rec.Signers, Score: rec.Score, Published: rec.Published, Revoked: rec.Revoked, RevokeReason: rec.RevokeReason}
	if pk := snap.Packages[rec.Package]; pk != nil {
		row.Threshold, row.Maintainers = int(pk.Threshold), len(pk.Maintainers)
	}
	rep, note := s.checkedReport(ctx, rec)
	row.FindingsNote = note
	if rep != nil {
		row.FindingsOK = true
		for _, f := range rep.Findings {
			row.Findings = append(row.Findings, f.Rule)
		}
		row.Findings = dedupe(row.Findings)
	}
	return row
}

// checkedReport returns the host's findings report of rec when it matches
// the chain's findings hash; otherwise nil and why.
func (s *Server) checkedReport(ctx context.Context, rec *ReleaseRecord) (*report.Report, string) {
	if rec.Score == nil {
		return nil, "no score on chain"
	}
	sc, err := s.cfg.Store.GetScore(ctx, wire.HexDigest(rec.Digest))
	if err != nil || len(sc.Report) == 0 {
		return nil, "this host has no findings report for this score"
	}
	var rep report.Report
	if err := json.Unmarshal(sc.Report, &rep); err != nil {
		return nil, "the host's findings report does not parse"
	}
	fh, err := rep.FindingsHash()
	if err != nil || common.Hash(fh) != rec.Score.FindingsHash {
		return nil, "the host's findings report does NOT match the findings hash on chain: not shown"
	}
	return &rep, "host data, re-verified: its hash equals the findings hash on chain"
}

// pending lists the host's open releases (host data), with thresholds from
// the chain's policy and the veto window from the coordinator's report.
func (s *Server) pending(ctx context.Context, snap Snapshot, pkg string) ([]pendingRow, string) {
	var rows []pendingRow
	for _, state := range []string{store.StatePending, store.StateApproved, store.StatePublished} {
		rels, err := s.cfg.Store.ListReleases(ctx, store.ReleaseFilter{Package: pkg, State: state, Limit: 50})
		if err != nil {
			return nil, "the host's store does not answer"
		}
		for _, rel := range rels {
			row := pendingRow{ID: rel.ID, Package: rel.Package, Version: rel.Version, State: rel.State, Created: rel.CreatedAt}
			if pk := snap.Packages[rel.Package]; pk != nil {
				row.Threshold = int(pk.Threshold)
			}
			if sigs, err := s.cfg.Store.ListSignatures(ctx, rel.ID); err == nil {
				row.Signatures = len(sigs)
			}
			if s.cfg.Releases != nil {
				if er, ok := s.cfg.Releases.EnclaveRelease(ctx, rel.ID); ok && er.PublishAfter != nil {
					if left := er.PublishAfter.Sub(s.cfg.Now()); left > 0 {
						row.VetoLeft = left.Round(time.Second).String() + " left"
					} else {
						row.VetoLeft = "window closed"
					}
				}
			}
			rows = append(rows, row)
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Created.After(rows[j].Created) })
	return rows, ""
}

// tokenNote says what the host holds of a package's npm token (host data:
// the token itself is sealed to the coordinator and unreadable here).
func (s *Server) tokenNote(ctx context.Context, pkg string) string {
	b, err := s.cfg.Store.GetSealed(ctx, "token/"+pkg)
	if err != nil {
		return "no sealed token"
	}
	return fmt.Sprintf("sealed v%d, handed over %s; expiry is inside the sealed blob (not readable by the host)", b.Version, ago(s.cfg.Now(), b.UpdatedAt))
}

// ---- package and version pages

type packageBody struct {
	Name     string
	Policy   *PackageRecord
	Releases []releaseRow
	Pending  []pendingRow
	Token    string
}

type versionBody struct {
	Verdict      apijson.Verdict
	Policy       *PackageRecord
	Release      *ReleaseRecord
	Integrity    string
	Report       *report.Report
	ReportNote   string
	BaseVersion  string
	Pending      []pendingRow
	FirstRelease bool
	// Revocation is a revocation being signed on the host (host data),
	// shown as "revocation proposed (k of M)" until the chain revokes.
	Revocation *apijson.RevocationStatus
}

func (s *Server) packageOrVersion(w http.ResponseWriter, r *http.Request) {
	rest := r.PathValue("rest")
	name, version := rest, ""
	if i := strings.LastIndex(rest, "/v/"); i > 0 {
		name, version = rest[:i], rest[i+3:]
	}
	if wire.ValidatePackageName(name) != nil || (version != "" && wire.ValidateVersion(version) != nil) {
		s.notFound(w, r, "No package is named so.")
		return
	}
	if version == "" {
		s.packagePage(w, r, name)
		return
	}
	s.versionPage(w, r, name, version)
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request, msg string) {
	p, _ := s.pageFor(r.Context(), "not found")
	p.Body = msg
	s.render(w, http.StatusNotFound, "notfound", p)
}

func (s *Server) packagePage(w http.ResponseWriter, r *http.Request, name string) {
	ctx := r.Context()
	p, snap := s.pageFor(ctx, name+" · vouch")
	b := packageBody{Name: name, Policy: snap.Packages[name], Token: s.tokenNote(ctx, name)}
	for _, rec := range snap.PackageReleases(name) {
		if rec.Published.Block != 0 {
			b.Releases = append(b.Releases, s.releaseRow(ctx, snap, rec))
		}
	}
	b.Pending, _ = s.pending(ctx, snap, name)
	if b.Policy == nil && len(b.Pending) == 0 {
		w.Header().Set("X-Vouch-State", apijson.VerdictNotEnrolled)
	}
	p.Body = b
	s.render(w, http.StatusOK, "package", p)
}

func (s *Server) versionPage(w http.ResponseWriter, r *http.Request, name, version string) {
	ctx := r.Context()
	p, snap := s.pageFor(ctx, name+"@"+version+" · vouch")
	v, err := s.Verdict(ctx, name, version, "")
	if err != nil && v.Package == "" {
		v = apijson.Verdict{Package: name, Version: version, State: "unknown", Detail: "the chain could not be read"}
	}
	b := versionBody{Verdict: v, Policy: snap.Packages[name], Release: snap.Release(name, version)}
	if b.Release != nil {
		b.Integrity = sri(b.Release.Integrity)
		b.Report, b.ReportNote = s.checkedReport(ctx, b.Release)
		if b.Release.Score != nil {
			if b.Release.Score.BaseContentHash == (common.Hash{}) {
				b.FirstRelease = true
			}
			for _, o := range snap.PackageReleases(name) {
				if o.ContentHash == b.Release.Score.BaseContentHash && o.Published.Block != 0 {
					b.BaseVersion = o.Version
				}
			}
		}
	}
	pend, _ := s.pending(ctx, snap, name)
	for _, pr := range pend {
		if pr.Version == version {
			b.Pending = append(b.Pending, pr)
		}
	}
	if b.Release != nil && b.Release.Revoked == nil && b.Policy != nil && v.State != apijson.VerdictRevoked {
		b.Revocation = s.proposedRevocation(ctx, b.Policy, name, version, b.Release.ContentHash)
	}
	p.Body = b
	s.render(w, http.StatusOK, "version", p)
}

// proposedRevocation counts the revocations of name@version (contentHash)
// stored on the host that current maintainers (on chain) signed: the
// Revoke (reason) most of them signed, nil when none. It is a proposal:
// only the chain's Revoked event makes the release revoked.
func (s *Server) proposedRevocation(ctx context.Context, pol *PackageRecord, name, version string, contentHash common.Hash) *apijson.RevocationStatus {
	list, err := s.cfg.Store.ListRevocations(ctx, name, 1000)
	if err != nil {
		return nil
	}
	groups := map[string]*apijson.RevocationStatus{}
	var best *apijson.RevocationStatus
	for _, rv := range list {
		signer := common.HexToAddress(rv.Signer)
		if rv.Version != version || common.HexToHash(rv.ContentHash) != contentHash || !slices.Contains(pol.Maintainers, signer) {
			continue
		}
		g := groups[rv.Reason]
		if g == nil {
			g = &apijson.RevocationStatus{Reason: rv.Reason, Signers: []string{}, Threshold: int(pol.Threshold)}
			groups[rv.Reason] = g
		}
		if !slices.Contains(g.Signers, signer.Hex()) {
			g.Signers = append(g.Signers, signer.Hex())
			g.Signatures++
		}
		if best == nil || g.Signatures > best.Signatures {
			best = g
		}
	}
	return best
}

// ---- helpers

func shortHex(v any) string {
	var s string
	switch x := v.(type) {
	case common.Address:
		s = x.Hex()
	case common.Hash:
		s = x.Hex()
	case string:
		s = x
	default:
		s = fmt.Sprint(v)
	}
	if len(s) > 14 {
		return s[:8] + "…" + s[len(s)-4:]
	}
	return s
}

func pkgURL(name string) string { return "/package/" + (&url.URL{Path: name}).EscapedPath() }

func verURL(name, version string) string {
	return pkgURL(name) + "/v/" + url.PathEscape(version)
}

func badgeURL(name, version string) string {
	file := name
	if version != "" {
		file += "@" + version
	}
	return "/v1/badge/" + url.PathEscape(file) + ".svg"
}

func ago(now, t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	d := now.Sub(t)
	switch {
	case d < 0: // clocks apart (a dev chain's blocks run ahead)
		return "just now"
	case d < time.Minute:
		return fmt.Sprintf("%ds ago", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh ago", int(d.Hours()))
	}
	return fmt.Sprintf("%dd ago", int(d.Hours()/24))
}

func dedupe(in []string) []string {
	var out []string
	for _, s := range in {
		if len(out) == 0 || !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// signBody is the wallet signing page's.
type signBody struct {
	ID, Registry, DomainName, DomainVersion string
	ChainID                                 uint64
	Status                                  *apijson.ReleaseStatus
}

// signPage serves /sign/{id}: a page whose script asks a browser wallet
// (EIP-1193) to sign the pending release with eth_signTypedData_v4.
func (s *Server) signPage(w http.ResponseWriter, r *http.Request) {
	id := strings.ToLower(r.PathValue("id"))
	if h, ok := strings.CutPrefix(id, "0x"); !ok || len(h) != 64 || strings.Trim(h, "0123456789abcdef") != "" {
		s.notFound(w, r, "A release ID is 0x and 64 hex digits.")
		return
	}
	p, _ := s.pageFor(r.Context(), "sign "+shortHex(id)+" · vouch")
	b := signBody{ID: id, Registry: s.cfg.Domain.Registry.Hex(), ChainID: s.cfg.Domain.ChainID, DomainName: wire.DomainName, DomainVersion: wire.DomainVersion}
	if rel, err := s.cfg.Store.GetRelease(r.Context(), id); err == nil {
		b.Status = &apijson.ReleaseStatus{ID: rel.ID, PackageName: rel.Package, Version: rel.Version, State: rel.State}
		if sigs, err := s.cfg.Store.ListSignatures(r.Context(), id); err == nil {
			for _, sg := range sigs {
				b.Status.Signers = append(b.Status.Signers, sg.Signer)
			}
		}
		if pkg, err := s.cfg.Store.GetPackage(r.Context(), rel.Package); err == nil {
			var pr apijson.PolicyRequest
			if json.Unmarshal(pkg.Policy, &pr) == nil {
				b.Status.Threshold = int(pr.Policy.Threshold)
			}
		}
	}
	p.Body = b
	s.renderCSP(w, http.StatusOK, "sign", p, SignCSP)
}
