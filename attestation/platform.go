package attestation

import (
	"context"
	"time"
)

// PlatformAttester produces a platform quote over 32 bytes of report data.
// It runs inside the enclave.
type PlatformAttester interface {
	Platform() string
	// Quote returns the platform's signed document attesting reportData, and
	// optional auxiliary material a verifier needs beside it.
	Quote(ctx context.Context, reportData [32]byte) (quote, aux []byte, err error)
}

// PlatformVerifier checks a platform quote against its trust roots. It does
// not judge policy: it reports what the quote proves.
type PlatformVerifier interface {
	Platform() string
	// VerifyQuote checks the quote's chain of trust at time at and returns the
	// claims it proves, with ReportData set to the 32 bytes the quote attests.
	VerifyQuote(ctx context.Context, quote, aux []byte, at time.Time) (*Claims, error)
}

// Sealer keeps a secret so that only the same measured code on the same
// platform can read it back. Implementations must fail closed: a sealer that
// cannot prove it runs inside a TEE returns an error, never a weak seal.
type Sealer interface {
	Seal(plaintext []byte) ([]byte, error)
	Unseal(sealed []byte) ([]byte, error)
}

// Attest produces Evidence binding b to a fresh quote from a.
func Attest(ctx context.Context, a PlatformAttester, b Binding) (*Evidence, error) {
	raw, err := b.Marshal()
	if err != nil {
		return nil, err
	}
	quote, aux, err := a.Quote(ctx, ReportData(raw))
	if err != nil {
		return nil, err
	}
	return &Evidence{Version: FormatVersion, Platform: a.Platform(), Quote: quote, Binding: raw, Aux: aux}, nil
}
