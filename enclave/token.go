package enclave

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire"
)

// tokenEntry is what the state keeps of a package's npm token: only the
// sealed blob, unsealed for the moment of a publish.
type tokenEntry struct {
	Package  string `cbor:"package"`
	Username string `cbor:"username"`
	Sealed   []byte `cbor:"sealed"`
	// Grant is the digest of the TokenGrant that installed the token, at
	// GrantNonce; only a grant at a later nonce replaces it.
	Grant      [32]byte `cbor:"grant"`
	GrantNonce uint64   `cbor:"grantNonce"`
	ExpiresAt  uint64   `cbor:"expiresAt"` // unix seconds; 0: unknown
}

// tokenRecord is the plaintext inside a sealed token.
type tokenRecord struct {
	Package  string `cbor:"package"`
	Username string `cbor:"username"`
	Token    string `cbor:"token"`
}

const maxTokenLen = 512

// checkGrantSignatures recovers the signers of a message digest and returns
// the distinct current maintainers among them in ascending order with their
// signatures (v normalised), refusing fewer than the package's threshold.
func (c *Coordinator) checkGrantSignatures(ctx context.Context, digest [32]byte, sigs [][]byte, named []common.Address, pol PackagePolicy, what string) ([]common.Address, [][]byte, error) {
	type signed struct {
		a   common.Address
		sig []byte
	}
	var got []signed
	for i, sig := range sigs {
		var signer common.Address
		if i < len(named) {
			signer = named[i]
		}
		a, err := c.verifySigner(ctx, signer, digest, sig, what)
		if err != nil {
			return nil, nil, err
		}
		if !pol.IsMaintainer(a) {
			return nil, nil, fmt.Errorf("%w: %s signed %s", ErrNotMaintainer, a.Hex(), what)
		}
		if slices.ContainsFunc(got, func(s signed) bool { return s.a == a }) {
			continue
		}
		got = append(got, signed{a, keepSig(digest, a, sig)})
	}
	if len(got) < int(pol.Threshold) || pol.Threshold == 0 {
		return nil, nil, fmt.Errorf("%w: %s carries %d maintainer signature(s), the package needs %d", ErrBelowThreshold, what, len(got), pol.Threshold)
	}
	slices.SortFunc(got, func(x, y signed) int { return bytes.Compare(x.a[:], y.a[:]) })
	signers := make([]common.Address, len(got))
	out := make([][]byte, len(got))
	for i, s := range got {
		signers[i], out[i] = s.a, s.sig
	}
	return signers, out, nil
}

// AddToken seals an npm token for a package, only with a TokenGrant {package,
// SHA-256 of the ciphertext, the package's token nonce on chain} signed by
// at least the package's threshold of its current maintainers. A sealed
// token is never replaced silently: only by a grant at a later nonce (the
// host records each grant on chain, which moves the nonce). The token is
// decrypted with the enclave key and checked with the registry (known user,
// not read-only, allowed to publish the package); it appears in no error and
// no answer.
func (c *Coordinator) AddToken(ctx context.Context, req wire.AddTokenRequest) (wire.AddTokenResponse, error) {
	pkg := req.Package
	pol, err := c.policy(ctx, pkg)
	if err != nil {
		return wire.AddTokenResponse{}, err
	}
	grant := req.Grant()
	gd, err := wire.Digest(c.domain, grant)
	if err != nil {
		return wire.AddTokenResponse{}, err
	}
	what := fmt.Sprintf("the token grant of %s (nonce %d)", pkg, grant.Nonce)
	if grant.Nonce != pol.TokenNonce {
		return wire.AddTokenResponse{}, fmt.Errorf("%w: %s; the chain's token nonce is %d", ErrWrongNonce, what, pol.TokenNonce)
	}
	signers, sigs, err := c.checkGrantSignatures(ctx, gd, req.Signatures, req.Signers, pol, what)
	if err != nil {
		return wire.AddTokenResponse{}, err
	}
	c.mu.Lock()
	old, had := c.tokens[pkg]
	key := ecies.ImportECDSA(c.deps.Key)
	c.mu.Unlock()
	if had && old.Grant == gd {
		// The same grant again (a host retry): nothing changes.
		return wire.AddTokenResponse{Package: pkg, Username: old.Username, SealedToken: old.Sealed, Grant: grant,
			Signers: signers, Signatures: sigs, ExpiresAt: old.ExpiresAt}, nil
	}
	if had && old.GrantNonce >= grant.Nonce {
		return wire.AddTokenResponse{}, fmt.Errorf("%w: %s: the sealed token came with a grant at nonce %d; a new one needs the next nonce, after the host records the last grant on chain", ErrDuplicate, what, old.GrantNonce)
	}
	pt, err := key.Decrypt(req.Ciphertext, nil, nil)
	if err != nil {
		return wire.AddTokenResponse{}, fmt.Errorf("%w (for %s)", ErrTokenDecrypt, pkg)
	}
	token := string(pt)
	clear(pt)
	if len(token) == 0 || len(token) > maxTokenLen || !printableASCII(token) {
		return wire.AddTokenResponse{}, fmt.Errorf("%w: for %s: not an npm token (want 1..%d printable characters)", ErrTokenRefused, pkg, maxTokenLen)
	}
	user, err := c.checkPublisher(ctx, pkg, token)
	if err != nil {
		return wire.AddTokenResponse{}, err
	}
	expires := req.ExpiresAt
	if e, err := c.npm.tokenExpiry(ctx, token); err == nil && e != 0 {
		expires = e // the registry's answer wins over what the grant states
	}
	if expires != 0 && expires <= c.now() {
		return wire.AddTokenResponse{}, fmt.Errorf("%w: for %s: the token of %s expired at %s", ErrTokenExpired, pkg, user, time.Unix(int64(expires), 0).UTC().Format(time.RFC3339))
	}
	raw, err := attestation.NewCodec().Marshal(tokenRecord{Package: pkg, Username: user, Token: token})
	if err != nil {
		return wire.AddTokenResponse{}, fmt.Errorf("encoding the token record of %s: %w", pkg, err)
	}
	sealed, err := c.deps.Sealer.Seal(raw)
	clear(raw)
	if err != nil {
		return wire.AddTokenResponse{}, fmt.Errorf("sealing the token of %s: %w", pkg, err)
	}
	c.mu.Lock()
	c.tokens[pkg] = tokenEntry{Package: pkg, Username: user, Sealed: sealed, Grant: gd, GrantNonce: grant.Nonce, ExpiresAt: expires}
	c.mu.Unlock()
	return wire.AddTokenResponse{Package: pkg, Username: user, SealedToken: sealed, Grant: grant,
		Signers: signers, Signatures: sigs, ExpiresAt: expires}, nil
}

// checkPublisher asks the registry who the token belongs to and refuses
// unknown and read-only tokens and users the registry does not name among
// the package's publishers. When the registry names nobody (a new package),
// the registry itself decides at publish time (a 403 then ends the release
// as refused, never as published).
func (c *Coordinator) checkPublisher(ctx context.Context, pkg, token string) (string, error) {
	user, err := c.npm.whoami(ctx, token)
	if err != nil {
		return "", err
	}
	if user == "" {
		return "", fmt.Errorf("%w: for %s: the registry does not recognise it (whoami names no user)", ErrTokenRefused, pkg)
	}
	ro, err := c.npm.tokenReadOnly(ctx, token)
	if err != nil {
		return "", err
	}
	if ro {
		return "", fmt.Errorf("%w: for %s: the token of %s is read-only and cannot publish", ErrTokenRefused, pkg, user)
	}
	p, err := c.npm.getPackument(ctx, pkg, token)
	if err != nil {
		return "", err
	}
	if names := p.publishers(); len(names) > 0 && !slices.Contains(names, user) {
		return "", fmt.Errorf("%w: for %s: registry user %s is not among the package's maintainers", ErrTokenRefused, pkg, user)
	}
	return user, nil
}

// unsealToken returns the package's npm token; an expired one is a clear
// refusal, never a silent stall.
func (c *Coordinator) unsealToken(pkg string) (string, error) {
	c.mu.Lock()
	e, ok := c.tokens[pkg]
	c.mu.Unlock()
	if !ok {
		return "", fmt.Errorf("%w: %s (run vouch token add)", ErrNoToken, pkg)
	}
	if e.ExpiresAt != 0 && e.ExpiresAt <= c.now() {
		return "", fmt.Errorf("%w: the npm token of %s (user %s) expired at %s: grant a new one with vouch token add", ErrTokenExpired, pkg, e.Username, time.Unix(int64(e.ExpiresAt), 0).UTC().Format(time.RFC3339))
	}
	raw, err := c.deps.Sealer.Unseal(e.Sealed)
	if err != nil {
		return "", fmt.Errorf("unsealing the token of %s: %w", pkg, err)
	}
	var rec tokenRecord
	err = attestation.NewCodec().Unmarshal(raw, &rec)
	clear(raw)
	if err != nil || rec.Package != pkg {
		return "", fmt.Errorf("%w: sealed token of %s does not decode", ErrBadState, pkg)
	}
	return rec.Token, nil
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7e {
			return false
		}
	}
	return true
}
