package relay

import (
	"context"
	"crypto/x509"
	"database/sql"
	"encoding/pem"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	anchor "github.com/vouchpm/vouch/host/chain"
)

// ChainAnchor queues the relay's contract calls in the crash-safe outbox,
// each under a key that makes it idempotent, and reads the registry.
type ChainAnchor struct {
	Outbox   *anchor.Outbox
	Reader   *chain.Reader
	Registry common.Address
}

func (a ChainAnchor) enqueue(ctx context.Context, key string, data []byte, err error) error {
	if err != nil {
		return fmt.Errorf("packing %s: %w", key, err)
	}
	_, err = a.Outbox.Enqueue(ctx, key, a.Registry, data)
	return err
}

// Enroll queues enroll() of a policy with its signatures, or
// changePolicy() for a later policy nonce.
func (a ChainAnchor) Enroll(ctx context.Context, p wire.PolicyChange, sigs []api.SignedBy, nameControl []byte) error {
	cs := make([]chain.Signature, len(sigs))
	for i, s := range sigs {
		cs[i] = chain.Signature{Signer: s.Signer, Sig: s.Signature}
	}
	// An enrollment carries the coordinator's countersignature; a policy
	// change never does (and may carry nonce 0 when no release came first).
	if p.Nonce > 0 || len(nameControl) == 0 {
		data, err := chain.NewVouchRegistry().TryPackChangePolicy(chain.PolicyArg(p), chain.SortedSigs(cs))
		return a.enqueue(ctx, fmt.Sprintf("policy:%s:%d", p.PackageName, p.Nonce), data, err)
	}
	data, err := chain.NewVouchRegistry().TryPackEnroll(chain.PolicyArg(p), chain.SortedSigs(cs), nameControl)
	return a.enqueue(ctx, "enroll:"+p.PackageName, data, err)
}

func roleOf(role string) (uint8, error) {
	switch role {
	case attestation.RoleCoordinator:
		return chain.RoleCoordinator, nil
	case attestation.RoleScorer:
		return chain.RoleScorer, nil
	}
	return 0, fmt.Errorf("enclave role %q has no on-chain role", role)
}

// Relay queues a governance statement someone else signed (the host's key
// only pays gas), under key, which makes it idempotent.
func (a ChainAnchor) Relay(ctx context.Context, key string, data []byte) error {
	return a.enqueue(ctx, key, data, nil)
}

// Enrolled reads whether pkg is enrolled on chain.
func (a ChainAnchor) Enrolled(ctx context.Context, pkg string) (bool, error) {
	p, err := a.Reader.Package(ctx, pkg)
	return p.Enrolled, err
}

// EnclaveRegistered reads the key's role on chain.
func (a ChainAnchor) EnclaveRegistered(ctx context.Context, role string, key common.Address) (bool, error) {
	r, err := roleOf(role)
	if err != nil {
		return false, err
	}
	got, err := a.Reader.EnclaveRole(ctx, key)
	return got == r, err
}

// Revoke queues revoke() of a release signed by its maintainers.
func (a ChainAnchor) Revoke(ctx context.Context, r wire.Revoke, sigs []api.SignedBy) error {
	cs := make([]chain.Signature, len(sigs))
	for i, s := range sigs {
		cs[i] = chain.Signature{Signer: s.Signer, Sig: s.Signature}
	}
	data, err := chain.NewVouchRegistry().TryPackRevoke(chain.RevokeArg(r), chain.SortedSigs(cs))
	return a.enqueue(ctx, "revoke:"+r.PackageName+"@"+r.Version+":"+crypto.Keccak256Hash(r.Integrity).Hex(), data, err)
}

// Recorded reads whether the chain holds pkg@version.
func (a ChainAnchor) Recorded(ctx context.Context, pkg, version string) (bool, error) {
	info, err := a.Reader.Release(ctx, pkg, version)
	return info.Recorded(), err
}

// RevokedOnChain reads whether the chain holds pkg@version revoked.
func (a ChainAnchor) RevokedOnChain(ctx context.Context, pkg, version string) (bool, error) {
	info, err := a.Reader.Release(ctx, pkg, version)
	return info.Revoked, err
}

// GrantToken queues grantToken() of a grant the coordinator accepted.
func (a ChainAnchor) GrantToken(ctx context.Context, g wire.TokenGrant, signers []common.Address, sigs [][]byte) error {
	if len(signers) != len(sigs) {
		return fmt.Errorf("token grant of %s: %d signers, %d signatures", g.PackageName, len(signers), len(sigs))
	}
	cs := make([]chain.Signature, len(sigs))
	for i := range sigs {
		cs[i] = chain.Signature{Signer: signers[i], Sig: sigs[i]}
	}
	data, err := chain.NewVouchRegistry().TryPackGrantToken(chain.TokenGrantArg(g), chain.SortedSigs(cs))
	return a.enqueue(ctx, fmt.Sprintf("token:%s:%d", g.PackageName, g.Nonce), data, err)
}

// Publish queues publish() with the coordinator's authorization; the score
// travels in the same transaction, so nothing can stand between them.
func (a ChainAnchor) Publish(ctx context.Context, id string, sa wire.SignedAuthorization) error {
	data, err := chain.AuthorizationCall(sa)
	if err != nil {
		return err
	}
	// The contract checks the veto window by block time; a block a second
	// behind the coordinator's clock would make the outbox give up on a
	// release that is ready a moment later. Wait for the chain instead.
	if err := a.Reader.Simulate(ctx, common.Address{}, data); chain.IsRevert(err, "VetoWindowOpen") {
		return fmt.Errorf("publish of %s: %w", id, ErrVetoWindowOpen)
	}
	return a.enqueue(ctx, "publish:"+id, data, nil)
}

// AnchorStatus reports the outbox records of release id: its publish()
// and recordReceipt() transactions, where queued.
func (a ChainAnchor) AnchorStatus(ctx context.Context, id string) []api.AnchorStatus {
	var out []api.AnchorStatus
	for _, key := range []string{"publish:" + id, "receipt:" + id} {
		e, err := a.Outbox.Entry(ctx, key)
		if err != nil {
			if !errors.Is(err, sql.ErrNoRows) {
				out = append(out, api.AnchorStatus{Record: key, State: "unknown", Error: err.Error()})
			}
			continue
		}
		out = append(out, AnchorStatusOf(e))
	}
	return out
}

// AnchorStatusOf is the API's account of an outbox record.
func AnchorStatusOf(e anchor.OutboxEntry) api.AnchorStatus {
	st := api.AnchorStatus{Record: e.Key, State: e.State, Attempts: e.Attempts, Error: e.LastError, Block: e.Block}
	if e.TxHash != (common.Hash{}) {
		st.TxHash = e.TxHash.Hex()
	}
	if !e.NextAttempt.IsZero() {
		t := e.NextAttempt.UTC()
		st.NextAttempt = &t
	}
	return st
}

// ErrVetoWindowOpen: the chain's block time has not passed the release's
// veto window yet; the relay asks again next round.
var ErrVetoWindowOpen = errors.New("the veto window is still open by block time")

// RecordReceipt queues recordReceipt() and reports whether it is confirmed.
func (a ChainAnchor) RecordReceipt(ctx context.Context, id string, rel wire.Release, r wire.SignedReceipt) (bool, error) {
	data, err := chain.NewVouchRegistry().TryPackRecordReceipt(chain.ReleaseArg(rel), chain.ReceiptArg(r.Receipt), r.Signature)
	key := "receipt:" + id
	if err := a.enqueue(ctx, key, data, err); err != nil {
		return false, err
	}
	e, err := a.Outbox.Entry(ctx, key)
	if err != nil {
		return false, err
	}
	return e.State == anchor.OutboxConfirmed, nil
}

// simAux is the sim platform's Evidence.aux (attestation/sim): the AK that
// signed the quote. It grants no trust by itself.
type simAux struct {
	Version  uint64 `cbor:"version"`
	AKPublic []byte `cbor:"akPublic"`
}

// SimAKPEM returns the attestation key named in sim evidence as a PEM
// "PUBLIC KEY" block: the simulated trust root a verifier is given
// (vouch --roots). It grants no trust by itself.
func SimAKPEM(evidence []byte) ([]byte, error) {
	ev, err := attestation.DecodeEvidence(evidence)
	if err != nil {
		return nil, err
	}
	if ev.Platform != attestation.PlatformSim {
		return nil, fmt.Errorf("evidence of platform %q has no simulated AK", ev.Platform)
	}
	var aux simAux
	if err := attestation.NewCodec().Unmarshal(ev.Aux, &aux); err != nil {
		return nil, fmt.Errorf("sim evidence aux: %w", err)
	}
	if _, err := x509.ParsePKIXPublicKey(aux.AKPublic); err != nil {
		return nil, fmt.Errorf("sim evidence AK: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: aux.AKPublic}), nil
}

// DevVerifier verifies simulated (sim platform) evidence of enclaves the
// host started itself, trusting the AK named in the evidence: SIMULATED
// trust, for --dev only. Every other platform goes through trust.
func DevVerifier(trust platforms.Trust) (EvidenceVerifier, error) {
	base, err := platforms.NewVerifier(trust)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, evidence []byte) (*attestation.Claims, error) {
		ev, err := attestation.DecodeEvidence(evidence)
		if err != nil {
			return nil, err
		}
		if ev.Platform != attestation.PlatformSim {
			return base.VerifyEvidence(ctx, evidence)
		}
		var aux simAux
		if err := attestation.NewCodec().Unmarshal(ev.Aux, &aux); err != nil {
			return nil, fmt.Errorf("sim evidence aux: %w", err)
		}
		ak, err := x509.ParsePKIXPublicKey(aux.AKPublic)
		if err != nil {
			return nil, fmt.Errorf("sim evidence AK: %w", err)
		}
		simV, err := sim.NewVerifier(sim.TrustAK(ak))
		if err != nil {
			return nil, err
		}
		opts := []attestation.Option{attestation.WithPlatform(simV)}
		if trust.Now != nil {
			opts = append(opts, attestation.WithClock(trust.Now))
		}
		v, err := attestation.NewVerifier(opts...)
		if err != nil {
			return nil, err
		}
		return v.VerifyEvidence(ctx, evidence)
	}, nil
}
