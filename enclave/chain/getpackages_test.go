package chain_test

import (
	"github.com/vouchpm/vouch/enclave/chain"
	"testing"

	"github.com/ethereum/go-ethereum"

	"github.com/vouchpm/vouch/host/chain/chaintest"
)

// getPackages answers, in order and for every name, what getPackage answers
// about the policy: enrolled names with their policy, others all zero.
func TestGetPackagesMatchesGetPackage(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	one := chaintest.Policy("one", 0, 1, k[0])
	one.MinScore, one.RefuseLowScore = 60, true
	if _, err := env.EnrollPolicy(ctx, one, k[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := env.EnrollPolicy(ctx, chaintest.Policy("@scope/two", 0, 2, k[1], k[2], k[3]), k[1], k[2]); err != nil {
		t.Fatal(err)
	}
	names := []string{"nope", "one", "@scope/two", "One", "one", ""}
	c := chain.NewVouchRegistry()
	to := env.Writer.Registry()
	res, err := env.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: c.PackGetPackages(names)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.UnpackGetPackages(res)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(names) {
		t.Fatalf("%d answers for %d names", len(got), len(names))
	}
	for i, n := range names {
		p, err := env.Reader.Package(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		want := chain.VouchRegistryPolicyView{Enrolled: p.Enrolled, Threshold: p.Threshold, MinScore: p.MinScore,
			RefuseLowScore: p.RefuseLowScore, VetoWindow: uint64(p.VetoWindow.Seconds())}
		if got[i] != want {
			t.Errorf("getPackages[%d] (%q) = %+v, getPackage says %+v", i, n, got[i], want)
		}
	}
	if !got[1].Enrolled || got[1].MinScore != 60 || !got[1].RefuseLowScore || got[2].Threshold != 2 || got[0].Enrolled || got[3].Enrolled {
		t.Fatalf("getPackages = %+v", got)
	}
}
