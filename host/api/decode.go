package api

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
)

// requireType refuses a body whose Content-Type is not want.
func requireType(r *http.Request, want string) *Error {
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil || mt != want {
		return apiErr(http.StatusUnsupportedMediaType, CodeUnsupportedMedia, "This endpoint takes Content-Type %s.", want)
	}
	return nil
}

// decodeJSON reads one JSON object of at most limit bytes into v, refusing
// unknown fields and trailing data.
func decodeJSON(w http.ResponseWriter, r *http.Request, limit int64, v any) *Error {
	if e := requireType(r, "application/json"); e != nil {
		return e
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, limit))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonErr(err, limit)
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		if e := jsonErr(err, limit); e != nil && e.Code == CodeBodyTooLarge {
			return e
		}
		return apiErr(http.StatusBadRequest, CodeBadJSON, "The body must hold exactly one JSON object.")
	}
	return nil
}

func jsonErr(err error, limit int64) *Error {
	var mbe *http.MaxBytesError
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &mbe):
		return apiErr(http.StatusRequestEntityTooLarge, CodeBodyTooLarge, "The body is larger than %d bytes.", limit)
	case errors.As(err, &syn), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return apiErr(http.StatusBadRequest, CodeBadJSON, "The body is not well-formed JSON.")
	case errors.As(err, &typ):
		return apiErr(http.StatusBadRequest, CodeBadJSON, "Field %q has the wrong JSON type.", typ.Field)
	default:
		// Unknown fields and field values that fail their own parsers
		// (addresses, hashes, hex) land here; the message is ours, not the input.
		return apiErr(http.StatusBadRequest, CodeBadJSON, "The JSON body does not match this endpoint's schema.")
	}
}
