package enclave

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"net/http"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/wire"
)

// Tick advances every release: expires proposals, opens and closes veto
// windows, signs authorizations (returned on every tick until the chain
// records the publish), and publishes the releases whose publish()
// record the chain holds. Publishing is retried on every tick until the
// registry holds the bytes; a registry that already has them (409 with the
// same bytes) counts as published, so a release reaches npm at most once.
func (c *Coordinator) Tick(ctx context.Context) (wire.TickResponse, error) {
	c.tickMu.Lock()
	defer c.tickMu.Unlock()
	var out wire.TickResponse

	c.mu.Lock()
	var todo []*release
	for _, d := range c.order {
		r := c.releases[d]
		if r.live() || r.State == wire.StateAuthorized {
			todo = append(todo, r)
		}
	}
	c.mu.Unlock()

	policies := map[string]PackagePolicy{}
	for _, r := range todo {
		name := r.Release.PackageName
		pol, ok := policies[name]
		if !ok {
			var err error
			if pol, err = c.policy(ctx, name); err != nil {
				return out, err
			}
			policies[name] = pol
		}
		// A maintainer's veto straight on chain stops the release even when
		// the host dropped it (the contract refuses publish() as well).
		vetoed, err := c.deps.Chain.Vetoed(ctx, name, r.Digest)
		if err != nil {
			return out, fmt.Errorf("%w: vetoes of %s@%s: %v", ErrChain, name, r.Release.Version, err)
		}
		c.mu.Lock()
		if vetoed && r.live() {
			r.State, r.Reason = wire.StateVetoed, "vetoed on chain by a maintainer"
			c.mu.Unlock()
			continue
		}
		c.advance(r, pol, c.now())
		authorized := r.State == wire.StateAuthorized
		c.mu.Unlock()
		if !authorized {
			continue
		}
		rec, err := c.deps.Chain.Published(ctx, wire.ReleaseKey(name, r.Release.Version))
		if err != nil {
			return out, fmt.Errorf("%w: publish record of %s@%s: %v", ErrChain, name, r.Release.Version, err)
		}
		if !rec.Found {
			c.mu.Lock()
			if vetoed {
				r.State, r.Reason = wire.StateVetoed, "vetoed on chain by a maintainer before publish() was recorded"
			} else if pol.Nonce != r.Release.Nonce {
				// Another release of the package took this nonce on chain.
				r.State, r.Reason = wire.StateRefused, fmt.Sprintf("package nonce moved on chain to %d before publish() was relayed", pol.Nonce)
			} else {
				// The host has yet to relay publish(): hand it the
				// authorization (again; relaying is idempotent on chain).
				out.Authorizations = append(out.Authorizations, *r.Auth)
			}
			c.mu.Unlock()
			continue
		}
		c.mu.Lock()
		if rec.IntegrityHash != crypto.Keccak256Hash(r.Release.Integrity) || (rec.ReleaseDigest != [32]byte{} && rec.ReleaseDigest != r.Digest) {
			r.State, r.Reason = wire.StateRefused, "the chain recorded other content for this version"
			c.mu.Unlock()
			continue
		}
		c.mu.Unlock()
		receipt, err := c.publish(ctx, r)
		c.mu.Lock()
		if err != nil {
			r.Reason = fmt.Sprintf("publish failed: %v", err)
			if r.State == wire.StateAuthorized {
				r.Reason += " (will retry)"
			}
		} else {
			r.State, r.Receipt, r.Reason = wire.StatePublished, receipt, ""
			out.Receipts = append(out.Receipts, *receipt)
		}
		c.mu.Unlock()
	}
	st, err := c.Status([32]byte{})
	out.Releases = st
	return out, err
}

// publish PUTs the tarball with the unsealed token and signs the receipt.
func (c *Coordinator) publish(ctx context.Context, r *release) (*wire.SignedReceipt, error) {
	rel := r.Release
	id := rel.PackageName + "@" + rel.Version
	manifest, err := readManifest(r.Tarball, rel.PackageName, rel.Version)
	if err != nil {
		return nil, err
	}
	token, err := c.unsealToken(rel.PackageName)
	if err != nil {
		return nil, err
	}
	status, body, err := c.npm.publish(ctx, token, rel, r.Tarball, manifest)
	if err != nil {
		return nil, err
	}
	switch {
	case status == http.StatusOK || status == http.StatusCreated:
	case status == http.StatusConflict:
		// Already there: published by an earlier attempt that crashed
		// before recording it, or by someone else. Accept only our bytes.
		served, err := c.npm.fetchTarball(ctx, rel.PackageName, rel.Version, token)
		if err != nil {
			return nil, err
		}
		sum := sha512.Sum512(served)
		if !bytes.Equal(sum[:], rel.Integrity) {
			c.mu.Lock()
			r.State = wire.StateRefused
			c.mu.Unlock()
			return nil, fmt.Errorf("%w: the registry already holds different bytes for %s", ErrRegistry, id)
		}
	default:
		return nil, fmt.Errorf("%w: publishing %s: %s", ErrRegistry, id, registryError(status, body, token))
	}
	rc := wire.PublishReceipt{
		ReleaseDigest: r.Digest, ScoreDigest: r.ScoreDigest,
		RegistryStatus: uint16(status), RegistryResponseHash: sha256.Sum256(body),
	}
	d, err := wire.Digest(c.domain, rc)
	if err != nil {
		return nil, err
	}
	sig, err := wire.Sign(c.key(), d)
	if err != nil {
		return nil, fmt.Errorf("signing the receipt of %s: %w", id, err)
	}
	return &wire.SignedReceipt{Receipt: rc, Signature: sig}, nil
}
