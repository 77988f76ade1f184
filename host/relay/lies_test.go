package relay

import (
	"context"
	"errors"
	"testing"

	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/host/chain/chaintest"
)

// TestHostLiesToTheContract plays a host that relays doctored records to the
// registry with its own chain key: it swaps a signature, claims a threshold
// with too few signatures, and inflates a score. The contract refuses each;
// the honest relay of the same release then goes through.
func TestHostLiesToTheContract(t *testing.T) {
	ctx := context.Background()
	env, err := chaintest.NewSimulated(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	a, b, c, outsider := env.Keys[0], env.Keys[1], env.Keys[2], env.Keys[3]
	if _, err := env.Enroll(ctx, "lies", 2, a, b, c); err != nil {
		t.Fatal(err)
	}
	r := chaintest.Release("lies", "1.0.0", 0, "tarball bytes")
	s := chaintest.ScoreOf(r, 80)
	sd, ssig, err := env.SignScore(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	sigs := chaintest.Must(chaintest.Sign(env.Domain, r, a, b))
	auth := chaintest.Must(env.Authorize(r, sd, sigs, 0, nil))

	t.Run("inflated score", func(t *testing.T) {
		fake := s
		fake.Score = 99
		if _, err := env.Writer.Publish(ctx, r, sigs, &fake, ssig, 0, auth); !refused(t, err) {
			t.Fatalf("inflated score: %v, want a revert", err)
		}
	})
	t.Run("swapped signature", func(t *testing.T) {
		swapped := append([]chain.Signature(nil), sigs...)
		other := chaintest.Must(chaintest.Sign(env.Domain, r, outsider))[0]
		swapped[1].Sig = other.Sig // still claims b
		if _, err := env.Writer.Publish(ctx, r, swapped, &s, ssig, 0, auth); !refused(t, err) {
			t.Fatalf("swapped signature: %v, want a revert", err)
		}
	})
	t.Run("false threshold: a signature dropped", func(t *testing.T) {
		if _, err := env.Writer.Publish(ctx, r, sigs[:1], &s, ssig, 0, auth); !refused(t, err) {
			t.Fatalf("one of two signatures: %v, want a revert", err)
		}
	})
	t.Run("false threshold: the host authorizes itself", func(t *testing.T) {
		one := sigs[:1]
		selfAuth := chaintest.Must(env.Authorize(r, sd, one, 0, env.Governance)) // the host's chain key, not the coordinator
		if _, err := env.Writer.Publish(ctx, r, one, &s, ssig, 0, selfAuth); !refused(t, err) {
			t.Fatalf("host-made authorization: %v, want a revert", err)
		}
	})
	t.Run("authorization not from the coordinator", func(t *testing.T) {
		forged := chaintest.Must(env.Authorize(r, sd, sigs, 0, env.Governance))
		if _, err := env.Writer.Publish(ctx, r, sigs, &s, ssig, 0, forged); !refused(t, err) {
			t.Fatalf("host-made authorization with enough signatures: %v, want a revert", err)
		}
	})
	if _, err := env.Writer.Publish(ctx, r, sigs, &s, ssig, 0, auth); err != nil {
		t.Fatalf("honest publish after the lies: %v", err)
	}
	t.Run("replayed publish", func(t *testing.T) {
		if _, err := env.Writer.Publish(ctx, r, sigs, &s, ssig, 0, auth); !chain.IsRevert(err, "BadNonce") {
			t.Fatalf("replayed publish: %v, want a revert", err)
		}
	})
}

// refused reports whether err is a contract revert for a reason other than a
// stale nonce (which would make a lie look caught for the wrong reason).
func refused(t *testing.T, err error) bool {
	t.Helper()
	if !errors.Is(err, chain.ErrReverted) {
		return false
	}
	t.Logf("contract refused: %v", err)
	return !chain.IsRevert(err, "BadNonce")
}
