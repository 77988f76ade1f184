package attestation

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Verifier turns evidence into Claims and applies a Policy.
type Verifier struct {
	platforms map[string]PlatformVerifier
	now       func() time.Time
	codec     Codec // built once: its CBOR modes are immutable
}

// Option configures a Verifier.
type Option func(*Verifier) error

// WithPlatform registers a platform verifier. Registering a platform twice is an error.
func WithPlatform(pv PlatformVerifier) Option {
	return func(v *Verifier) error {
		if _, dup := v.platforms[pv.Platform()]; dup {
			return fmt.Errorf("attestation: platform %q registered twice", pv.Platform())
		}
		v.platforms[pv.Platform()] = pv
		return nil
	}
}

// WithClock sets the clock used for certificate validity and age checks.
func WithClock(now func() time.Time) Option {
	return func(v *Verifier) error { v.now = now; return nil }
}

// NewVerifier returns a Verifier for the given platforms.
func NewVerifier(opts ...Option) (*Verifier, error) {
	v := &Verifier{platforms: map[string]PlatformVerifier{}, now: time.Now, codec: NewCodec()}
	for _, o := range opts {
		if err := o(v); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// Platforms lists the registered platform names.
func (v *Verifier) Platforms() []string {
	out := make([]string, 0, len(v.platforms))
	for name := range v.platforms {
		out = append(out, name)
	}
	return out
}

// Verify checks evidence bytes and applies policy. On a policy refusal it
// returns the verified Claims together with an error wrapping ErrPolicy, so
// that callers can show what was seen.
func (v *Verifier) Verify(ctx context.Context, evidence []byte, policy *Policy) (*Claims, error) {
	claims, err := v.VerifyEvidence(ctx, evidence)
	if err != nil {
		return nil, err
	}
	if policy == nil {
		return claims, &PolicyError{Claim: "policy", Want: "a policy", Got: "none"}
	}
	if err := policy.Check(claims, v.now()); err != nil {
		return claims, err
	}
	return claims, nil
}

// VerifyEvidence checks evidence bytes without applying a policy: the quote's
// chain of trust and the binding. Callers must apply a Policy to the result.
func (v *Verifier) VerifyEvidence(ctx context.Context, evidence []byte) (*Claims, error) {
	ev, err := v.codec.decodeEvidence(evidence)
	if err != nil {
		return nil, err
	}
	return v.verifyDecoded(ctx, ev)
}

func (v *Verifier) verifyDecoded(ctx context.Context, ev *Evidence) (*Claims, error) {
	pv, ok := v.platforms[ev.Platform]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnsupportedPlatform, ev.Platform)
	}
	b, err := v.codec.decodeBinding(ev.Binding)
	if err != nil {
		return nil, err
	}
	at := v.now()
	claims, err := pv.VerifyQuote(ctx, ev.Quote, ev.Aux, at)
	if err != nil {
		return nil, err
	}
	want := ReportData(ev.Binding)
	if !bytes.Equal(claims.ReportData, want[:]) {
		return nil, fmt.Errorf("%w: quote attests %s, binding hashes to %s", ErrReportDataMismatch,
			hex.EncodeToString(claims.ReportData), hex.EncodeToString(want[:]))
	}
	claims.Role = b.Role
	claims.Key = b.Key
	claims.Address = crypto.PubkeyToAddress(*b.pub)
	claims.ChainID = b.ChainID
	claims.Registry = common.BytesToAddress(b.Registry)
	claims.ModelDigest = b.ModelDigest
	claims.PolicyDigest = b.PolicyDigest
	claims.Nonce = b.Nonce
	if claims.IssuedAt.IsZero() {
		claims.IssuedAt = time.Unix(int64(b.IssuedAt), 0).UTC()
	}
	return claims, nil
}

// VerifyDigestQuote checks a per-record quote (for example a score's) whose
// report data is digest, on the platform named. It returns the platform
// claims; callers compare them with the enclave's verified evidence.
func (v *Verifier) VerifyDigestQuote(ctx context.Context, platform string, quote, aux []byte, digest [32]byte) (*Claims, error) {
	pv, ok := v.platforms[platform]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnsupportedPlatform, platform)
	}
	claims, err := pv.VerifyQuote(ctx, quote, aux, v.now())
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(claims.ReportData, digest[:]) {
		return nil, fmt.Errorf("%w: quote attests %s, want digest %s", ErrReportDataMismatch,
			hex.EncodeToString(claims.ReportData), hex.EncodeToString(digest[:]))
	}
	return claims, nil
}

// VerifyPlatformDocument verifies a platform's own raw document (one vouch did
// not wrap), for auditors: the chain of trust only, report data returned as is.
func (v *Verifier) VerifyPlatformDocument(ctx context.Context, platform string, quote, aux []byte) (*Claims, error) {
	pv, ok := v.platforms[platform]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnsupportedPlatform, platform)
	}
	return pv.VerifyQuote(ctx, quote, aux, v.now())
}
