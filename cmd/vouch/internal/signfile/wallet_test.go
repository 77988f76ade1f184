package signfile

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/wire"
)

// demoFile makes a release signing file the way `make demo` does (vouch
// propose --out, then vouch sign): a Release on the dev chain, two signers.
func demoFile(t *testing.T) (*File, string, []common.Address) {
	t.Helper()
	d := wire.Domain{ChainID: 31337, Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	integ := make([]byte, 64)
	for i := range integ {
		integ[i] = byte(i * 7)
	}
	r := wire.Release{PackageName: "@demo/left-pad", Version: "1.3.1", Integrity: integ, ContentHash: crypto.Keccak256Hash([]byte("tgz")), Nonce: 2}
	f, err := NewRelease(d, r, "demo-left-pad-1.3.1.tgz")
	if err != nil {
		t.Fatal(err)
	}
	var signers []common.Address
	for _, seed := range []string{"alice", "bob"} {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
		sig, err := wire.Sign(k, f.Digest)
		if err != nil {
			t.Fatal(err)
		}
		a, err := f.AddSignature(sig)
		if err != nil {
			t.Fatal(err)
		}
		signers = append(signers, a)
	}
	path := filepath.Join(t.TempDir(), "release.vouch.json")
	if err := f.Write(path); err != nil {
		t.Fatal(err)
	}
	return f, path, signers
}

// TestSigningFileIsWalletForm: the typed data in the file carries only the
// types the primary type reaches (plus EIP712Domain) and no empty domain
// field, and reads back to the same digest.
func TestSigningFileIsWalletForm(t *testing.T) {
	f, path, _ := demoFile(t)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		TypedData struct {
			Types  map[string]any `json:"types"`
			Domain map[string]any `json:"domain"`
		} `json:"typedData"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.TypedData.Types) != 2 || doc.TypedData.Types["Release"] == nil || doc.TypedData.Types["EIP712Domain"] == nil {
		t.Fatalf("types: %v", doc.TypedData.Types)
	}
	if _, ok := doc.TypedData.Domain["salt"]; ok || len(doc.TypedData.Domain) != 4 {
		t.Fatalf("domain: %v", doc.TypedData.Domain)
	}
	back, err := Read(path)
	if err != nil || back.Digest != f.Digest || len(back.Signatures) != 2 {
		t.Fatalf("read back: %v", err)
	}
}

// TestWalletLibrariesAgree: MetaMask's eth-sig-util (eth_signTypedData_v4)
// and ethers v6, from npm, compute the file's digest from its typed data as
// written, recover both signers, and sign it so that vouch accepts the
// signature.
func TestWalletLibrariesAgree(t *testing.T) {
	mods, _ := filepath.Abs(filepath.Join("..", "..", "..", "..", "build", "eip712js", "node_modules"))
	if _, err := os.Stat(filepath.Join(mods, "ethers")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("build/eip712js not installed (make test installs it)")
		}
		t.Skip("build/eip712js not installed: run make test (mk/eip712js.mk)")
	}
	f, path, signers := demoFile(t)
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte("carol")))
	cmd := exec.Command("node", filepath.Join("testdata", "eip712check.js"), path, hex.EncodeToString(crypto.FromECDSA(k)))
	cmd.Env = append(os.Environ(), "NODE_PATH="+mods)
	out, err := cmd.Output()
	if err != nil {
		var stderr string
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("node: %v\n%s", err, stderr)
	}
	var res struct {
		SigUtilDigest, EthersDigest       string
		SigUtilRecovered, EthersRecovered []string
		SigUtilSignature, EthersSignature string
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if !strings.EqualFold(res.SigUtilDigest, f.Digest.Hex()) || !strings.EqualFold(res.EthersDigest, f.Digest.Hex()) {
		t.Fatalf("digests: vouch %s, eth-sig-util %s, ethers %s", f.Digest.Hex(), res.SigUtilDigest, res.EthersDigest)
	}
	for i, a := range signers {
		if !strings.EqualFold(res.SigUtilRecovered[i], a.Hex()) || !strings.EqualFold(res.EthersRecovered[i], a.Hex()) {
			t.Fatalf("signer %d %s: eth-sig-util recovered %s, ethers %s", i, a.Hex(), res.SigUtilRecovered[i], res.EthersRecovered[i])
		}
	}
	carol := crypto.PubkeyToAddress(k.PublicKey)
	for name, s := range map[string]string{"eth-sig-util": res.SigUtilSignature, "ethers": res.EthersSignature} {
		sig, err := hexutil.Decode(s)
		if err != nil {
			t.Fatal(err)
		}
		g := *f
		g.Signatures = append([]Signature(nil), f.Signatures...)
		if a, err := g.AddSignature(sig); err != nil || a != carol {
			t.Fatalf("%s's signature: %s, %v (want %s)", name, a.Hex(), err, carol.Hex())
		}
	}
}
