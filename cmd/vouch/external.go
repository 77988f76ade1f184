package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/enclave/wire"
	api "github.com/vouchpm/vouch/host/api/apijson"
)

// externalSig lets a signing step be done outside vouch: a phone or a
// hardware wallet signs the EIP-712 typed data vouch prints
// (--print-typed-data, eth_signTypedData_v4 form) and the signature comes
// back with --signature. vouch's keystore is then not used.
type externalSig struct {
	print  bool
	sig    string
	signer string
}

func (e *externalSig) add(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&e.print, "print-typed-data", false, "print the EIP-712 typed data to sign (eth_signTypedData_v4 JSON, as wallets take it) and sign nothing")
	cmd.Flags().StringVar(&e.sig, "signature", "", "a 65-byte 0x signature of the typed data made elsewhere (a wallet's eth_signTypedData_v4); vouch's keystore is not used")
	cmd.Flags().StringVar(&e.signer, "signer", "", "with --signature: the wallet's address; a signature that recovers to another (made over other data) is refused")
}

// check refuses both flags at once.
func (e *externalSig) check() error {
	if e.print && e.sig != "" {
		return withCode(exitUsage, errors.New("give --print-typed-data or --signature, not both"))
	}
	if e.signer != "" && (e.sig == "" || !common.IsHexAddress(e.signer)) {
		return withCode(exitUsage, errors.New("--signer takes an address and goes with --signature"))
	}
	return nil
}

// printTypedData writes td in wallet form.
func printTypedData(w io.Writer, d wire.Domain, m wire.Message) error {
	wt, err := wire.ForWallet(wire.TypedData(d, m))
	if err != nil {
		return err
	}
	return printJSON(w, wt)
}

// signature decodes --signature and recovers its signer over digest.
func (e *externalSig) signature(digest [32]byte) ([]byte, common.Address, error) {
	sig, err := hexutil.Decode(strings.TrimSpace(e.sig))
	if err != nil || len(sig) != 65 {
		return nil, common.Address{}, withCode(exitUsage, fmt.Errorf("--signature must be 0x and 65 bytes of hex (r, s, v), as eth_signTypedData_v4 returns it"))
	}
	sig = wire.NormalizeSig(sig)
	addr, err := wire.Recover(digest, sig)
	if err != nil {
		return nil, addr, withCode(exitFindings, fmt.Errorf("--signature: %v", err))
	}
	if e.signer != "" && common.HexToAddress(e.signer) != addr {
		return nil, addr, withCode(exitFindings, fmt.Errorf("--signature recovers to %s, not --signer %s: it was made over other data (or another key)", addr.Hex(), common.HexToAddress(e.signer).Hex()))
	}
	return sig, addr, nil
}

// signOrUnlock signs digest with --signature when given, else with vouch's
// keystore (unlocking the key).
func (e *externalSig) signOrUnlock(cmd *cobra.Command, c *config, digest [32]byte) (api.SignedBy, error) {
	if e.sig != "" {
		sig, addr, err := e.signature(digest)
		return api.SignedBy{Signer: addr, Signature: sig}, err
	}
	key, err := unlockKey(cmd, c)
	if err != nil {
		return api.SignedBy{}, err
	}
	sig, err := wire.Sign(key, digest)
	return api.SignedBy{Signer: pubAddr(key), Signature: sig}, err
}
