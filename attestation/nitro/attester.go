//go:build !windows

package nitro

// The Nitro Security Module exists only in Linux enclaves and hf/nsm does
// not build for Windows: there the vouch CLI, a verifier, has no attester.

import (
	"context"
	"errors"
	"fmt"

	"github.com/hf/nsm"
	"github.com/hf/nsm/request"

	"github.com/vouchpm/vouch/attestation"
)

// ErrNoNSM: the Nitro Security Module could not be opened; the process does
// not run inside a Nitro enclave. The attester fails closed.
var ErrNoNSM = errors.New("nitro: Nitro Security Module unavailable (not inside a Nitro enclave?)")

// Attester asks the Nitro Security Module for attestation documents. It runs
// inside a Nitro enclave and implements attestation.PlatformAttester.
type Attester struct {
	opts      nsm.Options
	publicKey []byte
	nonce     []byte
}

var _ attestation.PlatformAttester = (*Attester)(nil)

// AttesterOption configures an Attester.
type AttesterOption func(*Attester)

// WithNSM sets how the NSM device is opened and driven (default
// nsm.DefaultOptions: /dev/nsm and the ioctl system call).
func WithNSM(opts nsm.Options) AttesterOption { return func(a *Attester) { a.opts = opts } }

// WithPublicKey asks the NSM to include key (DER, at most 1024 bytes) as the
// document's public_key.
func WithPublicKey(key []byte) AttesterOption {
	return func(a *Attester) { a.publicKey = append([]byte(nil), key...) }
}

// WithNonce asks the NSM to include nonce (at most 1024 bytes) as the
// document's nonce. vouch evidence carries its nonce in the binding instead.
func WithNonce(nonce []byte) AttesterOption {
	return func(a *Attester) { a.nonce = append([]byte(nil), nonce...) }
}

// NewAttester returns an Attester on /dev/nsm unless WithNSM says otherwise.
func NewAttester(opts ...AttesterOption) *Attester {
	a := &Attester{opts: nsm.DefaultOptions}
	for _, o := range opts {
		o(a)
	}
	return a
}

// Platform returns "nitro".
func (a *Attester) Platform() string { return attestation.PlatformNitro }

// Quote returns an NSM attestation document whose user_data is reportData.
// It has no auxiliary material.
func (a *Attester) Quote(ctx context.Context, reportData [32]byte) (quote, aux []byte, err error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	// Outside Nitro, OpenSession returns a usable-looking session AND an
	// error: the error decides.
	sess, err := nsm.OpenSession(a.opts)
	if err != nil {
		if sess != nil {
			_ = sess.Close()
		}
		return nil, nil, fmt.Errorf("%w: %w", ErrNoNSM, err)
	}
	defer func() {
		if cerr := sess.Close(); cerr != nil && err == nil {
			quote, err = nil, fmt.Errorf("nitro: closing NSM session: %w", cerr)
		}
	}()
	res, err := sess.Send(&request.Attestation{
		UserData:  reportData[:],
		Nonce:     a.nonce,
		PublicKey: a.publicKey,
	})
	if err != nil {
		return nil, nil, fmt.Errorf("nitro: NSM attestation request: %w", err)
	}
	if res.Error != "" {
		return nil, nil, fmt.Errorf("nitro: NSM refused the attestation request: %s", res.Error)
	}
	if res.Attestation == nil || len(res.Attestation.Document) == 0 {
		return nil, nil, errors.New("nitro: NSM answered without an attestation document")
	}
	return append([]byte(nil), res.Attestation.Document...), nil, nil
}
