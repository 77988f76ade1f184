package wire

import (
	"crypto/sha256"
	"strings"
	"testing"

	"github.com/vouchpm/vouch/enclave/tlsroots"
)

// TestCoordinatorConfigCanonical: one configuration has one encoding and one
// digest whichever way its defaults are spelt; the digest is SHA-256 of the
// canonical bytes, which parse back to the same configuration; every field
// moves the digest.
func TestCoordinatorConfigCanonical(t *testing.T) {
	base := CoordinatorConfig{ChainID: 1, Registry: "0x5FbDB2315678afecb367f032d99180aa3e3c7aaa", RPCURL: "https://rpc.example", NPMRegistry: "https://registry.npmjs.org"}
	spelt := `{"npmRegistry":"https://registry.npmjs.org","rpcUrl":"https://rpc.example","chainId":1,
		"registry":"0x5FbDB2315678afecb367f032d99180aa3e3c7aaa","proposalTTL":"168h","builtinRoots":"` + tlsroots.Name + `"}`
	parsed, err := ParseCoordinatorConfig([]byte(spelt))
	if err != nil {
		t.Fatal(err)
	}
	if parsed.Digest() != base.Digest() || string(parsed.Canonical()) != string(base.Canonical()) {
		t.Fatalf("the same configuration encodes two ways:\n%s\n%s", parsed.Canonical(), base.Canonical())
	}
	if base.Digest() != sha256.Sum256(base.Canonical()) {
		t.Fatal("the digest is not SHA-256 of the canonical bytes")
	}
	again, err := ParseCoordinatorConfig(base.Canonical())
	if err != nil || string(again.Canonical()) != string(base.Canonical()) {
		t.Fatalf("the canonical bytes do not parse back: %v", err)
	}
	if !strings.Contains(string(base.Canonical()), `"builtinRoots":"`+tlsroots.Name+`"`) {
		t.Fatalf("the digest does not cover the compiled-in roots: %s", base.Canonical())
	}
	seen := map[[32]byte]string{base.Digest(): "base"}
	for name, mut := range map[string]func(*CoordinatorConfig){
		"npmRegistry":    func(c *CoordinatorConfig) { c.NPMRegistry = "https://token-harvester.example" },
		"npmRegistryCA":  func(c *CoordinatorConfig) { c.NPMRegistryCA = "-----BEGIN CERTIFICATE-----" },
		"rpcUrl":         func(c *CoordinatorConfig) { c.RPCURL = "https://rpc.attacker.example" },
		"rpcUrls":        func(c *CoordinatorConfig) { c.RPCURLs = []string{"https://b.example"} },
		"rpcCA":          func(c *CoordinatorConfig) { c.RPCCA = "-----BEGIN CERTIFICATE-----" },
		"chainId":        func(c *CoordinatorConfig) { c.ChainID = 2 },
		"registry":       func(c *CoordinatorConfig) { c.Registry = "0x0000000000000000000000000000000000000001" },
		"confirmations":  func(c *CoordinatorConfig) { c.Confirmations = 3 },
		"devChainUnsafe": func(c *CoordinatorConfig) { c.DevChainUnsafe = true },
		"proposalTTL":    func(c *CoordinatorConfig) { c.ProposalTTL = 1 },
	} {
		c := base
		mut(&c)
		d := c.Digest()
		if other, dup := seen[d]; dup {
			t.Errorf("changing %s leaves the digest of %s", name, other)
		}
		seen[d] = name
	}
	for _, bad := range []string{
		`{"chainId":1,"registry":"0x5FbDB2315678afecb367f032d99180aa3e3c7aaa","npmRegistry":"https://r.example","npmProxy":"http://x"}`,
		`{"chainId":1,"registry":"0x5FbDB2315678afecb367f032d99180aa3e3c7aaa","npmRegistry":"https://r.example","builtinRoots":"my-own-roots"}`,
		`{"chainId":1,"registry":"0x5FbDB2315678afecb367f032d99180aa3e3c7aaa","npmRegistry":"http://r.example"}`,
	} {
		if _, err := ParseCoordinatorConfig([]byte(bad)); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}
