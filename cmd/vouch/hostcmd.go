package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/cmd/vouch/internal/hostclient"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
)

// hostFor returns a client of the configured vouch-host.
func hostFor(c *config) (*hostclient.Client, error) {
	h, err := hostclient.New(c.Host, 30*time.Second)
	if err != nil {
		return nil, withCode(exitUsage, fmt.Errorf("%w: set --host or VOUCH_HOST", err))
	}
	return h, nil
}

// hostErr turns a host client error into one sentence with an exit code.
func hostErr(c *config, err error) error {
	var he *hostclient.Error
	switch {
	case err == nil:
		return nil
	case errors.Is(err, hostclient.ErrHostDown):
		return withCode(exitUsage, fmt.Errorf("cannot reach vouch-host at %s: start it (vouch-host --dev) or point --host / VOUCH_HOST at a running one", c.Host))
	case errors.As(err, &he):
		return withCode(exitFindings, err)
	default:
		return withCode(exitFindings, err)
	}
}

// chainReader dials the configured chain and returns a registry reader and
// the EIP-712 domain (chain id from the settings, else from the node).
func chainReader(ctx context.Context, c *config) (*chain.Reader, wire.Domain, func(), error) {
	reg, err := chainSettings(c)
	if err != nil {
		return nil, wire.Domain{}, nil, err
	}
	cl, err := ethclient.DialContext(ctx, c.RPC)
	if err != nil {
		return nil, wire.Domain{}, nil, withCode(exitChain, fmt.Errorf("cannot reach the chain at %s: check --rpc / VOUCH_RPC", c.RPC))
	}
	id := c.ChainID
	if id == 0 {
		cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		n, err := cl.ChainID(cctx)
		cancel()
		if err != nil {
			cl.Close()
			return nil, wire.Domain{}, nil, withCode(exitChain, fmt.Errorf("cannot reach the chain at %s: check --rpc / VOUCH_RPC", c.RPC))
		}
		id = n.Uint64()
	}
	return chain.NewReader(cl, reg, chain.ReaderOptions{Attempts: 2}), wire.Domain{ChainID: id, Registry: reg}, cl.Close, nil
}

// chainErr names an unreachable chain in one sentence.
func chainErr(c *config, what string, err error) error {
	if err == nil {
		return nil
	}
	return withCode(exitChain, fmt.Errorf("cannot read %s from the chain at %s (check --rpc / VOUCH_RPC): %v", what, c.RPC, oneLine(err)))
}

// oneLine keeps the first line of an error, so users see one sentence.
func oneLine(err error) string {
	s := err.Error()
	for i, r := range s {
		if r == '\n' {
			return s[:i]
		}
	}
	return s
}

// printJSON writes v as indented JSON.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// publishFlags adds the settings commands that talk to host and chain use.
func publishFlags(cmd *cobra.Command, signs bool) {
	addConfigFlags(cmd, "host", "rpc", "registry", "chain_id")
	if signs {
		addConfigFlags(cmd, "key_dir", "key")
	}
}
