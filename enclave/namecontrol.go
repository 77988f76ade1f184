package enclave

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/vouchpm/vouch/enclave/wire"
)

// NameControl countersigns an enrollment (wire.NameControl over its
// wire.Enrollment digest), which the contract's enroll() requires. It signs
// only when the registry shows that whoever enrolls controls the name: the
// package does not exist on the registry yet, or the token that comes with
// the request (ECIES-encrypted to the enclave key) belongs to a user the
// registry names as one of its publishers and can write. A stranger can
// therefore not enroll a package someone else publishes ("react"). A
// registry that names nobody for an existing package (Verdaccio keeps no
// maintainers for packages the npm client publishes; npm's registry always
// names them) leaves the check to the token being a known, writable one, as
// AddToken does. The token is only checked, never kept.
func (c *Coordinator) NameControl(ctx context.Context, req wire.NameControlRequest) (wire.NameControlResponse, error) {
	p := req.Enrollment
	pkg := p.PackageName
	if p.Nonce != 0 {
		return wire.NameControlResponse{}, fmt.Errorf("%w: an enrollment of %s carries nonce 0, not %d", ErrWrongNonce, pkg, p.Nonce)
	}
	pol, err := c.deps.Chain.Policy(ctx, pkg)
	if err != nil {
		return wire.NameControlResponse{}, fmt.Errorf("%w: policy of %s: %v", ErrChain, pkg, err)
	}
	if pol.Enrolled {
		return wire.NameControlResponse{}, fmt.Errorf("%w: %s is enrolled already", ErrDuplicate, pkg)
	}
	ed, err := wire.Digest(c.domain, wire.Enrollment(p))
	if err != nil {
		return wire.NameControlResponse{}, err
	}
	out := wire.NameControlResponse{EnrollmentDigest: ed}
	if len(req.Ciphertext) == 0 {
		doc, err := c.npm.getPackument(ctx, pkg, "")
		if err != nil {
			return wire.NameControlResponse{}, err
		}
		if doc != nil {
			return wire.NameControlResponse{}, fmt.Errorf("%w: %s exists on the registry: enroll it with an npm token that can publish it", ErrNameControl, pkg)
		}
		out.NameFree = true
	} else {
		c.mu.Lock()
		key := ecies.ImportECDSA(c.deps.Key)
		c.mu.Unlock()
		pt, err := key.Decrypt(req.Ciphertext, nil, nil)
		if err != nil {
			return wire.NameControlResponse{}, fmt.Errorf("%w (for %s)", ErrTokenDecrypt, pkg)
		}
		token := string(pt)
		clear(pt)
		if len(token) == 0 || len(token) > maxTokenLen || !printableASCII(token) {
			return wire.NameControlResponse{}, fmt.Errorf("%w: for %s: not an npm token", ErrTokenRefused, pkg)
		}
		doc, err := c.npm.getPackument(ctx, pkg, token)
		if err != nil {
			return wire.NameControlResponse{}, err
		}
		if out.Username, err = c.checkPublisher(ctx, pkg, token); err != nil {
			return wire.NameControlResponse{}, fmt.Errorf("%w: %w", ErrNameControl, err)
		}
		out.NameFree = doc == nil
	}
	d, err := wire.Digest(c.domain, wire.NameControl{EnrollmentDigest: ed})
	if err != nil {
		return wire.NameControlResponse{}, err
	}
	if out.Signature, err = wire.Sign(c.key(), d); err != nil {
		return wire.NameControlResponse{}, fmt.Errorf("signing the enrollment of %s: %w", pkg, err)
	}
	return out, nil
}
