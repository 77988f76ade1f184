package relay

import (
	"bytes"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/vouchpm/vouch/attestation"
)

// TestCheckAdmission: the host registers only an allowlisted (measurement,
// configuration) pair; the right measurement with another configuration (a
// coordinator pointed at another npm registry) is refused.
func TestCheckAdmission(t *testing.T) {
	m := bytes.Repeat([]byte{0xaa}, 32)
	good, harvester := [32]byte{1}, [32]byte{2}
	allowed := []AllowedEnclave{{Measurement: [32]byte(m), ConfigDigest: good}}
	coord := func(cfg [32]byte, mut func(*attestation.Claims)) *attestation.Claims {
		c := &attestation.Claims{Role: attestation.RoleCoordinator, Measurement: hex.EncodeToString(m), PolicyDigest: cfg[:]}
		if mut != nil {
			mut(c)
		}
		return c
	}
	for _, tc := range []struct {
		name   string
		claims *attestation.Claims
		sim    bool
		ok     bool
	}{
		{"allowlisted", coord(good, nil), false, true},
		{"another configuration", coord(harvester, nil), false, false},
		{"no configuration bound", coord(good, func(c *attestation.Claims) { c.PolicyDigest = nil }), false, false},
		{"another measurement", coord(good, func(c *attestation.Claims) { c.Measurement = hex.EncodeToString(make([]byte, 32)) }), false, false},
		{"debug", coord(good, func(c *attestation.Claims) { c.Debug = true }), true, false},
		{"simulated outside dev", coord(good, func(c *attestation.Claims) { c.Simulated = true }), false, false},
		{"simulated on the dev host", coord(good, func(c *attestation.Claims) { c.Simulated = true }), true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckAdmission(tc.claims, []byte("evidence"), allowed, tc.sim)
			if tc.ok != (err == nil) || (err != nil && !errors.Is(err, ErrEvidence)) {
				t.Fatalf("ok %v, got %v", tc.ok, err)
			}
		})
	}
}
