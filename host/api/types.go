package api

import (
	"crypto/sha512"
	"encoding/base64"
	"regexp"
	"strings"

	"github.com/vouchpm/vouch/host/api/apijson"

	"github.com/ethereum/go-ethereum/common"
)

// The API's JSON bodies live in apijson, so that clients link no host code.
type (
	SignedBy       = apijson.SignedBy
	PolicyRequest  = apijson.PolicyRequest
	ReleaseJSON    = apijson.ReleaseJSON
	ProposeRequest = apijson.ProposeRequest
	VetoRequest    = apijson.VetoRequest
	RevokeRequest  = apijson.RevokeRequest
	ReleaseStatus  = apijson.ReleaseStatus
	VetoStatus     = apijson.VetoStatus
	ScoreJSON      = apijson.ScoreJSON
	EnclaveRelease = apijson.EnclaveRelease
	TokenRequest   = apijson.TokenRequest
	TokenResponse  = apijson.TokenResponse
)

// npm's rules for package names, and semver for versions.
var (
	pkgNameRE = regexp.MustCompile(`^(@[a-z0-9-~][a-z0-9-._~]*/)?[a-z0-9-~][a-z0-9-._~]*$`)
	versionRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)
)

func validPackage(name string) bool {
	return len(name) > 0 && len(name) <= 214 && pkgNameRE.MatchString(name)
}

func validVersion(v string) bool { return len(v) <= 256 && versionRE.MatchString(v) }

func integrityOf(data []byte) string {
	sum := sha512.Sum512(data)
	return "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

func lowerAddr(a common.Address) string { return strings.ToLower(a.Hex()) }

func trunc(s string) string { return apijson.Trunc(s) }
