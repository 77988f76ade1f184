package models_test

import (
	"bytes"
	"encoding/json"

	"github.com/vouchpm/vouch/models"
)

// jsonMarshal writes m as a manifest file would hold it (no HTML escaping).
func jsonMarshal(m models.Manifest) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
