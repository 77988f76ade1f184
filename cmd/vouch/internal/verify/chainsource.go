package verify

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
)

// ErrChainUnreachable wraps failures to read the chain (exit code 3).
var ErrChainUnreachable = fmt.Errorf("chain unreachable")

// ChainSource reads records straight from the registry contract over JSON-RPC:
// releases through getReleases (thousands of keys a call), package policies
// through one JSON-RPC batch of getPackage calls.
type ChainSource struct {
	rpc      *rpc.Client
	reader   *chain.Reader
	registry common.Address
	// Progress, when set, is told how many packages were read so far.
	Progress func(done, total int)
}

// batchSize bounds the getPackage calls sent in one JSON-RPC batch.
const batchSize = 500

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
	infos, err := s.reader.Releases(ctx, keys)
	if err != nil {
		return nil, fmt.Errorf("%w: reading releases: %v", ErrChainUnreachable, err)
	}
	pkgs, err := s.packages(ctx, order)
	if err != nil {
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

func (s *ChainSource) packages(ctx context.Context, names []string) ([]chain.VouchRegistryPackageView, error) {
	contract := chain.NewVouchRegistry()
	out := make([]chain.VouchRegistryPackageView, len(names))
	for start := 0; start < len(names); start += batchSize {
		chunk := names[start:min(start+batchSize, len(names))]
		results := make([]hexutil.Bytes, len(chunk))
		batch := make([]rpc.BatchElem, len(chunk))
		for i, name := range chunk {
			batch[i] = rpc.BatchElem{
				Method: "eth_call",
				Args:   []any{map[string]any{"to": s.registry, "data": hexutil.Bytes(contract.PackGetPackage(name))}, "latest"},
				Result: &results[i],
			}
		}
		if err := s.rpc.BatchCallContext(ctx, batch); err != nil {
			return nil, fmt.Errorf("%w: reading package policies: %v", ErrChainUnreachable, err)
		}
		for i, el := range batch {
			if el.Error != nil {
				return nil, fmt.Errorf("%w: getPackage %s: %v", ErrChainUnreachable, chunk[i], el.Error)
			}
			if len(results[i]) == 0 {
				return nil, fmt.Errorf("%w: no registry contract at %s", ErrChainUnreachable, s.registry.Hex())
			}
			v, err := contract.UnpackGetPackage(results[i])
			if err != nil {
				return nil, fmt.Errorf("decoding getPackage %s: %w", chunk[i], err)
			}
			out[start+i] = v
		}
		if s.Progress != nil {
			s.Progress(min(start+len(chunk), len(names)), len(names))
		}
	}
	return out, nil
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
