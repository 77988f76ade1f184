package enclave

import "errors"

// Refusals. Every error the coordinator returns for a well-formed request
// wraps exactly one of these; the protocol reports its Code.
var (
	ErrNotEnrolled      = errors.New("package is not enrolled on chain")
	ErrNotMaintainer    = errors.New("signer is not a maintainer of the package")
	ErrWrongNonce       = errors.New("release nonce does not match the package's nonce on chain")
	ErrTarballMismatch  = errors.New("tarball does not hash to the signed integrity and contentHash")
	ErrBadTarball       = errors.New("tarball is not a readable npm package")
	ErrDuplicate        = errors.New("already recorded")
	ErrUnknownRelease   = errors.New("no such release")
	ErrNotPending       = errors.New("release is no longer pending")
	ErrExpired          = errors.New("release proposal expired")
	ErrVetoClosed       = errors.New("veto window is closed")
	ErrAlreadyPublished = errors.New("release is already published on chain")
	ErrScoreMismatch    = errors.New("score is not about this release")
	ErrScorerUnknown    = errors.New("score signer is not a registered scorer")
	ErrLowScore         = errors.New("score is below the package's minimum")
	ErrTokenRefused     = errors.New("npm token refused")
	ErrTokenDecrypt     = errors.New("npm token ciphertext does not decrypt with the enclave key")
	ErrNoToken          = errors.New("no npm token for the package")
	ErrStaleState       = errors.New("sealed state is not the newest this enclave wrote")
	ErrBadState         = errors.New("sealed state is unreadable")
	ErrRegistry         = errors.New("npm registry error")
	ErrChain            = errors.New("chain read failed")
	ErrBadSignature     = errors.New("bad signature")
	ErrBelowThreshold   = errors.New("fewer maintainer signatures than the package's threshold")
	ErrBaseMismatch     = errors.New("score is diffed against another base than the newest release on chain")
	ErrTokenExpired     = errors.New("npm token expired")
	ErrNameControl      = errors.New("no proof of control of the package name on npm")
)

// ErrorCode returns the wire code of err (wire.Response.Code): "internal"
// when it wraps no refusal.
func ErrorCode(err error) string {
	codes := []struct {
		err  error
		code string
	}{
		{ErrNotEnrolled, "not-enrolled"}, {ErrNotMaintainer, "not-maintainer"}, {ErrWrongNonce, "wrong-nonce"},
		{ErrTarballMismatch, "tarball-mismatch"}, {ErrBadTarball, "bad-tarball"}, {ErrDuplicate, "duplicate"},
		{ErrUnknownRelease, "unknown-release"}, {ErrNotPending, "not-pending"}, {ErrExpired, "expired"},
		{ErrVetoClosed, "veto-closed"}, {ErrAlreadyPublished, "already-published"},
		{ErrScoreMismatch, "score-mismatch"}, {ErrScorerUnknown, "scorer-unknown"}, {ErrLowScore, "low-score"},
		{ErrTokenRefused, "token-refused"}, {ErrTokenDecrypt, "token-decrypt"}, {ErrNoToken, "no-token"},
		{ErrStaleState, "stale-state"}, {ErrBadState, "bad-state"}, {ErrRegistry, "registry"},
		{ErrChain, "chain"}, {ErrBadSignature, "bad-signature"}, {ErrBelowThreshold, "below-threshold"},
		{ErrBaseMismatch, "base-mismatch"}, {ErrTokenExpired, "token-expired"}, {ErrNameControl, "name-control"},
	}
	for _, c := range codes {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return "internal"
}
