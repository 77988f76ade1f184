package main

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/enclave"
	"github.com/vouchpm/vouch/enclave/chain"
)

// registryView is the coordinator's ChainView over the VouchRegistry
// contract, read through enclave/chain's Reader (pure contract calls; it sends
// nothing). The RPC connection comes from enclave.DialChain, TLS inside the
// enclave; on the embedded dev chain this trust is simulated.
type registryView struct {
	r  *chain.Reader
	cc *enclave.ChainCaller
}

func (v registryView) Policy(ctx context.Context, pkg string) (enclave.PackagePolicy, error) {
	p, err := v.r.Package(ctx, pkg)
	if err != nil {
		return enclave.PackagePolicy{}, err
	}
	proposers, err := v.r.Proposers(ctx, pkg)
	if err != nil {
		return enclave.PackagePolicy{}, err
	}
	var at uint64 // the pinned block's time; 0 for a bare reader (tests)
	if v.cc != nil {
		if _, at, err = v.cc.Pinned(ctx); err != nil {
			return enclave.PackagePolicy{}, err
		}
	}
	return enclave.PackagePolicy{
		Enrolled: p.Enrolled, Maintainers: p.Maintainers, Proposers: proposers, Threshold: p.Threshold,
		VetoWindow: uint64(p.VetoWindow / time.Second), MinScore: p.MinScore, RefuseLowScore: p.RefuseLowScore,
		Nonce: p.Nonce, TokenNonce: p.TokenNonce, LastContentHash: p.LastContentHash,
		BlockTime: at,
	}, nil
}

// ValidSignature asks a contract wallet (EIP-1271) at the pinned block: the
// same confirmation depth as every other read (eip1271.Checker).
func (v registryView) ValidSignature(ctx context.Context, wallet common.Address, d [32]byte, sig []byte) (bool, error) {
	return v.r.ValidSignature(ctx, wallet, d, sig)
}

func (v registryView) Vetoed(ctx context.Context, pkg string, d [32]byte) (bool, error) {
	return v.r.Vetoed(ctx, pkg, d)
}

func (v registryView) Published(ctx context.Context, key [32]byte) (enclave.PublishedRecord, error) {
	infos, err := v.r.Releases(ctx, [][32]byte{key})
	if err != nil {
		return enclave.PublishedRecord{}, err
	}
	if len(infos) != 1 {
		return enclave.PublishedRecord{}, fmt.Errorf("registry answered %d records for one key", len(infos))
	}
	return enclave.PublishedRecord{Found: infos[0].Recorded(), IntegrityHash: infos[0].IntegrityHash}, nil
}

func (v registryView) ScorerRegistered(ctx context.Context, a common.Address) (bool, error) {
	role, err := v.r.EnclaveRole(ctx, a)
	return role == chain.RoleScorer, err
}

// openRegistry dials the configured chain and reads the configured registry.
func openRegistry(ctx context.Context, cfg *enclave.Config) (enclave.ChainView, error) {
	// Every configured endpoint, chain id checked, reads pinned a
	// confirmation depth below the lowest head and compared.
	cc, err := enclave.OpenChain(ctx, cfg, nil)
	if err != nil {
		return nil, err
	}
	return registryView{r: chain.NewReader(cc, common.HexToAddress(cfg.Registry), chain.ReaderOptions{}), cc: cc}, nil
}
