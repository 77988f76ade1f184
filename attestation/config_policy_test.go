package attestation

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestPolicyConfigDigests: a coordinator's evidence is accepted only with a
// configuration digest the policy lists; a policy that lists none refuses a
// coordinator unless it says anyConfigUnsafe, and leaves a scorer alone.
func TestPolicyConfigDigests(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	good, other := bytes.Repeat([]byte{1}, 32), bytes.Repeat([]byte{2}, 32)
	claims := func(role string, digest []byte) *Claims {
		return &Claims{Platform: PlatformTPM, Measurement: "aa", Role: role, PolicyDigest: digest, IssuedAt: now}
	}
	base := func(mut func(*Policy)) *Policy {
		p := &Policy{Measurements: []string{"aa"}}
		if mut != nil {
			mut(p)
		}
		return p
	}
	for _, tc := range []struct {
		name   string
		policy *Policy
		claims *Claims
		ok     bool
	}{
		{"listed", base(func(p *Policy) { p.ConfigDigests = []HexBytes{other, good} }), claims(RoleCoordinator, good), true},
		{"not listed", base(func(p *Policy) { p.ConfigDigests = []HexBytes{other} }), claims(RoleCoordinator, good), false},
		{"none bound", base(func(p *Policy) { p.ConfigDigests = []HexBytes{good} }), claims(RoleCoordinator, nil), false},
		{"coordinator, policy lists none", base(nil), claims(RoleCoordinator, good), false},
		{"coordinator, anyConfigUnsafe", base(func(p *Policy) { p.AnyConfigUnsafe = true }), claims(RoleCoordinator, good), true},
		{"scorer, policy lists none", base(nil), claims(RoleScorer, nil), true},
		{"scorer, policy lists one", base(func(p *Policy) { p.ConfigDigests = []HexBytes{good} }), claims(RoleScorer, nil), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.policy.Check(tc.claims, now)
			var pe *PolicyError
			switch {
			case tc.ok && err != nil:
				t.Fatalf("refused: %v", err)
			case !tc.ok && (!errors.As(err, &pe) || pe.Claim != "configDigest"):
				t.Fatalf("want a configDigest refusal, got %v", err)
			}
		})
	}
}

func TestParsePolicyConfigDigests(t *testing.T) {
	p, err := ParsePolicy([]byte(`{"measurements":["aa"],"configDigests":["0x` + strings.Repeat("ab", 32) + `"]}`))
	if err != nil || len(p.ConfigDigests) != 1 || p.ConfigDigests[0][0] != 0xab {
		t.Fatalf("policy %+v, %v", p, err)
	}
	if _, err := ParsePolicy([]byte(`{"configDigests":["abcd"]}`)); err == nil {
		t.Fatal("a 2-byte config digest was accepted")
	}
}
