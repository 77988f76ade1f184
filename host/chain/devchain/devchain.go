// Package devchain runs the embedded development chain: go-ethereum's
// simulated backend under Osaka rules, served over HTTP JSON-RPC on
// 127.0.0.1, with funded dev accounts and the VouchRegistry deployed. It runs
// on the host (`vouch-host --dev-chain`, `vouch devchain`) and in tests.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/vouchpm/vouch/host/chain"
)

// ChainID is the simulated backend's chain id.
const ChainID = 1337

// OsakaConfig is the dev chain config with the future forks (Amsterdam,
// Bogota) turned off, so gas is what today's mainnet and L2s charge.
func OsakaConfig() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.AmsterdamTime = nil
	c.BogotaTime = nil
	return &c
}

// WithOsaka is a simulated.NewBackend option that uses OsakaConfig.
func WithOsaka(_ *node.Config, eth *ethconfig.Config) {
	eth.Genesis.Config = OsakaConfig()
}

// DevKey is the i-th well-known dev account key: keccak256("vouch devchain
// account " + i). Never use these keys anywhere but a dev chain.
func DevKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("vouch devchain account " + strconv.Itoa(i))))
	if err != nil {
		panic(fmt.Sprintf("dev key %d: %v", i, err)) // a keccak output is a valid key with overwhelming probability
	}
	return k
}

// fundedWei is the balance of every dev account: 10^6 ether.
func fundedWei() *big.Int { return new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether)) }

// Alloc funds keys.
func Alloc(keys []*ecdsa.PrivateKey) types.GenesisAlloc {
	alloc := types.GenesisAlloc{}
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: fundedWei()}
	}
	return alloc
}

// NewBackend returns an in-process simulated chain under Osaka rules with
// keys funded; extra options run after WithOsaka.
func NewBackend(keys []*ecdsa.PrivateKey, opts ...func(*node.Config, *ethconfig.Config)) (b *simulated.Backend, err error) {
	defer func() {
		if r := recover(); r != nil { // simulated.NewBackend panics when the node cannot start
			err = fmt.Errorf("simulated backend: %v", r)
		}
	}()
	return simulated.NewBackend(Alloc(keys), append([]func(*node.Config, *ethconfig.Config){WithOsaka}, opts...)...), nil
}

// Options configures Run; zero values take the defaults.
type Options struct {
	Port           int           // HTTP JSON-RPC port on 127.0.0.1; 0 picks a free one
	CommitInterval time.Duration // how often pending transactions are sealed (default 200 ms)
	Accounts       int           // funded dev accounts (default 4); account 0 deploys
	Log            io.Writer     // where the accounts and URL are printed; nil: nowhere
	// Governance members and threshold of the deployed registry; empty:
	// account 0 alone (1 of 1), a dev quorum.
	Governance []common.Address
	Threshold  uint8
}

// DevChain is a running dev chain.
type DevChain struct {
	URL        string           // http://127.0.0.1:PORT
	ChainID    uint64           // 1337
	Registry   common.Address   // the deployed VouchRegistry
	Governance []common.Address // the registry's governance members (dev)
	Threshold  uint8            // how many of them must sign
	Keys       []*ecdsa.PrivateKey

	backend *simulated.Backend
	stop    chan struct{}
	done    chan struct{}
	once    sync.Once
}

// Backend is the in-process simulated backend (for Commit, AdjustTime).
func (d *DevChain) Backend() *simulated.Backend { return d.backend }

// Run starts the dev chain, deploys the registry governed by opts.Governance and
// prints the funded accounts. Close stops it.
func Run(ctx context.Context, opts Options) (*DevChain, error) {
	if opts.CommitInterval <= 0 {
		opts.CommitInterval = 200 * time.Millisecond
	}
	if opts.Accounts <= 0 {
		opts.Accounts = 4
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if len(opts.Governance) == 0 {
		opts.Governance, opts.Threshold = []common.Address{crypto.PubkeyToAddress(DevKey(0).PublicKey)}, 1
	}
	port := opts.Port
	if port == 0 {
		p, err := freePort()
		if err != nil {
			return nil, err
		}
		port = p
	}
	keys := make([]*ecdsa.PrivateKey, opts.Accounts)
	for i := range keys {
		keys[i] = DevKey(i)
	}
	b, err := NewBackend(keys, func(n *node.Config, _ *ethconfig.Config) {
		n.HTTPHost = "127.0.0.1"
		n.HTTPPort = port
		n.HTTPModules = []string{"eth", "net", "web3", "txpool"}
		n.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	})
	if err != nil {
		return nil, fmt.Errorf("dev chain on 127.0.0.1:%d: %w", port, err)
	}
	d := &DevChain{
		URL: fmt.Sprintf("http://127.0.0.1:%d", port), ChainID: ChainID, Keys: keys,
		Governance: opts.Governance, Threshold: opts.Threshold,
		backend: b, stop: make(chan struct{}), done: make(chan struct{}),
	}
	rc, err := rpc.DialContext(ctx, d.URL)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("dev chain: dial %s: %w", d.URL, err), b.Close())
	}
	go d.commitLoop(rc, opts.CommitInterval)

	w, err := chain.NewWriter(ctx, b.Client(), keys[0], common.Address{})
	if err == nil {
		d.Registry, _, err = w.Deploy(ctx, d.Governance, d.Threshold)
	}
	if err != nil {
		return nil, errors.Join(fmt.Errorf("dev chain: deploy registry: %w", err), d.Close())
	}
	fmt.Fprintf(opts.Log, "dev chain: %s (chain id %d), VouchRegistry at %s\n", d.URL, d.ChainID, d.Registry.Hex())
	fmt.Fprintf(opts.Log, "  DEV governance: %d of %v\n", d.Threshold, d.Governance)
	for i, k := range keys {
		fmt.Fprintf(opts.Log, "  account %d: %s key 0x%x\n", i, crypto.PubkeyToAddress(k.PublicKey).Hex(), crypto.FromECDSA(k))
	}
	return d, nil
}

// commitLoop seals a block whenever the pool holds executable transactions
// (txpool_status; eth's pending block is refreshed too lazily for this), and
// an empty one when the last is a second old, as a real chain would.
func (d *DevChain) commitLoop(rc *rpc.Client, every time.Duration) {
	defer close(d.done)
	defer rc.Close()
	t := time.NewTicker(every)
	defer t.Stop()
	last := time.Now()
	for {
		select {
		case <-d.stop:
			return
		case <-t.C:
		}
		var status struct {
			Pending hexutil.Uint `json:"pending"`
		}
		ctx, cancel := context.WithTimeout(context.Background(), every+time.Second)
		err := rc.CallContext(ctx, &status, "txpool_status")
		cancel()
		if err == nil && status.Pending > 0 {
			d.backend.Commit()
			last = time.Now()
		} else if time.Since(last) >= time.Second {
			// An empty block now and then keeps block time (what publish()
			// checks the veto window against) within a second of the clock.
			d.backend.Commit()
			last = time.Now()
		}
	}
}

// Close stops the commit loop and the node; it is safe to call twice.
func (d *DevChain) Close() error {
	var err error
	d.once.Do(func() {
		close(d.stop)
		<-d.done
		err = d.backend.Close()
	})
	return err
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("dev chain: find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
