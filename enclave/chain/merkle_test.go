package chain

import (
	"testing"
)

func TestMerkleTree(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7, 8, 255, 256} {
		leaves := make([][32]byte, n)
		for i := range leaves {
			leaves[i] = BatchLeaf([32]byte{byte(i)}, [32]byte{byte(n)})
		}
		tree, err := NewMerkleTree(leaves)
		if err != nil {
			t.Fatal(err)
		}
		for i := range leaves {
			proof, err := tree.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if !VerifyMerkleProof(tree.Root(), leaves[i], proof) {
				t.Fatalf("n=%d: proof of leaf %d fails", n, i)
			}
			if n > 1 && VerifyMerkleProof(tree.Root(), leaves[(i+1)%n], proof) {
				t.Fatalf("n=%d: proof of leaf %d verifies leaf %d", n, i, (i+1)%n)
			}
		}
		if _, err := tree.Proof(n); err == nil {
			t.Fatalf("n=%d: proof of a missing leaf", n)
		}
	}
	if _, err := NewMerkleTree(nil); err == nil {
		t.Fatal("tree of no leaves")
	}
}
