package sgx

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/edgelesssys/ego/enclave"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation"
)

func verifierFor(t *testing.T, p *testPKI, c *Collateral) *Verifier {
	t.Helper()
	opts := []Option{WithRoots(p.root)}
	if c != nil {
		opts = append(opts, WithCollateral(c))
	}
	v, err := NewVerifier(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestVerifyQuoteClaims(t *testing.T) {
	p := newTestPKI(t)
	e := defaultEnclave()
	quote := p.buildQuote(t, e, quoteOpts{})
	claims, err := verifierFor(t, p, p.collateral(t, collOpts{})).VerifyQuote(context.Background(), quote, nil, p.now)
	if err != nil {
		t.Fatalf("VerifyQuote: %v", err)
	}
	want := attestation.Claims{
		Platform:    "sgx",
		Measurement: hex.EncodeToString(e.mrenclave[:]),
		Signer:      hex.EncodeToString(e.mrsigner[:]),
		ProductID:   7,
		SVN:         3,
		TCBStatus:   TCBUpToDate,
	}
	if claims.Platform != want.Platform || claims.Measurement != want.Measurement || claims.Signer != want.Signer ||
		claims.ProductID != want.ProductID || claims.SVN != want.SVN || claims.TCBStatus != want.TCBStatus ||
		claims.Debug || claims.Simulated || !claims.IssuedAt.IsZero() || len(claims.Advisories) != 0 {
		t.Fatalf("claims %+v, want %+v", claims, want)
	}
	if !bytes.Equal(claims.ReportData, e.reportData[:32]) {
		t.Fatalf("report data %x, want %x", claims.ReportData, e.reportData[:32])
	}
	// A quote whose bytes 32..63 are not zero (not vouch's layout) gives
	// all 64 bytes as is, so it can never match a binding hash.
	e.reportData[40] = 1
	claims, err = verifierFor(t, p, p.collateral(t, collOpts{})).VerifyQuote(context.Background(), p.buildQuote(t, e, quoteOpts{}), nil, p.now)
	if err != nil || !bytes.Equal(claims.ReportData, e.reportData[:]) {
		t.Fatalf("raw report data %x (%v), want %x", claims.ReportData, err, e.reportData)
	}
}

func TestVerifyQuoteRefusals(t *testing.T) {
	p := newTestPKI(t)
	other := newTestPKI(t)
	e := defaultEnclave()
	good := p.buildQuote(t, e, quoteOpts{})
	tests := []struct {
		name   string
		quote  func() []byte
		coll   collOpts
		at     time.Time
		noRoot bool
		want   error
	}{
		{name: "chain from an untrusted root", quote: func() []byte {
			return other.buildQuote(t, e, quoteOpts{})
		}, want: ErrUntrustedChain},
		{name: "only the Intel root trusted", noRoot: true, want: ErrUntrustedChain},
		{name: "revoked PCK certificate", coll: collOpts{revokePCK: true}, want: ErrRevoked},
		{name: "QE report signed by another key", quote: func() []byte {
			return p.buildQuote(t, e, quoteOpts{qeSigner: newKey(t)})
		}, want: ErrQESignature},
		{name: "quote signed by another key", quote: func() []byte {
			return p.buildQuote(t, e, quoteOpts{quoteKey: newKey(t)})
		}, want: ErrQuoteSignature},
		{name: "tampered MRENCLAVE", quote: func() []byte {
			q := bytes.Clone(good)
			q[headerSize+64] ^= 1
			return q
		}, want: ErrQuoteSignature},
		{name: "attestation key not bound by the QE", quote: func() []byte {
			return p.buildQuote(t, e, quoteOpts{bindKey: rawPub(newKey(t))})
		}, want: ErrAttestationKeyBinding},
		{name: "QE not signed by Intel's QE MRSIGNER", quote: func() []byte {
			return p.buildQuote(t, e, quoteOpts{qeMRSIGNER: bytes.Repeat([]byte{1}, 32)})
		}, want: ErrQEIdentity},
		{name: "revoked QE ISVSVN", quote: func() []byte {
			return p.buildQuote(t, e, quoteOpts{qeSVN: 3})
		}, want: ErrQEIdentity},
		{name: "TCB info of another FMSPC", coll: collOpts{fmspc: "00906ed50000"}, want: ErrTCBInfo},
		{name: "revoked platform TCB", quote: func() []byte {
			return p.buildQuote(t, e, quoteOpts{pck: p.pckCert(t, testFMSPC, [16]uint8{}, 13)})
		}, want: ErrTCBInfo},
		{name: "platform below every TCB level", quote: func() []byte {
			return p.buildQuote(t, e, quoteOpts{pck: p.pckCert(t, testFMSPC, [16]uint8{}, 2)})
		}, want: ErrTCBInfo},
		{name: "tampered TCB info", coll: collOpts{tamperTCBInfo: true}, want: ErrCollateral},
		{name: "TCB info signed by another key", coll: collOpts{tcbSigner: newKey(t)}, want: ErrCollateral},
		{name: "TCB info signed by a PCK key", coll: collOpts{signWithPCK: true}, want: ErrUntrustedChain},
		{name: "collateral expired", at: p.now.Add(29*24*time.Hour + time.Minute), want: ErrCollateralExpired},
		{name: "collateral not yet valid", coll: collOpts{issue: p.now.Add(time.Hour), next: p.now.Add(48 * time.Hour)}, want: ErrCollateralExpired},
		{name: "PCK certificate expired", at: p.now.Add(2 * 365 * 24 * time.Hour), want: ErrUntrustedChain},
		{name: "truncated quote", quote: func() []byte { return good[:len(good)-100] }, want: ErrQuoteFormat},
		{name: "quote version 4", quote: func() []byte {
			q := bytes.Clone(good)
			q[0] = 4
			return q
		}, want: ErrQuoteFormat},
		{name: "TDX TEE type", quote: func() []byte {
			q := bytes.Clone(good)
			q[4] = 0x81
			return q
		}, want: ErrQuoteFormat},
		{name: "attestation key type ECDSA-384", quote: func() []byte {
			q := bytes.Clone(good)
			q[2] = 3
			return q
		}, want: ErrQuoteFormat},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			quote := good
			if tc.quote != nil {
				quote = tc.quote()
			}
			at := p.now
			if !tc.at.IsZero() {
				at = tc.at
			}
			coll := p.collateral(t, tc.coll)
			var roots []Option
			if !tc.noRoot {
				roots = append(roots, WithRoots(p.root))
			}
			// Collateral given to the verifier is checked when the verifier
			// is made; collateral in Evidence.Aux at each quote. Both refuse.
			v, err := NewVerifier(append(roots, WithCollateral(coll))...)
			if err == nil {
				var claims *attestation.Claims
				claims, err = v.VerifyQuote(context.Background(), quote, nil, at)
				if claims != nil && err != nil {
					t.Fatalf("claims returned with an error")
				}
			}
			if !errors.Is(err, tc.want) || !errors.Is(err, attestation.ErrInvalidEvidence) {
				t.Fatalf("collateral option: got %v, want %v", err, tc.want)
			}
			aux, err := coll.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			v, err = NewVerifier(roots...)
			if err != nil {
				t.Fatal(err)
			}
			claims, err := v.VerifyQuote(context.Background(), quote, aux, at)
			if !errors.Is(err, tc.want) || claims != nil {
				t.Fatalf("collateral in aux: got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestTCBStatusAndAdvisories(t *testing.T) {
	p := newTestPKI(t)
	v := verifierFor(t, p, p.collateral(t, collOpts{}))
	tests := []struct {
		name       string
		comp0      uint8
		qeSVN      uint16
		wantStatus string
		wantAdv    []string
	}{
		{"up to date", 15, 0, TCBUpToDate, nil},
		{"SW hardening needed", 14, 0, TCBSWHardeningNeeded, []string{"INTEL-SA-00615"}},
		{"out of date", 12, 0, TCBOutOfDate, []string{"INTEL-SA-00615", "INTEL-SA-01153"}},
		{"out of date QE makes the platform out of date", 15, 6, TCBOutOfDate, []string{"INTEL-SA-00615"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pck := p.pckCert(t, testFMSPC, withComp0(tc.comp0), testPCESVN)
			quote := p.buildQuote(t, defaultEnclave(), quoteOpts{pck: pck, qeSVN: tc.qeSVN})
			claims, err := v.VerifyQuote(context.Background(), quote, nil, p.now)
			if err != nil {
				t.Fatal(err)
			}
			if claims.TCBStatus != tc.wantStatus || !slices.Equal(claims.Advisories, tc.wantAdv) {
				t.Fatalf("status %s %v, want %s %v", claims.TCBStatus, claims.Advisories, tc.wantStatus, tc.wantAdv)
			}
		})
	}
}

// fakeEnclave stands in for enclave.GetRemoteReport: it quotes with the
// test PKI and wraps the quote in an Open Enclave report header, as EGo does.
func fakeEnclave(t *testing.T, p *testPKI, e enclaveSpec, debug bool) func([]byte) ([]byte, error) {
	return func(rd []byte) ([]byte, error) {
		if len(rd) != 64 {
			t.Errorf("GetRemoteReport got %d bytes of report data, want 64", len(rd))
		}
		e.debug = debug
		copy(e.reportData[:], rd)
		return WrapOEHeader(p.buildQuote(t, e, quoteOpts{})), nil
	}
}

func evidence(t *testing.T, p *testPKI, a *Attester) ([]byte, []byte) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	b := attestation.NewBinding(attestation.RoleCoordinator, &key.PublicKey, 1337, common.Address{0xaa}, []byte("nonce"), p.now.Add(-time.Minute))
	ev, err := attestation.Attest(context.Background(), a, b)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := ev.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return raw, crypto.FromECDSAPub(&key.PublicKey)
}

func TestEvidenceRoundTripAndPolicy(t *testing.T) {
	p := newTestPKI(t)
	e := defaultEnclave()
	coll := p.collateral(t, collOpts{})
	withAux := WithCollateralSource(func() (*Collateral, error) { return coll, nil })
	sv := verifierFor(t, p, nil) // collateral comes in Evidence.Aux
	v, err := attestation.NewVerifier(attestation.WithPlatform(sv), attestation.WithClock(func() time.Time { return p.now }))
	if err != nil {
		t.Fatal(err)
	}
	policy := func(mod func(*attestation.Policy)) *attestation.Policy {
		// AnyConfigUnsafe: the platform's verification is under test, not the configuration.
		pol := &attestation.Policy{Measurements: []string{hex.EncodeToString(e.mrenclave[:])}, Nonce: []byte("nonce"), AnyConfigUnsafe: true}
		if mod != nil {
			mod(pol)
		}
		return pol
	}

	raw, key := evidence(t, p, NewAttester(withRemoteReport(fakeEnclave(t, p, e, false)), withAux))
	claims, err := v.Verify(context.Background(), raw, policy(nil))
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if !bytes.Equal(claims.Key, key) || claims.TCBStatus != TCBUpToDate || claims.IssuedAt != p.now.Add(-time.Minute).Truncate(time.Second) {
		t.Fatalf("claims %+v", claims)
	}

	t.Run("debug enclave refused", func(t *testing.T) {
		raw, _ := evidence(t, p, NewAttester(withRemoteReport(fakeEnclave(t, p, e, true)), withAux))
		claims, err := v.Verify(context.Background(), raw, policy(nil))
		var pe *attestation.PolicyError
		if !errors.As(err, &pe) || pe.Claim != "debug" || !claims.Debug {
			t.Fatalf("got %v, want a debug refusal", err)
		}
	})
	t.Run("out-of-date TCB refused by default policy", func(t *testing.T) {
		p2 := *p
		p2.pck = p.pckCert(t, testFMSPC, withComp0(12), testPCESVN)
		raw, _ := evidence(t, &p2, NewAttester(withRemoteReport(fakeEnclave(t, &p2, e, false)), withAux))
		_, err := v.Verify(context.Background(), raw, policy(nil))
		var pe *attestation.PolicyError
		if !errors.As(err, &pe) || pe.Claim != "tcbStatus" || pe.Got != TCBOutOfDate {
			t.Fatalf("got %v, want a tcbStatus refusal", err)
		}
		_, err = v.Verify(context.Background(), raw, policy(func(p *attestation.Policy) {
			p.AcceptedTCBStatuses = []string{TCBOutOfDate}
		}))
		if !errors.As(err, &pe) || pe.Claim != "advisory" {
			t.Fatalf("accepting the status but not its advisories: got %v", err)
		}
		_, err = v.Verify(context.Background(), raw, policy(func(p *attestation.Policy) {
			p.AcceptedTCBStatuses = []string{TCBOutOfDate}
			p.AcceptedAdvisories = []string{"INTEL-SA-00615", "INTEL-SA-01153"}
		}))
		if err != nil {
			t.Fatalf("explicitly accepted status and advisories: %v", err)
		}
	})
	t.Run("no collateral anywhere", func(t *testing.T) {
		raw, _ := evidence(t, p, NewAttester(withRemoteReport(fakeEnclave(t, p, e, false))))
		if _, err := v.Verify(context.Background(), raw, policy(nil)); !errors.Is(err, ErrCollateral) {
			t.Fatalf("got %v, want ErrCollateral", err)
		}
	})
	t.Run("binding swapped", func(t *testing.T) {
		ev, err := attestation.DecodeEvidence(raw)
		if err != nil {
			t.Fatal(err)
		}
		other, _ := crypto.GenerateKey()
		b := attestation.NewBinding(attestation.RoleCoordinator, &other.PublicKey, 1337, common.Address{0xaa}, []byte("nonce"), p.now)
		if ev.Binding, err = b.Marshal(); err != nil {
			t.Fatal(err)
		}
		swapped, _ := ev.Marshal()
		if _, err := v.Verify(context.Background(), swapped, policy(nil)); !errors.Is(err, attestation.ErrReportDataMismatch) {
			t.Fatalf("got %v, want ErrReportDataMismatch", err)
		}
	})
}

func TestAttesterOutsideEnclave(t *testing.T) {
	// The real enclave.GetRemoteReport: outside an enclave it fails
	// (OE_UNSUPPORTED); with 64 bytes of report data it must not panic.
	_, _, err := NewAttester().Quote(context.Background(), [32]byte{1})
	if !errors.Is(err, ErrNotInEnclave) {
		t.Fatalf("got %v, want ErrNotInEnclave", err)
	}
}

func TestSealerFailsClosedOutsideEnclave(t *testing.T) {
	if _, err := NewSealer(); !errors.Is(err, ErrNotInEnclave) {
		t.Fatalf("NewSealer outside an enclave: got %v, want ErrNotInEnclave", err)
	}
	// The zero value (and one built around the real GetSelfReport) must
	// refuse too: EGo would otherwise seal with an all-zero key.
	real := &Sealer{selfReport: enclave.GetSelfReport}
	for name, s := range map[string]*Sealer{"zero": {}, "nil": nil, "real GetSelfReport": real} {
		if _, err := s.Seal([]byte("npm token")); !errors.Is(err, ErrNotInEnclave) {
			t.Fatalf("%s sealer Seal: got %v, want ErrNotInEnclave", name, err)
		}
		if _, err := s.Unseal([]byte("blob")); !errors.Is(err, ErrNotInEnclave) {
			t.Fatalf("%s sealer Unseal: got %v, want ErrNotInEnclave", name, err)
		}
	}
}

func TestIntelRootPinned(t *testing.T) {
	root, err := IntelRoot()
	if err != nil {
		t.Fatal(err)
	}
	if root.Subject.CommonName != "Intel SGX Root CA" || root.SerialNumber.Text(16) != "22650cd65a9d3489f383b49552bf501b392706ac" {
		t.Fatalf("embedded root is %q serial %s", root.Subject.CommonName, root.SerialNumber.Text(16))
	}
	if err := root.CheckSignatureFrom(root); err != nil {
		t.Fatalf("Intel root is not self-signed: %v", err)
	}
	if _, err := root.Verify(x509.VerifyOptions{Roots: pool(root), CurrentTime: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
}

func pool(certs ...*x509.Certificate) *x509.CertPool {
	p := x509.NewCertPool()
	for _, c := range certs {
		p.AddCert(c)
	}
	return p
}

func TestOEHeader(t *testing.T) {
	q := []byte("quote bytes")
	wrapped := WrapOEHeader(q)
	got, err := StripOEHeader(wrapped)
	if err != nil || !bytes.Equal(got, q) {
		t.Fatalf("round trip: %q %v", got, err)
	}
	for name, bad := range map[string][]byte{
		"short":        wrapped[:10],
		"local report": append([]byte{1, 0, 0, 0, 1, 0, 0, 0}, wrapped[8:]...),
		"size lies":    append(bytes.Clone(wrapped), 0),
	} {
		if _, err := StripOEHeader(bad); !errors.Is(err, ErrQuoteFormat) {
			t.Errorf("%s: got %v, want ErrQuoteFormat", name, err)
		}
	}
}

func TestCollateralCBORRoundTrip(t *testing.T) {
	p := newTestPKI(t)
	c := p.collateral(t, collOpts{})
	raw, err := c.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeCollateral(raw)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := back.Marshal()
	if !bytes.Equal(raw, again) {
		t.Fatal("collateral does not re-encode to the same bytes")
	}
	back.Version = 2
	v2, _ := back.Marshal()
	if _, err := DecodeCollateral(v2); !errors.Is(err, ErrCollateral) {
		t.Fatalf("version 2: got %v", err)
	}
}
