package signfile

import (
	"crypto/sha256"
	"crypto/sha512"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/wire"
)

func sample(t *testing.T) (*File, wire.Domain) {
	t.Helper()
	tgz := []byte("release bytes")
	sum := sha512.Sum512(tgz)
	d := wire.Domain{ChainID: 1337, Registry: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	f, err := NewRelease(d, wire.Release{PackageName: "@acme/widget", Version: "2.0.0", Integrity: sum[:], ContentHash: sha256.Sum256(tgz), Nonce: 3}, "widget-2.0.0.tgz")
	if err != nil {
		t.Fatal(err)
	}
	return f, d
}

func TestSignWriteReadRoundTrip(t *testing.T) {
	f, _ := sample(t)
	alice, _ := crypto.GenerateKey()
	sig, _ := wire.Sign(alice, f.Digest)
	if _, err := f.AddSignature(sig); err != nil {
		t.Fatal(err)
	}
	if _, err := f.AddSignature(sig); err == nil {
		t.Fatal("the same signer twice must be refused")
	}
	path := filepath.Join(t.TempDir(), "release.vouch.json")
	if err := f.Write(path); err != nil {
		t.Fatal(err)
	}
	g, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	_, r, _ := g.Release()
	if r.PackageName != "@acme/widget" || r.Nonce != 3 || len(g.Signatures) != 1 || g.Signatures[0].Signer != crypto.PubkeyToAddress(alice.PublicKey) {
		t.Fatalf("round trip lost data: %+v", g)
	}
}

func TestParseRefusesTampering(t *testing.T) {
	f, _ := sample(t)
	key, _ := crypto.GenerateKey()
	sig, _ := wire.Sign(key, f.Digest)
	f.AddSignature(sig)
	good, _ := json.Marshal(f)
	tests := map[string]func(string) string{
		"version changed": func(s string) string { return strings.Replace(s, `"2.0.0"`, `"2.0.1"`, 1) },
		"other contract": func(s string) string {
			return strings.Replace(s, f.TypedData.Domain.VerifyingContract, "0x00000000000000000000000000000000000000bB", 1)
		},
		"extra field": func(s string) string { return strings.Replace(s, `"format"`, `"sneaky":1,"format"`, 1) },
		"claimed signer": func(s string) string {
			return strings.Replace(s, strings.ToLower(crypto.PubkeyToAddress(key.PublicKey).Hex()), "0x00000000000000000000000000000000000000cc", 1)
		},
		"wrong format": func(s string) string { return strings.Replace(s, Format, "vouch-signing-file/9", 1) },
		"not json":     func(s string) string { return s[:len(s)/2] },
	}
	for name, edit := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := Parse([]byte(edit(string(good)))); !errors.Is(err, ErrInvalid) {
				t.Fatalf("got %v, want ErrInvalid", err)
			}
		})
	}
	if _, err := Parse(good); err != nil {
		t.Fatalf("the untouched file must parse: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	file, _ := sample(&testing.T{})
	good, _ := json.Marshal(file)
	f.Add(good)
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if g, err := Parse(data); err == nil {
			if err := g.Verify(); err != nil {
				t.Fatalf("parsed file fails its own verification: %v", err)
			}
		}
	})
}
