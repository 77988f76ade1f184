package chain_test

import (
	"bytes"
	"github.com/vouchpm/vouch/enclave/chain"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/chain/chaintest"
)

// TestProposersAndProvenance: a policy's proposers (CI keys) are recorded
// and readable, can never be maintainers, and their signature never counts
// towards publish()'s threshold; a release's gitSha and ciRunUrl are signed
// and land on chain in the Published event.
func TestProposersAndProvenance(t *testing.T) {
	env := newEnv(t)
	ctx := ctxT(t)
	k := env.Keys
	ci := k[5]

	overlap := chaintest.Policy("ci-pkg", 0, 2, k[0], k[1], k[2])
	overlap.Proposers = []common.Address{chaintest.Addr(k[1])}
	_, err := env.EnrollPolicy(ctx, overlap, k[0], k[1])
	wantRevert(t, err, "BadMaintainer")

	p := chaintest.Policy("ci-pkg", 0, 2, k[0], k[1], k[2])
	p.Proposers = []common.Address{chaintest.Addr(ci)}
	if _, err := env.EnrollPolicy(ctx, p, k[0], k[1]); err != nil {
		t.Fatal(err)
	}
	reader := chain.NewReader(env.Client, env.Writer.Registry(), chain.ReaderOptions{})
	got, err := reader.Proposers(ctx, "ci-pkg")
	if err != nil || len(got) != 1 || got[0] != chaintest.Addr(ci) {
		t.Fatalf("proposers = %v, %v", got, err)
	}

	r := chaintest.Release("ci-pkg", "1.0.0", 0, "ci build")
	r.GitSha, r.CIRunURL = [20]byte{0xde, 0xad, 19: 0x01}, "https://github.com/o/r/actions/runs/42"
	// The CI key's signature with one maintainer's is not 2 of 3.
	sigs := chaintest.Must(chaintest.Sign(env.Domain, r, k[0], ci))
	slices.SortFunc(sigs, func(a, b chain.Signature) int { return bytes.Compare(a.Signer[:], b.Signer[:]) })
	auth := chaintest.Must(env.Authorize(r, [32]byte{}, sigs, 0, nil))
	_, err = env.Writer.Publish(ctx, r, sigs, nil, nil, 0, auth)
	wantRevert(t, err, "UnknownSigner")

	sigs = chaintest.Must(chaintest.Sign(env.Domain, r, k[0], k[1]))
	slices.SortFunc(sigs, func(a, b chain.Signature) int { return bytes.Compare(a.Signer[:], b.Signer[:]) })
	auth = chaintest.Must(env.Authorize(r, [32]byte{}, sigs, 0, nil))
	rc, err := env.Writer.Publish(ctx, r, sigs, nil, nil, 0, auth)
	if err != nil {
		t.Fatal(err)
	}
	c := chain.NewVouchRegistry()
	var pub *chain.VouchRegistryPublished
	for _, l := range rc.Logs {
		if ev, err := c.UnpackPublishedEvent(l); err == nil {
			pub = ev
		}
	}
	if pub == nil || pub.Release.GitSha != r.GitSha || pub.Release.CiRunUrl != r.CIRunURL {
		t.Fatalf("Published event %+v, want gitSha %x and ciRunUrl %q", pub, r.GitSha, r.CIRunURL)
	}
	// The event's release digest is what the maintainers signed: gitSha and
	// ciRunUrl are inside it.
	plain := r
	plain.GitSha, plain.CIRunURL = [20]byte{}, ""
	if d := chaintest.Must(wire.Digest(env.Domain, plain)); d == pub.ReleaseDigest {
		t.Fatal("gitSha and ciRunUrl are not part of the signed release digest")
	}
}
