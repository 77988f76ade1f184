//go:build ego_eclient && ego_mock_eclient

package sgx

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"
)

// With EGo's mock eclient (no Open Enclave library) every quote must be
// refused: the eclient path fails closed.
func TestEclientVerifierFailsClosedWithMock(t *testing.T) {
	quote, err := os.ReadFile("testdata/ata-sgx-v3/quote.dat")
	if err != nil {
		t.Fatal(err)
	}
	claims, err := EclientVerifier{}.VerifyQuote(context.Background(), quote, nil, time.Now())
	if !errors.Is(err, ErrQuoteSignature) || claims != nil {
		t.Fatalf("mock eclient: claims %+v, err %v", claims, err)
	}
	if _, err := (EclientVerifier{}).VerifyQuote(context.Background(), quote[:100], nil, time.Now()); !errors.Is(err, ErrQuoteFormat) {
		t.Fatalf("truncated quote: %v", err)
	}
}
