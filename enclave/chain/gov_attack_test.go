package chain_test

import (
	"context"
	"crypto/ecdsa"
	"github.com/vouchpm/vouch/enclave/chain"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/chain/testwallet"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/governance"
)

// Governance of the enclave set (../shared/THREATS.md; issue 14): M of N
// governance keys sign EIP-712 statements; the host's chain key only pays
// gas. Before, registerEnclave was onlyGovernance, governance was the key
// vouch-host ran with, and the host registered any genuine key it saw.

// relay sends s with sigs from the host's key (env.Writer).
func relay(ctx context.Context, env *chaintest.Env, s governance.Statement, sigs []chain.Signature) (*types.Receipt, error) {
	data, err := s.Calldata(sigs)
	if err != nil {
		return nil, err
	}
	return env.Writer.Relay(ctx, data, s.PrimaryType())
}

func govSign(t *testing.T, env *chaintest.Env, s governance.Statement, keys ...*ecdsa.PrivateKey) []chain.Signature {
	t.Helper()
	return chaintest.Must(governance.Sign(env.Domain, s, keys...))
}

func nonce(t *testing.T, env *chaintest.Env) uint64 {
	t.Helper()
	return chaintest.Must(env.GovNonce(context.Background()))
}

// The host's chain key (the Writer vouch-host sends with) registers an
// enclave key of its choosing: with no governance signature, with its own
// signature, or with one governance signature of the two needed. The
// measurement is even allowlisted; only governance's quorum may register.
func TestAttackHostRegistersEnclaveWithoutGovernance(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	rogue := chaintest.Addr(chaintest.Key(61))
	m := [32]byte{0x11}
	if _, err := env.Govern(ctx, governance.Allowlist{Allowed: true, Role: chain.RoleCoordinator, Measurement: m, Nonce: nonce(t, env)}); err != nil {
		t.Fatal(err)
	}
	reg := governance.Registration{Role: chain.RoleCoordinator, Key: rogue, Measurement: m, Evidence: []byte("genuine evidence"), Nonce: nonce(t, env)}
	for name, tc := range map[string]struct {
		sigs []chain.Signature
		want string
	}{
		"no signature":            {nil, "BelowThreshold"},
		"the host's own":          {govSign(t, env, reg, env.Governance, env.Keys[0]), "UnknownSigner"},
		"one governance key of 2": {govSign(t, env, reg, env.GovKeys[0]), "BelowThreshold"},
		"one key signing twice": {append(govSign(t, env, reg, env.GovKeys[0]), govSign(t, env, reg, env.GovKeys[0])...),
			"DuplicateOrUnsortedSigner"},
	} {
		_, err := relay(ctx, env, reg, tc.sigs)
		if err == nil {
			t.Fatalf("%s: the host registered a coordinator key without governance's quorum", name)
		}
		wantRevert(t, err, tc.want)
	}
	if role, err := env.Reader.EnclaveRole(ctx, rogue); err != nil || role != 0 {
		t.Fatalf("rogue key role = %d, %v", role, err)
	}
	// The same registration signed by 2 of 3 goes through, relayed by the host.
	if _, err := relay(ctx, env, reg, govSign(t, env, reg, env.GovKeys[2], env.GovKeys[1])); err != nil {
		t.Fatalf("governance's registration: %v", err)
	}
	if role, err := env.Reader.EnclaveRole(ctx, rogue); err != nil || role != chain.RoleCoordinator {
		t.Fatalf("registered role = %d, %v", role, err)
	}
}

// Governance signs for a measurement id nobody allowlisted, or for a debug
// build of an allowlisted enclave: the chain refuses both.
func TestGovernanceRefusesDebugAndUnlistedMeasurements(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	prod := &attestation.Claims{Platform: attestation.PlatformSGX, Measurement: "aa11", Signer: "bb22", Role: attestation.RoleCoordinator,
		Address: chaintest.Addr(chaintest.Key(62)), PolicyDigest: make([]byte, 32)}
	prod.PolicyDigest[0] = 0xcf
	debug := *prod
	debug.Debug, debug.Address = true, chaintest.Addr(chaintest.Key(63))
	if governance.MeasurementID(prod) == governance.MeasurementID(&debug) {
		t.Fatal("a debug enclave has the production measurement id")
	}
	if _, err := governance.AllowlistFor(&debug, 0); err == nil {
		t.Fatal("AllowlistFor accepted a debug enclave")
	}
	entry := chaintest.Must(governance.AllowlistFor(prod, nonce(t, env)))
	if _, err := env.Govern(ctx, entry); err != nil {
		t.Fatal(err)
	}
	if ok, err := governance.IsAllowed(ctx, env.Client, env.Writer.Registry(), chain.RoleCoordinator, entry.Measurement, entry.ConfigDigest); err != nil || !ok {
		t.Fatalf("allowlisted = %v, %v", ok, err)
	}
	// Not allowlisted: another configuration, another role, another build.
	other := *prod
	other.PolicyDigest = make([]byte, 32)
	asScorer := *prod
	asScorer.Role = attestation.RoleScorer
	otherBuild := *prod
	otherBuild.Measurement = "aa12"
	for name, c := range map[string]*attestation.Claims{"other config": &other, "other role": &asScorer, "other build": &otherBuild} {
		reg := chaintest.Must(governance.NewRegistration(c, []byte("ev"), nonce(t, env)))
		_, err := env.Govern(ctx, reg)
		if err == nil {
			t.Fatalf("%s: registered without an allowlist entry", name)
		}
		wantRevert(t, err, "NotAllowlisted")
	}
	// A debug enclave: refused as debug, and refused when the statement
	// hides the flag (its measurement id is not the production one).
	reg := chaintest.Must(governance.NewRegistration(&debug, []byte("ev"), nonce(t, env)))
	_, err := env.Govern(ctx, reg)
	wantRevert(t, err, "DebugEnclave")
	reg.Debug = false
	_, err = env.Govern(ctx, reg)
	wantRevert(t, err, "NotAllowlisted")
	// Disallowed: no further registration.
	reg = chaintest.Must(governance.NewRegistration(prod, []byte("ev"), nonce(t, env)))
	entry.Allowed, entry.Nonce = false, nonce(t, env)
	if _, err := env.Govern(ctx, entry); err != nil {
		t.Fatal(err)
	}
	reg.Nonce = nonce(t, env)
	_, err = env.Govern(ctx, reg)
	wantRevert(t, err, "NotAllowlisted")
}

// Signatures governance gave once are replayed: the same statement again,
// a registration's signatures for another key, a Disallow's signatures as
// an Allow. The nonce and the typed data refuse each.
func TestAttackGovernanceSignatureReplay(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	m := [32]byte{0x22}
	allow := governance.Allowlist{Allowed: true, Role: chain.RoleScorer, Measurement: m, Nonce: nonce(t, env)}
	allowSigs := govSign(t, env, allow, env.GovKeys[0], env.GovKeys[1])
	if _, err := relay(ctx, env, allow, allowSigs); err != nil {
		t.Fatal(err)
	}
	_, err := relay(ctx, env, allow, allowSigs)
	wantRevert(t, err, "BadNonce")

	n := nonce(t, env)
	reg := governance.Registration{Role: chain.RoleScorer, Key: chaintest.Addr(chaintest.Key(64)), Measurement: m, Evidence: []byte("ev"), Nonce: n}
	sigs := govSign(t, env, reg, env.GovKeys[0], env.GovKeys[1])
	swapped := reg
	swapped.Key = chaintest.Addr(chaintest.Key(65))
	_, err = relay(ctx, env, swapped, sigs)
	wantRevert(t, err, "InvalidSignature")
	if _, err := relay(ctx, env, reg, sigs); err != nil {
		t.Fatal(err)
	}
	// Retired, its registration replayed: a retired key never comes back.
	if _, err := env.RetireEnclave(ctx, reg.Key); err != nil {
		t.Fatal(err)
	}
	_, err = relay(ctx, env, reg, sigs)
	wantRevert(t, err, "AlreadyRegistered")
	if role, err := env.Reader.EnclaveRole(ctx, reg.Key); err != nil || role != 0 {
		t.Fatalf("replayed retired key role = %d, %v", role, err)
	}

	dis := governance.Allowlist{Allowed: false, Role: chain.RoleScorer, Measurement: [32]byte{0x33}, Nonce: nonce(t, env)}
	disSigs := govSign(t, env, dis, env.GovKeys[0], env.GovKeys[1])
	asAllow := dis
	asAllow.Allowed = true
	_, err = relay(ctx, env, asAllow, disSigs)
	wantRevert(t, err, "InvalidSignature")
}

// Retirement, a governance change (old members lose their say), and a
// contract wallet (EIP-1271) as a governance member.
func TestGovernanceRetireAndChange(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	key := chaintest.Addr(env.Coordinator)
	_, err := relay(ctx, env, governance.Retirement{Key: key, Nonce: nonce(t, env)}, nil)
	wantRevert(t, err, "BelowThreshold")
	if _, err := env.RetireEnclave(ctx, key); err != nil {
		t.Fatal(err)
	}
	if role, err := env.Reader.EnclaveRole(ctx, key); err != nil || role != 0 {
		t.Fatalf("retired role = %d, %v", role, err)
	}
	_, err = env.RetireEnclave(ctx, key)
	wantRevert(t, err, "UnknownEnclave")

	// A wallet owned by owner joins k[0] as 2 of 2.
	owner := env.Keys[5]
	ow := testwallet.NewOwnerWallet()
	rc, err := env.Writer.SendRaw(ctx, nil, append(common.FromHex(testwallet.OwnerWalletMetaData.Bin), ow.PackConstructor(chaintest.Addr(owner))...))
	if err != nil {
		t.Fatal(err)
	}
	wallet := rc.ContractAddress
	change := governance.Change{Members: []common.Address{chaintest.Addr(env.Keys[0]), wallet}, Threshold: 2, Nonce: nonce(t, env)}
	bad := change
	bad.Threshold = 3
	_, err = env.Govern(ctx, bad)
	wantRevert(t, err, "BadThreshold")
	if _, err := env.Govern(ctx, change); err != nil {
		t.Fatal(err)
	}
	st := chaintest.Must(governance.Read(ctx, env.Client, env.Writer.Registry()))
	if len(st.Members) != 2 || st.Threshold != 2 || st.Members[1] != wallet {
		t.Fatalf("governance = %+v", st)
	}
	m := [32]byte{0x44}
	allow := governance.Allowlist{Allowed: true, Role: chain.RoleCoordinator, Measurement: m, Nonce: st.Nonce}
	_, err = env.Govern(ctx, allow) // the old members
	wantRevert(t, err, "UnknownSigner")
	d := chaintest.Must(governance.Digest(env.Domain, allow))
	walletSig := chain.Signature{Signer: wallet, Sig: chaintest.Must(wireSign(owner, d))}
	if _, err := relay(ctx, env, allow, append(govSign(t, env, allow, env.Keys[0]), walletSig)); err != nil {
		t.Fatalf("allow signed by a key and a wallet: %v", err)
	}
}

// The Go typed data hashes to the contract's digests.
func TestGovernanceDigestsMatchContract(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	reg := chain.NewVouchRegistry()
	to := env.Writer.Registry()
	callDigest := func(data []byte) [32]byte {
		out, err := env.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return [32]byte(out[:32])
	}
	r := governance.Registration{Role: 1, Key: chaintest.Addr(chaintest.Key(1)), Measurement: [32]byte{1, 2}, Debug: true, ConfigDigest: [32]byte{3}, Evidence: []byte("evidence"), Nonce: 7}
	type pair struct {
		s    governance.Statement
		data []byte
	}
	cases := []pair{
		{r, reg.PackRegistrationDigest(chain.VouchRegistryEnclaveRegistration{Role: 1, Key: r.Key, Measurement: r.Measurement, Debug: true,
			ConfigDigest: r.ConfigDigest, Evidence: r.Evidence, Nonce: bigU(7)})},
		{governance.Retirement{Key: r.Key, Reason: "old TCB", Nonce: 8}, reg.PackRetirementDigest(chain.VouchRegistryEnclaveRetirement{Key: r.Key, Reason: "old TCB", Nonce: bigU(8)})},
		{governance.Allowlist{Allowed: true, Role: 2, Measurement: [32]byte{4}, ConfigDigest: [32]byte{5}, Nonce: 9}, reg.PackAllowDigest(
			chain.VouchRegistryAllowlistEntry{Role: 2, Measurement: [32]byte{4}, ConfigDigest: [32]byte{5}, Nonce: bigU(9)}, true)},
		{governance.Allowlist{Role: 2, Measurement: [32]byte{4}, ConfigDigest: [32]byte{5}, Nonce: 9}, reg.PackAllowDigest(
			chain.VouchRegistryAllowlistEntry{Role: 2, Measurement: [32]byte{4}, ConfigDigest: [32]byte{5}, Nonce: bigU(9)}, false)},
		{governance.Change{Members: []common.Address{r.Key, to}, Threshold: 1, Nonce: 10}, reg.PackGovernanceDigest(
			chain.VouchRegistryGovernanceChange{Members: []common.Address{r.Key, to}, Threshold: 1, Nonce: bigU(10)})},
	}
	for _, c := range cases {
		if got, want := chaintest.Must(governance.Digest(env.Domain, c.s)), callDigest(c.data); got != want {
			t.Errorf("%s: Go digest %x, contract %x", c.s.PrimaryType(), got, want)
		}
	}
}

func bigU(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

func wireSign(k *ecdsa.PrivateKey, d [32]byte) ([]byte, error) { return wire.Sign(k, d) }
