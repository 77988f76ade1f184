package attestation

import (
	"encoding/json"
	"strings"
	"testing"
)

// A policy file with two spellings of allowSimulatedUnsafe: encoding/json
// matched "AllowSimulatedUnsafe" to the field and kept the last, so a reviewer
// who reads the (exact, first) false was shown a policy that accepts
// simulated attestations.
func TestAttackPolicyCaseVariantAllowSimulated(t *testing.T) {
	for name, tc := range map[string]struct{ doc, key string }{
		"case variant":           {`{"measurements":["aa"],"allowSimulatedUnsafe":false,"AllowSimulatedUnsafe":true}`, `"AllowSimulatedUnsafe"`},
		"only the variant":       {`{"measurements":["aa"],"ALLOWSIMULATEDUNSAFE":true}`, `"ALLOWSIMULATEDUNSAFE"`},
		"duplicate":              {`{"measurements":["aa"],"allowSimulatedUnsafe":false,"allowSimulatedUnsafe":true}`, `"allowSimulatedUnsafe"`},
		"duplicate emptied":      {`{"measurements":["aa"],"measurements":[],"anyMeasurementUnsafe":false}`, `"measurements"`},
		"nested in pcrs":         {`{"pcrs":{"0":"aa","0":"bb"}}`, `"0"`},
		"long s for s (ſigners)": {`{"signers":["aa"],"\u017figners":[]}`, `"signers"`},
	} {
		t.Run(name, func(t *testing.T) {
			p, err := ParsePolicy([]byte(tc.doc))
			if err == nil {
				t.Fatalf("policy accepted: %+v", p)
			}
			if !strings.Contains(err.Error(), tc.key) {
				t.Errorf("error %q does not name %s", err, tc.key)
			}
		})
	}
}

func FuzzParsePolicy(f *testing.F) {
	f.Add([]byte(`{"measurements":["aa"],"maxAge":"1h","nonce":"0x0102","allowSimulatedUnsafe":true}`))
	f.Add([]byte(`{"pcrs":{"0":"aa"},"registry":"0x00000000000000000000000000000000000000aa"}`))
	f.Add([]byte(`{"a":1,"A":2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParsePolicy(data)
		if err != nil {
			return
		}
		// What parses re-encodes and parses to the same policy.
		if _, err := ParsePolicy(mustJSON(t, p)); err != nil {
			t.Fatalf("policy %+v from %q does not parse again: %v", p, data, err)
		}
	})
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
