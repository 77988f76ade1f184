package signfile

import (
	"encoding/json"
	"strings"
	"testing"
)

// A signing file is read by vouch (Go) and by whatever shows it to the
// maintainer who signs (a wallet, a JavaScript tool): one that carries two
// spellings of a member means one thing to each. encoding/json took the last
// case-insensitive match; JavaScript takes the exact name.
func TestAttackSigningFileCaseVariantKeys(t *testing.T) {
	f, _ := sample(t)
	good, _ := json.Marshal(f)
	s := string(good)
	tests := map[string]struct{ doc, key string }{
		// vouch reads "Digest" (the last), a JavaScript reader "digest".
		"digest twice": {strings.Replace(s, `"digest":`, `"Digest":"0x`+strings.Repeat("00", 32)+`","digest":`, 1), `"Digest"`},
		// Only a case variant of a known member: encoding/json took it.
		"format spelt Format": {strings.Replace(s, `"format":`, `"Format":`, 1), `"Format"`},
		// Inside the message a wallet hashes and shows.
		"packageName twice in message": {strings.Replace(s, `"packageName":`, `"PackageName":"evil","packageName":`, 1), `"PackageName"`},
		"exact duplicate":              {strings.Replace(s, `"format":`, `"format":"x","format":`, 1), `"format"`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			for which, parse := range map[string]func([]byte) (*File, error){"Parse": Parse, "ParseAny": ParseAny} {
				_, err := parse([]byte(tc.doc))
				if err == nil {
					t.Fatalf("%s accepted a signing file with %s", which, name)
				}
				if !strings.Contains(err.Error(), tc.key) {
					t.Errorf("%s: error %q does not name %s", which, err, tc.key)
				}
			}
		})
	}
}
