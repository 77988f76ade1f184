package web

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/chain"
)

// Backend is what the index reads the chain with (an *ethclient.Client).
type Backend interface {
	ethereum.LogFilterer
	ethereum.ContractCaller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Tx names the transaction and block that emitted a record.
type Tx struct {
	Hash  common.Hash
	Block uint64
	Time  time.Time
}

// PackageRecord is a package's policy as the registry's events recorded it.
type PackageRecord struct {
	Name           string
	Maintainers    []common.Address
	Threshold      uint8
	VetoWindow     time.Duration
	MinScore       uint8
	RefuseLowScore bool
	Nonce          uint64
	Signers        []common.Address
	Enrolled       Tx
	Changed        Tx // last policy change (zero: none)
}

// ScoreRecord is a score the registry accepted (signed by a registered scorer).
type ScoreRecord struct {
	Digest          common.Hash
	Score           uint8
	HeuristicScore  uint8
	ContentHash     common.Hash
	BaseContentHash common.Hash
	ModelHash       common.Hash
	FindingsHash    common.Hash
	Scorer          common.Address
	Tx              Tx
}

// ReleaseRecord is a release the registry accepted: published with M of N
// signatures, perhaps scored, perhaps revoked.
type ReleaseRecord struct {
	Key           common.Hash
	Package       string
	Version       string
	Digest        common.Hash // EIP-712 release digest (the host's release id)
	Integrity     []byte      // raw sha512
	ContentHash   common.Hash
	Signers       []common.Address
	ScoreDigest   common.Hash
	Coordinator   common.Address
	GitSha        string // hex of the signed commit id; empty when the release names none
	CIRunURL      string // the signed CI run URL; empty when none
	Published     Tx
	Score         *ScoreRecord
	Receipt       *Tx
	RegistryCode  uint16
	Revoked       *Tx
	RevokeReason  string
	RevokeSigners []common.Address
}

// EnclaveRecord is an enclave key governance registered, with the evidence
// it was registered with.
type EnclaveRecord struct {
	Role        string // coordinator | scorer
	Key         common.Address
	Measurement common.Hash
	Platform    string // from the registered evidence
	Simulated   bool
	IssuedAt    time.Time // the evidence binding's issue time
	Registered  Tx
	Retired     *Tx
}

// Snapshot is a consistent copy of what the index read, up to Head.
type Snapshot struct {
	Head     uint64
	HeadTime time.Time
	Packages map[string]*PackageRecord
	Releases []*ReleaseRecord // oldest first
	Enclaves []*EnclaveRecord
}

// Release finds name@version.
func (s Snapshot) Release(name, version string) *ReleaseRecord {
	for _, r := range s.Releases {
		if r.Package == name && r.Version == version {
			return r
		}
	}
	return nil
}

// PackageReleases lists a package's releases, newest first.
func (s Snapshot) PackageReleases(name string) []*ReleaseRecord {
	var out []*ReleaseRecord
	for i := len(s.Releases) - 1; i >= 0; i-- {
		if s.Releases[i].Package == name {
			out = append(out, s.Releases[i])
		}
	}
	return out
}

// Index follows the registry's events: every page the dashboard renders
// about the chain comes from here, never from the host's store. It reads
// only new blocks on each Sync.
type Index struct {
	backend  Backend
	registry common.Address
	contract *chain.VouchRegistry

	sync    sync.Mutex // one Sync at a time
	mu      sync.RWMutex
	scanned uint64 // last block read (0: none yet)
	started bool
	snap    Snapshot
	times   map[uint64]time.Time
}

// NewIndex follows the registry at registry.
func NewIndex(b Backend, registry common.Address) *Index {
	return &Index{backend: b, registry: registry, contract: chain.NewVouchRegistry(),
		snap: Snapshot{Packages: map[string]*PackageRecord{}}, times: map[uint64]time.Time{}}
}

// Registry is the contract the index follows.
func (ix *Index) Registry() common.Address { return ix.registry }

// Backend is the chain the index reads.
func (ix *Index) Backend() Backend { return ix.backend }

// Snapshot returns the last synced state.
func (ix *Index) Snapshot() Snapshot {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	s := ix.snap
	s.Releases = append([]*ReleaseRecord(nil), s.Releases...)
	s.Enclaves = append([]*EnclaveRecord(nil), s.Enclaves...)
	pk := make(map[string]*PackageRecord, len(s.Packages))
	for k, v := range s.Packages {
		pk[k] = v
	}
	s.Packages = pk
	return s
}

// Sync reads the registry's events from the last read block to the head.
func (ix *Index) Sync(ctx context.Context) (Snapshot, error) {
	ix.sync.Lock()
	defer ix.sync.Unlock()
	head, err := ix.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return ix.Snapshot(), fmt.Errorf("chain head: %w", err)
	}
	to := head.Number.Uint64()
	ix.mu.RLock()
	from := ix.scanned + 1
	if !ix.started {
		from = 0
	}
	ix.mu.RUnlock()
	const step = 5000
	for lo := from; lo <= to; lo += step {
		hi := min(lo+step-1, to)
		logs, err := ix.backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi), Addresses: []common.Address{ix.registry},
		})
		if err != nil {
			return ix.Snapshot(), fmt.Errorf("registry events %d-%d: %w", lo, hi, err)
		}
		sort.SliceStable(logs, func(i, j int) bool {
			if logs[i].BlockNumber != logs[j].BlockNumber {
				return logs[i].BlockNumber < logs[j].BlockNumber
			}
			return logs[i].Index < logs[j].Index
		})
		for i := range logs {
			if err := ix.apply(ctx, &logs[i]); err != nil {
				return ix.Snapshot(), err
			}
		}
		ix.mu.Lock()
		ix.scanned, ix.started = hi, true
		ix.mu.Unlock()
	}
	ix.mu.Lock()
	ix.snap.Head, ix.snap.HeadTime = to, time.Unix(int64(head.Time), 0).UTC()
	ix.mu.Unlock()
	return ix.Snapshot(), nil
}

func (ix *Index) txOf(ctx context.Context, l *types.Log) (Tx, error) {
	t, ok := ix.times[l.BlockNumber]
	if !ok {
		h, err := ix.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
		if err != nil {
			return Tx{}, fmt.Errorf("block %d: %w", l.BlockNumber, err)
		}
		t = time.Unix(int64(h.Time), 0).UTC()
		ix.times[l.BlockNumber] = t
	}
	return Tx{Hash: l.TxHash, Block: l.BlockNumber, Time: t}, nil
}

func roleName(r uint8) string {
	switch r {
	case 1:
		return attestation.RoleCoordinator
	case 2:
		return attestation.RoleScorer
	}
	return fmt.Sprintf("role %d", r)
}

// apply folds one event into the snapshot. Events the index does not know
// are skipped; a known event that does not decode is an error.
func (ix *Index) apply(ctx context.Context, l *types.Log) error {
	if len(l.Topics) == 0 || l.Removed {
		return nil
	}
	c := ix.contract
	tx, err := ix.txOf(ctx, l)
	if err != nil {
		return err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	s := &ix.snap
	byKey := func(k [32]byte) *ReleaseRecord {
		for _, r := range s.Releases {
			if r.Key == k {
				return r
			}
		}
		return nil
	}
	if ev, err := c.UnpackEnrolledEvent(l); err == nil {
		s.Packages[ev.PackageName] = policyRecord(ev.PackageName, ev.Policy, ev.Signers, tx)
		return nil
	}
	if ev, err := c.UnpackPolicyChangedEvent(l); err == nil {
		p := policyRecord(ev.PackageName, ev.Policy, ev.Signers, tx)
		if old := s.Packages[ev.PackageName]; old != nil {
			p.Enrolled = old.Enrolled
		}
		p.Changed = tx
		s.Packages[ev.PackageName] = p
		return nil
	}
	if ev, err := c.UnpackPublishedEvent(l); err == nil {
		r := byKey(ev.ReleaseKey)
		if r == nil {
			r = &ReleaseRecord{Key: ev.ReleaseKey}
			s.Releases = append(s.Releases, r)
		}
		r.Package, r.Version, r.Digest = ev.Release.PackageName, ev.Release.Version, ev.ReleaseDigest
		r.Integrity, r.ContentHash = ev.Release.Integrity, ev.Release.ContentHash
		r.Signers, r.ScoreDigest, r.Coordinator, r.Published = ev.Signers, ev.ScoreDigest, ev.Coordinator, tx
		r.GitSha, r.CIRunURL = "", ev.Release.CiRunUrl
		if ev.Release.GitSha != ([20]byte{}) {
			r.GitSha = common.Bytes2Hex(ev.Release.GitSha[:])
		}
		// The score rides in Published: the scorer signed it over this
		// release's name, version and content hash.
		if ev.ScoreDigest != ([32]byte{}) {
			r.Score = &ScoreRecord{Digest: ev.ScoreDigest, Score: ev.Score.Score, HeuristicScore: ev.Score.HeuristicScore,
				ContentHash: ev.Release.ContentHash, BaseContentHash: ev.Score.BaseContentHash, ModelHash: ev.Score.ModelHash,
				FindingsHash: ev.Score.FindingsHash, Scorer: ev.Scorer, Tx: tx}
		}
		return nil
	}
	if ev, err := c.UnpackReceiptRecordedEvent(l); err == nil {
		if r := byKey(ev.ReleaseKey); r != nil {
			t := tx
			r.Receipt, r.RegistryCode = &t, ev.Receipt.RegistryStatus
		}
		return nil
	}
	if ev, err := c.UnpackRevokedEvent(l); err == nil {
		if r := byKey(ev.ReleaseKey); r != nil {
			t := tx
			r.Revoked, r.RevokeReason, r.RevokeSigners = &t, ev.Revoke.Reason, ev.Signers
		}
		return nil
	}
	if ev, err := c.UnpackEnclaveRegisteredEvent(l); err == nil {
		e := &EnclaveRecord{Role: roleName(ev.Role), Key: ev.Key, Measurement: ev.Measurement, Registered: tx, Platform: "unreadable evidence"}
		if d, err := attestation.DecodeEvidence(ev.Evidence); err == nil {
			e.Platform, e.Simulated = d.Platform, d.Platform == attestation.PlatformSim
			if b, err := attestation.DecodeBinding(d.Binding); err == nil {
				e.IssuedAt = time.Unix(int64(b.IssuedAt), 0).UTC()
			}
		}
		s.Enclaves = append(s.Enclaves, e)
		return nil
	}
	if ev, err := c.UnpackEnclaveRetiredEvent(l); err == nil {
		for _, e := range s.Enclaves {
			if e.Key == ev.Key && e.Retired == nil {
				t := tx
				e.Retired = &t
			}
		}
		return nil
	}
	return nil
}

func policyRecord(name string, p chain.VouchRegistryPolicyChange, signers []common.Address, tx Tx) *PackageRecord {
	n := uint64(0)
	if p.Nonce != nil {
		n = p.Nonce.Uint64()
	}
	return &PackageRecord{Name: name, Maintainers: p.Maintainers, Threshold: p.Threshold, VetoWindow: time.Duration(p.VetoWindow) * time.Second,
		MinScore: p.MinScore, RefuseLowScore: p.RefuseLowScore, Nonce: n, Signers: signers, Enrolled: tx}
}
