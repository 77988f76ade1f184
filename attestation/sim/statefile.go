package sim

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
)

// stateMagic starts a state file: the format name, then the NV image.
const stateMagic = "vouch-sim-nv-v1\n"

// encodeState wraps an NV image with the magic and its SHA-256.
func encodeState(img []byte) []byte {
	sum := sha256.Sum256(img)
	out := append([]byte(stateMagic), sum[:]...)
	return append(out, img...)
}

// decodeState checks a state file and returns the NV image inside.
func decodeState(data []byte) ([]byte, error) {
	want := len(stateMagic) + sha256.Size + nvSize
	if len(data) != want {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrState, len(data), want)
	}
	if string(data[:len(stateMagic)]) != stateMagic {
		return nil, fmt.Errorf("%w: not a vouch simulator state file", ErrState)
	}
	sum := data[len(stateMagic) : len(stateMagic)+sha256.Size]
	img := data[len(stateMagic)+sha256.Size:]
	if got := sha256.Sum256(img); !bytes.Equal(got[:], sum) {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrState)
	}
	return img, nil
}

// writeFileAtomic replaces path with data so a crash leaves old or new.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
