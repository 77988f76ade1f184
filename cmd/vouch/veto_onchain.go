package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	anchor "github.com/vouchpm/vouch/host/chain"
)

// vetoOnChain sends a maintainer's signed veto to the registry's veto(),
// paid by the gas account (gasKeyFile, else the signing key). It checks the
// chain id and the account's balance first and decodes a refusal.
func vetoOnChain(cmd *cobra.Command, c *config, rel *checkedRel, v wire.Veto, sig chain.Signature, gasKeyFile string) (common.Hash, error) {
	ctx := cmd.Context()
	payer, err := gasKey(cmd, c, gasKeyFile)
	if err != nil {
		return common.Hash{}, err
	}
	cl, err := ethclient.DialContext(ctx, c.RPC)
	if err != nil {
		return common.Hash{}, withCode(exitChain, fmt.Errorf("cannot reach the chain at %s: check --rpc / VOUCH_RPC", c.RPC))
	}
	defer cl.Close()
	from := crypto.PubkeyToAddress(payer.PublicKey)
	cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	id, err := cl.ChainID(cctx)
	var bal interface{ Sign() int }
	if err == nil {
		bal, err = cl.BalanceAt(cctx, from, nil)
	}
	cancel()
	if err != nil {
		return common.Hash{}, withCode(exitChain, fmt.Errorf("cannot reach the chain at %s (check --rpc / VOUCH_RPC): %v", c.RPC, oneLine(err)))
	}
	if id.Uint64() != rel.domain.ChainID {
		return common.Hash{}, withCode(exitChain, fmt.Errorf("the RPC at %s serves chain %d, the registry is on chain %d", c.RPC, id.Uint64(), rel.domain.ChainID))
	}
	if bal.Sign() == 0 {
		return common.Hash{}, withCode(exitChain, fmt.Errorf("account %s has no funds on chain %d to pay the veto's gas: fund it, or pass --gas-key-file with a funded account", from.Hex(), id.Uint64()))
	}
	w, err := anchor.NewWriter(ctx, cl, payer, rel.domain.Registry)
	if err != nil {
		return common.Hash{}, withCode(exitChain, fmt.Errorf("chain at %s: %v", c.RPC, oneLine(err)))
	}
	sctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	rcpt, err := w.Veto(sctx, rel.status.PackageName, v, sig)
	var re *chain.RevertError
	switch {
	case errors.As(err, &re):
		return common.Hash{}, withCode(exitFindings, fmt.Errorf("the registry refused the veto of %s@%s: %s", rel.status.PackageName, rel.status.Version, vetoRefusal(re)))
	case err != nil && strings.Contains(strings.ToLower(err.Error()), "insufficient funds"):
		return common.Hash{}, withCode(exitChain, fmt.Errorf("account %s cannot pay the veto's gas on chain %d: fund it, or pass --gas-key-file with a funded account", from.Hex(), id.Uint64()))
	case err != nil:
		return common.Hash{}, withCode(exitChain, fmt.Errorf("sending the veto to the chain at %s: %v", c.RPC, oneLine(err)))
	}
	return rcpt.TxHash, nil
}

// vetoRefusal explains the contract's refusals a veto can meet.
func vetoRefusal(re *chain.RevertError) string {
	switch re.Name {
	case "UnknownSigner":
		return "your key is not a current maintainer of the package on chain (" + re.Error() + ")"
	case "NotEnrolled":
		return "the package is not enrolled on chain (" + re.Error() + ")"
	case "InvalidSignature":
		return "the signature does not match the veto (" + re.Error() + ")"
	}
	return re.Error()
}

// gasKey loads the account that pays gas: gasKeyFile (encrypted keystore
// JSON, or a hex private key), else the maintainer's signing key. Keys are
// never taken from the command line.
func gasKey(cmd *cobra.Command, c *config, gasKeyFile string) (*ecdsa.PrivateKey, error) {
	if gasKeyFile == "" {
		return unlockKey(cmd, c)
	}
	blob, err := os.ReadFile(gasKeyFile)
	if err != nil {
		return nil, withCode(exitUsage, fmt.Errorf("--gas-key-file: %v", err))
	}
	text := strings.TrimSpace(string(blob))
	if strings.HasPrefix(text, "{") {
		pass := os.Getenv("VOUCH_GAS_PASSPHRASE")
		if pass == "" {
			if pass, err = passphrase(cmd, "Passphrase for the gas key "+gasKeyFile+": ", false); err != nil {
				return nil, err
			}
		}
		k, err := keystore.DecryptKey(blob, pass)
		if err != nil {
			return nil, withCode(exitUsage, fmt.Errorf("--gas-key-file %s: %v", gasKeyFile, err))
		}
		return k.PrivateKey, nil
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(text, "0x"))
	if err != nil {
		return nil, withCode(exitUsage, fmt.Errorf("--gas-key-file %s holds neither a keystore JSON nor a hex private key", gasKeyFile))
	}
	return k, nil
}
