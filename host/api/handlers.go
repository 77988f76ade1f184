package api

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/enclave/eip1271"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/enclave/wire/limits"
	"github.com/vouchpm/vouch/host/store"
)

// internal logs err and answers a generic 500; the client never sees it.
func (s *Server) internal(r *http.Request, err error) *Error {
	s.log.Error("internal error", "route", r.Pattern, "err", err.Error())
	return apiErr(http.StatusInternalServerError, CodeInternal, "The host failed while handling this request.")
}

func (s *Server) audit(ctx context.Context, key, actor, action, subject, detail string) {
	if err := s.cfg.Store.Audit(ctx, store.AuditEntry{Key: key, Actor: actor, Action: action, Subject: subject, Detail: detail}); err != nil {
		s.log.Warn("audit log append failed", "action", action, "subject", subject, "err", err.Error())
	}
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) *Error {
	if err := s.cfg.Store.Ping(r.Context()); err != nil {
		s.log.Warn("store not ready", "err", err.Error())
		return apiErr(http.StatusServiceUnavailable, CodeNotReady, "The host's store does not answer.")
	}
	if s.cfg.Enclaves != nil {
		if err := s.cfg.Enclaves.Ready(r.Context()); err != nil {
			s.log.Warn("enclaves not ready", "err", err.Error())
			return apiErr(http.StatusServiceUnavailable, CodeNotReady, "An enclave does not answer.")
		}
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	return nil
}

// ---- packages and policy

// checkSignatures verifies every signature over digest, requires each signer
// to be one of maintainers, and returns the distinct signers. It rewrites a
// key's signature with v of 0/1 to 27/28, as the contract's ecrecover wants
// it (a release can never be stuck on a v the contract refuses), and keeps a
// contract wallet's as given (a Safe's v of 0 or 1 means a contract or
// approved-hash signature).
func (s *Server) checkSignatures(ctx context.Context, digest [32]byte, sigs []SignedBy, maintainers []common.Address) ([]common.Address, *Error) {
	var signers []common.Address
	for i, sb := range sigs {
		if norm := wire.NormalizeSig(sb.Signature); !bytes.Equal(norm, sb.Signature) {
			if got, err := wire.Recover(digest, norm); err == nil && got == sb.Signer {
				sigs[i].Signature, sb.Signature = norm, norm
			}
		}
		if e := s.checkSignature(ctx, digest, sb); e != nil {
			return nil, e
		}
		if !slices.Contains(maintainers, sb.Signer) {
			return nil, apiErr(http.StatusForbidden, CodeNotMaintainer, "Signer %s is not a maintainer of this package.", sb.Signer.Hex())
		}
		if !slices.Contains(signers, sb.Signer) {
			signers = append(signers, sb.Signer)
		}
	}
	return signers, nil
}

// checkSignature checks that sb.Signer signed digest: a key's signature
// that recovers to it or, with Config.Wallets, a contract wallet's that its
// isValidSignature (EIP-1271) accepts at the confirmed block.
func (s *Server) checkSignature(ctx context.Context, digest [32]byte, sb SignedBy) *Error {
	if len(sb.Signature) == 0 || len(sb.Signature) > limits.Signature {
		return apiErr(http.StatusBadRequest, CodeBadSignature, "The signature of %s is malformed.", sb.Signer.Hex())
	}
	if sb.Signer == (common.Address{}) {
		return apiErr(http.StatusBadRequest, CodeBadSignature, "A signature names its signer.")
	}
	wallets := s.cfg.Wallets
	_, err := eip1271.Verify(ctx, wallets, sb.Signer, digest, sb.Signature)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, eip1271.ErrNotSigner):
		if wallets == nil {
			// Only keys sign here: a signature that recovers to no one is malformed.
			if _, rerr := wire.Recover(digest, sb.Signature); rerr != nil {
				return apiErr(http.StatusBadRequest, CodeBadSignature, "The signature of %s is malformed.", sb.Signer.Hex())
			}
		}
		return apiErr(http.StatusForbidden, CodeBadSignature, "The signature does not come from %s.", sb.Signer.Hex())
	default:
		s.log.Warn("contract wallet signature check failed", "signer", sb.Signer.Hex(), "err", err.Error())
		return apiErr(http.StatusServiceUnavailable, CodeBusy, "The chain did not answer whether %s signed; retry later.", sb.Signer.Hex())
	}
}

func validPolicy(p wire.PolicyChange) *Error {
	switch {
	case !validPackage(p.PackageName):
		return apiErr(http.StatusBadRequest, CodeBadRequest, "The package name is not a valid npm name.")
	case len(p.Maintainers) == 0 || len(p.Maintainers) > limits.Maintainers:
		return apiErr(http.StatusBadRequest, CodeBadRequest, "A policy lists 1 to %d maintainers.", limits.Maintainers)
	case p.Threshold == 0 || int(p.Threshold) > len(p.Maintainers):
		return apiErr(http.StatusBadRequest, CodeBadRequest, "The threshold must be between 1 and the number of maintainers.")
	case p.MinScore > 100:
		return apiErr(http.StatusBadRequest, CodeBadRequest, "The minimum score must be between 0 and 100.")
	case len(p.Proposers) > limits.Proposers:
		return apiErr(http.StatusBadRequest, CodeBadRequest, "A policy lists at most %d proposers.", limits.Proposers)
	}
	for i, a := range p.Proposers {
		if a == (common.Address{}) || slices.Contains(p.Proposers[:i], a) || slices.Contains(p.Maintainers, a) {
			return apiErr(http.StatusBadRequest, CodeBadRequest, "Proposer %s is zero, listed twice or a maintainer.", a.Hex())
		}
	}
	for i, m := range p.Maintainers {
		if m == (common.Address{}) || slices.Contains(p.Maintainers[:i], m) {
			return apiErr(http.StatusBadRequest, CodeBadRequest, "Maintainer %s is zero or listed twice.", m.Hex())
		}
	}
	return nil
}

func (s *Server) policyOf(ctx context.Context, pkg string) (PolicyRequest, store.Package, error) {
	p, err := s.cfg.Store.GetPackage(ctx, pkg)
	if err != nil {
		return PolicyRequest{}, p, err
	}
	var pr PolicyRequest
	if err := json.Unmarshal(p.Policy, &pr); err != nil {
		return pr, p, err
	}
	return pr, p, nil
}

func (s *Server) unknownOr(r *http.Request, err error, e *Error) *Error {
	if errors.Is(err, store.ErrNotFound) {
		return e
	}
	return s.internal(r, err)
}

func unknownPackage(pkg string) *Error {
	return apiErr(http.StatusNotFound, CodeUnknownPackage, "Package %q is not enrolled.", trunc(pkg))
}

func (s *Server) enroll(w http.ResponseWriter, r *http.Request) *Error {
	var req PolicyRequest
	if e := decodeJSON(w, r, s.cfg.MaxJSON, &req); e != nil {
		return e
	}
	p := req.Policy
	if e := validPolicy(p); e != nil {
		return e
	}
	if p.Nonce != 0 {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "Enrollment uses policy nonce 0; change a policy with PUT /v1/packages/{pkg}/policy.")
	}
	digest, err := wire.Digest(s.cfg.Domain, wire.Enrollment(p))
	if err != nil {
		return s.internal(r, err)
	}
	signers, e := s.checkSignatures(r.Context(), digest, req.Signatures, p.Maintainers)
	if e != nil {
		return e
	}
	if len(signers) < int(p.Threshold) {
		return apiErr(http.StatusUnprocessableEntity, CodeThresholdUnmet, "Enrollment needs %d maintainer signatures, got %d.", p.Threshold, len(signers))
	}
	// The contract's enroll() needs the coordinator's countersignature that
	// the enroller controls the name on npm; the host keeps only that.
	if len(req.NameControl) == 0 {
		if s.cfg.Enclaves == nil {
			return apiErr(http.StatusServiceUnavailable, CodeEnclaveUnavailable, "No coordinator enclave is connected to this host.")
		}
		cs, err := s.cfg.Enclaves.NameControl(r.Context(), p, req.TokenCiphertext)
		if err != nil {
			return s.enclaveErr(r, err)
		}
		req.NameControl = cs
	}
	req.TokenCiphertext = nil
	body, _ := json.Marshal(req)
	if old, err := s.cfg.Store.GetPackage(r.Context(), p.PackageName); err == nil {
		if string(old.Policy) == string(body) {
			writeJSON(w, http.StatusOK, req)
			return nil
		}
		return apiErr(http.StatusConflict, CodeAlreadyEnrolled, "Package %q is already enrolled.", p.PackageName)
	}
	if err := s.cfg.Store.PutPackage(r.Context(), store.Package{Name: p.PackageName, PolicyNonce: 0, Policy: body}); err != nil {
		if e := storeErr(err, "policy"); e != nil {
			return apiErr(http.StatusConflict, CodeAlreadyEnrolled, "Package %q is already enrolled.", p.PackageName)
		}
		return s.internal(r, err)
	}
	s.audit(r.Context(), "enroll:"+p.PackageName, "host", "enroll", p.PackageName, "threshold "+strconv.Itoa(int(p.Threshold)))
	writeJSON(w, http.StatusCreated, req)
	return nil
}

func (s *Server) getPackage(w http.ResponseWriter, r *http.Request) *Error {
	pkg := r.PathValue("pkg")
	pr, _, err := s.policyOf(r.Context(), pkg)
	if err != nil {
		return s.unknownOr(r, err, unknownPackage(pkg))
	}
	writeJSON(w, http.StatusOK, pr)
	return nil
}

func (s *Server) changePolicy(w http.ResponseWriter, r *http.Request) *Error {
	pkg := r.PathValue("pkg")
	var req PolicyRequest
	if e := decodeJSON(w, r, s.cfg.MaxJSON, &req); e != nil {
		return e
	}
	cur, _, err := s.policyOf(r.Context(), pkg)
	if err != nil {
		return s.unknownOr(r, err, unknownPackage(pkg))
	}
	p := req.Policy
	if p.PackageName != pkg {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "The policy names another package than the path.")
	}
	// The first change after the enrollment may carry nonce 0 (the chain's
	// nonce, which only releases and changes advance).
	if e := checkChange(p, cur); e != nil {
		return e
	}
	digest, err := wire.Digest(s.cfg.Domain, p)
	if err != nil {
		return s.internal(r, err)
	}
	// A change needs M of N of the current maintainers.
	signers, e := s.checkSignatures(r.Context(), digest, req.Signatures, cur.Policy.Maintainers)
	if e != nil {
		return e
	}
	if len(signers) < int(cur.Policy.Threshold) {
		return apiErr(http.StatusUnprocessableEntity, CodeThresholdUnmet, "A policy change needs %d current maintainer signatures, got %d.", cur.Policy.Threshold, len(signers))
	}
	body, _ := json.Marshal(req)
	if err := s.cfg.Store.PutPackage(r.Context(), store.Package{Name: pkg, PolicyNonce: storeNonce(p), Policy: body}); err != nil {
		if e := storeErr(err, "policy"); e != nil {
			return e
		}
		return s.internal(r, err)
	}
	s.audit(r.Context(), "policy:"+pkg+":"+strconv.FormatUint(p.Nonce, 10), "host", "policy", pkg, "nonce "+strconv.FormatUint(p.Nonce, 10))
	writeJSON(w, http.StatusOK, req)
	return nil
}

// ---- sealed token relay

const maxTokenCiphertext = limits.TokenCiphertext

func (s *Server) relayToken(w http.ResponseWriter, r *http.Request) *Error {
	pkg := r.PathValue("pkg")
	var req TokenRequest
	if e := decodeJSON(w, r, s.cfg.MaxJSON, &req); e != nil {
		return e
	}
	if len(req.Ciphertext) == 0 || len(req.Ciphertext) > maxTokenCiphertext {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "The body must hold the encrypted token.")
	}
	if len(req.Signatures) == 0 || len(req.Signatures) > 64 {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "A token grant carries 1 to 64 maintainer signatures.")
	}
	pr, _, err := s.policyOf(r.Context(), pkg)
	if err != nil {
		return s.unknownOr(r, err, unknownPackage(pkg))
	}
	grant := wire.TokenGrant{PackageName: pkg, CiphertextHash: sha256.Sum256(req.Ciphertext), Nonce: req.Nonce}
	digest, err := wire.Digest(s.cfg.Domain, grant)
	if err != nil {
		return s.internal(r, err)
	}
	// The enclave checks the grant against the chain; this only keeps
	// garbage from reaching it.
	signers, e := s.checkSignatures(r.Context(), digest, req.Signatures, pr.Policy.Maintainers)
	if e != nil {
		return e
	}
	if len(signers) < int(pr.Policy.Threshold) {
		return apiErr(http.StatusUnprocessableEntity, CodeThresholdUnmet, "A token grant needs %d maintainer signatures, got %d.", pr.Policy.Threshold, len(signers))
	}
	if s.cfg.Enclaves == nil {
		return apiErr(http.StatusServiceUnavailable, CodeEnclaveUnavailable, "No coordinator enclave is connected to this host.")
	}
	res, err := s.cfg.Enclaves.SealToken(r.Context(), pkg, req)
	if err != nil {
		return s.enclaveErr(r, err)
	}
	name := "token/" + pkg
	if err := s.cfg.Store.PutSealed(r.Context(), store.SealedBlob{Name: name, Version: res.Version, Data: res.Sealed}); err != nil {
		if e := storeErr(err, "sealed token"); e != nil {
			return e
		}
		return s.internal(r, err)
	}
	// The expiry is public (the registry's token list states it): kept so
	// that the host and vouch status can warn before publishing stalls.
	_ = s.cfg.Store.PutSealed(r.Context(), store.SealedBlob{Name: name + "/expires", Version: res.Version, Data: []byte(strconv.FormatUint(res.ExpiresAt, 10))})
	s.audit(r.Context(), "token:"+pkg+":"+strconv.FormatUint(res.Version, 10), "host", "seal-token", pkg, "version "+strconv.FormatUint(res.Version, 10))
	writeJSON(w, http.StatusOK, TokenResponse{Package: pkg, Username: res.Username, Version: res.Version, ExpiresAt: res.ExpiresAt})
	return nil
}

func (s *Server) getSealedToken(w http.ResponseWriter, r *http.Request) *Error {
	pkg := r.PathValue("pkg")
	b, err := s.cfg.Store.GetSealed(r.Context(), "token/"+pkg)
	if err != nil {
		return s.unknownOr(r, err, apiErr(http.StatusNotFound, CodeNotFound, "No sealed token is stored for %q.", trunc(pkg)))
	}
	// The blob is sealed to the enclave; only its version and expiry are public.
	out := map[string]any{"name": b.Name, "version": b.Version, "updatedAt": b.UpdatedAt}
	if e, err := s.cfg.Store.GetSealed(r.Context(), "token/"+pkg+"/expires"); err == nil {
		if at, err := strconv.ParseUint(string(e.Data), 10, 64); err == nil && at > 0 {
			out["expiresAt"] = at
			out["daysLeft"] = int64(at-uint64(min(s.cfg.Now().Unix(), int64(at)))) / 86400
		}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) enclaveErr(r *http.Request, err error) *Error {
	if errors.Is(err, ErrEnclaveRefused) {
		s.log.Info("enclave refused", "route", r.Pattern, "err", err.Error())
		// The enclave's one sentence (it never holds a secret) tells the
		// user what to do: an expired token, a missing grant signature.
		var re *wire.RemoteError
		if errors.As(err, &re) {
			return apiErr(http.StatusUnprocessableEntity, CodeEnclaveRefused, "The enclave refused this request (%s): %s", trunc(re.Code), truncSentence(re.Message))
		}
		return apiErr(http.StatusUnprocessableEntity, CodeEnclaveRefused, "The enclave refused this request.")
	}
	s.log.Warn("enclave unavailable", "route", r.Pattern, "err", err.Error())
	return apiErr(http.StatusBadGateway, CodeEnclaveUnavailable, "The enclave did not answer.")
}

// ---- tarballs

func parseHash(h string) (common.Hash, bool) {
	s, ok := strings.CutPrefix(h, "0x")
	if !ok || len(s) != 64 {
		return common.Hash{}, false
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return common.Hash{}, false
	}
	return common.Hash(b), true
}

// putTarball stores a release's tarball. The upload must carry the
// proposer's signed proposal of exactly this hash (ProposalHeader), checked
// against the package's maintainers before a byte of the body is read; the
// body is then streamed through both hashes with the shared cap.
func (s *Server) putTarball(w http.ResponseWriter, r *http.Request) *Error {
	want, ok := parseHash(r.PathValue("hash"))
	if !ok {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "The path must name the tarball's SHA-256 as 0x and 64 hex digits.")
	}
	if e := requireType(r, "application/octet-stream"); e != nil {
		return e
	}
	prop, e := s.uploadProposal(r, want)
	if e != nil {
		return e
	}
	if !s.uploads.allow(lowerAddr(prop.Signer)) {
		s.metrics.limited.Inc()
		w.Header().Set("Retry-After", "1")
		return apiErr(http.StatusTooManyRequests, CodeRateLimited, "Too many uploads proposed by %s; retry later.", prop.Signer.Hex())
	}
	if r.ContentLength > s.cfg.MaxTarball {
		return apiErr(http.StatusRequestEntityTooLarge, CodeBodyTooLarge, "The body is larger than %d bytes.", s.cfg.MaxTarball)
	}
	select {
	case s.uploadsC <- struct{}{}:
		defer func() { <-s.uploadsC }()
	default:
		s.metrics.busy.Inc()
		w.Header().Set("Retry-After", "1")
		return apiErr(http.StatusServiceUnavailable, CodeBusy, "The host is receiving as many uploads as it buffers at once; retry after a second.")
	}
	h256, h512 := sha256.New(), sha512.New()
	var buf bytes.Buffer
	if r.ContentLength > 0 {
		buf.Grow(int(r.ContentLength))
	}
	if _, err := io.Copy(io.MultiWriter(&buf, h256, h512), http.MaxBytesReader(w, r.Body, s.cfg.MaxTarball)); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return apiErr(http.StatusRequestEntityTooLarge, CodeBodyTooLarge, "The body is larger than %d bytes.", s.cfg.MaxTarball)
		}
		return apiErr(http.StatusBadRequest, CodeBadRequest, "The body could not be read.")
	}
	if common.Hash(h256.Sum(nil)) != want {
		return apiErr(http.StatusBadRequest, CodeContentHash, "The uploaded bytes do not hash to %s.", want.Hex())
	}
	integrity := "sha512-" + base64.StdEncoding.EncodeToString(h512.Sum(nil))
	if integrity != prop.Release.Integrity {
		return apiErr(http.StatusUnprocessableEntity, CodeIntegrityMismatch, "The integrity does not match the uploaded tarball.")
	}
	if err := s.cfg.Store.PutTarball(r.Context(), want.Hex(), buf.Bytes()); err != nil {
		return s.internal(r, err)
	}
	writeJSON(w, http.StatusCreated, map[string]any{"contentHash": want.Hex(), "integrity": integrity, "size": buf.Len()})
	return nil
}

// uploadProposal reads and checks the signed proposal an upload carries:
// a release of this content hash, of an enrolled package, signed by one of
// its maintainers.
func (s *Server) uploadProposal(r *http.Request, hash common.Hash) (ProposeRequest, *Error) {
	var prop ProposeRequest
	hdr := r.Header.Get(ProposalHeader)
	if hdr == "" {
		return prop, apiErr(http.StatusUnauthorized, CodeUnauthorized, "An upload needs the proposer's signed proposal in the %s header.", ProposalHeader)
	}
	if len(hdr) > base64.StdEncoding.EncodedLen(limits.Proposal) {
		return prop, apiErr(http.StatusRequestHeaderFieldsTooLarge, CodeBodyTooLarge, "The %s header is larger than %d bytes.", ProposalHeader, limits.Proposal)
	}
	raw, err := base64.StdEncoding.DecodeString(hdr)
	if err != nil {
		return prop, apiErr(http.StatusBadRequest, CodeBadRequest, "The %s header must be base64 of the proposal's JSON.", ProposalHeader)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&prop); err != nil || dec.More() {
		return prop, apiErr(http.StatusBadRequest, CodeBadJSON, "The %s header does not hold one proposal.", ProposalHeader)
	}
	rj := prop.Release
	if common.Hash(rj.ContentHash) != hash {
		return prop, apiErr(http.StatusBadRequest, CodeContentHash, "The proposal is of another tarball than %s.", hash.Hex())
	}
	if !validPackage(rj.PackageName) || !validVersion(rj.Version) {
		return prop, apiErr(http.StatusBadRequest, CodeBadRequest, "The release needs a valid npm package name and semver version.")
	}
	rel, err := rj.Wire()
	if err != nil {
		return prop, apiErr(http.StatusBadRequest, CodeBadRequest, "The integrity must be sha512-<base64> of 64 bytes.")
	}
	pol, _, err := s.policyOf(r.Context(), rj.PackageName)
	if err != nil {
		return prop, s.unknownOr(r, err, unknownPackage(rj.PackageName))
	}
	digest, err := wire.Digest(s.cfg.Domain, rel)
	if err != nil {
		return prop, s.internal(r, err)
	}
	one := []SignedBy{prop.SignedBy}
	if _, e := s.checkSignatures(r.Context(), digest, one, proposersOf(pol.Policy)); e != nil {
		return prop, e
	}
	prop.SignedBy = one[0]
	return prop, nil
}

func (s *Server) getTarball(w http.ResponseWriter, r *http.Request) *Error {
	h, ok := parseHash(r.PathValue("hash"))
	if !ok {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "The path must name the tarball's SHA-256 as 0x and 64 hex digits.")
	}
	data, err := s.cfg.Store.GetTarball(r.Context(), h.Hex())
	if err != nil {
		return s.unknownOr(r, err, apiErr(http.StatusNotFound, CodeUnknownTarball, "No tarball with hash %s is stored.", h.Hex()))
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	_, _ = w.Write(data)
	return nil
}

// truncSentence bounds an enclave's refusal sentence for an API answer.
func truncSentence(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// proposersOf is who may propose a release of p: its maintainers and its
// proposers (CI keys, whose signature never counts towards the threshold).
func proposersOf(p wire.PolicyChange) []common.Address {
	return append(slices.Clone(p.Maintainers), p.Proposers...)
}
