package wire

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

var testDomain = Domain{ChainID: 1337, Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d99180aa3e3c7aaa")}

// handDigest encodes a Release the way the Solidity contract does, by hand,
// as an independent check of the apitypes path.
func handDigest(d Domain, r Release) [32]byte {
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	domainType := crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	sep := crypto.Keccak256(bytes.Join([][]byte{
		domainType, crypto.Keccak256([]byte(DomainName)), crypto.Keccak256([]byte(DomainVersion)),
		word(new(big.Int).SetUint64(d.ChainID).Bytes()), word(d.Registry.Bytes()),
	}, nil))
	relType := crypto.Keccak256([]byte("Release(string packageName,string version,bytes integrity,bytes32 contentHash,uint256 nonce,bytes20 gitSha,string ciRunUrl)"))
	st := crypto.Keccak256(bytes.Join([][]byte{
		relType, crypto.Keccak256([]byte(r.PackageName)), crypto.Keccak256([]byte(r.Version)),
		crypto.Keccak256(r.Integrity), r.ContentHash[:], math.U256Bytes(new(big.Int).SetUint64(r.Nonce)),
		common.RightPadBytes(r.GitSha[:], 32), crypto.Keccak256([]byte(r.CIRunURL)),
	}, nil))
	return [32]byte(crypto.Keccak256([]byte("\x19\x01"), sep, st))
}

func sampleRelease() Release {
	tgz := []byte("not really a tarball, but bytes are bytes")
	integrity := sha512.Sum512(tgz)
	return Release{PackageName: "left-pad", Version: "1.3.1", Integrity: integrity[:], ContentHash: sha256.Sum256(tgz), Nonce: 7,
		GitSha: [20]byte{0x5e, 0x1f, 19: 0x77}, CIRunURL: "https://github.com/left-pad/left-pad/actions/runs/1"}
}

func TestReleaseDigestMatchesHandEncoding(t *testing.T) {
	r := sampleRelease()
	got, err := Digest(testDomain, r)
	if err != nil {
		t.Fatal(err)
	}
	if want := handDigest(testDomain, r); got != want {
		t.Fatalf("digest %x, hand-encoded %x", got, want)
	}
	other := testDomain
	other.ChainID = 1
	if d2, _ := Digest(other, r); d2 == got {
		t.Fatal("the chain id must change the digest")
	}
}

// Golden vector: pins the wire format. If this changes, the contract and every
// stored signature change with it.
func TestReleaseDigestGolden(t *testing.T) {
	got, err := Digest(testDomain, sampleRelease())
	if err != nil {
		t.Fatal(err)
	}
	const golden = "0xd6c10e74333c13394b85f1771b5cfab99d38e694318900f9d446720ceb194eb2"
	if HexDigest(got) != golden {
		t.Fatalf("Release digest %s, golden %s", HexDigest(got), golden)
	}
}

func TestEveryMessageHashes(t *testing.T) {
	msgs := []Message{
		sampleRelease(),
		Score{PackageName: "a", Version: "1.0.0", Score: 87, HeuristicScore: 90},
		Veto{Reason: "credential read"},
		Revoke{PackageName: "a", Version: "1.0.0", Integrity: bytes.Repeat([]byte{7}, 64), Reason: "compromised"},
		PolicyChange{PackageName: "a", Maintainers: []common.Address{{1}, {2}, {3}}, Threshold: 2, VetoWindow: 3600, MinScore: 60},
		PublishAuthorization{Signers: []common.Address{{1}, {2}}},
		PublishReceipt{RegistryStatus: 201},
	}
	seen := map[[32]byte]string{}
	for _, m := range msgs {
		d, err := Digest(testDomain, m)
		if err != nil {
			t.Fatalf("%s: %v", m.PrimaryType(), err)
		}
		if prev, dup := seen[d]; dup {
			t.Fatalf("%s and %s hash alike", prev, m.PrimaryType())
		}
		seen[d] = m.PrimaryType()
	}
}

func TestSignRecover(t *testing.T) {
	key, _ := crypto.GenerateKey()
	d, _ := Digest(testDomain, sampleRelease())
	sig, err := Sign(key, d)
	if err != nil {
		t.Fatal(err)
	}
	if sig[64] != 27 && sig[64] != 28 {
		t.Fatalf("v = %d, want 27 or 28", sig[64])
	}
	addr, err := Recover(d, sig)
	if err != nil || addr != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("recovered %s, %v", addr, err)
	}
	// The malleable twin (s' = n - s, v flipped) must be refused.
	twin := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	copy(twin[32:64], common.LeftPadBytes(new(big.Int).Sub(crypto.S256().Params().N, s).Bytes(), 32))
	twin[64] ^= 1
	if _, err := Recover(d, twin); !errors.Is(err, ErrHighS) {
		t.Fatalf("high-s twin: %v", err)
	}
	for _, bad := range [][]byte{nil, sig[:64], append(append([]byte{}, sig[:64]...), 5)} {
		if _, err := Recover(d, bad); !errors.Is(err, ErrBadSignature) {
			t.Fatalf("malformed signature %x accepted: %v", bad, err)
		}
	}
}

func BenchmarkDigestAndRecover(b *testing.B) {
	key, _ := crypto.GenerateKey()
	r := sampleRelease()
	d, _ := Digest(testDomain, r)
	sig, _ := Sign(key, d)
	b.ResetTimer()
	for b.Loop() {
		d, _ := Digest(testDomain, r)
		if _, err := Recover(d, sig); err != nil {
			b.Fatal(err)
		}
	}
}
