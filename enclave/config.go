package enclave

import (
	"context"
	"crypto/ecdsa"
	"io"
	"net"
	"time"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire"
)

// Config is the coordinator's measured configuration (wire.CoordinatorConfig):
// it is part of the enclave image (EGo embeds the files enclave.json mounts;
// the TPM measures them), and its canonical digest is bound into the evidence
// as policyDigest, so the host can change none of it without changing what
// verifiers see, and a policy lists the digests it accepts.
type Config = wire.CoordinatorConfig

// DefaultProposalTTL is how long a proposal stays open without reaching its threshold.
const DefaultProposalTTL = wire.DefaultProposalTTL

// ParseConfig reads and checks a measured configuration, refusing unknown
// fields, and returns it normalized.
func ParseConfig(data []byte) (*Config, error) { return wire.ParseCoordinatorConfig(data) }

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
