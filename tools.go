//go:build tools

// Package vouch pins the libraries every part of vouch builds on, so that
// parallel work on separate packages shares one go.mod.
package vouch

import (
	_ "github.com/edgelesssys/ego/enclave"
	_ "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	_ "github.com/ethereum/go-ethereum/crypto"
	_ "github.com/ethereum/go-ethereum/crypto/ecies"
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/ethereum/go-ethereum/signer/core/apitypes"
	_ "github.com/fxamacker/cbor/v2"
	_ "github.com/google/go-tpm-tools/client"
	_ "github.com/google/go-tpm-tools/server"
	_ "github.com/google/go-tpm-tools/simulator"
	_ "github.com/hf/nitrite"
	_ "github.com/hf/nsm"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "github.com/ollama/ollama/api"
	_ "github.com/schollz/progressbar/v3"
	_ "github.com/spf13/cobra"
	_ "modernc.org/sqlite"
)
