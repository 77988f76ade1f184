package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/cmd/vouch/internal/signfile"
	"github.com/vouchpm/vouch/enclave/wire"
)

// TestSignFileWithAWalletSignature: vouch sign FILE --print-typed-data
// prints what a wallet signs; the wallet's signature (go-ethereum here)
// comes back with --signature and is added to the file, offline, with no
// vouch keystore at all. A signature of something else is refused.
func TestSignFileWithAWalletSignature(t *testing.T) {
	t.Setenv("VOUCH_CONFIG_DIR", t.TempDir())
	d := wire.Domain{ChainID: 31337, Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	r := wire.Release{PackageName: "left-pad", Version: "1.3.1", Integrity: make([]byte, 64), ContentHash: crypto.Keccak256Hash([]byte("x")), Nonce: 0}
	f, err := signfile.NewRelease(d, r, "left-pad-1.3.1.tgz")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "release.vouch.json")
	if err := f.Write(path); err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	keyHex := common.Bytes2Hex(crypto.FromECDSA(key))
	code, td, errOut := runVouch(t, "sign", path, "--print-typed-data")
	if code != 0 || strings.Contains(td, `"salt"`) {
		t.Fatalf("print-typed-data: exit %d\n%s%s", code, td, errOut)
	}
	other := strings.Replace(td, `"left-pad"`, `"left-pads"`, 1)
	signer := crypto.PubkeyToAddress(key.PublicKey).Hex()
	if code, out, errOut := runVouch(t, "sign", path, "--signer", signer, "--signature", signTypedDataJSON(t, other, keyHex)); code == 0 || !strings.Contains(errOut, "made over other data") {
		t.Fatalf("a signature of other typed data was added: exit %d %s%s", code, out, errOut)
	}
	code, out, errOut := runVouch(t, "sign", path, "--signer", signer, "--signature", signTypedDataJSON(t, td, keyHex))
	if code != 0 || !strings.Contains(out, "signed by "+crypto.PubkeyToAddress(key.PublicKey).Hex()) {
		t.Fatalf("sign --signature: exit %d\n%s%s", code, out, errOut)
	}
	g, err := signfile.Read(path)
	if err != nil || len(g.Signatures) != 1 || g.Signatures[0].Signer != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("file after signing: %v", err)
	}
}
