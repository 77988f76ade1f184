package relay

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/store"
)

// StateBlob is the store name of the coordinator's sealed state.
const StateBlob = "coordinator/state"

// Anchorer queues contract calls (chain.Outbox through Anchor).
type Anchorer interface {
	// Enroll queues the enrollment of a package signed by its maintainers
	// and countersigned by the coordinator (nameControl), or a policy change.
	Enroll(ctx context.Context, p wire.PolicyChange, sigs []api.SignedBy, nameControl []byte) error
	// GrantToken queues grantToken(): the TokenGrant the coordinator accepted.
	GrantToken(ctx context.Context, g wire.TokenGrant, signers []common.Address, sigs [][]byte) error
	// Enrolled reports whether pkg is enrolled on chain.
	Enrolled(ctx context.Context, pkg string) (bool, error)
	// EnclaveRegistered reports whether key is registered on chain in role.
	EnclaveRegistered(ctx context.Context, role string, key common.Address) (bool, error)
	// Revoke queues revoke() signed by sigs; Recorded reports whether the
	// chain holds pkg@version (revoke() refuses an unknown release).
	Revoke(ctx context.Context, r wire.Revoke, sigs []api.SignedBy) error
	Recorded(ctx context.Context, pkg, version string) (bool, error)
	// Publish queues publish() with the coordinator's authorization.
	Publish(ctx context.Context, releaseID string, a wire.SignedAuthorization) error
	// RecordReceipt queues the coordinator's receipt; done reports whether
	// the chain has confirmed it.
	RecordReceipt(ctx context.Context, releaseID string, rel wire.Release, r wire.SignedReceipt) (done bool, err error)
}

// EvidenceVerifier checks an enclave's evidence and returns what it proves.
type EvidenceVerifier func(ctx context.Context, evidence []byte) (*attestation.Claims, error)

// Coordinator relays between the host's records, the coordinator enclave
// and the chain. It keeps no decision of its own: the enclave decides, the
// contract checks, the host carries and stores. It implements api.Enclaves.
type Coordinator struct {
	Store  store.Store
	Domain wire.Domain
	// Dial opens a stream to the coordinator enclave.
	Dial   func(ctx context.Context) (*wire.Client, error)
	Verify EvidenceVerifier
	Anchor Anchorer
	// ScorerInfo returns the scorer's current evidence (nil: no scorer).
	ScorerInfo func(ctx context.Context) ([]byte, error)
	// Approve, when set, has governance approve an enclave key the chain
	// does not know (KeyApprover: a --dev quorum or a test's). Nil in
	// production: the host never registers a key, governance does
	// (`vouch governance register`), and the host waits for it.
	Approve func(ctx context.Context, role string, claims *attestation.Claims, evidence []byte) error
	Log     *slog.Logger

	mu       sync.Mutex // one request and its state write at a time
	client   *wire.Client
	address  common.Address
	statuses map[string]wire.ReleaseStatus
	scorerOK bool
	// The connected coordinator's verified evidence, until the chain
	// registers its key (coordOK); awaiting: keys already reported waiting
	// for governance.
	coordClaims *attestation.Claims
	coordEv     []byte
	coordOK     bool
	awaiting    map[common.Address]bool
}

// ErrEvidence: the enclave's evidence did not verify or binds another key,
// chain, registry or nonce than expected.
var ErrEvidence = errors.New("enclave evidence refused")

func (c *Coordinator) log() *slog.Logger {
	if c.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return c.Log
}

// connect dials the coordinator if needed, hands it its last sealed state,
// verifies its evidence over a fresh nonce, and makes sure its key is
// registered on chain. Callers hold c.mu.
func (c *Coordinator) connect(ctx context.Context) (*wire.Client, error) {
	if c.client != nil {
		return c.client, nil
	}
	cl, err := c.Dial(ctx)
	if err != nil {
		return nil, err
	}
	if blob, err := c.Store.GetSealed(ctx, StateBlob); err == nil {
		var out wire.StatusResponse
		if _, err := cl.Call(ctx, wire.KindLoadState, wire.LoadStateRequest{State: blob.Data}, &out); err != nil {
			_ = cl.Close()
			return nil, fmt.Errorf("coordinator loadState (version %d): %w", blob.Version, err)
		}
		if err := c.saveState(ctx, out.State); err != nil {
			_ = cl.Close()
			return nil, err
		}
		c.log().Info("coordinator state restored", "version", blob.Version, "releases", len(out.Releases))
	} else if !errors.Is(err, store.ErrNotFound) {
		_ = cl.Close()
		return nil, err
	}
	nonce := make([]byte, 32)
	if _, err := rand.Read(nonce); err != nil {
		_ = cl.Close()
		return nil, err
	}
	var ev wire.GetEvidenceResponse
	if _, err := cl.Call(ctx, wire.KindGetEvidence, wire.GetEvidenceRequest{Nonce: nonce}, &ev); err != nil {
		_ = cl.Close()
		return nil, err
	}
	claims, err := c.checkEvidence(ctx, attestation.RoleCoordinator, ev.Evidence, nonce)
	if err != nil {
		_ = cl.Close()
		return nil, err
	}
	cl.SetEnclave(claims.Address)
	c.client, c.address = cl, claims.Address
	c.coordClaims, c.coordEv, c.coordOK = claims, ev.Evidence, false
	c.registerCoordinator(ctx)
	c.log().Info("coordinator connected", "address", claims.Address.Hex(), "platform", claims.Platform, "simulated", claims.Simulated)
	return cl, nil
}

func (c *Coordinator) checkEvidence(ctx context.Context, role string, ev, nonce []byte) (*attestation.Claims, error) {
	claims, err := c.Verify(ctx, ev)
	if err != nil {
		return nil, fmt.Errorf("%s evidence: %w: %w", role, ErrEvidence, err)
	}
	switch {
	case claims.Role != role:
		return nil, fmt.Errorf("%s evidence has role %q: %w", role, claims.Role, ErrEvidence)
	case claims.ChainID != c.Domain.ChainID || claims.Registry != c.Domain.Registry:
		return nil, fmt.Errorf("%s evidence binds chain %d registry %s, want %d %s: %w", role, claims.ChainID,
			claims.Registry.Hex(), c.Domain.ChainID, c.Domain.Registry.Hex(), ErrEvidence)
	case nonce != nil && hex.EncodeToString(claims.Nonce) != hex.EncodeToString(nonce):
		return nil, fmt.Errorf("%s evidence is over another nonce: %w", role, ErrEvidence)
	}
	return claims, nil
}

// ErrAwaitingGovernance: the enclave key is not registered on chain and
// only governance can register it.
var ErrAwaitingGovernance = errors.New("awaiting governance: register it with `vouch governance register`")

// ensureRegistered reports whether the key is registered on chain; if not,
// it has Approve take the next governance step (it is asked again next
// round), and without Approve it returns ErrAwaitingGovernance: the host
// never registers a key, it waits for governance.
func (c *Coordinator) ensureRegistered(ctx context.Context, role string, claims *attestation.Claims, ev []byte) (bool, error) {
	ok, err := c.Anchor.EnclaveRegistered(ctx, role, claims.Address)
	if err != nil || ok {
		return ok, err
	}
	if c.Approve == nil {
		return false, fmt.Errorf("%s key %s: %w", role, claims.Address.Hex(), ErrAwaitingGovernance)
	}
	if claims.Simulated && !c.awaiting[claims.Address] {
		c.log().Warn("DEV governance approves a SIMULATED enclave key (dev only: its trust is simulated)", "role", role, "address", claims.Address.Hex())
	}
	c.noteAwaiting(claims.Address)
	return false, c.Approve(ctx, role, claims, ev)
}

// noteAwaiting reports whether key was already noted as waiting, and notes it.
func (c *Coordinator) noteAwaiting(key common.Address) bool {
	if c.awaiting == nil {
		c.awaiting = map[common.Address]bool{}
	}
	seen := c.awaiting[key]
	c.awaiting[key] = true
	return seen
}

// registerCoordinator checks (or, with Approve, advances) the connected
// coordinator's registration. Callers hold c.mu.
func (c *Coordinator) registerCoordinator(ctx context.Context) {
	if c.coordOK || c.coordClaims == nil {
		return
	}
	ok, err := c.ensureRegistered(ctx, attestation.RoleCoordinator, c.coordClaims, c.coordEv)
	c.coordOK = ok
	if err != nil && !(errors.Is(err, ErrAwaitingGovernance) && c.noteAwaiting(c.coordClaims.Address)) {
		c.log().Warn("the coordinator key is not registered on chain", "address", c.coordClaims.Address.Hex(), "err", err.Error())
	}
}

// call sends one request, dropping the connection on a transport failure so
// that the next call reconnects (and reloads the state). Callers hold c.mu.
func (c *Coordinator) call(ctx context.Context, kind string, body wire.Body, out any) error {
	cl, err := c.connect(ctx)
	if err != nil {
		return err
	}
	_, err = cl.Call(ctx, kind, body, out)
	var re *wire.RemoteError
	if err != nil && !errors.As(err, &re) {
		_ = cl.Close()
		c.client = nil
	}
	return err
}

// saveState stores a sealed state blob at the next version; the store
// refuses to replace a newer one. Callers hold c.mu.
func (c *Coordinator) saveState(ctx context.Context, blob []byte) error {
	if len(blob) == 0 {
		return nil
	}
	var v uint64 = 1
	if cur, err := c.Store.GetSealed(ctx, StateBlob); err == nil {
		v = cur.Version + 1
	} else if !errors.Is(err, store.ErrNotFound) {
		return err
	}
	if err := c.Store.PutSealed(ctx, store.SealedBlob{Name: StateBlob, Version: v, Data: blob}); err != nil {
		return fmt.Errorf("storing the coordinator state v%d: %w", v, err)
	}
	return nil
}

// Evidence relays a request for fresh evidence over nonce (api.Enclaves).
func (c *Coordinator) Evidence(ctx context.Context, role string, nonce []byte) ([]byte, error) {
	switch role {
	case attestation.RoleCoordinator:
		c.mu.Lock()
		defer c.mu.Unlock()
		var ev wire.GetEvidenceResponse
		if err := c.call(ctx, wire.KindGetEvidence, wire.GetEvidenceRequest{Nonce: nonce}, &ev); err != nil {
			return nil, asRefusal(err)
		}
		return ev.Evidence, nil
	case attestation.RoleScorer:
		// The scorer protocol has no nonce: its evidence is the one it made
		// at start, bound to its key; callers check the binding, not freshness.
		if c.ScorerInfo == nil {
			return nil, errors.New("no scorer enclave is connected")
		}
		return c.ScorerInfo(ctx)
	}
	return nil, fmt.Errorf("enclave role %q: %w", role, api.ErrEnclaveRefused)
}

// SealToken relays an encrypted npm token to the coordinator (api.Enclaves).
// The coordinator takes tokens only for packages enrolled on chain, so a
// token sent right after enrollment waits (up to EnrollWait) for the
// enrollment to be mined.
//
// The coordinator seals it only with the maintainers' TokenGrant at the
// package's token nonce; the relay then queues grantToken() so that the
// grant (its hash only) is on chain and the nonce moves on.
func (c *Coordinator) SealToken(ctx context.Context, pkg string, req api.TokenRequest) (api.SealedToken, error) {
	if err := c.awaitEnrolled(ctx, pkg); err != nil {
		return api.SealedToken{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	wreq := wire.AddTokenRequest{Package: pkg, Ciphertext: req.Ciphertext, Nonce: req.Nonce, ExpiresAt: req.ExpiresAt}
	for _, s := range req.Signatures {
		wreq.Signatures = append(wreq.Signatures, s.Signature)
		wreq.Signers = append(wreq.Signers, s.Signer)
	}
	var out wire.AddTokenResponse
	if err := c.call(ctx, wire.KindAddToken, wreq, &out); err != nil {
		return api.SealedToken{}, asRefusal(err)
	}
	if err := c.saveState(ctx, out.State); err != nil {
		return api.SealedToken{}, err
	}
	if err := c.Anchor.GrantToken(ctx, out.Grant, out.Signers, out.Signatures); err != nil {
		return api.SealedToken{}, err
	}
	b, err := c.Store.GetSealed(ctx, StateBlob)
	if err != nil {
		return api.SealedToken{}, err
	}
	c.log().Info("npm token sealed by the coordinator", "package", pkg, "registryUser", out.Username, "grantNonce", out.Grant.Nonce)
	return api.SealedToken{Sealed: out.SealedToken, Version: b.Version, Username: out.Username, ExpiresAt: out.ExpiresAt}, nil
}

// NameControl asks the coordinator to countersign an enrollment (api.Enclaves).
func (c *Coordinator) NameControl(ctx context.Context, p wire.PolicyChange, ciphertext []byte) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out wire.NameControlResponse
	if err := c.call(ctx, wire.KindNameControl, wire.NameControlRequest{Enrollment: p, Ciphertext: ciphertext}, &out); err != nil {
		return nil, asRefusal(err)
	}
	c.log().Info("enrollment countersigned by the coordinator", "package", p.PackageName, "nameFree", out.NameFree, "registryUser", out.Username)
	return out.Signature, nil
}

// EnrollWait bounds how long SealToken waits for an enrollment to be mined.
const EnrollWait = 30 * time.Second

func (c *Coordinator) awaitEnrolled(ctx context.Context, pkg string) error {
	ctx, cancel := context.WithTimeout(ctx, EnrollWait)
	defer cancel()
	for {
		ok, err := c.Anchor.Enrolled(ctx, pkg)
		if err == nil && ok {
			return nil
		}
		if err := c.enrollPending(ctx); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("package %s is not enrolled on chain yet: %w", pkg, errors.Join(err, ctx.Err()))
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// Ready reports whether the coordinator answers (api.Enclaves).
func (c *Coordinator) Ready(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.call(ctx, wire.KindStatus, wire.StatusRequest{}, nil)
}

func asRefusal(err error) error {
	var re *wire.RemoteError
	if errors.As(err, &re) {
		return fmt.Errorf("%w: %w", api.ErrEnclaveRefused, err)
	}
	return err
}

// AnchorStatus reports where release id's transactions stand in the
// outbox (api.AnchorReporter); nil when the anchor keeps no outbox.
func (c *Coordinator) AnchorStatus(ctx context.Context, id string) []api.AnchorStatus {
	if ar, ok := c.Anchor.(interface {
		AnchorStatus(context.Context, string) []api.AnchorStatus
	}); ok {
		return ar.AnchorStatus(ctx, id)
	}
	return nil
}

// EnclaveRelease is the coordinator's latest account of a release, as the
// last round saw it (api.ReleaseReporter).
func (c *Coordinator) EnclaveRelease(_ context.Context, id string) (api.EnclaveRelease, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	st, ok := c.statuses[strings.ToLower(id)]
	if !ok {
		return api.EnclaveRelease{}, false
	}
	out := api.EnclaveRelease{State: st.State, Reason: st.Reason, Required: st.Required}
	for _, a := range st.Approvals {
		out.Approvals = append(out.Approvals, strings.ToLower(a.Hex()))
	}
	if st.Score != nil {
		s := int(st.Score.Score)
		out.Score = &s
	}
	if st.PublishAfter != 0 {
		t := time.Unix(int64(st.PublishAfter), 0).UTC()
		out.PublishAfter = &t
	}
	if st.Receipt != nil {
		out.RegistryStatus = int(st.Receipt.Receipt.RegistryStatus)
	}
	return out, true
}

// Round carries one pass: enrollments to the chain, proposals, approvals,
// vetoes and scores to the coordinator, then a tick whose authorizations
// and receipts go to the chain. Every step is derived from the store, the
// coordinator's status and the outbox, so a crash loses nothing.
func (c *Coordinator) Round(ctx context.Context) error {
	if err := c.enrollPending(ctx); err != nil {
		c.log().Warn("queue enrollments", "err", err.Error())
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.registerScorer(ctx); err != nil {
		c.log().Warn("register the scorer", "err", err.Error())
	}
	c.registerCoordinator(ctx)
	var all wire.StatusResponse
	if err := c.call(ctx, wire.KindStatus, wire.StatusRequest{}, &all); err != nil {
		return fmt.Errorf("coordinator status: %w", err)
	}
	known := map[string]wire.ReleaseStatus{}
	for _, st := range all.Releases {
		known[wire.HexDigest(st.Digest)] = st
	}
	for _, state := range []string{store.StatePending, store.StateApproved, store.StateVetoed} {
		rels, err := c.Store.ListReleases(ctx, store.ReleaseFilter{State: state, Limit: 200})
		if err != nil {
			return err
		}
		for _, r := range rels {
			if err := c.carry(ctx, r, known); err != nil {
				c.log().Info("relay to the coordinator", "release", r.ID, "package", r.Package, "version", r.Version, "err", err.Error())
			}
		}
	}
	if err := c.carryRevocations(ctx, known); err != nil {
		c.log().Warn("relay revocations", "err", err.Error())
	}
	var tick wire.TickResponse
	if err := c.call(ctx, wire.KindTick, wire.TickRequest{}, &tick); err != nil {
		return fmt.Errorf("coordinator tick: %w", err)
	}
	if err := c.saveState(ctx, tick.State); err != nil {
		return err
	}
	// Authorizations and receipts are read from the full status, not only
	// from this tick, so that one lost before it was queued is queued now.
	if err := c.call(ctx, wire.KindStatus, wire.StatusRequest{}, &all); err != nil {
		return fmt.Errorf("coordinator status: %w", err)
	}
	statuses := map[string]wire.ReleaseStatus{}
	for _, st := range all.Releases {
		id := wire.HexDigest(st.Digest)
		statuses[strings.ToLower(id)] = st
		if err := c.anchor(ctx, id, st); err != nil {
			c.log().Warn("anchor release", "release", id, "err", err.Error())
		}
	}
	c.statuses = statuses
	return nil
}

// carry hands the coordinator what the store holds and it lacks.
func (c *Coordinator) carry(ctx context.Context, r store.Release, known map[string]wire.ReleaseStatus) error {
	digest, err := parseID(r.ID)
	if err != nil {
		return err
	}
	sigs, err := c.Store.ListSignatures(ctx, r.ID)
	if err != nil {
		return err
	}
	// A proposer (CI key) only ever proposes: its signature, when stored,
	// is the proposal; the others are approvals.
	var proposers []common.Address
	if pkg, err := c.Store.GetPackage(ctx, r.Package); err == nil {
		var pr api.PolicyRequest
		if json.Unmarshal(pkg.Policy, &pr) == nil {
			proposers = pr.Policy.Proposers
		}
	}
	isProposer := func(s store.Signature) bool {
		return slices.ContainsFunc(proposers, func(a common.Address) bool { return strings.EqualFold(a.Hex(), s.Signer) })
	}
	if i := slices.IndexFunc(sigs, isProposer); i > 0 {
		sigs[0], sigs[i] = sigs[i], sigs[0]
	}
	st, ok := known[wire.HexDigest(digest)]
	if !ok {
		if r.State == store.StateVetoed || len(sigs) == 0 {
			return nil
		}
		var prop api.ProposeRequest
		if err := json.Unmarshal(r.Proposal, &prop); err != nil {
			return fmt.Errorf("stored proposal %s: %w", r.ID, err)
		}
		rel, err := releaseOf(prop.Release)
		if err != nil {
			return err
		}
		tgz, err := c.Store.GetTarball(ctx, r.ContentHash)
		if err != nil {
			return err
		}
		// The proposer is the first signature the host stored.
		var out wire.StatusResponse
		if err := c.call(ctx, wire.KindPropose, wire.ProposeRequest{Release: rel, Signer: common.HexToAddress(sigs[0].Signer), Signature: sigs[0].Sig, Tarball: tgz}, &out); err != nil {
			return fmt.Errorf("propose: %w", err)
		}
		if err := c.saveState(ctx, out.State); err != nil {
			return err
		}
		if len(out.Releases) > 0 {
			st = out.Releases[0]
		}
		c.log().Info("release proposed to the coordinator", "release", r.ID, "package", r.Package, "version", r.Version)
	}
	if st.State != wire.StatePending && st.State != wire.StateWindow {
		return nil
	}
	vetoes, err := c.Store.ListVetoes(ctx, r.ID)
	if err != nil {
		return err
	}
	if len(vetoes) > 0 {
		// One veto stops the release; the others add nothing the enclave needs.
		v := vetoes[0]
		var out wire.StatusResponse
		if err := c.call(ctx, wire.KindVeto, wire.VetoRequest{Veto: wire.Veto{ReleaseDigest: digest, Reason: v.Reason}, Signer: common.HexToAddress(v.Signer), Signature: v.Sig}, &out); err != nil {
			return fmt.Errorf("veto by %s: %w", v.Signer, err)
		}
		return c.saveState(ctx, out.State)
	}
	for _, s := range sigs {
		if slices.ContainsFunc(st.Approvals, func(a common.Address) bool { return strings.EqualFold(a.Hex(), s.Signer) }) || strings.EqualFold(st.Proposer.Hex(), s.Signer) || isProposer(s) {
			continue
		}
		var out wire.StatusResponse
		if err := c.call(ctx, wire.KindApprove, wire.ApproveRequest{ReleaseDigest: digest, Signer: common.HexToAddress(s.Signer), Signature: s.Sig}, &out); err != nil {
			return fmt.Errorf("approve by %s: %w", s.Signer, err)
		}
		if err := c.saveState(ctx, out.State); err != nil {
			return err
		}
	}
	if st.Score == nil {
		sc, err := c.Store.GetScore(ctx, r.ID)
		if errors.Is(err, store.ErrNotFound) {
			return nil
		} else if err != nil {
			return err
		}
		var msg wire.Score
		if err := json.Unmarshal(sc.Message, &msg); err != nil {
			return fmt.Errorf("stored score %s: %w", r.ID, err)
		}
		var out wire.StatusResponse
		if err := c.call(ctx, wire.KindScore, wire.ScoreRequest{Score: msg, Signature: sc.Sig}, &out); err != nil {
			return fmt.Errorf("score: %w", err)
		}
		if err := c.saveState(ctx, out.State); err != nil {
			return err
		}
	}
	return nil
}

// carryRevocations hands the coordinator each stored revocation of a release
// it still holds live or published, and queues revoke() on chain once
// threshold-many maintainers signed the same revocation of a recorded release.
func (c *Coordinator) carryRevocations(ctx context.Context, known map[string]wire.ReleaseStatus) error {
	revs, err := c.Store.ListRevocations(ctx, "", 500)
	if err != nil {
		return err
	}
	type group struct {
		rv          wire.Revoke
		contentHash string
		sigs        []api.SignedBy
	}
	// One group per signed Revoke (package, version, integrity, reason).
	type groupKey struct{ pkg, version, integrity, reason string }
	groups := map[groupKey]*group{}
	var order []groupKey
	integrities := map[string][]byte{} // contentHash => SHA-512 of the stored tarball
	for _, r := range revs {
		hash, err := parseID(r.ContentHash)
		if err != nil {
			return err
		}
		// The Revoke names the release by its integrity (what revoke()
		// checks on chain): the SHA-512 of the tarball stored under
		// contentHash; api.revoke checked the signature over it.
		integrity, ok := integrities[r.ContentHash]
		if !ok {
			integrity, err = store.TarballIntegrity(ctx, c.Store, common.Hash(hash).Hex())
			if errors.Is(err, store.ErrNotFound) {
				c.log().Info("revocation of a release whose tarball this host lacks", "package", r.Package, "version", r.Version, "contentHash", r.ContentHash)
				continue
			} else if err != nil {
				return fmt.Errorf("tarball of revoked %s@%s: %w", r.Package, r.Version, err)
			}
			integrities[r.ContentHash] = integrity
		}
		rv := wire.Revoke{PackageName: r.Package, Version: r.Version, Integrity: integrity, Reason: r.Reason}
		gk := groupKey{r.Package, r.Version, string(integrity), r.Reason}
		g, ok := groups[gk]
		if !ok {
			g = &group{rv: rv, contentHash: common.Hash(hash).Hex()}
			groups[gk] = g
			order = append(order, gk)
		}
		g.sigs = append(g.sigs, api.SignedBy{Signer: common.HexToAddress(r.Signer), Signature: r.Sig})
		for id, st := range known {
			if st.Release.PackageName != rv.PackageName || st.Release.Version != rv.Version || !bytes.Equal(st.Release.Integrity, rv.Integrity) {
				continue
			}
			switch st.State {
			case wire.StatePending, wire.StateWindow, wire.StateAuthorized, wire.StatePublished:
				var out wire.StatusResponse
				if err := c.call(ctx, wire.KindRevoke, wire.RevokeRequest{Revoke: rv, Signer: common.HexToAddress(r.Signer), Signature: r.Sig}, &out); err != nil {
					c.log().Info("revocation refused by the coordinator", "release", id, "signer", r.Signer, "err", err.Error())
					continue
				}
				if err := c.saveState(ctx, out.State); err != nil {
					return err
				}
				// The enclave revokes on threshold-many signatures of
				// the same Revoke; until then it lists the signers.
				for _, o := range out.Releases {
					if wire.HexDigest(o.Digest) == id {
						known[id] = o
					}
				}
			}
		}
	}
	for _, gk := range order {
		g := groups[gk]
		rv := g.rv
		pkg, err := c.Store.GetPackage(ctx, rv.PackageName)
		if err != nil {
			return err
		}
		var pr api.PolicyRequest
		if err := json.Unmarshal(pkg.Policy, &pr); err != nil {
			return fmt.Errorf("stored policy of %s: %w", rv.PackageName, err)
		}
		if len(g.sigs) < int(pr.Policy.Threshold) {
			continue
		}
		if ok, err := c.Anchor.Recorded(ctx, rv.PackageName, rv.Version); err != nil || !ok {
			continue
		}
		// Only the chain's record of revoke() marks the host's release
		// revoked (badge, status, listings); one already there is not
		// queued again.
		if rc, ok := c.Anchor.(revokedReader); ok {
			if done, err := rc.RevokedOnChain(ctx, rv.PackageName, rv.Version); err == nil && done {
				if err := c.markRevoked(ctx, rv, g.contentHash); err != nil {
					return err
				}
				continue
			}
		}
		if err := c.Anchor.Revoke(ctx, rv, g.sigs); err != nil {
			return err
		}
	}
	return nil
}

// revokedReader is an Anchorer that reads whether the chain (at its
// confirmed depth) holds a release revoked.
type revokedReader interface {
	RevokedOnChain(ctx context.Context, pkg, version string) (bool, error)
}

// markRevoked marks the host's records of the release rv revokes (its
// tarball stored under contentHash) revoked, once the chain recorded revoke().
func (c *Coordinator) markRevoked(ctx context.Context, rv wire.Revoke, contentHash string) error {
	rels, err := c.Store.ListReleases(ctx, store.ReleaseFilter{Package: rv.PackageName, Limit: 1000})
	if err != nil {
		return err
	}
	for _, rel := range rels {
		if rel.Version == rv.Version && strings.EqualFold(rel.ContentHash, contentHash) && rel.State != store.StateRevoked {
			if err := c.Store.SetReleaseState(ctx, rel.ID, store.StateRevoked); err != nil {
				return err
			}
		}
	}
	return nil
}

// anchor queues what the coordinator signed and mirrors its state.
func (c *Coordinator) anchor(ctx context.Context, id string, st wire.ReleaseStatus) error {
	if st.Authorization != nil {
		if err := c.Anchor.Publish(ctx, id, *st.Authorization); err != nil {
			return err
		}
	}
	mirror := mirrorState(st.State)
	if st.Receipt != nil {
		done, err := c.Anchor.RecordReceipt(ctx, id, st.Release, *st.Receipt)
		if err != nil {
			return err
		}
		if done {
			mirror = store.StateVerified
		}
	}
	rel, err := c.Store.GetRelease(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	// Revoked is final: only the chain's record of revoke() sets it
	// (carryRevocations), and a later receipt must not undo it.
	if mirror != "" && rel.State != mirror && rel.State != store.StateRevoked && !(mirror == store.StatePending && rel.State == store.StateApproved) {
		return c.Store.SetReleaseState(ctx, id, mirror)
	}
	return nil
}

// mirrorState maps the coordinator's release state to the host's record.
func mirrorState(s string) string {
	switch s {
	case wire.StatePending:
		return store.StatePending
	case wire.StateWindow, wire.StateAuthorized:
		return store.StateApproved
	case wire.StatePublished:
		return store.StatePublished
	case wire.StateVetoed, wire.StateCancelled:
		return store.StateVetoed
	case wire.StateExpired, wire.StateRefused:
		return store.StateRejected
	case wire.StateRevoked:
		// Not mirrored: the host shows a release revoked only once the
		// chain recorded revoke() (carryRevocations).
		return ""
	}
	return ""
}

// enrollPending queues every stored policy for the chain (idempotent):
// enroll() for nonce 0, changePolicy() after. The host keeps only the latest
// policy, so a change stored before its predecessor reached the chain is
// refused by the contract (nonce order) and must be signed again.
func (c *Coordinator) enrollPending(ctx context.Context) error {
	pkgs, err := c.Store.ListPackages(ctx)
	if err != nil {
		return err
	}
	for _, p := range pkgs {
		var pr api.PolicyRequest
		if err := json.Unmarshal(p.Policy, &pr); err != nil {
			return fmt.Errorf("stored policy of %s: %w", p.Name, err)
		}
		if err := c.Anchor.Enroll(ctx, pr.Policy, pr.Signatures, pr.NameControl); err != nil {
			return err
		}
	}
	return nil
}

// registerScorer registers the scorer's attested key once. Callers hold c.mu.
func (c *Coordinator) registerScorer(ctx context.Context) error {
	if c.scorerOK || c.ScorerInfo == nil {
		return nil
	}
	ev, err := c.ScorerInfo(ctx)
	if err != nil {
		return err
	}
	claims, err := c.checkEvidence(ctx, attestation.RoleScorer, ev, nil)
	if err != nil {
		return err
	}
	ok, err := c.ensureRegistered(ctx, attestation.RoleScorer, claims, ev)
	if errors.Is(err, ErrAwaitingGovernance) && c.noteAwaiting(claims.Address) {
		return nil // said once
	}
	c.scorerOK = ok
	return err
}

// Run calls Round every interval until ctx ends.
func (c *Coordinator) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := c.Round(ctx); err != nil && ctx.Err() == nil {
			c.log().Warn("coordinator relay round", "err", err.Error())
		}
		select {
		case <-ctx.Done():
			c.mu.Lock()
			if c.client != nil {
				_ = c.client.Close()
				c.client = nil
			}
			c.mu.Unlock()
			return
		case <-t.C:
		}
	}
}

func parseID(id string) ([32]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(id, "0x"))
	if err != nil || len(b) != 32 {
		return [32]byte{}, fmt.Errorf("release id %q is not 32 bytes of hex", id)
	}
	return [32]byte(b), nil
}

func releaseOf(r api.ReleaseJSON) (wire.Release, error) {
	return r.Wire()
}
