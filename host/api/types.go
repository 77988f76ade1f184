package api

import (
	"crypto/sha512"
	"encoding/base64"
	"strings"

	"github.com/vouchpm/vouch/enclave/wire/npmname"
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
	AnchorStatus   = apijson.AnchorStatus
	TokenRequest   = apijson.TokenRequest
	TokenResponse  = apijson.TokenResponse
)

// RevocationStatus is a revocation being signed (k of M).
type RevocationStatus = apijson.RevocationStatus

// validPackage and validVersion are the one rule the coordinator's wire
// protocol applies too.
func validPackage(name string) bool { return npmname.ValidPackage(name) }

func validVersion(v string) bool { return npmname.ValidVersion(v) }

func integrityOf(data []byte) string {
	sum := sha512.Sum512(data)
	return "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

func lowerAddr(a common.Address) string { return strings.ToLower(a.Hex()) }

func trunc(s string) string { return apijson.Trunc(s) }
