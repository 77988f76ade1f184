package sim

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"github.com/vouchpm/vouch/attestation/testclock"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	pb "github.com/google/go-tpm-tools/proto/attest"
	"github.com/google/go-tpm/legacy/tpm2"
	"google.golang.org/protobuf/proto"

	"github.com/vouchpm/vouch/attestation"
)

var testNow = testclock.Date(2026, 11, 25, 12)

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

// rewrite decodes evidence, lets mutate change the attestation protobuf,
// the aux or the binding, and encodes it again.
func rewrite(t *testing.T, raw []byte, mutate func(ev *attestation.Evidence, att *pb.Attestation)) []byte {
	t.Helper()
	ev, err := attestation.DecodeEvidence(raw)
	if err != nil {
		t.Fatal(err)
	}
	var att pb.Attestation
	if err := proto.Unmarshal(ev.Quote, &att); err != nil {
		t.Fatal(err)
	}
	mutate(ev, &att)
	if ev.Quote, err = proto.Marshal(&att); err != nil {
		t.Fatal(err)
	}
	out, err := ev.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sha256Quote(att *pb.Attestation) int {
	for i, q := range att.GetQuotes() {
		if tpm2.Algorithm(q.GetPcrs().GetHash()) == tpm2.AlgSHA256 {
			return i
		}
	}
	panic("no SHA-256 quote")
}

func TestRefusals(t *testing.T) {
	a := openAttester(t)
	v := newVerifier(t, a)
	raw := makeEvidence(t, a, []byte("nonce-1"))
	other := makeEvidence(t, a, []byte("nonce-2"))
	claims, err := v.VerifyEvidence(context.Background(), raw)
	if err != nil {
		t.Fatal(err)
	}
	allow := func(p attestation.Policy) *attestation.Policy {
		p.AllowSimulatedUnsafe = true
		if len(p.PCRs) == 0 && len(p.Measurements) == 0 {
			p.Measurements = []string{claims.Measurement}
		}
		return &p
	}
	codeDigest := sha256.Sum256(testCode.eventData())

	otherKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	untrusted, err := NewVerifier(TrustAK(&otherKey.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	untrustedV, err := attestation.NewVerifier(attestation.WithPlatform(untrusted), attestation.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	none, err := NewVerifier()
	if err != nil {
		t.Fatal(err)
	}
	noneV, err := attestation.NewVerifier(attestation.WithPlatform(none))
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name      string
		verifier  *attestation.Verifier
		evidence  []byte
		policy    *attestation.Policy
		wantErr   error
		wantClaim string
	}{
		{name: "default policy refuses simulated", evidence: raw,
			policy: &attestation.Policy{Measurements: []string{claims.Measurement}}, wantErr: attestation.ErrPolicy, wantClaim: "simulated"},
		{name: "wrong nonce", evidence: raw, policy: allow(attestation.Policy{Nonce: []byte("nonce-2")}),
			wantErr: attestation.ErrPolicy, wantClaim: "nonce"},
		{name: "PCR mismatch", evidence: raw, policy: allow(attestation.Policy{PCRs: map[int]string{8: strings.Repeat("00", 32)}}),
			wantErr: attestation.ErrPolicy, wantClaim: "pcr8"},
		{name: "measurement mismatch", evidence: raw, policy: allow(attestation.Policy{Measurements: []string{strings.Repeat("ab", 32)}}),
			wantErr: attestation.ErrPolicy, wantClaim: "measurement"},
		{name: "untrusted AK", verifier: untrustedV, evidence: raw, policy: allow(attestation.Policy{}), wantErr: ErrUntrustedAK},
		{name: "no trusted AK", verifier: noneV, evidence: raw, policy: allow(attestation.Policy{}), wantErr: ErrUntrustedAK},
		{name: "binding swapped", evidence: rewrite(t, raw, func(ev *attestation.Evidence, _ *pb.Attestation) {
			o, _ := attestation.DecodeEvidence(other)
			ev.Binding = o.Binding
		}), policy: allow(attestation.Policy{}), wantErr: attestation.ErrReportDataMismatch},
		{name: "quote signature flipped", evidence: rewrite(t, raw, func(_ *attestation.Evidence, att *pb.Attestation) {
			att.Quotes[sha256Quote(att)].RawSig[10] ^= 1
		}), policy: allow(attestation.Policy{}), wantErr: ErrQuote},
		{name: "quoted data flipped", evidence: rewrite(t, raw, func(_ *attestation.Evidence, att *pb.Attestation) {
			q := att.Quotes[sha256Quote(att)].Quote
			q[len(q)-1] ^= 1
		}), policy: allow(attestation.Policy{}), wantErr: ErrQuote},
		{name: "PCR value flipped", evidence: rewrite(t, raw, func(_ *attestation.Evidence, att *pb.Attestation) {
			att.Quotes[sha256Quote(att)].Pcrs.Pcrs[8][0] ^= 1
		}), policy: allow(attestation.Policy{}), wantErr: ErrQuote},
		{name: "event log digest flipped", evidence: rewrite(t, raw, func(_ *attestation.Evidence, att *pb.Attestation) {
			i := bytes.Index(att.EventLog, codeDigest[:])
			if i < 0 {
				t.Fatal("code event digest not in log")
			}
			att.EventLog[i] ^= 1
		}), policy: allow(attestation.Policy{}), wantErr: ErrQuote},
		{name: "event log dropped", evidence: rewrite(t, raw, func(_ *attestation.Evidence, att *pb.Attestation) {
			att.EventLog = nil
		}), policy: allow(attestation.Policy{}), wantErr: ErrQuote},
		{name: "aux names another AK", evidence: rewrite(t, raw, func(ev *attestation.Evidence, _ *pb.Attestation) {
			var err error
			if ev.Aux, err = encodeAux(&otherKey.PublicKey); err != nil {
				t.Fatal(err)
			}
		}), policy: allow(attestation.Policy{}), wantErr: ErrMalformed},
		{name: "no SHA-256 quote", evidence: rewrite(t, raw, func(_ *attestation.Evidence, att *pb.Attestation) {
			att.Quotes = append(att.Quotes[:sha256Quote(att)], att.Quotes[sha256Quote(att)+1:]...)
		}), policy: allow(attestation.Policy{}), wantErr: ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			vv := tc.verifier
			if vv == nil {
				vv = v
			}
			_, err := vv.Verify(context.Background(), tc.evidence, tc.policy)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if tc.wantClaim != "" {
				var pe *attestation.PolicyError
				if !errors.As(err, &pe) || pe.Claim != tc.wantClaim {
					t.Fatalf("err = %v, want a refusal of %s", err, tc.wantClaim)
				}
			}
			if !errors.Is(tc.wantErr, attestation.ErrPolicy) && !errors.Is(err, attestation.ErrInvalidEvidence) {
				t.Errorf("err %v does not wrap ErrInvalidEvidence", err)
			}
		})
	}
}

func TestSealUnseal(t *testing.T) {
	a := openAttester(t)
	secret := []byte("npm_token_0123456789")
	blob, err := a.Seal(secret)
	if err != nil {
		t.Fatal(err)
	}
	got, err := a.Unseal(blob)
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("unseal = %q, %v", got, err)
	}
	tampered := append([]byte{}, blob...)
	tampered[len(tampered)/2] ^= 1
	if _, err := a.Unseal(tampered); !errors.Is(err, ErrUnseal) {
		t.Errorf("tampered blob: err = %v, want ErrUnseal", err)
	}
	if _, err := a.Unseal([]byte("not a blob")); !errors.Is(err, ErrUnseal) {
		t.Errorf("garbage blob: err = %v, want ErrUnseal", err)
	}
	// Measuring other code into PCR 8 changes what the blob is sealed to.
	a.mu.Lock()
	err = tpm2.PCRExtend(a.sim, 8, tpm2.AlgSHA256, make([]byte, 32), "")
	a.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Unseal(blob); !errors.Is(err, ErrUnseal) {
		t.Fatalf("unseal after PCR extend: err = %v, want ErrUnseal", err)
	}
}

// TestCounterRollback: a sealed blob is committed by the next seal (the
// host stored it before it asked for more) or by unsealing it; anything
// older than the newest committed is refused.
func TestCounterRollback(t *testing.T) {
	a := openAttester(t)
	seal := func(pt string) ([]byte, uint64) {
		t.Helper()
		blob, v, err := a.SealVersioned([]byte(pt))
		if err != nil {
			t.Fatal(err)
		}
		return blob, v
	}
	s1, v1 := seal("state 1")
	s2, v2 := seal("state 2") // commits s1
	if v2 != v1+1 {
		t.Fatalf("versions %d then %d", v1, v2)
	}
	if c, err := a.Counter(); err != nil || c != v1 {
		t.Fatalf("counter = %d, %v; want %d (s2 handed out, not committed)", c, err, v1)
	}
	s3, v3 := seal("state 3") // commits s2
	if _, _, err := a.UnsealVersioned(s1); !errors.Is(err, ErrRollback) {
		t.Fatalf("blob older than the newest committed: err = %v, want ErrRollback", err)
	}
	got, v, err := a.UnsealVersioned(s3)
	if err != nil || v != v3 || string(got) != "state 3" {
		t.Fatalf("newest blob: %q v%d %v", got, v, err)
	}
	if c, err := a.Counter(); err != nil || c != v3 {
		t.Fatalf("counter = %d, %v; want %d (unsealing s3 commits it)", c, err, v3)
	}
	if _, _, err := a.UnsealVersioned(s2); !errors.Is(err, ErrRollback) {
		t.Fatalf("s2 after s3 was committed: err = %v, want ErrRollback", err)
	}
}

// TestCrashBeforeTheHostStoresTheBlob: the enclave seals its new state and
// dies (or the host does) before the host stores the blob. When the seal
// moved the counter first, the blob the host still held was one behind and
// refused for ever: the coordinator's tokens and releases were lost. Now
// the counter moves only once a blob is committed, so the blob the host
// holds still opens after the restart.
func TestCrashBeforeTheHostStoresTheBlob(t *testing.T) {
	state := filepath.Join(t.TempDir(), "tpm.state")
	a, err := NewAttester(WithCode(testCode), WithStateFile(state))
	if err != nil {
		t.Fatal(err)
	}
	stored, _, err := a.SealVersioned([]byte("state 1"))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.UnsealVersioned(stored); err != nil { // the restart that loaded it
		t.Fatal(err)
	}
	if _, _, err := a.SealVersioned([]byte("state 2")); err != nil { // lost in the crash
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	b := openAttester(t, WithStateFile(state))
	if got, _, err := b.UnsealVersioned(stored); err != nil || string(got) != "state 1" {
		t.Fatalf("the blob the host stored, after a crash before it stored the next: %q, %v", got, err)
	}
}

// TestStateSurvivesRestart closes the simulator and opens it again from its
// state file, as a coordinator restart does.
func TestStateSurvivesRestart(t *testing.T) {
	state := filepath.Join(t.TempDir(), "tpm.state")
	a, err := NewAttester(WithCode(testCode), WithStateFile(state))
	if err != nil {
		t.Fatal(err)
	}
	akPEM, _ := a.AKPublicPEM()
	plain, err := a.Seal([]byte("plain secret"))
	if err != nil {
		t.Fatal(err)
	}
	old, _, err := a.SealVersioned([]byte("state 1"))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.SealVersioned([]byte("state 2")); err != nil { // commits state 1
		t.Fatal(err)
	}
	newest, v3, err := a.SealVersioned([]byte("state 3")) // commits state 2
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}

	b := openAttester(t, WithStateFile(state))
	akPEM2, _ := b.AKPublicPEM()
	if !bytes.Equal(akPEM, akPEM2) {
		t.Fatal("AK changed across restart")
	}
	if got, err := b.Unseal(plain); err != nil || string(got) != "plain secret" {
		t.Fatalf("unseal after restart: %q, %v", got, err)
	}
	if c, err := b.Counter(); err != nil || c != v3-1 {
		t.Fatalf("counter after restart = %d, %v; want %d (the newest committed)", c, err, v3-1)
	}
	if _, _, err := b.UnsealVersioned(old); !errors.Is(err, ErrRollback) {
		t.Fatalf("old blob after restart: err = %v, want ErrRollback", err)
	}
	if got, _, err := b.UnsealVersioned(newest); err != nil || string(got) != "state 3" {
		t.Fatalf("newest after restart: %q, %v", got, err)
	}
	// Evidence from the restarted TPM verifies under the AK trusted before.
	sv, err := NewVerifier(TrustAKPEM(akPEM))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sv.VerifyQuote(context.Background(), mustQuote(t, b), mustAux(t, b), testNow); err != nil {
		t.Fatalf("quote after restart: %v", err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}

	// Other code on the same simulated TPM cannot unseal.
	c := openAttester(t, WithStateFile(state), WithCode(Code{Name: "evil", Digest: sha256.Sum256([]byte("evil"))}))
	if _, err := c.Unseal(plain); !errors.Is(err, ErrUnseal) {
		t.Fatalf("other code unsealed: err = %v", err)
	}
}

func TestStateFileDamaged(t *testing.T) {
	state := filepath.Join(t.TempDir(), "tpm.state")
	for name, data := range map[string][]byte{
		"short":    []byte("vouch-sim-nv-v1\n"),
		"checksum": append(append([]byte(stateMagic), make([]byte, 32)...), make([]byte, nvSize)...),
	} {
		if err := writeFileAtomic(state, data); err != nil {
			t.Fatal(err)
		}
		if _, err := NewAttester(WithCode(testCode), WithStateFile(state)); !errors.Is(err, ErrState) {
			t.Errorf("%s: err = %v, want ErrState", name, err)
		}
	}
}

func TestSecondOpenIsBusy(t *testing.T) {
	openAttester(t)
	if _, err := NewAttester(WithCode(testCode)); !errors.Is(err, ErrBusy) {
		t.Fatalf("err = %v, want ErrBusy", err)
	}
}

func TestFixedSeedIsDeterministic(t *testing.T) {
	pems := make([][]byte, 2)
	for i := range pems {
		a, err := NewAttester(WithCode(testCode), WithSeedInsecure(42))
		if err != nil {
			t.Fatal(err)
		}
		pems[i], _ = a.AKPublicPEM()
		a.Close()
	}
	if !bytes.Equal(pems[0], pems[1]) {
		t.Fatal("same seed gave different AKs")
	}
	if _, err := NewAttester(WithSeedInsecure(1), WithStateFile(filepath.Join(t.TempDir(), "s"))); err == nil {
		t.Fatal("seed with state file accepted")
	}
}

func mustQuote(t testing.TB, a *Attester) []byte {
	t.Helper()
	q, _, err := a.Quote(context.Background(), [32]byte{1})
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func mustAux(t testing.TB, a *Attester) []byte {
	t.Helper()
	_, aux, err := a.Quote(context.Background(), [32]byte{1})
	if err != nil {
		t.Fatal(err)
	}
	return aux
}

// The simulator answers one command at a time; the attester serialises
// callers, so concurrent quotes and seals all succeed and verify.
func TestConcurrentUse(t *testing.T) {
	a := openAttester(t)
	v := newVerifier(t, a)
	errs := make(chan error, 8)
	for i := range 4 {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		b := attestation.NewBinding(attestation.RoleScorer, &key.PublicKey, 1, common.Address{}, []byte{byte(i)}, testNow)
		go func() {
			ev, err := attestation.Attest(context.Background(), a, b)
			if err == nil {
				var raw []byte
				if raw, err = ev.Marshal(); err == nil {
					_, err = v.VerifyEvidence(context.Background(), raw)
				}
			}
			errs <- err
		}()
		go func() {
			blob, err := a.Seal([]byte{byte(i)})
			if err == nil {
				_, err = a.Unseal(blob)
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
