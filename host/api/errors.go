package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/vouchpm/vouch/host/store"
)

// Error is what every failed request answers, as
// {"error":{"code":"stable_code","message":"one sentence"}}.
type Error struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// errorBody is the JSON envelope of an Error.
type errorBody struct {
	Error *Error `json:"error"`
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
)

func apiErr(status int, code, format string, args ...any) *Error {
	return &Error{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, e *Error) {
	writeJSON(w, e.Status, errorBody{Error: e})
}

// storeErr maps a store error to an API error; what names the record.
func storeErr(err error, what string) *Error {
	switch {
	case errors.Is(err, store.ErrConflict):
		return apiErr(http.StatusConflict, CodeConflict, "A different %s is already stored under this key.", what)
	case errors.Is(err, store.ErrStale):
		return apiErr(http.StatusConflict, CodeStale, "This %s is older than the one stored.", what)
	default:
		return nil
	}
}
