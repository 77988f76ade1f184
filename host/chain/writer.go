package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
)

// Backend is what the Writer and the Outbox need from a JSON-RPC endpoint;
// *ethclient.Client and the simulated backend's client both satisfy it.
type Backend interface {
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer1559
	ethereum.TransactionSender
	ethereum.ChainIDReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Writer sends the host's transactions to the registry: it manages the
// account's nonce, waits for receipts and turns reverts into *RevertError.
// One Writer per key: two writers sharing a key race for nonces.
type Writer struct {
	backend  Backend
	key      *ecdsa.PrivateKey
	from     common.Address
	chainID  *big.Int
	abi      *abi.ABI
	contract *chain.VouchRegistry
	poll     time.Duration

	mu         sync.Mutex
	registry   common.Address
	nonce      uint64
	nonceKnown bool
}

// NewWriter returns a Writer sending from key to the registry at registry
// (zero until Deploy sets it).
func NewWriter(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, registry common.Address) (*Writer, error) {
	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	c := chain.NewVouchRegistry()
	return &Writer{
		backend: backend, key: key, from: crypto.PubkeyToAddress(key.PublicKey), chainID: id,
		abi: chain.ABI(), contract: c, poll: 50 * time.Millisecond, registry: registry,
	}, nil
}

// SetPollInterval sets how often the Writer asks for a receipt (default 50 ms).
func (w *Writer) SetPollInterval(d time.Duration) { w.poll = d }

// From is the sending account.
func (w *Writer) From() common.Address { return w.from }

// Registry is the contract's address.
func (w *Writer) Registry() common.Address {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.registry
}

// Domain is the EIP-712 domain of the registry this Writer targets.
func (w *Writer) Domain() wire.Domain {
	return wire.Domain{ChainID: w.chainID.Uint64(), Registry: w.Registry()}
}

// Deploy deploys a VouchRegistry governed by threshold of the governance
// members; the Writer then targets it when it had no registry yet.
func (w *Writer) Deploy(ctx context.Context, governance []common.Address, threshold uint8) (common.Address, *types.Receipt, error) {
	code, err := chain.DeployCode(governance, threshold)
	if err != nil {
		return common.Address{}, nil, err
	}
	rcpt, err := w.send(ctx, nil, code, "deploy")
	if err != nil {
		return common.Address{}, nil, err
	}
	w.mu.Lock()
	if w.registry == (common.Address{}) {
		w.registry = rcpt.ContractAddress
	}
	w.mu.Unlock()
	return rcpt.ContractAddress, rcpt, nil
}

// Enroll enrolls a package (p.Nonce 0) signed by its new maintainers (as a
// wire.Enrollment) and countersigned by the coordinator (wire.NameControl).
func (w *Writer) Enroll(ctx context.Context, p wire.PolicyChange, sigs []chain.Signature, coordinatorSig []byte) (*types.Receipt, error) {
	return w.call(ctx, w.contract.PackEnroll(chain.PolicyArg(p), chain.SortedSigs(sigs), coordinatorSig), "enroll "+p.PackageName)
}

// GrantToken records a TokenGrant signed by M of N maintainers.
func (w *Writer) GrantToken(ctx context.Context, g wire.TokenGrant, sigs []chain.Signature) (*types.Receipt, error) {
	return w.call(ctx, w.contract.PackGrantToken(chain.TokenGrantArg(g), chain.SortedSigs(sigs)), "grant token of "+g.PackageName)
}

// Veto records one maintainer's veto of a release straight on chain.
func (w *Writer) Veto(ctx context.Context, pkg string, v wire.Veto, sig chain.Signature) (*types.Receipt, error) {
	return w.call(ctx, w.contract.PackVeto(pkg, chain.VouchRegistryVeto{ReleaseDigest: v.ReleaseDigest, Reason: v.Reason}, chain.VouchRegistrySig(sig)), "veto of "+pkg)
}

// ChangePolicy changes a package's policy, signed by its current maintainers.
func (w *Writer) ChangePolicy(ctx context.Context, p wire.PolicyChange, sigs []chain.Signature) (*types.Receipt, error) {
	return w.call(ctx, w.contract.PackChangePolicy(chain.PolicyArg(p), chain.SortedSigs(sigs)), "change policy of "+p.PackageName)
}

// Relay sends a call the Writer's key did not sign for, such as a
// governance statement (package governance) with its M-of-N signatures:
// the Writer only pays its gas.
func (w *Writer) Relay(ctx context.Context, data []byte, what string) (*types.Receipt, error) {
	return w.call(ctx, data, what)
}

// Publish records a release and its score in one transaction: the
// maintainers' signatures, the scorer's signed score (nil: unscored), the
// readyAt the coordinator authorized at, and its signature.
func (w *Writer) Publish(ctx context.Context, r wire.Release, sigs []chain.Signature, score *wire.Score, scoreSig []byte, readyAt uint64, coordinatorSig []byte) (*types.Receipt, error) {
	return w.call(ctx, chain.PublishCall(r, sigs, score, scoreSig, readyAt, coordinatorSig), "publish "+r.PackageName+"@"+r.Version)
}

// RecordReceipt records the coordinator's receipt of the npm registry's answer.
func (w *Writer) RecordReceipt(ctx context.Context, r wire.Release, rc wire.PublishReceipt, coordinatorSig []byte) (*types.Receipt, error) {
	return w.call(ctx, w.contract.PackRecordReceipt(chain.ReleaseArg(r), chain.ReceiptArg(rc), coordinatorSig), "record receipt of "+r.PackageName+"@"+r.Version)
}

// Revoke withdraws a release, signed by the package's current maintainers.
func (w *Writer) Revoke(ctx context.Context, r wire.Revoke, sigs []chain.Signature) (*types.Receipt, error) {
	return w.call(ctx, w.contract.PackRevoke(chain.RevokeArg(r), chain.SortedSigs(sigs)), "revoke "+r.PackageName+"@"+r.Version)
}

// AnchorBatch anchors the Merkle root of count records.
func (w *Writer) AnchorBatch(ctx context.Context, root [32]byte, count uint32) (*types.Receipt, error) {
	return w.call(ctx, w.contract.PackAnchorBatch(root, count), "anchor batch")
}

// SendRaw sends arbitrary call data to any address (a contract creation when
// to is nil) with the Writer's nonce management, and waits for the receipt.
func (w *Writer) SendRaw(ctx context.Context, to *common.Address, data []byte) (*types.Receipt, error) {
	return w.send(ctx, to, data, "send")
}

func (w *Writer) call(ctx context.Context, data []byte, what string) (*types.Receipt, error) {
	to := w.Registry()
	if to == (common.Address{}) {
		return nil, fmt.Errorf("%s: no registry address", what)
	}
	return w.send(ctx, &to, data, what)
}

// send sends data to the registry (or creates a contract when to is nil),
// waits for the receipt and decodes a revert.
func (w *Writer) send(ctx context.Context, to *common.Address, data []byte, what string) (*types.Receipt, error) {
	msg := ethereum.CallMsg{From: w.from, To: to, Data: data}
	gas, err := w.backend.EstimateGas(ctx, msg)
	if err != nil {
		if re := chain.RevertFromRPC(w.abi, err); re != nil {
			return nil, fmt.Errorf("%s: %w", what, re)
		}
		return nil, fmt.Errorf("%s: estimate gas: %w", what, err)
	}
	tx, err := w.signNext(ctx, to, data, gas+gas/5)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	rcpt, err := waitReceipt(ctx, w.backend, tx.Hash(), w.poll)
	if err != nil {
		return nil, fmt.Errorf("%s: tx %s: %w", what, tx.Hash().Hex(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("%s: tx %s: %w", what, tx.Hash().Hex(), replayRevert(ctx, w.backend, w.abi, w.from, to, data, rcpt.BlockNumber))
	}
	return rcpt, nil
}

// signNext signs and sends one transaction with the next nonce.
func (w *Writer) signNext(ctx context.Context, to *common.Address, data []byte, gas uint64) (*types.Transaction, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.nonceKnown {
		n, err := w.backend.PendingNonceAt(ctx, w.from)
		if err != nil {
			return nil, fmt.Errorf("nonce of %s: %w", w.from.Hex(), err)
		}
		w.nonce, w.nonceKnown = n, true
	}
	tx, err := signTx(ctx, w.backend, w.key, w.chainID, w.nonce, to, data, gas)
	if err != nil {
		return nil, err
	}
	if err := w.backend.SendTransaction(ctx, tx); err != nil {
		w.nonceKnown = false // ask the node again next time
		return nil, fmt.Errorf("send tx: %w", err)
	}
	w.nonce++
	return tx, nil
}

// signTx builds and signs an EIP-1559 transaction priced from the latest header.
func signTx(ctx context.Context, b Backend, key *ecdsa.PrivateKey, chainID *big.Int, nonce uint64, to *common.Address, data []byte, gas uint64) (*types.Transaction, error) {
	tip, err := b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("gas tip: %w", err)
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("latest header: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(chainID), key)
	if err != nil {
		return nil, fmt.Errorf("sign tx: %w", err)
	}
	return signed, nil
}

// waitReceipt polls for a receipt until ctx ends.
func waitReceipt(ctx context.Context, b Backend, h common.Hash, poll time.Duration) (*types.Receipt, error) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		rcpt, err := b.TransactionReceipt(ctx, h)
		if err == nil {
			return rcpt, nil
		}
		if !errors.Is(err, ethereum.NotFound) && ctx.Err() != nil {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for receipt: %w", ctx.Err())
		case <-t.C:
		}
	}
}

// replayRevert re-runs a failed transaction as a call at its block to learn
// why it reverted.
func replayRevert(ctx context.Context, b Backend, contract *abi.ABI, from common.Address, to *common.Address, data []byte, block *big.Int) error {
	_, err := b.CallContract(ctx, ethereum.CallMsg{From: from, To: to, Data: data}, block)
	if err == nil {
		return fmt.Errorf("%w (replay at block %v did not revert; out of gas?)", chain.ErrReverted, block)
	}
	if re := chain.RevertFromRPC(contract, err); re != nil {
		return re
	}
	return fmt.Errorf("%w: %v", chain.ErrReverted, err)
}
