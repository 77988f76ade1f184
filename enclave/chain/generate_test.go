package chain_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// TestGeneratedFilesUpToDate recompiles the contracts with the pinned solc
// (build/node, installed by `make solc`, a dependency of `make test`) and
// regenerates the abigen v2 bindings, and fails when any checked-in output
// differs. Regenerate with `make chain-bindings`.
func TestGeneratedFilesUpToDate(t *testing.T) {
	nodeModules, err := filepath.Abs("../../build/node/node_modules")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(nodeModules, "solc")); err != nil {
		t.Skip("pinned solc not installed (run `make solc`); cannot check the generated contract files")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed; cannot check the generated contract files")
	}
	out := t.TempDir()
	cmd := exec.Command("node", "compile.js", out, "VouchRegistry.sol", "testwallet/TestWallets.sol")
	cmd.Env = append(os.Environ(), "NODE_PATH="+nodeModules)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("compile: %v\n%s", err, msg)
	}
	for _, f := range []string{
		"VouchRegistry.abi", "VouchRegistry.bin",
		"testwallet/OwnerWallet.abi", "testwallet/OwnerWallet.bin",
		"testwallet/RefusingWallet.abi", "testwallet/RefusingWallet.bin",
	} {
		same(t, f, read(t, filepath.Join(out, f)))
	}
	for _, b := range []struct{ dir, typ, pkg, file string }{
		{".", "VouchRegistry", "chain", "bindings.go"},
		{"testwallet", "OwnerWallet", "testwallet", "ownerwallet.go"},
		{"testwallet", "RefusingWallet", "testwallet", "refusingwallet.go"},
	} {
		abiJSON := read(t, filepath.Join(out, b.dir, b.typ+".abi"))
		bin := read(t, filepath.Join(out, b.dir, b.typ+".bin"))
		code, err := abigen.BindV2([]string{b.typ}, []string{string(abiJSON)}, []string{string(bin)}, b.pkg, map[string]string{}, map[string]string{})
		if err != nil {
			t.Fatalf("abigen %s: %v", b.typ, err)
		}
		same(t, filepath.Join(b.dir, b.file), []byte(code))
	}
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func same(t *testing.T, checkedIn string, fresh []byte) {
	t.Helper()
	if !bytes.Equal(read(t, checkedIn), fresh) {
		t.Errorf("enclave/chain/%s is out of date: run `make chain-bindings` and commit the result", checkedIn)
	}
}
