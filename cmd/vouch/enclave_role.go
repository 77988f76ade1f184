package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/enclave/chain"
)

// registrationWait bounds how long the CLI waits for an attested enclave's
// key to appear in the on-chain registry: a host that has just started has
// queued the registration, and it is mined a block or two later.
const registrationWait = 30 * time.Second

// awaitEnclaveRole reads key's role on chain until it is want, for at most
// wait. It returns the last role read; the caller refuses any
// other. Nothing is trusted by waiting: the key must be registered in the end.
func awaitEnclaveRole(ctx context.Context, reader *chain.Reader, key common.Address, want uint8, wait time.Duration, progress io.Writer) (uint8, error) {
	deadline := time.Now().Add(wait)
	told := false
	for {
		got, err := reader.EnclaveRole(ctx, key)
		if err != nil || got == want || time.Now().After(deadline) {
			return got, err
		}
		if !told {
			fmt.Fprintf(progress, "waiting (up to %s) for enclave key %s to be registered on chain...\n", wait, key.Hex())
			told = true
		}
		select {
		case <-ctx.Done():
			return got, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}
