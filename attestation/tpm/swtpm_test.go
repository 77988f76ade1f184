package tpm_test

import (
	"context"
	"crypto/x509"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/tpm"
	"github.com/vouchpm/vouch/attestation/tpm/swtpmtest"
)

// TestSWTPMAttestSealAndRollback runs the tpm platform against swtpm in its
// own process over its socket: the quote verifies only with the swtpm CA as
// root, sealed state survives a reboot of the TPM, and an older blob is
// refused by the NV counter.
func TestSWTPMAttestSealAndRollback(t *testing.T) {
	sw := swtpmtest.Start(t)
	ca := swtpmtest.NewCA(t)
	sw.ProvisionAK(t, ca)
	log := sw.Boot(t, "/vmlinuz vouch-test")
	open := func() *tpm.Attester {
		a, err := tpm.NewAttester(tpm.WithDevicePath(string(sw.Address())), tpm.WithEventLogFile(log))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	a := open()
	if !a.HasAKCertificate() {
		t.Fatal("the provisioned AK certificate was not found in NV")
	}
	key, _ := crypto.GenerateKey()
	at := time.Now()
	ev, err := attestation.Attest(context.Background(), a, attestation.NewBinding(attestation.RoleCoordinator, &key.PublicKey, 1337, common.Address{1}, []byte("nonce"), at))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		roots []*x509.Certificate
		ok    bool
	}{
		{"swtpm CA as root", []*x509.Certificate{ca.Root}, true},
		{"default roots (Google's vTPM CAs)", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := tpm.NewVerifier(tc.roots...)
			c, err := v.VerifyQuote(context.Background(), ev.Quote, ev.Aux, at)
			if (err == nil) != tc.ok {
				t.Fatalf("VerifyQuote: %v, want ok=%v", err, tc.ok)
			}
			if err == nil && c.ReportData == nil {
				t.Fatal("no report data in the claims")
			}
		})
	}

	old, _, err := a.SealVersioned([]byte("state 1"))
	if err != nil {
		t.Fatal(err)
	}
	cur, _, err := a.SealVersioned([]byte("state 2"))
	if err != nil {
		t.Fatal(err)
	}
	a.Close()
	sw.Reboot(t)
	log = sw.Boot(t, "/vmlinuz vouch-test")
	a = open()
	defer a.Close()
	if pt, _, err := a.UnsealVersioned(cur); err != nil || string(pt) != "state 2" {
		t.Fatalf("newest blob after reboot: %q, %v", pt, err)
	}
	if _, _, err := a.UnsealVersioned(old); !errors.Is(err, tpm.ErrRollback) {
		t.Fatalf("older blob after reboot: %v, want ErrRollback", err)
	}
	// Another boot chain (PCR 8) cannot unseal it at all.
	a.Close()
	sw.Reboot(t)
	log = sw.Boot(t, "/vmlinuz other-kernel")
	b := open()
	defer b.Close()
	if _, _, err := b.UnsealVersioned(cur); err == nil || errors.Is(err, tpm.ErrRollback) {
		t.Fatalf("unseal under another kernel: %v, want a PCR policy refusal", err)
	}
}
