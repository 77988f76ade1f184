package signfile

import (
	"encoding/json"

	"github.com/vouchpm/vouch/enclave/wire"
)

// fileJSON is how a File is written: its typed data in wallet form.
type fileJSON struct {
	Format     string               `json:"format"`
	TypedData  wire.WalletTypedData `json:"typedData"`
	Digest     any                  `json:"digest"`
	Tarball    string               `json:"tarball,omitempty"`
	Ciphertext any                  `json:"ciphertext,omitempty"`
	Signatures []Signature          `json:"signatures"`
}

// MarshalJSON writes the file with its typed data in wallet form, so that
// a wallet or library can be handed the typedData member as it is.
func (f File) MarshalJSON() ([]byte, error) {
	w, err := wire.ForWallet(f.TypedData)
	if err != nil {
		return nil, err
	}
	out := fileJSON{Format: f.Format, TypedData: w, Digest: f.Digest, Tarball: f.Tarball, Signatures: f.Signatures}
	if len(f.Ciphertext) > 0 {
		out.Ciphertext = f.Ciphertext
	}
	if out.Signatures == nil {
		out.Signatures = []Signature{}
	}
	return json.Marshal(out)
}

// WalletJSON is the file's typed data as eth_signTypedData_v4 takes it.
func (f *File) WalletJSON() ([]byte, error) {
	w, err := wire.ForWallet(f.TypedData)
	if err != nil {
		return nil, err
	}
	return json.MarshalIndent(w, "", "  ")
}
