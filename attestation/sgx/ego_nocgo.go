//go:build !cgo

package sgx

import (
	"fmt"

	egoattestation "github.com/edgelesssys/ego/attestation"
)

// Without cgo there is no EGo runtime: quoting and sealing fail closed with
// ErrNotInEnclave. Verifying SGX quotes (verify.go) needs no cgo.

var errNoCgo = fmt.Errorf("%w: this binary was built without cgo, so it has no EGo enclave runtime", ErrNotInEnclave)

func egoRemoteReport([]byte) ([]byte, error) { return nil, errNoCgo }

func egoSelfReport() (egoattestation.Report, error) { return egoattestation.Report{}, errNoCgo }

func egoSeal([]byte) ([]byte, error) { return nil, errNoCgo }

func egoUnseal([]byte) ([]byte, error) { return nil, errNoCgo }
