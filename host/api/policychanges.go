package api

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api/apijson"
	"github.com/vouchpm/vouch/host/store"
)

// Policy changes (vouch team) gather M-of-N signatures on the host the way
// releases do: proposed with one or more signatures of the current
// maintainers, signed further by POST .../signatures, and stored as the
// package's policy once the current threshold signed; the relay then sends
// changePolicy(), which checks every signature again. An invite lets a
// joiner propose adding their own address: a change signed by nobody, which
// still needs M of N.

// policyChangesBlob holds the changes and invites (few, small).
const policyChangesBlob = "host/policy-changes"

const (
	maxPolicyChanges = 500
	inviteTTL        = 7 * 24 * time.Hour
	changePending    = "pending"
	changeApplied    = "applied"
	changeSuperseded = "superseded"
)

type storedChange struct {
	Status apijson.PolicyChangeStatus `json:"status"`
	Sigs   []SignedBy                 `json:"sigs"`
}

type changeBook struct {
	Changes []storedChange   `json:"changes"`
	Invites []apijson.Invite `json:"invites"`
}

// editBook reads the book, lets f change it, and writes it back with
// compare-and-set, retrying when another request wrote in between.
func (s *Server) editBook(ctx context.Context, f func(*changeBook) *Error) *Error {
	for range 8 {
		var b changeBook
		var version uint64
		blob, err := s.cfg.Store.GetSealed(ctx, policyChangesBlob)
		switch {
		case err == nil:
			version = blob.Version
			if err := json.Unmarshal(blob.Data, &b); err != nil {
				return apiErr(http.StatusInternalServerError, CodeInternal, "The host's policy change records are unreadable.")
			}
		case !errors.Is(err, store.ErrNotFound):
			return apiErr(http.StatusInternalServerError, CodeInternal, "The host failed while reading policy changes.")
		}
		if e := f(&b); e != nil {
			return e
		}
		if len(b.Changes) > maxPolicyChanges {
			b.Changes = b.Changes[len(b.Changes)-maxPolicyChanges:]
		}
		now := time.Now()
		b.Invites = slices.DeleteFunc(b.Invites, func(i apijson.Invite) bool { return now.After(i.ExpiresAt) })
		data, _ := json.Marshal(b)
		err = s.cfg.Store.PutSealed(ctx, store.SealedBlob{Name: policyChangesBlob, Version: version + 1, Data: data})
		if err == nil {
			return nil
		}
		if !errors.Is(err, store.ErrStale) && !errors.Is(err, store.ErrConflict) {
			return apiErr(http.StatusInternalServerError, CodeInternal, "The host failed while storing policy changes.")
		}
	}
	return apiErr(http.StatusServiceUnavailable, CodeBusy, "Policy changes are being written concurrently; retry.")
}

func (s *Server) readBook(ctx context.Context) (changeBook, error) {
	var b changeBook
	blob, err := s.cfg.Store.GetSealed(ctx, policyChangesBlob)
	if errors.Is(err, store.ErrNotFound) {
		return b, nil
	}
	if err != nil {
		return b, err
	}
	return b, json.Unmarshal(blob.Data, &b)
}

// checkChange validates a proposed change against the package's current
// policy on the host. A change follows the enrollment at any nonce (the
// chain's, which releases advance), and a change after a change at a
// higher nonce.
func checkChange(p wire.PolicyChange, cur PolicyRequest) *Error {
	if e := validPolicy(p); e != nil {
		return e
	}
	if p.PackageName != cur.Policy.PackageName {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "The change names another package.")
	}
	enrollment := len(cur.NameControl) > 0
	if !enrollment && p.Nonce <= cur.Policy.Nonce {
		return apiErr(http.StatusConflict, CodeStale, "Policy nonce %d is not newer than the current %d.", p.Nonce, cur.Policy.Nonce)
	}
	return nil
}

// storeNonce orders a package's stored policies: the enrollment is 0, a
// change at chain nonce n is n+1 (a change may carry the chain's nonce 0
// when no release came before it; the store keeps only newer policies).
func storeNonce(p wire.PolicyChange) uint64 { return p.Nonce + 1 }

// samePolicy compares two policies by their EIP-712 digest.
func (s *Server) samePolicy(a, b wire.PolicyChange) bool {
	da, err1 := wire.Digest(s.cfg.Domain, a)
	db, err2 := wire.Digest(s.cfg.Domain, b)
	return err1 == nil && err2 == nil && da == db
}

// addSigs checks sigs against ch's digest and the package's current
// maintainers, adds the new ones, and applies the change once the current
// threshold signed. Callers hold the book.
func (s *Server) addSigs(r *http.Request, b *changeBook, i int, sigs []SignedBy) *Error {
	ch := &b.Changes[i]
	st := &ch.Status
	cur, _, err := s.policyOf(r.Context(), st.Policy.PackageName)
	if err != nil {
		return s.unknownOr(r, err, unknownPackage(st.Policy.PackageName))
	}
	if st.State == changePending && !s.samePolicy(cur.Policy, st.Current) {
		st.State = changeSuperseded
	}
	if st.State != changePending {
		if st.State == changeApplied && len(sigs) > 0 && slices.ContainsFunc(ch.Sigs, func(x SignedBy) bool { return x.Signer == sigs[0].Signer }) {
			return nil
		}
		return apiErr(http.StatusConflict, CodeReleaseClosed, "Policy change %s is %s and takes no more signatures.", st.ID, st.State)
	}
	digest, err := wire.Digest(s.cfg.Domain, st.Policy)
	if err != nil {
		return s.internal(r, err)
	}
	if _, e := s.checkSignatures(r.Context(), digest, sigs, cur.Policy.Maintainers); e != nil {
		return e
	}
	for _, sb := range sigs {
		if !slices.ContainsFunc(ch.Sigs, func(x SignedBy) bool { return x.Signer == sb.Signer }) {
			ch.Sigs = append(ch.Sigs, sb)
			st.Signers = append(st.Signers, sb.Signer.Hex())
		}
	}
	st.UpdatedAt = time.Now().UTC()
	if len(ch.Sigs) < int(cur.Policy.Threshold) {
		return nil
	}
	body, _ := json.Marshal(PolicyRequest{Policy: st.Policy, Signatures: ch.Sigs})
	if err := s.cfg.Store.PutPackage(r.Context(), store.Package{Name: st.Policy.PackageName, PolicyNonce: storeNonce(st.Policy), Policy: body}); err != nil {
		if e := storeErr(err, "policy"); e != nil {
			return e
		}
		return s.internal(r, err)
	}
	st.State = changeApplied
	for j := range b.Changes {
		if o := &b.Changes[j].Status; j != i && o.State == changePending && o.Policy.PackageName == st.Policy.PackageName {
			o.State, o.UpdatedAt = changeSuperseded, st.UpdatedAt
		}
	}
	s.audit(r.Context(), "policy:"+st.Policy.PackageName+":"+st.ID, "host", "policy", st.Policy.PackageName, "change "+st.ID)
	return nil
}

// proposePolicyChange is POST /v1/policy-changes.
func (s *Server) proposePolicyChange(w http.ResponseWriter, r *http.Request) *Error {
	var req PolicyRequest
	if e := decodeJSON(w, r, s.cfg.MaxJSON, &req); e != nil {
		return e
	}
	if len(req.Signatures) == 0 {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "A policy change is proposed with at least one maintainer's signature (or through an invite).")
	}
	st, e := s.openChange(r, req.Policy, req.Signatures, "")
	if e != nil {
		return e
	}
	writeJSON(w, http.StatusCreated, st)
	return nil
}

// openChange files a change (or finds the same one) and adds sigs.
func (s *Server) openChange(r *http.Request, p wire.PolicyChange, sigs []SignedBy, invite string) (apijson.PolicyChangeStatus, *Error) {
	if !validPackage(p.PackageName) {
		return apijson.PolicyChangeStatus{}, apiErr(http.StatusBadRequest, CodeBadRequest, "The package name is not a valid npm name.")
	}
	cur, _, err := s.policyOf(r.Context(), p.PackageName)
	if err != nil {
		return apijson.PolicyChangeStatus{}, s.unknownOr(r, err, unknownPackage(p.PackageName))
	}
	if e := checkChange(p, cur); e != nil {
		return apijson.PolicyChangeStatus{}, e
	}
	digest, err := wire.Digest(s.cfg.Domain, p)
	if err != nil {
		return apijson.PolicyChangeStatus{}, s.internal(r, err)
	}
	id := wire.HexDigest(digest)
	var out apijson.PolicyChangeStatus
	e := s.editBook(r.Context(), func(b *changeBook) *Error {
		i := slices.IndexFunc(b.Changes, func(c storedChange) bool { return c.Status.ID == id })
		if i < 0 {
			now := time.Now().UTC()
			b.Changes = append(b.Changes, storedChange{Status: apijson.PolicyChangeStatus{ID: id, Policy: p, Current: cur.Policy, Signers: []string{},
				Threshold: int(cur.Policy.Threshold), State: changePending, Invite: invite, CreatedAt: now, UpdatedAt: now}})
			i = len(b.Changes) - 1
		}
		if len(sigs) > 0 {
			if e := s.addSigs(r, b, i, sigs); e != nil {
				return e
			}
		}
		out = b.Changes[i].Status
		return nil
	})
	return out, e
}

// policyChangeStatus is GET /v1/policy-changes/{id}.
func (s *Server) policyChangeStatus(w http.ResponseWriter, r *http.Request) *Error {
	id := strings.ToLower(r.PathValue("id"))
	b, err := s.readBook(r.Context())
	if err != nil {
		return s.internal(r, err)
	}
	for _, c := range b.Changes {
		if c.Status.ID == id {
			writeJSON(w, http.StatusOK, c.Status)
			return nil
		}
	}
	return apiErr(http.StatusNotFound, CodeNotFound, "No policy change %s.", trunc(id))
}

// listPolicyChanges is GET /v1/policy-changes?package=&state=.
func (s *Server) listPolicyChanges(w http.ResponseWriter, r *http.Request) *Error {
	b, err := s.readBook(r.Context())
	if err != nil {
		return s.internal(r, err)
	}
	pkg, state := r.URL.Query().Get("package"), r.URL.Query().Get("state")
	out := []apijson.PolicyChangeStatus{}
	for _, c := range b.Changes {
		if (pkg == "" || c.Status.Policy.PackageName == pkg) && (state == "" || c.Status.State == state) {
			out = append(out, c.Status)
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"changes": out})
	return nil
}

// signPolicyChange is POST /v1/policy-changes/{id}/signatures.
func (s *Server) signPolicyChange(w http.ResponseWriter, r *http.Request) *Error {
	id := strings.ToLower(r.PathValue("id"))
	var sb SignedBy
	if e := decodeJSON(w, r, s.cfg.MaxJSON, &sb); e != nil {
		return e
	}
	var out apijson.PolicyChangeStatus
	e := s.editBook(r.Context(), func(b *changeBook) *Error {
		i := slices.IndexFunc(b.Changes, func(c storedChange) bool { return c.Status.ID == id })
		if i < 0 {
			return apiErr(http.StatusNotFound, CodeNotFound, "No policy change %s.", trunc(id))
		}
		if e := s.addSigs(r, b, i, []SignedBy{sb}); e != nil {
			return e
		}
		out = b.Changes[i].Status
		return nil
	})
	if e != nil {
		return e
	}
	writeJSON(w, http.StatusCreated, out)
	return nil
}

// inviteCode is 8 characters of Crockford base32 in two groups of four.
func inviteCode() string {
	const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	var raw [8]byte
	_, _ = rand.Read(raw[:])
	var sb strings.Builder
	for i, c := range raw {
		if i == 4 {
			sb.WriteByte('-')
		}
		sb.WriteByte(alphabet[int(c)%len(alphabet)])
	}
	return sb.String()
}

// createInvite is POST /v1/invites: the package's policy now (the CLI
// reads it from the chain); a joiner's address will be appended to it.
func (s *Server) createInvite(w http.ResponseWriter, r *http.Request) *Error {
	var req apijson.InviteRequest
	if e := decodeJSON(w, r, s.cfg.MaxJSON, &req); e != nil {
		return e
	}
	cur, _, err := s.policyOf(r.Context(), req.Policy.PackageName)
	if err != nil {
		return s.unknownOr(r, err, unknownPackage(req.Policy.PackageName))
	}
	if e := checkChange(req.Policy, cur); e != nil {
		return e
	}
	inv := apijson.Invite{Code: inviteCode(), Policy: req.Policy, ExpiresAt: time.Now().Add(inviteTTL).UTC()}
	if e := s.editBook(r.Context(), func(b *changeBook) *Error {
		if len(b.Invites) >= maxPolicyChanges {
			return apiErr(http.StatusTooManyRequests, CodeRateLimited, "Too many open invites.")
		}
		b.Invites = append(b.Invites, inv)
		return nil
	}); e != nil {
		return e
	}
	writeJSON(w, http.StatusCreated, inv)
	return nil
}

// joinInvite is POST /v1/invites/{code}: proposes the invite's policy with
// the joiner's address added, signed by nobody; it needs M of N like any
// change.
func (s *Server) joinInvite(w http.ResponseWriter, r *http.Request) *Error {
	code := strings.ToUpper(r.PathValue("code"))
	var req apijson.JoinRequest
	if e := decodeJSON(w, r, s.cfg.MaxJSON, &req); e != nil {
		return e
	}
	b, err := s.readBook(r.Context())
	if err != nil {
		return s.internal(r, err)
	}
	i := slices.IndexFunc(b.Invites, func(x apijson.Invite) bool { return x.Code == code && time.Now().Before(x.ExpiresAt) })
	if i < 0 {
		return apiErr(http.StatusNotFound, CodeNotFound, "No open invite %s.", trunc(code))
	}
	p := b.Invites[i].Policy
	if slices.Contains(p.Maintainers, req.Address) {
		return apiErr(http.StatusConflict, CodeConflict, "%s is already a maintainer.", req.Address.Hex())
	}
	p.Maintainers = append(slices.Clone(p.Maintainers), req.Address)
	st, e := s.openChange(r, p, nil, code)
	if e != nil {
		return e
	}
	if e := s.editBook(r.Context(), func(b *changeBook) *Error {
		b.Invites = slices.DeleteFunc(b.Invites, func(x apijson.Invite) bool { return x.Code == code })
		return nil
	}); e != nil {
		return e
	}
	writeJSON(w, http.StatusCreated, st)
	return nil
}
