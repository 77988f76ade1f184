package governance

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// PasswordFileEnv names the file holding the password of keystore files.
const PasswordFileEnv = "VOUCH_KEYSTORE_PASSWORD_FILE"

func pubAddr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// LoadKeyFile reads a secp256k1 key from a file: a hex key (one line,
// optional 0x) or an Ethereum keystore JSON, whose password is read from the
// file $VOUCH_KEYSTORE_PASSWORD_FILE names. Keys are never taken from argv.
func LoadKeyFile(path string) (*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("key file: %w", err)
	}
	text := strings.TrimSpace(string(data))
	if strings.HasPrefix(text, "{") {
		if !json.Valid(data) {
			return nil, fmt.Errorf("key file %s: not valid keystore JSON", path)
		}
		pf := os.Getenv(PasswordFileEnv)
		if pf == "" {
			return nil, fmt.Errorf("key file %s is a keystore: set %s to the file holding its password", path, PasswordFileEnv)
		}
		pw, err := os.ReadFile(pf)
		if err != nil {
			return nil, fmt.Errorf("keystore password: %w", err)
		}
		k, err := keystore.DecryptKey(data, strings.TrimRight(string(pw), "\r\n"))
		if err != nil {
			return nil, fmt.Errorf("key file %s: %w", path, err)
		}
		return k.PrivateKey, nil
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(text, "0x"))
	if err != nil {
		return nil, fmt.Errorf("key file %s: not a hex secp256k1 key or a keystore", path)
	}
	return k, nil
}

// LooksLikeKey reports whether s is a raw hex private key (64 hex digits),
// which must never be given on a command line.
func LooksLikeKey(s string) bool {
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	if len(s) != 64 {
		return false
	}
	_, err := crypto.HexToECDSA(s)
	return err == nil
}

// DevQuorum loads, or creates on first use, n dev governance keys in dir
// (dev-governance-<i>.key, mode 0600). They are for --dev only: whoever
// reads dir governs that registry.
func DevQuorum(dir string, n int) ([]*ecdsa.PrivateKey, error) {
	if n <= 0 {
		return nil, errors.New("dev quorum: no keys")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		p := filepath.Join(dir, fmt.Sprintf("dev-governance-%d.key", i))
		if k, err := LoadKeyFile(p); err == nil {
			keys[i] = k
			continue
		} else if !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(p, []byte(fmt.Sprintf("%x\n", crypto.FromECDSA(k))), 0o600); err != nil {
			return nil, err
		}
		keys[i] = k
	}
	return keys, nil
}

// Addresses are the keys' addresses.
func Addresses(keys []*ecdsa.PrivateKey) []common.Address {
	out := make([]common.Address, len(keys))
	for i, k := range keys {
		out[i] = pubAddr(k)
	}
	return out
}
