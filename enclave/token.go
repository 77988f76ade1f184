package enclave

import (
	"context"
	"fmt"
	"slices"

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
}

// tokenRecord is the plaintext inside a sealed token.
type tokenRecord struct {
	Package  string `cbor:"package"`
	Username string `cbor:"username"`
	Token    string `cbor:"token"`
}

const maxTokenLen = 512

// AddToken decrypts an npm token sent ECIES-encrypted to the enclave key,
// checks it with the registry (known user, not read-only, allowed to publish
// the package) and seals it. The token appears in no error and no answer.
func (c *Coordinator) AddToken(ctx context.Context, req wire.AddTokenRequest) (wire.AddTokenResponse, error) {
	pkg := req.Package
	if _, err := c.policy(ctx, pkg); err != nil {
		return wire.AddTokenResponse{}, err
	}
	c.mu.Lock()
	key := ecies.ImportECDSA(c.deps.Key)
	c.mu.Unlock()
	pt, err := key.Decrypt(req.Ciphertext, nil, nil)
	if err != nil {
		return wire.AddTokenResponse{}, fmt.Errorf("%w (for %s)", ErrTokenDecrypt, pkg)
	}
	token := string(pt)
	clear(pt)
	if len(token) == 0 || len(token) > maxTokenLen || !printableASCII(token) {
		return wire.AddTokenResponse{}, fmt.Errorf("%w: for %s: not an npm token (want 1..%d printable characters)", ErrTokenRefused, pkg, maxTokenLen)
	}
	user, err := c.npm.whoami(ctx, token)
	if err != nil {
		return wire.AddTokenResponse{}, err
	}
	if user == "" {
		return wire.AddTokenResponse{}, fmt.Errorf("%w: for %s: the registry does not recognise it (whoami names no user)", ErrTokenRefused, pkg)
	}
	ro, err := c.npm.tokenReadOnly(ctx, token)
	if err != nil {
		return wire.AddTokenResponse{}, err
	}
	if ro {
		return wire.AddTokenResponse{}, fmt.Errorf("%w: for %s: the token of %s is read-only and cannot publish", ErrTokenRefused, pkg, user)
	}
	p, err := c.npm.getPackument(ctx, pkg, token)
	if err != nil {
		return wire.AddTokenResponse{}, err
	}
	// When the registry names who may publish, the token's user must be one of
	// them. When it names nobody, the registry itself decides at publish time
	// (a 403 then ends the release as refused, never as published).
	if names := p.publishers(); len(names) > 0 {
		if !slices.Contains(names, user) {
			return wire.AddTokenResponse{}, fmt.Errorf("%w: for %s: registry user %s is not among the package's maintainers", ErrTokenRefused, pkg, user)
		}
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
	c.tokens[pkg] = tokenEntry{Package: pkg, Username: user, Sealed: sealed}
	c.mu.Unlock()
	return wire.AddTokenResponse{Package: pkg, Username: user, SealedToken: sealed}, nil
}

// unsealToken returns the package's npm token.
func (c *Coordinator) unsealToken(pkg string) (string, error) {
	c.mu.Lock()
	e, ok := c.tokens[pkg]
	c.mu.Unlock()
	if !ok {
		return "", fmt.Errorf("%w: %s (run vouch token add)", ErrNoToken, pkg)
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
