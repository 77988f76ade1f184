package attestation

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"github.com/vouchpm/vouch/attestation/testclock"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// edPlatform is a test platform whose "quote" is an ed25519 signature over
// measurement||reportData: real cryptography, so a tampered quote fails.
type edPlatform struct {
	name        string
	priv        ed25519.PrivateKey
	measurement [32]byte
	debug       bool
	simulated   bool
}

func (p *edPlatform) Platform() string { return p.name }

func (p *edPlatform) Quote(_ context.Context, rd [32]byte) ([]byte, []byte, error) {
	msg := append(append([]byte{}, p.measurement[:]...), rd[:]...)
	if p.debug {
		msg = append(msg, 1)
	} else {
		msg = append(msg, 0)
	}
	return append(msg, ed25519.Sign(p.priv, msg)...), nil, nil
}

func (p *edPlatform) VerifyQuote(_ context.Context, quote, _ []byte, _ time.Time) (*Claims, error) {
	if len(quote) != 65+ed25519.SignatureSize {
		return nil, invalidf("quote is %d bytes", len(quote))
	}
	msg, sig := quote[:65], quote[65:]
	if !ed25519.Verify(p.priv.Public().(ed25519.PublicKey), msg, sig) {
		return nil, invalidf("bad quote signature")
	}
	return &Claims{
		Platform:    p.name,
		Measurement: fmt.Sprintf("%x", msg[:32]),
		ReportData:  append([]byte(nil), msg[32:64]...),
		Debug:       msg[64] == 1,
		Simulated:   p.simulated,
	}, nil
}

type fixture struct {
	platform *edPlatform
	verifier *Verifier
	key      []byte
	now      time.Time
}

func newFixture(t *testing.T, mutate func(*edPlatform)) *fixture {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	p := &edPlatform{name: "ed", priv: priv, measurement: [32]byte{0xaa}}
	if mutate != nil {
		mutate(p)
	}
	now := testclock.Date(2026, 11, 25, 12)
	v, err := NewVerifier(WithPlatform(p), WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{platform: p, verifier: v, now: now}
}

func (f *fixture) evidence(t *testing.T, nonce []byte, issued time.Time) []byte {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	f.key = crypto.FromECDSAPub(&key.PublicKey)
	b := NewBinding(RoleScorer, &key.PublicKey, 1337, common.HexToAddress("0x00000000000000000000000000000000000000aa"), nonce, issued)
	ev, err := Attest(context.Background(), f.platform, b)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := ev.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func basePolicy() *Policy {
	return &Policy{Measurements: []string{fmt.Sprintf("%x", [32]byte{0xaa})}}
}

func TestVerifyRoundTrip(t *testing.T) {
	f := newFixture(t, nil)
	raw := f.evidence(t, []byte("nonce-1"), f.now.Add(-time.Minute))
	p := basePolicy()
	p.Nonce = []byte("nonce-1")
	p.Role = RoleScorer
	claims, err := f.verifier.Verify(context.Background(), raw, p)
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if !bytes.Equal(claims.Key, f.key) || claims.ChainID != 1337 || claims.Role != RoleScorer {
		t.Fatalf("claims do not carry the binding: %+v", claims)
	}
	pub, _ := crypto.UnmarshalPubkey(f.key)
	if claims.Address != crypto.PubkeyToAddress(*pub) {
		t.Fatalf("address %s does not match the bound key", claims.Address)
	}
}

func TestPolicyRefusalsNameTheClaim(t *testing.T) {
	tests := []struct {
		name      string
		mutate    func(*edPlatform)
		issued    time.Duration
		policy    func(*Policy)
		wantClaim string
	}{
		{name: "measurement", policy: func(p *Policy) { p.Measurements = []string{strings.Repeat("bb", 32)} }, wantClaim: "measurement"},
		{name: "no measurement listed", policy: func(p *Policy) { p.Measurements = nil }, wantClaim: "measurement"},
		{name: "debug", mutate: func(p *edPlatform) { p.debug = true }, wantClaim: "debug"},
		{name: "age", issued: -25 * time.Hour, wantClaim: "age"},
		{name: "max age", issued: -2 * time.Hour, policy: func(p *Policy) { p.MaxAge = Duration(time.Hour) }, wantClaim: "age"},
		{name: "future", issued: time.Hour, wantClaim: "age"},
		{name: "nonce", policy: func(p *Policy) { p.Nonce = []byte("other") }, wantClaim: "nonce"},
		{name: "key", policy: func(p *Policy) { p.Key = bytes.Repeat([]byte{4}, 65) }, wantClaim: "key"},
		{name: "role", policy: func(p *Policy) { p.Role = RoleCoordinator }, wantClaim: "role"},
		{name: "chain", policy: func(p *Policy) { p.ChainID = 1 }, wantClaim: "chainId"},
		{name: "simulated", mutate: func(p *edPlatform) { p.simulated = true }, wantClaim: "simulated"},
		{name: "platform", policy: func(p *Policy) { p.Platforms = []string{PlatformNitro} }, wantClaim: "platform"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, tc.mutate)
			issued := tc.issued
			if issued == 0 {
				issued = -time.Minute
			}
			raw := f.evidence(t, []byte("n"), f.now.Add(issued))
			p := basePolicy()
			if tc.policy != nil {
				tc.policy(p)
			}
			claims, err := f.verifier.Verify(context.Background(), raw, p)
			var pe *PolicyError
			if !errors.As(err, &pe) || !errors.Is(err, ErrPolicy) {
				t.Fatalf("want a PolicyError, got %v", err)
			}
			if pe.Claim != tc.wantClaim {
				t.Fatalf("refused claim %q, want %q (%v)", pe.Claim, tc.wantClaim, err)
			}
			if claims == nil {
				t.Fatal("a policy refusal must still return what was seen")
			}
		})
	}
}

func TestSimulatedAllowedOnlyExplicitly(t *testing.T) {
	f := newFixture(t, func(p *edPlatform) { p.simulated = true })
	raw := f.evidence(t, nil, f.now)
	p := basePolicy()
	p.AllowSimulatedUnsafe = true
	claims, err := f.verifier.Verify(context.Background(), raw, p)
	if err != nil || !claims.Simulated {
		t.Fatalf("simulated evidence under an allowing policy: claims=%+v err=%v", claims, err)
	}
}

func TestTamperedEvidenceIsInvalid(t *testing.T) {
	f := newFixture(t, nil)
	raw := f.evidence(t, []byte("n"), f.now)
	ev, err := DecodeEvidence(raw)
	if err != nil {
		t.Fatal(err)
	}
	otherKey, _ := crypto.GenerateKey()
	swapped := NewBinding(RoleScorer, &otherKey.PublicKey, 1337, common.Address{0xaa}, []byte("n"), f.now)
	swappedRaw, _ := swapped.Marshal()

	tests := []struct {
		name string
		edit func(*Evidence)
		want error
	}{
		{"swapped binding key", func(e *Evidence) { e.Binding = swappedRaw }, ErrReportDataMismatch},
		{"flipped quote byte", func(e *Evidence) { e.Quote[3] ^= 1 }, ErrInvalidEvidence},
		{"unknown platform", func(e *Evidence) { e.Platform = "quantum" }, ErrUnsupportedPlatform},
		{"wrong version", func(e *Evidence) { e.Version = 2 }, ErrInvalidEvidence},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := *ev
			e.Quote = append([]byte(nil), ev.Quote...)
			tc.edit(&e)
			data, err := e.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			_, err = f.verifier.Verify(context.Background(), data, basePolicy())
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if errors.Is(err, ErrPolicy) {
				t.Fatalf("a forgery must not read as a policy refusal: %v", err)
			}
		})
	}
}

func TestDecodeEvidenceRefusesNonCanonicalAndHostileInput(t *testing.T) {
	f := newFixture(t, nil)
	raw := f.evidence(t, nil, f.now)
	tests := map[string][]byte{
		"empty":        nil,
		"truncated":    raw[:len(raw)/2],
		"trailing":     append(append([]byte{}, raw...), 0),
		"random":       bytes.Repeat([]byte{0x9f}, 64),
		"oversized":    make([]byte, MaxEvidenceSize+1),
		"indefinite":   {0xbf, 0xff},
		"non-minimal":  append([]byte{0xb8, 0x05}, raw[1:]...),
		"not a map":    {0x01},
		"deep nesting": bytes.Repeat([]byte{0x81}, 100),
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := DecodeEvidence(data); !errors.Is(err, ErrInvalidEvidence) {
				t.Fatalf("got %v, want ErrInvalidEvidence", err)
			}
		})
	}
}

func TestPolicyParsing(t *testing.T) {
	p, err := ParsePolicy([]byte(`{"measurements":["aa"],"maxAge":"1h","nonce":"0x0102","allowSimulatedUnsafe":true}`))
	if err != nil {
		t.Fatal(err)
	}
	if p.MaxAge.D() != time.Hour || !bytes.Equal(p.Nonce, []byte{1, 2}) || !p.AllowSimulatedUnsafe {
		t.Fatalf("parsed %+v", p)
	}
	if _, err := ParsePolicy([]byte(`{"allowSimulated":true}`)); err == nil {
		t.Fatal("a misspelt field must be refused, not silently ignored")
	}
}

func FuzzDecodeEvidence(f *testing.F) {
	fx := newFixture(&testing.T{}, nil)
	f.Add(fx.evidence(&testing.T{}, []byte("seed"), fx.now))
	f.Add([]byte{0xa0})
	f.Fuzz(func(t *testing.T, data []byte) {
		ev, err := DecodeEvidence(data)
		if err != nil {
			return
		}
		again, err := ev.Marshal()
		if err != nil {
			t.Fatalf("re-marshal: %v", err)
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("decoded evidence does not re-encode to the same bytes")
		}
		_, _ = DecodeBinding(ev.Binding)
	})
}
