package verify

import (
	"context"
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/sync/errgroup"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
)

// ErrChainUnreachable wraps failures to read the chain (exit code 3).
var ErrChainUnreachable = fmt.Errorf("chain unreachable")

// ChainSource reads records straight from the registry contract over JSON-RPC:
// releases through getReleases (thousands of keys a call), package policies
// through getPackages (thousands of names a call).
type ChainSource struct {
	rpc      *rpc.Client
	reader   *chain.Reader
	registry common.Address
	// Progress, when set, is told how many packages were read so far.
	Progress func(done, total int)
}

// PackagesChunk bounds the names of one getPackages eth_call so that its gas
// stays below the ~30M public endpoints accept. Measured with eth_estimateGas
// on the dev chain (bench/verify-lockfile prints it; names of 17 bytes):
// 500 names 2.3M, 1,000 names 5.0M, 2,000 names 11.2M; 4,000 names exceed
// 16,777,216, the per-transaction gas cap of EIP-7825 (Osaka rules) that the
// dev chain also applies to eth_call, so that is the real ceiling on chains
// past Osaka. The cost per name grows with the chunk (memory expansion is
// quadratic); 2,000 stays below both limits with room for long scoped names.
const PackagesChunk = 2000

// readConcurrency bounds the eth_calls Records has in flight at once.
const readConcurrency = 8

// ReleasesChunk bounds the keys of one getReleases eth_call, so that its gas
// stays below the ~30M that public JSON-RPC endpoints accept per call
// (bench/verify-lockfile measures it and must use the same number).
const ReleasesChunk = 1000

// NewChainSource dials url.
func NewChainSource(ctx context.Context, url string, registry common.Address) (*ChainSource, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrChainUnreachable, url, err)
	}
	return &ChainSource{rpc: c, reader: chain.NewReader(ethclient.NewClient(c), registry, chain.ReaderOptions{ChunkSize: ReleasesChunk}), registry: registry}, nil
}

// Close releases the connection.
func (s *ChainSource) Close() { s.rpc.Close() }

// Records implements Source.
func (s *ChainSource) Records(ctx context.Context, entries []lockfile.Entry) ([]Record, error) {
	keys := make([][32]byte, len(entries))
	names := map[string]int{}
	var order []string
	for i, e := range entries {
		keys[i] = wire.ReleaseKey(e.Name, e.Version)
		if _, ok := names[e.Name]; !ok {
			names[e.Name] = len(order)
			order = append(order, e.Name)
		}
	}
	// Every chunk of both reads at once: a node runs concurrent eth_calls
	// on its cores, and a 10,000-package lockfile is 10 getReleases and 5
	// getPackages calls.
	infos := make([]chain.ReleaseInfo, len(keys))
	pkgs := make([]chain.VouchRegistryPolicyView, len(order))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(readConcurrency)
	for start := 0; start < len(keys); start += ReleasesChunk {
		end := min(start+ReleasesChunk, len(keys))
		g.Go(func() error {
			part, err := s.reader.Releases(gctx, keys[start:end])
			if err != nil {
				return fmt.Errorf("%w: reading releases: %v", ErrChainUnreachable, err)
			}
			copy(infos[start:end], part)
			return nil
		})
	}
	var done atomic.Int64
	for start := 0; start < len(order); start += PackagesChunk {
		end := min(start+PackagesChunk, len(order))
		g.Go(func() error {
			part, err := s.packages(gctx, order[start:end])
			if err != nil {
				return err
			}
			copy(pkgs[start:end], part)
			if s.Progress != nil {
				s.Progress(int(done.Add(int64(end-start))), len(order))
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	out := make([]Record, len(entries))
	for i, e := range entries {
		p := pkgs[names[e.Name]]
		info := infos[i]
		out[i] = Record{
			Enrolled: p.Enrolled, MinScore: p.MinScore, Exists: info.Recorded(),
			IntegrityHash: info.IntegrityHash, SignerCount: info.SignerCount,
			Score: info.Score, HasScore: info.HasScore, Revoked: info.Revoked,
		}
		if info.Recorded() {
			out[i].Timestamp = uint64(info.Timestamp.Unix())
		}
	}
	return out, nil
}

// packages reads the policies of names (at most PackagesChunk) in one
// getPackages call.
func (s *ChainSource) packages(ctx context.Context, names []string) ([]chain.VouchRegistryPolicyView, error) {
	contract := chain.NewVouchRegistry()
	var res hexutil.Bytes
	call := map[string]any{"to": s.registry, "data": hexutil.Bytes(contract.PackGetPackages(names))}
	if err := s.rpc.CallContext(ctx, &res, "eth_call", call, "latest"); err != nil {
		return nil, fmt.Errorf("%w: getPackages of %d names: %v", ErrChainUnreachable, len(names), err)
	}
	if len(res) == 0 {
		return nil, fmt.Errorf("%w: no registry contract at %s", ErrChainUnreachable, s.registry.Hex())
	}
	v, err := contract.UnpackGetPackages(res)
	if err != nil {
		return nil, fmt.Errorf("decoding getPackages: %w", err)
	}
	if len(v) != len(names) {
		return nil, fmt.Errorf("getPackages answered %d policies for %d names", len(v), len(names))
	}
	return v, nil
}

// Signers reads the maintainers who signed name@version from its Published event.
func (s *ChainSource) Signers(ctx context.Context, name, version string) ([]common.Address, error) {
	ev, err := s.Published(ctx, name, version)
	if ev == nil || err != nil {
		return nil, err
	}
	return ev.Signers, nil
}

// Published reads name@version's Published event: its signers and the
// release as signed, gitSha and ciRunUrl included (nil: not published).
func (s *ChainSource) Published(ctx context.Context, name, version string) (*chain.VouchRegistryPublished, error) {
	contract := chain.NewVouchRegistry()
	parsed, err := chain.VouchRegistryMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	key := wire.ReleaseKey(name, version)
	ec := ethclient.NewClient(s.rpc)
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{s.registry},
		Topics:    [][]common.Hash{{parsed.Events["Published"].ID}, {common.Hash(key)}},
	})
	if err != nil {
		return nil, fmt.Errorf("%w: reading Published events: %v", ErrChainUnreachable, err)
	}
	if len(logs) == 0 {
		return nil, nil
	}
	// A release is published once (the contract refuses a second time).
	return contract.UnpackPublishedEvent(&logs[0])
}

// RegisteredEnclave is an enclave key registered on chain with its evidence.
type RegisteredEnclave struct {
	Key         common.Address
	Measurement [32]byte
	Evidence    []byte
	Block       uint64
	// RegisteredAt is the timestamp of Block: evidence is judged at the
	// time governance registered it.
	RegisteredAt time.Time
}

// Enclaves returns the enclaves registered for role (chain.RoleCoordinator or
// chain.RoleScorer) and not retired, newest first.
func (s *ChainSource) Enclaves(ctx context.Context, role uint8) ([]RegisteredEnclave, error) {
	contract := chain.NewVouchRegistry()
	parsed, err := chain.VouchRegistryMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	ec := ethclient.NewClient(s.rpc)
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{s.registry},
		Topics:    [][]common.Hash{{parsed.Events["EnclaveRegistered"].ID}, {common.BigToHash(new(big.Int).SetUint64(uint64(role)))}},
	})
	if err != nil {
		return nil, fmt.Errorf("%w: reading EnclaveRegistered events: %v", ErrChainUnreachable, err)
	}
	var out []RegisteredEnclave
	for i := len(logs) - 1; i >= 0; i-- {
		ev, err := contract.UnpackEnclaveRegisteredEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		current, err := s.reader.EnclaveRole(ctx, ev.Key)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrChainUnreachable, err)
		}
		if current != role {
			continue // retired
		}
		header, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(logs[i].BlockNumber))
		if err != nil {
			return nil, fmt.Errorf("%w: reading block %d: %v", ErrChainUnreachable, logs[i].BlockNumber, err)
		}
		out = append(out, RegisteredEnclave{Key: ev.Key, Measurement: ev.Measurement, Evidence: ev.Evidence, Block: logs[i].BlockNumber,
			RegisteredAt: time.Unix(int64(header.Time), 0).UTC()})
	}
	return out, nil
}

// enrollmentChunk bounds the package keys in one eth_getLogs topic list.
const enrollmentChunk = 200

// EnrollmentTimes returns when each named package enrolled: the time of the
// block holding its Enrolled event (names without one are left out). The
// contract keeps no enrollment time in storage today; this reads the event
// log, which every archive-free JSON-RPC node serves.
func (s *ChainSource) EnrollmentTimes(ctx context.Context, names []string) (map[string]time.Time, error) {
	parsed, err := chain.VouchRegistryMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	byKey := make(map[common.Hash]string, len(names))
	for _, n := range names {
		byKey[crypto.Keccak256Hash([]byte(n))] = n
	}
	keys := make([]common.Hash, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	ec := ethclient.NewClient(s.rpc)
	out := map[string]time.Time{}
	blockTimes := map[uint64]time.Time{}
	for start := 0; start < len(keys); start += enrollmentChunk {
		chunk := keys[start:min(start+enrollmentChunk, len(keys))]
		logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{
			Addresses: []common.Address{s.registry},
			Topics:    [][]common.Hash{{parsed.Events["Enrolled"].ID}, chunk},
		})
		if err != nil {
			return nil, fmt.Errorf("%w: reading Enrolled events: %v", ErrChainUnreachable, err)
		}
		for _, l := range logs {
			if len(l.Topics) < 2 || l.Removed {
				continue
			}
			name, ok := byKey[l.Topics[1]]
			if !ok {
				continue
			}
			t, ok := blockTimes[l.BlockNumber]
			if !ok {
				h, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
				if err != nil {
					return nil, fmt.Errorf("%w: block %d: %v", ErrChainUnreachable, l.BlockNumber, err)
				}
				t = time.Unix(int64(h.Time), 0).UTC()
				blockTimes[l.BlockNumber] = t
			}
			if prev, seen := out[name]; !seen || t.Before(prev) {
				out[name] = t
			}
		}
	}
	return out, nil
}
