package api

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/enclave/wire/limits"
	"github.com/vouchpm/vouch/host/store"
)

// storedProposal is what the store keeps as a release's proposal.
type storedProposal = ProposeRequest

func (s *Server) propose(w http.ResponseWriter, r *http.Request) *Error {
	var req ProposeRequest
	if e := decodeJSON(w, r, s.cfg.MaxJSON, &req); e != nil {
		return e
	}
	rj := req.Release
	if !validPackage(rj.PackageName) || !validVersion(rj.Version) {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "The release needs a valid npm package name and semver version.")
	}
	rel, err := rj.Wire()
	if err != nil {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "The integrity must be sha512-<base64> of 64 bytes; gitSha 20 bytes; ciRunUrl at most %d bytes.", limits.CIRunURL)
	}
	pol, _, err := s.policyOf(r.Context(), rj.PackageName)
	if err != nil {
		return s.unknownOr(r, err, unknownPackage(rj.PackageName))
	}
	tgz, err := s.cfg.Store.GetTarball(r.Context(), rj.ContentHash.Hex())
	if err != nil {
		return s.unknownOr(r, err, apiErr(http.StatusUnprocessableEntity, CodeUnknownTarball, "Upload the tarball to PUT /v1/tarballs/%s first.", rj.ContentHash.Hex()))
	}
	if integrityOf(tgz) != rj.Integrity {
		return apiErr(http.StatusUnprocessableEntity, CodeIntegrityMismatch, "The integrity does not match the uploaded tarball.")
	}
	digest, err := wire.Digest(s.cfg.Domain, rel)
	if err != nil {
		return s.internal(r, err)
	}
	one := []SignedBy{req.SignedBy}
	if _, e := s.checkSignatures(r.Context(), digest, one, proposersOf(pol.Policy)); e != nil {
		return e
	}
	req.SignedBy = one[0]
	id := wire.HexDigest(digest)
	proposal, _ := json.Marshal(storedProposal{Release: rj})
	created, err := s.cfg.Store.CreateRelease(r.Context(), store.Release{ID: id, Package: rj.PackageName, Version: rj.Version, ContentHash: rj.ContentHash.Hex(), Proposal: proposal})
	if err != nil {
		if e := storeErr(err, "release"); e != nil {
			return e
		}
		return s.internal(r, err)
	}
	if _, err := s.cfg.Store.AddSignature(r.Context(), store.Signature{ReleaseID: id, Signer: lowerAddr(req.Signer), Sig: req.Signature}); err != nil {
		if e := storeErr(err, "signature"); e != nil {
			return e
		}
		return s.internal(r, err)
	}
	s.audit(r.Context(), "propose:"+id, lowerAddr(req.Signer), "propose", rj.PackageName+"@"+rj.Version, id)
	st, e := s.status(r, id, pol, true)
	if e != nil {
		return e
	}
	code := http.StatusOK
	if created {
		code = http.StatusCreated
	}
	writeJSON(w, code, st)
	return nil
}

func (s *Server) loadRelease(r *http.Request) (store.Release, ProposeRequest, PolicyRequest, *Error) {
	id := r.PathValue("id")
	if _, ok := parseHash(id); !ok {
		return store.Release{}, ProposeRequest{}, PolicyRequest{}, apiErr(http.StatusBadRequest, CodeBadRequest, "A release ID is 0x and 64 hex digits.")
	}
	rel, err := s.cfg.Store.GetRelease(r.Context(), id)
	if err != nil {
		return rel, ProposeRequest{}, PolicyRequest{}, s.unknownOr(r, err, apiErr(http.StatusNotFound, CodeUnknownRelease, "No release %s is known to this host.", id))
	}
	var prop ProposeRequest
	if err := json.Unmarshal(rel.Proposal, &prop); err != nil {
		return rel, prop, PolicyRequest{}, s.internal(r, err)
	}
	pol, _, err := s.policyOf(r.Context(), rel.Package)
	if err != nil {
		return rel, prop, pol, s.internal(r, err)
	}
	return rel, prop, pol, nil
}

// status assembles a release's status; after a write (promote) it moves a
// pending release to approved once the host has seen threshold-many valid signatures (a mirror of
// what the coordinator decides, not a decision).
func (s *Server) status(r *http.Request, id string, pol PolicyRequest, promote bool) (ReleaseStatus, *Error) {
	rel, err := s.cfg.Store.GetRelease(r.Context(), id)
	if err != nil {
		return ReleaseStatus{}, s.internal(r, err)
	}
	return s.statusOf(r, rel, pol, promote)
}

// statusOf is status of a release the handler has just read (one query
// fewer on the approval path).
func (s *Server) statusOf(r *http.Request, rel store.Release, pol PolicyRequest, promote bool) (ReleaseStatus, *Error) {
	ctx, id := r.Context(), rel.ID
	sigs, err := s.cfg.Store.ListSignatures(ctx, id)
	if err != nil {
		return ReleaseStatus{}, s.internal(r, err)
	}
	vetoes, err := s.cfg.Store.ListVetoes(ctx, id)
	if err != nil {
		return ReleaseStatus{}, s.internal(r, err)
	}
	if promote && rel.State == store.StatePending && countApprovals(sigs, pol) >= int(pol.Policy.Threshold) && len(vetoes) == 0 {
		// Compare-and-set: a veto (or another replica) that moved the
		// release since it was read must not be overwritten.
		moved, err := s.cfg.Store.MoveReleaseState(ctx, id, store.StatePending, store.StateApproved)
		if err != nil {
			return ReleaseStatus{}, s.internal(r, err)
		}
		if moved {
			rel.State = store.StateApproved
		} else if rel, err = s.cfg.Store.GetRelease(ctx, id); err != nil {
			return ReleaseStatus{}, s.internal(r, err)
		}
	}
	return s.statusFrom(r, rel, pol, sigs, vetoes)
}

// maintainerSigners is the policy's maintainers as the store keeps signers
// (lower-case hex): the ones whose signatures count towards the threshold;
// a proposer's (CI key's) signature opens a release but never counts.
func maintainerSigners(pol PolicyRequest) []string {
	out := make([]string, len(pol.Policy.Maintainers))
	for i, a := range pol.Policy.Maintainers {
		out[i] = lowerAddr(a)
	}
	return out
}

// countApprovals counts the maintainers' signatures among sigs (signers in
// any case), by the rule store.Approve applies.
func countApprovals(sigs []store.Signature, pol PolicyRequest) int {
	n, counting := 0, maintainerSigners(pol)
	for _, sg := range sigs {
		if slices.Contains(counting, strings.ToLower(sg.Signer)) {
			n++
		}
	}
	return n
}

// statusFrom assembles the status of rel from its signatures and vetoes.
func (s *Server) statusFrom(r *http.Request, rel store.Release, pol PolicyRequest, sigs []store.Signature, vetoes []store.Veto) (st ReleaseStatus, e *Error) {
	ctx, id := r.Context(), rel.ID
	var prop ProposeRequest
	_ = json.Unmarshal(rel.Proposal, &prop)
	st = ReleaseStatus{
		ID: rel.ID, PackageName: rel.Package, Version: rel.Version, Integrity: prop.Release.Integrity,
		ContentHash: rel.ContentHash, Nonce: prop.Release.Nonce, State: rel.State, Threshold: int(pol.Policy.Threshold),
		CIRunURL: prop.Release.CIRunURL,
		Signers:  []string{}, Approvals: countApprovals(sigs, pol), Vetoes: []VetoStatus{}, CreatedAt: rel.CreatedAt, UpdatedAt: rel.UpdatedAt,
	}
	if len(prop.Release.GitSha) != 0 {
		st.GitSha = prop.Release.GitSha.String()
	}
	for _, sg := range sigs {
		st.Signers = append(st.Signers, sg.Signer)
	}
	for _, v := range vetoes {
		st.Vetoes = append(st.Vetoes, VetoStatus{Signer: v.Signer, Reason: v.Reason})
	}
	if sc, err := s.cfg.Store.GetScore(ctx, id); err == nil {
		j := scoreJSON(sc)
		st.Score = &j
	}
	if st.Revocation, e = s.revocationOf(r, rel.Package, rel.Version, rel.ContentHash, pol); e != nil {
		return st, e
	}
	if rr, ok := s.cfg.Enclaves.(ReleaseReporter); ok {
		if er, ok := rr.EnclaveRelease(ctx, id); ok {
			st.Enclave = &er
		}
	}
	if ar, ok := s.cfg.Enclaves.(AnchorReporter); ok {
		st.Anchoring = ar.AnchorStatus(ctx, id)
	}
	return st, nil
}

func (s *Server) releaseStatus(w http.ResponseWriter, r *http.Request) *Error {
	rel, _, pol, e := s.loadRelease(r)
	if e != nil {
		return e
	}
	st, e := s.status(r, rel.ID, pol, false)
	if e != nil {
		return e
	}
	writeJSON(w, http.StatusOK, st)
	return nil
}

// releaseTypedData answers GET /v1/releases/{id}/typed-data: the release's
// EIP-712 typed data in the form eth_signTypedData_v4 takes it, built by
// enclave/wire (the one definition the coordinator and the contract hash),
// so the wallet page signs what they check without restating the types.
func (s *Server) releaseTypedData(w http.ResponseWriter, r *http.Request) *Error {
	rel, prop, _, e := s.loadRelease(r)
	if e != nil {
		return e
	}
	m, err := prop.Release.Wire()
	if err != nil {
		return s.internal(r, err)
	}
	td := wire.TypedData(s.cfg.Domain, m)
	if d, err := wire.Digest(s.cfg.Domain, m); err != nil || wire.HexDigest(d) != rel.ID {
		return s.internal(r, fmt.Errorf("release %s: stored proposal hashes to another digest (%v)", rel.ID, err))
	}
	wt, err := wire.ForWallet(td)
	if err != nil {
		return s.internal(r, err)
	}
	writeJSON(w, http.StatusOK, wt)
	return nil
}

func (s *Server) approve(w http.ResponseWriter, r *http.Request) *Error {
	var req SignedBy
	if e := decodeJSON(w, r, s.cfg.MaxJSON, &req); e != nil {
		return e
	}
	rel, _, pol, e := s.loadRelease(r)
	if e != nil {
		return e
	}
	if rel.State != store.StatePending && rel.State != store.StateApproved {
		return apiErr(http.StatusConflict, CodeReleaseClosed, "Release %s is %s and takes no more signatures.", rel.ID, rel.State)
	}
	digest, _ := parseHash(rel.ID)
	one := []SignedBy{req}
	if _, e := s.checkSignatures(r.Context(), digest, one, pol.Policy.Maintainers); e != nil {
		return e
	}
	// One transaction: the signature, its audit line and the move to
	// approved (one commit, not three: on a durable PostgreSQL each commit
	// waits for a WAL flush).
	signer := lowerAddr(req.Signer)
	ap, err := s.cfg.Store.Approve(r.Context(), store.Signature{ReleaseID: rel.ID, Signer: signer, Sig: req.Signature},
		store.AuditEntry{Key: "approve:" + rel.ID + ":" + signer, Actor: signer, Action: "approve", Subject: rel.Package + "@" + rel.Version, Detail: rel.ID},
		int(pol.Policy.Threshold), maintainerSigners(pol))
	if err != nil {
		if e := storeErr(err, "signature by this signer"); e != nil {
			return e
		}
		return s.internal(r, err)
	}
	rel.State = ap.State
	st, e := s.statusFrom(r, rel, pol, ap.Signatures, ap.Vetoes)
	if e != nil {
		return e
	}
	code := http.StatusOK
	if ap.Created {
		code = http.StatusCreated
	}
	writeJSON(w, code, st)
	return nil
}

func (s *Server) veto(w http.ResponseWriter, r *http.Request) *Error {
	var req VetoRequest
	if e := decodeJSON(w, r, s.cfg.MaxJSON, &req); e != nil {
		return e
	}
	if len(req.Reason) == 0 || len(req.Reason) > limits.Reason {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "A veto needs a reason of 1 to %d bytes.", limits.Reason)
	}
	rel, _, pol, e := s.loadRelease(r)
	if e != nil {
		return e
	}
	if rel.State != store.StatePending && rel.State != store.StateApproved {
		return apiErr(http.StatusConflict, CodeReleaseClosed, "Release %s is %s and can no longer be vetoed.", rel.ID, rel.State)
	}
	rd, _ := parseHash(rel.ID)
	digest, err := wire.Digest(s.cfg.Domain, wire.Veto{ReleaseDigest: rd, Reason: req.Reason})
	if err != nil {
		return s.internal(r, err)
	}
	one := []SignedBy{req.SignedBy}
	if _, e := s.checkSignatures(r.Context(), digest, one, pol.Policy.Maintainers); e != nil {
		return e
	}
	req.SignedBy = one[0]
	if _, err := s.cfg.Store.AddVeto(r.Context(), store.Veto{ReleaseID: rel.ID, Signer: lowerAddr(req.Signer), Reason: req.Reason, Sig: req.Signature}); err != nil {
		if e := storeErr(err, "veto by this signer"); e != nil {
			return e
		}
		return s.internal(r, err)
	}
	if err := s.cfg.Store.SetReleaseState(r.Context(), rel.ID, store.StateVetoed); err != nil {
		return s.internal(r, err)
	}
	s.audit(r.Context(), "veto:"+rel.ID+":"+lowerAddr(req.Signer), lowerAddr(req.Signer), "veto", rel.Package+"@"+rel.Version, rel.ID)
	st, e := s.status(r, rel.ID, pol, true)
	if e != nil {
		return e
	}
	writeJSON(w, http.StatusOK, st)
	return nil
}

func scoreJSON(sc store.Score) ScoreJSON {
	raw := func(b []byte) any {
		if json.Valid(b) {
			return json.RawMessage(b)
		}
		return b // base64 in JSON
	}
	return ScoreJSON{ReleaseID: sc.ReleaseID, PackageName: sc.Package, Version: sc.Version, Score: sc.Score,
		Message: raw(sc.Message), Signature: "0x" + hex.EncodeToString(sc.Sig), Evidence: sc.Evidence, Report: raw(sc.Report), CreatedAt: sc.CreatedAt}
}

func (s *Server) getScore(w http.ResponseWriter, r *http.Request) *Error {
	rel, _, _, e := s.loadRelease(r)
	if e != nil {
		return e
	}
	sc, err := s.cfg.Store.GetScore(r.Context(), rel.ID)
	if err != nil {
		return s.unknownOr(r, err, apiErr(http.StatusNotFound, CodeNotFound, "Release %s has no score yet.", rel.ID))
	}
	writeJSON(w, http.StatusOK, scoreJSON(sc))
	return nil
}

func queryLimit(r *http.Request) (int, *Error) {
	q := r.URL.Query().Get("limit")
	if q == "" {
		return 50, nil
	}
	n, err := strconv.Atoi(q)
	if err != nil || n < 1 || n > 500 {
		return 0, apiErr(http.StatusBadRequest, CodeBadRequest, "limit must be an integer from 1 to 500.")
	}
	return n, nil
}

var knownStates = []string{store.StatePending, store.StateApproved, store.StatePublished, store.StateVerified,
	store.StateVetoed, store.StateRejected, store.StateRevoked, StateMismatch}

func (s *Server) listReleases(w http.ResponseWriter, r *http.Request) *Error {
	limit, e := queryLimit(r)
	if e != nil {
		return e
	}
	q := r.URL.Query()
	f := store.ReleaseFilter{Package: q.Get("package"), State: q.Get("state"), Limit: limit}
	if f.State != "" && !contains(knownStates, f.State) {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "state must be one of %s.", strings.Join(knownStates, ", "))
	}
	list, err := s.cfg.Store.ListReleases(r.Context(), f)
	if err != nil {
		return s.internal(r, err)
	}
	type item struct {
		ID          string `json:"id"`
		PackageName string `json:"packageName"`
		Version     string `json:"version"`
		ContentHash string `json:"contentHash"`
		State       string `json:"state"`
		UpdatedAt   any    `json:"updatedAt"`
	}
	out := []item{}
	for _, rel := range list {
		out = append(out, item{rel.ID, rel.Package, rel.Version, rel.ContentHash, rel.State, rel.UpdatedAt})
	}
	writeJSON(w, http.StatusOK, map[string]any{"releases": out})
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (s *Server) revoke(w http.ResponseWriter, r *http.Request) *Error {
	var req RevokeRequest
	if e := decodeJSON(w, r, s.cfg.MaxJSON, &req); e != nil {
		return e
	}
	if !validPackage(req.PackageName) || !validVersion(req.Version) || len(req.Reason) == 0 || len(req.Reason) > limits.Reason {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "A revocation needs a valid package, version and a reason of 1 to %d bytes.", limits.Reason)
	}
	pol, _, err := s.policyOf(r.Context(), req.PackageName)
	if err != nil {
		return s.unknownOr(r, err, unknownPackage(req.PackageName))
	}
	// The signed Revoke names the release by its integrity (what revoke()
	// checks on chain): the SHA-512 of the tarball stored under contentHash.
	integrity, err := store.TarballIntegrity(r.Context(), s.cfg.Store, req.ContentHash.Hex())
	if err != nil {
		return s.unknownOr(r, err, apiErr(http.StatusUnprocessableEntity, CodeUnknownTarball, "No tarball %s on this host: a revocation names a release this host holds.", req.ContentHash.Hex()))
	}
	digest, err := wire.Digest(s.cfg.Domain, wire.Revoke{PackageName: req.PackageName, Version: req.Version, Integrity: integrity, Reason: req.Reason})
	if err != nil {
		return s.internal(r, err)
	}
	one := []SignedBy{req.SignedBy}
	if _, e := s.checkSignatures(r.Context(), digest, one, pol.Policy.Maintainers); e != nil {
		return e
	}
	req.SignedBy = one[0]
	created, err := s.cfg.Store.AddRevocation(r.Context(), store.Revocation{Package: req.PackageName, Version: req.Version,
		ContentHash: req.ContentHash.Hex(), Signer: lowerAddr(req.Signer), Reason: req.Reason, Sig: req.Signature})
	if err != nil {
		if e := storeErr(err, "revocation by this signer"); e != nil {
			return e
		}
		return s.internal(r, err)
	}
	// One signature is never a revocation: revoke() on chain needs M of N,
	// and only the chain's Revoked event (mirrored by the relay) marks the
	// release revoked. Until then it is a proposal, counted here.
	rs, e := s.revocationOf(r, req.PackageName, req.Version, req.ContentHash.Hex(), pol)
	if e != nil {
		return e
	}
	s.audit(r.Context(), "revoke:"+req.PackageName+"@"+req.Version+":"+lowerAddr(req.Signer), lowerAddr(req.Signer), "revoke", req.PackageName+"@"+req.Version, req.Reason)
	code := http.StatusOK
	if created {
		code = http.StatusCreated
	}
	out := map[string]any{"packageName": req.PackageName, "version": req.Version, "contentHash": req.ContentHash.Hex(), "signer": lowerAddr(req.Signer),
		"state": "revocation-proposed", "signatures": 0, "threshold": int(pol.Policy.Threshold)}
	if rs != nil {
		out["signatures"], out["label"] = rs.Signatures, rs.Label()
	}
	writeJSON(w, code, out)
	return nil
}

// revocationOf counts the stored revocations of pkg@version with
// contentHash: the Revoke (reason) the most current maintainers signed, or
// nil when none did.
func (s *Server) revocationOf(r *http.Request, pkg, version, contentHash string, pol PolicyRequest) (*RevocationStatus, *Error) {
	list, err := s.cfg.Store.ListRevocations(r.Context(), pkg, 1000)
	if err != nil {
		return nil, s.internal(r, err)
	}
	groups := map[string]*RevocationStatus{}
	var best *RevocationStatus
	for _, rv := range list {
		if rv.Version != version || !strings.EqualFold(rv.ContentHash, contentHash) || !slices.Contains(pol.Policy.Maintainers, common.HexToAddress(rv.Signer)) {
			continue
		}
		g := groups[rv.Reason]
		if g == nil {
			g = &RevocationStatus{Reason: rv.Reason, Signers: []string{}, Threshold: int(pol.Policy.Threshold)}
			groups[rv.Reason] = g
		}
		if !contains(g.Signers, rv.Signer) {
			g.Signers = append(g.Signers, rv.Signer)
			g.Signatures++
		}
		if best == nil || g.Signatures > best.Signatures {
			best = g
		}
	}
	return best, nil
}

func (s *Server) listRevocations(w http.ResponseWriter, r *http.Request) *Error {
	limit, e := queryLimit(r)
	if e != nil {
		return e
	}
	list, err := s.cfg.Store.ListRevocations(r.Context(), r.URL.Query().Get("package"), limit)
	if err != nil {
		return s.internal(r, err)
	}
	out := []map[string]any{}
	for _, rv := range list {
		out = append(out, map[string]any{"packageName": rv.Package, "version": rv.Version, "contentHash": rv.ContentHash,
			"signer": rv.Signer, "reason": rv.Reason, "signature": "0x" + hex.EncodeToString(rv.Sig), "createdAt": rv.CreatedAt})
	}
	writeJSON(w, http.StatusOK, map[string]any{"revocations": out})
	return nil
}

func (s *Server) listScores(w http.ResponseWriter, r *http.Request) *Error {
	limit, e := queryLimit(r)
	if e != nil {
		return e
	}
	list, err := s.cfg.Store.ListScores(r.Context(), r.URL.Query().Get("package"), limit)
	if err != nil {
		return s.internal(r, err)
	}
	out := []ScoreJSON{}
	for _, sc := range list {
		out = append(out, scoreJSON(sc))
	}
	writeJSON(w, http.StatusOK, map[string]any{"scores": out})
	return nil
}

// ---- evidence relay

// coordinatorConfig relays the coordinator's canonical configuration; its
// SHA-256 is the configuration digest the coordinator's evidence binds.
func (s *Server) coordinatorConfig(w http.ResponseWriter, r *http.Request) *Error {
	src, ok := s.cfg.Enclaves.(ConfigSource)
	if s.cfg.Enclaves == nil || !ok {
		return apiErr(http.StatusServiceUnavailable, CodeEnclaveUnavailable, "This host does not relay the coordinator's configuration.")
	}
	raw, err := src.CoordinatorConfig(r.Context())
	if err != nil {
		return s.enclaveErr(r, err)
	}
	writeJSON(w, http.StatusOK, map[string]any{"config": raw})
	return nil
}

func (s *Server) evidence(w http.ResponseWriter, r *http.Request) *Error {
	role := r.PathValue("role")
	if role != "coordinator" && role != "scorer" {
		return apiErr(http.StatusNotFound, CodeUnknownRole, "The enclave role must be coordinator or scorer.")
	}
	nonceHex := r.URL.Query().Get("nonce")
	nonce, err := hex.DecodeString(nonceHex)
	if err != nil || len(nonce) < limits.NonceMin || len(nonce) > limits.NonceMax {
		return apiErr(http.StatusBadRequest, CodeBadNonce, "nonce must be %d to %d bytes in hex.", limits.NonceMin, limits.NonceMax)
	}
	nonceHex = hex.EncodeToString(nonce)
	if ev, err := s.cfg.Store.GetEvidence(r.Context(), role, nonceHex); err == nil {
		writeJSON(w, http.StatusOK, map[string]any{"role": role, "nonce": nonceHex, "evidence": ev.Data})
		return nil
	}
	if s.cfg.Enclaves == nil {
		return apiErr(http.StatusServiceUnavailable, CodeEnclaveUnavailable, "No %s enclave is connected to this host.", role)
	}
	// A quote costs the enclave work: only a few wait on it at once.
	select {
	case s.quotes <- struct{}{}:
		defer func() { <-s.quotes }()
	default:
		s.metrics.busy.Inc()
		w.Header().Set("Retry-After", "1")
		return apiErr(http.StatusServiceUnavailable, CodeBusy, "The host is producing as much evidence as it allows at once; retry after a second.")
	}
	ev, err := s.cfg.Enclaves.Evidence(r.Context(), role, nonce)
	if err != nil {
		return s.enclaveErr(r, err)
	}
	if err := s.cfg.Store.PutEvidence(r.Context(), store.Evidence{Role: role, Nonce: nonceHex, Data: ev}); err != nil {
		s.log.Warn("evidence cache write failed", "role", role, "err", err.Error())
	}
	writeJSON(w, http.StatusOK, map[string]any{"role": role, "nonce": nonceHex, "evidence": ev})
	return nil
}
