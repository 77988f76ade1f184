package sim

import (
	"context"
	"crypto/sha256"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation"
)

var testNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

var testCode = Code{Name: "vouch-test", Digest: sha256.Sum256([]byte("vouch test code"))}

func openAttester(t testing.TB, opts ...Option) *Attester {
	t.Helper()
	a, err := NewAttester(append([]Option{WithCode(testCode)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func newVerifier(t testing.TB, a *Attester) *attestation.Verifier {
	t.Helper()
	akPEM, err := a.AKPublicPEM()
	if err != nil {
		t.Fatal(err)
	}
	sv, err := NewVerifier(TrustAKPEM(akPEM))
	if err != nil {
		t.Fatal(err)
	}
	v, err := attestation.NewVerifier(attestation.WithPlatform(sv), attestation.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func makeEvidence(t testing.TB, a *Attester, nonce []byte) []byte {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	b := attestation.NewBinding(attestation.RoleScorer, &key.PublicKey, 1337, common.HexToAddress("0x1234"), nonce, testNow.Add(-time.Minute))
	ev, err := attestation.Attest(context.Background(), a, b)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := ev.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestRoundTrip(t *testing.T) {
	a := openAttester(t)
	v := newVerifier(t, a)
	raw := makeEvidence(t, a, []byte("nonce-1"))
	claims, err := v.VerifyEvidence(context.Background(), raw)
	if err != nil {
		t.Fatal(err)
	}
	if !claims.Simulated || claims.Platform != "sim" {
		t.Fatalf("claims not marked simulated: %+v", claims)
	}
	if !strings.HasPrefix(claims.Signer, "SIMULATED AK sha256:") {
		t.Errorf("signer %q", claims.Signer)
	}
	policy := &attestation.Policy{Measurements: []string{claims.Measurement}, Nonce: []byte("nonce-1"), AllowSimulatedUnsafe: true}
	if _, err := v.Verify(context.Background(), raw, policy); err != nil {
		t.Fatalf("verify with simulated policy: %v", err)
	}
	// The measurement is reproducible from the code digest alone.
	if want := expectedMeasurement(t, testCode); claims.Measurement != want {
		t.Errorf("measurement %s, want %s", claims.Measurement, want)
	}
}
