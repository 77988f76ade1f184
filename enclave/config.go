package enclave

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire"
)

// Config is the coordinator's measured configuration: it is part of the
// enclave image (EGo embeds the files enclave.json mounts; the TPM measures
// them), and its digest is bound into the evidence as policyDigest, so the
// host can change none of it without changing what verifiers see.
type Config struct {
	ChainID     uint64 `json:"chainId"`
	Registry    string `json:"registry"`    // registry contract address (0x…)
	RPCURL      string `json:"rpcUrl"`      // chain JSON-RPC endpoint the enclave reads policy from
	NPMRegistry string `json:"npmRegistry"` // https://… the only registry the enclave publishes to
	// NPMRegistryCA is a PEM bundle the enclave trusts for NPMRegistry;
	// empty means the system roots compiled into the image.
	NPMRegistryCA string `json:"npmRegistryCA,omitempty"`
	// RPCURLs are further endpoints of the same chain: every read goes to
	// all of them and they must agree (one lying provider is not enough).
	RPCURLs []string `json:"rpcUrls,omitempty"`
	// Confirmations is how many blocks below the lowest head the
	// coordinator reads at (0: the head itself).
	Confirmations uint64 `json:"confirmations,omitempty"`
	// RPCCA is a PEM bundle the enclave trusts for RPCURL; empty means the system roots.
	RPCCA string `json:"rpcCA,omitempty"`
	// DevChainUnsafe accepts a plain-http RPCURL on loopback: the embedded
	// dev chain, whose answers are simulated trust.
	DevChainUnsafe bool `json:"devChainUnsafe,omitempty"`
	// ProposalTTL bounds how long a release may collect approvals (default 7 days).
	ProposalTTL attestation.Duration `json:"proposalTTL,omitempty"`
}

// DefaultProposalTTL is how long a proposal stays open without reaching its threshold.
const DefaultProposalTTL = 7 * 24 * time.Hour

// ParseConfig reads and checks a measured configuration.
func ParseConfig(data []byte) (*Config, error) {
	var c Config
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("coordinator config: %w", err)
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
	if c.ProposalTTL == 0 {
		c.ProposalTTL = attestation.Duration(DefaultProposalTTL)
	}
	return &c, nil
}

// Digest is SHA-256 over the canonical JSON of the configuration; it is the
// policyDigest of the coordinator's evidence binding.
func (c *Config) Digest() [32]byte {
	raw, _ := json.Marshal(c) // a struct of strings and numbers always marshals
	return sha256.Sum256(raw)
}

// Domain returns the EIP-712 domain of the configured registry contract.
func (c *Config) Domain() wire.Domain {
	return wire.Domain{ChainID: c.ChainID, Registry: common.HexToAddress(c.Registry)}
}

// DialFunc opens the byte stream to a remote endpoint. Inside an enclave
// without a network stack the host supplies it (for example a vsock relay);
// TLS runs over it inside the enclave either way.
type DialFunc func(ctx context.Context, network, addr string) (net.Conn, error)

// Deps are the coordinator's platform and outside world, injected so the
// enclave build, the simulated platform and tests use the same code.
type Deps struct {
	// Key is the enclave's signing key, generated inside the enclave. A
	// LoadState replaces it with the key sealed in the state.
	Key      *ecdsa.PrivateKey
	Attester attestation.PlatformAttester
	// Sealer seals npm tokens; StateSealer seals the state with rollback
	// protection (both are the same TPM on attestation/sim).
	Sealer      attestation.Sealer
	StateSealer StateSealer
	Chain       ChainView
	// Dial reaches the npm registry; nil means net.Dialer.
	Dial DialFunc
	Now  func() time.Time
	Rand io.Reader
}
