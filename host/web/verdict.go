package web

import (
	"bytes"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api/apijson"
)

// sri formats raw sha512 bytes as npm's integrity string.
func sri(raw []byte) string {
	if len(raw) != sha512.Size {
		return ""
	}
	return "sha512-" + base64.StdEncoding.EncodeToString(raw)
}

// Verdict reads what the chain says about name@version. With integrity
// (npm's sha512 SRI of the bytes someone is about to install) it also
// says whether those are the bytes that were signed. It re-reads the
// release's live record (revocation) from the registry contract.
func (s *Server) Verdict(ctx context.Context, name, version, integrity string) (apijson.Verdict, error) {
	snap, err := s.fresh(ctx)
	if err != nil {
		return apijson.Verdict{}, err
	}
	v := apijson.Verdict{Package: name, Version: version, Registry: s.cfg.Index.Registry().Hex(), Head: snap.Head, Signers: []string{}}
	pkg := snap.Packages[name]
	rec := snap.Release(name, version)
	if pkg == nil {
		v.State, v.Detail = apijson.VerdictNotEnrolled, fmt.Sprintf("%s is not enrolled in vouch on this chain: nobody vouches for its releases", name)
		return v, nil
	}
	v.Threshold, v.Maintainers = int(pkg.Threshold), len(pkg.Maintainers)
	if rec == nil || rec.Published.Block == 0 {
		v.State, v.Detail = apijson.VerdictUnsigned, fmt.Sprintf("%s is enrolled (%d of %d) but version %s was never signed", name, pkg.Threshold, len(pkg.Maintainers), version)
		return v, nil
	}
	for _, a := range rec.Signers {
		v.Signers = append(v.Signers, a.Hex())
	}
	v.Integrity, v.ContentHash = sri(rec.Integrity), rec.ContentHash.Hex()
	v.Tx, v.Block, v.Time = rec.Published.Hash.Hex(), rec.Published.Block, rec.Published.Time
	if rec.Score != nil {
		sc := int(rec.Score.Score)
		v.Score = &sc
	}
	live, err := chain.NewReader(s.cfg.Index.Backend(), s.cfg.Index.Registry(), chain.ReaderOptions{Attempts: 2}).Release(ctx, name, version)
	if err != nil {
		return v, err
	}
	switch {
	case !live.Recorded() || live.IntegrityHash != crypto.Keccak256Hash(rec.Integrity):
		// The event the index read is not what the contract holds now (a
		// reorganised chain, or an RPC that answered logs it cannot back).
		v.State, v.Detail = apijson.VerdictUnsigned, fmt.Sprintf("%s@%s: the registry holds no matching record at the chain head", name, version)
		v.Signers, v.Score, v.Tx, v.Block, v.Integrity = []string{}, nil, "", 0, ""
	case live.Revoked || rec.Revoked != nil:
		v.State, v.Detail = apijson.VerdictRevoked, fmt.Sprintf("%s@%s was signed, then revoked: %s", name, version, rec.RevokeReason)
	case integrity != "" && integrity != v.Integrity:
		got, _ := apijson.ParseIntegrity(integrity)
		if got != nil && bytes.Equal(got, rec.Integrity) {
			v.State, v.Detail = apijson.VerdictVerified, fmt.Sprintf("signed by %d of %d maintainers", len(rec.Signers), len(pkg.Maintainers))
			break
		}
		v.State, v.Detail = apijson.VerdictMismatch, fmt.Sprintf("the bytes offered (%s) are not the bytes the maintainers signed (%s)", trunc(integrity, 24), trunc(v.Integrity, 24))
	default:
		v.State, v.Detail = apijson.VerdictVerified, fmt.Sprintf("signed by %d of %d maintainers", len(rec.Signers), len(pkg.Maintainers))
	}
	return v, nil
}

// PackageBadge is the verdict of a package's newest release on chain (its
// State is not-enrolled or unsigned when there is none).
func (s *Server) PackageBadge(ctx context.Context, name string) (apijson.Verdict, error) {
	snap, err := s.fresh(ctx)
	if err != nil {
		return apijson.Verdict{}, err
	}
	if snap.Packages[name] == nil {
		return apijson.Verdict{Package: name, State: apijson.VerdictNotEnrolled}, nil
	}
	for _, r := range snap.PackageReleases(name) {
		if r.Published.Block == 0 {
			continue
		}
		return s.Verdict(ctx, name, r.Version, "")
	}
	return apijson.Verdict{Package: name, State: apijson.VerdictUnsigned}, nil
}

// Enclaves lists the enclave keys registered on chain.
func (s *Server) Enclaves(ctx context.Context) ([]apijson.EnclaveKey, error) {
	snap, err := s.fresh(ctx)
	if err != nil {
		return nil, err
	}
	out := []apijson.EnclaveKey{}
	for _, e := range snap.Enclaves {
		out = append(out, apijson.EnclaveKey{Role: e.Role, Key: e.Key.Hex(), Measurement: e.Measurement.Hex(), Platform: e.Platform,
			Simulated: e.Simulated, Retired: e.Retired != nil, Tx: e.Registered.Hash.Hex(), Block: e.Registered.Block})
	}
	return out, nil
}

// ReleaseKeyHex is the registry's key of name@version.
func ReleaseKeyHex(name, version string) string {
	return wire.HexDigest(wire.ReleaseKey(name, version))
}

func trunc(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
