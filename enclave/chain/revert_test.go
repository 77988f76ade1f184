package chain

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestDecodeRevert(t *testing.T) {
	c := NewVouchRegistry()
	below, err := c.abi.Errors["BelowThreshold"].Inputs.Pack(big.NewInt(1), big.NewInt(2))
	if err != nil {
		t.Fatal(err)
	}
	unknown, err := c.abi.Errors["UnknownSigner"].Inputs.Pack(common.HexToAddress("0x01"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"BelowThreshold", append(sel(c, "BelowThreshold"), below...), "BelowThreshold"},
		{"UnknownSigner", append(sel(c, "UnknownSigner"), unknown...), "UnknownSigner"},
		{"Error(string)", common.FromHex("0x08c379a0" +
			"0000000000000000000000000000000000000000000000000000000000000020" +
			"0000000000000000000000000000000000000000000000000000000000000003" +
			"6261640000000000000000000000000000000000000000000000000000000000"), "Error"},
		{"unknown selector", []byte{1, 2, 3, 4}, ""},
		{"truncated args", sel(c, "BelowThreshold"), ""},
		{"too short", []byte{1}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			re := decodeRevert(&c.abi, tc.data)
			if re.Name != tc.want {
				t.Fatalf("name %q, want %q (%v)", re.Name, tc.want, re)
			}
			if !errors.Is(re, ErrReverted) {
				t.Fatal("RevertError does not wrap ErrReverted")
			}
		})
	}
}

func sel(c *VouchRegistry, name string) []byte { return c.abi.Errors[name].ID.Bytes()[:4] }

// FuzzDecodeRevert feeds revert data as an RPC node would hand it over:
// untrusted bytes. Decoding must never panic, and a decoded name must be
// one of the contract's errors.
func FuzzDecodeRevert(f *testing.F) {
	c := NewVouchRegistry()
	for _, e := range c.abi.Errors {
		f.Add(append(e.ID.Bytes()[:4], make([]byte, 64)...))
	}
	f.Add([]byte{})
	f.Add(common.FromHex("0x08c379a0"))
	f.Fuzz(func(t *testing.T, data []byte) {
		re := decodeRevert(&c.abi, data)
		if re.Name != "" && re.Name != "Error" {
			if _, ok := c.abi.Errors[re.Name]; !ok {
				t.Fatalf("decoded unknown error %q", re.Name)
			}
		}
		_ = re.Error()
	})
}
