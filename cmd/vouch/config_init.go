package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/host/api/apijson"
)

func newConfigInitCommand() *cobra.Command {
	var from, expectRegistry string
	var expectChain uint64
	cmd := &cobra.Command{
		Use:   "init --from URL",
		Short: "Write config.toml from a vouch-host's /v1/config: its URL, the chain's RPC, the registry contract",
		Long: `init asks a vouch-host where its chain and registry contract are (GET /v1/config)
and writes host, rpc, registry and chain_id into config.toml; other settings
in the file are kept.

The host is untrusted, and the registry address decides what vouch verify
believes: init checks that the RPC answers with the chain id the host named
and that a contract is deployed at the address, and prints both. Compare the
registry address with one you trust (the project's published address), or
pin it with --expect-registry.`,
		Example: "  vouch config init --from http://127.0.0.1:8480\n  vouch config init --from https://vouch.example --expect-registry 0x… --expect-chain-id 8453",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if from == "" {
				return withCode(exitUsage, errors.New("name the host: vouch config init --from http://HOST:PORT"))
			}
			u, err := url.Parse(strings.TrimRight(from, "/"))
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return withCode(exitUsage, fmt.Errorf("--from %q is not an http(s) URL", from))
			}
			hc, err := fetchHostConfig(cmd.Context(), u.String()+"/v1/config")
			if err != nil {
				return withCode(exitUsage, fmt.Errorf("cannot read %s/v1/config: %v (is vouch-host running there?)", u, err))
			}
			if !common.IsHexAddress(hc.Registry) || hc.ChainID == 0 || hc.RPCURL == "" {
				return withCode(exitUsage, fmt.Errorf("%s/v1/config names no chain and registry (the host runs without a chain)", u))
			}
			if expectRegistry != "" && !strings.EqualFold(common.HexToAddress(expectRegistry).Hex(), common.HexToAddress(hc.Registry).Hex()) {
				return withCode(exitFindings, fmt.Errorf("the host names registry %s, not the %s you expect: nothing written", hc.Registry, expectRegistry))
			}
			if expectChain != 0 && expectChain != hc.ChainID {
				return withCode(exitFindings, fmt.Errorf("the host names chain %d, not the %d you expect: nothing written", hc.ChainID, expectChain))
			}
			if err := checkChain(cmd.Context(), hc); err != nil {
				return withCode(exitChain, err)
			}
			path := filepath.Join(configDir(), "config.toml")
			if err := mergeConfig(path, map[string]any{"host": u.String(), "rpc": hc.RPCURL, "registry": common.HexToAddress(hc.Registry).Hex(), "chain_id": int64(hc.ChainID)}); err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "wrote %s:\n  host     = %s\n  rpc      = %s (answers chain id %d)\n  registry = %s (a contract is deployed there)\n", path, u, hc.RPCURL, hc.ChainID, common.HexToAddress(hc.Registry).Hex())
			for _, e := range hc.Enclaves {
				sim := ""
				if e.Simulated {
					sim = ", SIMULATED"
				}
				fmt.Fprintf(w, "  enclave  %s %s (%s%s, on chain since block %d)\n", e.Role, e.Key, e.Platform, sim, e.Block)
			}
			if expectRegistry == "" {
				fmt.Fprintln(w, "these come from the host, which is untrusted: check the registry address against one you trust")
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "vouch-host URL to read /v1/config from")
	cmd.Flags().StringVar(&expectRegistry, "expect-registry", "", "refuse unless the host names this registry address")
	cmd.Flags().Uint64Var(&expectChain, "expect-chain-id", 0, "refuse unless the host names this chain id")
	return cmd
}

// fetchHostConfig reads a host's /v1/config (at most 64 KiB, exact keys).
func fetchHostConfig(ctx context.Context, u string) (apijson.HostConfig, error) {
	var hc apijson.HostConfig
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return hc, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return hc, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return hc, err
	}
	if resp.StatusCode != http.StatusOK {
		return hc, fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return parseHostConfig(body)
}

// parseHostConfig decodes a host's /v1/config exactly: names match case
// for case and appear once (a second "registry" key cannot hide behind the
// first), and the registry is an address.
func parseHostConfig(body []byte) (apijson.HostConfig, error) {
	var hc apijson.HostConfig
	if err := exactKeys(body, "host", "chainId", "rpcUrl", "registry", "npmRegistry", "enclaves"); err != nil {
		return hc, fmt.Errorf("not a host configuration: %w", err)
	}
	if err := json.Unmarshal(body, &hc); err != nil {
		return hc, fmt.Errorf("not a host configuration: %w", err)
	}
	if hc.Registry != "" && !common.IsHexAddress(hc.Registry) {
		return hc, fmt.Errorf("not a host configuration: registry %q is not an address", apijson.Trunc(hc.Registry))
	}
	return hc, nil
}

// checkChain dials the RPC the host named: it must answer the chain id the
// host named and hold code at the registry address.
func checkChain(ctx context.Context, hc apijson.HostConfig) error {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	cl, err := ethclient.DialContext(ctx, hc.RPCURL)
	if err != nil {
		return fmt.Errorf("cannot reach the chain at %s: %v", hc.RPCURL, err)
	}
	defer cl.Close()
	id, err := cl.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("cannot reach the chain at %s: %v", hc.RPCURL, oneLine(err))
	}
	if id.Uint64() != hc.ChainID {
		return fmt.Errorf("the chain at %s answers chain id %d, the host said %d: nothing written", hc.RPCURL, id.Uint64(), hc.ChainID)
	}
	code, err := cl.CodeAt(ctx, common.HexToAddress(hc.Registry), nil)
	if err != nil {
		return fmt.Errorf("cannot read the registry at %s: %v", hc.Registry, oneLine(err))
	}
	if len(code) == 0 {
		return fmt.Errorf("no contract at %s on chain %d: nothing written", hc.Registry, hc.ChainID)
	}
	return nil
}

// mergeConfig sets keys in the TOML file at path, keeping its other settings.
func mergeConfig(path string, set map[string]any) error {
	cur := map[string]any{}
	if _, err := toml.DecodeFile(path, &cur); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return withCode(exitUsage, fmt.Errorf("reading %s: %w", path, err))
	}
	for k, v := range set {
		cur[k] = v
	}
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(cur); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// exactKeys checks that body is one JSON object whose top-level names are
// all known, spelled exactly, and not repeated (encoding/json would match
// "REGISTRY" to registry and keep the last of two).
func exactKeys(body []byte, known ...string) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return errors.New("not a JSON object")
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		name, _ := tok.(string)
		switch {
		case seen[name]:
			return fmt.Errorf("duplicate name %q", apijson.Trunc(name))
		case !slices.Contains(known, name):
			return fmt.Errorf("unknown name %q", apijson.Trunc(name))
		}
		seen[name] = true
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data")
	}
	return nil
}
