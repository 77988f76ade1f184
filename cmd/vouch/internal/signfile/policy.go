package signfile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/vouchpm/vouch/enclave/wire"
)

// NewPolicyChange starts a signing file for an enrollment (nonce 0) or a
// policy change.
func NewPolicyChange(d wire.Domain, p wire.PolicyChange) (*File, error) {
	digest, err := wire.Digest(d, p)
	if err != nil {
		return nil, err
	}
	return &File{Format: Format, TypedData: wire.TypedData(d, p), Digest: digest, Signatures: []Signature{}}, nil
}

// Kind is the primary type of the file's payload ("Release" or "PolicyChange").
func (f *File) Kind() string { return f.TypedData.PrimaryType }

// PolicyChange returns the policy change the file carries, after checking
// that re-encoding it gives the file's digest (no field can hide in the JSON).
func (f *File) PolicyChange() (wire.Domain, wire.PolicyChange, error) {
	td := f.TypedData
	if f.Format != Format {
		return wire.Domain{}, wire.PolicyChange{}, fmt.Errorf("%w: format %q, want %q", ErrInvalid, f.Format, Format)
	}
	if td.PrimaryType != "PolicyChange" || td.Domain.Name != wire.DomainName || td.Domain.Version != wire.DomainVersion {
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
	}
	if err := json.Unmarshal(raw, &m); err != nil {
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
	again, err := wire.Digest(d, p)
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
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	switch f.TypedData.PrimaryType {
	case "Release":
		if _, _, err := f.Release(); err != nil {
			return nil, err
		}
	case "PolicyChange":
		if _, _, err := f.PolicyChange(); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w: payload %q is neither a Release nor a PolicyChange", ErrInvalid, f.TypedData.PrimaryType)
	}
	if err := f.Verify(); err != nil {
		return nil, err
	}
	return &f, nil
}
