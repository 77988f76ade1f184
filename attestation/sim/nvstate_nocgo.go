//go:build !cgo

package sim

import "errors"

// Without cgo the simulator's C code is absent: NewAttester refuses with the
// error below, before touching the simulator. The simulated-TPM verifier
// (verifier.go) needs no cgo and works in every build.

// nvSize is NV_MEMORY_SIZE of the simulator cgo builds link (nvstate.go).
const nvSize = 16384

func nvLinked() error {
	return errors.New("the TPM simulator needs cgo and this binary was built without it (CGO_ENABLED=0); use a cgo build of vouch to attest")
}

func nvRead() []byte { return make([]byte, nvSize) }

func nvWrite([]byte) {}

func platReset() {}
