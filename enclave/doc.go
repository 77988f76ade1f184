// Package enclave is the coordinator: it collects M-of-N maintainer
// signatures, enforces the veto window and score gate, holds the sealed npm
// token and publishes releases over TLS that ends inside it.
//
// It runs inside the TEE (EGo/SGX, Nitro, or a confidential VM) and imports
// no host code: the host reaches it only through the framed protocol of
// enclave/wire, and every fact the enclave states in a response is signed by
// its attested key.
package enclave
