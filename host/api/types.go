package api

import (
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vouchpm/vouch/enclave/wire"
)

// SignedBy is one signer's EIP-712 signature (65 bytes, 0x-hex).
type SignedBy struct {
	Signer    common.Address `json:"signer"`
	Signature hexutil.Bytes  `json:"signature"`
}

// PolicyRequest enrolls a package (policy.nonce 0) or changes its policy;
// signatures are over the EIP-712 PolicyChange.
type PolicyRequest struct {
	Policy     wire.PolicyChange `json:"policy"`
	Signatures []SignedBy        `json:"signatures"`
}

// ReleaseJSON is wire.Release as the API spells it.
type ReleaseJSON struct {
	PackageName string      `json:"packageName"`
	Version     string      `json:"version"`
	Integrity   string      `json:"integrity"` // "sha512-<base64>"
	ContentHash common.Hash `json:"contentHash"`
	Nonce       uint64      `json:"nonce"`
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
	ID          string       `json:"id"`
	PackageName string       `json:"packageName"`
	Version     string       `json:"version"`
	Integrity   string       `json:"integrity"`
	ContentHash string       `json:"contentHash"`
	Nonce       uint64       `json:"nonce"`
	State       string       `json:"state"`
	Threshold   int          `json:"threshold"`
	Signers     []string     `json:"signers"`
	Vetoes      []VetoStatus `json:"vetoes"`
	Score       *ScoreJSON   `json:"score,omitempty"`
	// Enclave is the coordinator's own state of the release (absent when
	// no coordinator is connected or it has not seen the release yet).
	Enclave   *EnclaveRelease `json:"enclave,omitempty"`
	CreatedAt time.Time       `json:"createdAt"`
	UpdatedAt time.Time       `json:"updatedAt"`
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

// npm's rules for package names, and semver for versions.
var (
	pkgNameRE = regexp.MustCompile(`^(@[a-z0-9-~][a-z0-9-._~]*/)?[a-z0-9-~][a-z0-9-._~]*$`)
	versionRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)
)

func validPackage(name string) bool {
	return len(name) > 0 && len(name) <= 214 && pkgNameRE.MatchString(name)
}

func validVersion(v string) bool { return len(v) <= 256 && versionRE.MatchString(v) }

// parseIntegrity decodes npm's "sha512-<base64>" SRI into 64 raw bytes.
func parseIntegrity(sri string) ([]byte, error) {
	b64, ok := strings.CutPrefix(sri, "sha512-")
	if !ok {
		return nil, fmt.Errorf("integrity %q: want sha512-<base64>", trunc(sri))
	}
	raw, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || len(raw) != sha512.Size {
		return nil, fmt.Errorf("integrity %q: not 64 base64 bytes", trunc(sri))
	}
	return raw, nil
}

func integrityOf(data []byte) string {
	sum := sha512.Sum512(data)
	return "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

func trunc(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

func (r ReleaseJSON) wire() (wire.Release, error) {
	integ, err := parseIntegrity(r.Integrity)
	if err != nil {
		return wire.Release{}, err
	}
	return wire.Release{PackageName: r.PackageName, Version: r.Version, Integrity: integ, ContentHash: r.ContentHash, Nonce: r.Nonce}, nil
}

func lowerAddr(a common.Address) string { return strings.ToLower(a.Hex()) }
