package enclave

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/wire"
)

// An address nothing listens on: these tests never reach the publish step.
const unreachableRegistry = "https://127.0.0.1:9"

func TestProposeRefusals(t *testing.T) {
	w := newWorld(t, unreachableRegistry, "")
	w.enroll("left-pad", 2, 0, 50, false)
	tgz := makeTarball(t, "left-pad", "1.0.0", "module.exports = 1")
	good := w.release("left-pad", "1.0.0", tgz)

	tests := []struct {
		name    string
		mutate  func(*wire.ProposeRequest)
		signer  int // index into w.m; -1 = outsider
		wantErr error
	}{
		{"non-maintainer proposer", nil, -1, ErrNotMaintainer},
		{"wrong nonce", func(r *wire.ProposeRequest) { r.Release.Nonce = 5 }, 0, ErrWrongNonce},
		{"tarball swapped", func(r *wire.ProposeRequest) { r.Tarball = makeTarball(t, "left-pad", "1.0.0", "evil()") }, 0, ErrTarballMismatch},
		{"not enrolled", func(r *wire.ProposeRequest) {
			other := makeTarball(t, "right-pad", "1.0.0", "x")
			r.Release, r.Tarball = w.release("right-pad", "1.0.0", other), other
		}, 0, ErrNotEnrolled},
		{"package.json names another version", func(r *wire.ProposeRequest) {
			other := makeTarball(t, "left-pad", "9.9.9", "x")
			r.Release, r.Tarball = w.release("left-pad", "1.0.0", other), other
		}, 0, ErrBadTarball},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := wire.ProposeRequest{Release: good, Tarball: tgz}
			if tc.mutate != nil {
				tc.mutate(&req)
			}
			k := w.outsider
			if tc.signer >= 0 {
				k = w.m[tc.signer]
			}
			_, req.Signature = w.sign(k, req.Release)
			if _, err := w.c.Propose(context.Background(), req); !errors.Is(err, tc.wantErr) {
				t.Fatalf("Propose: %v, want %v", err, tc.wantErr)
			}
		})
	}
	// Nothing was recorded by the refusals; the good one goes in once.
	_, sig := w.sign(w.m[0], good)
	if _, err := w.c.Propose(context.Background(), wire.ProposeRequest{Release: good, Signature: sig, Tarball: tgz}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.c.Propose(context.Background(), wire.ProposeRequest{Release: good, Signature: sig, Tarball: tgz}); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("second proposal: %v, want ErrDuplicate", err)
	}
	if st, _ := w.c.Status([32]byte{}); len(st) != 1 {
		t.Fatalf("%d releases recorded, want 1", len(st))
	}
}

// propose opens pkg@version signed by maintainer 0 and returns its digest.
func (w *world) propose(pkg, version string) ([32]byte, wire.Release) {
	w.t.Helper()
	tgz := makeTarball(w.t, pkg, version, "module.exports = '"+version+"'")
	rel := w.release(pkg, version, tgz)
	d, sig := w.sign(w.m[0], rel)
	if _, err := w.c.Propose(context.Background(), wire.ProposeRequest{Release: rel, Signature: sig, Tarball: tgz}); err != nil {
		w.t.Fatalf("propose %s@%s: %v", pkg, version, err)
	}
	return d, rel
}

func (w *world) state(d [32]byte) wire.ReleaseStatus {
	w.t.Helper()
	st, err := w.c.Status(d)
	if err != nil {
		w.t.Fatal(err)
	}
	return st[0]
}

func TestThresholdWindowAuthorization(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, unreachableRegistry, "")
	w.enroll("pkg", 2, time.Hour, 50, false)
	d, rel := w.propose("pkg", "1.0.0")
	if _, err := w.c.AddScore(ctx, w.score(rel, 90)); err != nil {
		t.Fatal(err)
	}
	if s := w.state(d); s.State != wire.StatePending || len(s.Approvals) != 1 {
		t.Fatalf("after proposal: %s with %d approvals", s.State, len(s.Approvals))
	}
	// The proposer's own signature replayed as an approval is a duplicate.
	_, propSig := w.sign(w.m[0], rel)
	if _, err := w.c.Approve(ctx, wire.ApproveRequest{ReleaseDigest: d, Signature: propSig}); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("replayed proposer signature: %v, want ErrDuplicate", err)
	}
	if _, err := w.c.Approve(ctx, w.approve(w.outsider, d)); !errors.Is(err, ErrNotMaintainer) {
		t.Fatalf("outsider approval: %v, want ErrNotMaintainer", err)
	}
	s, err := w.c.Approve(ctx, w.approve(w.m[1], d))
	if err != nil {
		t.Fatal(err)
	}
	if s.State != wire.StateWindow || s.PublishAfter != s.ReadyAt+3600 {
		t.Fatalf("after 2 of 3: %s, window %d..%d", s.State, s.ReadyAt, s.PublishAfter)
	}
	out, err := w.c.Tick(ctx)
	if err != nil || len(out.Authorizations) != 0 {
		t.Fatalf("tick inside the window: %d authorizations, %v", len(out.Authorizations), err)
	}
	w.clock.Advance(time.Hour)
	out, err = w.c.Tick(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Authorizations) != 1 {
		t.Fatalf("tick after the window: %d authorizations, want 1", len(out.Authorizations))
	}
	a := out.Authorizations[0].Authorization
	lo, hi := addr(w.m[0]), addr(w.m[1])
	if bytes.Compare(lo[:], hi[:]) > 0 {
		lo, hi = hi, lo
	}
	if a.ReleaseDigest != d || len(a.Signers) != 2 || a.Signers[0] != lo || a.Signers[1] != hi {
		t.Fatalf("authorization %+v: want both maintainers in ascending order", a)
	}
	for i, s := range a.Signers {
		if got, err := wire.Recover(d, out.Authorizations[0].Signatures[i]); err != nil || got != s {
			t.Fatalf("signature %d does not belong to %s", i, s.Hex())
		}
	}
	// Signed by the enclave key: the contract can check it.
	w.recordPublish(w.c.Address(), rel, out.Authorizations[0])
	// A veto now comes too late.
	v := wire.Veto{ReleaseDigest: d, Reason: "too late"}
	_, vs := w.sign(w.m[2], v)
	if _, err := w.c.Veto(ctx, wire.VetoRequest{Veto: v, Signature: vs}); !errors.Is(err, ErrVetoClosed) {
		t.Fatalf("veto after authorization: %v, want ErrVetoClosed", err)
	}
}

func TestVetoCancelExpiry(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, unreachableRegistry, "")
	w.enroll("pkg", 2, time.Hour, 0, false)

	// Vetoed during the window: never authorized.
	d, rel := w.propose("pkg", "1.0.0")
	if _, err := w.c.AddScore(ctx, w.score(rel, 90)); err != nil {
		t.Fatal(err)
	}
	if _, err := w.c.Approve(ctx, w.approve(w.m[1], d)); err != nil {
		t.Fatal(err)
	}
	v := wire.Veto{ReleaseDigest: d, Reason: "suspicious postinstall"}
	_, bad := w.sign(w.outsider, v)
	if _, err := w.c.Veto(ctx, wire.VetoRequest{Veto: v, Signature: bad}); !errors.Is(err, ErrNotMaintainer) {
		t.Fatalf("outsider veto: %v", err)
	}
	_, vs := w.sign(w.m[2], v)
	if s, err := w.c.Veto(ctx, wire.VetoRequest{Veto: v, Signature: vs}); err != nil || s.State != wire.StateVetoed {
		t.Fatalf("veto: %v, state %s", err, s.State)
	}
	w.clock.Advance(2 * time.Hour)
	if out, _ := w.c.Tick(ctx); len(out.Authorizations) != 0 {
		t.Fatal("a vetoed release was authorized")
	}
	if _, err := w.c.Approve(ctx, w.approve(w.m[2], d)); !errors.Is(err, ErrNotPending) {
		t.Fatalf("approving a vetoed release: %v, want ErrNotPending", err)
	}

	// Cancel: only the proposer.
	d2, _ := w.propose("pkg", "1.0.1")
	c := wire.Veto{ReleaseDigest: d2, Reason: "withdrawn"}
	_, cs := w.sign(w.m[1], c)
	if _, err := w.c.Cancel(ctx, wire.CancelRequest{Veto: c, Signature: cs}); !errors.Is(err, ErrNotMaintainer) {
		t.Fatalf("cancel by a co-maintainer: %v", err)
	}
	_, cs = w.sign(w.m[0], c)
	if s, err := w.c.Cancel(ctx, wire.CancelRequest{Veto: c, Signature: cs}); err != nil || s.State != wire.StateCancelled {
		t.Fatalf("cancel: %v %s", err, s.State)
	}

	// Expired: the approval arrives after the proposal's TTL.
	d3, _ := w.propose("pkg", "1.0.2")
	w.clock.Advance(DefaultProposalTTL + time.Second)
	if _, err := w.c.Approve(ctx, w.approve(w.m[1], d3)); !errors.Is(err, ErrExpired) {
		t.Fatalf("late approval: %v, want ErrExpired", err)
	}
}

func TestScoreGate(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, unreachableRegistry, "")
	w.enroll("soft", 2, 0, 50, false)
	w.enroll("strict", 2, 0, 50, true)

	d, rel := w.propose("soft", "1.0.0")
	if _, err := w.c.Approve(ctx, w.approve(w.m[1], d)); err != nil {
		t.Fatal(err)
	}
	if out, _ := w.c.Tick(ctx); len(out.Authorizations) != 0 {
		t.Fatal("authorized without a score")
	}
	// A score by an unregistered key, and one about other bytes, are refused.
	s := w.score(rel, 10)
	fake := s
	_, fake.Signature = w.sign(w.outsider, s.Score)
	if _, err := w.c.AddScore(ctx, fake); !errors.Is(err, ErrScorerUnknown) {
		t.Fatalf("unregistered scorer: %v", err)
	}
	other := s.Score
	other.ContentHash[0] ^= 1
	_, osig := w.sign(w.scorer, other)
	if _, err := w.c.AddScore(ctx, wire.ScoreRequest{Score: other, Signature: osig}); !errors.Is(err, ErrScoreMismatch) {
		t.Fatalf("score of other content: %v", err)
	}
	st, err := w.c.AddScore(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if st.State != wire.StatePending || st.Required != 3 {
		t.Fatalf("low score: %s, required %d; want pending, 3", st.State, st.Required)
	}
	if out, _ := w.c.Tick(ctx); len(out.Authorizations) != 0 {
		t.Fatal("low score authorized with the plain threshold")
	}
	if _, err := w.c.Approve(ctx, w.approve(w.m[2], d)); err != nil {
		t.Fatal(err)
	}
	if out, _ := w.c.Tick(ctx); len(out.Authorizations) != 1 {
		t.Fatal("low score with the extra approval was not authorized")
	}

	d2, rel2 := w.propose("strict", "1.0.0")
	if _, err := w.c.Approve(ctx, w.approve(w.m[1], d2)); err != nil {
		t.Fatal(err)
	}
	if _, err := w.c.Approve(ctx, w.approve(w.m[2], d2)); err != nil {
		t.Fatal(err)
	}
	st, err = w.c.AddScore(ctx, w.score(rel2, 10))
	if err != nil {
		t.Fatal(err)
	}
	if st.State != wire.StateRefused {
		t.Fatalf("refuseLowScore: %s (%s), want refused", st.State, st.Reason)
	}
}

func TestSealedStateRollback(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, unreachableRegistry, "")
	w.enroll("pkg", 2, time.Hour, 0, false)
	d, _ := w.propose("pkg", "1.0.0")
	old, err := w.c.SealState()
	if err != nil {
		t.Fatal(err)
	}
	// A veto the host would like to forget.
	v := wire.Veto{ReleaseDigest: d, Reason: "no"}
	_, vs := w.sign(w.m[2], v)
	if _, err := w.c.Veto(ctx, wire.VetoRequest{Veto: v, Signature: vs}); err != nil {
		t.Fatal(err)
	}
	withVeto, err := w.c.SealState() // commits old: the host stored it before it relayed the veto
	if err != nil {
		t.Fatal(err)
	}
	newest, err := w.c.SealState() // commits withVeto
	if err != nil {
		t.Fatal(err)
	}

	restarted := w.newCoordinator(newKey(t))
	if err := restarted.LoadState(ctx, old); !errors.Is(err, ErrStaleState) {
		t.Fatalf("loading the blob from before the veto: %v, want ErrStaleState", err)
	}
	tampered := append([]byte(nil), newest...)
	tampered[len(tampered)-1] ^= 1
	if err := restarted.LoadState(ctx, tampered); !errors.Is(err, ErrBadState) {
		t.Fatalf("loading a tampered blob: %v, want ErrBadState", err)
	}
	if err := restarted.LoadState(ctx, newest); err != nil {
		t.Fatal(err)
	}
	if err := restarted.LoadState(ctx, withVeto); !errors.Is(err, ErrStaleState) {
		t.Fatalf("loading a blob older than the one just loaded: %v, want ErrStaleState", err)
	}
	if restarted.Address() != w.c.Address() {
		t.Fatal("the enclave key did not survive the restart")
	}
	st, _ := restarted.Status(d)
	if st[0].State != wire.StateVetoed {
		t.Fatalf("restarted state %s, want vetoed", st[0].State)
	}
}

func TestChangedPolicyAppliesToPendingReleases(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, unreachableRegistry, "")
	w.enroll("pkg", 2, time.Hour, 0, false)
	d, rel := w.propose("pkg", "1.0.0")
	if _, err := w.c.AddScore(ctx, w.score(rel, 90)); err != nil {
		t.Fatal(err)
	}
	if _, err := w.c.Approve(ctx, w.approve(w.m[1], d)); err != nil {
		t.Fatal(err)
	}
	// Maintainer 1 is removed on chain during the window: back to pending.
	w.chain.update(func(cd *chainData) {
		p := cd.Policies["pkg"]
		p.Maintainers = []common.Address{addr(w.m[0]), addr(w.m[2])}
		cd.Policies["pkg"] = p
	})
	w.clock.Advance(2 * time.Hour)
	out, err := w.c.Tick(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Authorizations) != 0 || w.state(d).State != wire.StatePending {
		t.Fatalf("removed maintainer still counted: %s", w.state(d).State)
	}
}

func TestCounterSealer(t *testing.T) {
	key := make([]byte, 32)
	s := &CounterSealer{Sealer: newTestSealer(key), Counter: &testCounter{path: t.TempDir() + "/counter"}}
	b1, v1, err := s.SealVersioned([]byte("one"))
	if err != nil || v1 != 1 {
		t.Fatalf("first seal: version %d, %v", v1, err)
	}
	b2, v2, err := s.SealVersioned([]byte("two")) // commits b1
	if err != nil || v2 != 2 {
		t.Fatalf("second seal: version %d, %v", v2, err)
	}
	// b2 is handed out, not committed: a crash before the host stores it
	// leaves b1 openable (by a restarted sealer without the pending mark).
	restarted := &CounterSealer{Sealer: s.Sealer, Counter: s.Counter}
	if pt, v, err := restarted.UnsealVersioned(b1); err != nil || string(pt) != "one" || v != 1 {
		t.Fatalf("the committed blob while the next is not: %q %d %v", pt, v, err)
	}
	b3, v3, err := s.SealVersioned([]byte("three")) // commits b2
	if err != nil || v3 != 3 {
		t.Fatalf("third seal: version %d, %v", v3, err)
	}
	if _, _, err := s.UnsealVersioned(b1); !errors.Is(err, ErrRollback) {
		t.Fatalf("older blob: %v, want ErrRollback", err)
	}
	if pt, v, err := s.UnsealVersioned(b3); err != nil || string(pt) != "three" || v != 3 {
		t.Fatalf("newest blob: %q %d %v", pt, v, err)
	}
	if _, _, err := s.UnsealVersioned(b2); !errors.Is(err, ErrRollback) {
		t.Fatalf("b2 once b3 is committed: %v, want ErrRollback", err)
	}
}

func TestRevoke(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, unreachableRegistry, "")
	w.enroll("pkg", 2, 0, 0, false)
	d, rel := w.propose("pkg", "1.0.0")
	if _, err := w.c.AddScore(ctx, w.score(rel, 90)); err != nil {
		t.Fatal(err)
	}
	if s, err := w.c.Approve(ctx, w.approve(w.m[1], d)); err != nil || s.State != wire.StateAuthorized {
		t.Fatalf("approve: %v, state %s", err, s.State)
	}
	rv := wire.Revoke{PackageName: "pkg", Version: "1.0.0", Integrity: rel.Integrity, Reason: "key compromised"}
	_, bad := w.sign(w.outsider, rv)
	if _, err := w.c.Revoke(ctx, wire.RevokeRequest{Revoke: rv, Signature: bad}); !errors.Is(err, ErrNotMaintainer) {
		t.Fatalf("outsider revoke: %v", err)
	}
	other := rv
	other.Integrity = append([]byte{}, rv.Integrity...)
	other.Integrity[0] ^= 1
	_, osig := w.sign(w.m[2], other)
	if _, err := w.c.Revoke(ctx, wire.RevokeRequest{Revoke: other, Signature: osig}); !errors.Is(err, ErrUnknownRelease) {
		t.Fatalf("revoke of other content: %v", err)
	}
	_, sig := w.sign(w.m[2], rv)
	s, err := w.c.Revoke(ctx, wire.RevokeRequest{Revoke: rv, Signature: sig})
	if err != nil || s.State != wire.StateAuthorized || len(s.Revocations) != 1 {
		t.Fatalf("revoke by one of 2: %v, state %s, %d signers", err, s.State, len(s.Revocations))
	}
	_, sig = w.sign(w.m[1], rv)
	s, err = w.c.Revoke(ctx, wire.RevokeRequest{Revoke: rv, Signature: sig})
	if err != nil || s.State != wire.StateRevoked {
		t.Fatalf("revoke by 2 of 2: %v, state %s", err, s.State)
	}
	// Even with publish() recorded on chain, a revoked release is not published.
	w.chain.update(func(cd *chainData) {
		k := wire.ReleaseKey("pkg", "1.0.0")
		cd.Published[common.Bytes2Hex(k[:])] = PublishedRecord{Found: true, IntegrityHash: crypto.Keccak256Hash(rel.Integrity)}
	})
	out, err := w.c.Tick(ctx)
	if err != nil || len(out.Receipts) != 0 || len(out.Authorizations) != 0 {
		t.Fatalf("tick after revoke: %d receipts, %d authorizations, %v", len(out.Receipts), len(out.Authorizations), err)
	}
}
