package chain

import (
	"bytes"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
)

func newUint(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// BatchLeaf is the leaf of one record in an anchored batch:
// keccak256(0x00 || recordKey || recordHash). Its 65-byte preimage can never
// be mistaken for an internal node (keccak256 of a sorted 64-byte pair).
func BatchLeaf(recordKey, recordHash [32]byte) [32]byte {
	return crypto.Keccak256Hash([]byte{0}, recordKey[:], recordHash[:])
}

func hashPair(a, b [32]byte) [32]byte {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// MerkleTree is a sorted-pair keccak256 tree over leaves, as the registry's
// verifyBatchProof checks it. An odd node at the end of a level moves up
// unchanged.
type MerkleTree struct {
	levels [][][32]byte
}

// NewMerkleTree builds the tree of leaves (at least one).
func NewMerkleTree(leaves [][32]byte) (*MerkleTree, error) {
	if len(leaves) == 0 {
		return nil, fmt.Errorf("merkle tree: no leaves")
	}
	t := &MerkleTree{levels: [][][32]byte{append([][32]byte(nil), leaves...)}}
	for cur := t.levels[0]; len(cur) > 1; {
		next := make([][32]byte, 0, (len(cur)+1)/2)
		for i := 0; i < len(cur); i += 2 {
			if i+1 == len(cur) {
				next = append(next, cur[i])
			} else {
				next = append(next, hashPair(cur[i], cur[i+1]))
			}
		}
		t.levels = append(t.levels, next)
		cur = next
	}
	return t, nil
}

// Root is the tree's root.
func (t *MerkleTree) Root() [32]byte { return t.levels[len(t.levels)-1][0] }

// Proof returns the sibling path of leaf i.
func (t *MerkleTree) Proof(i int) ([][32]byte, error) {
	if i < 0 || i >= len(t.levels[0]) {
		return nil, fmt.Errorf("merkle proof: leaf %d of %d", i, len(t.levels[0]))
	}
	var proof [][32]byte
	for _, level := range t.levels[:len(t.levels)-1] {
		sib := i ^ 1
		if sib < len(level) {
			proof = append(proof, level[sib])
		}
		i /= 2
	}
	return proof, nil
}

// VerifyMerkleProof checks a proof off chain, exactly as the contract does.
func VerifyMerkleProof(root, leaf [32]byte, proof [][32]byte) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}
