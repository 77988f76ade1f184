package relay

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/governance"
)

// KeyApprover is governance held on the host: it signs, with Keys (at
// least the registry's threshold of its members), the allowlist entry of an
// enclave's (role, measurement id, configuration) and the registration of
// its key, and queues both for the chain. Only `vouch-host --dev` (its
// generated DEV quorum) and tests use it: in production governance keys are
// nowhere on the host, and `vouch governance` signs.
type KeyApprover struct {
	Keys   []*ecdsa.PrivateKey
	Anchor ChainAnchor
	Caller ethereum.ContractCaller
	Domain wire.Domain
	// Send, when set, sends a statement itself and waits for it to be
	// mined (governance's own gas key, not the host's outbox), so Approve
	// allowlists and registers in one call.
	Send func(ctx context.Context, data []byte, what string) error
}

// Approve takes the next step towards registering claims' key, at the
// chain's governance nonce: the allowlist entry of its measurement id and
// configuration when the chain lacks it, else the registration. The
// Coordinator asks again each round until the key is registered, so a
// statement the chain refused (two built at one nonce) is rebuilt at the
// next nonce. A debug enclave is refused.
func (a *KeyApprover) Approve(ctx context.Context, role string, claims *attestation.Claims, evidence []byte) error {
	if claims.Role != role {
		return fmt.Errorf("approve %s: the evidence has role %q", role, claims.Role)
	}
	st, err := governance.Read(ctx, a.Caller, a.Domain.Registry)
	if err != nil {
		return err
	}
	entry, err := governance.AllowlistFor(claims, st.Nonce)
	if err != nil {
		return err
	}
	ok, err := governance.IsAllowed(ctx, a.Caller, a.Domain.Registry, entry.Role, entry.Measurement, entry.ConfigDigest)
	if err != nil {
		return err
	}
	if !ok {
		if err := a.send(ctx, entry); err != nil || a.Send == nil {
			return err
		}
		st.Nonce++
	}
	reg, err := governance.NewRegistration(claims, evidence, st.Nonce)
	if err != nil {
		return err
	}
	return a.send(ctx, reg)
}

// send queues s under its digest: asking again before it is mined queues
// nothing new.
func (a *KeyApprover) send(ctx context.Context, s governance.Statement) error {
	d, err := governance.Digest(a.Domain, s)
	if err != nil {
		return err
	}
	sigs, err := governance.Sign(a.Domain, s, a.Keys...)
	if err != nil {
		return err
	}
	data, err := s.Calldata(sigs)
	if err != nil {
		return err
	}
	if a.Send != nil {
		return a.Send(ctx, data, s.PrimaryType())
	}
	return a.Anchor.Relay(ctx, fmt.Sprintf("governance:%s:%x", s.PrimaryType(), d), data)
}
