package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/vouchpm/vouch/host/api/apijson"

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
	CodeBadJSON            = apijson.CodeBadJSON
	CodeBadRequest         = apijson.CodeBadRequest
	CodeUnsupportedMedia   = apijson.CodeUnsupportedMedia
	CodeBodyTooLarge       = apijson.CodeBodyTooLarge
	CodeNotFound           = apijson.CodeNotFound
	CodeMethodNotAllowed   = apijson.CodeMethodNotAllowed
	CodeUnknownPackage     = apijson.CodeUnknownPackage
	CodeUnknownRelease     = apijson.CodeUnknownRelease
	CodeUnknownRole        = apijson.CodeUnknownRole
	CodeUnknownTarball     = apijson.CodeUnknownTarball
	CodeAlreadyEnrolled    = apijson.CodeAlreadyEnrolled
	CodeBadSignature       = apijson.CodeBadSignature
	CodeNotMaintainer      = apijson.CodeNotMaintainer
	CodeThresholdUnmet     = apijson.CodeThresholdUnmet
	CodeIntegrityMismatch  = apijson.CodeIntegrityMismatch
	CodeContentHash        = apijson.CodeContentHash
	CodeReleaseClosed      = apijson.CodeReleaseClosed
	CodeConflict           = apijson.CodeConflict
	CodeStale              = apijson.CodeStale
	CodeBadNonce           = apijson.CodeBadNonce
	CodeRateLimited        = apijson.CodeRateLimited
	CodeEnclaveUnavailable = apijson.CodeEnclaveUnavailable
	CodeEnclaveRefused     = apijson.CodeEnclaveRefused
	CodeNotReady           = apijson.CodeNotReady
	CodeInternal           = apijson.CodeInternal
	CodeUnauthorized       = apijson.CodeUnauthorized
	CodeBusy               = apijson.CodeBusy
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
