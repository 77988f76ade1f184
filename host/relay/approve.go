package relay

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/governance"
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

	next  uint64 // the next governance nonce this approver uses
	known bool
}

// Approve allowlists claims' measurement and configuration when the chain
// does not have them yet, then registers the key. A debug enclave is
// refused. Calls must not overlap (the Coordinator holds its lock).
func (a *KeyApprover) Approve(ctx context.Context, role string, claims *attestation.Claims, evidence []byte) error {
	if claims.Role != role {
		return fmt.Errorf("approve %s: the evidence has role %q", role, claims.Role)
	}
	st, err := governance.Read(ctx, a.Caller, a.Domain.Registry)
	if err != nil {
		return err
	}
	if !a.known || st.Nonce > a.next {
		a.next, a.known = st.Nonce, true
	}
	entry, err := governance.AllowlistFor(claims, a.next)
	if err != nil {
		return err
	}
	ok, err := governance.IsAllowed(ctx, a.Caller, a.Domain.Registry, entry.Role, entry.Measurement, entry.ConfigDigest)
	if err != nil {
		return err
	}
	if !ok {
		if err := a.send(ctx, entry); err != nil {
			return err
		}
	}
	reg, err := governance.NewRegistration(claims, evidence, a.next)
	if err != nil {
		return err
	}
	return a.send(ctx, reg)
}

func (a *KeyApprover) send(ctx context.Context, s governance.Statement) error {
	sigs, err := governance.Sign(a.Domain, s, a.Keys...)
	if err != nil {
		return err
	}
	data, err := s.Calldata(sigs)
	if err != nil {
		return err
	}
	if err := a.Anchor.Relay(ctx, fmt.Sprintf("governance:%d:%s", a.next, s.PrimaryType()), data); err != nil {
		return err
	}
	a.next++
	return nil
}
