// Package chaintest sets up a VouchRegistry on a chain (the in-process
// simulated backend or any JSON-RPC node) with known keys, and signs every
// vouch message for it. Tests and bench/gas use it; never production code.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
	"github.com/vouchpm/vouch/enclave/chain"
	anchor "github.com/vouchpm/vouch/host/chain"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/devchain"
	"github.com/vouchpm/vouch/host/governance"
)

// Env is a deployed registry with a registered coordinator and scorer.
type Env struct {
	Sim    *simulated.Backend // nil on an external node
	Client anchor.Backend
	Writer *anchor.Writer // sends with Governance's key
	Reader *chain.Reader
	Domain wire.Domain
	// Governance is the Writer's key, as the host's chain key: it deployed
	// the registry and pays gas, and is no governance member.
	Governance *ecdsa.PrivateKey
	// GovKeys govern the registry, GovThreshold of them signing.
	GovKeys      []*ecdsa.PrivateKey
	GovThreshold uint8
	Coordinator  *ecdsa.PrivateKey
	Scorer       *ecdsa.PrivateKey
	Keys         []*ecdsa.PrivateKey // maintainer candidates, funded
	stop         func()
}

// Key returns the i-th fixed test key (devchain.DevKey(1000+i)).
func Key(i int) *ecdsa.PrivateKey { return devchain.DevKey(1000 + i) }

// Addr is the address of key.
func Addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// Keys returns the fixed test keys used as maintainers: Key(0..n-1).
func Keys(n int) []*ecdsa.PrivateKey {
	out := make([]*ecdsa.PrivateKey, n)
	for i := range out {
		out[i] = Key(i)
	}
	return out
}

// committingClient seals a block right after each transaction it sends, so
// that tests wait for nothing (the simulated beacon syncs the pool first).
type committingClient struct {
	simulated.Client
	mu  sync.Mutex
	sim *simulated.Backend
}

func (c *committingClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	c.sim.Commit()
	return nil
}

// NewSimulated starts an Osaka-rules simulated chain that seals a block for
// every transaction, and deploys the registry on it.
func NewSimulated(ctx context.Context) (*Env, error) {
	gov := devchain.DevKey(0)
	keys := append([]*ecdsa.PrivateKey{gov}, Keys(8)...)
	sim, err := devchain.NewBackend(keys)
	if err != nil {
		return nil, err
	}
	closeAll := func() { sim.Close() }
	client := &committingClient{Client: sim.Client(), sim: sim}
	env, err := Deploy(ctx, client, gov)
	if err != nil {
		closeAll()
		return nil, err
	}
	env.Sim, env.stop = sim, closeAll
	return env, nil
}

// GovKeys returns the fixed test governance keys (devchain.DevKey(3000+i)).
func GovKeys(n int) []*ecdsa.PrivateKey {
	out := make([]*ecdsa.PrivateKey, n)
	for i := range out {
		out[i] = devchain.DevKey(3000 + i)
	}
	return out
}

// Deploy deploys on client, sending with sender, a registry governed by 2
// of GovKeys(3), and registers the test coordinator and scorer keys.
func Deploy(ctx context.Context, client anchor.Backend, sender *ecdsa.PrivateKey) (*Env, error) {
	w, err := anchor.NewWriter(ctx, client, sender, common.Address{})
	if err != nil {
		return nil, err
	}
	w.SetPollInterval(2 * time.Millisecond)
	gov := GovKeys(3)
	addr, _, err := w.Deploy(ctx, governance.Addresses(gov), 2)
	if err != nil {
		return nil, err
	}
	e := &Env{
		Client: client, Writer: w, Reader: chain.NewReader(client, addr, chain.ReaderOptions{}),
		Domain: w.Domain(), Governance: sender, GovKeys: gov, GovThreshold: 2,
		Coordinator: devchain.DevKey(2000), Scorer: devchain.DevKey(2001), Keys: Keys(8), stop: func() {},
	}
	if _, err := e.RegisterEnclave(ctx, chain.RoleCoordinator, Addr(e.Coordinator), [32]byte{1}, []byte("coordinator evidence")); err != nil {
		return nil, err
	}
	if _, err := e.RegisterEnclave(ctx, chain.RoleScorer, Addr(e.Scorer), [32]byte{2}, []byte("scorer evidence")); err != nil {
		return nil, err
	}
	return e, nil
}

// GovNonce reads the governance nonce the next statement must carry.
func (e *Env) GovNonce(ctx context.Context) (uint64, error) {
	st, err := governance.Read(ctx, e.Client, e.Writer.Registry())
	return st.Nonce, err
}

// Govern relays s signed by keys (none: the first GovThreshold GovKeys).
func (e *Env) Govern(ctx context.Context, s governance.Statement, keys ...*ecdsa.PrivateKey) (*types.Receipt, error) {
	if len(keys) == 0 {
		keys = e.GovKeys[:e.GovThreshold]
	}
	sigs, err := governance.Sign(e.Domain, s, keys...)
	if err != nil {
		return nil, err
	}
	data, err := s.Calldata(sigs)
	if err != nil {
		return nil, err
	}
	return e.Writer.Relay(ctx, data, s.PrimaryType())
}

// RegisterEnclave allowlists (role, measurement, zero configuration) when it
// is not yet, then registers key, each signed by governance.
func (e *Env) RegisterEnclave(ctx context.Context, role uint8, key common.Address, measurement [32]byte, evidence []byte) (*types.Receipt, error) {
	ok, err := governance.IsAllowed(ctx, e.Client, e.Writer.Registry(), role, measurement, [32]byte{})
	if err != nil {
		return nil, err
	}
	if !ok {
		n, err := e.GovNonce(ctx)
		if err != nil {
			return nil, err
		}
		if _, err := e.Govern(ctx, governance.Allowlist{Allowed: true, Role: role, Measurement: measurement, Nonce: n}); err != nil {
			return nil, err
		}
		// The registration is estimated against the newest state: once the
		// nonce reads past the allowlisting, its entry is visible too (a
		// loaded machine estimated it before: NotAllowlisted).
		if err := e.awaitGovNonce(ctx, n); err != nil {
			return nil, err
		}
	}
	n, err := e.GovNonce(ctx)
	if err != nil {
		return nil, err
	}
	rc, err := e.Govern(ctx, governance.Registration{Role: role, Key: key, Measurement: measurement, Evidence: evidence, Nonce: n})
	if err != nil {
		return rc, err
	}
	return rc, e.awaitGovNonce(ctx, n)
}

// awaitGovNonce waits until the governance nonce reads past used, so the
// statement's block is what the next read sees. A read right after a
// receipt can still see the block before it on a loaded machine (a second
// statement then went out with the same nonce: BadNonce(1, 2), seen once in
// CI).
func (e *Env) awaitGovNonce(ctx context.Context, used uint64) error {
	for deadline := time.Now().Add(20 * time.Second); ; {
		n, err := e.GovNonce(ctx)
		if err != nil {
			return err
		}
		if n > used {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("governance nonce still %d 20 s after a statement used it", n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// RetireEnclave retires key, signed by governance.
func (e *Env) RetireEnclave(ctx context.Context, key common.Address) (*types.Receipt, error) {
	n, err := e.GovNonce(ctx)
	if err != nil {
		return nil, err
	}
	rc, err := e.Govern(ctx, governance.Retirement{Key: key, Reason: "test", Nonce: n})
	if err != nil {
		return rc, err
	}
	return rc, e.awaitGovNonce(ctx, n)
}

// Close stops the chain (simulated only).
func (e *Env) Close() { e.stop() }

// Sign signs m in d with each key.
func Sign(d wire.Domain, m wire.Message, keys ...*ecdsa.PrivateKey) ([]chain.Signature, error) {
	digest, err := wire.Digest(d, m)
	if err != nil {
		return nil, err
	}
	out := make([]chain.Signature, len(keys))
	for i, k := range keys {
		sig, err := wire.Sign(k, digest)
		if err != nil {
			return nil, err
		}
		out[i] = chain.Signature{Signer: Addr(k), Sig: sig}
	}
	return out, nil
}

// Policy is a PolicyChange for name with the given maintainers.
func Policy(name string, nonce uint64, threshold uint8, maintainers ...*ecdsa.PrivateKey) wire.PolicyChange {
	addrs := make([]common.Address, len(maintainers))
	for i, k := range maintainers {
		addrs[i] = Addr(k)
	}
	return wire.PolicyChange{PackageName: name, Maintainers: addrs, Threshold: threshold, VetoWindow: 3600, Nonce: nonce}
}

// Enroll enrolls name with maintainers and threshold, signed by the first
// threshold of them and countersigned by the coordinator.
func (e *Env) Enroll(ctx context.Context, name string, threshold uint8, maintainers ...*ecdsa.PrivateKey) (uint64, error) {
	return e.EnrollPolicy(ctx, Policy(name, 0, threshold, maintainers...), maintainers[:threshold]...)
}

// EnrollPolicy enrolls p signed by signers and countersigned by the coordinator.
func (e *Env) EnrollPolicy(ctx context.Context, p wire.PolicyChange, signers ...*ecdsa.PrivateKey) (uint64, error) {
	sigs, err := Sign(e.Domain, wire.Enrollment(p), signers...)
	if err != nil {
		return 0, err
	}
	cs, err := e.NameControl(p, nil)
	if err != nil {
		return 0, err
	}
	rcpt, err := e.Writer.Enroll(ctx, p, sigs, cs)
	if err != nil {
		return 0, err
	}
	return rcpt.GasUsed, nil
}

// NameControl is the coordinator's (or key's) countersignature of the
// enrollment of p.
func (e *Env) NameControl(p wire.PolicyChange, key *ecdsa.PrivateKey) ([]byte, error) {
	if key == nil {
		key = e.Coordinator
	}
	ed, err := wire.Digest(e.Domain, wire.Enrollment(p))
	if err != nil {
		return nil, err
	}
	d, err := wire.Digest(e.Domain, wire.NameControl{EnrollmentDigest: ed})
	if err != nil {
		return nil, err
	}
	return wire.Sign(key, d)
}

// Release is a release of name@version whose tarball is the given content.
func Release(name, version string, nonce uint64, content string) wire.Release {
	i := sha512.Sum512([]byte(content))
	return wire.Release{PackageName: name, Version: version, Integrity: i[:], ContentHash: sha256.Sum256([]byte(content)), Nonce: nonce}
}

// ScoreOf is a score of r.
func ScoreOf(r wire.Release, score uint8) wire.Score {
	return wire.Score{
		PackageName: r.PackageName, Version: r.Version, ContentHash: r.ContentHash,
		InputHash: sha256.Sum256([]byte("input")), ModelHash: sha256.Sum256([]byte("model")),
		Score: score, HeuristicScore: score, FindingsHash: sha256.Sum256([]byte("findings")),
	}
}

// SignScore signs s with the scorer key (or key, when given).
func (e *Env) SignScore(s wire.Score, key *ecdsa.PrivateKey) (digest [32]byte, sig []byte, err error) {
	if key == nil {
		key = e.Scorer
	}
	if digest, err = wire.Digest(e.Domain, s); err != nil {
		return digest, nil, err
	}
	sig, err = wire.Sign(key, digest)
	return digest, sig, err
}

// Authorize is the coordinator's (or key's) PublishAuthorization signature
// for r signed by signers, ready at readyAt (unix seconds; 0 is always past
// the veto window).
func (e *Env) Authorize(r wire.Release, scoreDigest [32]byte, sigs []chain.Signature, readyAt uint64, key *ecdsa.PrivateKey) ([]byte, error) {
	if key == nil {
		key = e.Coordinator
	}
	rd, err := wire.Digest(e.Domain, r)
	if err != nil {
		return nil, err
	}
	sorted := chain.SortedSigs(sigs)
	signers := make([]common.Address, len(sorted))
	for i, s := range sorted {
		signers[i] = s.Signer
	}
	d, err := wire.Digest(e.Domain, wire.PublishAuthorization{ReleaseDigest: rd, ScoreDigest: scoreDigest, Signers: signers, ReadyAt: readyAt})
	if err != nil {
		return nil, err
	}
	return wire.Sign(key, d)
}

// Publish has signers sign r, the scorer score it (when score > 0; its base
// is the package's newest recorded release) and the coordinator authorize it
// (ready at 0), and publishes it. It returns the publish gas.
func (e *Env) Publish(ctx context.Context, r wire.Release, score uint8, signers ...*ecdsa.PrivateKey) (uint64, error) {
	var sd [32]byte
	var sc *wire.Score
	var ssig []byte
	if score > 0 {
		pkg, err := e.Reader.Package(ctx, r.PackageName)
		if err != nil {
			return 0, err
		}
		s := ScoreOf(r, score)
		s.BaseContentHash = pkg.LastContentHash
		d, sig, err := e.SignScore(s, nil)
		if err != nil {
			return 0, err
		}
		sd, sc, ssig = d, &s, sig
	}
	sigs, err := Sign(e.Domain, r, signers...)
	if err != nil {
		return 0, err
	}
	auth, err := e.Authorize(r, sd, sigs, 0, nil)
	if err != nil {
		return 0, err
	}
	rcpt, err := e.Writer.Publish(ctx, r, sigs, sc, ssig, 0, auth)
	if err != nil {
		return 0, err
	}
	if rcpt == nil {
		return 0, errors.New("publish: no receipt")
	}
	return rcpt.GasUsed, nil
}

// Must panics on err; for fixtures whose failure is a broken test setup.
func Must[T any](v T, err error) T {
	if err != nil {
		panic(fmt.Sprintf("chaintest: %v", err))
	}
	return v
}
