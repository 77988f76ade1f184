package enclave

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/attestation"
)

// PackagePolicy is a package's policy as the registry contract records it.
type PackagePolicy struct {
	Enrolled    bool
	Maintainers []common.Address
	Threshold   uint8
	// Proposers may propose a release (CI keys) but never count towards
	// Threshold.
	Proposers      []common.Address
	VetoWindow     uint64 // seconds
	MinScore       uint8
	RefuseLowScore bool
	Nonce          uint64 // the nonce the next Release of this package must carry
	TokenNonce     uint64 // the nonce the next TokenGrant must carry
	// LastContentHash is the contentHash of the package's newest release on
	// chain: the only diff base a score of its next release may name (zero
	// before the first).
	LastContentHash [32]byte
	// BlockTime is the timestamp (unix seconds) of the block the policy was
	// read at: the coordinator never dates a release's readiness before it.
	BlockTime uint64
}

// IsMaintainer reports whether addr is one of the package's maintainers.
func (p PackagePolicy) IsMaintainer(addr common.Address) bool {
	for _, m := range p.Maintainers {
		if m == addr {
			return true
		}
	}
	return false
}

// IsProposer reports whether addr is one of the package's proposers.
func (p PackagePolicy) IsProposer(addr common.Address) bool {
	for _, m := range p.Proposers {
		if m == addr {
			return true
		}
	}
	return false
}

// PublishedRecord is the contract's record of a relayed publish().
type PublishedRecord struct {
	Found         bool
	ReleaseDigest [32]byte
	IntegrityHash [32]byte // keccak256 of the recorded release's raw integrity
}

// ChainView is what the coordinator reads from the registry contract. The
// enclave reads it itself, from the RPC endpoint named in its measured
// configuration, over TLS that ends inside the enclave: the host only carries
// bytes. On the embedded dev chain (go-ethereum's simulated backend run by the
// host) this trust is SIMULATED: whoever runs the dev chain decides what it
// answers, so a dev-chain coordinator proves nothing about policy.
type ChainView interface {
	// Policy returns the package's current policy.
	Policy(ctx context.Context, pkg string) (PackagePolicy, error)
	// Published returns the publish() record of wire.ReleaseKey(name, version).
	Published(ctx context.Context, releaseKey [32]byte) (PublishedRecord, error)
	// ScorerRegistered reports whether addr is a scorer key registered with evidence.
	ScorerRegistered(ctx context.Context, addr common.Address) (bool, error)
	// Vetoed reports whether a maintainer vetoed the release digest of pkg
	// straight on chain (the contract's isVetoed).
	Vetoed(ctx context.Context, pkg string, releaseDigest [32]byte) (bool, error)
}

// A ChainView that also implements eip1271.Checker (at its confirmed block)
// lets contract wallets sign: the coordinator asks a named signer's wallet
// when the signature does not recover to it. Without it, only keys sign.

// StateSealer seals the coordinator's state with rollback protection against
// a monotonic counter the host cannot roll back. SealVersioned seals at one
// past the counter after committing (moving the counter to) the blob it
// sealed before, if any; UnsealVersioned refuses every blob older than the
// counter (an error wrapping ErrRollback from the platform) and commits a blob
// one past it. So the counter never runs ahead of what the host could store:
// a crash between sealing and storing leaves a blob that still opens.
// attestation.VersionedSealer is the rule: attestation/sim and
// attestation/tpm use it with a TPM NV counter; CounterSealer builds it from
// a Sealer and a Counter.
type StateSealer interface {
	SealVersioned(plaintext []byte) (sealed []byte, version uint64, err error)
	UnsealVersioned(sealed []byte) (plaintext []byte, version uint64, err error)
}

// Counter is a monotonic counter the host cannot roll back. On SGX there is
// no such counter in the platform (use a second attested enclave or the
// chain); on Nitro a KMS- or chain-backed one.
type Counter = attestation.Counter
