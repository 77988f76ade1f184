package chain_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"github.com/vouchpm/vouch/enclave/chain"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/vouchpm/vouch/enclave/chain/testwallet"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
)

// newEnv deploys a registry on the simulated chain, or on a `geth --dev`
// node when GETH names a geth binary.
func newEnv(t *testing.T) *chaintest.Env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var env *chaintest.Env
	var err error
	if bin := os.Getenv("GETH"); bin != "" {
		env, err = newGethEnv(ctx, t, bin)
	} else {
		env, err = chaintest.NewSimulated(ctx)
	}
	if err != nil {
		t.Fatalf("registry env: %v", err)
	}
	t.Cleanup(env.Close)
	return env
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// wantRevert fails unless err is the contract refusal name.
func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	if name == "" {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return
	}
	if !errors.Is(err, chain.ErrReverted) || !chain.IsRevert(err, name) {
		t.Fatalf("error = %v, want revert %s", err, name)
	}
}

func TestDigestsMatchWire(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	c := chain.NewVouchRegistry()
	reg := env.Writer.Registry()
	call := func(data []byte) []byte {
		t.Helper()
		out, err := env.Client.CallContract(ctx, ethereum.CallMsg{To: &reg, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	r := chaintest.Release("@scope/pkg", "1.2.3-beta.1", 7, "content")
	r.GitSha, r.CIRunURL = [20]byte{0xab, 0xcd, 19: 0xef}, "https://github.com/o/r/actions/runs/1"
	s := chaintest.ScoreOf(r, 55)
	s.BaseContentHash = [32]byte{9}
	p := chaintest.Policy("@scope/pkg", 3, 2, env.Keys[0], env.Keys[1], env.Keys[2])
	p.MinScore, p.RefuseLowScore = 40, true
	p.Proposers = []common.Address{chaintest.Addr(env.Keys[3]), chaintest.Addr(env.Keys[4])}
	rv := wire.Revoke{PackageName: "x", Version: "1.0.0", Integrity: r.Integrity, Reason: "bad"}
	rc := wire.PublishReceipt{ReleaseDigest: [32]byte{1}, ScoreDigest: [32]byte{2}, RegistryStatus: 201, RegistryResponseHash: [32]byte{3}}
	signers := []common.Address{chaintest.Addr(env.Keys[0]), chaintest.Addr(env.Keys[1])}
	auth := wire.PublishAuthorization{ReleaseDigest: [32]byte{4}, ScoreDigest: [32]byte{5}, Signers: signers, ReadyAt: 1700000000}
	g := wire.TokenGrant{PackageName: "@scope/pkg", CiphertextHash: [32]byte{6}, Nonce: 3}
	v := wire.Veto{ReleaseDigest: [32]byte{7}, Reason: "no"}

	tests := []struct {
		name string
		msg  wire.Message
		call func() ([32]byte, error)
	}{
		{"Release", r, func() ([32]byte, error) { return c.UnpackReleaseDigest(call(c.PackReleaseDigest(chain.ReleaseArg(r)))) }},
		{"Score", s, func() ([32]byte, error) { return c.UnpackScoreDigest(call(c.PackScoreDigest(chain.ScoreArg(s)))) }},
		{"PolicyChange", p, func() ([32]byte, error) { return c.UnpackPolicyDigest(call(c.PackPolicyDigest(chain.PolicyArg(p)))) }},
		{"Revoke", rv, func() ([32]byte, error) { return c.UnpackRevokeDigest(call(c.PackRevokeDigest(chain.RevokeArg(rv)))) }},
		{"PublishReceipt", rc, func() ([32]byte, error) {
			return c.UnpackReceiptDigest(call(c.PackReceiptDigest(chain.ReceiptArg(rc))))
		}},
		{"Enrollment", wire.Enrollment(p), func() ([32]byte, error) {
			return c.UnpackEnrollmentDigest(call(c.PackEnrollmentDigest(chain.PolicyArg(p))))
		}},
		{"NameControl", wire.NameControl{EnrollmentDigest: [32]byte{8}}, func() ([32]byte, error) {
			return c.UnpackNameControlDigest(call(c.PackNameControlDigest([32]byte{8})))
		}},
		{"TokenGrant", g, func() ([32]byte, error) {
			return c.UnpackTokenGrantDigest(call(c.PackTokenGrantDigest(chain.TokenGrantArg(g))))
		}},
		{"Veto", v, func() ([32]byte, error) {
			return c.UnpackVetoDigest(call(c.PackVetoDigest(chain.VouchRegistryVeto{ReleaseDigest: v.ReleaseDigest, Reason: v.Reason})))
		}},
		{"PublishAuthorization", auth, func() ([32]byte, error) {
			return c.UnpackAuthorizationDigest(call(c.PackAuthorizationDigest(auth.ReleaseDigest, auth.ScoreDigest, signers, auth.ReadyAt)))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, err := wire.Digest(env.Domain, tc.msg)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tc.call()
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Fatalf("contract digest %x, wire.Digest %x", got, want)
			}
		})
	}
	key, err := c.UnpackReleaseKey(call(c.PackReleaseKey("@scope/pkg", "1.2.3")))
	if err != nil || key != wire.ReleaseKey("@scope/pkg", "1.2.3") {
		t.Fatalf("releaseKey = %x, %v; want wire.ReleaseKey", key, err)
	}
}

func TestEnrollAndChangePolicy(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	outsider := chaintest.Key(50)
	dup := chaintest.Policy("dup", 0, 1, k[0], k[0])

	tests := []struct {
		name    string
		policy  wire.PolicyChange
		signers []*ecdsa.PrivateKey
		want    string
	}{
		{"threshold zero", chaintest.Policy("a", 0, 0, k[0]), []*ecdsa.PrivateKey{k[0]}, "BadThreshold"},
		{"threshold above maintainers", chaintest.Policy("a", 0, 3, k[0], k[1]), []*ecdsa.PrivateKey{k[0], k[1]}, "BadThreshold"},
		{"duplicate maintainer", dup, []*ecdsa.PrivateKey{k[0]}, "BadMaintainer"},
		{"nonce not zero", chaintest.Policy("a", 1, 1, k[0]), []*ecdsa.PrivateKey{k[0]}, "BadNonce"},
		{"below threshold", chaintest.Policy("a", 0, 2, k[0], k[1]), []*ecdsa.PrivateKey{k[0]}, "BelowThreshold"},
		{"signer not a new maintainer", chaintest.Policy("a", 0, 1, k[0]), []*ecdsa.PrivateKey{outsider}, "UnknownSigner"},
		{"ok", chaintest.Policy("a", 0, 2, k[0], k[1], k[2]), []*ecdsa.PrivateKey{k[0], k[2]}, ""},
		{"already enrolled", chaintest.Policy("a", 0, 1, k[3]), []*ecdsa.PrivateKey{k[3]}, "AlreadyEnrolled"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := env.EnrollPolicy(ctx, tc.policy, tc.signers...)
			wantRevert(t, err, tc.want)
		})
	}
	pkg, err := env.Reader.Package(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if !pkg.Enrolled || pkg.Threshold != 2 || len(pkg.Maintainers) != 3 || pkg.Nonce != 0 || pkg.VetoWindow != time.Hour {
		t.Fatalf("package a = %+v", pkg)
	}

	// Change policy: new maintainers {k3, k4}, signed by current ones.
	change := chaintest.Policy("a", 0, 1, k[3], k[4])
	onlyNew, _ := chaintest.Sign(env.Domain, change, k[3], k[4])
	_, err = env.Writer.ChangePolicy(ctx, change, onlyNew)
	wantRevert(t, err, "UnknownSigner")
	one, _ := chaintest.Sign(env.Domain, change, k[1])
	_, err = env.Writer.ChangePolicy(ctx, change, one)
	wantRevert(t, err, "BelowThreshold")
	sigs, _ := chaintest.Sign(env.Domain, change, k[0], k[1])
	if _, err := env.Writer.ChangePolicy(ctx, change, sigs); err != nil {
		t.Fatal(err)
	}
	_, err = env.Writer.ChangePolicy(ctx, change, sigs)
	wantRevert(t, err, "BadNonce") // replay
	pkg, _ = env.Reader.Package(ctx, "a")
	if pkg.Nonce != 1 || pkg.Threshold != 1 || len(pkg.Maintainers) != 2 || pkg.Maintainers[0] != chaintest.Addr(k[3]) {
		t.Fatalf("after change: %+v", pkg)
	}
	// The old maintainers are out: they cannot publish.
	r := chaintest.Release("a", "1.0.0", 1, "x")
	_, err = env.Publish(ctx, r, 0, k[0])
	wantRevert(t, err, "UnknownSigner")
	if _, err := env.Publish(ctx, r, 0, k[4]); err != nil {
		t.Fatalf("new maintainer publish: %v", err)
	}
	_, err = env.Writer.ChangePolicy(ctx, chaintest.Policy("nope", 0, 1, k[0]), sigs)
	wantRevert(t, err, "NotEnrolled")
}

func TestPublishRefusals(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	if _, err := env.Enroll(ctx, "pkg", 2, k[0], k[1], k[2]); err != nil {
		t.Fatal(err)
	}
	outsider := chaintest.Key(51)
	r := chaintest.Release("pkg", "1.0.0", 0, "v1")
	otherChain := env.Domain
	otherChain.ChainID = 1
	otherContract := env.Domain
	otherContract.Registry = common.HexToAddress("0x00000000000000000000000000000000000000aa")

	type input struct {
		sigs    []chain.Signature
		authKey *ecdsa.PrivateKey
		score   *wire.Score
	}
	sign := func(d wire.Domain, keys ...*ecdsa.PrivateKey) []chain.Signature {
		return chaintest.Must(chaintest.Sign(d, r, keys...))
	}
	highS := sign(env.Domain, k[0], k[1])
	highS[0].Sig = flipS(highS[0].Sig)

	tests := []struct {
		name string
		in   input
		want string
	}{
		{"below threshold", input{sigs: sign(env.Domain, k[0])}, "BelowThreshold"},
		{"duplicate signer", input{sigs: sign(env.Domain, k[0], k[0])}, "DuplicateOrUnsortedSigner"},
		{"unknown signer", input{sigs: sign(env.Domain, k[0], outsider)}, "UnknownSigner"},
		{"other chain id", input{sigs: sign(otherChain, k[0], k[1])}, "InvalidSignature"},
		{"other contract", input{sigs: sign(otherContract, k[0], k[1])}, "InvalidSignature"},
		{"high s", input{sigs: highS}, "InvalidSignature"},
		{"unregistered coordinator", input{sigs: sign(env.Domain, k[0], k[1]), authKey: outsider}, "UnregisteredCoordinator"},
		{"scorer as coordinator", input{sigs: sign(env.Domain, k[0], k[1]), authKey: env.Scorer}, "UnregisteredCoordinator"},
		{"score of another version", input{sigs: sign(env.Domain, k[0], k[1]), score: &wire.Score{PackageName: "pkg", Version: "9.9.9", ContentHash: r.ContentHash}}, "UnregisteredScorer"},
		{"score of other bytes", input{sigs: sign(env.Domain, k[0], k[1]), score: &wire.Score{PackageName: r.PackageName, Version: r.Version, ContentHash: [32]byte{1}}}, "UnregisteredScorer"},
		{"ok", input{sigs: sign(env.Domain, k[1], k[2])}, ""},
	}
	// Unsorted signers, sent around SortedSigs.
	unsorted := chain.SortedSigs(sign(env.Domain, k[0], k[1]))
	unsorted[0], unsorted[1] = unsorted[1], unsorted[0]
	data := chain.NewVouchRegistry().PackPublish(chain.ReleaseArg(r), unsorted, chain.VouchRegistryScoreFields{}, nil, 0, nil)
	reg := env.Writer.Registry()
	_, err := env.Writer.SendRaw(ctx, &reg, data)
	wantRevert(t, err, "DuplicateOrUnsortedSigner")
	// Unscored, with score fields slipped in by the relayer: Published would
	// show a score nobody signed.
	data = chain.NewVouchRegistry().PackPublish(chain.ReleaseArg(r), chain.SortedSigs(sign(env.Domain, k[0], k[1])), chain.VouchRegistryScoreFields{Score: 100}, nil, 0, nil)
	_, err = env.Writer.SendRaw(ctx, &reg, data)
	wantRevert(t, err, "ScoreMismatch")

	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var sd [32]byte
			var ssig []byte
			if tc.in.score != nil {
				sd, ssig = signScore(t, env, *tc.in.score)
			}
			auth, err := env.Authorize(r, sd, tc.in.sigs, 0, tc.in.authKey)
			if err != nil {
				t.Fatal(err)
			}
			_, err = env.Writer.Publish(ctx, r, tc.in.sigs, tc.in.score, ssig, 0, auth)
			wantRevert(t, err, tc.want)
		})
	}
	// Replays: the same release again (nonce used) and a new version with the old nonce.
	_, err = env.Publish(ctx, r, 0, k[0], k[1])
	wantRevert(t, err, "BadNonce")
	again := r
	again.Nonce = 1
	_, err = env.Publish(ctx, again, 0, k[0], k[1])
	wantRevert(t, err, "AlreadyPublished")
	_, err = env.Publish(ctx, chaintest.Release("pkg", "1.0.1", 0, "v2"), 0, k[0], k[1])
	wantRevert(t, err, "BadNonce")
	_, err = env.Publish(ctx, chaintest.Release("unknown", "1.0.0", 0, "v"), 0, k[0], k[1])
	wantRevert(t, err, "NotEnrolled")

	// A retired coordinator can no longer authorize.
	if _, err := env.RetireEnclave(ctx, chaintest.Addr(env.Coordinator)); err != nil {
		t.Fatal(err)
	}
	_, err = env.Publish(ctx, chaintest.Release("pkg", "1.0.1", 1, "v2"), 0, k[0], k[1])
	wantRevert(t, err, "UnregisteredCoordinator")

	got, err := env.Reader.Release(ctx, "pkg", "1.0.0")
	if err != nil {
		t.Fatal(err)
	}
	if !got.Recorded() || got.SignerCount != 2 ||
		got.IntegrityHash != crypto.Keccak256Hash(r.Integrity) || got.HasScore || got.Revoked {
		t.Fatalf("release record = %+v", got)
	}
}

// flipS turns a signature into its high-s twin, which ecrecover would accept.
func flipS(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(out[32:64])
	s.Sub(n, s).FillBytes(out[32:64])
	out[64] ^= 1 // 27 <-> 28
	return out
}

func TestScores(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	if _, err := env.Enroll(ctx, "s", 2, k[0], k[1], k[2]); err != nil {
		t.Fatal(err)
	}
	r := chaintest.Release("s", "1.0.0", 0, "v1")
	s := chaintest.ScoreOf(r, 77)
	sigs := chaintest.Must(chaintest.Sign(env.Domain, r, k[0], k[1]))
	for _, tc := range []struct {
		name string
		key  *ecdsa.PrivateKey
		want string
	}{
		{"unregistered scorer", chaintest.Key(52), "UnregisteredScorer"},
		{"coordinator key", env.Coordinator, "UnregisteredScorer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sd, sig, err := env.SignScore(s, tc.key)
			if err != nil {
				t.Fatal(err)
			}
			auth := chaintest.Must(env.Authorize(r, sd, sigs, 0, nil))
			_, err = env.Writer.Publish(ctx, r, sigs, &s, sig, 0, auth)
			wantRevert(t, err, tc.want)
		})
	}
	sd, ssig := signScore(t, env, s)
	// A score of other bytes does not authorize this release: the contract
	// rebuilds the Score from the release, which recovers to no scorer.
	other := r
	other.ContentHash = [32]byte{0xee}
	osigs := chaintest.Must(chaintest.Sign(env.Domain, other, k[0], k[1]))
	auth := chaintest.Must(env.Authorize(other, sd, osigs, 0, nil))
	_, err := env.Writer.Publish(ctx, other, osigs, &s, ssig, 0, auth)
	wantRevert(t, err, "UnregisteredScorer")

	auth = chaintest.Must(env.Authorize(r, sd, sigs, 0, nil))
	if _, err := env.Writer.Publish(ctx, r, sigs, &s, ssig, 0, auth); err != nil {
		t.Fatal(err)
	}
	got, _ := env.Reader.Release(ctx, "s", "1.0.0")
	if !got.HasScore || got.Score != 77 || got.HeuristicScore != 77 {
		t.Fatalf("scored release = %+v", got)
	}
	_, err = env.Writer.Publish(ctx, r, sigs, &s, ssig, 0, auth)
	wantRevert(t, err, "BadNonce") // the nonce moved on: a replay
}

func TestScorePolicy(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	enroll := func(name string, refuse bool) {
		p := chaintest.Policy(name, 0, 2, k[0], k[1], k[2])
		p.MinScore, p.RefuseLowScore = 50, refuse
		if _, err := env.EnrollPolicy(ctx, p, k[0], k[1]); err != nil {
			t.Fatal(err)
		}
	}
	enroll("strict", true)
	enroll("lenient", false)
	_, err := env.Publish(ctx, chaintest.Release("strict", "1.0.0", 0, "a"), 0, k[0], k[1])
	wantRevert(t, err, "ScoreRequired")
	_, err = env.Publish(ctx, chaintest.Release("strict", "1.0.0", 0, "a"), 20, k[0], k[1])
	wantRevert(t, err, "ScoreBelowMinimum")
	_, err = env.Publish(ctx, chaintest.Release("lenient", "1.0.0", 0, "a"), 20, k[0], k[1])
	wantRevert(t, err, "BelowThreshold") // a low score asks one more approval
	if _, err := env.Publish(ctx, chaintest.Release("lenient", "1.0.0", 0, "a"), 20, k[0], k[1], k[2]); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Publish(ctx, chaintest.Release("strict", "1.0.0", 0, "a"), 90, k[0], k[1]); err != nil {
		t.Fatal(err)
	}
}

func TestRevoke(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	if _, err := env.Enroll(ctx, "rv", 2, k[0], k[1], k[2]); err != nil {
		t.Fatal(err)
	}
	r := chaintest.Release("rv", "1.0.0", 0, "v1")
	rv := wire.Revoke{PackageName: "rv", Version: "1.0.0", Integrity: r.Integrity, Reason: "stolen token"}
	sigs := chaintest.Must(chaintest.Sign(env.Domain, rv, k[0], k[2]))
	_, err := env.Writer.Revoke(ctx, rv, sigs)
	wantRevert(t, err, "NotPublished")
	if _, err := env.Publish(ctx, r, 0, k[0], k[1]); err != nil {
		t.Fatal(err)
	}
	_, err = env.Writer.Revoke(ctx, rv, sigs[:1])
	wantRevert(t, err, "BelowThreshold")
	wrong := rv
	wrong.Integrity = bytes.Repeat([]byte{1}, 64)
	_, err = env.Writer.Revoke(ctx, wrong, chaintest.Must(chaintest.Sign(env.Domain, wrong, k[0], k[2])))
	wantRevert(t, err, "ContentMismatch")
	_, err = env.Writer.Revoke(ctx, rv, chaintest.Must(chaintest.Sign(env.Domain, rv, k[0], chaintest.Key(53))))
	wantRevert(t, err, "UnknownSigner")
	if _, err := env.Writer.Revoke(ctx, rv, sigs); err != nil {
		t.Fatal(err)
	}
	_, err = env.Writer.Revoke(ctx, rv, sigs)
	wantRevert(t, err, "AlreadyRevoked")
	got, _ := env.Reader.Release(ctx, "rv", "1.0.0")
	if !got.Revoked {
		t.Fatalf("revoked release reads %+v", got)
	}
}

func TestReceipt(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	if _, err := env.Enroll(ctx, "rc", 1, k[0]); err != nil {
		t.Fatal(err)
	}
	r := chaintest.Release("rc", "1.0.0", 0, "v1")
	rd, _ := wire.Digest(env.Domain, r)
	rc := wire.PublishReceipt{ReleaseDigest: rd, RegistryStatus: 201, RegistryResponseHash: [32]byte{7}}
	sign := func(m wire.Message, key *ecdsa.PrivateKey) []byte {
		d := chaintest.Must(wire.Digest(env.Domain, m))
		return chaintest.Must(wire.Sign(key, d))
	}
	_, err := env.Writer.RecordReceipt(ctx, r, rc, sign(rc, env.Coordinator))
	wantRevert(t, err, "NotPublished")
	if _, err := env.Publish(ctx, r, 0, k[0]); err != nil {
		t.Fatal(err)
	}
	_, err = env.Writer.RecordReceipt(ctx, r, rc, sign(rc, env.Scorer))
	wantRevert(t, err, "UnregisteredCoordinator")
	other := rc
	other.ReleaseDigest = [32]byte{1}
	_, err = env.Writer.RecordReceipt(ctx, r, other, sign(other, env.Coordinator))
	wantRevert(t, err, "ReleaseMismatch")
	if _, err := env.Writer.RecordReceipt(ctx, r, rc, sign(rc, env.Coordinator)); err != nil {
		t.Fatal(err)
	}
	got, _ := env.Reader.Release(ctx, "rc", "1.0.0")
	if !got.NPMPublished {
		t.Fatalf("receipt not recorded: %+v", got)
	}
}

func TestEIP1271Wallets(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	deploy := func(code []byte) common.Address {
		rc, err := env.Writer.SendRaw(ctx, nil, code)
		if err != nil {
			t.Fatal(err)
		}
		return rc.ContractAddress
	}
	owner := k[5]
	ow := testwallet.NewOwnerWallet()
	ownerWallet := deploy(append(common.FromHex(testwallet.OwnerWalletMetaData.Bin), ow.PackConstructor(chaintest.Addr(owner))...))
	res, err := env.Client.CallContract(ctx, ethereum.CallMsg{To: &ownerWallet, Data: ow.PackOwner()}, nil)
	if got, uerr := ow.UnpackOwner(res); err != nil || uerr != nil || got != chaintest.Addr(owner) {
		t.Fatalf("wallet owner = %s, %v %v", got.Hex(), err, uerr)
	}
	refusing := deploy(common.FromHex(testwallet.RefusingWalletMetaData.Bin))

	p := wire.PolicyChange{PackageName: "w", Maintainers: []common.Address{chaintest.Addr(k[0]), ownerWallet, refusing}, Threshold: 2, Nonce: 0}
	cs := chaintest.Must(env.NameControl(p, nil))
	if _, err := env.Writer.Enroll(ctx, p, chaintest.Must(chaintest.Sign(env.Domain, wire.Enrollment(p), k[0]))[:1], cs); err == nil {
		t.Fatal("enroll with 1 of 2 signatures succeeded")
	}
	pd := chaintest.Must(wire.Digest(env.Domain, wire.Enrollment(p)))
	walletSig := chain.Signature{Signer: ownerWallet, Sig: chaintest.Must(wire.Sign(owner, pd))}
	sigs := append(chaintest.Must(chaintest.Sign(env.Domain, wire.Enrollment(p), k[0])), walletSig)
	if _, err := env.Writer.Enroll(ctx, p, sigs, cs); err != nil {
		t.Fatalf("enroll with an approving wallet: %v", err)
	}

	r := chaintest.Release("w", "1.0.0", 0, "w1")
	rd := chaintest.Must(wire.Digest(env.Domain, r))
	eoa := chaintest.Must(chaintest.Sign(env.Domain, r, k[0]))
	for _, tc := range []struct {
		name string
		sig  chain.Signature
		want string
	}{
		{"refusing wallet", chain.Signature{Signer: refusing, Sig: chaintest.Must(wire.Sign(owner, rd))}, "InvalidSignature"},
		{"wallet, wrong owner", chain.Signature{Signer: ownerWallet, Sig: chaintest.Must(wire.Sign(k[1], rd))}, "InvalidSignature"},
		{"approving wallet", chain.Signature{Signer: ownerWallet, Sig: chaintest.Must(wire.Sign(owner, rd))}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sigs := append(append([]chain.Signature(nil), eoa...), tc.sig)
			auth := chaintest.Must(env.Authorize(r, [32]byte{}, sigs, 0, nil))
			_, err := env.Writer.Publish(ctx, r, sigs, nil, nil, 0, auth)
			wantRevert(t, err, tc.want)
		})
	}
}

func TestEnclaves(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	key := chaintest.Addr(chaintest.Key(60))
	evidence := []byte("\xa4platform\x03quote... canonical CBOR evidence")
	_, err := env.RegisterEnclave(ctx, 3, key, [32]byte{1}, evidence)
	wantRevert(t, err, "BadRole")
	rc, err := env.RegisterEnclave(ctx, chain.RoleScorer, key, [32]byte{0xab}, evidence)
	if err != nil {
		t.Fatal(err)
	}
	c := chain.NewVouchRegistry()
	var found bool
	for _, l := range rc.Logs {
		ev, err := c.UnpackEnclaveRegisteredEvent(l)
		if err != nil {
			continue
		}
		found = ev.Key == key && ev.Role == chain.RoleScorer && string(ev.Evidence) == string(evidence) && ev.Measurement == [32]byte{0xab}
	}
	if !found {
		t.Fatal("EnclaveRegistered event with the evidence bytes not found")
	}
	_, err = env.RegisterEnclave(ctx, chain.RoleScorer, key, [32]byte{0xab}, evidence)
	wantRevert(t, err, "AlreadyRegistered")
	if role, err := env.Reader.EnclaveRole(ctx, key); err != nil || role != chain.RoleScorer {
		t.Fatalf("role = %d, %v", role, err)
	}
	if _, err := env.RetireEnclave(ctx, key); err != nil {
		t.Fatal(err)
	}
	_, err = env.RetireEnclave(ctx, key)
	wantRevert(t, err, "UnknownEnclave")
	if role, err := env.Reader.EnclaveRole(ctx, key); err != nil || role != 0 {
		t.Fatalf("retired role = %d, %v", role, err)
	}
}

func TestBatchAnchoring(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	for _, n := range []int{1, 5, 256} {
		leaves := make([][32]byte, n)
		for i := range leaves {
			leaves[i] = chain.BatchLeaf(wire.ReleaseKey("p", string(rune('a'+i%26))+string(rune(i))), [32]byte{byte(i), byte(n)})
		}
		tree, err := chain.NewMerkleTree(leaves)
		if err != nil {
			t.Fatal(err)
		}
		rc, err := env.Writer.AnchorBatch(ctx, tree.Root(), uint32(n))
		if err != nil {
			t.Fatal(err)
		}
		ev, err := chain.NewVouchRegistry().UnpackBatchAnchoredEvent(rc.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		batch := ev.Batch.Uint64()
		for _, i := range []int{0, n / 2, n - 1} {
			proof, err := tree.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if !chain.VerifyMerkleProof(tree.Root(), leaves[i], proof) {
				t.Fatalf("n=%d leaf %d: off-chain proof fails", n, i)
			}
			ok, err := env.Reader.VerifyBatchProof(ctx, batch, leaves[i], proof)
			if err != nil || !ok {
				t.Fatalf("n=%d leaf %d: on-chain proof = %v, %v", n, i, ok, err)
			}
			if ok, _ := env.Reader.VerifyBatchProof(ctx, batch, [32]byte{0xff}, proof); ok {
				t.Fatalf("n=%d: a foreign leaf verifies", n)
			}
			if ok, _ := env.Reader.VerifyBatchProof(ctx, batch+1, leaves[i], proof); ok {
				t.Fatalf("n=%d: proof verifies against a missing batch", n)
			}
		}
	}
	_, err := env.Writer.AnchorBatch(ctx, [32]byte{}, 1)
	wantRevert(t, err, "EmptyBatch")
}
