// Package eip1271 checks a contract wallet's signature the way the registry
// contract does: isValidSignature(bytes32,bytes) on the wallet, through an
// eth_call, must answer the magic value 0x1626ba7e. The host and the
// coordinator use it so that a maintainer whose key is a Safe or another
// contract wallet can enroll, propose and approve, as the contract accepts.
package eip1271

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/vouchpm/vouch/enclave/wire"
)

// Magic is isValidSignature's selector and its answer for a valid signature.
var Magic = [4]byte{0x16, 0x26, 0xba, 0x7e}

// Calldata is the ABI encoding of isValidSignature(digest, sig).
func Calldata(digest [32]byte, sig []byte) []byte {
	padded := (len(sig) + 31) / 32 * 32
	out := make([]byte, 4+32*3+padded)
	copy(out, Magic[:])
	copy(out[4:], digest[:])
	new(big.Int).SetUint64(64).FillBytes(out[36:68])
	new(big.Int).SetUint64(uint64(len(sig))).FillBytes(out[68:100])
	copy(out[100:], sig)
	return out
}

// Valid reports whether ret, the answer of isValidSignature, is the magic
// value, decoded as the contract's abi.decode(ret, (bytes4)) does (a bytes4
// with dirty low bytes makes the contract revert: not valid).
func Valid(ret []byte) bool {
	if len(ret) < 32 || [4]byte(ret[:4]) != Magic {
		return false
	}
	for _, b := range ret[4:32] {
		if b != 0 {
			return false
		}
	}
	return true
}

// Call asks wallet whether sig is its signature over digest, at block (nil:
// what the caller pins; the coordinator's ChainCaller pins its confirmed
// block). An address without code, a revert or any other answer than the
// magic value is "not valid"; only transport failures are errors.
func Call(ctx context.Context, caller ethereum.ContractCaller, block *big.Int, wallet common.Address, digest [32]byte, sig []byte) (bool, error) {
	ret, err := caller.CallContract(ctx, ethereum.CallMsg{To: &wallet, Data: Calldata(digest, sig)}, block)
	if err != nil {
		if isRevert(err) {
			return false, nil
		}
		return false, fmt.Errorf("isValidSignature on %s: %w", wallet.Hex(), err)
	}
	return Valid(ret), nil
}

func isRevert(err error) bool {
	var de rpc.DataError
	if errors.As(err, &de) {
		return true
	}
	return strings.Contains(err.Error(), "execution reverted")
}

// Checker checks a signer's signature: a key's (65 bytes that recover to
// the signer) or, when that fails, a contract wallet's through EIP-1271.
type Checker interface {
	// ValidSignature reports whether wallet accepts sig over digest.
	ValidSignature(ctx context.Context, wallet common.Address, digest [32]byte, sig []byte) (bool, error)
}

// ErrNotSigner: neither ECDSA recovery nor the wallet gives the signer.
var ErrNotSigner = errors.New("the signature does not come from the named signer")

// Verify checks that signer signed digest with sig. A zero signer is
// recovered from sig (a key's signature only). A named signer passes when
// sig recovers to it; otherwise wallets (nil: no contract wallets) asks the
// signer's code. It returns the signer.
func Verify(ctx context.Context, wallets Checker, signer common.Address, digest [32]byte, sig []byte) (common.Address, error) {
	if signer == (common.Address{}) {
		return wire.Recover(digest, sig)
	}
	if len(sig) == 65 {
		if got, err := wire.Recover(digest, sig); err == nil && got == signer {
			return signer, nil
		}
	}
	if wallets == nil {
		return signer, ErrNotSigner
	}
	ok, err := wallets.ValidSignature(ctx, signer, digest, sig)
	if err != nil {
		return signer, err
	}
	if !ok {
		return signer, ErrNotSigner
	}
	return signer, nil
}

// Confirmed checks wallets on a chain at a confirmation depth below its head,
// the rule the coordinator's chain reads follow (the host's copy of it).
type Confirmed struct {
	Caller interface {
		ethereum.ContractCaller
		BlockNumber(ctx context.Context) (uint64, error)
	}
	Depth uint64
}

// ValidSignature implements Checker at head - Depth.
func (c Confirmed) ValidSignature(ctx context.Context, wallet common.Address, digest [32]byte, sig []byte) (bool, error) {
	head, err := c.Caller.BlockNumber(ctx)
	if err != nil {
		return false, err
	}
	if head < c.Depth {
		return false, fmt.Errorf("chain head %d is below the confirmation depth %d", head, c.Depth)
	}
	return Call(ctx, c.Caller, new(big.Int).SetUint64(head-c.Depth), wallet, digest, sig)
}
