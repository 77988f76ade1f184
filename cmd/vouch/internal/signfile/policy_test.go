package signfile

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/wire"
)

func samplePolicy(t testing.TB) *File {
	t.Helper()
	d := wire.Domain{ChainID: 1337, Registry: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	p := wire.PolicyChange{PackageName: "@acme/widget", Maintainers: []common.Address{{1}, {2}, {3}}, Threshold: 2, VetoWindow: 3600, MinScore: 40, RefuseLowScore: true}
	f, err := NewPolicyChange(d, p)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestPolicyChangeRoundTrip(t *testing.T) {
	f := samplePolicy(t)
	k, _ := crypto.GenerateKey()
	sig, _ := wire.Sign(k, f.Digest)
	if _, err := f.AddSignature(sig); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "enroll.vouch.json")
	if err := f.Write(path); err != nil {
		t.Fatal(err)
	}
	g, err := ReadAny(path)
	if err != nil {
		t.Fatal(err)
	}
	_, p, err := g.PolicyChange()
	if err != nil {
		t.Fatal(err)
	}
	if p.Threshold != 2 || p.VetoWindow != 3600 || p.MinScore != 40 || !p.RefuseLowScore || len(p.Maintainers) != 3 || p.Maintainers[1] != (common.Address{2}) {
		t.Fatalf("policy changed in the round trip: %+v", p)
	}
	if _, err := Read(path); !errors.Is(err, ErrInvalid) {
		t.Fatalf("Read of a policy file: %v, want ErrInvalid (it holds no Release)", err)
	}
}

func TestPolicyChangeTampered(t *testing.T) {
	for _, tc := range []struct{ name, from, to string }{
		{"threshold lowered", `"threshold": "2"`, `"threshold": "1"`},
		{"maintainer swapped", `"0x0100000000000000000000000000000000000000"`, `"0x0900000000000000000000000000000000000000"`},
		{"not a number", `"minScore": "40"`, `"minScore": "forty"`},
		{"other type", `"primaryType": "PolicyChange"`, `"primaryType": "Veto"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, _ := json.MarshalIndent(samplePolicy(t), "", "  ")
			bad := strings.Replace(string(data), tc.from, tc.to, 1)
			if bad == string(data) {
				t.Fatalf("%q not in the file", tc.from)
			}
			if _, err := ParseAny([]byte(bad)); !errors.Is(err, ErrInvalid) {
				t.Fatalf("ParseAny: %v, want ErrInvalid", err)
			}
		})
	}
}

func FuzzParseAny(f *testing.F) {
	data, _ := json.Marshal(samplePolicy(f))
	f.Add(data)
	f.Add([]byte(`{"format":"vouch-signing-file/1"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := ParseAny(b)
		if err != nil {
			return
		}
		if err := file.Verify(); err != nil {
			t.Fatalf("accepted a file whose signatures do not verify: %v", err)
		}
	})
}
