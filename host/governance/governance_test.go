package governance

import (
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation"
)

// Every field of the measurement id counts, the debug flag included, and
// fields cannot be shifted into one another.
func TestMeasurementIDSeparatesDebugAndFields(t *testing.T) {
	base := attestation.Claims{Platform: "sgx", Measurement: "aabb", Signer: "cc"}
	ids := map[[32]byte]string{MeasurementID(&base): "base"}
	for name, change := range map[string]func(*attestation.Claims){
		"debug":    func(c *attestation.Claims) { c.Debug = true },
		"platform": func(c *attestation.Claims) { c.Platform = "tdx" },
		"shifted":  func(c *attestation.Claims) { c.Measurement, c.Signer = "aabbcc", "" },
		"signer":   func(c *attestation.Claims) { c.Signer = "cd" },
	} {
		c := base
		change(&c)
		id := MeasurementID(&c)
		if prev, ok := ids[id]; ok {
			t.Fatalf("%s has the id of %s", name, prev)
		}
		ids[id] = name
	}
}

func TestLoadKeyFile(t *testing.T) {
	dir := t.TempDir()
	k, _ := crypto.GenerateKey()
	hexPath := filepath.Join(dir, "k.hex")
	_ = os.WriteFile(hexPath, []byte("0x"+crypto.PubkeyToAddress(k.PublicKey).Hex()[2:]+"\n"), 0o600)
	if _, err := LoadKeyFile(hexPath); err == nil {
		t.Fatal("an address was read as a key")
	}
	_ = os.WriteFile(hexPath, []byte(hexKey(k)+"\n"), 0o600)
	got, err := LoadKeyFile(hexPath)
	if err != nil || !got.Equal(k) {
		t.Fatalf("hex key file: %v", err)
	}
	acct, err := keystore.NewKeyStore(filepath.Join(dir, "ks"), keystore.LightScryptN, keystore.LightScryptP).ImportECDSA(k, "pw")
	if err != nil {
		t.Fatal(err)
	}
	ksPath := acct.URL.Path
	t.Setenv(PasswordFileEnv, "")
	if _, err := LoadKeyFile(ksPath); err == nil {
		t.Fatal("a keystore opened without a password file")
	}
	pw := filepath.Join(dir, "pw")
	_ = os.WriteFile(pw, []byte("pw\n"), 0o600)
	t.Setenv(PasswordFileEnv, pw)
	got, err = LoadKeyFile(ksPath)
	if err != nil || !got.Equal(k) {
		t.Fatalf("keystore: %v", err)
	}
	if !LooksLikeKey(hexKey(k)) || LooksLikeKey(hexPath) {
		t.Fatal("LooksLikeKey")
	}
}

func hexKey(k *ecdsa.PrivateKey) string { return fmt.Sprintf("%x", crypto.FromECDSA(k)) }
