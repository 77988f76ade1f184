package attestation

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// FormatVersion is the version of Evidence and Binding this package writes.
const FormatVersion = 1

// Platform names.
const (
	PlatformSim   = "sim"
	PlatformTPM   = "tpm"
	PlatformNitro = "nitro"
	PlatformSGX   = "sgx"
	PlatformTDX   = "tdx" // Intel TDX quote v4 (verified only; attestation/tdx)
	PlatformSNP   = "snp" // AMD SEV-SNP attestation report (verified only; attestation/snp)
)

// Roles an enclave key can be bound to.
const (
	RoleCoordinator = "coordinator"
	RoleScorer      = "scorer"
)

// Evidence is the envelope every platform's quote travels in (SPEC.md).
type Evidence struct {
	Version  uint64 `cbor:"version"`
	Platform string `cbor:"platform"`
	Quote    []byte `cbor:"quote"`
	Binding  []byte `cbor:"binding"`
	Aux      []byte `cbor:"aux"`
}

// Binding is what the quote's report data commits to (SPEC.md).
type Binding struct {
	Version      uint64 `cbor:"version"`
	Role         string `cbor:"role"`
	Key          []byte `cbor:"key"`
	ChainID      uint64 `cbor:"chainId"`
	Registry     []byte `cbor:"registry"`
	ModelDigest  []byte `cbor:"modelDigest"`
	PolicyDigest []byte `cbor:"policyDigest"`
	Nonce        []byte `cbor:"nonce"`
	IssuedAt     uint64 `cbor:"issuedAt"`

	pub *ecdsa.PublicKey // parsed Key, set by DecodeBinding
}

// NewBinding fills a Binding for key; callers set the optional fields.
func NewBinding(role string, key *ecdsa.PublicKey, chainID uint64, registry common.Address, nonce []byte, now time.Time) Binding {
	return Binding{
		Version:  FormatVersion,
		Role:     role,
		Key:      crypto.FromECDSAPub(key),
		ChainID:  chainID,
		Registry: registry.Bytes(),
		Nonce:    append([]byte(nil), nonce...),
		IssuedAt: uint64(now.Unix()),
	}
}

// Marshal returns the canonical encoding of the binding.
func (b Binding) Marshal() ([]byte, error) { return NewCodec().Marshal(b) }

// ReportData is SHA-256 of the binding's canonical encoding.
func ReportData(binding []byte) [32]byte { return sha256.Sum256(binding) }

// Marshal returns the canonical encoding of the evidence.
func (e *Evidence) Marshal() ([]byte, error) { return NewCodec().Marshal(e) }

// DecodeEvidence parses untrusted evidence bytes strictly.
func DecodeEvidence(data []byte) (*Evidence, error) { return NewCodec().decodeEvidence(data) }

func (c Codec) decodeEvidence(data []byte) (*Evidence, error) {
	if len(data) > MaxEvidenceSize {
		return nil, fmt.Errorf("%w: evidence is %d bytes, limit %d", ErrTooLarge, len(data), MaxEvidenceSize)
	}
	var ev Evidence
	if err := c.Unmarshal(data, &ev); err != nil {
		return nil, invalidf("decoding evidence: %v", err)
	}
	if ev.Version != FormatVersion {
		return nil, invalidf("evidence version %d, want %d", ev.Version, FormatVersion)
	}
	if ev.Platform == "" || len(ev.Quote) == 0 || len(ev.Binding) == 0 {
		return nil, invalidf("evidence lacks platform, quote or binding")
	}
	return &ev, nil
}

// DecodeBinding parses and checks a binding.
func DecodeBinding(data []byte) (*Binding, error) { return NewCodec().decodeBinding(data) }

func (c Codec) decodeBinding(data []byte) (*Binding, error) {
	var b Binding
	if err := c.Unmarshal(data, &b); err != nil {
		return nil, invalidf("decoding binding: %v", err)
	}
	if b.Version != FormatVersion {
		return nil, invalidf("binding version %d, want %d", b.Version, FormatVersion)
	}
	switch b.Role {
	case RoleCoordinator, RoleScorer:
	default:
		return nil, invalidf("binding role %q is neither %q nor %q", b.Role, RoleCoordinator, RoleScorer)
	}
	pub, err := crypto.UnmarshalPubkey(b.Key)
	if err != nil {
		return nil, invalidf("binding key is not a secp256k1 public key: %v", err)
	}
	b.pub = pub
	if len(b.Registry) != common.AddressLength {
		return nil, invalidf("binding registry is %d bytes, want %d", len(b.Registry), common.AddressLength)
	}
	if n := len(b.ModelDigest); n != 0 && n != 32 {
		return nil, invalidf("binding model digest is %d bytes, want 0 or 32", n)
	}
	if n := len(b.PolicyDigest); n != 0 && n != 32 {
		return nil, invalidf("binding policy digest is %d bytes, want 0 or 32", n)
	}
	if len(b.Nonce) > 64 {
		return nil, invalidf("binding nonce is %d bytes, limit 64", len(b.Nonce))
	}
	return &b, nil
}
