// Package governance builds, signs and reads the statements with which M of
// N governance keys run the registry's enclave set: which (role, measurement,
// configuration) may register (Allow, Disallow), which attested key is
// registered (EnclaveRegistration) or retired (EnclaveRetirement), and who
// governs (GovernanceChange). Each is EIP-712 typed data in the registry's
// domain; the type name tells the actions apart and one governance nonce,
// read from the contract, orders them all, so a signature is used once.
//
// The host only relays these statements: its chain key pays gas and signs
// none of them.
package governance

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/vouchpm/vouch/enclave/chain"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire"
)

// Statement is one governance action.
type Statement interface {
	// PrimaryType is the EIP-712 type name (the discriminator).
	PrimaryType() string
	message() apitypes.TypedDataMessage
	// Calldata packs the contract call carrying the statement and sigs.
	Calldata(sigs []chain.Signature) ([]byte, error)
}

// Registration approves one attested enclave key. Measurement is the
// measurement id (MeasurementID), which folds in the debug flag; Debug must
// be false for the contract to accept it.
type Registration struct {
	Role         uint8          `json:"role"`
	Key          common.Address `json:"key"`
	Measurement  [32]byte       `json:"measurement"`
	Debug        bool           `json:"debug"`
	ConfigDigest [32]byte       `json:"configDigest"`
	Evidence     []byte         `json:"evidence"`
	Nonce        uint64         `json:"nonce"`
}

// Retirement retires a registered enclave key.
type Retirement struct {
	Key    common.Address `json:"key"`
	Reason string         `json:"reason"`
	Nonce  uint64         `json:"nonce"`
}

// Allowlist adds (Allowed) or removes an allowlist entry.
type Allowlist struct {
	Allowed      bool     `json:"allowed"`
	Role         uint8    `json:"role"`
	Measurement  [32]byte `json:"measurement"`
	ConfigDigest [32]byte `json:"configDigest"`
	Nonce        uint64   `json:"nonce"`
}

// Change replaces the governance members and threshold.
type Change struct {
	Members   []common.Address `json:"members"`
	Threshold uint8            `json:"threshold"`
	Nonce     uint64           `json:"nonce"`
}

func (Registration) PrimaryType() string { return "EnclaveRegistration" }
func (Retirement) PrimaryType() string   { return "EnclaveRetirement" }
func (Change) PrimaryType() string       { return "GovernanceChange" }
func (a Allowlist) PrimaryType() string {
	if a.Allowed {
		return "Allow"
	}
	return "Disallow"
}

func b32(b [32]byte) string { return hexutil.Encode(b[:]) }
func u(n uint64) *math.HexOrDecimal256 {
	return (*math.HexOrDecimal256)(new(big.Int).SetUint64(n))
}

func (r Registration) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"role": u(uint64(r.Role)), "key": r.Key.Hex(), "measurement": b32(r.Measurement), "debug": r.Debug,
		"configDigest": b32(r.ConfigDigest), "evidence": hexutil.Encode(r.Evidence), "nonce": u(r.Nonce),
	}
}

func (r Retirement) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{"key": r.Key.Hex(), "reason": r.Reason, "nonce": u(r.Nonce)}
}

func (a Allowlist) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"role": u(uint64(a.Role)), "measurement": b32(a.Measurement), "configDigest": b32(a.ConfigDigest), "nonce": u(a.Nonce),
	}
}

func (c Change) message() apitypes.TypedDataMessage {
	m := make([]any, len(c.Members))
	for i, a := range c.Members {
		m[i] = a.Hex()
	}
	return apitypes.TypedDataMessage{"members": m, "threshold": u(uint64(c.Threshold)), "nonce": u(c.Nonce)}
}

func n(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func (r Registration) Calldata(sigs []chain.Signature) ([]byte, error) {
	return chain.NewVouchRegistry().TryPackRegisterEnclave(chain.VouchRegistryEnclaveRegistration{
		Role: r.Role, Key: r.Key, Measurement: r.Measurement, Debug: r.Debug, ConfigDigest: r.ConfigDigest,
		Evidence: r.Evidence, Nonce: n(r.Nonce),
	}, chain.SortedSigs(sigs))
}

func (r Retirement) Calldata(sigs []chain.Signature) ([]byte, error) {
	return chain.NewVouchRegistry().TryPackRetireEnclave(chain.VouchRegistryEnclaveRetirement{Key: r.Key, Reason: r.Reason, Nonce: n(r.Nonce)}, chain.SortedSigs(sigs))
}

func (a Allowlist) Calldata(sigs []chain.Signature) ([]byte, error) {
	e := chain.VouchRegistryAllowlistEntry{Role: a.Role, Measurement: a.Measurement, ConfigDigest: a.ConfigDigest, Nonce: n(a.Nonce)}
	if a.Allowed {
		return chain.NewVouchRegistry().TryPackAllow(e, chain.SortedSigs(sigs))
	}
	return chain.NewVouchRegistry().TryPackDisallow(e, chain.SortedSigs(sigs))
}

func (c Change) Calldata(sigs []chain.Signature) ([]byte, error) {
	return chain.NewVouchRegistry().TryPackChangeGovernance(chain.VouchRegistryGovernanceChange{Members: c.Members, Threshold: c.Threshold, Nonce: n(c.Nonce)}, chain.SortedSigs(sigs))
}

// Types are the EIP-712 types of the governance statements; the contract
// declares the same type strings.
func Types() apitypes.Types {
	entry := []apitypes.Type{
		{Name: "role", Type: "uint8"}, {Name: "measurement", Type: "bytes32"},
		{Name: "configDigest", Type: "bytes32"}, {Name: "nonce", Type: "uint256"},
	}
	return apitypes.Types{
		"EIP712Domain": {
			{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
			{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
		},
		"EnclaveRegistration": {
			{Name: "role", Type: "uint8"}, {Name: "key", Type: "address"}, {Name: "measurement", Type: "bytes32"},
			{Name: "debug", Type: "bool"}, {Name: "configDigest", Type: "bytes32"}, {Name: "evidence", Type: "bytes"},
			{Name: "nonce", Type: "uint256"},
		},
		"EnclaveRetirement": {{Name: "key", Type: "address"}, {Name: "reason", Type: "string"}, {Name: "nonce", Type: "uint256"}},
		"Allow":             entry,
		"Disallow":          entry,
		"GovernanceChange": {
			{Name: "members", Type: "address[]"}, {Name: "threshold", Type: "uint8"}, {Name: "nonce", Type: "uint256"},
		},
	}
}

// TypedData is s as EIP-712 typed data in domain d (what a wallet shows).
func TypedData(d wire.Domain, s Statement) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       Types(),
		PrimaryType: s.PrimaryType(),
		Domain: apitypes.TypedDataDomain{
			Name: wire.DomainName, Version: wire.DomainVersion,
			ChainId:           math.NewHexOrDecimal256(int64(d.ChainID)),
			VerifyingContract: d.Registry.Hex(),
		},
		Message: s.message(),
	}
}

// Digest is the EIP-712 digest governance keys sign.
func Digest(d wire.Domain, s Statement) ([32]byte, error) {
	h, _, err := apitypes.TypedDataAndHash(TypedData(d, s))
	if err != nil {
		return [32]byte{}, fmt.Errorf("eip712 %s: %w", s.PrimaryType(), err)
	}
	return [32]byte(h), nil
}

// Sign signs s with each key (65 bytes, v 27/28).
func Sign(d wire.Domain, s Statement, keys ...*ecdsa.PrivateKey) ([]chain.Signature, error) {
	digest, err := Digest(d, s)
	if err != nil {
		return nil, err
	}
	out := make([]chain.Signature, len(keys))
	for i, k := range keys {
		sig, err := wire.Sign(k, digest)
		if err != nil {
			return nil, err
		}
		out[i] = chain.Signature{Signer: pubAddr(k), Sig: sig}
	}
	return out, nil
}

// measurementTag versions MeasurementID's encoding.
const measurementTag = "vouch/measurement-id/v1"

// MeasurementID is the measurement the registry allowlists and registers:
// SHA-256 over the platform, the measurement (MRENCLAVE, PCR0 or the PCR
// digest), the signer (MRSIGNER for sgx) and the debug flag, each
// length-prefixed. A debug build of an allowlisted enclave has another id,
// so it can never match a production entry.
func MeasurementID(c *attestation.Claims) [32]byte {
	h := sha256.New()
	put := func(b []byte) {
		var l [4]byte
		l[0], l[1], l[2], l[3] = byte(len(b)>>24), byte(len(b)>>16), byte(len(b)>>8), byte(len(b))
		h.Write(l[:])
		h.Write(b)
	}
	put([]byte(measurementTag))
	put([]byte(c.Platform))
	m, err := hex.DecodeString(strings.TrimPrefix(c.Measurement, "0x"))
	if err != nil {
		m = []byte(c.Measurement)
	}
	put(m)
	put([]byte(strings.ToLower(c.Signer)))
	if c.Debug {
		put([]byte{1})
	} else {
		put([]byte{0})
	}
	return [32]byte(h.Sum(nil))
}

// ConfigDigest is the configuration digest the evidence binds (the
// binding's policyDigest); zero when it binds none or not 32 bytes.
func ConfigDigest(c *attestation.Claims) [32]byte {
	if len(c.PolicyDigest) != 32 {
		return [32]byte{}
	}
	return [32]byte(c.PolicyDigest)
}

// RoleID maps an attestation role to the contract's.
func RoleID(role string) (uint8, error) {
	switch role {
	case attestation.RoleCoordinator:
		return chain.RoleCoordinator, nil
	case attestation.RoleScorer:
		return chain.RoleScorer, nil
	}
	return 0, fmt.Errorf("enclave role %q: want coordinator or scorer", role)
}

// NewRegistration is the registration of the key verified claims bind, at
// governance nonce nonce.
func NewRegistration(c *attestation.Claims, evidence []byte, nonce uint64) (Registration, error) {
	r, err := RoleID(c.Role)
	if err != nil {
		return Registration{}, err
	}
	return Registration{
		Role: r, Key: c.Address, Measurement: MeasurementID(c), Debug: c.Debug,
		ConfigDigest: ConfigDigest(c), Evidence: evidence, Nonce: nonce,
	}, nil
}

// AllowlistFor is the allowlist entry that admits enclaves like c.
func AllowlistFor(c *attestation.Claims, nonce uint64) (Allowlist, error) {
	r, err := RoleID(c.Role)
	if err != nil {
		return Allowlist{}, err
	}
	if c.Debug {
		return Allowlist{}, errors.New("a debug enclave is never allowlisted: its registration would be refused on chain")
	}
	return Allowlist{Allowed: true, Role: r, Measurement: MeasurementID(c), ConfigDigest: ConfigDigest(c), Nonce: nonce}, nil
}

// State is governance as the contract holds it.
type State struct {
	Members   []common.Address `json:"members"`
	Threshold uint8            `json:"threshold"`
	Nonce     uint64           `json:"nonce"`
}

func call(ctx context.Context, c ethereum.ContractCaller, registry common.Address, data []byte) ([]byte, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &registry, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("reading governance from %s: %w", registry.Hex(), err)
	}
	return out, nil
}

// Read reads the governance members, threshold and next nonce.
func Read(ctx context.Context, c ethereum.ContractCaller, registry common.Address) (State, error) {
	reg := chain.NewVouchRegistry()
	out, err := call(ctx, c, registry, reg.PackGovernance())
	if err != nil {
		return State{}, err
	}
	g, err := reg.UnpackGovernance(out)
	if err != nil {
		return State{}, fmt.Errorf("governance(): %w", err)
	}
	return State{Members: g.Members, Threshold: g.Threshold, Nonce: g.Nonce.Uint64()}, nil
}

// IsAllowed reads whether (role, measurement id, config) is allowlisted.
func IsAllowed(ctx context.Context, c ethereum.ContractCaller, registry common.Address, role uint8, measurement, config [32]byte) (bool, error) {
	reg := chain.NewVouchRegistry()
	out, err := call(ctx, c, registry, reg.PackIsAllowed(role, measurement, config))
	if err != nil {
		return false, err
	}
	return reg.UnpackIsAllowed(out)
}
