package enclave

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// DialChain connects to the chain RPC endpoint of the measured configuration.
// TLS ends inside the enclave (the dial function only carries bytes), with
// RPCCA as the trusted roots when set, else the compiled-in bundle (never
// the environment's). A plain-http endpoint is accepted only
// on a loopback address with DevChainUnsafe set: that is the embedded dev
// chain, run by the host, so everything the enclave reads from it is
// SIMULATED trust. The result implements ethereum.ContractCaller for the
// registry reader that backs ChainView.
func DialChain(ctx context.Context, cfg *Config, dial DialFunc) (*ethclient.Client, error) {
	u, err := url.Parse(cfg.RPCURL)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("chain rpc %q: not a URL", cfg.RPCURL)
	}
	switch u.Scheme {
	case "https":
	case "http":
		ip := net.ParseIP(u.Hostname())
		if !cfg.DevChainUnsafe || ip == nil || !ip.IsLoopback() {
			return nil, errors.New("chain rpc: plain http is only for the embedded dev chain on loopback with devChainUnsafe (simulated trust)")
		}
	default:
		return nil, fmt.Errorf("chain rpc %q: want https", cfg.RPCURL)
	}
	pool, err := trustedRoots(cfg, cfg.RPCCA)
	if err != nil {
		return nil, fmt.Errorf("chain rpc CA: %w", err)
	}
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12, RootCAs: pool}
	if dial == nil {
		d := &net.Dialer{Timeout: 10 * time.Second}
		dial = d.DialContext
	}
	hc := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		DialContext: dial, TLSClientConfig: tlsCfg, Proxy: nil, MaxIdleConns: 4, IdleConnTimeout: 30 * time.Second,
	}}
	c, err := rpc.DialOptions(ctx, cfg.RPCURL, rpc.WithHTTPClient(hc))
	if err != nil {
		return nil, fmt.Errorf("chain rpc %s: %w", u.Host, err)
	}
	ec := ethclient.NewClient(c)
	// The measured configuration fixes the chain: an endpoint that answers
	// for another chain is refused at start.
	id, err := ec.ChainID(ctx)
	if err != nil {
		ec.Close()
		return nil, fmt.Errorf("chain rpc %s: eth_chainId: %w", u.Host, err)
	}
	if !id.IsUint64() || id.Uint64() != cfg.ChainID {
		ec.Close()
		return nil, fmt.Errorf("chain rpc %s answers for chain %s, the configuration names chain %d", u.Host, id, cfg.ChainID)
	}
	return ec, nil
}

// ChainCaller reads the registry through every configured endpoint (RPCURL
// and RPCURLs) at one block: the lowest head any of them reports, less the
// configured confirmation depth. Every endpoint must return the same bytes
// at that block, and agree on its hash: one lying or stale endpoint makes
// the read fail (visibly) rather than steer the coordinator. It implements
// ethereum.ContractCaller for the registry reader behind ChainView.
type ChainCaller struct {
	clients       []*ethclient.Client
	names         []string
	confirmations uint64
}

// OpenChain dials every configured endpoint (DialChain: TLS inside the
// enclave, chain id checked) and returns their agreeing reader.
func OpenChain(ctx context.Context, cfg *Config, dial DialFunc) (*ChainCaller, error) {
	cc := &ChainCaller{confirmations: cfg.Confirmations}
	for _, url := range append([]string{cfg.RPCURL}, cfg.RPCURLs...) {
		one := *cfg
		one.RPCURL = url
		ec, err := DialChain(ctx, &one, dial)
		if err != nil {
			cc.Close()
			return nil, err
		}
		cc.clients, cc.names = append(cc.clients, ec), append(cc.names, url)
	}
	return cc, nil
}

// Close closes every endpoint.
func (c *ChainCaller) Close() {
	for _, ec := range c.clients {
		ec.Close()
	}
}

// Pinned returns the block every read uses now, and its timestamp (unix
// seconds), after checking that every endpoint knows it under one hash.
func (c *ChainCaller) Pinned(ctx context.Context) (*big.Int, uint64, error) {
	var low uint64
	for i, ec := range c.clients {
		n, err := ec.BlockNumber(ctx)
		if err != nil {
			return nil, 0, fmt.Errorf("chain rpc %s: block number: %w", c.names[i], err)
		}
		if i == 0 || n < low {
			low = n
		}
	}
	if low < c.confirmations {
		return nil, 0, fmt.Errorf("chain head %d is below the confirmation depth %d", low, c.confirmations)
	}
	block := new(big.Int).SetUint64(low - c.confirmations)
	var hash common.Hash
	var at uint64
	for i, ec := range c.clients {
		h, err := ec.HeaderByNumber(ctx, block)
		if err != nil {
			return nil, 0, fmt.Errorf("chain rpc %s: block %s: %w", c.names[i], block, err)
		}
		if i == 0 {
			hash, at = h.Hash(), h.Time
		} else if h.Hash() != hash {
			return nil, 0, fmt.Errorf("%w: chain rpc %s and %s disagree on block %s", ErrRPCDisagree, c.names[0], c.names[i], block)
		}
	}
	return block, at, nil
}

// CallContract runs msg on every endpoint at the pinned block (a nil block)
// or the given one, and returns the answer only when all agree.
func (c *ChainCaller) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if block == nil {
		var err error
		if block, _, err = c.Pinned(ctx); err != nil {
			return nil, err
		}
	}
	var first []byte
	for i, ec := range c.clients {
		out, err := ec.CallContract(ctx, msg, block)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			first = out
		} else if !bytes.Equal(out, first) {
			return nil, fmt.Errorf("%w: chain rpc %s and %s answer differently at block %s", ErrRPCDisagree, c.names[0], c.names[i], block)
		}
	}
	return first, nil
}

// ErrRPCDisagree: the configured endpoints gave different answers.
var ErrRPCDisagree = errors.New("chain endpoints disagree")
