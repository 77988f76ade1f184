package main

import (
	"context"
	"crypto/x509"
	"testing"
	"time"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/platforms"
	"github.com/vouchpm/vouch/attestation/tpm/swtpmtest"
	"github.com/vouchpm/vouch/enclave/wire"
)

// TestTPMAttestedScorerOnSWTPM starts the scorer with --platform tpm on
// swtpm's socket, as on a GPU confidential VM's vTPM: its key evidence is
// tpm evidence that verifies with the swtpm CA as root and is refused under
// the default roots; other platforms fail on this machine, with no fallback.
func TestTPMAttestedScorerOnSWTPM(t *testing.T) {
	sw := swtpmtest.Start(t)
	ca := swtpmtest.NewCA(t)
	sw.ProvisionAK(t, ca)
	log := sw.Boot(t, "/vmlinuz vouch-scorer")
	addr := startScorer(t, "--listen", "127.0.0.1:0", "--model", "none", "--platform", "tpm",
		"--tpm", string(sw.Address()), "--tpm-eventlog", log, "--chain-id", "1337")
	c, err := wire.DialScorer(context.Background(), addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	info, err := c.Do(context.Background(), wire.ScorerRequest{Op: wire.ScorerOpInfo})
	if err != nil {
		t.Fatal(err)
	}
	if info.Info.Platform != attestation.PlatformTPM {
		t.Fatalf("platform %q, want tpm", info.Info.Platform)
	}
	now := time.Now()
	trusting, _ := platforms.NewVerifier(platforms.Trust{Roots: []*x509.Certificate{ca.Root}, Now: func() time.Time { return now }})
	claims, err := trusting.VerifyEvidence(context.Background(), info.Info.Evidence)
	if err != nil || claims.Role != attestation.RoleScorer || claims.Simulated {
		t.Fatalf("scorer evidence: %+v, %v", claims, err)
	}
	defaults, _ := platforms.NewVerifier(platforms.Trust{Now: func() time.Time { return now }})
	if _, err := defaults.VerifyEvidence(context.Background(), info.Info.Evidence); err == nil {
		t.Fatal("swtpm evidence verified under the default roots")
	}
	for _, name := range []string{"nitro", "sgx"} {
		if a, _, err := builtinPlatforms(name, PlatformArgs{}); a != nil || err == nil {
			t.Errorf("%s on a machine without it: %v, %v", name, a, err)
		}
	}
}
