package tpm

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"github.com/vouchpm/vouch/attestation/testclock"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-tpm-tools/client"
	"github.com/google/go-tpm-tools/simulator"
	"github.com/google/go-tpm/legacy/tpm2"
	"github.com/google/go-tpm/tpmutil"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/internal/tcglog"
	"github.com/vouchpm/vouch/attestation/internal/tpmquote"
	"github.com/vouchpm/vouch/attestation/sim"
)

var testNow = testclock.Date(2026, 11, 25, 12)

// simulatedVTPM is the go-tpm-tools simulator with the event log that
// explains its PCRs, the shape client.GetEventLog looks for.
type simulatedVTPM struct {
	io.ReadWriteCloser
	log []byte
}

func (s simulatedVTPM) EventLog() ([]byte, error) { return s.log, nil }

// gceLikeEvents is a firmware log shaped like GCE's: S-CRTM version,
// separators and a boot loader event.
func gceLikeEvents() []tcglog.Event {
	events := []tcglog.Event{{PCR: 0, Type: tcglog.EvSCRTMVersion, Data: tpmquote.UTF16LE("GCE Virtual Firmware v1")}}
	events = append(events, tcglog.Separators()...)
	return append(events, tcglog.Event{PCR: 8, Type: tcglog.EvIPL, Data: []byte("kernel_cmdline: /vmlinuz root=/dev/sda1\x00")})
}

// provisionGCE makes the simulator look like a GCE vTPM: the ECC AK template
// and an AK certificate from ca in the NV indices GCE uses. ca nil leaves the
// NV empty (a vTPM without an AK certificate).
func provisionGCE(t *testing.T, ca *testCA, events []tcglog.Event) *Attester {
	t.Helper()
	s, err := simulator.Get()
	if err != nil {
		t.Fatal(err)
	}
	sels, err := client.AllocatedPCRs(s)
	if err != nil {
		t.Fatal(err)
	}
	log, err := tcglog.Measure(s, events, tcglog.Banks(sels))
	if err != nil {
		t.Fatal(err)
	}
	if ca != nil {
		tmpl, err := client.AKTemplateECC().Encode()
		if err != nil {
			t.Fatal(err)
		}
		writeNV(t, s, client.GceAKTemplateNVIndexECC, tmpl)
		ak, err := client.EndorsementKeyFromNvIndex(s, client.GceAKTemplateNVIndexECC)
		if err != nil {
			t.Fatal(err)
		}
		cert := ca.certifyAK(t, ak.PublicKey(), testNow.AddDate(-1, 0, 0))
		ak.Close()
		writeNV(t, s, client.GceAKCertNVIndexECC, cert.Raw)
	}
	a, err := NewAttester(WithDevice(simulatedVTPM{s, log}))
	if err != nil {
		s.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func writeNV(t *testing.T, rw io.ReadWriter, index uint32, data []byte) {
	t.Helper()
	h := tpmutil.Handle(index)
	attrs := tpm2.AttrOwnerRead | tpm2.AttrOwnerWrite | tpm2.AttrAuthRead | tpm2.AttrNoDA
	if err := tpm2.NVDefineSpace(rw, tpm2.HandleOwner, h, "", "", nil, attrs, uint16(len(data))); err != nil {
		t.Fatal(err)
	}
	if err := tpm2.NVWrite(rw, tpm2.HandleOwner, h, "", data, 0); err != nil {
		t.Fatal(err)
	}
}

func evidence(t *testing.T, a attestation.PlatformAttester, nonce []byte) []byte {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	b := attestation.NewBinding(attestation.RoleCoordinator, &key.PublicKey, 8453, common.HexToAddress("0xabcd"), nonce, testNow.Add(-time.Minute))
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

func TestRoundTripWithTestCA(t *testing.T) {
	ca := newTestCA(t)
	a := provisionGCE(t, ca, gceLikeEvents())
	if !a.HasAKCertificate() {
		t.Fatal("attester did not pick up the provisioned AK certificate")
	}
	raw := evidence(t, a, []byte("n1"))
	v := platformVerifier(t, testNow, NewVerifier(ca.root, ca.inter))
	claims, err := v.VerifyEvidence(context.Background(), raw)
	if err != nil {
		t.Fatal(err)
	}
	if claims.Simulated || claims.Platform != "tpm" || claims.Signer != "CN=vouch test AK,O=vouch tests" {
		t.Fatalf("claims %+v", claims)
	}
	policy := &attestation.Policy{PCRs: map[int]string{0: claims.PCRs[0], 8: claims.PCRs[8]}, Nonce: []byte("n1"), AnyConfigUnsafe: true}
	if _, err := v.Verify(context.Background(), raw, policy); err != nil {
		t.Fatalf("policy on PCRs: %v", err)
	}
	wrongPCR := &attestation.Policy{PCRs: map[int]string{8: claims.PCRs[0]}}
	var pe *attestation.PolicyError
	if _, err := v.Verify(context.Background(), raw, wrongPCR); !errors.As(err, &pe) || pe.Claim != "pcr8" {
		t.Fatalf("PCR 8 mismatch: err = %v", err)
	}
	// The AK certificate is checked at the verifier's clock.
	late := platformVerifier(t, testNow.AddDate(20, 0, 0), NewVerifier(ca.root, ca.inter))
	if _, err := late.VerifyEvidence(context.Background(), raw); !errors.Is(err, ErrAKCertificate) {
		t.Fatalf("expired AK certificate: err = %v", err)
	}
	// Google's roots do not certify the test AK.
	google := platformVerifier(t, testNow, NewVerifier())
	if _, err := google.VerifyEvidence(context.Background(), raw); !errors.Is(err, ErrAKCertificate) {
		t.Fatalf("Google roots: err = %v", err)
	}
	// The intermediate alone is no trust anchor.
	interOnly := platformVerifier(t, testNow, NewVerifier(ca.inter))
	if _, err := interOnly.VerifyEvidence(context.Background(), raw); !errors.Is(err, ErrAKCertificate) {
		t.Fatalf("intermediate only: err = %v", err)
	}
}

func TestNoAKCertificateRefused(t *testing.T) {
	ca := newTestCA(t)
	a := provisionGCE(t, nil, gceLikeEvents())
	if a.HasAKCertificate() {
		t.Fatal("unprovisioned vTPM has an AK certificate")
	}
	raw := evidence(t, a, nil)
	v := platformVerifier(t, testNow, NewVerifier(ca.root, ca.inter))
	if _, err := v.VerifyEvidence(context.Background(), raw); !errors.Is(err, ErrAKCertificate) {
		t.Fatalf("err = %v, want ErrAKCertificate", err)
	}
}

// A certified AK whose event log says "simulated" is refused as tpm, so a
// careless root cannot turn simulated evidence into hardware evidence.
func TestSimulatedLogRefused(t *testing.T) {
	ca := newTestCA(t)
	events := gceLikeEvents()
	events[0].Data = tpmquote.UTF16LE(tpmquote.SimulatedMarker)
	a := provisionGCE(t, ca, events)
	raw := evidence(t, a, nil)
	v := platformVerifier(t, testNow, NewVerifier(ca.root, ca.inter))
	if _, err := v.VerifyEvidence(context.Background(), raw); !errors.Is(err, ErrSimulatedLog) {
		t.Fatalf("err = %v, want ErrSimulatedLog", err)
	}
}

// Evidence from the sim platform relabelled "tpm" is refused.
func TestSimEvidenceRelabelledRefused(t *testing.T) {
	ca := newTestCA(t)
	sa, err := sim.NewAttester(sim.WithCode(sim.Code{Name: "x"}))
	if err != nil {
		t.Fatal(err)
	}
	raw := evidence(t, sa, nil)
	sa.Close()
	ev, err := attestation.DecodeEvidence(raw)
	if err != nil {
		t.Fatal(err)
	}
	ev.Platform, ev.Aux = attestation.PlatformTPM, nil
	relabelled, err := ev.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	v := platformVerifier(t, testNow, NewVerifier(ca.root, ca.inter))
	if _, err := v.VerifyEvidence(context.Background(), relabelled); !errors.Is(err, attestation.ErrInvalidEvidence) {
		t.Fatalf("err = %v, want refusal", err)
	}
}

func TestSealAndRollbackOnVTPM(t *testing.T) {
	a := provisionGCE(t, newTestCA(t), gceLikeEvents())
	blob, err := a.Seal([]byte("token"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := a.Unseal(blob); err != nil || string(got) != "token" {
		t.Fatalf("unseal: %q %v", got, err)
	}
	old, _, err := a.SealVersioned([]byte("v1"))
	if err != nil {
		t.Fatal(err)
	}
	// v2 commits v1 (the host had it before it asked for more), v3 commits
	// v2: v1 is then older than the newest committed.
	for _, pt := range []string{"v2", "v3"} {
		if _, _, err := a.SealVersioned([]byte(pt)); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := a.UnsealVersioned(old); !errors.Is(err, ErrRollback) {
		t.Fatalf("old blob: err = %v, want ErrRollback", err)
	}
	a.mu.Lock()
	err = tpm2.PCRExtend(a.rw, 4, tpm2.AlgSHA256, make([]byte, 32), "")
	a.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Unseal(blob); !errors.Is(err, ErrUnseal) {
		t.Fatalf("after PCR 4 extend: err = %v, want ErrUnseal", err)
	}
}

func TestRootsLoading(t *testing.T) {
	google := GoogleCertificates()
	v := NewVerifier()
	if len(google) != 5 || len(v.trust.Roots) != 2 || len(v.trust.Intermediates) != 3 {
		t.Fatalf("Google CAs: %d certs, %d roots, %d intermediates", len(google), len(v.trust.Roots), len(v.trust.Intermediates))
	}
	ca := newTestCA(t)
	dir := t.TempDir()
	pemFile := filepath.Join(dir, "chain.pem")
	var buf bytes.Buffer
	for _, c := range []*x509.Certificate{ca.root, ca.inter} {
		pem.Encode(&buf, &pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
	}
	if err := os.WriteFile(pemFile, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	derFile := filepath.Join(dir, "root.der")
	if err := os.WriteFile(derFile, ca.root.Raw, 0o600); err != nil {
		t.Fatal(err)
	}
	dv, err := NewDefaultVerifier(pemFile, derFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(dv.trust.Roots) != 4 || len(dv.trust.Intermediates) != 4 {
		t.Fatalf("default + files: %d roots, %d intermediates", len(dv.trust.Roots), len(dv.trust.Intermediates))
	}
	bad := filepath.Join(dir, "bad")
	os.WriteFile(bad, []byte("not a certificate"), 0o600)
	if _, err := NewDefaultVerifier(bad); err == nil {
		t.Fatal("garbage roots file accepted")
	}
}
