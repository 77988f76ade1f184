//go:build ego_eclient

package sgx

import (
	"context"
	"encoding/hex"
	"errors"
	"time"

	egoattestation "github.com/edgelesssys/ego/attestation"
	"github.com/edgelesssys/ego/eclient"

	"github.com/vouchpm/vouch/attestation"
)

// EclientVerifier verifies quotes with EGo's eclient.VerifyRemoteReport
// (Open Enclave's verifier, collateral from Intel's quote provider library).
// It is built only with -tags ego_eclient and needs libOE hostverify. It
// verifies at the current time (at is ignored: Open Enclave takes no time)
// and ignores aux.
type EclientVerifier struct{}

// Platform returns "sgx".
func (EclientVerifier) Platform() string { return attestation.PlatformSGX }

// VerifyQuote wraps the bare DCAP quote in an Open Enclave report header and
// verifies it with eclient. An out-of-date TCB is not an error here: it is
// reported in the claims for the policy to judge.
func (EclientVerifier) VerifyQuote(_ context.Context, quote, _ []byte, _ time.Time) (*attestation.Claims, error) {
	if _, err := ParseQuote(quote); err != nil {
		return nil, err
	}
	report, err := eclient.VerifyRemoteReport(WrapOEHeader(quote))
	if err != nil && !errors.Is(err, egoattestation.ErrTCBLevelInvalid) {
		return nil, wrapf(ErrQuoteSignature, "eclient: %v", err)
	}
	claims := &attestation.Claims{
		Platform:    attestation.PlatformSGX,
		Measurement: hex.EncodeToString(report.UniqueID),
		Signer:      hex.EncodeToString(report.SignerID),
		SVN:         uint16(report.SecurityVersion),
		Debug:       report.Debug,
		TCBStatus:   report.TCBStatus.String(),
		Advisories:  report.TCBAdvisories,
	}
	if len(report.ProductID) >= 2 {
		claims.ProductID = uint16(report.ProductID[0]) | uint16(report.ProductID[1])<<8
	}
	if len(report.Data) == 64 && isZero(report.Data[32:]) {
		claims.ReportData = append([]byte(nil), report.Data[:32]...)
	} else {
		claims.ReportData = append([]byte(nil), report.Data...)
	}
	return claims, nil
}

var _ attestation.PlatformVerifier = EclientVerifier{}
