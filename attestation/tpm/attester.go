package tpm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/google/go-tpm-tools/client"
	"github.com/google/go-tpm/legacy/tpm2"
	"google.golang.org/protobuf/proto"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/internal/tpmquote"
	"github.com/vouchpm/vouch/attestation/internal/tpmseal"
)

// DefaultDevice is the kernel's TPM resource manager.
const DefaultDevice = "/dev/tpmrm0"

// Errors.
var (
	ErrClosed   = errors.New("tpm: attester closed")
	ErrUnseal   = tpmseal.ErrUnseal
	ErrRollback = attestation.ErrRollback
)

// Option configures NewAttester.
type Option func(*config)

type config struct {
	rw       io.ReadWriteCloser
	path     string
	eventLog string
}

// WithDevice uses rw as the TPM (tests pass a simulator; a value with an
// EventLog() ([]byte, error) method supplies the event log, as in
// go-tpm-tools). The attester closes it.
func WithDevice(rw io.ReadWriteCloser) Option { return func(c *config) { c.rw = rw } }

// WithDevicePath opens path instead of DefaultDevice: a device, or a TPM
// server socket as tcp:HOST:PORT or unix:PATH (see Address).
func WithDevicePath(path string) Option { return func(c *config) { c.path = path } }

// WithEventLogFile reads the TCG event log that explains the PCRs from path
// instead of the kernel's (/sys/kernel/security/tpm0/binary_bios_measurements).
// A TPM reached over a socket has no kernel log: whoever booted it (the
// hypervisor, or a test acting as firmware) wrote the log.
func WithEventLogFile(path string) Option { return func(c *config) { c.eventLog = path } }

// Attester quotes with the VM's vTPM. On Linux the event log is read from
// /sys/kernel/security/tpm0/binary_bios_measurements. Methods are safe for
// concurrent use.
type Attester struct {
	mu        sync.Mutex
	rw        io.ReadWriteCloser
	ak        *client.Key
	counter   *tpmseal.Counter
	versioned *attestation.VersionedSealer // the rollback rule over counter
	closed    bool
}

var _ attestation.PlatformAttester = (*Attester)(nil)
var _ attestation.Sealer = (*Attester)(nil)

// NewAttester opens the TPM and loads the GCE attestation key (ECC, then
// RSA, with the certificate the hypervisor provisioned in NV); without one,
// the generic ECC AK, whose quotes verify only against roots that certify it.
func NewAttester(opts ...Option) (*Attester, error) {
	cfg := config{path: DefaultDevice}
	for _, o := range opts {
		o(&cfg)
	}
	rw := cfg.rw
	if rw == nil {
		var err error
		if rw, err = Open(Address(cfg.path)); err != nil {
			return nil, err
		}
	}
	if cfg.eventLog != "" {
		rw = withEventLog{ReadWriteCloser: rw, path: cfg.eventLog}
	}
	ak, err := loadAK(rw)
	if err != nil {
		rw.Close()
		return nil, err
	}
	return &Attester{rw: rw, ak: ak}, nil
}

func loadAK(rw io.ReadWriter) (*client.Key, error) {
	for _, load := range []func(io.ReadWriter) (*client.Key, error){client.GceAttestationKeyECC, client.GceAttestationKeyRSA} {
		ak, err := load(rw)
		if err != nil {
			continue
		}
		if ak.Cert() != nil {
			return ak, nil
		}
		ak.Close()
	}
	ak, err := client.AttestationKeyECC(rw)
	if err != nil {
		return nil, fmt.Errorf("tpm: attestation key: %w", err)
	}
	return ak, nil
}

// Platform returns "tpm".
func (a *Attester) Platform() string { return attestation.PlatformTPM }

// HasAKCertificate reports whether the AK came with a certificate.
func (a *Attester) HasAKCertificate() bool { return a.ak.Cert() != nil }

// Quote returns an attest.Attestation protobuf whose quotes carry reportData
// as extraData. SEV-SNP/TDX reports are not added: the vTPM quote is the evidence.
func (a *Attester) Quote(_ context.Context, reportData [32]byte) ([]byte, []byte, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil, nil, ErrClosed
	}
	att, err := a.ak.Attest(client.AttestOpts{Nonce: reportData[:], SkipTeeAttestation: true})
	if err != nil {
		return nil, nil, fmt.Errorf("tpm: quote: %w", err)
	}
	quote, err := proto.MarshalOptions{Deterministic: true}.Marshal(att)
	if err != nil {
		return nil, nil, fmt.Errorf("tpm: encoding quote: %w", err)
	}
	return quote, nil, nil
}

func (a *Attester) sel() tpm2.PCRSelection {
	return tpmseal.PCRSelection(tpmquote.FirstMeasuredPCR, tpmquote.LastMeasuredPCR)
}

// Seal seals plaintext to the current SHA-256 PCRs 0..9.
func (a *Attester) Seal(plaintext []byte) ([]byte, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil, ErrClosed
	}
	return tpmseal.Seal(a.rw, a.sel(), plaintext)
}

// Unseal opens a Seal blob; it fails (ErrUnseal) when the PCRs changed.
func (a *Attester) Unseal(sealed []byte) ([]byte, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil, ErrClosed
	}
	return tpmseal.Unseal(a.rw, a.sel(), sealed)
}

// SealVersioned seals plaintext at one past the TPM's NV rollback counter;
// the counter moves to it once it is committed (attestation.VersionedSealer).
func (a *Attester) SealVersioned(plaintext []byte) ([]byte, uint64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, err := a.counterLocked(); err != nil {
		return nil, 0, err
	}
	return a.versioned.SealVersioned(plaintext)
}

// UnsealVersioned refuses (ErrRollback) any blob older than the newest
// committed; a blob one past it is committed.
func (a *Attester) UnsealVersioned(sealed []byte) ([]byte, uint64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, err := a.counterLocked(); err != nil {
		return nil, 0, err
	}
	return a.versioned.UnsealVersioned(sealed)
}

func (a *Attester) counterLocked() (*tpmseal.Counter, error) {
	if a.closed {
		return nil, ErrClosed
	}
	if a.counter == nil {
		c, err := tpmseal.OpenCounter(a.rw, tpmseal.DefaultCounterIndex)
		if err != nil {
			return nil, err
		}
		a.counter = c
		a.versioned = &attestation.VersionedSealer{Sealer: tpmseal.PCRSealer{RW: a.rw, Sel: a.sel()}, Counter: c}
	}
	return a.counter, nil
}

// Close flushes the AK and closes the device.
func (a *Attester) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil
	}
	a.closed = true
	a.ak.Close()
	return a.rw.Close()
}
