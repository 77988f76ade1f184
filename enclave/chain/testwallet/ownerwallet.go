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

// OwnerWalletMetaData contains all meta data concerning the OwnerWallet contract.
var OwnerWalletMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "OwnerWallet",
	Bin: "0x60a034606c57601f61027a38819003918201601f19168301916001600160401b03831184841017607057808492602094604052833981010312606c57516001600160a01b0381168103606c576080526040516101f590816100858239608051818181604401526101520152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80631626ba7e1461007757638da5cb5b1461002f575f80fd5b34610073575f366003190112610073576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b346100735760403660031901126100735760243567ffffffffffffffff811161007357366023820112156100735780600401359067ffffffffffffffff82116100735736602483830101116100735760209160246100d892016004356100eb565b6040516001600160e01b03199091168152f35b90604183036101af57826020116100735780359183604011610073576020820135936040101561019b576020935f9360406080948151948552013560f81c868401526040830152606082015282805260015afa15610190575f516001600160a01b039081167f00000000000000000000000000000000000000000000000000000000000000009091160361018457630b135d3f60e11b90565b6001600160e01b031990565b6040513d5f823e3d90fd5b634e487b7160e01b5f52603260045260245ffd5b506001600160e01b03199291505056fea26469706673582212202d995ad3c531a6a290c4bffb819f598e1fb09ca1a26cdd56215dafa4bc08ed0f64736f6c63430008250033",
}

// OwnerWallet is an auto generated Go binding around an Ethereum contract.
type OwnerWallet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OwnerWallet) GetABI() abi.ABI {
	return c.abi
}

// NewOwnerWallet creates a new instance of OwnerWallet.
func NewOwnerWallet() *OwnerWallet {
	parsed, err := OwnerWalletMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OwnerWallet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OwnerWallet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (ownerWallet *OwnerWallet) PackConstructor(owner_ common.Address) []byte {
	enc, err := ownerWallet.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidSignature(bytes32 digest, bytes sig) view returns(bytes4)
func (ownerWallet *OwnerWallet) PackIsValidSignature(digest [32]byte, sig []byte) []byte {
	enc, err := ownerWallet.abi.Pack("isValidSignature", digest, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidSignature(bytes32 digest, bytes sig) view returns(bytes4)
func (ownerWallet *OwnerWallet) TryPackIsValidSignature(digest [32]byte, sig []byte) ([]byte, error) {
	return ownerWallet.abi.Pack("isValidSignature", digest, sig)
}

// UnpackIsValidSignature is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 digest, bytes sig) view returns(bytes4)
func (ownerWallet *OwnerWallet) UnpackIsValidSignature(data []byte) ([4]byte, error) {
	out, err := ownerWallet.abi.Unpack("isValidSignature", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (ownerWallet *OwnerWallet) PackOwner() []byte {
	enc, err := ownerWallet.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (ownerWallet *OwnerWallet) TryPackOwner() ([]byte, error) {
	return ownerWallet.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (ownerWallet *OwnerWallet) UnpackOwner(data []byte) (common.Address, error) {
	out, err := ownerWallet.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}
