// Package signfile is vouch's portable signing file: an EIP-712 payload any
// wallet can sign (eth_signTypedData_v4) plus the signatures gathered so far.
// Signing needs no server. It runs on the user's machine.
package signfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/internal/exactjson"
)

// Format names this file format and version.
const Format = "vouch-signing-file/1"

// MaxSize bounds a signing file.
const MaxSize = 1 << 20

// ErrInvalid wraps every refusal of a signing file.
var ErrInvalid = errors.New("invalid signing file")

// Signature is one signer's EIP-712 signature.
type Signature struct {
	Signer    common.Address `json:"signer"`
	Signature hexutil.Bytes  `json:"signature"`
}

// File is the signing file.
type File struct {
	Format    string             `json:"format"`
	TypedData apitypes.TypedData `json:"typedData"`
	Digest    common.Hash        `json:"digest"`
	Tarball   string             `json:"tarball,omitempty"` // file name of the release tarball, beside the signing file
	// Ciphertext is a TokenGrant's ECIES-encrypted npm token: the grant
	// signs its SHA-256; only the attested coordinator can read it.
	Ciphertext hexutil.Bytes `json:"ciphertext,omitempty"`
	Signatures []Signature   `json:"signatures"`
}

// NewRelease starts a signing file for a release.
func NewRelease(d wire.Domain, r wire.Release, tarball string) (*File, error) {
	digest, err := wire.Digest(d, r)
	if err != nil {
		return nil, err
	}
	return &File{Format: Format, TypedData: wire.TypedData(d, r), Digest: digest, Tarball: tarball, Signatures: []Signature{}}, nil
}

// Release returns the release and domain the file carries, after checking
// that the payload is exactly a vouch Release (re-encoding it gives the same
// digest, so no field can hide in the JSON) and that the digest matches.
func (f *File) Release() (wire.Domain, wire.Release, error) {
	td := f.TypedData
	if f.Format != Format {
		return wire.Domain{}, wire.Release{}, fmt.Errorf("%w: format %q, want %q", ErrInvalid, f.Format, Format)
	}
	if td.PrimaryType != "Release" || td.Domain.Name != wire.DomainName || td.Domain.Version != wire.DomainVersion {
		return wire.Domain{}, wire.Release{}, fmt.Errorf("%w: not a vouch Release payload", ErrInvalid)
	}
	if td.Domain.ChainId == nil || !common.IsHexAddress(td.Domain.VerifyingContract) {
		return wire.Domain{}, wire.Release{}, fmt.Errorf("%w: domain lacks chainId or verifyingContract", ErrInvalid)
	}
	d := wire.Domain{ChainID: (*big.Int)(td.Domain.ChainId).Uint64(), Registry: common.HexToAddress(td.Domain.VerifyingContract)}
	m := td.Message
	str := func(k string) string { s, _ := m[k].(string); return s }
	integrity, err := hexutil.Decode(str("integrity"))
	if err != nil || len(integrity) != 64 {
		return d, wire.Release{}, fmt.Errorf("%w: integrity must be 64 bytes of hex", ErrInvalid)
	}
	ch, err := hexutil.Decode(str("contentHash"))
	if err != nil || len(ch) != 32 {
		return d, wire.Release{}, fmt.Errorf("%w: contentHash must be 32 bytes of hex", ErrInvalid)
	}
	nonce, ok := new(big.Int).SetString(str("nonce"), 0)
	if !ok || !nonce.IsUint64() {
		return d, wire.Release{}, fmt.Errorf("%w: nonce must be a decimal number", ErrInvalid)
	}
	r := wire.Release{PackageName: str("packageName"), Version: str("version"), Integrity: integrity, ContentHash: [32]byte(ch), Nonce: nonce.Uint64(), CIRunURL: str("ciRunUrl")}
	if g := str("gitSha"); g != "" {
		sha, err := hexutil.Decode(g)
		if err != nil || len(sha) != 20 {
			return d, wire.Release{}, fmt.Errorf("%w: gitSha must be 20 bytes of hex", ErrInvalid)
		}
		r.GitSha = [20]byte(sha)
	}
	again, err := wire.Digest(d, r)
	if err != nil {
		return d, r, err
	}
	given, _, err := apitypes.TypedDataAndHash(td)
	if err != nil || !bytes.Equal(given, again[:]) || again != f.Digest {
		return d, r, fmt.Errorf("%w: the payload does not hash to the file's digest %s", ErrInvalid, f.Digest.Hex())
	}
	return d, r, nil
}

// AddSignature checks sig against the digest and adds it; a second signature
// by the same signer replaces nothing and is refused.
func (f *File) AddSignature(sig []byte) (common.Address, error) {
	addr, err := wire.Recover(f.Digest, sig)
	if err != nil {
		return common.Address{}, err
	}
	if slices.ContainsFunc(f.Signatures, func(s Signature) bool { return s.Signer == addr }) {
		return addr, fmt.Errorf("%s has already signed this release", addr.Hex())
	}
	f.Signatures = append(f.Signatures, Signature{Signer: addr, Signature: sig})
	return addr, nil
}

// Verify re-checks every signature in the file.
func (f *File) Verify() error {
	for _, s := range f.Signatures {
		addr, err := wire.Recover(f.Digest, s.Signature)
		if err != nil {
			return fmt.Errorf("%w: signature of %s: %v", ErrInvalid, s.Signer.Hex(), err)
		}
		if addr != s.Signer {
			return fmt.Errorf("%w: signature claims %s but was made by %s", ErrInvalid, s.Signer.Hex(), addr.Hex())
		}
	}
	return nil
}

// Read loads and checks a signing file.
func Read(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%w: %s is larger than %d bytes", ErrInvalid, path, MaxSize)
	}
	return Parse(data)
}

// Parse decodes and checks a signing file.
func Parse(data []byte) (*File, error) {
	var f File
	if err := exactjson.Unmarshal(data, &f, true); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if _, _, err := f.Release(); err != nil {
		return nil, err
	}
	if err := f.Verify(); err != nil {
		return nil, err
	}
	return &f, nil
}

// Write saves the file atomically (temp file + rename), so a crash never
// leaves half a file and loses gathered signatures.
func (f *File) Write(path string) error {
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".vouch-sign-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
