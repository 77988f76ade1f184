package sim

import (
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/google/go-tpm-tools/client"
	"github.com/google/go-tpm-tools/simulator"
	"github.com/google/go-tpm/legacy/tpm2"
	"google.golang.org/protobuf/proto"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/internal/tcglog"
	"github.com/vouchpm/vouch/attestation/internal/tpmquote"
	"github.com/vouchpm/vouch/attestation/internal/tpmseal"
)

// Errors.
var (
	// ErrBusy: the C simulator is one per process and is already open.
	ErrBusy = errors.New("sim: the TPM simulator is already open in this process")
	// ErrState: the state file is damaged or not a simulator state.
	ErrState = errors.New("sim: bad simulator state file")
	// ErrClosed: the attester was closed.
	ErrClosed = errors.New("sim: attester closed")
	// ErrUnseal wraps every unseal refusal (tampered blob, changed PCRs).
	ErrUnseal = tpmseal.ErrUnseal
	// ErrRollback: a sealed blob older than the newest one sealed.
	ErrRollback = attestation.ErrRollback
)

// openGuard mirrors the simulator's own process-wide lock, which blocks
// forever on a second Get: the ms-tpm-20-ref simulator is C global state, so
// this one package-level lock is unavoidable; it turns the deadlock into ErrBusy.
var openGuard sync.Mutex

// Option configures NewAttester.
type Option func(*config) error

type config struct {
	statePath string
	seed      *int64
	code      *Code
}

// WithStateFile keeps the simulated TPM's NV memory in path (created when
// missing) so the AK, sealed blobs and the rollback counter survive restarts.
func WithStateFile(path string) Option {
	return func(c *config) error { c.statePath = path; return nil }
}

// WithSeedInsecure derives the hierarchy seeds from seed (deterministic AK):
// for tests only. It cannot be combined with WithStateFile.
func WithSeedInsecure(seed int64) Option {
	return func(c *config) error { c.seed = &seed; return nil }
}

// WithCode sets what is measured into PCR 8 as the running code. The default
// is the SHA-256 of this process's executable.
func WithCode(code Code) Option {
	return func(c *config) error { c.code = &code; return nil }
}

// ExecutableCode measures the running executable.
func ExecutableCode() (Code, error) {
	path, err := os.Executable()
	if err != nil {
		return Code{}, fmt.Errorf("sim: finding the executable: %w", err)
	}
	f, err := os.Open(path)
	if err != nil {
		return Code{}, fmt.Errorf("sim: measuring the executable: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return Code{}, fmt.Errorf("sim: measuring the executable: %w", err)
	}
	c := Code{Name: filepath.Base(path)}
	h.Sum(c.Digest[:0])
	return c, nil
}

// Attester is the simulated TPM of this process: it quotes (PlatformAttester),
// seals to PCRs 0..9 (attestation.Sealer) and keeps a rollback counter.
// Methods are safe for concurrent use.
type Attester struct {
	mu        sync.Mutex
	sim       *simulator.Simulator
	ak        *client.Key
	eventLog  []byte
	statePath string
	counter   *tpmseal.Counter
	versioned *attestation.VersionedSealer // the rollback rule over counter
	sel       tpm2.PCRSelection
	closed    bool
}

var _ attestation.PlatformAttester = (*Attester)(nil)
var _ attestation.Sealer = (*Attester)(nil)

// NewAttester starts the simulated TPM, measures the synthetic boot and the
// code into its PCRs and loads the ECC attestation key. Close releases it.
func NewAttester(opts ...Option) (*Attester, error) {
	var cfg config
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	if cfg.seed != nil && cfg.statePath != "" {
		return nil, errors.New("sim: WithSeedInsecure and WithStateFile exclude each other (the saved NV holds its own seeds)")
	}
	if cfg.code == nil {
		code, err := ExecutableCode()
		if err != nil {
			return nil, err
		}
		cfg.code = &code
	}
	if err := nvLinked(); err != nil {
		return nil, fmt.Errorf("sim: %w", err)
	}
	if !openGuard.TryLock() {
		return nil, ErrBusy
	}
	a, err := open(cfg)
	if err != nil {
		openGuard.Unlock()
		return nil, err
	}
	return a, nil
}

func open(cfg config) (a *Attester, err error) {
	var s *simulator.Simulator
	if cfg.seed != nil {
		s, err = simulator.GetWithFixedSeedInsecure(*cfg.seed)
	} else {
		s, err = simulator.Get()
	}
	if err != nil {
		return nil, fmt.Errorf("sim: starting the simulator: %w", err)
	}
	defer func() {
		if err != nil {
			s.Close()
		}
	}()
	if cfg.statePath != "" {
		if err := restore(s, cfg.statePath); err != nil {
			return nil, err
		}
	}
	sels, err := client.AllocatedPCRs(s)
	if err != nil {
		return nil, fmt.Errorf("sim: listing PCR banks: %w", err)
	}
	log, err := tcglog.Measure(s, syntheticEvents(*cfg.code), tcglog.Banks(sels))
	if err != nil {
		return nil, err
	}
	ak, err := client.AttestationKeyECC(s)
	if err != nil {
		return nil, fmt.Errorf("sim: attestation key: %w", err)
	}
	a = &Attester{sim: s, ak: ak, eventLog: log, statePath: cfg.statePath,
		sel: tpmseal.PCRSelection(tpmquote.FirstMeasuredPCR, tpmquote.LastMeasuredPCR)}
	// Create the storage root key now, so that it is in the saved NV too.
	srk, err := client.StorageRootKeyECC(s)
	if err != nil {
		ak.Close()
		return nil, fmt.Errorf("sim: storage root key: %w", err)
	}
	srk.Close()
	if err := a.save(); err != nil {
		ak.Close()
		return nil, err
	}
	return a, nil
}

// restore loads the NV image from path into the freshly started simulator, or
// leaves it as manufactured when path does not exist yet.
func restore(s *simulator.Simulator, path string) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("sim: reading state: %w", err)
	}
	img, err := decodeState(data)
	if err != nil {
		return fmt.Errorf("%w (%s)", err, path)
	}
	if err := tpm2.Shutdown(s, tpm2.StartupClear); err != nil {
		return fmt.Errorf("sim: shutdown before restore: %w", err)
	}
	nvWrite(img)
	platReset()
	if err := tpm2.Startup(s, tpm2.StartupClear); err != nil {
		return fmt.Errorf("sim: startup from restored state: %w", err)
	}
	return nil
}

// save writes the NV image to the state file, if there is one.
func (a *Attester) save() error {
	if a.statePath == "" {
		return nil
	}
	if err := writeFileAtomic(a.statePath, encodeState(nvRead())); err != nil {
		return fmt.Errorf("sim: saving state: %w", err)
	}
	return nil
}

// Platform returns "sim".
func (a *Attester) Platform() string { return attestation.PlatformSim }

// Quote returns an attest.Attestation protobuf whose SHA-256 quote carries
// reportData as extraData, and aux naming the AK.
func (a *Attester) Quote(_ context.Context, reportData [32]byte) ([]byte, []byte, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil, nil, ErrClosed
	}
	att, err := a.ak.Attest(client.AttestOpts{
		Nonce:              reportData[:],
		TCGEventLog:        a.eventLog,
		SkipTeeAttestation: true,
	})
	if err != nil {
		return nil, nil, fmt.Errorf("sim: quote: %w", err)
	}
	quote, err := proto.MarshalOptions{Deterministic: true}.Marshal(att)
	if err != nil {
		return nil, nil, fmt.Errorf("sim: encoding quote: %w", err)
	}
	aux, err := encodeAux(a.ak.PublicKey())
	if err != nil {
		return nil, nil, err
	}
	return quote, aux, nil
}

// AKPublicPEM returns the attestation key as a PEM "PUBLIC KEY" block: the
// simulated trust root that verifiers are given (TrustAKPEM).
func (a *Attester) AKPublicPEM() ([]byte, error) {
	der, err := x509.MarshalPKIXPublicKey(a.ak.PublicKey())
	if err != nil {
		return nil, fmt.Errorf("sim: encoding AK: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}), nil
}

// AKFingerprint names the AK ("sha256:" + hex of its PKIX DER).
func (a *Attester) AKFingerprint() string { return tpmquote.Fingerprint(a.ak.PublicKey()) }

// Seal seals plaintext to the current SHA-256 PCRs 0..9 (boot and code).
func (a *Attester) Seal(plaintext []byte) ([]byte, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil, ErrClosed
	}
	return tpmseal.Seal(a.sim, a.sel, plaintext)
}

// Unseal opens a Seal blob; it fails (ErrUnseal) when the PCRs changed.
func (a *Attester) Unseal(sealed []byte) ([]byte, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil, ErrClosed
	}
	return tpmseal.Unseal(a.sim, a.sel, sealed)
}

// SealVersioned seals plaintext at one past the rollback counter and returns
// that version; the counter moves to it once it is committed (the next
// SealVersioned, or unsealing it: attestation.VersionedSealer).
func (a *Attester) SealVersioned(plaintext []byte) ([]byte, uint64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, err := a.counterLocked(); err != nil {
		return nil, 0, err
	}
	sealed, v, err := a.versioned.SealVersioned(plaintext)
	if err != nil {
		return nil, 0, err
	}
	return sealed, v, a.save()
}

// UnsealVersioned opens a SealVersioned blob and refuses (ErrRollback) any
// blob older than the newest committed; a blob one past it is committed.
func (a *Attester) UnsealVersioned(sealed []byte) ([]byte, uint64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, err := a.counterLocked(); err != nil {
		return nil, 0, err
	}
	pt, v, err := a.versioned.UnsealVersioned(sealed)
	if err != nil {
		return nil, v, err
	}
	return pt, v, a.save() // the counter may have moved
}

// Counter reads the monotonic rollback counter.
func (a *Attester) Counter() (uint64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	c, err := a.counterLocked()
	if err != nil {
		return 0, err
	}
	return c.Read()
}

func (a *Attester) counterLocked() (*tpmseal.Counter, error) {
	if a.closed {
		return nil, ErrClosed
	}
	if a.counter == nil {
		c, err := tpmseal.OpenCounter(a.sim, tpmseal.DefaultCounterIndex)
		if err != nil {
			return nil, err
		}
		a.counter = c
		a.versioned = &attestation.VersionedSealer{Sealer: tpmseal.PCRSealer{RW: a.sim, Sel: a.sel}, Counter: c}
		if err := a.save(); err != nil {
			return nil, err
		}
	}
	return a.counter, nil
}

// Close saves the state (after an orderly TPM shutdown) and stops the simulator.
func (a *Attester) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil
	}
	a.closed = true
	defer openGuard.Unlock()
	a.ak.Close()
	var errs []error
	if a.statePath != "" {
		if err := tpm2.Shutdown(a.sim, tpm2.StartupClear); err != nil {
			errs = append(errs, fmt.Errorf("sim: shutdown: %w", err))
		} else {
			errs = append(errs, a.save())
		}
	}
	errs = append(errs, a.sim.Close())
	return errors.Join(errs...)
}

// AKFileName is where a simulated enclave publishes its AK beside its state,
// for verifiers to be given explicitly (vouch audit enclave --roots).
const AKFileName = "sim-ak.pem"

// PublishAK writes the AK (AKPublicPEM) to dir/AKFileName.
func (a *Attester) PublishAK(dir string) error {
	pemBytes, err := a.AKPublicPEM()
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, AKFileName), pemBytes, 0o644)
}
