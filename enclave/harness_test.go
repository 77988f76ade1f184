package enclave

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/enclave/wire"
)

const testRegistryAddr = "0x5FbDB2315678afecb367f032d99180aa3e3c7aaa"

// makeTarball builds an npm tarball (package/package.json, package/index.js).
func makeTarball(t testing.TB, name, version, code string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	manifest, _ := json.Marshal(map[string]any{"name": name, "version": version, "main": "index.js", "description": "test package " + name})
	for _, f := range []struct {
		name string
		data []byte
	}{{"package/package.json", manifest}, {"package/index.js", []byte(code)}} {
		if err := tw.WriteHeader(&tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.data)), Typeflag: tar.TypeReg,
			ModTime: time.Unix(499162500, 0)}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(f.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// world is a coordinator with three maintainers, a scorer and test doubles.
type world struct {
	t        testing.TB
	c        *Coordinator
	cfg      *Config
	chain    *testChain
	clock    *testClock
	tpm      *sim.Attester       // the simulated platform: quotes, seals, NV rollback counter
	m        []*ecdsa.PrivateKey // maintainers
	outsider *ecdsa.PrivateKey
	scorer   *ecdsa.PrivateKey
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func testConfig(registryURL, caPEM string) *Config {
	return &Config{ChainID: 1337, Registry: testRegistryAddr, NPMRegistry: registryURL, NPMRegistryCA: caPEM,
		ProposalTTL: 0}
}

func newWorld(t testing.TB, registryURL, caPEM string) *world {
	t.Helper()
	cfgJSON, _ := json.Marshal(testConfig(registryURL, caPEM))
	cfg, err := ParseConfig(cfgJSON)
	if err != nil {
		t.Fatal(err)
	}
	tpm, err := sim.NewAttester()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = tpm.Close() })
	w := &world{t: t, cfg: cfg, chain: newTestChain(""), clock: newTestClock(), tpm: tpm,
		outsider: newKey(t), scorer: newKey(t)}
	for range 3 {
		w.m = append(w.m, newKey(t))
	}
	w.c = w.newCoordinator(newKey(t))
	w.chain.update(func(d *chainData) { d.Scorers[addr(w.scorer)] = true })
	return w
}

func (w *world) newCoordinator(key *ecdsa.PrivateKey) *Coordinator {
	c, err := New(w.cfg, simDeps(w.tpm, key, w.chain, w.clock.Now))
	if err != nil {
		w.t.Fatal(err)
	}
	return c
}

// simDeps wires the simulated TPM in as attester, token sealer and
// rollback-protected state sealer, as cmd/coordinator does.
func simDeps(tpm *sim.Attester, key *ecdsa.PrivateKey, chain ChainView, now func() time.Time) Deps {
	isRollback := func(err error) bool { return errors.Is(err, sim.ErrRollback) }
	return Deps{Key: key, Attester: tpm, Chain: chain, Now: now, Rand: rand.Reader,
		Sealer:      EnvelopeSealer{Platform: tpm, Rand: rand.Reader},
		StateSealer: EnvelopeStateSealer{Platform: PlatformStateSealer{StateSealer: tpm, IsRollback: isRollback}, Rand: rand.Reader}}
}

// enroll records a package policy on the test chain.
func (w *world) enroll(pkg string, threshold uint8, vetoWindow time.Duration, minScore uint8, refuseLow bool) {
	w.chain.update(func(d *chainData) {
		d.Policies[pkg] = PackagePolicy{Enrolled: true, Maintainers: []common.Address{addr(w.m[0]), addr(w.m[1]), addr(w.m[2])},
			Threshold: threshold, VetoWindow: uint64(vetoWindow / time.Second), MinScore: minScore, RefuseLowScore: refuseLow}
	})
}

func (w *world) nonce(pkg string) uint64 {
	p, _ := w.chain.Policy(context.Background(), pkg)
	return p.Nonce
}

func (w *world) release(pkg, version string, tgz []byte) wire.Release {
	i := sha512.Sum512(tgz)
	return wire.Release{PackageName: pkg, Version: version, Integrity: i[:], ContentHash: sha256.Sum256(tgz), Nonce: w.nonce(pkg)}
}

func (w *world) sign(k *ecdsa.PrivateKey, m wire.Message) ([32]byte, []byte) {
	w.t.Helper()
	d, err := wire.Digest(w.cfg.Domain(), m)
	if err != nil {
		w.t.Fatal(err)
	}
	sig, err := wire.Sign(k, d)
	if err != nil {
		w.t.Fatal(err)
	}
	return d, sig
}

func (w *world) score(rel wire.Release, score uint8) wire.ScoreRequest {
	pol, _ := w.chain.Policy(context.Background(), rel.PackageName)
	s := wire.Score{PackageName: rel.PackageName, Version: rel.Version, ContentHash: rel.ContentHash,
		BaseContentHash: pol.LastContentHash, Score: score, HeuristicScore: score}
	_, sig := w.sign(w.scorer, s)
	return wire.ScoreRequest{Score: s, Signature: sig}
}

func (w *world) approve(k *ecdsa.PrivateKey, digest [32]byte) wire.ApproveRequest {
	sig, err := wire.Sign(k, digest)
	if err != nil {
		w.t.Fatal(err)
	}
	return wire.ApproveRequest{ReleaseDigest: digest, Signature: sig}
}

// recordPublish plays the contract's publish(): it checks the enclave's
// authorization signature and records the release on the test chain.
func (w *world) recordPublish(enclaveAddr common.Address, rel wire.Release, a wire.SignedAuthorization) {
	w.t.Helper()
	d, err := wire.Digest(w.cfg.Domain(), a.Authorization)
	if err != nil {
		w.t.Fatal(err)
	}
	got, err := wire.Recover(d, a.Signature)
	if err != nil || got != enclaveAddr {
		w.t.Fatalf("authorization signed by %s (%v), want the enclave %s", got.Hex(), err, enclaveAddr.Hex())
	}
	key := wire.ReleaseKey(rel.PackageName, rel.Version)
	w.chain.update(func(cd *chainData) {
		cd.Published[common.Bytes2Hex(key[:])] = PublishedRecord{Found: true, ReleaseDigest: a.Authorization.ReleaseDigest, IntegrityHash: crypto.Keccak256Hash(rel.Integrity)}
		p := cd.Policies[rel.PackageName]
		p.Nonce++
		p.LastContentHash = rel.ContentHash
		cd.Policies[rel.PackageName] = p
	})
}
