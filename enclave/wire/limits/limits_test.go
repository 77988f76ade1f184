package limits

import "testing"

// TestLimitsFit checks the table against itself: a propose frame carrying
// the largest tarball fits in a frame, and the nonce range is not empty.
func TestLimitsFit(t *testing.T) {
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"largest tarball plus a release and a signature fits a frame", Tarball+JSONBody < Frame},
		{"nonce range", 0 < NonceMin && NonceMin <= NonceMax},
		{"token ciphertext fits a JSON body", TokenCiphertext < JSONBody},
		{"a proposal fits a header", Proposal <= 8<<10},
	} {
		if !c.ok {
			t.Errorf("%s: does not hold", c.name)
		}
	}
}
