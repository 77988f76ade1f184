package relay

import (
	"context"
	"database/sql"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/enclave/wire"
)

// TestPublishCarriesTheScore: publish() records the score in the same
// transaction (no separate recordScore() anyone could replace), so an
// authorization whose score and score digest disagree, or whose signers and
// signatures do not line up, is never queued; a consistent one is, once.
func TestPublishCarriesTheScore(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a simulated chain")
	}
	e := newRelayEnv(t, nil)
	a := e.relay.Anchor.(ChainAnchor)
	ctx := context.Background()
	sa := func(score *wire.Score, digest [32]byte, sigs int) wire.SignedAuthorization {
		return wire.SignedAuthorization{
			Release:       wire.Release{PackageName: "carries", Version: "1.0.0", Integrity: []byte{1}, ContentHash: [32]byte{2}},
			Authorization: wire.PublishAuthorization{ScoreDigest: digest, Signers: []common.Address{{3}}},
			Signatures:    make([][]byte, sigs),
			Signature:     make([]byte, 65),
			Score:         score, ScoreSig: make([]byte, 65),
		}
	}
	sc := &wire.Score{PackageName: "carries", Version: "1.0.0", ContentHash: [32]byte{2}}
	for _, tc := range []struct {
		name    string
		id      string
		sa      wire.SignedAuthorization
		wantErr bool
		queued  bool
	}{
		{"digest without a score", "0x01", sa(nil, [32]byte{9}, 1), true, false},
		{"score without a digest", "0x02", sa(sc, [32]byte{}, 1), true, false},
		{"signers and signatures disagree", "0x03", sa(sc, [32]byte{9}, 2), true, false},
		{"scored", "0x04", sa(sc, [32]byte{9}, 1), false, true},
		{"unscored", "0x05", sa(nil, [32]byte{}, 1), false, true},
		{"already queued", "0x04", sa(sc, [32]byte{9}, 1), false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := a.Publish(ctx, tc.id, tc.sa)
			if (err != nil) != tc.wantErr {
				t.Fatalf("Publish: %v, want error %v", err, tc.wantErr)
			}
			_, err = e.ob.Entry(ctx, "publish:"+tc.id)
			if tc.queued && err != nil {
				t.Fatalf("not queued: %v", err)
			}
			if !tc.queued && !errors.Is(err, sql.ErrNoRows) {
				t.Fatalf("queued an inconsistent authorization (%v)", err)
			}
		})
	}
}
