// Package swtpmtest runs Debian's swtpm (a software TPM 2.0 in its own
// process) for tests and provisions it as a cloud hypervisor provisions a
// vTPM: an ECC attestation key whose certificate, issued by a CA the test
// makes, sits in the NV indices GCE uses, and a "firmware" boot whose event
// log explains the PCRs. The tpm platform's attester, sealing and NV counter
// then run against it exactly as against /dev/tpmrm0. Test helper only.
package swtpmtest

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-tpm-tools/client"
	"github.com/google/go-tpm/legacy/tpm2"
	"github.com/google/go-tpm/tpmutil"

	"github.com/vouchpm/vouch/attestation/internal/tcglog"
	"github.com/vouchpm/vouch/attestation/internal/tpmquote"
	"github.com/vouchpm/vouch/attestation/tpm"
)

// SWTPM is one swtpm process with its state directory.
type SWTPM struct {
	dir  string // short: unix socket paths are limited to 108 bytes
	cmd  *exec.Cmd
	done chan error
}

// Binary is the swtpm executable on PATH.
func Binary() (string, error) {
	b, err := exec.LookPath("swtpm")
	if err != nil {
		return "", fmt.Errorf("swtpm is not installed (the Makefile installs Debian's swtpm): %w", err)
	}
	return b, nil
}

// Start runs swtpm for the test and stops it in t.Cleanup. Without the
// binary the test is skipped, unless CI=true, where it fails.
func Start(t testing.TB) *SWTPM {
	t.Helper()
	if _, err := Binary(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("swtpmtest: %v", err)
		}
		t.Skipf("swtpmtest: %v", err)
	}
	dir, err := os.MkdirTemp("", "swtpm")
	if err != nil {
		t.Fatal(err)
	}
	s := &SWTPM{dir: dir}
	t.Cleanup(func() {
		s.Stop()
		os.RemoveAll(dir)
	})
	if err := s.start(); err != nil {
		t.Fatalf("swtpmtest: %v", err)
	}
	return s
}

// Address is the TPM server socket, as the coordinator's --tpm takes it.
func (s *SWTPM) Address() tpm.Address { return tpm.Address("unix:" + s.sock()) }

func (s *SWTPM) sock() string { return filepath.Join(s.dir, "tpm.sock") }

func (s *SWTPM) start() error {
	bin, err := Binary()
	if err != nil {
		return err
	}
	_ = os.Remove(s.sock())
	_ = os.Remove(filepath.Join(s.dir, "ctrl.sock"))
	s.cmd = exec.Command(bin, "socket", "--tpm2",
		"--tpmstate", "dir="+s.dir,
		"--server", "type=unixio,path="+s.sock(),
		"--ctrl", "type=unixio,path="+filepath.Join(s.dir, "ctrl.sock"),
		"--flags", "not-need-init,startup-clear")
	logf, err := os.OpenFile(filepath.Join(s.dir, "swtpm.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer logf.Close()
	s.cmd.Stdout, s.cmd.Stderr = logf, logf
	if err := s.cmd.Start(); err != nil {
		return fmt.Errorf("starting swtpm: %w", err)
	}
	s.done = make(chan error, 1)
	go func(c *exec.Cmd, done chan error) { done <- c.Wait() }(s.cmd, s.done)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.Dial("unix", s.sock()); err == nil {
			c.Close()
			return nil
		}
		select {
		case err := <-s.done:
			return fmt.Errorf("swtpm exited: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
	}
	return errors.New("swtpm did not open its socket within 10 s")
}

// Stop ends the swtpm process; its NV state stays in its directory.
func (s *SWTPM) Stop() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	_ = s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.done:
	case <-time.After(5 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
	s.cmd = nil
}

// Reboot stops swtpm and starts it again on the same NV state: PCRs and
// loaded objects are reset, NV indices (the AK certificate, the rollback
// counter) persist, as across a VM reboot.
func (s *SWTPM) Reboot(t testing.TB) {
	t.Helper()
	s.Stop()
	if err := s.start(); err != nil {
		t.Fatalf("swtpmtest: %v", err)
	}
}

// CA is the test's stand-in for the vTPM's certificate authority: its root
// is what a verifier is given as --roots.
type CA struct {
	Root *x509.Certificate
	key  *ecdsa.PrivateKey
}

// NewCA makes a self-signed P-256 CA valid 2020..2050.
func NewCA(t testing.TB) *CA {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	nb := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "vouch test swtpm CA"},
		NotBefore: nb, NotAfter: nb.AddDate(30, 0, 0), IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign}
	root := mustCert(t, tmpl, tmpl, &key.PublicKey, key)
	return &CA{Root: root, key: key}
}

func mustCert(t testing.TB, tmpl, parent *x509.Certificate, pub crypto.PublicKey, signer crypto.Signer) *x509.Certificate {
	t.Helper()
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, pub, signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// ProvisionAK writes the GCE ECC AK template and a certificate from ca for
// that AK into the TPM's NV, as GCE's hypervisor does. Once per TPM: NV
// persists across Reboot.
func (s *SWTPM) ProvisionAK(t testing.TB, ca *CA) {
	t.Helper()
	rw := s.open(t)
	defer rw.Close()
	tmpl, err := client.AKTemplateECC().Encode()
	if err != nil {
		t.Fatal(err)
	}
	writeNV(t, rw, client.GceAKTemplateNVIndexECC, tmpl)
	ak, err := client.EndorsementKeyFromNvIndex(rw, client.GceAKTemplateNVIndexECC)
	if err != nil {
		t.Fatal(err)
	}
	certTmpl := &x509.Certificate{SerialNumber: big.NewInt(time.Now().UnixNano()),
		Subject:   pkix.Name{CommonName: "vouch test swtpm AK", Organization: []string{"vouch tests"}},
		NotBefore: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), NotAfter: time.Date(2050, 1, 1, 0, 0, 0, 0, time.UTC),
		KeyUsage: x509.KeyUsageDigitalSignature}
	cert := mustCert(t, certTmpl, ca.Root, ak.PublicKey(), ca.key)
	ak.Close()
	writeNV(t, rw, client.GceAKCertNVIndexECC, cert.Raw)
}

// Boot measures a firmware-like boot into the freshly started TPM (S-CRTM
// version, separators, a boot loader event naming kernel) and writes the
// event log that explains the PCRs into the TPM's directory; it returns the
// log's path, which the tpm platform is given as its event log.
func (s *SWTPM) Boot(t testing.TB, kernel string) string {
	t.Helper()
	rw := s.open(t)
	defer rw.Close()
	sels, err := client.AllocatedPCRs(rw)
	if err != nil {
		t.Fatal(err)
	}
	events := []tcglog.Event{{PCR: 0, Type: tcglog.EvSCRTMVersion, Data: tpmquote.UTF16LE("swtpm test firmware")}}
	events = append(events, tcglog.Separators()...)
	events = append(events, tcglog.Event{PCR: 8, Type: tcglog.EvIPL, Data: []byte("kernel_cmdline: " + kernel + "\x00")})
	log, err := tcglog.Measure(rw, events, tcglog.Banks(sels))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(s.dir, "binary_bios_measurements")
	if err := os.WriteFile(path, log, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func (s *SWTPM) open(t testing.TB) io.ReadWriteCloser {
	t.Helper()
	rw, err := tpm.Open(s.Address())
	if err != nil {
		t.Fatal(err)
	}
	return rw
}

func writeNV(t testing.TB, rw io.ReadWriter, index uint32, data []byte) {
	t.Helper()
	h := tpmutil.Handle(index)
	_ = tpm2.NVUndefineSpace(rw, "", tpm2.HandleOwner, h)
	attrs := tpm2.AttrOwnerRead | tpm2.AttrOwnerWrite | tpm2.AttrAuthRead | tpm2.AttrNoDA
	if err := tpm2.NVDefineSpace(rw, tpm2.HandleOwner, h, "", "", nil, attrs, uint16(len(data))); err != nil {
		t.Fatal(err)
	}
	if err := tpm2.NVWrite(rw, tpm2.HandleOwner, h, "", data, 0); err != nil {
		t.Fatal(err)
	}
}
