package enclave

import (
	"crypto/aes"
	"crypto/cipher"
	"errors"
	"fmt"
	"io"

	"github.com/vouchpm/vouch/attestation"
)

// Platform sealers may hold only a few bytes (a TPM seals at most 128 bytes
// of data). The envelope sealers seal a fresh AES-256-GCM key per blob with
// the platform and encrypt the payload under it; the ciphertext is bound to
// the sealed key, so neither can be swapped.

type envelope struct {
	Version    uint64 `cbor:"v"`
	SealedKey  []byte `cbor:"key"`
	Nonce      []byte `cbor:"nonce"`
	Ciphertext []byte `cbor:"ct"`
}

const envelopeVersion = 1

func envelopeAAD(sealedKey []byte) []byte {
	return append([]byte("vouch-envelope-v1"), sealedKey...)
}

func newDataKey(rand io.Reader) ([]byte, error) {
	k := make([]byte, 32)
	if _, err := io.ReadFull(rand, k); err != nil {
		return nil, fmt.Errorf("envelope key: %w", err)
	}
	return k, nil
}

func envelopeSeal(rand io.Reader, key, sealedKey, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := io.ReadFull(rand, nonce); err != nil {
		return nil, fmt.Errorf("envelope nonce: %w", err)
	}
	ct := aead.Seal(nil, nonce, plaintext, envelopeAAD(sealedKey))
	return attestation.NewCodec().Marshal(envelope{Version: envelopeVersion, SealedKey: sealedKey, Nonce: nonce, Ciphertext: ct})
}

func envelopeParse(blob []byte) (*envelope, error) {
	if len(blob) > MaxSealedSize {
		return nil, fmt.Errorf("sealed blob is %d bytes, limit %d", len(blob), MaxSealedSize)
	}
	var e envelope
	if err := attestation.NewCodec().Unmarshal(blob, &e); err != nil {
		return nil, fmt.Errorf("sealed blob: %w", err)
	}
	if e.Version != envelopeVersion {
		return nil, fmt.Errorf("sealed blob version %d, want %d", e.Version, envelopeVersion)
	}
	return &e, nil
}

func envelopeOpen(key []byte, e *envelope) ([]byte, error) {
	if len(key) != 32 {
		return nil, errors.New("sealed key has the wrong size")
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	if len(e.Nonce) != aead.NonceSize() {
		return nil, errors.New("sealed blob nonce has the wrong size")
	}
	pt, err := aead.Open(nil, e.Nonce, e.Ciphertext, envelopeAAD(e.SealedKey))
	if err != nil {
		return nil, fmt.Errorf("sealed blob does not authenticate: %w", err)
	}
	return pt, nil
}

// MaxSealedSize bounds a sealed blob the enclave will open.
const MaxSealedSize = 64 << 20

// EnvelopeSealer is an attestation.Sealer for payloads of any size.
type EnvelopeSealer struct {
	Platform attestation.Sealer
	Rand     io.Reader
}

// Seal seals a fresh data key with the platform and encrypts plaintext under it.
func (s EnvelopeSealer) Seal(plaintext []byte) ([]byte, error) {
	key, err := newDataKey(s.Rand)
	if err != nil {
		return nil, err
	}
	defer clear(key)
	sk, err := s.Platform.Seal(key)
	if err != nil {
		return nil, err
	}
	return envelopeSeal(s.Rand, key, sk, plaintext)
}

// Unseal opens a blob of Seal.
func (s EnvelopeSealer) Unseal(blob []byte) ([]byte, error) {
	e, err := envelopeParse(blob)
	if err != nil {
		return nil, err
	}
	key, err := s.Platform.Unseal(e.SealedKey)
	if err != nil {
		return nil, err
	}
	defer clear(key)
	return envelopeOpen(key, e)
}

// EnvelopeStateSealer is a StateSealer for payloads of any size: the
// platform's versioned seal (and its rollback check) covers the data key.
type EnvelopeStateSealer struct {
	Platform StateSealer
	Rand     io.Reader
}

// SealVersioned seals a fresh data key at a new counter value and encrypts plaintext under it.
func (s EnvelopeStateSealer) SealVersioned(plaintext []byte) ([]byte, uint64, error) {
	key, err := newDataKey(s.Rand)
	if err != nil {
		return nil, 0, err
	}
	defer clear(key)
	sk, v, err := s.Platform.SealVersioned(key)
	if err != nil {
		return nil, 0, err
	}
	blob, err := envelopeSeal(s.Rand, key, sk, plaintext)
	return blob, v, err
}

// UnsealVersioned opens a blob of SealVersioned; the platform refuses all but the newest.
func (s EnvelopeStateSealer) UnsealVersioned(blob []byte) ([]byte, uint64, error) {
	e, err := envelopeParse(blob)
	if err != nil {
		return nil, 0, err
	}
	key, v, err := s.Platform.UnsealVersioned(e.SealedKey)
	if err != nil {
		return nil, v, err
	}
	defer clear(key)
	pt, err := envelopeOpen(key, e)
	return pt, v, err
}
