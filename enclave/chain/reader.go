package chain

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/vouchpm/vouch/enclave/eip1271"
	"github.com/vouchpm/vouch/enclave/wire"
)

// ReleaseInfo is what the registry says about one release. A zero Timestamp
// means no release is recorded under that key.
type ReleaseInfo struct {
	Key            [32]byte
	IntegrityHash  [32]byte // keccak256 of the raw sha512 integrity bytes
	SignerCount    uint8
	Timestamp      time.Time
	Score          uint8
	HeuristicScore uint8
	HasScore       bool
	Revoked        bool
	NPMPublished   bool
}

// Recorded reports whether the registry holds a release under the key.
func (r ReleaseInfo) Recorded() bool { return !r.Timestamp.IsZero() }

// PackageInfo is a package's policy on chain.
type PackageInfo struct {
	Maintainers    []common.Address
	Threshold      uint8
	VetoWindow     time.Duration
	MinScore       uint8
	RefuseLowScore bool
	Nonce          uint64
	Enrolled       bool
	TokenNonce     uint64   // the nonce the next TokenGrant must carry
	TokenGrant     [32]byte // digest of the newest recorded TokenGrant
	// LastContentHash is the contentHash of the newest release recorded:
	// the only diff base a score of the next release may name (zero: none).
	LastContentHash [32]byte
}

// ReaderOptions tunes a Reader; zero values take the defaults.
type ReaderOptions struct {
	ChunkSize int           // keys per getReleases call (default 2000)
	Attempts  int           // tries per call on transport errors (default 4)
	Backoff   time.Duration // first wait between tries, doubled each time (default 200 ms)
}

// Reader reads the registry for installers and auditors: batched,
// context-aware, retrying transport errors (never contract refusals).
type Reader struct {
	caller   ethereum.ContractCaller
	registry common.Address
	contract *VouchRegistry
	abi      *abi.ABI
	opts     ReaderOptions
}

// NewReader returns a Reader of the registry at registry.
func NewReader(caller ethereum.ContractCaller, registry common.Address, opts ReaderOptions) *Reader {
	if opts.ChunkSize <= 0 {
		opts.ChunkSize = 2000
	}
	if opts.Attempts <= 0 {
		opts.Attempts = 4
	}
	if opts.Backoff <= 0 {
		opts.Backoff = 200 * time.Millisecond
	}
	c := NewVouchRegistry()
	return &Reader{caller: caller, registry: registry, contract: c, abi: &c.abi, opts: opts}
}

// Releases answers for every key, in order, with as few calls as the chunk
// size allows (1,000 keys: one call).
func (r *Reader) Releases(ctx context.Context, keys [][32]byte) ([]ReleaseInfo, error) {
	out := make([]ReleaseInfo, 0, len(keys))
	for start := 0; start < len(keys); start += r.opts.ChunkSize {
		chunk := keys[start:min(start+r.opts.ChunkSize, len(keys))]
		res, err := r.call(ctx, r.contract.PackGetReleases(chunk), "getReleases")
		if err != nil {
			return nil, err
		}
		views, err := r.contract.UnpackGetReleases(res)
		if err != nil {
			return nil, fmt.Errorf("decode getReleases: %w", err)
		}
		if len(views) != len(chunk) {
			return nil, fmt.Errorf("getReleases: %d answers for %d keys", len(views), len(chunk))
		}
		for i, v := range views {
			info := ReleaseInfo{
				Key: chunk[i], IntegrityHash: v.IntegrityHash,
				SignerCount: v.SignerCount, Score: v.Score, HeuristicScore: v.HeuristicScore,
				HasScore: v.HasScore, Revoked: v.Revoked, NPMPublished: v.NpmPublished,
			}
			if v.Timestamp != 0 {
				info.Timestamp = time.Unix(int64(v.Timestamp), 0).UTC()
			}
			out = append(out, info)
		}
	}
	return out, nil
}

// Release answers for one package version.
func (r *Reader) Release(ctx context.Context, name, version string) (ReleaseInfo, error) {
	res, err := r.Releases(ctx, [][32]byte{wire.ReleaseKey(name, version)})
	if err != nil {
		return ReleaseInfo{}, fmt.Errorf("%s@%s: %w", name, version, err)
	}
	return res[0], nil
}

// Package returns a package's policy.
func (r *Reader) Package(ctx context.Context, name string) (PackageInfo, error) {
	res, err := r.call(ctx, r.contract.PackGetPackage(name), "getPackage "+name)
	if err != nil {
		return PackageInfo{}, err
	}
	v, err := r.contract.UnpackGetPackage(res)
	if err != nil {
		return PackageInfo{}, fmt.Errorf("decode getPackage %s: %w", name, err)
	}
	return PackageInfo{
		Maintainers: v.Maintainers, Threshold: v.Threshold, VetoWindow: time.Duration(v.VetoWindow) * time.Second,
		MinScore: v.MinScore, RefuseLowScore: v.RefuseLowScore, Nonce: v.Nonce.Uint64(), Enrolled: v.Enrolled,
		TokenNonce: v.TokenNonce.Uint64(), TokenGrant: v.TokenGrant, LastContentHash: v.LastContentHash,
	}, nil
}

// Simulate runs a registry call (eth_call at the latest block) and returns
// the contract's refusal, if any, as a revert error (IsRevert names it).
func (r *Reader) Simulate(ctx context.Context, from common.Address, data []byte) error {
	_, err := r.caller.CallContract(ctx, ethereum.CallMsg{From: from, To: &r.registry, Data: data}, nil)
	if err == nil {
		return nil
	}
	if re := RevertFromRPC(r.abi, err); re != nil {
		return re
	}
	return err
}

// Vetoed reports whether a maintainer vetoed the release digest of pkg on chain.
func (r *Reader) Vetoed(ctx context.Context, pkg string, releaseDigest [32]byte) (bool, error) {
	res, err := r.call(ctx, r.contract.PackIsVetoed(pkg, releaseDigest), "isVetoed "+pkg)
	if err != nil {
		return false, err
	}
	return r.contract.UnpackIsVetoed(res)
}

// EnclaveRole returns the active role of an enclave key (0: unknown or retired).
func (r *Reader) EnclaveRole(ctx context.Context, key common.Address) (uint8, error) {
	res, err := r.call(ctx, r.contract.PackEnclaveRole(key), "enclaveRole "+key.Hex())
	if err != nil {
		return 0, err
	}
	return r.contract.UnpackEnclaveRole(res)
}

// VerifyBatchProof asks the registry whether leaf is in batch's Merkle root.
func (r *Reader) VerifyBatchProof(ctx context.Context, batch uint64, leaf [32]byte, proof [][32]byte) (bool, error) {
	res, err := r.call(ctx, r.contract.PackVerifyBatchProof(newUint(batch), leaf, proof), "verifyBatchProof")
	if err != nil {
		return false, err
	}
	return r.contract.UnpackVerifyBatchProof(res)
}

// call runs eth_call with retries on transport errors.
func (r *Reader) call(ctx context.Context, data []byte, what string) ([]byte, error) {
	msg := ethereum.CallMsg{To: &r.registry, Data: data}
	wait := r.opts.Backoff
	var last error
	for attempt := 1; attempt <= r.opts.Attempts; attempt++ {
		res, err := r.caller.CallContract(ctx, msg, nil)
		if err == nil {
			if len(res) == 0 {
				return nil, fmt.Errorf("%s: no contract at %s", what, r.registry.Hex())
			}
			return res, nil
		}
		if re := RevertFromRPC(r.abi, err); re != nil {
			return nil, fmt.Errorf("%s: %w", what, re)
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", what, errors.Join(ctx.Err(), err))
		}
		last = err
		if attempt == r.opts.Attempts {
			break
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("%s: %w", what, errors.Join(ctx.Err(), last))
		case <-t.C:
		}
		wait *= 2
	}
	return nil, fmt.Errorf("%s: %d attempts: %w", what, r.opts.Attempts, last)
}

// Proposers returns a package's proposers: CI keys that may propose a
// release but never count towards its threshold.
func (r *Reader) Proposers(ctx context.Context, name string) ([]common.Address, error) {
	res, err := r.call(ctx, r.contract.PackGetProposers(name), "getProposers "+name)
	if err != nil {
		return nil, err
	}
	return r.contract.UnpackGetProposers(res)
}

// ValidSignature asks a contract wallet whether sig over digest is its
// signature (EIP-1271), at the block the Reader's caller reads (the
// coordinator's pins its confirmed block); an address without code answers no.
func (r *Reader) ValidSignature(ctx context.Context, wallet common.Address, digest [32]byte, sig []byte) (bool, error) {
	return eip1271.Call(ctx, r.caller, nil, wallet, digest, sig)
}
