package api

import (
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vouchpm/vouch/host/api/apijson"
	"github.com/vouchpm/vouch/host/store"
)

// StateMismatch marks a release whose bytes on the registry differ from what
// was signed (set by the registry watcher); badges show it in red.
const StateMismatch = "mismatch"

// badgeState is what a package's badge shows.
func (s *Server) badgeState(r *http.Request, pkg string) (state string, score int, err error) {
	rels, err := s.cfg.Store.ListReleases(r.Context(), store.ReleaseFilter{Package: pkg, Limit: 100})
	if err != nil {
		return "", -1, err
	}
	for _, rel := range rels { // newest first
		switch rel.State {
		case store.StateVerified, store.StateRevoked, StateMismatch:
			score = -1
			if sc, err := s.cfg.Store.GetScore(r.Context(), rel.ID); err == nil {
				score = sc.Score
			}
			label := map[string]string{store.StateVerified: "verified", store.StateRevoked: "revoked", StateMismatch: "mismatch"}[rel.State]
			if rel.State == store.StateVerified {
				if rs := s.proposedRevocation(r, pkg, rel.Version, rel.ContentHash); rs != nil {
					label = rs.Label()
				}
			}
			return label, score, nil
		}
	}
	return "unsigned", -1, nil
}

// splitBadgeFile reads "{package}.svg" or "{package}@{version}.svg" (a
// scope's own "@" comes first and is never the separator).
func splitBadgeFile(file string) (pkg, version string, ok bool) {
	name, ok := strings.CutSuffix(file, ".svg")
	if !ok {
		return "", "", false
	}
	pkg = name
	if i := strings.LastIndex(name, "@"); i > 0 {
		pkg, version = name[:i], name[i+1:]
		if !validVersion(version) {
			return "", "", false
		}
	}
	if !validPackage(pkg) {
		return "", "", false
	}
	return pkg, version, true
}

func (s *Server) badge(w http.ResponseWriter, r *http.Request) *Error {
	pkg, version, ok := splitBadgeFile(r.PathValue("file"))
	if !ok {
		return apiErr(http.StatusNotFound, CodeNotFound, "Badges live at /v1/badge/{package}.svg and /v1/badge/{package}@{version}.svg (escape a scope's slash as %%2F).")
	}
	var (
		state string
		score = -1
		err   error
	)
	switch {
	case s.cfg.Chain != nil:
		// The version's verdict, or the newest release's for the package
		// badge; a revocation being signed on this host shows on both.
		var v apijson.Verdict
		if version != "" {
			v, err = s.cfg.Chain.Verdict(r.Context(), pkg, version, "")
		} else {
			v, err = s.cfg.Chain.PackageBadge(r.Context(), pkg)
		}
		if err == nil {
			state = v.State
			if state == apijson.VerdictVerified && v.ContentHash != "" {
				if rs := s.proposedRevocation(r, pkg, v.Version, v.ContentHash); rs != nil {
					state = rs.Label()
				}
			}
			if v.Score != nil {
				score = *v.Score
			}
		}
	case version != "":
		return apiErr(http.StatusServiceUnavailable, CodeNotReady, "This host reads no chain: per-version badges come from the chain.")
	default:
		state, score, err = s.badgeState(r, pkg)
	}
	if err != nil {
		s.log.Warn("badge", "err", err.Error())
		return apiErr(http.StatusServiceUnavailable, CodeNotReady, "The chain does not answer.")
	}
	msg := strings.ReplaceAll(state, "-", " ")
	if score >= 0 {
		msg += " · " + strconv.Itoa(score)
	}
	label := "vouch"
	if version != "" {
		label = "vouch " + version
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Cache-Control", "max-age=60")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	color, ok := badgeColor[state]
	if !ok && strings.HasPrefix(state, "revocation proposed") {
		color = badgeColor["unsigned"]
	}
	_, _ = w.Write([]byte(badgeSVG(label, msg, color)))
	return nil
}

// proposedRevocation is the revocation of pkg@version being signed on this
// host, if any: the badge says "revocation proposed (k of M)", never
// "revoked", until the chain records revoke().
func (s *Server) proposedRevocation(r *http.Request, pkg, version, contentHash string) *RevocationStatus {
	pol, _, err := s.policyOf(r.Context(), pkg)
	if err != nil {
		return nil
	}
	rs, e := s.revocationOf(r, pkg, version, contentHash, pol)
	if e != nil {
		return nil
	}
	return rs
}

var badgeColor = map[string]string{"verified": "#2ea44f", "unsigned": "#dbab09", "not-enrolled": "#9f9f9f", "mismatch": "#d73a49", "revoked": "#d73a49"}

// badgeSVG draws a flat two-part badge; text is XML-escaped.
func badgeSVG(label, msg, color string) string {
	lw := 10 + 7*utf8.RuneCountInString(label)
	mw := 10 + 7*utf8.RuneCountInString(msg)
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="20" role="img" aria-label="%s: %s">`+
		`<title>%s: %s</title><rect width="%d" height="20" fill="#555"/><rect x="%d" width="%d" height="20" fill="%s"/>`+
		`<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">`+
		`<text x="%d" y="14">%s</text><text x="%d" y="14">%s</text></g></svg>`,
		lw+mw, html.EscapeString(label), html.EscapeString(msg), html.EscapeString(label), html.EscapeString(msg),
		lw, lw, mw, color, lw/2, html.EscapeString(label), lw+mw/2, html.EscapeString(msg))
}
