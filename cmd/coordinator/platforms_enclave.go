//go:build enclavemain

package main

// The enclavemain build is the binary `ego-go build -tags enclavemain` makes
// and enclave.json measures (make sgx): it holds the sgx platform alone, so
// the measured code links neither the C TPM simulator nor the other
// platforms' drivers, and the host cannot start it as anything but sgx.
func builtinPlatforms() map[string]platformOpener {
	return map[string]platformOpener{"sgx": openSGX}
}
