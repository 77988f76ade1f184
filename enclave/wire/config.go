package wire

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/tlsroots"
)

// CoordinatorConfig is the coordinator's measured configuration: everything
// it runs with that its binary does not fix. Its canonical encoding
// (Canonical) has one digest (ConfigDigest), which the coordinator binds into
// its evidence as policyDigest and which attestation.Policy.ConfigDigests
// lists; the enclave, the host and the CLI all compute it here.
//
// The sizes the enclave enforces (enclave/wire/limits) are constants of the
// binary, so the measurement covers them, not this configuration.
type CoordinatorConfig struct {
	ChainID     uint64 `json:"chainId"`
	Registry    string `json:"registry"`    // registry contract address (0x…)
	RPCURL      string `json:"rpcUrl"`      // chain JSON-RPC endpoint the enclave reads policy from
	NPMRegistry string `json:"npmRegistry"` // https://… the only registry the enclave publishes to
	// NPMRegistryCA is a PEM bundle the enclave trusts for NPMRegistry;
	// empty means the compiled-in roots named by BuiltinRoots.
	NPMRegistryCA string `json:"npmRegistryCA,omitempty"`
	// RPCURLs are further endpoints of the same chain: every read goes to
	// all of them and they must agree (one lying provider is not enough).
	RPCURLs []string `json:"rpcUrls,omitempty"`
	// Confirmations is how many blocks below the lowest head the
	// coordinator reads at (0: the head itself).
	Confirmations uint64 `json:"confirmations,omitempty"`
	// RPCCA is a PEM bundle the enclave trusts for the RPC endpoints; empty
	// means the compiled-in roots named by BuiltinRoots.
	RPCCA string `json:"rpcCA,omitempty"`
	// DevChainUnsafe accepts a plain-http RPCURL on loopback: the embedded
	// dev chain, whose answers are simulated trust.
	DevChainUnsafe bool `json:"devChainUnsafe,omitempty"`
	// ProposalTTL bounds how long a release may collect approvals (default 7 days).
	ProposalTTL attestation.Duration `json:"proposalTTL,omitempty"`
	// BuiltinRoots names the compiled-in root bundle (tlsroots.Name) the
	// enclave trusts where no CA is configured. Canonical fills it in; a
	// configuration naming another bundle is refused.
	BuiltinRoots string `json:"builtinRoots,omitempty"`
}

// DefaultProposalTTL is how long a proposal stays open without reaching its threshold.
const DefaultProposalTTL = 7 * 24 * time.Hour

// ParseCoordinatorConfig reads and checks a configuration (unknown fields
// refused) and returns it normalized: what Canonical encodes.
func ParseCoordinatorConfig(data []byte) (*CoordinatorConfig, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c CoordinatorConfig
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("coordinator config: %w", err)
	}
	if dec.More() {
		return nil, errors.New("coordinator config: trailing data after the JSON object")
	}
	if c.ChainID == 0 {
		return nil, errors.New("coordinator config: chainId is required")
	}
	if !common.IsHexAddress(c.Registry) {
		return nil, fmt.Errorf("coordinator config: registry %q is not an address", c.Registry)
	}
	u, err := url.Parse(c.NPMRegistry)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("coordinator config: npmRegistry %q must be an https URL (TLS ends inside the enclave)", c.NPMRegistry)
	}
	if c.BuiltinRoots != "" && c.BuiltinRoots != tlsroots.Name {
		return nil, fmt.Errorf("coordinator config: builtinRoots %q is not the bundle compiled in (%s)", c.BuiltinRoots, tlsroots.Name)
	}
	n := c.Normalized()
	return &n, nil
}

// Normalized fills in the defaults, so that a configuration that leaves them
// out and one that spells them out have the same digest, and the enclave
// runs with what the digest says.
func (c CoordinatorConfig) Normalized() CoordinatorConfig {
	if c.ProposalTTL == 0 {
		c.ProposalTTL = attestation.Duration(DefaultProposalTTL)
	}
	if c.NPMRegistryCA == "" || c.RPCCA == "" {
		c.BuiltinRoots = tlsroots.Name
	} else {
		c.BuiltinRoots = "" // no endpoint falls back to the bundle
	}
	return c
}

// Canonical is the one encoding of the configuration: the normalized
// configuration as compact JSON, fields in the order declared above, empty
// optional fields left out. ConfigDigest is SHA-256 over these bytes, so
// `sha256sum` of what GetConfig serves is the digest.
func (c CoordinatorConfig) Canonical() []byte {
	raw, err := json.Marshal(c.Normalized())
	if err != nil {
		panic("wire: a coordinator config of strings and numbers failed to marshal: " + err.Error())
	}
	return raw
}

// Digest is the configuration digest: SHA-256 over Canonical.
func (c CoordinatorConfig) Digest() [32]byte { return ConfigDigest(c.Canonical()) }

// ConfigDigest is SHA-256 over a canonical configuration's bytes.
func ConfigDigest(canonical []byte) [32]byte { return sha256.Sum256(canonical) }

// Domain returns the EIP-712 domain of the configured registry contract.
func (c CoordinatorConfig) Domain() Domain {
	return Domain{ChainID: c.ChainID, Registry: common.HexToAddress(c.Registry)}
}
