package signfile

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/internal/exactjson"
)

// NewEnrollment starts a signing file for an enrollment: the policy at nonce
// 0 as an EIP-712 Enrollment, whose signatures can never serve as a policy
// change.
func NewEnrollment(d wire.Domain, p wire.PolicyChange) (*File, error) {
	digest, err := wire.Digest(d, wire.Enrollment(p))
	if err != nil {
		return nil, err
	}
	return &File{Format: Format, TypedData: wire.TypedData(d, wire.Enrollment(p)), Digest: digest, Signatures: []Signature{}}, nil
}

// NewTokenGrant starts a signing file for a TokenGrant; ct is the token's
// ECIES ciphertext, whose SHA-256 the grant names.
func NewTokenGrant(d wire.Domain, g wire.TokenGrant, ct []byte) (*File, error) {
	if sha256.Sum256(ct) != g.CiphertextHash {
		return nil, fmt.Errorf("%w: the ciphertext does not hash to the grant's ciphertextHash", ErrInvalid)
	}
	digest, err := wire.Digest(d, g)
	if err != nil {
		return nil, err
	}
	return &File{Format: Format, TypedData: wire.TypedData(d, g), Digest: digest, Ciphertext: ct, Signatures: []Signature{}}, nil
}

// TokenGrant returns the grant the file carries after checking that the
// payload re-encodes to the file's digest and the ciphertext to its hash.
func (f *File) TokenGrant() (wire.Domain, wire.TokenGrant, error) {
	td := f.TypedData
	if f.Format != Format || td.PrimaryType != "TokenGrant" || td.Domain.Name != wire.DomainName || td.Domain.Version != wire.DomainVersion ||
		td.Domain.ChainId == nil || !common.IsHexAddress(td.Domain.VerifyingContract) {
		return wire.Domain{}, wire.TokenGrant{}, fmt.Errorf("%w: not a vouch TokenGrant payload", ErrInvalid)
	}
	d := wire.Domain{ChainID: (*big.Int)(td.Domain.ChainId).Uint64(), Registry: common.HexToAddress(td.Domain.VerifyingContract)}
	raw, err := json.Marshal(td.Message)
	if err != nil {
		return d, wire.TokenGrant{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	var m struct {
		PackageName    string `json:"packageName"`
		CiphertextHash string `json:"ciphertextHash"`
		Nonce          string `json:"nonce"`
	}
	if err := exactjson.Unmarshal(raw, &m, true); err != nil {
		return d, wire.TokenGrant{}, fmt.Errorf("%w: grant message: %v", ErrInvalid, err)
	}
	n, err := strconv.ParseUint(m.Nonce, 10, 64)
	if err != nil {
		return d, wire.TokenGrant{}, fmt.Errorf("%w: nonce must be a decimal number", ErrInvalid)
	}
	h, err := hexutil.Decode(m.CiphertextHash)
	if err != nil || len(h) != 32 {
		return d, wire.TokenGrant{}, fmt.Errorf("%w: ciphertextHash must be 32 bytes of 0x-hex", ErrInvalid)
	}
	g := wire.TokenGrant{PackageName: m.PackageName, CiphertextHash: [32]byte(h), Nonce: n}
	again, err := wire.Digest(d, g)
	if err != nil {
		return d, g, err
	}
	given, _, err := apitypes.TypedDataAndHash(td)
	if err != nil || !bytes.Equal(given, again[:]) || again != f.Digest {
		return d, g, fmt.Errorf("%w: the payload does not hash to the file's digest %s", ErrInvalid, f.Digest.Hex())
	}
	if sha256.Sum256(f.Ciphertext) != g.CiphertextHash {
		return d, g, fmt.Errorf("%w: the ciphertext does not hash to the grant's ciphertextHash", ErrInvalid)
	}
	return d, g, nil
}

// IsPolicy reports whether the file holds an enrollment or a policy change.
func (f *File) IsPolicy() bool {
	return f.TypedData.PrimaryType == "PolicyChange" || f.TypedData.PrimaryType == "Enrollment"
}

// NewPolicyChange starts a signing file for a policy change.
func NewPolicyChange(d wire.Domain, p wire.PolicyChange) (*File, error) {
	digest, err := wire.Digest(d, p)
	if err != nil {
		return nil, err
	}
	return &File{Format: Format, TypedData: wire.TypedData(d, p), Digest: digest, Signatures: []Signature{}}, nil
}

// Kind is the primary type of the file's payload ("Release", "Enrollment",
// "PolicyChange" or "TokenGrant").
func (f *File) Kind() string { return f.TypedData.PrimaryType }

// PolicyChange returns the policy change the file carries, after checking
// that re-encoding it gives the file's digest (no field can hide in the JSON).
func (f *File) PolicyChange() (wire.Domain, wire.PolicyChange, error) {
	td := f.TypedData
	if f.Format != Format {
		return wire.Domain{}, wire.PolicyChange{}, fmt.Errorf("%w: format %q, want %q", ErrInvalid, f.Format, Format)
	}
	if !f.IsPolicy() || td.Domain.Name != wire.DomainName || td.Domain.Version != wire.DomainVersion {
		return wire.Domain{}, wire.PolicyChange{}, fmt.Errorf("%w: not a vouch PolicyChange payload", ErrInvalid)
	}
	if td.Domain.ChainId == nil || !common.IsHexAddress(td.Domain.VerifyingContract) {
		return wire.Domain{}, wire.PolicyChange{}, fmt.Errorf("%w: domain lacks chainId or verifyingContract", ErrInvalid)
	}
	d := wire.Domain{ChainID: (*big.Int)(td.Domain.ChainId).Uint64(), Registry: common.HexToAddress(td.Domain.VerifyingContract)}
	raw, err := json.Marshal(td.Message)
	if err != nil {
		return d, wire.PolicyChange{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	var m struct {
		PackageName    string   `json:"packageName"`
		Maintainers    []string `json:"maintainers"`
		Threshold      string   `json:"threshold"`
		VetoWindow     string   `json:"vetoWindow"`
		MinScore       string   `json:"minScore"`
		RefuseLowScore bool     `json:"refuseLowScore"`
		Nonce          string   `json:"nonce"`
		Proposers      []string `json:"proposers"`
	}
	if err := exactjson.Unmarshal(raw, &m, true); err != nil {
		return d, wire.PolicyChange{}, fmt.Errorf("%w: policy message: %v", ErrInvalid, err)
	}
	num := func(name, s string, bits int) (uint64, error) {
		n, err := strconv.ParseUint(s, 10, bits)
		if err != nil {
			return 0, fmt.Errorf("%w: %s must be a decimal number", ErrInvalid, name)
		}
		return n, nil
	}
	p := wire.PolicyChange{PackageName: m.PackageName, RefuseLowScore: m.RefuseLowScore}
	for _, a := range m.Maintainers {
		if !common.IsHexAddress(a) {
			return d, p, fmt.Errorf("%w: maintainer %q is not an address", ErrInvalid, a)
		}
		p.Maintainers = append(p.Maintainers, common.HexToAddress(a))
	}
	for _, a := range m.Proposers {
		if !common.IsHexAddress(a) {
			return d, p, fmt.Errorf("%w: proposer %q is not an address", ErrInvalid, a)
		}
		p.Proposers = append(p.Proposers, common.HexToAddress(a))
	}
	th, err := num("threshold", m.Threshold, 8)
	if err != nil {
		return d, p, err
	}
	ms, err := num("minScore", m.MinScore, 8)
	if err != nil {
		return d, p, err
	}
	if p.VetoWindow, err = num("vetoWindow", m.VetoWindow, 64); err != nil {
		return d, p, err
	}
	if p.Nonce, err = num("nonce", m.Nonce, 64); err != nil {
		return d, p, err
	}
	p.Threshold, p.MinScore = uint8(th), uint8(ms)
	var msg wire.Message = p
	if td.PrimaryType == "Enrollment" {
		if p.Nonce != 0 {
			return d, p, fmt.Errorf("%w: an enrollment carries nonce 0", ErrInvalid)
		}
		msg = wire.Enrollment(p)
	}
	again, err := wire.Digest(d, msg)
	if err != nil {
		return d, p, err
	}
	given, _, err := apitypes.TypedDataAndHash(td)
	if err != nil || !bytes.Equal(given, again[:]) || again != f.Digest {
		return d, p, fmt.Errorf("%w: the payload does not hash to the file's digest %s", ErrInvalid, f.Digest.Hex())
	}
	return d, p, nil
}

// ReadAny loads a signing file of either kind, checking its payload and
// every signature.
func ReadAny(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%w: %s is larger than %d bytes", ErrInvalid, path, MaxSize)
	}
	return ParseAny(data)
}

// ParseAny decodes a signing file holding a Release or a PolicyChange.
func ParseAny(data []byte) (*File, error) {
	var f File
	if err := exactjson.Unmarshal(data, &f, true); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	switch f.TypedData.PrimaryType {
	case "Release":
		if _, _, err := f.Release(); err != nil {
			return nil, err
		}
	case "PolicyChange", "Enrollment":
		if _, _, err := f.PolicyChange(); err != nil {
			return nil, err
		}
	case "TokenGrant":
		if _, _, err := f.TokenGrant(); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w: payload %q is not a Release, Enrollment, PolicyChange or TokenGrant", ErrInvalid, f.TypedData.PrimaryType)
	}
	if err := f.Verify(); err != nil {
		return nil, err
	}
	return &f, nil
}
