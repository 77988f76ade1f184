package chain_test

import (
	"crypto/sha256"
	"testing"
	"time"

	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
)

// Attacks on the registry contract from the first security review
// (../shared/THREATS.md). Each one succeeded against the contract before it
// was fixed; the test keeps the attack's name.

// An outsider enrolls a package someone else owns on npm ("react") with
// their own keys: every existing version then fails `vouch verify` and the
// real maintainers get AlreadyEnrolled. Enrollment needs the coordinator's
// countersignature (wire.NameControl) that the enroller controls the name.
func TestAttackNameSquatting(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	squatter := chaintest.Key(60)
	p := chaintest.Policy("react", 0, 1, squatter)
	sigs := chaintest.Must(chaintest.Sign(env.Domain, wire.Enrollment(p), squatter))
	// No countersignature, the squatter's own, and the coordinator's
	// countersignature of the real maintainers' enrollment replayed.
	own := chaintest.Must(env.NameControl(p, squatter))
	real := chaintest.Policy("react", 0, 2, env.Keys[0], env.Keys[1])
	replayed := chaintest.Must(env.NameControl(real, nil))
	for name, cs := range map[string][]byte{"none": nil, "own key": own, "replayed": replayed} {
		_, err := env.Writer.Enroll(ctx, p, sigs, cs)
		if err == nil {
			t.Fatalf("%s: a stranger enrolled react with their own key and no proof of npm control", name)
		}
		wantRevert(t, err, "UnregisteredCoordinator")
	}
	if _, err := env.EnrollPolicy(ctx, real, env.Keys[0], env.Keys[1]); err != nil {
		t.Fatalf("the maintainers' enrollment, countersigned: %v", err)
	}
}

// The signatures of an enrollment (nonce 0) were valid for changePolicy at
// nonce 0 too: anyone could replay them to bump the package nonce and make
// the first release's signatures (nonce 0) worthless.
func TestAttackEnrollmentReplayAsPolicyChange(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	p := chaintest.Policy("replayed", 0, 2, k[0], k[1], k[2])
	if _, err := env.EnrollPolicy(ctx, p, k[0], k[1]); err != nil {
		t.Fatal(err)
	}
	sigs := chaintest.Must(chaintest.Sign(env.Domain, wire.Enrollment(p), k[0], k[1]))
	_, err := env.Writer.ChangePolicy(ctx, p, sigs)
	if err == nil {
		t.Fatal("the enrollment's signatures were accepted as a policy change: the package nonce moved")
	}
	wantRevert(t, err, "InvalidSignature")
	if pkg, _ := env.Reader.Package(ctx, "replayed"); pkg.Nonce != 0 {
		t.Fatalf("package nonce %d, want 0", pkg.Nonce)
	}
}

// Anyone could record a newer scorer-signed score of the same version (a
// rescore, or a score of another proposal) after the coordinator authorized
// the release with the first one: publish() then reverted ScoreMismatch.
// The score now travels inside publish() and the authorization names it.
func TestAttackScoreGriefing(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	if _, err := env.Enroll(ctx, "griefed", 2, k[0], k[1], k[2]); err != nil {
		t.Fatal(err)
	}
	r := chaintest.Release("griefed", "1.0.0", 0, "v1")
	s := chaintest.ScoreOf(r, 90)
	sd, ssig := signScore(t, env, s)
	sigs := chaintest.Must(chaintest.Sign(env.Domain, r, k[0], k[1]))
	auth := chaintest.Must(env.Authorize(r, sd, sigs, 0, nil))
	// Another genuine score of the same version cannot take the place of
	// the one the authorization names.
	other := s
	other.Score, other.FindingsHash = 89, sha256.Sum256([]byte("rescored"))
	_, osig := signScore(t, env, other)
	_, err := env.Writer.Publish(ctx, r, sigs, &other, osig, 0, auth)
	wantRevert(t, err, "UnregisteredCoordinator")
	if _, err := env.Writer.Publish(ctx, r, sigs, &s, ssig, 0, auth); err != nil {
		t.Fatalf("the authorized release no longer publishes after a stranger recorded a score: %v", err)
	}
	if got, _ := env.Reader.Release(ctx, "griefed", "1.0.0"); !got.HasScore || got.Score != 90 {
		t.Fatalf("recorded %+v, want the authorized score 90", got)
	}
}

// The host drops a maintainer's veto and runs the coordinator's clock fast:
// the coordinator authorizes at once, and publish() accepted the release
// inside the veto window. The authorization now carries readyAt, publish()
// refuses before readyAt + vetoWindow by block time, and a maintainer's
// veto straight on chain stops the release whatever the host relays.
func TestAttackDroppedVetoPublishesEarly(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	if _, err := env.Enroll(ctx, "windowed", 2, k[0], k[1], k[2]); err != nil { // veto window 3600 s
		t.Fatal(err)
	}
	head, err := env.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	publish := func(version string) error {
		r := chaintest.Release("windowed", version, 0, "v "+version)
		sigs := chaintest.Must(chaintest.Sign(env.Domain, r, k[0], k[1]))
		auth := chaintest.Must(env.Authorize(r, [32]byte{}, sigs, head.Time, nil))
		_, err := env.Writer.Publish(ctx, r, sigs, nil, nil, head.Time, auth)
		return err
	}
	err = publish("1.0.0")
	if err == nil {
		t.Fatal("publish() accepted a release inside its veto window")
	}
	wantRevert(t, err, "VetoWindowOpen")

	// bob vetoes 1.0.0 on chain; an outsider's veto of 1.0.1 counts for nothing.
	vetoed := chaintest.Release("windowed", "1.0.0", 0, "v 1.0.0")
	vd := chaintest.Must(wire.Digest(env.Domain, vetoed))
	v := wire.Veto{ReleaseDigest: vd, Reason: "credential stealer"}
	vs := chaintest.Must(chaintest.Sign(env.Domain, v, k[2]))
	if _, err := env.Writer.Veto(ctx, "windowed", v, vs[0]); err != nil {
		t.Fatal(err)
	}
	other := chaintest.Release("windowed", "1.0.1", 0, "v 1.0.1")
	ov := wire.Veto{ReleaseDigest: chaintest.Must(wire.Digest(env.Domain, other)), Reason: "grief"}
	os := chaintest.Must(chaintest.Sign(env.Domain, ov, chaintest.Key(61)))
	_, err = env.Writer.Veto(ctx, "windowed", ov, os[0])
	wantRevert(t, err, "UnknownSigner")
	if got, _ := env.Reader.Vetoed(ctx, "windowed", vd); !got {
		t.Fatal("the veto is not recorded")
	}

	// AdjustTime needs an empty pending block; a transaction the writer
	// sent after its refused estimate can still sit there on a loaded
	// machine ("could not adjust time on non-empty block", seen once).
	env.Sim.Commit()
	if err := env.Sim.AdjustTime(time.Hour + time.Second); err != nil {
		t.Fatal(err)
	}
	env.Sim.Commit()
	wantRevert(t, publish("1.0.0"), "Vetoed")
	if err := publish("1.0.1"); err != nil {
		t.Fatalf("after the window, the release nobody vetoed: %v", err)
	}
}

// A compromised maintainer pushes an unsigned 1.2.0-0 to npm; the host diffs
// 1.2.0 against it and the credential stealer scores 100. The score's base
// must be the newest release recorded on chain.
func TestAttackDiffBaseLaundering(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	if _, err := env.Enroll(ctx, "laundered", 2, k[0], k[1], k[2]); err != nil {
		t.Fatal(err)
	}
	first := chaintest.Release("laundered", "1.1.0", 0, "v1.1.0")
	if _, err := env.Publish(ctx, first, 90, k[0], k[1]); err != nil {
		t.Fatal(err)
	}
	r := chaintest.Release("laundered", "1.2.0", 1, "v1.2.0 with a credential stealer")
	publishWithBase := func(base [32]byte) error {
		s := chaintest.ScoreOf(r, 100)
		s.BaseContentHash = base
		sd, ssig := signScore(t, env, s)
		rs := chaintest.Must(chaintest.Sign(env.Domain, r, k[0], k[1]))
		auth := chaintest.Must(env.Authorize(r, sd, rs, 0, nil))
		_, err := env.Writer.Publish(ctx, r, rs, &s, ssig, 0, auth)
		return err
	}
	err := publishWithBase(sha256.Sum256([]byte("unsigned 1.2.0-0 pushed straight to npm")))
	if err == nil {
		t.Fatal("a release scored against a base that is not the newest on-chain release was published")
	}
	wantRevert(t, err, "BaseMismatch")
	wantRevert(t, publishWithBase([32]byte{}), "BaseMismatch")
	if err := publishWithBase(first.ContentHash); err != nil {
		t.Fatalf("scored against the on-chain base 1.1.0: %v", err)
	}
}

// crypto.Sign gives v in {0,1}; the enclave and API accepted such
// signatures, the contract only 27/28: the release was stuck for good.
func TestAttackSignatureV01StuckRelease(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	if _, err := env.Enroll(ctx, "v01", 2, k[0], k[1], k[2]); err != nil {
		t.Fatal(err)
	}
	r := chaintest.Release("v01", "1.0.0", 0, "v1")
	rs := chaintest.Must(chaintest.Sign(env.Domain, r, k[0], k[1]))
	for i := range rs {
		rs[i].Sig[64] -= 27
	}
	auth := chaintest.Must(env.Authorize(r, [32]byte{}, rs, 0, nil))
	auth[64] -= 27
	if _, err := env.Writer.Publish(ctx, r, rs, nil, nil, 0, auth); err != nil {
		t.Fatalf("signatures with v in {0,1} left the release stuck: %v", err)
	}
	// v outside {0,1,27,28} is still refused.
	r2 := chaintest.Release("v01", "1.0.1", 1, "v2")
	rs2 := chaintest.Must(chaintest.Sign(env.Domain, r2, k[0], k[1]))
	rs2[0].Sig[64] = 29
	auth2 := chaintest.Must(env.Authorize(r2, [32]byte{}, rs2, 0, nil))
	_, err := env.Writer.Publish(ctx, r2, rs2, nil, nil, 0, auth2)
	wantRevert(t, err, "InvalidSignature")
}

// TokenGrant: only M of N current maintainers, at the package's token nonce,
// record a grant; the coordinator reads it (chain.PackageInfo.TokenGrant).
func TestTokenGrantOnChain(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	if _, err := env.Enroll(ctx, "tok", 2, k[0], k[1], k[2]); err != nil {
		t.Fatal(err)
	}
	g := wire.TokenGrant{PackageName: "tok", CiphertextHash: sha256.Sum256([]byte("ciphertext")), Nonce: 0}
	for _, tc := range []struct {
		name string
		g    wire.TokenGrant
		sigs []chain.Signature
		want string
	}{
		{"one maintainer", g, chaintest.Must(chaintest.Sign(env.Domain, g, k[0])), "BelowThreshold"},
		{"outsider", g, chaintest.Must(chaintest.Sign(env.Domain, g, k[0], chaintest.Key(62))), "UnknownSigner"},
		{"wrong nonce", wire.TokenGrant{PackageName: "tok", Nonce: 1}, chaintest.Must(chaintest.Sign(env.Domain, wire.TokenGrant{PackageName: "tok", Nonce: 1}, k[0], k[1])), "BadNonce"},
		{"ok", g, chaintest.Must(chaintest.Sign(env.Domain, g, k[0], k[1])), ""},
		{"replayed", g, chaintest.Must(chaintest.Sign(env.Domain, g, k[0], k[1])), "BadNonce"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := env.Writer.GrantToken(ctx, tc.g, tc.sigs)
			wantRevert(t, err, tc.want)
		})
	}
	pkg, err := env.Reader.Package(ctx, "tok")
	if err != nil {
		t.Fatal(err)
	}
	if want := chaintest.Must(wire.Digest(env.Domain, g)); pkg.TokenNonce != 1 || pkg.TokenGrant != want {
		t.Fatalf("token nonce %d, grant %x; want 1, %x", pkg.TokenNonce, pkg.TokenGrant, want)
	}
}

func signScore(t *testing.T, env *chaintest.Env, s wire.Score) ([32]byte, []byte) {
	t.Helper()
	d, sig, err := env.SignScore(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	return d, sig
}
