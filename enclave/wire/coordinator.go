package wire

import (
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire/limits"
	"github.com/vouchpm/vouch/enclave/wire/npmname"
)

// The host↔coordinator protocol (version ProtocolVersion). Every frame on the
// stream is one canonical CBOR Request or Response (stream.go). The host is
// untrusted: the enclave validates every request body with the Decode*
// functions below and signs every response with its attested key.

// ProtocolVersion is the version of the host↔coordinator protocol.
const ProtocolVersion = 1

// Limits on what the host may send the coordinator: the shared table of
// enclave/wire/limits, which the host API enforces too.
const (
	MaxFrameSize      = limits.Frame           // one request or response
	MaxTarballSize    = limits.Tarball         // one release's .tgz
	MinNonceSize      = limits.NonceMin        // evidence nonce
	MaxNonceSize      = limits.NonceMax        // evidence nonce
	MaxTokenCipher    = limits.TokenCiphertext // ECIES ciphertext of one npm token
	MaxReasonLength   = limits.Reason
	MaxStateSize      = MaxFrameSize - 4096
	MaxPackageNameLen = limits.PackageName // npm's limit
	MaxVersionLen     = limits.Version
	MaxSignatureLen   = limits.Signature // a contract wallet's EIP-1271 signature
)

// Request kinds.
const (
	KindGetEvidence = "getEvidence"
	KindAddToken    = "addToken"
	KindPropose     = "propose"
	KindApprove     = "approve"
	KindVeto        = "veto"
	KindCancel      = "cancel"
	KindRevoke      = "revoke"
	KindScore       = "score"
	KindStatus      = "status"
	KindTick        = "tick"
	KindLoadState   = "loadState"
	KindNameControl = "nameControl"
	KindGetConfig   = "getConfig"
)

// MaxGrantSignatures bounds the maintainer signatures on one token grant.
const MaxGrantSignatures = 64

// ErrMalformed is returned for any request the enclave cannot accept as
// well formed; the enclave's refusals of well-formed requests use other errors.
var ErrMalformed = errors.New("malformed coordinator message")

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
}

// Request is one host→enclave frame. Body is the canonical CBOR of the
// kind's request type.
type Request struct {
	Version uint64 `cbor:"v"`
	ID      uint64 `cbor:"id"`
	Kind    string `cbor:"kind"`
	Body    []byte `cbor:"body"`
}

// Response is one enclave→host frame. Signature is the enclave key's
// signature over ResponseDigest(resp) (Signature itself left empty).
type Response struct {
	Version   uint64 `cbor:"v"`
	ID        uint64 `cbor:"id"`
	Kind      string `cbor:"kind"`
	Code      string `cbor:"code"`  // empty on success; an error code otherwise
	Error     string `cbor:"error"` // one sentence for people; never holds a secret
	Body      []byte `cbor:"body"`
	Signature []byte `cbor:"sig"`
}

// ResponseDigest is what the enclave signs in a response: keccak256 of a
// domain tag and the canonical CBOR of the response without its signature.
func ResponseDigest(r Response) ([32]byte, error) {
	r.Signature = nil
	raw, err := attestation.NewCodec().Marshal(r)
	if err != nil {
		return [32]byte{}, fmt.Errorf("encoding response: %w", err)
	}
	return crypto.Keccak256Hash([]byte("vouch/coordinator-response/v1"), raw), nil
}

// GetEvidenceRequest asks for the enclave's attestation evidence over a fresh nonce.
type GetEvidenceRequest struct {
	Nonce []byte `cbor:"nonce"`
}

// GetEvidenceResponse carries canonical attestation.Evidence.
type GetEvidenceResponse struct {
	Evidence []byte `cbor:"evidence"`
}

// GetConfigRequest asks for the enclave's configuration: the canonical bytes
// (CoordinatorConfig.Canonical) whose SHA-256 its evidence binds as
// policyDigest, so that an auditor sees what an accepted digest means.
type GetConfigRequest struct{}

// GetConfigResponse carries the canonical configuration.
type GetConfigResponse struct {
	Config []byte `cbor:"config"`
}

// Validate checks a request body.
func (GetConfigRequest) Validate() error { return nil }

// AddTokenRequest hands the enclave an npm token, ECIES-encrypted to the key
// bound in its evidence, with the TokenGrant {Package, SHA-256(Ciphertext),
// Nonce} signed by at least the package's threshold of its maintainers.
type AddTokenRequest struct {
	Package    string   `cbor:"package"`
	Ciphertext []byte   `cbor:"ciphertext"`
	Nonce      uint64   `cbor:"nonce"`      // the package's token nonce on chain
	Signatures [][]byte `cbor:"signatures"` // maintainers' signatures over the TokenGrant
	// Signers names who made each signature (aligned with Signatures); a
	// zero entry, or none at all, means "recover it" (a key's signature). A
	// contract wallet must be named: its signature is checked with EIP-1271.
	Signers []common.Address `cbor:"signers"`
	// ExpiresAt is the token's expiry (unix seconds) as the grant's signers
	// state it; 0 when unknown. The registry's own answer wins when it has one.
	ExpiresAt uint64 `cbor:"expiresAt"`
}

// Grant is the TokenGrant the request carries.
func (r AddTokenRequest) Grant() TokenGrant {
	return TokenGrant{PackageName: r.Package, CiphertextHash: sha256.Sum256(r.Ciphertext), Nonce: r.Nonce}
}

// AddTokenResponse says which registry user the token belongs to and carries
// the sealed token and the new sealed state. The token itself never leaves.
// Grant, Signers and Signatures (ascending signers) are what the host relays
// to the contract's grantToken().
type AddTokenResponse struct {
	Package     string           `cbor:"package"`
	Username    string           `cbor:"username"`
	SealedToken []byte           `cbor:"sealedToken"`
	State       []byte           `cbor:"state"`
	Grant       TokenGrant       `cbor:"grant"`
	Signers     []common.Address `cbor:"signers"`
	Signatures  [][]byte         `cbor:"signatures"`
	ExpiresAt   uint64           `cbor:"expiresAt"` // 0: unknown
}

// NameControlRequest asks the coordinator to countersign an enrollment: it
// checks on npm that the name is free, or that the token (ECIES-encrypted to
// the enclave key; optional for a free name) can publish it.
type NameControlRequest struct {
	Enrollment PolicyChange `cbor:"enrollment"`
	Ciphertext []byte       `cbor:"ciphertext"`
}

// NameControlResponse carries the coordinator's signature over
// NameControl{EnrollmentDigest}, which the contract's enroll() requires.
type NameControlResponse struct {
	EnrollmentDigest [32]byte `cbor:"enrollmentDigest"`
	Signature        []byte   `cbor:"sig"`
	NameFree         bool     `cbor:"nameFree"` // the registry has no such package yet
	Username         string   `cbor:"username"` // the registry user whose token showed control
}

// ProposeRequest opens a release: the proposer's signature over the
// Release's EIP-712 digest and the exact tarball.
type ProposeRequest struct {
	Release   Release        `cbor:"release"`
	Signer    common.Address `cbor:"signer"` // zero: recovered from Signature
	Signature []byte         `cbor:"sig"`
	Tarball   []byte         `cbor:"tarball"`
}

// ApproveRequest adds one maintainer's signature over a pending release's digest.
type ApproveRequest struct {
	ReleaseDigest [32]byte       `cbor:"releaseDigest"`
	Signer        common.Address `cbor:"signer"` // zero: recovered from Signature
	Signature     []byte         `cbor:"sig"`
}

// VetoRequest stops a pending release; any maintainer may sign one.
type VetoRequest struct {
	Veto      Veto           `cbor:"veto"`
	Signer    common.Address `cbor:"signer"` // zero: recovered from Signature
	Signature []byte         `cbor:"sig"`
}

// CancelRequest withdraws a pending release: a Veto signed by its proposer.
type CancelRequest struct {
	Veto      Veto           `cbor:"veto"`
	Signer    common.Address `cbor:"signer"` // zero: recovered from Signature
	Signature []byte         `cbor:"sig"`
}

// RevokeRequest withdraws a release, signed by a maintainer.
type RevokeRequest struct {
	Revoke    Revoke         `cbor:"revoke"`
	Signer    common.Address `cbor:"signer"` // zero: recovered from Signature
	Signature []byte         `cbor:"sig"`
}

// ScoreRequest delivers the scorer enclave's signed score of a release.
type ScoreRequest struct {
	Score     Score  `cbor:"score"`
	Signature []byte `cbor:"sig"`
}

// StatusRequest asks for one release (ReleaseDigest set) or all (zero).
type StatusRequest struct {
	ReleaseDigest [32]byte `cbor:"releaseDigest"`
}

// TickRequest asks the enclave to advance every release: expire, open or
// close veto windows, sign authorizations, publish what the chain recorded.
type TickRequest struct{}

// LoadStateRequest hands a restarted enclave its last sealed state.
type LoadStateRequest struct {
	State []byte `cbor:"state"`
}

// SignedAuthorization is a PublishAuthorization with the enclave's EIP-712
// signature, and what the host needs to relay publish(): the release and the
// maintainers' signatures, aligned with Authorization.Signers (ascending
// addresses, as the contract wants them).
type SignedAuthorization struct {
	Authorization PublishAuthorization `cbor:"authorization"`
	Signature     []byte               `cbor:"sig"`
	Release       Release              `cbor:"release"`
	Signatures    [][]byte             `cbor:"signatures"`
	// Score and ScoreSig travel with the authorization: publish() records
	// the score in the same transaction (nil when unscored).
	Score    *Score `cbor:"score"`
	ScoreSig []byte `cbor:"scoreSig"`
}

// SignedReceipt is a PublishReceipt with the enclave's EIP-712 signature.
type SignedReceipt struct {
	Receipt   PublishReceipt `cbor:"receipt"`
	Signature []byte         `cbor:"sig"`
}

// Release states as reported in ReleaseStatus.State.
const (
	StatePending    = "pending"    // collecting approvals and a score
	StateWindow     = "window"     // threshold and score met; veto window running
	StateAuthorized = "authorized" // authorization signed; waiting for the chain record
	StatePublished  = "published"  // the registry holds the tarball (201, or 409 with the same integrity)
	StateVetoed     = "vetoed"
	StateCancelled  = "cancelled"
	StateExpired    = "expired"
	StateRefused    = "refused" // e.g. low score with refuseLowScore
	StateRevoked    = "revoked"
)

// ReleaseStatus is the enclave's account of one release.
type ReleaseStatus struct {
	Digest        [32]byte             `cbor:"digest"`
	Release       Release              `cbor:"release"`
	State         string               `cbor:"state"`
	Proposer      common.Address       `cbor:"proposer"`
	Approvals     []common.Address     `cbor:"approvals"`
	Required      uint64               `cbor:"required"`
	Score         *Score               `cbor:"score"`
	ProposedAt    uint64               `cbor:"proposedAt"`
	ExpiresAt     uint64               `cbor:"expiresAt"`
	ReadyAt       uint64               `cbor:"readyAt"`      // threshold and score first met
	PublishAfter  uint64               `cbor:"publishAfter"` // end of the veto window
	Reason        string               `cbor:"reason"`       // why vetoed/refused/cancelled, or the last publish error
	Authorization *SignedAuthorization `cbor:"authorization"`
	Receipt       *SignedReceipt       `cbor:"receipt"`
	// Revocations lists who signed a revocation of the release; it is
	// revoked (State) only once threshold-many signed the same one.
	Revocations []common.Address `cbor:"revocations,omitempty"`
}

// StatusResponse lists releases (answer to Status, the release requests and LoadState).
type StatusResponse struct {
	Releases []ReleaseStatus `cbor:"releases"`
	State    []byte          `cbor:"state"` // new sealed state, when the request changed it
}

// TickResponse lists what the tick produced.
type TickResponse struct {
	Authorizations []SignedAuthorization `cbor:"authorizations"`
	Receipts       []SignedReceipt       `cbor:"receipts"`
	Releases       []ReleaseStatus       `cbor:"releases"`
	State          []byte                `cbor:"state"`
}

// ValidatePackageName checks an npm package name (the one rule of
// enclave/wire/npmname, which the host API applies too).
func ValidatePackageName(name string) error {
	if !npmname.ValidPackage(name) {
		return malformed("package name %q is not a valid npm name", truncate(name))
	}
	return nil
}

// ValidateVersion checks a semver version string.
func ValidateVersion(v string) error {
	if !npmname.ValidVersion(v) {
		return malformed("version %q is not semver", truncate(v))
	}
	return nil
}

func truncate(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}

// checkSig checks an enclave's signature (a key's: 65 bytes).
func checkSig(sig []byte) error {
	if len(sig) != 65 {
		return malformed("signature is %d bytes, want 65", len(sig))
	}
	return nil
}

// checkSignerSig checks a maintainer's or proposer's signature: 65 bytes
// when the signer is recovered from it (zero signer); a named signer may be
// a contract wallet, whose EIP-1271 signature is up to MaxSignatureLen bytes.
func checkSignerSig(signer common.Address, sig []byte) error {
	if signer == (common.Address{}) {
		return checkSig(sig)
	}
	if len(sig) == 0 || len(sig) > MaxSignatureLen {
		return malformed("signature is %d bytes, want 1..%d", len(sig), MaxSignatureLen)
	}
	return nil
}

func checkReason(r string) error {
	if len(r) > MaxReasonLength {
		return malformed("reason is %d bytes, limit %d", len(r), MaxReasonLength)
	}
	return nil
}

// Validate checks a release's fields.
func (r Release) Validate() error {
	if err := ValidatePackageName(r.PackageName); err != nil {
		return err
	}
	if err := ValidateVersion(r.Version); err != nil {
		return err
	}
	if len(r.Integrity) != 64 {
		return malformed("integrity is %d bytes, want 64 (sha512)", len(r.Integrity))
	}
	if len(r.CIRunURL) > limits.CIRunURL {
		return malformed("ciRunUrl is %d bytes, limit %d", len(r.CIRunURL), limits.CIRunURL)
	}
	return nil
}

// Validate checks a score's fields.
func (s Score) Validate() error {
	if err := ValidatePackageName(s.PackageName); err != nil {
		return err
	}
	if err := ValidateVersion(s.Version); err != nil {
		return err
	}
	if s.Score > 100 || s.HeuristicScore > 100 {
		return malformed("score %d/%d out of range 0..100", s.Score, s.HeuristicScore)
	}
	return nil
}

// Validate checks a request body.
func (r GetEvidenceRequest) Validate() error {
	if len(r.Nonce) < MinNonceSize || len(r.Nonce) > MaxNonceSize {
		return malformed("nonce is %d bytes, want %d..%d", len(r.Nonce), MinNonceSize, MaxNonceSize)
	}
	return nil
}

// Validate checks a request body.
func (r AddTokenRequest) Validate() error {
	if err := ValidatePackageName(r.Package); err != nil {
		return err
	}
	if len(r.Ciphertext) == 0 || len(r.Ciphertext) > MaxTokenCipher {
		return malformed("token ciphertext is %d bytes, want 1..%d", len(r.Ciphertext), MaxTokenCipher)
	}
	if len(r.Signatures) == 0 || len(r.Signatures) > MaxGrantSignatures {
		return malformed("token grant carries %d signatures, want 1..%d", len(r.Signatures), MaxGrantSignatures)
	}
	if len(r.Signers) != 0 && len(r.Signers) != len(r.Signatures) {
		return malformed("token grant names %d signers for %d signatures", len(r.Signers), len(r.Signatures))
	}
	for i, s := range r.Signatures {
		var signer common.Address
		if len(r.Signers) != 0 {
			signer = r.Signers[i]
		}
		if err := checkSignerSig(signer, s); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks a request body.
func (r NameControlRequest) Validate() error {
	if err := ValidatePackageName(r.Enrollment.PackageName); err != nil {
		return err
	}
	if len(r.Enrollment.Maintainers) == 0 || len(r.Enrollment.Maintainers) > MaxGrantSignatures {
		return malformed("enrollment lists %d maintainers, want 1..%d", len(r.Enrollment.Maintainers), MaxGrantSignatures)
	}
	if len(r.Enrollment.Proposers) > limits.Proposers {
		return malformed("enrollment lists %d proposers, limit %d", len(r.Enrollment.Proposers), limits.Proposers)
	}
	if len(r.Ciphertext) > MaxTokenCipher {
		return malformed("token ciphertext is %d bytes, want 0..%d", len(r.Ciphertext), MaxTokenCipher)
	}
	return nil
}

// Validate checks a request body.
func (r ProposeRequest) Validate() error {
	if err := r.Release.Validate(); err != nil {
		return err
	}
	if err := checkSignerSig(r.Signer, r.Signature); err != nil {
		return err
	}
	if len(r.Tarball) == 0 || len(r.Tarball) > MaxTarballSize {
		return malformed("tarball is %d bytes, want 1..%d", len(r.Tarball), MaxTarballSize)
	}
	return nil
}

// Validate checks a request body.
func (r ApproveRequest) Validate() error { return checkSignerSig(r.Signer, r.Signature) }

// Validate checks a request body.
func (r VetoRequest) Validate() error {
	if err := checkReason(r.Veto.Reason); err != nil {
		return err
	}
	return checkSignerSig(r.Signer, r.Signature)
}

// Validate checks a request body.
func (r CancelRequest) Validate() error {
	if err := checkReason(r.Veto.Reason); err != nil {
		return err
	}
	return checkSignerSig(r.Signer, r.Signature)
}

// Validate checks a request body.
func (r RevokeRequest) Validate() error {
	if err := ValidatePackageName(r.Revoke.PackageName); err != nil {
		return err
	}
	if err := ValidateVersion(r.Revoke.Version); err != nil {
		return err
	}
	if err := checkReason(r.Revoke.Reason); err != nil {
		return err
	}
	return checkSignerSig(r.Signer, r.Signature)
}

// Validate checks a request body.
func (r ScoreRequest) Validate() error {
	if err := r.Score.Validate(); err != nil {
		return err
	}
	return checkSig(r.Signature)
}

// Validate checks a request body.
func (StatusRequest) Validate() error { return nil }

// Validate checks a request body.
func (TickRequest) Validate() error { return nil }

// Validate checks a request body.
func (r LoadStateRequest) Validate() error {
	if len(r.State) == 0 || len(r.State) > MaxStateSize {
		return malformed("state blob is %d bytes, want 1..%d", len(r.State), MaxStateSize)
	}
	return nil
}

// Body is a request body the enclave accepts.
type Body interface{ Validate() error }

// EncodeRequest builds the frame for one request.
func EncodeRequest(id uint64, kind string, body Body) ([]byte, error) {
	raw, err := attestation.NewCodec().Marshal(body)
	if err != nil {
		return nil, fmt.Errorf("encoding %s body: %w", kind, err)
	}
	return attestation.NewCodec().Marshal(Request{Version: ProtocolVersion, ID: id, Kind: kind, Body: raw})
}

// DecodeRequest parses a request frame's envelope strictly. The body is
// decoded by DecodeBody.
func DecodeRequest(frame []byte) (*Request, error) {
	if len(frame) > MaxFrameSize {
		return nil, malformed("frame is %d bytes, limit %d", len(frame), MaxFrameSize)
	}
	var r Request
	if err := attestation.NewCodec().Unmarshal(frame, &r); err != nil {
		return nil, malformed("request envelope: %v", err)
	}
	if r.Version != ProtocolVersion {
		return nil, malformed("protocol version %d, this enclave speaks %d", r.Version, ProtocolVersion)
	}
	return &r, nil
}

// DecodeBody parses and validates a request body into v.
func DecodeBody[T Body](kind string, raw []byte) (T, error) {
	var v T
	if len(raw) > MaxFrameSize {
		return v, malformed("%s body is %d bytes", kind, len(raw))
	}
	if err := attestation.NewCodec().Unmarshal(raw, &v); err != nil {
		return v, malformed("%s body: %v", kind, err)
	}
	if err := v.Validate(); err != nil {
		return v, fmt.Errorf("%s: %w", kind, err)
	}
	return v, nil
}

// DecodeResponse parses a response frame strictly (the host's side).
func DecodeResponse(frame []byte) (*Response, error) {
	if len(frame) > MaxFrameSize {
		return nil, malformed("frame is %d bytes, limit %d", len(frame), MaxFrameSize)
	}
	var r Response
	if err := attestation.NewCodec().Unmarshal(frame, &r); err != nil {
		return nil, malformed("response envelope: %v", err)
	}
	if r.Version != ProtocolVersion {
		return nil, malformed("protocol version %d, want %d", r.Version, ProtocolVersion)
	}
	return &r, nil
}

// VerifyResponse checks that resp was signed by the enclave whose attested
// key has address enclave.
func VerifyResponse(resp *Response, enclave common.Address) error {
	d, err := ResponseDigest(*resp)
	if err != nil {
		return err
	}
	got, err := Recover(d, resp.Signature)
	if err != nil {
		return fmt.Errorf("coordinator response %d: %w", resp.ID, err)
	}
	if got != enclave {
		return fmt.Errorf("coordinator response %d signed by %s, want %s", resp.ID, got.Hex(), enclave.Hex())
	}
	return nil
}
