package relay

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	_ "modernc.org/sqlite"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/enclave"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	anchor "github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/store"
)

// chainView is the coordinator's ChainView over the registry (as
// cmd/coordinator reads it), for an in-process coordinator.
type chainView struct{ r *chain.Reader }

func (v chainView) Policy(ctx context.Context, pkg string) (enclave.PackagePolicy, error) {
	p, err := v.r.Package(ctx, pkg)
	return enclave.PackagePolicy{Enrolled: p.Enrolled, Maintainers: p.Maintainers, Threshold: p.Threshold,
		VetoWindow: uint64(p.VetoWindow / time.Second), MinScore: p.MinScore, RefuseLowScore: p.RefuseLowScore, Nonce: p.Nonce,
		TokenNonce: p.TokenNonce, LastContentHash: p.LastContentHash}, err
}

func (v chainView) Vetoed(ctx context.Context, pkg string, d [32]byte) (bool, error) {
	return v.r.Vetoed(ctx, pkg, d)
}

func (v chainView) Published(ctx context.Context, key [32]byte) (enclave.PublishedRecord, error) {
	infos, err := v.r.Releases(ctx, [][32]byte{key})
	if err != nil || len(infos) != 1 {
		return enclave.PublishedRecord{}, errors.Join(err, errors.New("one record wanted"))
	}
	return enclave.PublishedRecord{Found: infos[0].Recorded(), IntegrityHash: infos[0].IntegrityHash}, nil
}

func (v chainView) ScorerRegistered(ctx context.Context, a common.Address) (bool, error) {
	role, err := v.r.EnclaveRole(ctx, a)
	return role == chain.RoleScorer, err
}

// runCoordinator serves an in-process coordinator on the simulated TPM whose
// NV memory lives in dir, so a second one on the same dir is a restart.
func runCoordinator(t *testing.T, env *chaintest.Env, dir, sock string) (stop func()) {
	t.Helper()
	tpm, err := sim.NewAttester(sim.WithStateFile(filepath.Join(dir, "tpm.state")))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(enclave.Config{ChainID: env.Domain.ChainID, Registry: env.Domain.Registry.Hex(), NPMRegistry: "https://127.0.0.1:9"})
	cfg, err := enclave.ParseConfig(raw)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	isRollback := func(err error) bool { return errors.Is(err, sim.ErrRollback) }
	c, err := enclave.New(cfg, enclave.Deps{Key: key, Attester: tpm, Sealer: enclave.EnvelopeSealer{Platform: tpm, Rand: rand.Reader},
		StateSealer: enclave.EnvelopeStateSealer{Rand: rand.Reader, Platform: enclave.PlatformStateSealer{StateSealer: tpm, IsRollback: isRollback}},
		Chain:       chainView{r: env.Reader}, Now: time.Now, Rand: rand.Reader})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); _ = c.Serve(ctx, l, slog.New(slog.DiscardHandler)) }()
	var once sync.Once
	stop = func() { once.Do(func() { cancel(); wg.Wait(); _ = tpm.Close() }) }
	t.Cleanup(stop)
	return stop
}

type relayEnv struct {
	env   *chaintest.Env
	st    store.Store
	ob    *anchor.Outbox
	relay *Coordinator
	sock  string
}

func newRelayEnv(t *testing.T, verify EvidenceVerifier) *relayEnv {
	t.Helper()
	ctx := context.Background()
	env, err := chaintest.NewSimulated(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(env.Close)
	dir := t.TempDir()
	st, err := store.Open(ctx, filepath.Join(dir, "host.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "outbox.db")+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if err := anchor.MigrateOutbox(ctx, db); err != nil {
		t.Fatal(err)
	}
	ob := anchor.NewOutbox(db, env.Client, env.Governance, anchor.OutboxOptions{Poll: 5 * time.Millisecond})
	sock := filepath.Join(dir, "c.sock")
	r := &Coordinator{Store: st, Domain: env.Domain, Verify: verify,
		Dial:   func(ctx context.Context) (*wire.Client, error) { return wire.Dial(ctx, "unix", sock) },
		Anchor: ChainAnchor{Outbox: ob, Reader: env.Reader, Registry: env.Domain.Registry},
		Log:    slog.New(slog.NewTextHandler(tWriter{t}, nil))}
	r.Approve = (&KeyApprover{Keys: env.GovKeys[:env.GovThreshold], Anchor: r.Anchor.(ChainAnchor), Caller: env.Client, Domain: env.Domain}).Approve
	return &relayEnv{env: env, st: st, ob: ob, relay: r, sock: sock}
}

// round runs one relay pass and mines what it queued.
func (e *relayEnv) round(t *testing.T) error {
	t.Helper()
	err := e.relay.Round(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if derr := e.ob.Drain(ctx); derr != nil {
		t.Fatal(derr)
	}
	return err
}

func signedBy(t *testing.T, k *ecdsa.PrivateKey, d [32]byte) api.SignedBy {
	t.Helper()
	sig, err := wire.Sign(k, d)
	if err != nil {
		t.Fatal(err)
	}
	return api.SignedBy{Signer: crypto.PubkeyToAddress(k.PublicKey), Signature: sig}
}

// TestRelayCarriesAVetoAcrossACoordinatorRestart enrolls through the
// outbox, proposes, restarts the coordinator (the relay reconnects and
// hands it its sealed state back), then relays a veto: the restarted enclave
// knows the release, keeps its key, and stops it.
func TestRelayCarriesAVetoAcrossACoordinatorRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a simulated chain and TPM")
	}
	ctx := context.Background()
	e := newRelayEnv(t, devVerifier(t))
	stop := runCoordinator(t, e.env, filepath.Dir(e.sock), e.sock)
	m := e.env.Keys[:3]
	pol := chaintest.Policy("veto-pkg", 0, 2, m...)
	pd, _ := wire.Digest(e.env.Domain, wire.Enrollment(pol))
	body, _ := json.Marshal(api.PolicyRequest{Policy: pol, Signatures: []api.SignedBy{signedBy(t, m[0], pd), signedBy(t, m[1], pd)},
		NameControl: chaintest.Must(e.env.NameControl(pol, nil))})
	if err := e.st.PutPackage(ctx, store.Package{Name: "veto-pkg", Policy: body}); err != nil {
		t.Fatal(err)
	}
	// Three passes: the test's governance allowlists the coordinator, then
	// registers its key, one statement a pass.
	for i := 0; i < 3; i++ {
		if err := e.round(t); err != nil {
			t.Fatal(err)
		}
	}
	if p, err := e.env.Reader.Package(ctx, "veto-pkg"); err != nil || !p.Enrolled || p.Threshold != 2 {
		t.Fatalf("enrollment on chain: %+v, %v", p, err)
	}
	ev, err := e.relay.Evidence(ctx, attestation.RoleCoordinator, make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	claims, err := devVerifier(t)(ctx, ev)
	if err != nil {
		t.Fatal(err)
	}
	if role, err := e.env.Reader.EnclaveRole(ctx, claims.Address); err != nil || role != chain.RoleCoordinator {
		t.Fatalf("coordinator key %s has role %d on chain, %v", claims.Address.Hex(), role, err)
	}

	tgz := npmTarball(t, "veto-pkg", "1.0.0")
	integ := sha512.Sum512(tgz)
	rj := api.ReleaseJSON{PackageName: "veto-pkg", Version: "1.0.0", Integrity: "sha512-" + base64.StdEncoding.EncodeToString(integ[:]), ContentHash: sha256.Sum256(tgz)}
	rel, _ := rj.Wire()
	rd, _ := wire.Digest(e.env.Domain, rel)
	id := wire.HexDigest(rd)
	prop, _ := json.Marshal(api.ProposeRequest{Release: rj})
	if err := e.st.PutTarball(ctx, rj.ContentHash.Hex(), tgz); err != nil {
		t.Fatal(err)
	}
	if _, err := e.st.CreateRelease(ctx, store.Release{ID: id, Package: "veto-pkg", Version: "1.0.0", ContentHash: rj.ContentHash.Hex(), Proposal: prop}); err != nil {
		t.Fatal(err)
	}
	p0 := signedBy(t, m[0], rd)
	if _, err := e.st.AddSignature(ctx, store.Signature{ReleaseID: id, Signer: "0x" + common.Bytes2Hex(p0.Signer[:]), Sig: p0.Signature}); err != nil {
		t.Fatal(err)
	}
	if err := e.round(t); err != nil {
		t.Fatal(err)
	}
	if er, ok := e.relay.EnclaveRelease(ctx, id); !ok || er.State != wire.StatePending || er.Required != 2 || len(er.Approvals) != 1 {
		t.Fatalf("enclave account after propose: %+v %v", er, ok)
	}
	before, err := e.st.GetSealed(ctx, StateBlob)
	if err != nil {
		t.Fatal(err)
	}

	stop() // the coordinator restarts with a fresh key and empty memory
	runCoordinator(t, e.env, filepath.Dir(e.sock), e.sock)
	_ = e.round(t) // the old stream is dead: this pass drops it
	if err := e.round(t); err != nil {
		t.Fatalf("after restart: %v", err)
	}
	if er, ok := e.relay.EnclaveRelease(ctx, id); !ok || er.State != wire.StatePending {
		t.Fatalf("restarted enclave lost the release: %+v %v", er, ok)
	}
	ev, err = e.relay.Evidence(ctx, attestation.RoleCoordinator, make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	if again, err := devVerifier(t)(ctx, ev); err != nil || again.Address != claims.Address {
		t.Fatalf("restarted coordinator key %v, want the registered %s (%v)", again, claims.Address.Hex(), err)
	}
	after, err := e.st.GetSealed(ctx, StateBlob)
	if err != nil || after.Version <= before.Version {
		t.Fatalf("state version %d after restart, %d before (%v)", after.Version, before.Version, err)
	}
	if err := e.st.PutSealed(ctx, store.SealedBlob{Name: StateBlob, Version: before.Version, Data: before.Data}); !errors.Is(err, store.ErrStale) {
		t.Fatalf("an older state blob replaced the newer one: %v", err)
	}

	vd, _ := wire.Digest(e.env.Domain, wire.Veto{ReleaseDigest: rd, Reason: "not ours"})
	v := signedBy(t, m[2], vd)
	if _, err := e.st.AddVeto(ctx, store.Veto{ReleaseID: id, Signer: "0x" + common.Bytes2Hex(v.Signer[:]), Reason: "not ours", Sig: v.Signature}); err != nil {
		t.Fatal(err)
	}
	p1 := signedBy(t, m[1], rd)
	if _, err := e.st.AddSignature(ctx, store.Signature{ReleaseID: id, Signer: "0x" + common.Bytes2Hex(p1.Signer[:]), Sig: p1.Signature}); err != nil {
		t.Fatal(err)
	}
	if err := e.round(t); err != nil {
		t.Fatal(err)
	}
	er, _ := e.relay.EnclaveRelease(ctx, id)
	got, _ := e.st.GetRelease(ctx, id)
	if er.State != wire.StateVetoed || got.State != store.StateVetoed {
		t.Fatalf("after the veto: enclave %+v, host %s", er, got.State)
	}
	if infos, err := e.env.Reader.Releases(ctx, [][32]byte{rd}); err == nil && len(infos) == 1 && infos[0].Recorded() {
		t.Fatal("a vetoed release reached the chain")
	}
}

// TestRelayRefusesEvidence: the relay talks to no coordinator whose verified
// evidence binds another role, chain, registry or nonce.
func TestRelayRefusesEvidence(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a simulated chain and TPM")
	}
	for _, tc := range []struct {
		name   string
		change func(*attestation.Claims)
	}{
		{"role", func(c *attestation.Claims) { c.Role = attestation.RoleScorer }},
		{"chain", func(c *attestation.Claims) { c.ChainID++ }},
		{"registry", func(c *attestation.Claims) { c.Registry[0] ^= 1 }},
		{"nonce", func(c *attestation.Claims) { c.Nonce = append([]byte{1}, c.Nonce...) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dev := devVerifier(t)
			e := newRelayEnv(t, func(ctx context.Context, ev []byte) (*attestation.Claims, error) {
				c, err := dev(ctx, ev)
				if err == nil {
					tc.change(c)
				}
				return c, err
			})
			runCoordinator(t, e.env, filepath.Dir(e.sock), e.sock)
			if err := e.relay.Ready(context.Background()); !errors.Is(err, ErrEvidence) {
				t.Fatalf("Ready with lying evidence: %v, want ErrEvidence", err)
			}
		})
	}
}

// tWriter sends log lines to the test's log.
type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) { w.t.Log(string(p)); return len(p), nil }

// npmTarball packs a minimal npm package.
func npmTarball(t *testing.T, name, version string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	manifest, _ := json.Marshal(map[string]string{"name": name, "version": version})
	if err := tw.WriteHeader(&tar.Header{Name: "package/package.json", Mode: 0o644, Size: int64(len(manifest)), Typeflag: tar.TypeReg}); err != nil {
		t.Fatal(err)
	}
	_, _ = tw.Write(manifest)
	if err := errors.Join(tw.Close(), zw.Close()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func devVerifier(t testing.TB) EvidenceVerifier {
	t.Helper()
	v, err := DevVerifier(platforms.Trust{})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// FuzzDevVerifier feeds the dev evidence check arbitrary bytes: it parses
// untrusted evidence and its sim aux, and must refuse garbage without
// panicking. The seed corpus holds real sim evidence (testdata/fuzz).
func FuzzDevVerifier(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0xa0})
	verify := devVerifier(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := verify(context.Background(), data)
		if err == nil && (c == nil || !c.Simulated || c.Role != attestation.RoleCoordinator) {
			t.Fatalf("accepted evidence with claims %+v", c)
		}
	})
}

// The host connects a genuine coordinator whose key the chain does not
// know. It used to register the key itself (its chain key was governance);
// now it only waits: the key stays unregistered until governance's quorum
// approves it, after which the host relays that approval.
func TestAttackHostRegistersItsCoordinatorWithoutGovernance(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a simulated chain and TPM")
	}
	ctx := context.Background()
	e := newRelayEnv(t, devVerifier(t))
	approve := e.relay.Approve
	e.relay.Approve = nil // production: no governance keys on the host
	runCoordinator(t, e.env, filepath.Dir(e.sock), e.sock)
	ev, err := e.relay.Evidence(ctx, attestation.RoleCoordinator, make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	claims, err := devVerifier(t)(ctx, ev)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.round(t); err != nil {
		t.Fatal(err)
	}
	if role, err := e.env.Reader.EnclaveRole(ctx, claims.Address); err != nil || role != 0 {
		t.Fatalf("the host registered coordinator key %s (role %d) without governance, %v", claims.Address.Hex(), role, err)
	}
	if _, err := e.relay.ensureRegistered(ctx, attestation.RoleCoordinator, claims, ev); !errors.Is(err, ErrAwaitingGovernance) {
		t.Fatalf("ensureRegistered without governance: %v, want ErrAwaitingGovernance", err)
	}
	// Governance approves (allowlist entry, then registration, each 2 of 3
	// signatures), one step a round; the host relays.
	e.relay.Approve = approve
	for i := 0; i < 3; i++ {
		if err := e.round(t); err != nil {
			t.Fatal(err)
		}
	}
	if role, err := e.env.Reader.EnclaveRole(ctx, claims.Address); err != nil || role != chain.RoleCoordinator {
		t.Fatalf("after governance approved: role %d, %v", role, err)
	}
}
