//go:build !enclavemain

package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/json"
	"errors"
	"github.com/vouchpm/vouch/enclave/chain"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/vouchpm/vouch/enclave"
	"github.com/vouchpm/vouch/enclave/chain/testwallet"
	"github.com/vouchpm/vouch/enclave/registrytest"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
)

// TestWalletMaintainerAndCIProposer runs the coordinator on the registry
// contract with a maintainer whose key is an EIP-1271 contract wallet
// (OwnerWallet) and a CI proposer: the wallet enrolls, grants the token and
// approves through isValidSignature; the CI key proposes a release carrying
// gitSha and ciRunUrl but never counts towards the 2 of 3; the contract
// accepts the enclave's authorization and records the release's provenance.
func TestWalletMaintainerAndCIProposer(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and Verdaccio")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	p, err := openSim(ctx, platformArgs{StateDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = p.Close() }()
	reg := registrytest.Start(t, registrytest.Options{TLS: true})
	login := reg.AddUser(t, "wally", "wally-password-1")
	env, err := chaintest.NewSimulated(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	k := env.Keys
	owner, ci := k[5], k[6]
	ow := testwallet.NewOwnerWallet()
	rc, err := env.Writer.SendRaw(ctx, nil, append(common.FromHex(testwallet.OwnerWalletMetaData.Bin), ow.PackConstructor(chaintest.Addr(owner))...))
	if err != nil {
		t.Fatal(err)
	}
	wallet := rc.ContractAddress
	walletSig := func(m wire.Message) chain.Signature {
		d := chaintest.Must(wire.Digest(env.Domain, m))
		return chain.Signature{Signer: wallet, Sig: chaintest.Must(wire.Sign(owner, d))}
	}

	policy := wire.PolicyChange{PackageName: "wallet-pkg", Maintainers: []common.Address{chaintest.Addr(k[0]), wallet, chaintest.Addr(k[2])},
		Threshold: 2, Proposers: []common.Address{chaintest.Addr(ci)}}
	cs := chaintest.Must(env.NameControl(policy, nil))
	esigs := append(chaintest.Must(chaintest.Sign(env.Domain, wire.Enrollment(policy), k[0])), walletSig(wire.Enrollment(policy)))
	if _, err := env.Writer.Enroll(ctx, policy, esigs, cs); err != nil {
		t.Fatalf("enroll with the wallet's signature: %v", err)
	}

	cfg := &enclave.Config{ChainID: env.Domain.ChainID, Registry: env.Domain.Registry.Hex(), NPMRegistry: reg.URL, NPMRegistryCA: string(reg.CAPEM)}
	raw, _ := json.Marshal(cfg)
	if cfg, err = enclave.ParseConfig(raw); err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	c, err := enclave.New(cfg, enclave.Deps{Key: key, Attester: p.Attester, Sealer: p.Sealer, StateSealer: p.StateSealer,
		Chain: registryView{r: env.Reader}, Now: time.Now, Rand: rand.Reader})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := c.Evidence(ctx, bytes.Repeat([]byte{5}, 32))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.RegisterEnclave(ctx, chain.RoleCoordinator, c.Address(), sha256.Sum256(ev), ev); err != nil {
		t.Fatal(err)
	}

	// The token grant: the wallet and k0.
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(&key.PublicKey), []byte(login), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	grant := wire.AddTokenRequest{Package: "wallet-pkg", Ciphertext: ct}
	ws := walletSig(grant.Grant())
	grant.Signers = []common.Address{wallet, chaintest.Addr(k[0])}
	grant.Signatures = [][]byte{ws.Sig, chaintest.Must(chaintest.Sign(env.Domain, grant.Grant(), k[0]))[0].Sig}
	tok, err := c.AddToken(ctx, grant)
	if err != nil {
		t.Fatalf("token grant with the wallet's signature: %v", err)
	}
	if _, err := env.Writer.GrantToken(ctx, tok.Grant, sigsOf(tok.Signers, tok.Signatures)); err != nil {
		t.Fatalf("the contract refused the enclave's grant: %v", err)
	}

	// CI proposes, with its commit and run.
	tgz := tarball(t, "wallet-pkg", "1.0.0")
	integrity := sha512.Sum512(tgz)
	rel := wire.Release{PackageName: "wallet-pkg", Version: "1.0.0", Integrity: integrity[:], ContentHash: sha256.Sum256(tgz), Nonce: 0,
		GitSha: [20]byte{0x1f, 0x2e, 19: 0x3d}, CIRunURL: "https://github.com/o/wallet-pkg/actions/runs/7"}
	d := chaintest.Must(wire.Digest(env.Domain, rel))
	ciSig := chaintest.Must(wire.Sign(ci, d))
	if _, err := c.Propose(ctx, wire.ProposeRequest{Release: rel, Signer: chaintest.Addr(ci), Signature: ciSig, Tarball: tgz}); err != nil {
		t.Fatalf("CI proposer: %v", err)
	}
	score := chaintest.ScoreOf(rel, 90)
	_, ssig, err := env.SignScore(score, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.AddScore(ctx, wire.ScoreRequest{Score: score, Signature: ssig}); err != nil {
		t.Fatal(err)
	}
	// The CI key cannot approve its own release.
	if _, err := c.Approve(ctx, wire.ApproveRequest{ReleaseDigest: d, Signer: chaintest.Addr(ci), Signature: ciSig}); !errors.Is(err, enclave.ErrNotMaintainer) && !errors.Is(err, enclave.ErrDuplicate) {
		t.Fatalf("CI approval: %v, want refused", err)
	}
	// One human approval with the CI proposal is 1 of 2: nothing authorized.
	s0 := chaintest.Must(wire.Sign(k[0], d))
	st, err := c.Approve(ctx, wire.ApproveRequest{ReleaseDigest: d, Signer: chaintest.Addr(k[0]), Signature: s0})
	if err != nil {
		t.Fatal(err)
	}
	if out, err := c.Tick(ctx); err != nil || len(out.Authorizations) != 0 || st.State != wire.StatePending {
		t.Fatalf("CI + 1 human: state %s, %d authorizations, %v", st.State, len(out.Authorizations), err)
	}
	// A signature the wallet does not accept, in its name, is refused.
	forged := chaintest.Must(wire.Sign(k[2], d))
	if _, err := c.Approve(ctx, wire.ApproveRequest{ReleaseDigest: d, Signer: wallet, Signature: forged}); !errors.Is(err, enclave.ErrBadSignature) {
		t.Fatalf("approval the wallet refuses: %v, want ErrBadSignature", err)
	}
	if _, err := c.Approve(ctx, wire.ApproveRequest{ReleaseDigest: d, Signer: wallet, Signature: walletSig(rel).Sig}); err != nil {
		t.Fatalf("wallet approval: %v", err)
	}
	out, err := c.Tick(ctx)
	if err != nil || len(out.Authorizations) != 1 {
		t.Fatalf("2 humans: %d authorizations, %v", len(out.Authorizations), err)
	}
	a := out.Authorizations[0]
	for _, s := range a.Authorization.Signers {
		if s == chaintest.Addr(ci) {
			t.Fatal("the CI proposer is among the authorization's signers")
		}
	}
	if err := env.Sim.AdjustTime(2 * time.Second); err != nil {
		t.Fatal(err)
	}
	prc, err := env.Writer.Publish(ctx, a.Release, sigsOf(a.Authorization.Signers, a.Signatures), a.Score, a.ScoreSig, a.Authorization.ReadyAt, a.Signature)
	if err != nil {
		t.Fatalf("the contract refused the enclave's authorization: %v", err)
	}
	var pub *chain.VouchRegistryPublished
	for _, l := range prc.Logs {
		if e, err := chain.NewVouchRegistry().UnpackPublishedEvent(l); err == nil {
			pub = e
		}
	}
	if pub == nil || pub.Release.GitSha != rel.GitSha || pub.Release.CiRunUrl != rel.CIRunURL || len(pub.Signers) != 2 {
		t.Fatalf("Published event %+v", pub)
	}
	out, err = c.Tick(ctx)
	if err != nil || len(out.Receipts) != 1 || out.Receipts[0].Receipt.RegistryStatus != 201 {
		t.Fatalf("tick after publish(): %+v, %v", out.Receipts, err)
	}
	if sum := sha512.Sum512(reg.Tarball(t, "wallet-pkg", "1.0.0")); !bytes.Equal(sum[:], rel.Integrity) {
		t.Fatal("served bytes do not hash to the signed integrity")
	}
}

func sigsOf(signers []common.Address, sigs [][]byte) []chain.Signature {
	out := make([]chain.Signature, len(signers))
	for i := range signers {
		out[i] = chain.Signature{Signer: signers[i], Sig: sigs[i]}
	}
	return out
}
