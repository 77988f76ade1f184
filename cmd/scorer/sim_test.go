package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/corpus"
	"github.com/vouchpm/vouch/scorer/tarball"
)

// With --platform sim the scorer's key evidence and every score's quote verify with
// the simulated TPM's verifier: the checks `vouch audit score` makes.
func TestSimAttestedScore(t *testing.T) {
	ctx := context.Background()
	state := t.TempDir()
	// Create the simulated TPM first to learn its attestation key (it persists in the state file).
	tpm, err := sim.NewAttester(sim.WithStateFile(filepath.Join(state, "tpm.state")))
	if err != nil {
		t.Fatal(err)
	}
	akPEM, err := tpm.AKPublicPEM()
	if err != nil {
		t.Fatal(err)
	}
	tpm.Close()

	registry := "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	addr := startScorer(t, "--listen", "127.0.0.1:0", "--model", "none", "--platform", "sim", "--state-dir", state, "--chain-id", "1337", "--registry", registry)
	c, err := wire.DialScorer(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	info, err := c.Do(ctx, wire.ScorerRequest{Op: wire.ScorerOpInfo})
	if err != nil {
		t.Fatal(err)
	}
	pv, err := sim.NewVerifier(sim.TrustAKPEM(akPEM))
	if err != nil {
		t.Fatal(err)
	}
	v, err := attestation.NewVerifier(attestation.WithPlatform(pv))
	if err != nil {
		t.Fatal(err)
	}
	claims, err := v.VerifyEvidence(ctx, info.Info.Evidence)
	if err != nil {
		t.Fatalf("scorer evidence: %v", err)
	}
	if !claims.Simulated || claims.Role != attestation.RoleScorer || claims.Address != common.BytesToAddress(info.Info.Address) || !bytes.Equal(claims.ModelDigest, make([]byte, 32)) {
		t.Fatalf("claims %+v", claims)
	}

	dir := "../../scorer/testdata/corpus/malicious/obfuscated-dropper-0x"
	base, _ := corpus.Pack(dir + "/base")
	nw, _ := corpus.Pack(dir + "/new")
	resp, err := c.Do(ctx, wire.ScorerRequest{Op: wire.ScorerOpScore, Score: &wire.ScoreTarballsRequest{PackageName: "tiny-date-format", Version: "3.1.1", BaseTarball: base, NewTarball: nw}})
	if err != nil {
		t.Fatal(err)
	}
	r := resp.Score
	// 1. signature recovers the attested key
	digest, err := wire.Digest(wire.Domain{ChainID: 1337, Registry: common.HexToAddress(registry)}, r.Score)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := wire.Recover(digest, r.Signature)
	if err != nil || signer != claims.Address {
		t.Fatalf("signature recovers %s, attested key %s (%v)", signer, claims.Address, err)
	}
	// 2. the per-score quote's report data is the score digest
	if _, err := v.VerifyDigestQuote(ctx, r.Platform, r.Quote, r.Aux, digest); err != nil {
		t.Fatalf("score quote: %v", err)
	}
	wrong := digest
	wrong[31] ^= 1
	if _, err := v.VerifyDigestQuote(ctx, r.Platform, r.Quote, r.Aux, wrong); !errors.Is(err, attestation.ErrReportDataMismatch) {
		t.Fatalf("quote verified for another digest: %v", err)
	}
	// 3. inputHash recomputed from the two tarballs; 4. findingsHash from the report
	bp, _ := tarball.Read(base, tarball.Limits{})
	np, _ := tarball.Read(nw, tarball.Limits{})
	if scorer.InputHash(bp.ContentHash, np.ContentHash) != r.Score.InputHash {
		t.Fatal("inputHash does not recompute")
	}
	rep, err := scorer.ReportFromJSON(r.Report)
	if err != nil {
		t.Fatal(err)
	}
	if fh, _ := rep.FindingsHash(); fh != r.Score.FindingsHash || !rep.Flagged {
		t.Fatal("findingsHash does not recompute, or the dropper was not flagged")
	}
}
