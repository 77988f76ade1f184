package wire

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// EIP-712 domain constants.
const (
	DomainName    = "vouch"
	DomainVersion = "1"
)

// Domain is the EIP-712 domain: one registry contract on one chain.
type Domain struct {
	ChainID  uint64
	Registry common.Address
}

// Message is an EIP-712 typed message vouch signs.
type Message interface {
	PrimaryType() string
	message() apitypes.TypedDataMessage
}

// Types returns the EIP-712 type definitions of every vouch message. The
// Solidity contract in enclave/chain declares the same type strings.
func Types() apitypes.Types {
	return apitypes.Types{
		"EIP712Domain": {
			{Name: "name", Type: "string"},
			{Name: "version", Type: "string"},
			{Name: "chainId", Type: "uint256"},
			{Name: "verifyingContract", Type: "address"},
		},
		"Release": {
			{Name: "packageName", Type: "string"},
			{Name: "version", Type: "string"},
			{Name: "integrity", Type: "bytes"},
			{Name: "contentHash", Type: "bytes32"},
			{Name: "nonce", Type: "uint256"},
			{Name: "gitSha", Type: "bytes20"},
			{Name: "ciRunUrl", Type: "string"},
		},
		"Score": {
			{Name: "packageName", Type: "string"},
			{Name: "version", Type: "string"},
			{Name: "contentHash", Type: "bytes32"},
			{Name: "baseContentHash", Type: "bytes32"},
			{Name: "inputHash", Type: "bytes32"},
			{Name: "modelHash", Type: "bytes32"},
			{Name: "score", Type: "uint8"},
			{Name: "heuristicScore", Type: "uint8"},
			{Name: "findingsHash", Type: "bytes32"},
			{Name: "behaviourHash", Type: "bytes32"},
		},
		"Veto": {
			{Name: "releaseDigest", Type: "bytes32"},
			{Name: "reason", Type: "string"},
		},
		"Revoke": {
			{Name: "packageName", Type: "string"},
			{Name: "version", Type: "string"},
			{Name: "integrity", Type: "bytes"},
			{Name: "reason", Type: "string"},
		},
		"PolicyChange": {
			{Name: "packageName", Type: "string"},
			{Name: "maintainers", Type: "address[]"},
			{Name: "threshold", Type: "uint8"},
			{Name: "vetoWindow", Type: "uint64"},
			{Name: "minScore", Type: "uint8"},
			{Name: "refuseLowScore", Type: "bool"},
			{Name: "nonce", Type: "uint256"},
			{Name: "proposers", Type: "address[]"},
		},
		"Enrollment": {
			{Name: "packageName", Type: "string"},
			{Name: "maintainers", Type: "address[]"},
			{Name: "threshold", Type: "uint8"},
			{Name: "vetoWindow", Type: "uint64"},
			{Name: "minScore", Type: "uint8"},
			{Name: "refuseLowScore", Type: "bool"},
			{Name: "nonce", Type: "uint256"},
			{Name: "proposers", Type: "address[]"},
		},
		"NameControl": {
			{Name: "enrollmentDigest", Type: "bytes32"},
		},
		"TokenGrant": {
			{Name: "packageName", Type: "string"},
			{Name: "ciphertextHash", Type: "bytes32"},
			{Name: "nonce", Type: "uint256"},
		},
		"PublishAuthorization": {
			{Name: "releaseDigest", Type: "bytes32"},
			{Name: "scoreDigest", Type: "bytes32"},
			{Name: "signers", Type: "address[]"},
			{Name: "readyAt", Type: "uint64"},
		},
		"PublishReceipt": {
			{Name: "releaseDigest", Type: "bytes32"},
			{Name: "scoreDigest", Type: "bytes32"},
			{Name: "registryStatus", Type: "uint16"},
			{Name: "registryResponseHash", Type: "bytes32"},
		},
	}
}

// Release is what M of N maintainers sign: the exact bytes of one version.
type Release struct {
	PackageName string   `json:"packageName"`
	Version     string   `json:"version"`
	Integrity   []byte   `json:"integrity"`   // raw SHA-512 of the .tgz (npm SRI sha512), 64 bytes
	ContentHash [32]byte `json:"contentHash"` // SHA-256 of the .tgz
	Nonce       uint64   `json:"nonce"`       // the package's nonce on chain
	// GitSha is the commit the release was built from (zero: not said);
	// CIRunURL the CI run that built it (empty: none). Both are signed and
	// recorded on chain (the Published event).
	GitSha   [20]byte `json:"gitSha"`
	CIRunURL string   `json:"ciRunUrl"`
}

// Score is what the scorer enclave signs about a release.
type Score struct {
	PackageName     string   `json:"packageName"`
	Version         string   `json:"version"`
	ContentHash     [32]byte `json:"contentHash"`
	BaseContentHash [32]byte `json:"baseContentHash"` // zero for a first release
	InputHash       [32]byte `json:"inputHash"`
	ModelHash       [32]byte `json:"modelHash"` // zero when scored by heuristics alone
	Score           uint8    `json:"score"`
	HeuristicScore  uint8    `json:"heuristicScore"`
	FindingsHash    [32]byte `json:"findingsHash"`
	BehaviourHash   [32]byte `json:"behaviourHash"` // behavioural sandbox report; zero when the sandbox did not run
}

// Veto stops a pending release during its veto window.
type Veto struct {
	ReleaseDigest [32]byte `json:"releaseDigest"`
	Reason        string   `json:"reason"`
}

// Revoke withdraws a published release.
type Revoke struct {
	PackageName string `json:"packageName"`
	Version     string `json:"version"`
	Integrity   []byte `json:"integrity"` // the release's raw SHA-512: the registry checks it against the record
	Reason      string `json:"reason"`
}

// PolicyChange enrolls a package (nonce 0) or changes its policy.
type PolicyChange struct {
	PackageName    string           `json:"packageName"`
	Maintainers    []common.Address `json:"maintainers"`
	Threshold      uint8            `json:"threshold"`
	VetoWindow     uint64           `json:"vetoWindow"` // seconds
	MinScore       uint8            `json:"minScore"`
	RefuseLowScore bool             `json:"refuseLowScore"` // below MinScore: refuse instead of asking one extra approval
	Nonce          uint64           `json:"nonce"`
	// Proposers are keys (CI) that may propose a release but never count
	// towards Threshold; none is a maintainer.
	Proposers []common.Address `json:"proposers,omitempty"`
}

// Enrollment is what the new maintainers sign to enroll a package: the
// fields of a PolicyChange at nonce 0 under another type name, so that an
// enrollment's signatures can never be replayed as a policy change.
type Enrollment PolicyChange

// NameControl is the coordinator's countersignature of an enrollment: it
// checked on npm that the enroller controls the name (a token that can
// publish it, or the name is free). The contract's enroll() requires it.
type NameControl struct {
	EnrollmentDigest [32]byte `json:"enrollmentDigest"`
}

// TokenGrant is what M of N maintainers sign to hand the coordinator an npm
// token: the SHA-256 of its ECIES ciphertext at the package's token nonce
// (from the contract). The coordinator seals a token only with such a grant.
type TokenGrant struct {
	PackageName    string   `json:"packageName"`
	CiphertextHash [32]byte `json:"ciphertextHash"`
	Nonce          uint64   `json:"nonce"`
}

// PublishAuthorization is the coordinator's statement that a release met its
// threshold and score gate at ReadyAt (unix seconds); the contract refuses
// it before ReadyAt + the package's veto window, by block time.
type PublishAuthorization struct {
	ReleaseDigest [32]byte         `json:"releaseDigest"`
	ScoreDigest   [32]byte         `json:"scoreDigest"`
	Signers       []common.Address `json:"signers"`
	ReadyAt       uint64           `json:"readyAt"`
}

// PublishReceipt is the coordinator's record of what the npm registry answered.
type PublishReceipt struct {
	ReleaseDigest        [32]byte `json:"releaseDigest"`
	ScoreDigest          [32]byte `json:"scoreDigest"`
	RegistryStatus       uint16   `json:"registryStatus"`
	RegistryResponseHash [32]byte `json:"registryResponseHash"`
}

func (Release) PrimaryType() string              { return "Release" }
func (Score) PrimaryType() string                { return "Score" }
func (Veto) PrimaryType() string                 { return "Veto" }
func (Revoke) PrimaryType() string               { return "Revoke" }
func (PolicyChange) PrimaryType() string         { return "PolicyChange" }
func (PublishAuthorization) PrimaryType() string { return "PublishAuthorization" }
func (Enrollment) PrimaryType() string           { return "Enrollment" }
func (NameControl) PrimaryType() string          { return "NameControl" }
func (TokenGrant) PrimaryType() string           { return "TokenGrant" }
func (PublishReceipt) PrimaryType() string       { return "PublishReceipt" }

func b32(v [32]byte) string { return hexutil.Encode(v[:]) }
func u(v uint64) string     { return new(big.Int).SetUint64(v).String() }
func addrs(a []common.Address) []any {
	out := make([]any, len(a))
	for i, x := range a {
		out[i] = x.Hex()
	}
	return out
}

func (r Release) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"packageName": r.PackageName, "version": r.Version,
		"integrity": hexutil.Encode(r.Integrity), "contentHash": b32(r.ContentHash), "nonce": u(r.Nonce),
		"gitSha": hexutil.Encode(r.GitSha[:]), "ciRunUrl": r.CIRunURL,
	}
}

func (s Score) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"packageName": s.PackageName, "version": s.Version,
		"contentHash": b32(s.ContentHash), "baseContentHash": b32(s.BaseContentHash),
		"inputHash": b32(s.InputHash), "modelHash": b32(s.ModelHash),
		"score": u(uint64(s.Score)), "heuristicScore": u(uint64(s.HeuristicScore)),
		"findingsHash": b32(s.FindingsHash), "behaviourHash": b32(s.BehaviourHash),
	}
}

func (v Veto) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{"releaseDigest": b32(v.ReleaseDigest), "reason": v.Reason}
}

func (r Revoke) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"packageName": r.PackageName, "version": r.Version, "integrity": hexutil.Encode(r.Integrity), "reason": r.Reason,
	}
}

func (p PolicyChange) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"packageName": p.PackageName, "maintainers": addrs(p.Maintainers), "threshold": u(uint64(p.Threshold)),
		"vetoWindow": u(p.VetoWindow), "minScore": u(uint64(p.MinScore)), "refuseLowScore": p.RefuseLowScore,
		"nonce": u(p.Nonce), "proposers": addrs(p.Proposers),
	}
}

func (e Enrollment) message() apitypes.TypedDataMessage { return PolicyChange(e).message() }

func (n NameControl) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{"enrollmentDigest": b32(n.EnrollmentDigest)}
}

func (g TokenGrant) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"packageName": g.PackageName, "ciphertextHash": b32(g.CiphertextHash), "nonce": u(g.Nonce),
	}
}

func (a PublishAuthorization) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"releaseDigest": b32(a.ReleaseDigest), "scoreDigest": b32(a.ScoreDigest), "signers": addrs(a.Signers),
		"readyAt": u(a.ReadyAt),
	}
}

func (r PublishReceipt) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"releaseDigest": b32(r.ReleaseDigest), "scoreDigest": b32(r.ScoreDigest),
		"registryStatus": u(uint64(r.RegistryStatus)), "registryResponseHash": b32(r.RegistryResponseHash),
	}
}

// TypedData returns the full EIP-712 payload of m in d, as a wallet's
// eth_signTypedData_v4 takes it (JSON-marshal it for a portable signing file).
func TypedData(d Domain, m Message) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       Types(),
		PrimaryType: m.PrimaryType(),
		Domain: apitypes.TypedDataDomain{
			Name:              DomainName,
			Version:           DomainVersion,
			ChainId:           math.NewHexOrDecimal256(int64(d.ChainID)),
			VerifyingContract: d.Registry.Hex(),
		},
		Message: m.message(),
	}
}

// Digest is the EIP-712 hash of m in d: the 32 bytes that get signed.
func Digest(d Domain, m Message) ([32]byte, error) {
	h, _, err := apitypes.TypedDataAndHash(TypedData(d, m))
	if err != nil {
		return [32]byte{}, fmt.Errorf("eip712 %s: %w", m.PrimaryType(), err)
	}
	return [32]byte(h), nil
}

// Errors of signature checks.
var (
	ErrBadSignature = errors.New("malformed signature")
	ErrHighS        = fmt.Errorf("%w: non-canonical (high s) signature", ErrBadSignature)
)

var secp256k1halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Sign signs digest with key and returns 65 bytes r||s||v with v in {27, 28},
// as Solidity's ecrecover expects.
func Sign(key *ecdsa.PrivateKey, digest [32]byte) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// Recover returns the address that signed digest. It accepts v in {0,1,27,28}
// and refuses high-s signatures, so that one signer has one signature.
func Recover(digest [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want 65", ErrBadSignature, len(sig))
	}
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(secp256k1halfN) > 0 {
		return common.Address{}, ErrHighS
	}
	norm := append([]byte(nil), sig...)
	switch norm[64] {
	case 27, 28:
		norm[64] -= 27
	case 0, 1:
	default:
		return common.Address{}, fmt.Errorf("%w: v=%d", ErrBadSignature, sig[64])
	}
	pub, err := crypto.SigToPub(digest[:], norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// NormalizeSig returns a copy of a 65-byte secp256k1 signature with v in
// {27, 28}, as the contract's ecrecover wants it; v in {0, 1} (what most
// crypto libraries give) becomes 27/28. Anything else is returned unchanged
// (Recover refuses it). Every signature the enclave keeps or hands on goes
// through it, so a release can never be stuck on a v the contract refuses.
func NormalizeSig(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	if len(out) == 65 && out[64] < 2 {
		out[64] += 27
	}
	return out
}

// ReleaseKey is the registry's key of one package version:
// keccak256(bytes(name + "@" + version)).
func ReleaseKey(name, version string) [32]byte {
	return crypto.Keccak256Hash([]byte(name + "@" + version))
}

// PackageKey is the registry's key of a package: keccak256(bytes(name)).
func PackageKey(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }

// HexDigest formats a digest for people.
func HexDigest(d [32]byte) string { return "0x" + hex.EncodeToString(d[:]) }
