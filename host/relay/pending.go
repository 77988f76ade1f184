package relay

import (
	"context"
	"log/slog"
	"time"

	"github.com/vouchpm/vouch/host/store"
)

// ScorePending scores every pending or approved release that has no score
// yet. It keeps no state of its own, so after a crash the next pass resumes.
func (s *Scorer) ScorePending(ctx context.Context, log *slog.Logger) (scored int) {
	for _, state := range []string{store.StatePending, store.StateApproved} {
		rels, err := s.Store.ListReleases(ctx, store.ReleaseFilter{State: state, Limit: 200})
		if err != nil {
			log.Warn("list releases to score", "err", err.Error())
			return scored
		}
		for _, r := range rels {
			if _, err := s.Store.GetScore(ctx, r.ID); err == nil {
				continue
			}
			if _, err := s.ScoreRelease(ctx, r.ID); err != nil {
				log.Warn("score release", "release", r.ID, "package", r.Package, "version", r.Version, "err", err.Error())
				continue
			}
			scored++
		}
	}
	return scored
}

// Run calls ScorePending every interval until ctx ends.
func (s *Scorer) Run(ctx context.Context, every time.Duration, log *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if n := s.ScorePending(ctx, log); n > 0 {
			log.Info("scored releases", "count", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
