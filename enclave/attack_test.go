package enclave

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/vouchpm/vouch/enclave/registrytest"
	"github.com/vouchpm/vouch/enclave/wire"
)

// Attacks on the coordinator from the first security review
// (../shared/THREATS.md). Each one succeeded before it was fixed; the test
// keeps the attack's name.

func encryptTo(t *testing.T, c *Coordinator, token string) []byte {
	t.Helper()
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(&c.key().PublicKey), []byte(token), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return ct
}

// A stranger posts their own npm token for a package that is not on npm
// yet: the coordinator sealed it in place of the maintainers' token, and the
// stranger's account became the package's owner at the first publish.
func TestAttackTokenSubstitution(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Verdaccio")
	}
	reg := registrytest.Start(t, registrytest.Options{TLS: true})
	alice := reg.CreateToken(t, reg.AddUser(t, "alice", "alice-password-1"), "alice-password-1", false)
	mallory := reg.CreateToken(t, reg.AddUser(t, "mallory", "mallory-password-1"), "mallory-password-1", false)
	w := newWorld(t, reg.URL, string(reg.CAPEM))
	w.enroll("fresh-pkg", 2, 0, 0, false)
	ctx := context.Background()

	if _, err := w.c.AddToken(ctx, w.tokenRequest("fresh-pkg", encryptTo(t, w.c, alice), 0, 1)); err != nil {
		t.Fatalf("the maintainers' token: %v", err)
	}
	_, err := w.c.AddToken(ctx, w.tokenRequest("fresh-pkg", encryptTo(t, w.c, mallory), -1))
	if err == nil {
		t.Fatal("a stranger's npm token replaced the package's sealed token without any maintainer's signature")
	}
	if got := w.c.tokens["fresh-pkg"].Username; got != "alice" {
		t.Fatalf("sealed token belongs to %q, want alice", got)
	}
	// One compromised co-maintainer alone cannot re-token the package, and
	// a second grant at the same nonce does not replace the sealed token.
	for name, tc := range map[string]struct {
		req  wire.AddTokenRequest
		want error
	}{
		"one maintainer":             {w.tokenRequest("fresh-pkg", encryptTo(t, w.c, mallory), 2), ErrBelowThreshold},
		"one maintainer twice":       {w.tokenRequest("fresh-pkg", encryptTo(t, w.c, mallory), 2, 2), ErrBelowThreshold},
		"two maintainers, old nonce": {w.tokenRequest("fresh-pkg", encryptTo(t, w.c, mallory), 1, 2), ErrDuplicate},
	} {
		if _, err := w.c.AddToken(ctx, tc.req); !errors.Is(err, tc.want) {
			t.Fatalf("%s: %v, want %v", name, err, tc.want)
		}
	}
	// Once the grant is recorded on chain, 2 of 3 may hand over a new token.
	w.recordGrant("fresh-pkg")
	stale := w.tokenRequest("fresh-pkg", encryptTo(t, w.c, alice), 0, 1)
	stale.Nonce = 0
	if _, err := w.c.AddToken(ctx, stale); !errors.Is(err, ErrWrongNonce) {
		t.Fatalf("a grant at the recorded nonce replayed: %v, want ErrWrongNonce", err)
	}
	out, err := w.c.AddToken(ctx, w.tokenRequest("fresh-pkg", encryptTo(t, w.c, alice), 1, 2))
	if err != nil || out.Grant.Nonce != 1 || len(out.Signers) != 2 {
		t.Fatalf("new grant: %+v, %v", out, err)
	}
}

// A stranger enrolls a package someone else publishes on npm: the
// coordinator countersigns an enrollment only for a free name or with a
// token the registry names as a publisher of the package.
func TestAttackNameSquatting(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Verdaccio")
	}
	reg := registrytest.Start(t, registrytest.Options{TLS: true})
	bob := reg.AddUser(t, "bob", "bob-password-1")
	mallory := reg.CreateToken(t, reg.AddUser(t, "mallory", "mallory-password-1"), "mallory-password-1", false)
	w := newWorld(t, reg.URL, string(reg.CAPEM))
	ctx := context.Background()
	tgz := makeTarball(t, "bobs-pkg", "0.1.0", "bob")
	if st, _, err := w.c.npm.publish(ctx, bob, w.release("bobs-pkg", "0.1.0", tgz), tgz,
		map[string]any{"name": "bobs-pkg", "version": "0.1.0", "_npmUser": map[string]string{"name": "bob"}}); err != nil || st != 201 {
		t.Fatalf("bob's own publish: %d %v", st, err)
	}
	enrollment := func(pkg string) wire.PolicyChange {
		return wire.PolicyChange{PackageName: pkg, Maintainers: []common.Address{addr(w.outsider)}, Threshold: 1}
	}
	for name, tc := range map[string]struct {
		req  wire.NameControlRequest
		want error
	}{
		"no token":           {wire.NameControlRequest{Enrollment: enrollment("bobs-pkg")}, ErrNameControl},
		"a stranger's token": {wire.NameControlRequest{Enrollment: enrollment("bobs-pkg"), Ciphertext: encryptTo(t, w.c, mallory)}, ErrNameControl},
	} {
		if out, err := w.c.NameControl(ctx, tc.req); !errors.Is(err, tc.want) {
			t.Fatalf("%s: countersigned %+v (%v); want %v", name, out, err, tc.want)
		}
	}
	out, err := w.c.NameControl(ctx, wire.NameControlRequest{Enrollment: enrollment("bobs-pkg"), Ciphertext: encryptTo(t, w.c, bob)})
	if err != nil || out.Username != "bob" {
		t.Fatalf("bob's own enrollment: %+v, %v", out, err)
	}
	ed, _ := w.sign(w.m[0], wire.Enrollment(enrollment("bobs-pkg")))
	nd, _ := w.sign(w.m[0], wire.NameControl{EnrollmentDigest: ed})
	if got, err := wire.Recover(nd, out.Signature); err != nil || got != w.c.Address() || out.EnrollmentDigest != ed {
		t.Fatalf("countersignature from %s (%v), want the coordinator", got.Hex(), err)
	}
	free, err := w.c.NameControl(ctx, wire.NameControlRequest{Enrollment: enrollment("nobody-has-this")})
	if err != nil || !free.NameFree {
		t.Fatalf("a free name: %+v, %v", free, err)
	}
}

// A compromised maintainer pushes an unsigned 1.2.0-0 straight to npm; the
// host picks it as the diff base of 1.2.0, whose credential stealer then
// scores 100. The coordinator must refuse a score whose base is not the
// newest release recorded on chain.
func TestAttackDiffBaseLaundering(t *testing.T) {
	w := newWorld(t, unreachableRegistry, "")
	w.enroll("laundered", 2, 0, 60, false)
	ctx := context.Background()
	d0, rel0 := w.propose("laundered", "1.1.0")
	if _, err := w.c.AddScore(ctx, w.score(rel0, 90)); err != nil {
		t.Fatal(err)
	}
	st, err := w.c.Approve(ctx, w.approve(w.m[1], d0))
	if err != nil || st.Authorization == nil {
		t.Fatalf("1.1.0: %+v, %v", st, err)
	}
	w.recordPublish(w.c.Address(), rel0, *st.Authorization)

	_, rel := w.propose("laundered", "1.2.0")
	laundering := w.score(rel, 100)
	laundering.Score.BaseContentHash = sha256.Sum256([]byte("unsigned 1.2.0-0 pushed straight to npm"))
	_, laundering.Signature = w.sign(w.scorer, laundering.Score)
	if _, err := w.c.AddScore(ctx, laundering); err == nil {
		t.Fatal("the coordinator took a score of 1.2.0 diffed against a base that is not the newest on-chain release")
	}
}

// Maintainers' signatures with v in {0,1} were accepted and handed to the
// contract as they came; the contract wants 27/28, so the release was stuck.
func TestAttackSignatureV01StuckRelease(t *testing.T) {
	w := newWorld(t, unreachableRegistry, "")
	w.enroll("v01", 2, 0, 0, false)
	ctx := context.Background()
	tgz := makeTarball(t, "v01", "1.0.0", "x")
	rel := w.release("v01", "1.0.0", tgz)
	d, sig := w.sign(w.m[0], rel)
	sig[64] -= 27
	if _, err := w.c.Propose(ctx, wire.ProposeRequest{Release: rel, Signature: sig, Tarball: tgz}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.c.AddScore(ctx, w.score(rel, 90)); err != nil {
		t.Fatal(err)
	}
	ap := w.approve(w.m[1], d)
	ap.Signature[64] -= 27
	w.clock.Advance(time.Second)
	st, err := w.c.Approve(ctx, ap)
	if err != nil || st.Authorization == nil {
		t.Fatalf("approve: %+v, %v", st, err)
	}
	for i, s := range st.Authorization.Signatures {
		if v := s[64]; v != 27 && v != 28 {
			t.Fatalf("authorization signature %d has v=%d: the contract accepts only 27/28", i, v)
		}
	}
}

// tokenRequest is the request that hands ct over for pkg at the chain's
// token nonce, with a grant signed by the maintainers at the given indexes
// (-1: the outsider).
func (w *world) tokenRequest(pkg string, ct []byte, signers ...int) wire.AddTokenRequest {
	pol, _ := w.chain.Policy(context.Background(), pkg)
	req := wire.AddTokenRequest{Package: pkg, Ciphertext: ct, Nonce: pol.TokenNonce}
	for _, i := range signers {
		k := w.outsider
		if i >= 0 {
			k = w.m[i]
		}
		_, sig := w.sign(k, req.Grant())
		req.Signatures = append(req.Signatures, sig)
	}
	return req
}

// recordGrant plays the contract's grantToken(): the token nonce moves on.
func (w *world) recordGrant(pkg string) {
	w.chain.update(func(d *chainData) {
		p := d.Policies[pkg]
		p.TokenNonce++
		d.Policies[pkg] = p
	})
}

// TestAttackOneMaintainerRevokes: one maintainer of a 2-of-3 package (a
// stolen key, say) signs a revocation of a good release. The contract needs
// M of N for revoke(); the coordinator must not treat one signature as a
// revocation either: it reports the revocation proposed (1 of 2) and keeps
// the release's state, and revokes only at the second maintainer.
func TestAttackOneMaintainerRevokes(t *testing.T) {
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
	rv := wire.Revoke{PackageName: "pkg", Version: "1.0.0", Integrity: rel.Integrity, Reason: "I say so"}
	_, sig := w.sign(w.m[2], rv)
	s, err := w.c.Revoke(ctx, wire.RevokeRequest{Revoke: rv, Signature: sig})
	if err != nil {
		t.Fatal(err)
	}
	if s.State == wire.StateRevoked {
		t.Fatalf("ATTACK SUCCEEDED: one maintainer's signature revoked %s@%s (state %q, %s)", rel.PackageName, rel.Version, s.State, s.Reason)
	}
	if s.State != wire.StateAuthorized || len(s.Revocations) != 1 || s.Revocations[0] != crypto.PubkeyToAddress(w.m[2].PublicKey) {
		t.Fatalf("after one revocation: state %s, revocation signers %v", s.State, s.Revocations)
	}
	// The same signer again counts once.
	if s, err = w.c.Revoke(ctx, wire.RevokeRequest{Revoke: rv, Signature: sig}); err != nil || s.State == wire.StateRevoked || len(s.Revocations) != 1 {
		t.Fatalf("repeated signature: %v, state %s, %d signers", err, s.State, len(s.Revocations))
	}
	// A second maintainer signing another reason is another revocation: still one each.
	other := rv
	other.Reason = "something else"
	_, osig := w.sign(w.m[0], other)
	if s, err = w.c.Revoke(ctx, wire.RevokeRequest{Revoke: other, Signature: osig}); err != nil || s.State == wire.StateRevoked {
		t.Fatalf("two signers of two different revocations: %v, state %s", err, s.State)
	}
	_, sig0 := w.sign(w.m[0], rv)
	if s, err = w.c.Revoke(ctx, wire.RevokeRequest{Revoke: rv, Signature: sig0}); err != nil || s.State != wire.StateRevoked {
		t.Fatalf("second maintainer's signature: %v, state %s", err, s.State)
	}
}
