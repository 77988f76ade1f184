// Package apijson holds the JSON bodies of vouch-host's /v1 API: what the
// host answers and what clients (the vouch CLI) send. It imports no host code,
// so clients link none of the host's store or server.
package apijson

import (
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/enclave/wire/limits"
)

// SignedBy is one signer's EIP-712 signature (65 bytes, 0x-hex).
type SignedBy struct {
	Signer    common.Address `json:"signer"`
	Signature hexutil.Bytes  `json:"signature"`
}

// PolicyRequest enrolls a package (policy.nonce 0; signatures over the
// EIP-712 Enrollment) or changes its policy (signatures over the
// PolicyChange). An enrollment of a name that exists on npm carries an npm
// token that can publish it, ECIES-encrypted to the attested coordinator:
// the coordinator checks it and countersigns (NameControl, what the
// contract's enroll() requires); the host keeps the countersignature, never
// the ciphertext.
type PolicyRequest struct {
	Policy          wire.PolicyChange `json:"policy"`
	Signatures      []SignedBy        `json:"signatures"`
	TokenCiphertext hexutil.Bytes     `json:"tokenCiphertext,omitempty"`
	NameControl     hexutil.Bytes     `json:"nameControl,omitempty"`
}

// TokenRequest hands the coordinator an npm token: its ECIES ciphertext and
// the TokenGrant {package, SHA-256(ciphertext), nonce} signed by at least
// the package's threshold of its maintainers.
type TokenRequest struct {
	Ciphertext hexutil.Bytes `json:"ciphertext"`
	Nonce      uint64        `json:"nonce"`
	Signatures []SignedBy    `json:"signatures"`
	// ExpiresAt is the token's expiry (unix seconds) as the signers state
	// it; 0 unknown. The registry's own answer wins inside the enclave.
	ExpiresAt uint64 `json:"expiresAt,omitempty"`
}

// TokenResponse says whose token the coordinator sealed and until when.
type TokenResponse struct {
	Package   string `json:"package"`
	Username  string `json:"username"`
	Version   uint64 `json:"version"`
	ExpiresAt uint64 `json:"expiresAt,omitempty"` // unix seconds; 0 unknown
}

// ReleaseJSON is wire.Release as the API spells it.
type ReleaseJSON struct {
	PackageName string      `json:"packageName"`
	Version     string      `json:"version"`
	Integrity   string      `json:"integrity"` // "sha512-<base64>"
	ContentHash common.Hash `json:"contentHash"`
	Nonce       uint64      `json:"nonce"`
	// GitSha (20 bytes) and CIRunURL say which commit and CI run built the
	// release; signed in the Release typed data and recorded on chain.
	GitSha   hexutil.Bytes `json:"gitSha,omitempty"`
	CIRunURL string        `json:"ciRunUrl,omitempty"`
}

// ProposeRequest proposes a release; the proposer's signature counts as #1.
type ProposeRequest struct {
	Release ReleaseJSON `json:"release"`
	SignedBy
}

// VetoRequest is a signed veto; the digest is the release ID.
type VetoRequest struct {
	Reason string `json:"reason"`
	SignedBy
}

// RevokeRequest is a signed revocation of a published version.
type RevokeRequest struct {
	PackageName string      `json:"packageName"`
	Version     string      `json:"version"`
	ContentHash common.Hash `json:"contentHash"`
	Reason      string      `json:"reason"`
	SignedBy
}

// ReleaseStatus is what GET /v1/releases/{id} answers.
type ReleaseStatus struct {
	ID          string   `json:"id"`
	PackageName string   `json:"packageName"`
	Version     string   `json:"version"`
	Integrity   string   `json:"integrity"`
	ContentHash string   `json:"contentHash"`
	Nonce       uint64   `json:"nonce"`
	GitSha      string   `json:"gitSha,omitempty"`
	CIRunURL    string   `json:"ciRunUrl,omitempty"`
	State       string   `json:"state"`
	Threshold   int      `json:"threshold"`
	Signers     []string `json:"signers"`
	// Approvals counts the maintainers among Signers: a proposer's (CI
	// key's) signature opens a release but never counts towards Threshold.
	Approvals int          `json:"approvals"`
	Vetoes    []VetoStatus `json:"vetoes"`
	Score     *ScoreJSON   `json:"score,omitempty"`
	// Enclave is the coordinator's own state of the release (absent when
	// no coordinator is connected or it has not seen the release yet).
	Enclave   *EnclaveRelease `json:"enclave,omitempty"`
	CreatedAt time.Time       `json:"createdAt"`
	UpdatedAt time.Time       `json:"updatedAt"`

	// Anchoring is where the release's transactions (publish, receipt)
	// stand in the host's outbox: retried after transient failures, or
	// refused by the contract for good (absent without a chain).
	Anchoring []AnchorStatus `json:"anchoring,omitempty"`

	// Revocation is the most-signed revocation of the release the host
	// holds signatures for (absent when none). It is a proposal until the
	// chain's Revoked event: State says "revoked" only then.
	Revocation *RevocationStatus `json:"revocation,omitempty"`
}

// AnchorStatus is one outbox record of a release.
type AnchorStatus struct {
	Record   string `json:"record"` // outbox key, e.g. publish:0x…
	State    string `json:"state"`  // pending, signed, confirmed or failed
	Attempts int    `json:"attempts"`
	// Error is the newest failure: in state failed, the contract's decoded
	// refusal (never retried); in pending, a transient error being retried.
	Error       string     `json:"error,omitempty"`
	NextAttempt *time.Time `json:"nextAttempt,omitempty"`
	TxHash      string     `json:"txHash,omitempty"`
	Block       uint64     `json:"block,omitempty"`
}

// RevocationStatus is a revocation of a release being signed: Signatures
// of the Threshold current maintainers that revoke() on chain needs have
// signed the same Revoke (same reason).
type RevocationStatus struct {
	Reason     string   `json:"reason"`
	Signers    []string `json:"signers"`
	Signatures int      `json:"signatures"`
	Threshold  int      `json:"threshold"`
}

// Label is how the revocation is shown: "revocation proposed (k of M)".
func (r RevocationStatus) Label() string {
	return fmt.Sprintf("revocation proposed (%d of %d)", r.Signatures, r.Threshold)
}

// VetoStatus is one veto as listed.
type VetoStatus struct {
	Signer string `json:"signer"`
	Reason string `json:"reason"`
}

// ScoreJSON is a stored score with its signature, quote and report.
type ScoreJSON struct {
	ReleaseID   string    `json:"releaseId"`
	PackageName string    `json:"packageName"`
	Version     string    `json:"version"`
	Score       int       `json:"score"`
	Message     any       `json:"message"`
	Signature   string    `json:"signature"`
	Evidence    []byte    `json:"evidence"`
	Report      any       `json:"report"`
	CreatedAt   time.Time `json:"createdAt"`
}

// EnclaveRelease is the coordinator enclave's account of a release, as the
// host's relay last read it: the enclave decides, the host only reports.
type EnclaveRelease struct {
	// State is pending, window, authorized, published, vetoed, cancelled,
	// expired, refused or revoked (enclave/wire's release states).
	State string `json:"state"`
	// Reason says why a release was vetoed, refused or cancelled, or the
	// last publish error.
	Reason    string   `json:"reason,omitempty"`
	Approvals []string `json:"approvals"`
	Required  uint64   `json:"required"`
	Score     *int     `json:"score,omitempty"`
	// PublishAfter is the end of the veto window, once it opened.
	PublishAfter *time.Time `json:"publishAfter,omitempty"`
	// RegistryStatus is the npm registry's HTTP status in the signed receipt.
	RegistryStatus int `json:"registryStatus,omitempty"`
}

// Stable error codes. Clients may switch on them; never rename one.
const (
	CodeBadJSON            = "bad_json"
	CodeBadRequest         = "bad_request"
	CodeUnsupportedMedia   = "unsupported_media_type"
	CodeBodyTooLarge       = "body_too_large"
	CodeNotFound           = "not_found"
	CodeMethodNotAllowed   = "method_not_allowed"
	CodeUnknownPackage     = "unknown_package"
	CodeUnknownRelease     = "unknown_release"
	CodeUnknownRole        = "unknown_role"
	CodeUnknownTarball     = "unknown_tarball"
	CodeAlreadyEnrolled    = "already_enrolled"
	CodeBadSignature       = "bad_signature"
	CodeNotMaintainer      = "not_maintainer"
	CodeThresholdUnmet     = "threshold_unmet"
	CodeIntegrityMismatch  = "integrity_mismatch"
	CodeContentHash        = "content_hash_mismatch"
	CodeReleaseClosed      = "release_closed"
	CodeConflict           = "conflict"
	CodeStale              = "stale"
	CodeBadNonce           = "bad_nonce"
	CodeRateLimited        = "rate_limited"
	CodeEnclaveUnavailable = "enclave_unavailable"
	CodeEnclaveRefused     = "enclave_refused"
	CodeNotReady           = "not_ready"
	CodeInternal           = "internal"
	CodeUnauthorized       = "unauthorized" // a signed proposal or token is missing
	CodeBusy               = "busy"         // a concurrency cap is reached; retry later
)

// ParseIntegrity decodes npm's "sha512-<base64>" SRI into 64 raw bytes.
func ParseIntegrity(sri string) ([]byte, error) {
	b64, ok := strings.CutPrefix(sri, "sha512-")
	if !ok {
		return nil, fmt.Errorf("integrity %q: want sha512-<base64>", Trunc(sri))
	}
	raw, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || len(raw) != sha512.Size {
		return nil, fmt.Errorf("integrity %q: not 64 base64 bytes", Trunc(sri))
	}
	return raw, nil
}

// Trunc shortens s for an error message.
func Trunc(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// Wire converts the release to its EIP-712 form.
func (r ReleaseJSON) Wire() (wire.Release, error) {
	integ, err := ParseIntegrity(r.Integrity)
	if err != nil {
		return wire.Release{}, err
	}
	rel := wire.Release{PackageName: r.PackageName, Version: r.Version, Integrity: integ, ContentHash: r.ContentHash, Nonce: r.Nonce, CIRunURL: r.CIRunURL}
	switch len(r.GitSha) {
	case 0:
	case 20:
		rel.GitSha = [20]byte(r.GitSha)
	default:
		return wire.Release{}, fmt.Errorf("gitSha is %d bytes, want 20", len(r.GitSha))
	}
	if len(r.CIRunURL) > limits.CIRunURL {
		return wire.Release{}, fmt.Errorf("ciRunUrl is %d bytes, limit %d", len(r.CIRunURL), limits.CIRunURL)
	}
	return rel, nil
}

// ProposalHeader carries, as base64 of its JSON, the signed ProposeRequest
// that a tarball upload (PUT /v1/tarballs/{hash}) must come with.
const ProposalHeader = "Vouch-Proposal"

// DefaultListen is where vouch-host listens and where the vouch CLI looks
// for it when nothing else is configured: one address for both sides.
const DefaultListen = "127.0.0.1:8480"

// DefaultURL is DefaultListen as the CLI's host URL.
const DefaultURL = "http://" + DefaultListen

// HostConfig is what GET /v1/config answers: where the chain and the
// registry contract are, so that `vouch config init --from URL` can point
// the CLI at them. The host is untrusted: the CLI checks the chain id and
// that a contract is deployed at Registry before it writes anything.
type HostConfig struct {
	Host        string       `json:"host"`
	ChainID     uint64       `json:"chainId"`
	RPCURL      string       `json:"rpcUrl"`
	Registry    string       `json:"registry"`
	NPMRegistry string       `json:"npmRegistry,omitempty"`
	Enclaves    []EnclaveKey `json:"enclaves"`
}

// EnclaveKey is an enclave key as registered on chain.
type EnclaveKey struct {
	Role        string `json:"role"`
	Key         string `json:"key"`
	Measurement string `json:"measurement"`
	Platform    string `json:"platform"`
	Simulated   bool   `json:"simulated"`
	Retired     bool   `json:"retired"`
	Tx          string `json:"tx"`
	Block       uint64 `json:"block"`
}

// Verdict states: what an installer would be told about one version, read
// from the chain.
const (
	VerdictVerified    = "verified"
	VerdictUnsigned    = "unsigned"     // enrolled, but this version was never signed
	VerdictRevoked     = "revoked"      // signed, then revoked by M of N
	VerdictMismatch    = "mismatch"     // signed, but other bytes were presented
	VerdictNotEnrolled = "not-enrolled" // the package is not enrolled in vouch
)

// Verdict is GET /v1/verdicts/{pkg}/{version}: the chain's record of one
// version, as the dashboard, badges and the browser extension show it.
type Verdict struct {
	Package     string    `json:"package"`
	Version     string    `json:"version"`
	State       string    `json:"state"`
	Detail      string    `json:"detail"`
	Signers     []string  `json:"signers"`
	Threshold   int       `json:"threshold,omitempty"`
	Maintainers int       `json:"maintainers,omitempty"`
	Score       *int      `json:"score,omitempty"`
	Integrity   string    `json:"integrity,omitempty"` // the signed SRI
	ContentHash string    `json:"contentHash,omitempty"`
	Tx          string    `json:"tx,omitempty"`
	Block       uint64    `json:"block,omitempty"`
	Time        time.Time `json:"time,omitzero"`
	Registry    string    `json:"registry"`
	Head        uint64    `json:"head"` // the block the chain was read at
}

// PolicyChangeStatus is a policy change (vouch team) being signed on the
// host: ID is its EIP-712 digest; Current is the package's policy on the
// host when it was proposed (what it changes); Threshold is how many of
// Current's maintainers must sign. State is pending, applied (stored as the
// package's policy, for the relay to send changePolicy()) or superseded
// (another change was applied first).
type PolicyChangeStatus struct {
	ID        string            `json:"id"`
	Policy    wire.PolicyChange `json:"policy"`
	Current   wire.PolicyChange `json:"current"`
	Signers   []string          `json:"signers"`
	Threshold int               `json:"threshold"`
	State     string            `json:"state"`
	// Invite is the invite code a joiner used to propose the change
	// (signed by nobody yet), if any.
	Invite    string    `json:"invite,omitempty"`
	CreatedAt time.Time `json:"createdAt"`
	UpdatedAt time.Time `json:"updatedAt"`
}

// InviteRequest opens an invite into a package's team: Policy is the
// package's policy as on chain now (its nonce the chain's); a joiner's
// address is appended to its maintainers.
type InviteRequest struct {
	Policy wire.PolicyChange `json:"policy"`
}

// Invite is an open invite.
type Invite struct {
	Code      string            `json:"code"`
	Policy    wire.PolicyChange `json:"policy"`
	ExpiresAt time.Time         `json:"expiresAt"`
}

// JoinRequest answers an invite with the joiner's address.
type JoinRequest struct {
	Address common.Address `json:"address"`
}
