package attestation

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Claims is what verified evidence proves. Only Claims reach policy and callers.
type Claims struct {
	Platform string `json:"platform"`
	// Measurement identifies the code: MRENCLAVE (sgx), PCR0 (nitro), or the
	// SHA-256 over the quoted PCR values (tpm, sim), hex encoded.
	Measurement string `json:"measurement"`
	// PCRs holds the quoted PCR values (tpm, sim, nitro), hex encoded.
	PCRs map[int]string `json:"pcrs,omitempty"`
	// Signer is MRSIGNER (sgx) or the AK/leaf certificate subject (tpm, nitro).
	Signer     string   `json:"signer,omitempty"`
	ProductID  uint16   `json:"productId,omitempty"`
	SVN        uint16   `json:"svn,omitempty"`
	Debug      bool     `json:"debug"`
	TCBStatus  string   `json:"tcbStatus,omitempty"`
	Advisories []string `json:"advisories,omitempty"`
	// IssuedAt is when the platform produced the quote (nitro timestamp, TPM
	// clock is not wall time so tpm/sim use the binding's issuedAt).
	IssuedAt  time.Time `json:"issuedAt"`
	Simulated bool      `json:"simulated"`
	// ReportData is the 32 bytes the quote attests.
	ReportData []byte `json:"-"`

	// Filled from the binding by Verifier.Verify.
	Role         string         `json:"role,omitempty"`
	Key          []byte         `json:"key,omitempty"`
	Address      common.Address `json:"address"`
	ChainID      uint64         `json:"chainId,omitempty"`
	Registry     common.Address `json:"registry"`
	ModelDigest  []byte         `json:"modelDigest,omitempty"`
	PolicyDigest []byte         `json:"policyDigest,omitempty"`
	Nonce        []byte         `json:"nonce,omitempty"`
}
