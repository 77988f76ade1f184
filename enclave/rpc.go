package enclave

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// DialChain connects to the chain RPC endpoint of the measured configuration.
// TLS ends inside the enclave (the dial function only carries bytes), with
// RPCCA as the trusted roots when set. A plain-http endpoint is accepted only
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
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if cfg.RPCCA != "" {
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM([]byte(cfg.RPCCA)) {
			return nil, errors.New("chain rpc CA: no certificate in the PEM bundle")
		}
		tlsCfg.RootCAs = pool
	}
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
	return ethclient.NewClient(c), nil
}
