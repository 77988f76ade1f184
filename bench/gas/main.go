// Command gas prints the gas of every VouchRegistry operation on the
// simulated chain under Osaka rules, and of an Ethereum Attestation Service
// attest() on the same chain for comparison (`make bench-gas`).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/vouchpm/vouch/enclave/chain"
	anchor "github.com/vouchpm/vouch/host/chain"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/governance"
)

func main() {
	eas := flag.String("eas", os.Getenv("EAS_ARTIFACTS"), "EAS contracts' artifacts folder (npm @ethereum-attestation-service/eas-contracts); empty skips EAS")
	flag.Parse()
	if err := run(context.Background(), *eas); err != nil {
		fmt.Fprintln(os.Stderr, "bench/gas:", err)
		os.Exit(1)
	}
}

type row struct {
	what string
	gas  uint64
	note string
}

func run(ctx context.Context, easDir string) error {
	env, err := chaintest.NewSimulated(ctx)
	if err != nil {
		return err
	}
	defer env.Close()
	var rows []row
	add := func(what string, gas uint64, note string) { rows = append(rows, row{what, gas, note}) }

	// Deploy again to measure it.
	w2, err := anchor.NewWriter(ctx, env.Client, chaintest.Key(7), common.Address{})
	if err != nil {
		return err
	}
	_, rc, err := w2.Deploy(ctx, governance.Addresses(env.GovKeys), env.GovThreshold)
	if err != nil {
		return err
	}
	add("deploy VouchRegistry", rc.GasUsed, fmt.Sprintf("%d bytes of runtime code", codeSize(ctx, env, rc.ContractAddress)))

	k := env.Keys
	g, err := env.Enroll(ctx, "left-pad", 2, k[0], k[1], k[2])
	if err != nil {
		return err
	}
	add("enroll (2-of-3, 2 signatures)", g, "")
	if _, err := env.Enroll(ctx, "big-pkg", 3, k[0], k[1], k[2], k[3], k[4]); err != nil {
		return err
	}

	// A full release is one transaction: publish() verifies the scorer's
	// signed score, the maintainers' signatures and the coordinator's
	// authorization, and records release and score together.
	r := chaintest.Release("left-pad", "1.0.0", 0, "tarball 1")
	g, err = env.Publish(ctx, r, 90, k[0], k[1])
	if err != nil {
		return err
	}
	add("full 2-of-3 release (score + publish), first", g, goalNote(g))
	addSteps(ctx, env, g, add)
	g, err = env.Publish(ctx, chaintest.Release("left-pad", "1.0.1", 1, "tarball 2"), 90, k[1], k[2])
	if err != nil {
		return err
	}
	add("full 2-of-3 release (score + publish), next", g, goalNote(g)+"; base = 1.0.0 on chain")
	addSteps(ctx, env, g, add)

	g, err = env.Publish(ctx, chaintest.Release("left-pad", "1.0.2", 2, "tarball 3"), 0, k[1], k[2])
	if err != nil {
		return err
	}
	add("publish 2-of-3, unscored", g, "")

	// The same release as CI proposes it: the commit it was built from and
	// the run that built it (a 56-character URL) ride in the signed Release.
	ci := chaintest.Release("left-pad", "1.0.3", 3, "tarball 4")
	copy(ci.GitSha[:], common.FromHex("0x9fceb02d0ae598e95dc970b74767f19372d61af8"))
	ci.CIRunURL = "https://github.com/left-pad/left-pad/actions/runs/123456"
	g, err = env.Publish(ctx, ci, 90, k[0], k[2])
	if err != nil {
		return err
	}
	add("full 2-of-3 release, gitSha + ciRunUrl", g, goalNote(g)+fmt.Sprintf("; %d-char ciRunUrl", len(ci.CIRunURL)))
	addSteps(ctx, env, g, add)

	g, err = env.Publish(ctx, chaintest.Release("big-pkg", "1.0.0", 0, "big 1"), 80, k[0], k[2], k[4])
	if err != nil {
		return err
	}
	add("full 3-of-5 release (score + publish)", g, "")

	rv := wire.Revoke{PackageName: "left-pad", Version: "1.0.0", Integrity: r.Integrity, Reason: "compromised"}
	rsigs, err := chaintest.Sign(env.Domain, rv, k[0], k[2])
	if err != nil {
		return err
	}
	rc, err = env.Writer.Revoke(ctx, rv, rsigs)
	if err != nil {
		return err
	}
	add("revoke (2-of-3)", rc.GasUsed, "")

	var leaves [][32]byte
	for i := 0; i < 256; i++ {
		leaves = append(leaves, chain.BatchLeaf(wire.ReleaseKey("pkg", fmt.Sprint(i)), [32]byte{byte(i)}))
	}
	tree, err := chain.NewMerkleTree(leaves)
	if err != nil {
		return err
	}
	for i := 0; i < 2; i++ { // the first push also pays for the array length slot
		rc, err = env.Writer.AnchorBatch(ctx, tree.Root(), 256)
		if err != nil {
			return err
		}
	}
	add("anchorBatch (256 records)", rc.GasUsed, "")
	add("  per batch-anchored record", rc.GasUsed/256, "goal <= 3000")

	if easDir == "" {
		fmt.Fprintln(os.Stderr, "EAS comparison skipped: set EAS_ARTIFACTS or -eas (make bench-gas does)")
	} else {
		g, err := easAttest(ctx, env, easDir)
		if err != nil {
			return fmt.Errorf("EAS: %w", err)
		}
		add("EAS attest() (same release fields)", g, "EAS 1.9.0, schema registered once")
	}

	fmt.Println("VouchRegistry gas, simulated chain, Osaka rules (go-ethereum v1.17.10, solc 0.8.37 via-IR, optimizer 200)")
	fmt.Printf("%-40s %10s  %s\n", "operation", "gas", "note")
	for _, r := range rows {
		fmt.Printf("%-40s %10d  %s\n", r.what, r.gas, r.note)
	}
	return nil
}

// releaseGoal is issue #13's budget for a full 2-of-3 release on chain.
const releaseGoal = 150000

func goalNote(g uint64) string {
	if g <= releaseGoal {
		return fmt.Sprintf("goal <= %d in total: met, %d to spare", releaseGoal, releaseGoal-g)
	}
	return fmt.Sprintf("goal <= %d in total: MISSED by %d", releaseGoal, g-releaseGoal)
}

// addSteps splits the newest block's only transaction (a release: score and
// publish go in one publish() call) into what the transaction pays before
// running (21000 and its calldata) and what the contract's code spends.
func addSteps(ctx context.Context, env *chaintest.Env, total uint64, add func(string, uint64, string)) {
	type blocks interface {
		BlockByNumber(context.Context, *big.Int) (*types.Block, error)
	}
	c, ok := env.Client.(blocks)
	if !ok {
		return
	}
	b, err := c.BlockByNumber(ctx, nil)
	if err != nil || len(b.Transactions()) != 1 {
		return
	}
	data := b.Transactions()[0].Data()
	var zero uint64
	for _, x := range data {
		if x == 0 {
			zero++
		}
	}
	nonzero := uint64(len(data)) - zero
	calldata := 4*zero + 16*nonzero // EIP-2028
	add("  step: transaction base", 21000, "")
	add("  step: calldata", calldata, fmt.Sprintf("%d bytes, %d nonzero", len(data), nonzero))
	add("  step: publish() execution", total-21000-calldata, "signatures, score, storage, events")
}

func codeSize(ctx context.Context, env *chaintest.Env, a common.Address) int {
	type coder interface {
		CodeAt(context.Context, common.Address, *big.Int) ([]byte, error)
	}
	if c, ok := env.Client.(coder); ok {
		code, err := c.CodeAt(ctx, a, nil)
		if err == nil {
			return len(code)
		}
	}
	return -1
}

type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode string          `json:"bytecode"`
}

func loadArtifact(dir, rel string) (abi.ABI, []byte, error) {
	raw, err := os.ReadFile(filepath.Join(dir, rel))
	if err != nil {
		return abi.ABI{}, nil, err
	}
	var a artifact
	if err := json.Unmarshal(raw, &a); err != nil {
		return abi.ABI{}, nil, fmt.Errorf("%s: %w", rel, err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
	if err != nil {
		return abi.ABI{}, nil, fmt.Errorf("%s abi: %w", rel, err)
	}
	code, err := hexutil.Decode(a.Bytecode)
	if err != nil {
		return abi.ABI{}, nil, fmt.Errorf("%s bytecode: %w", rel, err)
	}
	return parsed, code, nil
}

// easAttest deploys SchemaRegistry and EAS from their npm artifacts,
// registers a schema carrying what a vouch release record carries, and
// returns the gas of one attest().
func easAttest(ctx context.Context, env *chaintest.Env, dir string) (uint64, error) {
	regABI, regCode, err := loadArtifact(dir, "contracts/SchemaRegistry.sol/SchemaRegistry.json")
	if err != nil {
		return 0, err
	}
	easABI, easCode, err := loadArtifact(dir, "contracts/EAS.sol/EAS.json")
	if err != nil {
		return 0, err
	}
	key := chaintest.Key(6)
	w, err := anchor.NewWriter(ctx, env.Client, key, common.Address{})
	if err != nil {
		return 0, err
	}
	deploy := func(code []byte) (common.Address, error) {
		rc, err := w.SendRaw(ctx, nil, code)
		if err != nil {
			return common.Address{}, err
		}
		return rc.ContractAddress, nil
	}
	regAddr, err := deploy(regCode)
	if err != nil {
		return 0, fmt.Errorf("deploy SchemaRegistry: %w", err)
	}
	args, err := easABI.Pack("", regAddr)
	if err != nil {
		return 0, err
	}
	easAddr, err := deploy(append(easCode, args...))
	if err != nil {
		return 0, fmt.Errorf("deploy EAS: %w", err)
	}
	schema := "string packageName,string version,bytes integrity,bytes32 contentHash,uint256 nonce,address[] signers"
	data, err := regABI.Pack("register", schema, common.Address{}, true)
	if err != nil {
		return 0, err
	}
	if _, err := w.SendRaw(ctx, &regAddr, data); err != nil {
		return 0, fmt.Errorf("register schema: %w", err)
	}
	uid := schemaUID(schema)
	r := chaintest.Release("left-pad", "1.0.0", 0, "tarball 1")
	fields := abi.Arguments{
		{Type: mustType("string")}, {Type: mustType("string")}, {Type: mustType("bytes")},
		{Type: mustType("bytes32")}, {Type: mustType("uint256")}, {Type: mustType("address[]")},
	}
	payload, err := fields.Pack(r.PackageName, r.Version, r.Integrity, r.ContentHash, big.NewInt(0),
		[]common.Address{chaintest.Addr(env.Keys[0]), chaintest.Addr(env.Keys[1])})
	if err != nil {
		return 0, err
	}
	type attestationRequestData struct {
		Recipient      common.Address
		ExpirationTime uint64
		Revocable      bool
		RefUID         [32]byte
		Data           []byte
		Value          *big.Int
	}
	type attestationRequest struct {
		Schema [32]byte
		Data   attestationRequestData
	}
	call, err := easABI.Pack("attest", attestationRequest{Schema: uid, Data: attestationRequestData{
		Recipient: chaintest.Addr(env.Keys[0]), Revocable: true, Data: payload, Value: big.NewInt(0),
	}})
	if err != nil {
		return 0, err
	}
	var rc *types.Receipt
	for i := 0; i < 2; i++ { // second attest: warm schema, same as a steady state publish
		if rc, err = w.SendRaw(ctx, &easAddr, call); err != nil {
			return 0, fmt.Errorf("attest: %w", err)
		}
	}
	return rc.GasUsed, nil
}

// schemaUID is keccak256(abi.encodePacked(schema, resolver, revocable)), as
// SchemaRegistry computes it (resolver zero, revocable true).
func schemaUID(schema string) [32]byte {
	return crypto.Keccak256Hash([]byte(schema), make([]byte, 20), []byte{1})
}

func mustType(s string) abi.Type {
	t, err := abi.NewType(s, "", nil)
	if err != nil {
		panic(err)
	}
	return t
}
