//go:build !enclavemain

package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/vouchpm/vouch/enclave"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/registrytest"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
)

func tarball(t *testing.T, name, version string) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	manifest, _ := json.Marshal(map[string]string{"name": name, "version": version})
	if err := tw.WriteHeader(&tar.Header{Name: "package/package.json", Mode: 0o644, Size: int64(len(manifest)), Typeflag: tar.TypeReg}); err != nil {
		t.Fatal(err)
	}
	_, _ = tw.Write(manifest)
	_ = tw.Close()
	_ = zw.Close()
	return buf.Bytes()
}

// TestEndToEndOnTheRegistryContract runs the coordinator (simulated TPM)
// against the real VouchRegistry contract on the simulated chain and a real
// Verdaccio over TLS: the contract accepts the enclave's authorization, and
// only after the chain records publish() does the tarball reach npm.
func TestEndToEndOnTheRegistryContract(t *testing.T) {
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
	releaseFlow(ctx, t, p)
}

// flow is what releaseFlow leaves behind for a test to go on with.
type flow struct {
	c        *enclave.Coordinator
	cfg      *enclave.Config
	chain    enclave.ChainView
	evidence []byte
}

// releaseFlow enrolls a package 2-of-3 on the registry contract, hands the
// coordinator on platform p a token for a real Verdaccio over TLS, proposes,
// scores and approves a release, relays the enclave's authorization to the
// contract and checks that the enclave then published exactly the signed bytes.
func releaseFlow(ctx context.Context, t *testing.T, p *Platform) flow {
	t.Helper()
	reg := registrytest.Start(t, registrytest.Options{TLS: true})
	login := reg.AddUser(t, "dana", "dana-password-1")

	env, err := chaintest.NewSimulated(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	m := env.Keys[:3]
	policy := chaintest.Policy("e2e-pkg", 0, 2, m...)
	policy.VetoWindow, policy.MinScore = 0, 50
	if _, err := env.EnrollPolicy(ctx, policy, m[:2]...); err != nil {
		t.Fatal(err)
	}

	cfg := &enclave.Config{ChainID: env.Domain.ChainID, Registry: env.Domain.Registry.Hex(), NPMRegistry: reg.URL,
		NPMRegistryCA: string(reg.CAPEM), ProposalTTL: 0}
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
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(&key.PublicKey), []byte(login), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	grant := wire.AddTokenRequest{Package: "e2e-pkg", Ciphertext: ct}
	gsigs, err := chaintest.Sign(env.Domain, grant.Grant(), m[:2]...)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range gsigs {
		grant.Signatures = append(grant.Signatures, s.Sig)
	}
	if _, err := c.AddToken(ctx, grant); err != nil {
		t.Fatal(err)
	}

	tgz := tarball(t, "e2e-pkg", "1.0.0")
	integrity := sha512.Sum512(tgz)
	rel := wire.Release{PackageName: "e2e-pkg", Version: "1.0.0", Integrity: integrity[:], ContentHash: sha256.Sum256(tgz), Nonce: 0}
	d, err := wire.Digest(env.Domain, rel)
	if err != nil {
		t.Fatal(err)
	}
	sig0, _ := wire.Sign(m[0], d)
	if _, err := c.Propose(ctx, wire.ProposeRequest{Release: rel, Signature: sig0, Tarball: tgz}); err != nil {
		t.Fatal(err)
	}
	score := chaintest.ScoreOf(rel, 90)
	_, ssig, err := env.SignScore(score, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.AddScore(ctx, wire.ScoreRequest{Score: score, Signature: ssig}); err != nil {
		t.Fatal(err)
	}
	// One of three: the contract would refuse, and the enclave authorizes nothing.
	if out, err := c.Tick(ctx); err != nil || len(out.Authorizations) != 0 {
		t.Fatalf("1 of 3: %d authorizations, %v", len(out.Authorizations), err)
	}
	sig1, _ := wire.Sign(m[1], d)
	if _, err := c.Approve(ctx, wire.ApproveRequest{ReleaseDigest: d, Signature: sig1}); err != nil {
		t.Fatal(err)
	}
	out, err := c.Tick(ctx)
	if err != nil || len(out.Authorizations) != 1 || len(out.Receipts) != 0 {
		t.Fatalf("2 of 3: %d authorizations, %d receipts, %v", len(out.Authorizations), len(out.Receipts), err)
	}
	if reg.Versions(t, "e2e-pkg") != nil {
		t.Fatal("published to npm before the chain recorded publish()")
	}
	a := out.Authorizations[0]
	var relay []chain.Signature
	for i, s := range a.Authorization.Signers {
		relay = append(relay, chain.Signature{Signer: s, Sig: a.Signatures[i]})
	}
	// publish() checks the veto window by block time; this chain seals a
	// block per transaction, so its clock may trail the enclave's by a second.
	if err := env.Sim.AdjustTime(2 * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Writer.Publish(ctx, a.Release, relay, a.Score, a.ScoreSig, a.Authorization.ReadyAt, a.Signature); err != nil {
		t.Fatalf("the contract refused the enclave's authorization: %v", err)
	}
	out, err = c.Tick(ctx)
	if err != nil || len(out.Receipts) != 1 || out.Receipts[0].Receipt.RegistryStatus != 201 {
		t.Fatalf("tick after publish(): %+v, %v", out.Receipts, err)
	}
	if _, err := env.Writer.RecordReceipt(ctx, rel, out.Receipts[0].Receipt, out.Receipts[0].Signature); err != nil {
		t.Fatalf("the contract refused the enclave's receipt: %v", err)
	}
	info, err := env.Reader.Release(ctx, "e2e-pkg", "1.0.0")
	if err != nil || !info.Recorded() || !info.NPMPublished {
		t.Fatalf("on-chain record %+v, %v", info, err)
	}
	if sum := sha512.Sum512(reg.Tarball(t, "e2e-pkg", "1.0.0")); !bytes.Equal(sum[:], rel.Integrity) {
		t.Fatal("served bytes do not hash to the signed integrity")
	}
	// The next proposal must carry the nonce the chain moved to.
	tgz2 := tarball(t, "e2e-pkg", "1.0.1")
	i2 := sha512.Sum512(tgz2)
	stale := wire.Release{PackageName: "e2e-pkg", Version: "1.0.1", Integrity: i2[:], ContentHash: sha256.Sum256(tgz2), Nonce: 0}
	d2, _ := wire.Digest(env.Domain, stale)
	s2, _ := wire.Sign(m[0], d2)
	if _, err := c.Propose(ctx, wire.ProposeRequest{Release: stale, Signature: s2, Tarball: tgz2}); !errors.Is(err, enclave.ErrWrongNonce) {
		t.Fatalf("stale nonce after publish: %v, want ErrWrongNonce", err)
	}
	return flow{c: c, cfg: cfg, chain: registryView{r: env.Reader}, evidence: ev}
}
