package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire"
)

// configSource relays the coordinator's canonical configuration (the host).
type configSource interface {
	CoordinatorConfig(ctx context.Context) ([]byte, error)
}

// attestedConfig fetches the coordinator's canonical configuration from src
// and returns it only when it hashes to the digest the claims bind: the host
// relays it and could hand over anything else.
func attestedConfig(ctx context.Context, claims *attestation.Claims, src configSource) (*wire.CoordinatorConfig, []byte, error) {
	if len(claims.PolicyDigest) != 32 {
		return nil, nil, fmt.Errorf("the evidence binds no configuration digest")
	}
	raw, err := src.CoordinatorConfig(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("the host did not relay the configuration: %v", oneLine(err))
	}
	if d := wire.ConfigDigest(raw); hex.EncodeToString(d[:]) != hex.EncodeToString(claims.PolicyDigest) {
		return nil, nil, fmt.Errorf("the host relayed a configuration hashing to 0x%x, not to the attested digest", d)
	}
	cfg, err := wire.ParseCoordinatorConfig(raw)
	if err != nil {
		return nil, nil, err
	}
	return cfg, raw, nil
}

// printConfigLines prints what a coordinator configuration says, one line
// each, unsafe settings named as such.
func printConfigLines(w io.Writer, indent string, cfg *wire.CoordinatorConfig) {
	ca := func(pem string) string {
		if pem == "" {
			return "compiled-in roots " + cfg.BuiltinRoots
		}
		h := sha256.Sum256([]byte(pem))
		return fmt.Sprintf("pinned PEM bundle sha256 %x", h[:8])
	}
	fmt.Fprintf(w, "%snpm registry   %s (%s)\n", indent, cfg.NPMRegistry, ca(cfg.NPMRegistryCA))
	fmt.Fprintf(w, "%schain          %d, registry %s\n", indent, cfg.ChainID, cfg.Registry)
	fmt.Fprintf(w, "%srpc            %s (%s), %d confirmation(s)\n", indent, strings.Join(append([]string{cfg.RPCURL}, cfg.RPCURLs...), ", "), ca(cfg.RPCCA), cfg.Confirmations)
	if cfg.DevChainUnsafe {
		fmt.Fprintf(w, "%sdevChainUnsafe plain-http loopback chain: SIMULATED trust\n", indent)
	}
	fmt.Fprintf(w, "%sproposal TTL   %s\n", indent, cfg.ProposalTTL.D())
}

// showCoordinatorConfig prints the configuration digest the coordinator's
// evidence binds and, when src relays a configuration that hashes to it,
// what that configuration says.
func showCoordinatorConfig(ctx context.Context, w io.Writer, claims *attestation.Claims, src configSource) {
	if len(claims.PolicyDigest) == 0 {
		fmt.Fprintln(w, "coordinator configuration digest: none bound")
		return
	}
	fmt.Fprintf(w, "coordinator configuration digest 0x%x\n", claims.PolicyDigest)
	if src == nil {
		return
	}
	cfg, _, err := attestedConfig(ctx, claims, src)
	if err != nil {
		fmt.Fprintf(w, "  (configuration not shown: %v)\n", err)
		return
	}
	printConfigLines(w, "  ", cfg)
}
