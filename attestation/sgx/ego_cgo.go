//go:build cgo

package sgx

import (
	egoattestation "github.com/edgelesssys/ego/attestation"
	"github.com/edgelesssys/ego/ecrypto"
	"github.com/edgelesssys/ego/enclave"
)

// EGo's enclave runtime is C (cgo); ego_nocgo.go stands in for it in
// builds without cgo (the vouch CLI's static binaries), which verify SGX
// quotes but never produce them.

func egoRemoteReport(reportData []byte) ([]byte, error) { return enclave.GetRemoteReport(reportData) }

func egoSelfReport() (egoattestation.Report, error) { return enclave.GetSelfReport() }

func egoSeal(plaintext []byte) ([]byte, error) { return ecrypto.SealWithProductKey(plaintext, nil) }

func egoUnseal(sealed []byte) ([]byte, error) { return ecrypto.Unseal(sealed, nil) }
