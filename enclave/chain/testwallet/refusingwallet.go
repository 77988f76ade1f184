// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testwallet

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// RefusingWalletMetaData contains all meta data concerning the RefusingWallet contract.
var RefusingWalletMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "RefusingWallet",
	Bin: "0x6080806040523460135760b4908160188239f35b5f80fdfe60808060405260043610156011575f80fd5b5f3560e01c631626ba7e146023575f80fd5b34607a576040366003190112607a5760243567ffffffffffffffff8111607a5736602382011215607a57806004013567ffffffffffffffff8111607a5736910160240111607a576001600160e01b03198152602090f35b5f80fdfea26469706673582212205ffbee66139456aba4bf0f960ffb17c7e12d44b5f7426edd1ebbbb88893851e264736f6c63430008250033",
}

// RefusingWallet is an auto generated Go binding around an Ethereum contract.
type RefusingWallet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RefusingWallet) GetABI() abi.ABI {
	return c.abi
}

// NewRefusingWallet creates a new instance of RefusingWallet.
func NewRefusingWallet() *RefusingWallet {
	parsed, err := RefusingWalletMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RefusingWallet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RefusingWallet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidSignature(bytes32 , bytes ) pure returns(bytes4)
func (refusingWallet *RefusingWallet) PackIsValidSignature(arg0 [32]byte, arg1 []byte) []byte {
	enc, err := refusingWallet.abi.Pack("isValidSignature", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidSignature(bytes32 , bytes ) pure returns(bytes4)
func (refusingWallet *RefusingWallet) TryPackIsValidSignature(arg0 [32]byte, arg1 []byte) ([]byte, error) {
	return refusingWallet.abi.Pack("isValidSignature", arg0, arg1)
}

// UnpackIsValidSignature is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 , bytes ) pure returns(bytes4)
func (refusingWallet *RefusingWallet) UnpackIsValidSignature(data []byte) ([4]byte, error) {
	out, err := refusingWallet.abi.Unpack("isValidSignature", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}
