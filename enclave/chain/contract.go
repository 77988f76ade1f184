package chain

import (
	"bytes"
	_ "embed"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/vouchpm/vouch/enclave/wire"
)

// Enclave roles as the contract numbers them.
const (
	RoleCoordinator uint8 = 1
	RoleScorer      uint8 = 2
)

//go:embed VouchRegistry.bin
var registryBin string

// ABI is the registry's parsed ABI, shared by every caller: read it, never
// modify it.
func ABI() *abi.ABI {
	parsed, err := VouchRegistryMetaData.ParseABI()
	if err != nil {
		panic(fmt.Sprintf("registry ABI: %v", err)) // the checked-in JSON; generate_test.go keeps it valid
	}
	return parsed
}

// DeployCode returns the contract's creation code with its constructor
// arguments appended: the governance members and how many must sign.
func DeployCode(governance []common.Address, threshold uint8) ([]byte, error) {
	code, err := hexutil.Decode("0x" + strings.TrimSpace(registryBin))
	if err != nil {
		return nil, fmt.Errorf("registry bytecode: %w", err)
	}
	args, err := NewVouchRegistry().abi.Pack("", governance, threshold)
	if err != nil {
		return nil, fmt.Errorf("registry constructor: %w", err)
	}
	return append(code, args...), nil
}

// Signature is one maintainer's signature: 65 bytes for an EOA, whatever
// the wallet's EIP-1271 isValidSignature accepts for a contract wallet.
type Signature struct {
	Signer common.Address
	Sig    []byte
}

// SortedSigs orders signatures by signer address, as the contract requires
// (strictly increasing: no duplicates).
func SortedSigs(sigs []Signature) []VouchRegistrySig {
	out := make([]VouchRegistrySig, len(sigs))
	for i, s := range sigs {
		out[i] = VouchRegistrySig(s)
	}
	sort.SliceStable(out, func(i, j int) bool { return bytes.Compare(out[i].Signer[:], out[j].Signer[:]) < 0 })
	return out
}

// ReleaseArg converts a wire.Release to the contract's struct.
func ReleaseArg(r wire.Release) VouchRegistryRelease {
	return VouchRegistryRelease{
		PackageName: r.PackageName, Version: r.Version, Integrity: r.Integrity,
		ContentHash: r.ContentHash, Nonce: new(big.Int).SetUint64(r.Nonce),
		GitSha: r.GitSha, CiRunUrl: r.CIRunURL,
	}
}

// ScoreArg converts a wire.Score to the contract's struct.
func ScoreArg(s wire.Score) VouchRegistryScore {
	return VouchRegistryScore{
		PackageName: s.PackageName, Version: s.Version, ContentHash: s.ContentHash,
		BaseContentHash: s.BaseContentHash, InputHash: s.InputHash, ModelHash: s.ModelHash,
		Score: s.Score, HeuristicScore: s.HeuristicScore, FindingsHash: s.FindingsHash,
		BehaviourHash: s.BehaviourHash,
	}
}

// ScoreFieldsArg is what publish() takes of a wire.Score: the fields the
// Release does not carry (the contract rebuilds the Score from both).
func ScoreFieldsArg(s wire.Score) VouchRegistryScoreFields {
	return VouchRegistryScoreFields{
		BaseContentHash: s.BaseContentHash, InputHash: s.InputHash, ModelHash: s.ModelHash,
		Score: s.Score, HeuristicScore: s.HeuristicScore, FindingsHash: s.FindingsHash,
		BehaviourHash: s.BehaviourHash,
	}
}

// RevokeArg converts a wire.Revoke to the contract's struct.
func RevokeArg(r wire.Revoke) VouchRegistryRevoke {
	return VouchRegistryRevoke{PackageName: r.PackageName, Version: r.Version, Integrity: r.Integrity, Reason: r.Reason}
}

// PolicyArg converts a wire.PolicyChange to the contract's struct.
func PolicyArg(p wire.PolicyChange) VouchRegistryPolicyChange {
	return VouchRegistryPolicyChange{
		PackageName: p.PackageName, Maintainers: p.Maintainers, Threshold: p.Threshold,
		VetoWindow: p.VetoWindow, MinScore: p.MinScore, RefuseLowScore: p.RefuseLowScore,
		Nonce: new(big.Int).SetUint64(p.Nonce), Proposers: nonNil(p.Proposers),
	}
}

func nonNil(a []common.Address) []common.Address {
	if a == nil {
		return []common.Address{}
	}
	return a
}

// ReceiptArg converts a wire.PublishReceipt to the contract's struct.
func ReceiptArg(r wire.PublishReceipt) VouchRegistryPublishReceipt {
	return VouchRegistryPublishReceipt{
		ReleaseDigest: r.ReleaseDigest, ScoreDigest: r.ScoreDigest,
		RegistryStatus: r.RegistryStatus, RegistryResponseHash: r.RegistryResponseHash,
	}
}

// TokenGrantArg converts a wire.TokenGrant to the contract's struct.
func TokenGrantArg(g wire.TokenGrant) VouchRegistryTokenGrant {
	return VouchRegistryTokenGrant{PackageName: g.PackageName, CiphertextHash: g.CiphertextHash, Nonce: new(big.Int).SetUint64(g.Nonce)}
}

// PublishCall is the call data of publish(): the release, its maintainer
// signatures, the scorer's signed score (nil and no signature: unscored),
// readyAt and the coordinator's PublishAuthorization signature.
func PublishCall(r wire.Release, sigs []Signature, score *wire.Score, scoreSig []byte, readyAt uint64, coordinatorSig []byte) []byte {
	var s VouchRegistryScoreFields
	if score != nil {
		s = ScoreFieldsArg(*score)
	} else {
		scoreSig = nil
	}
	return NewVouchRegistry().PackPublish(ReleaseArg(r), SortedSigs(sigs), s, scoreSig, readyAt, coordinatorSig)
}

// AuthorizationCall is publish() for a coordinator's signed authorization.
func AuthorizationCall(sa wire.SignedAuthorization) ([]byte, error) {
	if len(sa.Signatures) != len(sa.Authorization.Signers) {
		return nil, fmt.Errorf("authorization of %s@%s: %d signers, %d signatures", sa.Release.PackageName, sa.Release.Version, len(sa.Authorization.Signers), len(sa.Signatures))
	}
	if (sa.Score == nil) != (sa.Authorization.ScoreDigest == [32]byte{}) {
		return nil, fmt.Errorf("authorization of %s@%s: the score and its digest disagree", sa.Release.PackageName, sa.Release.Version)
	}
	sigs := make([]Signature, len(sa.Signatures))
	for i, s := range sa.Authorization.Signers {
		sigs[i] = Signature{Signer: s, Sig: sa.Signatures[i]}
	}
	return PublishCall(sa.Release, sigs, sa.Score, sa.ScoreSig, sa.Authorization.ReadyAt, sa.Signature), nil
}
