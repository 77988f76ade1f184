package relay

import (
	"context"
	"database/sql"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/enclave/wire"
)

// TestPublishWaitsForTheScore: publish() with a score digest reverts until
// recordScore() is mined, and the outbox fails a reverting record for good
// (a host killed between queueing the score and the publish lost the
// release's anchoring that way). Publish queues nothing while this host's
// score record is unconfirmed; a scoreless authorization, a score this
// outbox never held and a publish already queued go through.
func TestPublishWaitsForTheScore(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a simulated chain")
	}
	e := newRelayEnv(t, nil)
	a := e.relay.Anchor.(ChainAnchor)
	ctx := context.Background()
	sa := func(score [32]byte) wire.SignedAuthorization {
		return wire.SignedAuthorization{
			Release:       wire.Release{PackageName: "waits", Version: "1.0.0", Integrity: []byte{1}, ContentHash: [32]byte{2}},
			Authorization: wire.PublishAuthorization{ScoreDigest: score, Signers: []common.Address{{3}}},
			Signatures:    [][]byte{make([]byte, 65)},
			Signature:     make([]byte, 65),
		}
	}
	// The score of 0x01 is queued, not mined.
	if _, err := e.ob.Enqueue(ctx, "score:0x01", e.env.Domain.Registry, []byte{1}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		id      string
		score   [32]byte
		wantErr error
		queued  bool
	}{
		{"score queued, not mined", "0x01", [32]byte{9}, ErrScoreNotAnchored, false},
		{"score queued by another host", "0x03", [32]byte{9}, nil, true},
		{"no score digest", "0x02", [32]byte{}, nil, true},
		{"already queued", "0x02", [32]byte{9}, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := a.Publish(ctx, tc.id, sa(tc.score))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Publish: %v, want %v", err, tc.wantErr)
			}
			_, err = e.ob.Entry(ctx, "publish:"+tc.id)
			if tc.queued && err != nil {
				t.Fatalf("not queued: %v", err)
			}
			if !tc.queued && !errors.Is(err, sql.ErrNoRows) {
				t.Fatalf("queued before the score is on chain (%v)", err)
			}
		})
	}
}
