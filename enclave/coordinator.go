package enclave

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/eip1271"
	"github.com/vouchpm/vouch/enclave/wire"
)

// approval is one maintainer's signature over a release digest.
type approval struct {
	Signer    common.Address `cbor:"signer"`
	Signature []byte         `cbor:"sig"`
}

// release is one proposal and everything the enclave knows about it. It is
// persisted inside the sealed state.
type release struct {
	Digest       [32]byte                  `cbor:"digest"`
	Release      wire.Release              `cbor:"release"`
	Tarball      []byte                    `cbor:"tarball"`
	Proposer     common.Address            `cbor:"proposer"`
	Approvals    []approval                `cbor:"approvals"` // proposer first
	Score        *wire.Score               `cbor:"score"`
	ScoreSig     []byte                    `cbor:"scoreSig"`
	ScoreDigest  [32]byte                  `cbor:"scoreDigest"`
	State        string                    `cbor:"state"`
	Required     uint64                    `cbor:"required"`
	ProposedAt   uint64                    `cbor:"proposedAt"`
	ExpiresAt    uint64                    `cbor:"expiresAt"`
	ReadyAt      uint64                    `cbor:"readyAt"`
	PublishAfter uint64                    `cbor:"publishAfter"`
	Reason       string                    `cbor:"reason"`
	Auth         *wire.SignedAuthorization `cbor:"auth"`
	Receipt      *wire.SignedReceipt       `cbor:"receipt"`
	// Revocations are the maintainers' signed Revokes of this release; it
	// is revoked once threshold-many signed the same Revoke (as revoke()
	// on chain requires), never on one signature.
	Revocations []revocation `cbor:"revocations,omitempty"`
}

// revocation is one maintainer's signed Revoke of a release.
type revocation struct {
	Signer    common.Address `cbor:"signer"`
	Reason    string         `cbor:"reason"`
	Signature []byte         `cbor:"sig"`
}

func (r *release) live() bool {
	return r.State == wire.StatePending || r.State == wire.StateWindow
}

func (r *release) approvedBy(a common.Address) bool {
	for _, x := range r.Approvals {
		if x.Signer == a {
			return true
		}
	}
	return false
}

func (r *release) status() wire.ReleaseStatus {
	s := wire.ReleaseStatus{
		Digest: r.Digest, Release: r.Release, State: r.State, Proposer: r.Proposer, Required: r.Required,
		Score: r.Score, ProposedAt: r.ProposedAt, ExpiresAt: r.ExpiresAt, ReadyAt: r.ReadyAt,
		PublishAfter: r.PublishAfter, Reason: r.Reason, Authorization: r.Auth, Receipt: r.Receipt,
	}
	for _, a := range r.Approvals {
		s.Approvals = append(s.Approvals, a.Signer)
	}
	for _, rv := range r.Revocations {
		if !slices.Contains(s.Revocations, rv.Signer) {
			s.Revocations = append(s.Revocations, rv.Signer)
		}
	}
	return s
}

// Coordinator is the release state machine. Its methods are safe for
// concurrent use; each takes the lock for the whole request.
type Coordinator struct {
	cfg    *Config
	domain wire.Domain
	deps   Deps
	npm    *npmClient

	tickMu   sync.Mutex // one Tick at a time, so one publish attempt at a time
	mu       sync.Mutex
	releases map[[32]byte]*release
	order    [][32]byte // proposal order, for stable listings
	tokens   map[string]tokenEntry
}

// New returns a coordinator with empty state.
func New(cfg *Config, deps Deps) (*Coordinator, error) {
	if deps.Key == nil || deps.Sealer == nil || deps.StateSealer == nil || deps.Chain == nil || deps.Attester == nil {
		return nil, errors.New("coordinator: key, attester, sealer, state sealer and chain are all required")
	}
	if deps.Now == nil || deps.Rand == nil {
		return nil, errors.New("coordinator: clock and randomness are required")
	}
	norm := cfg.Normalized() // what the digest in the evidence describes
	cfg = &norm
	npm, err := newNPMClient(cfg, deps.Dial)
	if err != nil {
		return nil, err
	}
	return &Coordinator{
		cfg: cfg, domain: cfg.Domain(), deps: deps, npm: npm,
		releases: map[[32]byte]*release{}, tokens: map[string]tokenEntry{},
	}, nil
}

// key returns the enclave's current signing key.
func (c *Coordinator) key() *ecdsa.PrivateKey {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.deps.Key
}

// Address is the Ethereum address of the enclave's signing key.
func (c *Coordinator) Address() common.Address { return crypto.PubkeyToAddress(c.key().PublicKey) }

func (c *Coordinator) now() uint64 { return uint64(c.deps.Now().Unix()) }

func (c *Coordinator) policy(ctx context.Context, pkg string) (PackagePolicy, error) {
	p, err := c.deps.Chain.Policy(ctx, pkg)
	if err != nil {
		return p, fmt.Errorf("%w: policy of %s: %v", ErrChain, pkg, err)
	}
	if !p.Enrolled {
		return p, fmt.Errorf("%w: %s", ErrNotEnrolled, pkg)
	}
	return p, nil
}

func recoverSigner(digest [32]byte, sig []byte, what string) (common.Address, error) {
	a, err := wire.Recover(digest, sig)
	if err != nil {
		return a, fmt.Errorf("%w: %s: %v", ErrBadSignature, what, err)
	}
	return a, nil
}

// verifySigner checks that signer signed digest: a zero signer is recovered
// from a key's signature; a named one passes when the signature recovers to
// it or, for a contract wallet, when its isValidSignature (EIP-1271) says so
// at the chain view's confirmed block, as the contract checks it.
func (c *Coordinator) verifySigner(ctx context.Context, signer common.Address, digest [32]byte, sig []byte, what string) (common.Address, error) {
	wallets, _ := c.deps.Chain.(eip1271.Checker)
	a, err := eip1271.Verify(ctx, wallets, signer, digest, sig)
	switch {
	case err == nil:
		return a, nil
	case errors.Is(err, eip1271.ErrNotSigner) || errors.Is(err, wire.ErrBadSignature):
		return a, fmt.Errorf("%w: %s by %s: %v", ErrBadSignature, what, signer.Hex(), err)
	default:
		return a, fmt.Errorf("%w: %s: %v", ErrChain, what, err)
	}
}

// keepSig is the signature the enclave keeps and hands to the contract: a
// key's with v as ecrecover wants it (27/28), a contract wallet's exactly as
// given (a Safe's v of 0 or 1 means a contract or approved-hash signature).
func keepSig(digest [32]byte, signer common.Address, sig []byte) []byte {
	norm := wire.NormalizeSig(sig)
	if got, err := wire.Recover(digest, norm); err == nil && got == signer {
		return norm
	}
	return append([]byte(nil), sig...)
}

// Propose opens a release. The proposer must be a maintainer or one of the
// package's proposers (CI keys, whose signature opens the release but never
// counts towards the threshold) and signs first; the tarball must hash to
// the signed integrity and contentHash.
func (c *Coordinator) Propose(ctx context.Context, req wire.ProposeRequest) (wire.ReleaseStatus, error) {
	rel := req.Release
	id := rel.PackageName + "@" + rel.Version
	digest, err := wire.Digest(c.domain, rel)
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	signer, err := c.verifySigner(ctx, req.Signer, digest, req.Signature, "proposal of "+id)
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	pol, err := c.policy(ctx, rel.PackageName)
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	if !pol.IsMaintainer(signer) && !pol.IsProposer(signer) {
		return wire.ReleaseStatus{}, fmt.Errorf("%w: %s proposed %s", ErrNotMaintainer, signer.Hex(), id)
	}
	if rel.Nonce != pol.Nonce {
		return wire.ReleaseStatus{}, fmt.Errorf("%w: %s signed nonce %d, chain says %d", ErrWrongNonce, id, rel.Nonce, pol.Nonce)
	}
	sum512 := sha512.Sum512(req.Tarball)
	sum256 := sha256.Sum256(req.Tarball)
	if subtle.ConstantTimeCompare(sum512[:], rel.Integrity) != 1 || sum256 != rel.ContentHash {
		return wire.ReleaseStatus{}, fmt.Errorf("%w: %s", ErrTarballMismatch, id)
	}
	if _, err := readManifest(req.Tarball, rel.PackageName, rel.Version); err != nil {
		return wire.ReleaseStatus{}, err
	}
	rec, err := c.deps.Chain.Published(ctx, wire.ReleaseKey(rel.PackageName, rel.Version))
	if err != nil {
		return wire.ReleaseStatus{}, fmt.Errorf("%w: publish record of %s: %v", ErrChain, id, err)
	}
	if rec.Found {
		return wire.ReleaseStatus{}, fmt.Errorf("%w: %s", ErrAlreadyPublished, id)
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.releases[digest]; ok {
		return wire.ReleaseStatus{}, fmt.Errorf("%w: release %s (%s) was already proposed", ErrDuplicate, id, wire.HexDigest(digest))
	}
	for _, r := range c.releases {
		if r.Release.PackageName == rel.PackageName && r.Release.Version == rel.Version &&
			(r.live() || r.State == wire.StateAuthorized || r.State == wire.StatePublished) {
			return wire.ReleaseStatus{}, fmt.Errorf("%w: another proposal of %s is %s", ErrDuplicate, id, r.State)
		}
	}
	now := c.now()
	r := &release{
		Digest: digest, Release: rel, Tarball: req.Tarball, Proposer: signer,
		Approvals: []approval{{Signer: signer, Signature: keepSig(digest, signer, req.Signature)}},
		State:     wire.StatePending, Required: uint64(pol.Threshold),
		ProposedAt: now, ExpiresAt: now + uint64(c.cfg.ProposalTTL.D()/time.Second),
	}
	c.releases[digest] = r
	c.order = append(c.order, digest)
	c.advance(r, pol, now)
	return r.status(), nil
}

// lookup returns a release and expires it if its time ran out. Callers hold c.mu.
func (c *Coordinator) lookup(digest [32]byte, now uint64) (*release, error) {
	r, ok := c.releases[digest]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownRelease, wire.HexDigest(digest))
	}
	if r.State == wire.StatePending && now >= r.ExpiresAt {
		r.State, r.Reason = wire.StateExpired, "no threshold before the proposal expired"
	}
	return r, nil
}

func (c *Coordinator) notLive(r *release) error {
	id := r.Release.PackageName + "@" + r.Release.Version
	if r.State == wire.StateExpired {
		return fmt.Errorf("%w: %s", ErrExpired, id)
	}
	return fmt.Errorf("%w: %s is %s", ErrNotPending, id, r.State)
}

// Approve adds one maintainer's signature over a pending release's digest.
func (c *Coordinator) Approve(ctx context.Context, req wire.ApproveRequest) (wire.ReleaseStatus, error) {
	signer, err := c.verifySigner(ctx, req.Signer, req.ReleaseDigest, req.Signature, "approval")
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	c.mu.Lock()
	r, err := c.lookup(req.ReleaseDigest, c.now())
	var name string
	if err == nil {
		name = r.Release.PackageName
	}
	c.mu.Unlock()
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	pol, err := c.policy(ctx, name)
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	return c.approveWith(r, pol, signer, req.Signature)
}

func (c *Coordinator) approveWith(r *release, pol PackagePolicy, signer common.Address, sig []byte) (wire.ReleaseStatus, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id := r.Release.PackageName + "@" + r.Release.Version
	if !r.live() {
		return r.status(), c.notLive(r)
	}
	if !pol.IsMaintainer(signer) {
		return r.status(), fmt.Errorf("%w: %s approved %s", ErrNotMaintainer, signer.Hex(), id)
	}
	if r.Release.Nonce != pol.Nonce {
		return r.status(), fmt.Errorf("%w: %s carries nonce %d, chain says %d", ErrWrongNonce, id, r.Release.Nonce, pol.Nonce)
	}
	if r.approvedBy(signer) {
		return r.status(), fmt.Errorf("%w: %s already approved %s (replayed signature)", ErrDuplicate, signer.Hex(), id)
	}
	r.Approvals = append(r.Approvals, approval{Signer: signer, Signature: keepSig(r.Digest, signer, sig)})
	c.advance(r, pol, c.now())
	return r.status(), nil
}

// Veto stops a release that has not been authorized yet. Any maintainer may veto.
func (c *Coordinator) Veto(ctx context.Context, req wire.VetoRequest) (wire.ReleaseStatus, error) {
	return c.stop(ctx, req.Veto, req.Signer, req.Signature, false)
}

// Cancel withdraws a release; only its proposer may cancel, with a signed Veto.
func (c *Coordinator) Cancel(ctx context.Context, req wire.CancelRequest) (wire.ReleaseStatus, error) {
	return c.stop(ctx, req.Veto, req.Signer, req.Signature, true)
}

func (c *Coordinator) stop(ctx context.Context, v wire.Veto, named common.Address, sig []byte, cancel bool) (wire.ReleaseStatus, error) {
	digest, err := wire.Digest(c.domain, v)
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	signer, err := c.verifySigner(ctx, named, digest, sig, "veto")
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	c.mu.Lock()
	r, err := c.lookup(v.ReleaseDigest, c.now())
	c.mu.Unlock()
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	pol, err := c.policy(ctx, r.Release.PackageName)
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	id := r.Release.PackageName + "@" + r.Release.Version
	// A CI proposer may cancel its own proposal; a veto is a maintainer's.
	if !pol.IsMaintainer(signer) && !(cancel && pol.IsProposer(signer)) {
		return r.status(), fmt.Errorf("%w: %s vetoed %s", ErrNotMaintainer, signer.Hex(), id)
	}
	if cancel && signer != r.Proposer {
		return r.status(), fmt.Errorf("%w: only the proposer %s may cancel %s, not %s", ErrNotMaintainer, r.Proposer.Hex(), id, signer.Hex())
	}
	if r.State == wire.StateAuthorized || r.State == wire.StatePublished {
		return r.status(), fmt.Errorf("%w: %s is %s", ErrVetoClosed, id, r.State)
	}
	if !r.live() {
		return r.status(), c.notLive(r)
	}
	if cancel {
		r.State, r.Reason = wire.StateCancelled, fmt.Sprintf("cancelled by %s: %s", signer.Hex(), v.Reason)
	} else {
		r.State, r.Reason = wire.StateVetoed, fmt.Sprintf("vetoed by %s: %s", signer.Hex(), v.Reason)
	}
	return r.status(), nil
}

// Revoke records a maintainer's signed Revoke of a release. Once
// threshold-many current maintainers signed the same Revoke (what revoke()
// on chain needs) it stops a release that is not yet on npm (even one
// already authorized on chain), and marks a published one revoked (the host
// anchors it on chain; npm itself cannot take back a version). Fewer
// signatures leave the state as it is and list the signers in Revocations.
func (c *Coordinator) Revoke(ctx context.Context, req wire.RevokeRequest) (wire.ReleaseStatus, error) {
	rv := req.Revoke
	id := rv.PackageName + "@" + rv.Version
	digest, err := wire.Digest(c.domain, rv)
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	signer, err := c.verifySigner(ctx, req.Signer, digest, req.Signature, "revocation of "+id)
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	pol, err := c.policy(ctx, rv.PackageName)
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	if !pol.IsMaintainer(signer) {
		return wire.ReleaseStatus{}, fmt.Errorf("%w: %s revoked %s", ErrNotMaintainer, signer.Hex(), id)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, d := range c.order {
		r := c.releases[d]
		if r.Release.PackageName != rv.PackageName || r.Release.Version != rv.Version || !bytes.Equal(r.Release.Integrity, rv.Integrity) {
			continue
		}
		switch r.State {
		case wire.StatePending, wire.StateWindow, wire.StateAuthorized, wire.StatePublished:
			dup := false
			for _, x := range r.Revocations {
				dup = dup || (x.Signer == signer && x.Reason == rv.Reason)
			}
			if !dup {
				r.Revocations = append(r.Revocations, revocation{Signer: signer, Reason: rv.Reason, Signature: req.Signature})
			}
			// Like revoke() on chain: M of the current maintainers signed
			// the same Revoke. Fewer is a proposal, shown as such.
			n := 0
			for _, x := range r.Revocations {
				if x.Reason == rv.Reason && pol.IsMaintainer(x.Signer) {
					n++
				}
			}
			if n >= int(pol.Threshold) {
				r.State, r.Reason = wire.StateRevoked, fmt.Sprintf("revoked by %d of %d maintainers: %s", n, len(pol.Maintainers), rv.Reason)
			}
			return r.status(), nil
		}
	}
	return wire.ReleaseStatus{}, fmt.Errorf("%w: no live or published release %s with that content hash", ErrUnknownRelease, id)
}

// AddScore attaches the scorer's signed score to the release it is about.
func (c *Coordinator) AddScore(ctx context.Context, req wire.ScoreRequest) (wire.ReleaseStatus, error) {
	s := req.Score
	id := s.PackageName + "@" + s.Version
	digest, err := wire.Digest(c.domain, s)
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	signer, err := recoverSigner(digest, req.Signature, "score of "+id)
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	ok, err := c.deps.Chain.ScorerRegistered(ctx, signer)
	if err != nil {
		return wire.ReleaseStatus{}, fmt.Errorf("%w: scorer %s: %v", ErrChain, signer.Hex(), err)
	}
	if !ok {
		return wire.ReleaseStatus{}, fmt.Errorf("%w: %s signed the score of %s", ErrScorerUnknown, signer.Hex(), id)
	}
	pol, err := c.policy(ctx, s.PackageName)
	if err != nil {
		return wire.ReleaseStatus{}, err
	}
	// The diff base is the newest release recorded on chain, never what the
	// host picked (an unsigned pre-release pushed straight to npm would
	// launder the diff); zero for a first release.
	if s.BaseContentHash != pol.LastContentHash {
		return wire.ReleaseStatus{}, fmt.Errorf("%w: the score of %s names base %s, the newest release on chain is %s",
			ErrBaseMismatch, id, wire.HexDigest(s.BaseContentHash), wire.HexDigest(pol.LastContentHash))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	for _, d := range c.order {
		r, _ := c.lookup(d, now)
		if r.Release.PackageName != s.PackageName || r.Release.Version != s.Version || r.Release.ContentHash != s.ContentHash {
			continue
		}
		if !r.live() {
			continue
		}
		if r.Score != nil {
			if r.ScoreDigest == digest {
				return r.status(), fmt.Errorf("%w: this score of %s", ErrDuplicate, id)
			}
			return r.status(), fmt.Errorf("%w: %s already has a score", ErrDuplicate, id)
		}
		sc := s
		r.Score, r.ScoreSig, r.ScoreDigest = &sc, wire.NormalizeSig(req.Signature), digest
		c.advance(r, pol, now)
		return r.status(), nil
	}
	return wire.ReleaseStatus{}, fmt.Errorf("%w: no live release %s with content hash %s", ErrScoreMismatch, id, wire.HexDigest(s.ContentHash))
}

// advance moves a live release forward under the current policy: counts the
// approvals of current maintainers against the threshold (plus one below the
// minimum score), opens the veto window, and signs the authorization once
// the window has passed. Callers hold c.mu.
//
// Readiness is dated no earlier than the chain's block time, so a host that
// runs the enclave's clock fast or slow cannot shorten the veto window: the
// contract refuses publish() before ReadyAt + vetoWindow by block time.
func (c *Coordinator) advance(r *release, pol PackagePolicy, now uint64) {
	if !r.live() {
		return
	}
	now = max(now, pol.BlockTime)
	if r.Release.Nonce != pol.Nonce {
		r.State, r.Reason = wire.StateRefused, fmt.Sprintf("package nonce moved on chain to %d", pol.Nonce)
		return
	}
	required := uint64(pol.Threshold)
	if r.Score != nil && r.Score.Score < pol.MinScore {
		if pol.RefuseLowScore {
			r.State, r.Reason = wire.StateRefused, fmt.Sprintf("%v: %d < %d and the package refuses low scores", ErrLowScore, r.Score.Score, pol.MinScore)
			return
		}
		required++
	}
	r.Required = required
	var have uint64
	for _, a := range r.Approvals {
		if pol.IsMaintainer(a.Signer) {
			have++
		}
	}
	ready := r.Score != nil && have >= required && required > 0
	switch {
	case !ready && r.State == wire.StateWindow:
		// A maintainer was removed on chain: back to collecting approvals.
		r.State, r.ReadyAt, r.PublishAfter = wire.StatePending, 0, 0
	case !ready && now >= r.ExpiresAt:
		r.State, r.Reason = wire.StateExpired, "no threshold before the proposal expired"
	case !ready:
		r.Reason = fmt.Sprintf("%d of %d approvals", have, required)
		if r.Score == nil {
			r.Reason += ", waiting for a score"
		}
	case r.State == wire.StatePending:
		r.State, r.ReadyAt, r.PublishAfter, r.Reason = wire.StateWindow, now, now+pol.VetoWindow, "veto window open"
	}
	if r.State == wire.StateWindow && now >= r.PublishAfter {
		c.authorize(r, pol)
	}
}

// authorize signs the PublishAuthorization the host relays to the contract:
// the approving current maintainers in ascending address order, as the
// contract checks them.
func (c *Coordinator) authorize(r *release, pol PackagePolicy) {
	var approvals []approval
	for _, a := range r.Approvals {
		if pol.IsMaintainer(a.Signer) {
			approvals = append(approvals, a)
		}
	}
	slices.SortFunc(approvals, func(a, b approval) int { return bytes.Compare(a.Signer[:], b.Signer[:]) })
	auth := wire.PublishAuthorization{ReleaseDigest: r.Digest, ScoreDigest: r.ScoreDigest, ReadyAt: r.ReadyAt}
	signed := wire.SignedAuthorization{Release: r.Release, Score: r.Score, ScoreSig: r.ScoreSig}
	for _, a := range approvals {
		auth.Signers = append(auth.Signers, a.Signer)
		signed.Signatures = append(signed.Signatures, a.Signature)
	}
	d, err := wire.Digest(c.domain, auth)
	if err == nil {
		signed.Authorization = auth
		signed.Signature, err = wire.Sign(c.deps.Key, d)
		if err == nil {
			r.Auth = &signed
			r.State, r.Reason = wire.StateAuthorized, "waiting for publish() on chain"
			return
		}
	}
	r.Reason = fmt.Sprintf("signing the authorization: %v", err)
}

// Status returns one release, or every release when digest is zero.
func (c *Coordinator) Status(digest [32]byte) ([]wire.ReleaseStatus, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if digest != ([32]byte{}) {
		r, err := c.lookup(digest, now)
		if err != nil {
			return nil, err
		}
		return []wire.ReleaseStatus{r.status()}, nil
	}
	out := make([]wire.ReleaseStatus, 0, len(c.order))
	for _, d := range c.order {
		r, _ := c.lookup(d, now)
		out = append(out, r.status())
	}
	return out, nil
}
