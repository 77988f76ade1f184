// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package chain

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

// VouchRegistryAllowlistEntry is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryAllowlistEntry struct {
	Role         uint8
	Measurement  [32]byte
	ConfigDigest [32]byte
	Nonce        *big.Int
}

// VouchRegistryEnclaveRegistration is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryEnclaveRegistration struct {
	Role         uint8
	Key          common.Address
	Measurement  [32]byte
	Debug        bool
	ConfigDigest [32]byte
	Evidence     []byte
	Nonce        *big.Int
}

// VouchRegistryEnclaveRetirement is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryEnclaveRetirement struct {
	Key    common.Address
	Reason string
	Nonce  *big.Int
}

// VouchRegistryGovernanceChange is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryGovernanceChange struct {
	Members   []common.Address
	Threshold uint8
	Nonce     *big.Int
}

// VouchRegistryPackageView is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryPackageView struct {
	Maintainers     []common.Address
	Threshold       uint8
	VetoWindow      uint64
	MinScore        uint8
	RefuseLowScore  bool
	Nonce           *big.Int
	Enrolled        bool
	TokenNonce      *big.Int
	TokenGrant      [32]byte
	LastContentHash [32]byte
}

// VouchRegistryPolicyChange is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryPolicyChange struct {
	PackageName    string
	Maintainers    []common.Address
	Threshold      uint8
	VetoWindow     uint64
	MinScore       uint8
	RefuseLowScore bool
	Nonce          *big.Int
}

// VouchRegistryPublishReceipt is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryPublishReceipt struct {
	ReleaseDigest        [32]byte
	ScoreDigest          [32]byte
	RegistryStatus       uint16
	RegistryResponseHash [32]byte
}

// VouchRegistryRelease is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryRelease struct {
	PackageName string
	Version     string
	Integrity   []byte
	ContentHash [32]byte
	Nonce       *big.Int
}

// VouchRegistryReleaseView is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryReleaseView struct {
	IntegrityHash  [32]byte
	ContentHash    [32]byte
	SignerCount    uint8
	Timestamp      uint64
	Score          uint8
	HeuristicScore uint8
	HasScore       bool
	Revoked        bool
	NpmPublished   bool
}

// VouchRegistryRevoke is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryRevoke struct {
	PackageName string
	Version     string
	ContentHash [32]byte
	Reason      string
}

// VouchRegistryScore is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryScore struct {
	PackageName     string
	Version         string
	ContentHash     [32]byte
	BaseContentHash [32]byte
	InputHash       [32]byte
	ModelHash       [32]byte
	Score           uint8
	HeuristicScore  uint8
	FindingsHash    [32]byte
	BehaviourHash   [32]byte
}

// VouchRegistrySig is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistrySig struct {
	Signer common.Address
	Sig    []byte
}

// VouchRegistryTokenGrant is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryTokenGrant struct {
	PackageName    string
	CiphertextHash [32]byte
	Nonce          *big.Int
}

// VouchRegistryVeto is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryVeto struct {
	ReleaseDigest [32]byte
	Reason        string
}

// VouchRegistryMetaData contains all meta data concerning the VouchRegistry contract.
var VouchRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyEnrolled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"maintainer\",\"type\":\"address\"}],\"name\":\"BadMaintainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"BadRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maintainers\",\"type\":\"uint256\"}],\"name\":\"BadThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"BaseMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"valid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BelowThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ContentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"DebugEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DuplicateOrUnsortedSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"}],\"name\":\"NotAllowlisted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"}],\"name\":\"NotEnrolled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"NotPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"}],\"name\":\"ReleaseMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"}],\"name\":\"ScoreBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ScoreMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ScoreRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"UnknownEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"UnregisteredCoordinator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"UnregisteredScorer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"VetoWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"}],\"name\":\"Vetoed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"AllowlistChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"}],\"name\":\"BatchAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"EnclaveApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"EnclaveRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"EnclaveRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"EnclaveRetiredBy\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"policy\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"Enrolled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"GovernanceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"policy\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"PolicyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Release\",\"name\":\"release\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"Published\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"ReceiptRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"revoke\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"Revoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Score\",\"name\":\"score\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"scorer\",\"type\":\"address\"}],\"name\":\"ScoreRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"grantDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"TokenGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VetoRecorded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ROLE_COORDINATOR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_SCORER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.AllowlistEntry\",\"name\":\"e\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"allow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.AllowlistEntry\",\"name\":\"e\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"allowDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"name\":\"anchorBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest_\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"authorizationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"batchRoots\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.GovernanceChange\",\"name\":\"g\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"changeGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"changePolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.AllowlistEntry\",\"name\":\"e\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"disallow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"enclaveConfig\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"enclaveRole\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"enclaves\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"retired\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"enroll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"enrollmentDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"getPackage\",\"outputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"enrolled\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"tokenNonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tokenGrant\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastContentHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PackageView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"keys\",\"type\":\"bytes32[]\"}],\"name\":\"getReleases\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"signerCount\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"hasScore\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"npmPublished\",\"type\":\"bool\"}],\"internalType\":\"structVouchRegistry.ReleaseView[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.GovernanceChange\",\"name\":\"g\",\"type\":\"tuple\"}],\"name\":\"governanceDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governanceNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governanceThreshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.TokenGrant\",\"name\":\"g\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"grantToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"}],\"name\":\"isAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"releaseDigest_\",\"type\":\"bytes32\"}],\"name\":\"isVetoed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"enrollmentDigest_\",\"type\":\"bytes32\"}],\"name\":\"nameControlDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"policyDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.Score\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"scoreSig\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"publish\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"receiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"recordReceipt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"debug\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.EnclaveRegistration\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"registerEnclave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"debug\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.EnclaveRegistration\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"registrationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"releaseDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"}],\"name\":\"releaseKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.EnclaveRetirement\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"retireEnclave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.EnclaveRetirement\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"retirementDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"revokeDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.Score\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"scoreDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.TokenGrant\",\"name\":\"g\",\"type\":\"tuple\"}],\"name\":\"tokenGrantDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyBatchProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Veto\",\"name\":\"v\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig\",\"name\":\"sig\",\"type\":\"tuple\"}],\"name\":\"veto\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Veto\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"vetoDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "VouchRegistry",
	Bin: "0x60c0806040523461033c576143fc803803809161001c8285610360565b8339810160408282031261033c5781516001600160401b03811161033c5782019181601f8401121561033c578251926001600160401b03841161026a578360051b926040519461006f6020860187610360565b855260208501916020839582010191821161033c57602001915b81831061034057505050602001519160ff831680840361033c5781519080158015610333575b61031e575060025490600163ffffffff83160163ffffffff811161030a5763ffffffff16809263ffffffff1916176002555f5b81811061027e57505090519190506001600160401b03821161026a5768010000000000000000821161026a575f54825f55808310610240575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563905b838110610223578464ff000000006002549160201b169064ff000000001916176002554660805260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f40946f38d79ad05e61b50c09332cf661df09eac182f360016073ef8f2e9212cf60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a081526101fc60c082610360565b51902060a05260405161407890816103848239608051816138a6015260a051816138cc0152f35b82516001600160a01b031681830155602090920191600101610143565b5f8052828060205f20019103905f5b82811061025d57505061011b565b5f8282015560010161024f565b634e487b7160e01b5f52604160045260245ffd5b83518110156102f657600581901b8401602001516001600160a01b0316801580156102db575b6102c957906001915f528160205260405f208463ffffffff19825416179055016100e2565b63df1e577360e01b5f5260045260245ffd5b50805f5260016020528363ffffffff60405f205416146102a4565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b63b8f1f4df60e01b5f5260045260245260445ffd5b508181116100af565b5f80fd5b82516001600160a01b038116810361033c57815260209283019201610089565b601f909101601f19168101906001600160401b0382119082101761026a5760405256fe6080806040526004361015610012575f80fd5b5f3560e01c90816306f13056146129c3575080630a188a061461298557806325366ceb146128c65780632bf1129d1461288857806336fc71831461287057806345a1ff49146125ca57806356abb70b14612574578063572be4b3146125595780635789c4bf146124da5780635aa6e675146124495780635bc45e3914611c8c57806360da9cd314611a3e5780636126315c14611a005780636424b4fa1461194857806366e37eae1461192657806368e2f979146118ee5780636ce5b92c146118d35780636d4d4a25146117875780637fae7f1814611629578063807df5e5146115e857806385af35c71461140c5780638762b823146113f457806387c60483146111a05780638dc3092b14611168578063902f551414610ef457806392e9573214610c1d5780639331309b14610bde57806397077da914610b1057806397163a1f14610af8578063a6eb3c12146108cf578063b21b5558146107b0578063b8bfa49b14610798578063bb5496561461076a578063caf47a6814610752578063cf262f4d146106eb578063cfdb192914610672578063d4ac76e014610654578063d7fe65761461063c578063d96e8c4a1461041b578063d9be832c146103fe578063e8f3cb0b146102b4578063ebc6b49e14610279578063f698da25146102575763faeedb0714610200575f80fd5b34610253576020366003190112610253576001600160a01b03610221612bab565b165f52600d602052606060405f206001815491015460ff60405192818116845260081c16151560208301526040820152f35b5f80fd5b34610253575f3660031901126102535760206102716138a3565b604051908152f35b346102535760603660031901126102535760043560ff81168103610253576102aa6020916044359060243590613886565b6040519015158152f35b34610253576102c236612afb565b916102d76102d08280612cda565b3691612d27565b6020815191012091825f52600660205260405f20805460ff8160181c16156103eb5763ffffffff8160c01c169560408501358781036103d45750956103cf92602094926103607f1362e568f2050443dfd2c026055926705f1b8ba0d6902b3a1c48a78384893ae7989961034989613202565b958b60ff85169263ffffffff868c1c169289613bd7565b9263ffffffff60c01b906103739061386e565b60c01b169063ffffffff60c01b1916179055865f52600b84528160405f205561039c8580612cda565b9490956103b6604051978897608089526080890191612f8b565b9382870152013560408501528382036060850152612abf565b0390a2005b8790633ddd513160e01b5f5260045260245260445ffd5b8463578fa2a560e11b5f5260045260245ffd5b34610253575f366003190112610253576020600354604051908152f35b34610253576040366003190112610253576004356001600160401b03811161025357806004019060806003198236030112610253576024356001600160401b0381116102535761046f903690600401612a10565b9261047d6102d08280612cda565b60208151910120805f52600660205260405f20549260ff8460181c1615610629579082916104ae836104c695612cda565b6024880195916104be8787612cda565b929091612fc2565b96875f52600960205260405f20926002840194855460581c946001861615610616576004861661060357600101549260448a01358094036105f0577fbfd1609d5daf321fab1dffb9cea829f98fdbf7908170bc31d28f20a67a7e41709961057c6103cf98600460ff61055d6105c39e6105e29b6105d09a6064996105498c612d5d565b9263ffffffff8786169560201c1693613bd7565b835460ff60581b191691909b169190911760581b60ff60581b16179055565b604051998a9960408b526105b16105aa8c60c06105998980613037565b919092608060408201520191612f8b565b9186613037565b8c8303603f190160608e015290612f8b565b9460808a01520190613037565b868303603f190160a088015290612f8b565b908382036020850152612abf565b8a634063b6b960e01b5f5260045260245ffd5b8a6390315de160e01b5f5260045260245ffd5b8a634a1c17ab60e11b5f5260045260245ffd5b5063578fa2a560e11b5f5260045260245ffd5b3461025357602061027161064f36612bd5565b613798565b34610253576020366003190112610253576020610271600435613755565b34610253576040366003190112610253576004356001600160401b038111610253576102d06106a5913690600401612a92565b60208151910120604051602081019182526024356040820152604081526106cd606082612c40565b5190205f52600c602052602060ff60405f2054166040519015158152f35b34610253576080366003190112610253576044356001600160401b03811161025357366023820112156102535761072c903690602481600401359101612c78565b606435906001600160401b038216820361025357602091610271916024356004356136a1565b34610253576020610271610765366129dd565b613627565b3461025357602036600319011261025357602061078d610788612bab565b6135f8565b60ff60405191168152f35b346102535760206102716107ab36612bd5565b613522565b34610253576107be36612a40565b6107cd6102d084809495612cda565b6020815191012091825f52600660205260405f209384549060ff8260181c16156103eb5760c0830135936001600160401b038360801c16948581036108b857509561089661086e61086861089c9587958a7f87f396e800ef25e1183c599de8bfb39fbeceb62f9d7ed277ffe4850a99f154b29b9c61084a89613d99565b61085389613522565b9263ffffffff60ff86169560201c1693613bd7565b96613019565b825467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178255565b86613e84565b6103cf6108a98280612cda565b9390926040519485948561326c565b8590633ddd513160e01b5f5260045260245260445ffd5b34610253576020366003190112610253576004356001600160401b038111610253576108ff903690600401612a10565b9061090982612c61565b916109176040519384612c40565b808352601f1961092682612c61565b015f5b818110610aaa5750505f5b8181106109ee57836040518091602082016020835281518091526020604084019201905f5b818110610967575050500390f35b919350916020610120600192610100875180518352848101518584015260ff60408201511660408401526001600160401b03606082015116606084015260ff608082015116608084015260ff60a08201511660a084015260c0810151151560c084015260e0810151151560e084015201511515610100820152019401910191849392610959565b806109fc600192848661314b565b355f52600960205260405f2060028101548060581c84811615610aa25760ff60089286855495015460405195610a3187612c24565b86526020860152818160401c1660408601526001600160401b0381166060860152818160481c16608086015260501c1660a084015260028116151560c084015260048116151560e0840152161515610100820152610a8f82876134fa565b52610a9a81866134fa565b505b01610934565b505050610a9c565b602090604051610ab981612c24565b5f81525f838201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f61010082015282828801015201610929565b34610253576020610271610b0b36612bd5565b613440565b34610253576040366003190112610253576004356024359063ffffffff82168092036102535781158015610bd6575b610bc757600e5490600160401b821015610bb35760209260018301600e55610b6683612b7f565b81549060031b9084821b915f19901b191617905560405191825283820152817fba922dd42da8d21670fe2a5c0469a2226d1cfc359e9032f6ee9003c08e3b908c60403393a3604051908152f35b634e487b7160e01b5f52604160045260245ffd5b63c2e5347d60e01b5f5260045ffd5b508015610b3f565b34610253576020366003190112610253576004356001600160401b03811161025357610140600319823603011261025357610271602091600401613361565b34610253576060366003190112610253576004356001600160401b03811161025357806004019060e06003198236030112610253576024356001600160401b03811161025357610c71903690600401612a10565b9190926044356001600160401b03811161025357610c93903690600401612a92565b9094610ca26102d08480612cda565b6020815191012093845f52600660205260405f209586549360ff8560181c16610ee15760c483013580610ecb5750610cf590610cdd87613d99565b610ce687613798565b99610cf08b613755565b613af0565b6001600160a01b03811698908915908115610eb3575b50610ea05760449697985060ff610d31610d286024860189612e69565b99909501612dfa565b16808310610e8a5750610d43826139b3565b965f945f5b848110610dab578a7f92eafe82c193b78a33241dea42b99ad4549d9c1919195f156496476350fa5ee18b8b8f81610d8f9163010000008f63ff000000191617815586613e84565b835f52600a602052600160405f20556103cf6108a98280612cda565b610dbe610db98287856139e5565b612f6a565b966001600160a01b038089169116811115610e7857875f5f5b868110610e49575b5015610e365785610e0a91610e02610df8868b896139e5565b6020810190612cda565b929091613ca8565b15610e245790600191610e1d828d6134fa565b5201610d48565b633615713d60e21b5f5260045260245ffd5b50636bf4516160e11b5f5260045260245ffd5b836001600160a01b03610e60610db9848b8f61314b565b1614610e6e57600101610dd7565b505060018f610ddf565b633a60a2b160e21b5f5260045260245ffd5b826322c1720560e21b5f5260045260245260445ffd5b8863f0c1e7f360e01b5f5260045260245ffd5b60019150610ec260ff916135f8565b1614158a610d0b565b633ddd513160e01b5f526004525f60245260445ffd5b8663751e652f60e11b5f5260045260245ffd5b346102535760c0366003190112610253576004356001600160401b038111610253578060040160a060031983360301126102535760803660231901126102535760a4356001600160401b03811161025357610f53903690600401612a92565b610f5f839492946130a7565b90602435809203611155576044359460643561ffff81169283820361025357610fe4915060843592610cf060405160208101907fd9c3fd755eeac0eedd0a3b573067f84c7da9d09c2c614cb27e7040cc764bddfd82528860408201528b60608201528760808201528660a082015260a08152610fdc60c082612c40565b519020613980565b6001600160a01b0381169290831590811561113d575b5061112a5761101a61100c8780612cda565b906104be602489018a612cda565b96875f52600960205260405f206002810196875460581c9860018a16156106165761104e6102d08454926044850190612cda565b602081519101201491821592611115575b5050611102577f49adfe0b0bfad17c3e2dde63ae4da574cafe70631f900baf5d2be02a407dd7c09660a09660c861ffff611097613008565b161015806110ec575b6110c4575b50506040519485526020850152604084015260608301526080820152a2005b805460ff60581b191660ff9290921660081760581b60ff60581b1691909117905588806110a5565b5061012c61ffff6110fb613008565b16106110a0565b87634063b6b960e01b5f5260045260245ffd5b6064919250600101549101351415898061105f565b8263f0c1e7f360e01b5f5260045260245ffd5b6001915061114c60ff916135f8565b16141588610ffa565b506310f97b7f60e01b5f5260045260245ffd5b34610253576020366003190112610253576001600160a01b03611189612bab565b165f526005602052602060405f2054604051908152f35b34610253576020366003190112610253576004356001600160401b038111610253576111d3611221913690600401612a92565b5f6101206040516111e381612c08565b606081528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015201523691612d27565b80516020918201205f818152600683526040808220600785528183209054600b865282842054600a9096529190922054909392906001036113e357505f5b6040519161126c83612c08565b604051908181549182825260208201905f5260205f20925f5b8181106113c157505061129a92500382612c40565b8252602082019260ff8516845260408301946001600160401b038160401c168652606084019560ff8260081c1687526080850160ff8360101c161515815260a08601906001600160401b038460801c16825260c087019260ff8560181c161515845263ffffffff60e089019560c01c168552610100880195865261012088019687526040519860208a526101608a0198519861014060208c0152895180915260206101808c019a01905f5b8181106113a257505050996001600160401b0360ff92838c9d511660408d0152511660608b01525116608089015251151560a08801525160c087015251151560e08601525161010085015251610120840152516101408301520390f35b82516001600160a01b03168c5260209b8c019b90920191600101611345565b84546001600160a01b0316835260019485019486945060209093019201611285565b5f52600a60205260405f205461125f565b34610253576020610271611407366129dd565b613202565b34610253576060366003190112610253576004356001600160401b0381116102535761143c903690600401612a92565b602435916001600160401b03831161025357826004016040600319853603011261025357604435926001600160401b0384116102535783600401926040600319863603011261025357611490913691612d27565b6020815191012092835f52600660205260405f20549260ff8460181c16156103eb576114bb81612f6a565b93855f52600860205260405f2060018060a01b0386165f5260205263ffffffff8060405f2054169160201c16036115ca579061150761150e9260246114ff86612e08565b930190612cda565b9185613ca8565b156115a9577f5a21bfbbc0ea5cbf3a5b6e74044a5bf73bb479b9b6970c626b386f2826f06497916115818260246115a494359760405160208101908982528a604082015260408152611561606082612c40565b5190205f52600c60205260405f20600160ff198254161790550190612cda565b929060405193849360018060a01b03168452604060208501526040840191612f8b565b0390a3005b50633615713d60e21b5f9081526001600160a01b0391909116600452602490fd5b636bf4516160e11b5f9081526001600160a01b038516600452602490fd5b34610253576060366003190112610253576044356001600160401b038111610253576102aa61161d6020923690600401612a10565b9060243560043561315b565b346102535761163736612b49565b600160ff61164485612dfa565b16141580611771575b61175357907f448d5bd0475ac3f8600361455978599804e840540664730d39ef3cd7c1fa7a18916103cf7fa064c4089309e4db225f66c4fb90c109744b16188376cec1742863fec83c81d49460ff6117276116f96116aa84612dfa565b6020850135966040860135986116f460608801359c8d948860405191602083019384521660408201528b60608201528c60808201528560a082015260a08152610fdc60c082612c40565b613a07565b9261170d878761170884612dfa565b613c80565b5f52600460205260405f2060018419825416179055612dfa565b16956040519485948552602085015260016040850152606084015260a0608084015260a0830190612abf565b60ff61175e84612dfa565b638cf197f160e01b5f521660045260245ffd5b50600260ff61177f85612dfa565b16141561164d565b346102535761179536612afb565b91906001600160a01b036117a883612f6a565b165f52600d60205260405f2092835460ff8116159081156118c5575b5061189c579061180783926117f97f8e383092ae4bc3e994b92d754dbfaa719d72798a053744750587012e907b170c95613627565b906040850135938492613a07565b845461ff001916610100179094556103cf6001600160a01b0361182984612f6a565b16916040519384937ff17fd005cf432a683ad4956f08cdadde59b31c87f827fe6483731155f4347a195f80a261187d61186f61186483612f6a565b926020810190612cda565b606087526060870191612f8b565b602085019290925283820360408501526001600160a01b031695612abf565b6118a583612f6a565b63ac88b76760e01b5f9081526001600160a01b0391909116600452602490fd5b60ff915060081c16856117c4565b34610253575f36600319011261025357602060405160028152f35b3461025357602036600319011261025357600435600e5481101561025357611917602091612b7f565b90549060031b1c604051908152f35b34610253575f36600319011261025357602060ff600254821c16604051908152f35b34610253577f448d5bd0475ac3f8600361455978599804e840540664730d39ef3cd7c1fa7a1861197736612b49565b7fdd04eba9d4e7c8a454dba39f7926dc512465899686ea592cc4b35fc77890963393926103cf9060ff6119d56119af6116aa84612dfa565b926119be878761170884612dfa565b5f52600460205260405f2083198154169055612dfa565b1695604051948594855260208501525f6040850152606084015260a0608084015260a0830190612abf565b34610253576020366003190112610253576004356001600160401b0381116102535760a06003198236030112610253576102716020916004016130a7565b3461025357611a69611a4f36612afb565b611a5b83949294612ed4565b906040840135948592613a07565b611a738280612e69565b611a8e60208593950194611a8686612dfa565b923691612c78565b805160ff831680158015611c83575b611c6e57506002549063ffffffff611ab681841661386e565b16809263ffffffff1916176002555f5b818110611bff575050508051906001600160401b038211610bb357600160401b8211610bb3575f54825f55808310611bd5575b506020015f80525f5b828110611b98576002805464ff000000001916602086901b64ff00000000161790557f707d5d3ba9a73f242605bae913fd7e01d9e5c39f736f72e16300392b2971912e87611b60611b938b8a611b588b80612e69565b949095612dfa565b9160ff611b7a604051978897608089526080890191613068565b9316602086015260408501528382036060850152612abf565b0390a1005b81516001600160a01b03167f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563820155602090910190600101611b02565b5f8052828060205f20019103905f5b828110611bf2575050611af9565b5f82820155600101611be4565b6001600160a01b03611c1182866134fa565b511680158015611c53575b611c4157906001915f528160205260405f208463ffffffff1982541617905501611ac6565b63df1e577360e01b5f5260045260245ffd5b50805f5260016020528363ffffffff60405f20541614611c1c565b63b8f1f4df60e01b5f5260045260245260445ffd5b50818111611a9d565b346102535760c0366003190112610253576001600160401b03600435116102535760a060043536036003190112610253576024356001600160401b03811161025357611cdc903690600401612a10565b906001600160401b03604435116102535761014060443536036003190112610253576064356001600160401b03811161025357611d1d903690600401612a92565b9190608435916001600160401b03831683036102535760a4356001600160401b03811161025357611d52903690600401612a92565b9093909190611d686102d0600480350180612cda565b6020815191012095865f52600660205260405f2080549460ff8660181c1615612436576001600160401b038660801c16608460043501350361240d57611dca611db5600480350180612cda565b906104be602460043501600435600401612cda565b97885f52600960205260405f209460028601549460018660581c166123fa576001600160401b038960401c166001600160401b03831601806001600160401b03841611612300578042106123e8575060ff8916905f808083156123b957505050611e4390611e3c604435600401613361565b9b8c613af0565b976001600160a01b0389161580156123a3575b612385578b611e82611e6d60046044350180612cda565b906104be602460443501604435600401612cda565b0361237257606460043501356044803501350361235f5760019d8d5f52600a60205260405f20549e8f14612357575b604435606401358f810361234057508d9e50611ed460c49d9e9d60443501612dfa565b60ff808d60081c169116106122df575b60029769ff000000000000000000611f0060c460443501612dfa565b60481b1660ff60501b611f1760443560e401612dfa565b60501b16916affff0000000000000000001916171760028a01555b611f406004356004016130a7565b9c8d6040519060208201928352604082015260408152611f61606082612c40565b5190205f52600c60205260ff60405f2054166122cc57928c8f611fa99694610cf0948f9d9c9b9a999792611fa19363ffffffff8c5460201c169286613bd7565b9a8b916136a1565b956001600160a01b0387161580156122b6575b612298577f5494c7d860f0cdc5ed3e1c288b2261a20dcf826c03b6ac3536223d32044c3fde9896946120bd61216d95600260018f978f966102d09e9c986120116001600160401b036120399360801c16613019565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16179055565b60646004350135985f52600a6020528860405f20556120646044600435019e8f600435600401612cda565b805160209190910120845581840189905591909201805487516bff0000ffffffffffffffffff19909116426001600160401b03161760409190911b68ff000000000000000016179190921760581b60ff60581b16179055565b86612188575b505061214c604051978897885260a0602089015261213a61212e6121088a60a0806120f8600435600401600435600401613037565b92909301526101408d0191612f8b565b61211c602460043501600435600401613037565b8c8303609f190160c08e015290612f8b565b91600435600401613037565b898303609f190160e08b015290612f8b565b91610100870152608460043501356101208701528582036040870152612abf565b60608401929092526001600160a01b031660808301520390a3005b604051878152606060208201527fe027c00e602067af7dcfb18a054cb5f68e812376386d804b00f5c1deeb51f7b29181906122076121e16121ce60046044350180613037565b61014060608701526101a0860191612f8b565b6121f5602460443501604435600401613037565b858303605f1901608087015290612f8b565b9060448035013560a08401526064604435013560c08401526084604435013560e084015260a4604435013561010084015260ff61224860c460443501612ccc565b1661012084015260ff61225f60e460443501612ccc565b1661014084015260443561010481013561016085015261012401356101808401526001600160a01b031660408301520390a2888b6120c3565b63f0c1e7f360e01b5f9081526001600160a01b038816600452602490fd5b50600160ff6122c4896135f8565b161415611fbc565b8c630192991360e31b5f5260045260245ffd5b919b5060ff8a60101c166123145760018c01809c11612300578d9b91611ee4565b634e487b7160e01b5f52601160045260245ffd5b60ff8a8161232660c460443501612dfa565b6373f170f560e11b5f521660045260081c1660245260445ffd5b8f9063e7dd969160e01b5f5260045260245260445ffd5b5f9e50611eb1565b8b634063b6b960e01b5f5260045260245ffd5b8b63232ab41d60e01b5f5260045260245ffd5b6347c2dc9f60e01b5f9081526001600160a01b038a16600452602490fd5b50600260ff6123b18b6135f8565b161415611e56565b98509991509a5060ff8a60081c166123d5578c9d9c9b9c611f32565b8b630138a06760e21b5f5260045260245ffd5b63fdf28aed60e01b5f5260045260245ffd5b8a636857728b60e11b5f5260045260245ffd5b6001600160401b0386633ddd513160e01b5f526084600435013560045260801c1660245260445ffd5b8863578fa2a560e11b5f5260045260245ffd5b34610253575f3660031901126102535760ff60025460201c1660035490604051905f549283835260208301935f805260205f20905f5b8181106124bb57505050612498836124ac950384612c40565b604051938493606085526060850190612abf565b91602084015260408301520390f35b82546001600160a01b031687526020909601956001928301920161247f565b346102535760803660031901126102535760443561ffff811690818103610253576020916102719150604051838101917fd9c3fd755eeac0eedd0a3b573067f84c7da9d09c2c614cb27e7040cc764bddfd835260043560408301526024356060830152608082015260643560a082015260a08152610fdc60c082612c40565b34610253575f36600319011261025357602060405160018152f35b34610253576040366003190112610253576004356001600160401b038111610253576125a4903690600401612a92565b602435906001600160401b038211610253576020926104be610271933690600401612a92565b34610253576125d836612a40565b90600160ff6125e685612dfa565b1614158061285a575b6117535760208301916001600160a01b0361260984612f6a565b161561189c5761261b60608501612f7e565b612831576001600160a01b0361263084612f6a565b165f52600d60205260ff60405f20541661280857836126526126689495612dfa565b9160408201359485936080840135948591613886565b156127e2576126889061267a83613440565b9060c0840135958692613a07565b9461269282612dfa565b916040519560608701968088106001600160401b03891117610bb35760ff6103cf957f20244ff531f12a0f72c6717213b0ddb103aedef809ca16ad6e6bbe5a22e8a802996040521681526001602082015f81526040830190848252828060a01b036126fc88612f6a565b165f908152600d6020526040902093518454915161ffff1990921660ff919091161790151560081b61ff0016178355519101556001600160a01b0361274084612f6a565b165f5260056020528460405f20557ff65fb91803c577cec74b1916761e9328ba15c68c3aa62401e7b12e54292744a960ff61277a84612dfa565b936127ad61279561278a88612f6a565b9260a0810190612cda565b9060405194859460018060a01b031698169684612fab565b0390a36001600160a01b03906127c290612f6a565b169460405193849384526020840152606060408401526060830190612abf565b5060ff6127ef8592612dfa565b63675732dd60e11b5f521660045260245260445260645ffd5b61281183612f6a565b6345ed80e960e01b5f9081526001600160a01b0391909116600452602490fd5b61283a83612f6a565b63f2158b6f60e01b5f9081526001600160a01b0391909116600452602490fd5b50600260ff61286885612dfa565b1614156125ef565b34610253576020610271612883366129dd565b612ed4565b34610253576020366003190112610253576004356001600160401b038111610253576040600319823603011261025357610271602091600401612e08565b3461025357366003190160a0811261025357608013610253576084358015158103610253571561295f577fa064c4089309e4db225f66c4fb90c109744b16188376cec1742863fec83c81d45b60043560ff8116918282036102535760209261027192506040519084820192835260408201526024356060820152604435608082015260643560a082015260a08152610fdc60c082612c40565b7fdd04eba9d4e7c8a454dba39f7926dc512465899686ea592cc4b35fc778909633612912565b34610253576020366003190112610253576004356001600160401b038111610253576080600319823603011261025357610271602091600401612d5d565b34610253575f36600319011261025357602090600e548152f35b602060031982011261025357600435906001600160401b0382116102535760609082900360031901126102535760040190565b9181601f84011215610253578235916001600160401b038311610253576020808501948460051b01011161025357565b906040600319830112610253576004356001600160401b0381116102535760e081840360031901126102535760040191602435906001600160401b03821161025357612a8e91600401612a10565b9091565b9181601f84011215610253578235916001600160401b038311610253576020838186019501011161025357565b90602080835192838152019201905f5b818110612adc5750505090565b82516001600160a01b0316845260209384019390920191600101612acf565b906040600319830112610253576004356001600160401b03811161025357606081840360031901126102535760040191602435906001600160401b03821161025357612a8e91600401612a10565b90600319820160a081126102535760801361025357600491608435906001600160401b03821161025357612a8e91600401612a10565b600e54811015612b9757600e5f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b600435906001600160a01b038216820361025357565b35906001600160a01b038216820361025357565b602060031982011261025357600435906001600160401b0382116102535760e09082900360031901126102535760040190565b61014081019081106001600160401b03821117610bb357604052565b61012081019081106001600160401b03821117610bb357604052565b90601f801991011681019081106001600160401b03821117610bb357604052565b6001600160401b038111610bb35760051b60200190565b929190612c8481612c61565b93612c926040519586612c40565b602085838152019160051b810192831161025357905b828210612cb457505050565b60208091612cc184612bc1565b815201910190612ca8565b359060ff8216820361025357565b903590601e198136030182121561025357018035906001600160401b0382116102535760200191813603831361025357565b6001600160401b038111610bb357601f01601f191660200190565b929192612d3382612d0c565b91612d416040519384612c40565b829481845281830111610253578281602093845f960137010152565b612df790612d6e6102d08280612cda565b6020815191012090612d866102d06020830183612cda565b60208151910120906040612da06102d06060840184612cda565b602081519101209181519360208501957f2768d6ee570344584ad12c385b0034aa09e71b940c5be6c064b326fa0f4e8c8087528386015260608501520135608083015260a082015260a08152610fdc60c082612c40565b90565b3560ff811681036102535790565b612df790612e1c6102d06020830183612cda565b602081519101206040519060208201927fc0356a00e4c63dfef8a70a9d52671cb0ff2954340b7ee49289119e31a27149bf8452356040830152606082015260608152610fdc608082612c40565b903590601e198136030182121561025357018035906001600160401b03821161025357602001918160051b3603831361025357565b905f5b818110612eae5750505090565b909192602080600192838060a01b03612ec688612bc1565b168152019401929101612ea1565b612df790612f0a612efc612ee88380612e69565b929060405192839160208301958691612e9e565b03601f198101835282612c40565b519020906040612f1c60208301612dfa565b9160ff82519360208501957fe5382c42810998ef371c1b355068eabc39095211c74e430bf5e7ba9b58eed2e48752848601521660608401520135608082015260808152610fdc60a082612c40565b356001600160a01b03811681036102535790565b3580151581036102535790565b908060209392818452848401375f828201840152601f01601f1916010190565b604090612df7949281528160208201520191612f8b565b929161300291602084600193604051968488958587019a8b37850191600160fe1b85840152602183013701015f838201520301601f198101835282612c40565b51902090565b60643561ffff811681036102535790565b6001600160401b036001911601906001600160401b03821161230057565b9035601e19823603018112156102535701602081359101916001600160401b03821161025357813603831361025357565b916020908281520191905f5b8181106130815750505090565b909192602080600192838060a01b0361309988612bc1565b168152019401929101613074565b612df7906130b86102d08280612cda565b602081519101209060806130d26102d06020840184612cda565b60208151910120916130ea6102d06040830183612cda565b602081519101206040519360208501957fbc6f9ab98bf0443c9049fab77dc4cf24654df4fe709f45bce7bf6d17f0efb7f487526040860152606085015282840152606081013560a0840152013560c082015260c08152610fdc60e082612c40565b9190811015612b975760051b0190565b9093929193600e548210156131fa57915f905b80821061318e57505061318391929350612b7f565b90549060031b1c1490565b909260019061319e85848961314b565b35808210156131d25760405190602082019283526040820152604081526131c6606082612c40565b5190205b93019061316e565b9060405190602082019283526040820152604081526131f2606082612c40565b5190206131ca565b505f93505050565b612df7906132136102d08280612cda565b6020815191012090604080519160208301937f4deb55fe65f4ce7359351e4fb66fcf816ab81dea3569c13941f8a4e6b9d98d5d855282840152602081013560608401520135608082015260808152610fdc60a082612c40565b9293919061328291606085526060850191612f8b565b9180830360208201526132a66132988580613037565b60e0865260e0860191612f8b565b6020850135601e198636030181121561025357850190602082359201916001600160401b038111610253578060051b36038313610253576132ee928683036020880152613068565b9260ff6132fd60408701612ccc565b16604082015260608501356001600160401b03811680910361025357606082015260ff61332c60808701612ccc565b16608082015260a0850135948515158096036102535760c08091612df79760a085015201359101526040818403910152612abf565b612df7906133726102d08280612cda565b602081519101209061012061338d6102d06020840184612cda565b602081519101209160ff6133a360c08301612dfa565b816133b060e08501612dfa565b916040519660208801987ff26b16806256fc977a19289fd593ce6d121cc82dc0e538c98d18d2f7d47039848a526040890152606088015260408501356080880152606085013560a0880152608085013560c088015260a085013560e088015216610100860152168284015261010081013561014084015201356101608201526101608152610fdc61018082612c40565b612df79061344d81612dfa565b9060c061345c60208301612f6a565b9161346960608201612f7e565b6134796102d060a0840184612cda565b60208151910120906040519460ff60208701977f10cd62c3d44c271c94991869b2b804c4f60cfbb175325fba498776fde8aa5673895216604087015260018060a01b0316606086015260408301356080860152151560a085015260808201358385015260e084015201356101008201526101008152610fdc61012082612c40565b8051821015612b975760209160051b010190565b356001600160401b03811681036102535790565b612df7906135336102d08280612cda565b602081519101209060c0613550612efc612ee86020850185612e69565b5190209161356060408201612dfa565b60ff61356e6060840161350e565b6001600160401b0361358260808601612dfa565b918361359060a08801612f7e565b956040519960208b019b7fa374a146887187d0d3c43efe10aeb64b15a8a77d5319dc9a883225f2c77b4e928d5260408c015260608b01521660808901521660a08701521683850152151560e084015201356101008201526101008152610fdc61012082612c40565b6001600160a01b03165f908152600d6020526040902054600881901c60ff161561362157505f90565b60ff1690565b612df79061363481612f6a565b9060406136476102d06020840184612cda565b602081519101209181519260208401947f060c8a53a3ca166560568e716d492903c9f60f62245daa5ae0a49c42285af68e865260018060a01b03168385015260608401520135608082015260808152610fdc60a082612c40565b91939260405160208101908160208851919801905f5b8181106137365750505090816136e36001600160401b039493612df7989903601f198101835282612c40565b5190206040519360208501957fa4913159d3ceb9ab00334b86fd223d656bbe5d0086def2e26c764f9ba3714c6b87526040860152606085015260808401521660a082015260a08152610fdc60c082612c40565b82516001600160a01b03168a526020998a0199909201916001016136b7565b612df79060405160208101917f0b7c9ec0b3d03b8841ce8ccafdd4b16cf638439cfe733e9db88570395f4061aa8352604082015260408152610fdc606082612c40565b612df7906137a96102d08280612cda565b602081519101209060c06137c6612efc612ee86020850185612e69565b519020916137d660408201612dfa565b60ff6137e46060840161350e565b6001600160401b036137f860808601612dfa565b918361380660a08801612f7e565b956040519960208b019b7f0f913abc6b54c6a793f85b9a98727a3802d953e7a00033189993d02e9e8cd5308d5260408c015260608b01521660808901521660a08701521683850152151560e084015201356101008201526101008152610fdc61012082612c40565b63ffffffff60019116019063ffffffff821161230057565b906138919291613c80565b5f52600460205260ff60405f20541690565b467f0000000000000000000000000000000000000000000000000000000000000000036138ee577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f40946f38d79ad05e61b50c09332cf661df09eac182f360016073ef8f2e9212cf60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261300260c082612c40565b6139886138a3565b9060405190602082019261190160f01b84526022830152604282015260428152613002606282612c40565b906139bd82612c61565b6139ca6040519182612c40565b82815280926139db601f1991612c61565b0190602036910137565b9190811015612b975760051b81013590603e1981360301821215610253570190565b93929190600354808403613ada57506002549160ff8360201c16808210613ac45750613a32816139b3565b9563ffffffff5f94165f5b838110613a5a575050505050506001810180911161230057600355565b613a68610db98286886139e5565b956001600160a01b038088169116811115610e785786815f5260016020528363ffffffff60405f20541603610e365784613aaa91610e02610df8868a8c6139e5565b15610e245790600191613abd828c6134fa565b5201613a3d565b906322c1720560e21b5f5260045260245260445ffd5b83633ddd513160e01b5f5260045260245260445ffd5b60418303613bd0578260201161025357813591836040116102535760208101359360401015612b97576040013560f81c9060028210613bbe575b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084118015613b9b575b613b93576020935f9360ff60809460405194855216868401526040830152606082015282805260015afa15613b88575f5190565b6040513d5f823e3d90fd5b505050505f90565b5060ff8216601b8114159081613bb2575b50613b54565b601c915014155f613bac565b90601b0160ff81116123005790613b2a565b5050505f90565b909594939293808310610e8a5750613bee826139b3565b955f945f52600860205260405f209063ffffffff5f9516945b848110613c175750505050505050565b613c25610db98287856139e5565b966001600160a01b038089169116811115610e785787815f52846020528763ffffffff60405f20541603610e365785613c6691610e02610df8868b896139e5565b15610e245790600191613c79828c6134fa565b5201613c07565b916040519160ff60208401941684526040830152606082015260608152613002608082612c40565b906001600160a01b03613cbc858584613af0565b168015159081613d86575b50613d7d57813b15613b93575f93613cfb8594612efc6040519384926020840196630b135d3f60e11b885260248501612fab565b51915afa3d15613d76573d613d0f81612d0c565b90613d1d6040519283612c40565b81523d5f602083013e5b81613d68575b81613d36575090565b905060208180518101031261025357602001516001600160e01b031981169081900361025357630b135d3f60e11b1490565b905060208151101590613d2d565b6060613d27565b50505050600190565b6001600160a01b0384161490505f613cc7565b6020810190613da88282612e69565b9190506040810160ff613dba82612dfa565b16158015613e70575b613e4e57505f5b828110613dd75750505050565b80613df7610db9613de88786612e69565b6001600160a01b03949161314b565b168015611c415760018201808311612300575b848110613e1b575050600101613dca565b8181613e2d610db9613de88a89612e69565b1614613e3b57600101613e0a565b5063df1e577360e01b5f5260045260245ffd5b60ff613e5a8492612dfa565b63b8f1f4df60e01b5f521660045260245260445ffd5b508260ff613e7d83612dfa565b1611613dc3565b919290805490613e9c63ffffffff8360201c1661386e565b9167ffffffff000000008360201b169067ffffffff00000000191617815560ff613ec860408701612dfa565b1660ff19825416178155613ede6060860161350e565b815461ff00613eef60808901612dfa565b60081b16906fffffffffffffffff000000000000000062ff0000613f1560a08b01612f7e565b151560101b169360401b16906fffffffffffffffff0000000000ffff0019161717179055825f52600860205260405f20935f9263ffffffff602083019316935b613f5f8484612e69565b9050811015613fa65780613f82610db9600193613f7c8888612e69565b9061314b565b828060a01b03165f528760205260405f208663ffffffff1982541617905501613f55565b509450613fb39250612e69565b915f52600760205260405f20906001600160401b038311610bb357600160401b8311610bb3578154838355808410614018575b50905f5260205f205f5b838110613ffd5750505050565b600190602061400b85612f6a565b9401938184015501613ff0565b825f52838060205f20019103905f5b828110614035575050613fe6565b5f8282015560010161402756fea264697066735822122040a2536c1322e9146b6bf2f9ee672cabdb655f9ae43ba7c5a50a60e632bd2d8864736f6c63430008250033",
}

// VouchRegistry is an auto generated Go binding around an Ethereum contract.
type VouchRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VouchRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewVouchRegistry creates a new instance of VouchRegistry.
func NewVouchRegistry() *VouchRegistry {
	parsed, err := VouchRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VouchRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VouchRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address[] members, uint8 threshold) returns()
func (vouchRegistry *VouchRegistry) PackConstructor(members []common.Address, threshold uint8) []byte {
	enc, err := vouchRegistry.abi.Pack("", members, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackROLECOORDINATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x572be4b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_COORDINATOR() view returns(uint8)
func (vouchRegistry *VouchRegistry) PackROLECOORDINATOR() []byte {
	enc, err := vouchRegistry.abi.Pack("ROLE_COORDINATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLECOORDINATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x572be4b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_COORDINATOR() view returns(uint8)
func (vouchRegistry *VouchRegistry) TryPackROLECOORDINATOR() ([]byte, error) {
	return vouchRegistry.abi.Pack("ROLE_COORDINATOR")
}

// UnpackROLECOORDINATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x572be4b3.
//
// Solidity: function ROLE_COORDINATOR() view returns(uint8)
func (vouchRegistry *VouchRegistry) UnpackROLECOORDINATOR(data []byte) (uint8, error) {
	out, err := vouchRegistry.abi.Unpack("ROLE_COORDINATOR", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackROLESCORER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ce5b92c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_SCORER() view returns(uint8)
func (vouchRegistry *VouchRegistry) PackROLESCORER() []byte {
	enc, err := vouchRegistry.abi.Pack("ROLE_SCORER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLESCORER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ce5b92c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_SCORER() view returns(uint8)
func (vouchRegistry *VouchRegistry) TryPackROLESCORER() ([]byte, error) {
	return vouchRegistry.abi.Pack("ROLE_SCORER")
}

// UnpackROLESCORER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ce5b92c.
//
// Solidity: function ROLE_SCORER() view returns(uint8)
func (vouchRegistry *VouchRegistry) UnpackROLESCORER(data []byte) (uint8, error) {
	out, err := vouchRegistry.abi.Unpack("ROLE_SCORER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAllow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fae7f18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allow((uint8,bytes32,bytes32,uint256) e, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) PackAllow(e VouchRegistryAllowlistEntry, sigs []VouchRegistrySig) []byte {
	enc, err := vouchRegistry.abi.Pack("allow", e, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fae7f18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allow((uint8,bytes32,bytes32,uint256) e, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) TryPackAllow(e VouchRegistryAllowlistEntry, sigs []VouchRegistrySig) ([]byte, error) {
	return vouchRegistry.abi.Pack("allow", e, sigs)
}

// PackAllowDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25366ceb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowDigest((uint8,bytes32,bytes32,uint256) e, bool allowed) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackAllowDigest(e VouchRegistryAllowlistEntry, allowed bool) []byte {
	enc, err := vouchRegistry.abi.Pack("allowDigest", e, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25366ceb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowDigest((uint8,bytes32,bytes32,uint256) e, bool allowed) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackAllowDigest(e VouchRegistryAllowlistEntry, allowed bool) ([]byte, error) {
	return vouchRegistry.abi.Pack("allowDigest", e, allowed)
}

// UnpackAllowDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25366ceb.
//
// Solidity: function allowDigest((uint8,bytes32,bytes32,uint256) e, bool allowed) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackAllowDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("allowDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAnchorBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97077da9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorBatch(bytes32 root, uint32 count) returns(uint256 batch)
func (vouchRegistry *VouchRegistry) PackAnchorBatch(root [32]byte, count uint32) []byte {
	enc, err := vouchRegistry.abi.Pack("anchorBatch", root, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97077da9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorBatch(bytes32 root, uint32 count) returns(uint256 batch)
func (vouchRegistry *VouchRegistry) TryPackAnchorBatch(root [32]byte, count uint32) ([]byte, error) {
	return vouchRegistry.abi.Pack("anchorBatch", root, count)
}

// UnpackAnchorBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97077da9.
//
// Solidity: function anchorBatch(bytes32 root, uint32 count) returns(uint256 batch)
func (vouchRegistry *VouchRegistry) UnpackAnchorBatch(data []byte) (*big.Int, error) {
	out, err := vouchRegistry.abi.Unpack("anchorBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAuthorizationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf262f4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function authorizationDigest(bytes32 releaseDigest_, bytes32 scoreDigest_, address[] signers, uint64 readyAt) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackAuthorizationDigest(releaseDigest [32]byte, scoreDigest [32]byte, signers []common.Address, readyAt uint64) []byte {
	enc, err := vouchRegistry.abi.Pack("authorizationDigest", releaseDigest, scoreDigest, signers, readyAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuthorizationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf262f4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function authorizationDigest(bytes32 releaseDigest_, bytes32 scoreDigest_, address[] signers, uint64 readyAt) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackAuthorizationDigest(releaseDigest [32]byte, scoreDigest [32]byte, signers []common.Address, readyAt uint64) ([]byte, error) {
	return vouchRegistry.abi.Pack("authorizationDigest", releaseDigest, scoreDigest, signers, readyAt)
}

// UnpackAuthorizationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf262f4d.
//
// Solidity: function authorizationDigest(bytes32 releaseDigest_, bytes32 scoreDigest_, address[] signers, uint64 readyAt) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackAuthorizationDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("authorizationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCount() view returns(uint256)
func (vouchRegistry *VouchRegistry) PackBatchCount() []byte {
	enc, err := vouchRegistry.abi.Pack("batchCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCount() view returns(uint256)
func (vouchRegistry *VouchRegistry) TryPackBatchCount() ([]byte, error) {
	return vouchRegistry.abi.Pack("batchCount")
}

// UnpackBatchCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f13056.
//
// Solidity: function batchCount() view returns(uint256)
func (vouchRegistry *VouchRegistry) UnpackBatchCount(data []byte) (*big.Int, error) {
	out, err := vouchRegistry.abi.Unpack("batchCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatchRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68e2f979.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchRoots(uint256 ) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackBatchRoots(arg0 *big.Int) []byte {
	enc, err := vouchRegistry.abi.Pack("batchRoots", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68e2f979.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchRoots(uint256 ) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackBatchRoots(arg0 *big.Int) ([]byte, error) {
	return vouchRegistry.abi.Pack("batchRoots", arg0)
}

// UnpackBatchRoots is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68e2f979.
//
// Solidity: function batchRoots(uint256 ) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackBatchRoots(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("batchRoots", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackChangeGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60da9cd3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeGovernance((address[],uint8,uint256) g, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) PackChangeGovernance(g VouchRegistryGovernanceChange, sigs []VouchRegistrySig) []byte {
	enc, err := vouchRegistry.abi.Pack("changeGovernance", g, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60da9cd3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeGovernance((address[],uint8,uint256) g, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) TryPackChangeGovernance(g VouchRegistryGovernanceChange, sigs []VouchRegistrySig) ([]byte, error) {
	return vouchRegistry.abi.Pack("changeGovernance", g, sigs)
}

// PackChangePolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb21b5558.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changePolicy((string,address[],uint8,uint64,uint8,bool,uint256) p, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) PackChangePolicy(p VouchRegistryPolicyChange, sigs []VouchRegistrySig) []byte {
	enc, err := vouchRegistry.abi.Pack("changePolicy", p, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangePolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb21b5558.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changePolicy((string,address[],uint8,uint64,uint8,bool,uint256) p, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) TryPackChangePolicy(p VouchRegistryPolicyChange, sigs []VouchRegistrySig) ([]byte, error) {
	return vouchRegistry.abi.Pack("changePolicy", p, sigs)
}

// PackDisallow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6424b4fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disallow((uint8,bytes32,bytes32,uint256) e, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) PackDisallow(e VouchRegistryAllowlistEntry, sigs []VouchRegistrySig) []byte {
	enc, err := vouchRegistry.abi.Pack("disallow", e, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisallow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6424b4fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disallow((uint8,bytes32,bytes32,uint256) e, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) TryPackDisallow(e VouchRegistryAllowlistEntry, sigs []VouchRegistrySig) ([]byte, error) {
	return vouchRegistry.abi.Pack("disallow", e, sigs)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackDomainSeparator() []byte {
	enc, err := vouchRegistry.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackDomainSeparator() ([]byte, error) {
	return vouchRegistry.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEnclaveConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dc3092b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enclaveConfig(address ) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackEnclaveConfig(arg0 common.Address) []byte {
	enc, err := vouchRegistry.abi.Pack("enclaveConfig", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnclaveConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dc3092b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enclaveConfig(address ) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackEnclaveConfig(arg0 common.Address) ([]byte, error) {
	return vouchRegistry.abi.Pack("enclaveConfig", arg0)
}

// UnpackEnclaveConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dc3092b.
//
// Solidity: function enclaveConfig(address ) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackEnclaveConfig(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("enclaveConfig", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEnclaveRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb549656.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enclaveRole(address key) view returns(uint8)
func (vouchRegistry *VouchRegistry) PackEnclaveRole(key common.Address) []byte {
	enc, err := vouchRegistry.abi.Pack("enclaveRole", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnclaveRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb549656.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enclaveRole(address key) view returns(uint8)
func (vouchRegistry *VouchRegistry) TryPackEnclaveRole(key common.Address) ([]byte, error) {
	return vouchRegistry.abi.Pack("enclaveRole", key)
}

// UnpackEnclaveRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb549656.
//
// Solidity: function enclaveRole(address key) view returns(uint8)
func (vouchRegistry *VouchRegistry) UnpackEnclaveRole(data []byte) (uint8, error) {
	out, err := vouchRegistry.abi.Unpack("enclaveRole", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEnclaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfaeedb07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enclaves(address ) view returns(uint8 role, bool retired, bytes32 measurement)
func (vouchRegistry *VouchRegistry) PackEnclaves(arg0 common.Address) []byte {
	enc, err := vouchRegistry.abi.Pack("enclaves", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnclaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfaeedb07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enclaves(address ) view returns(uint8 role, bool retired, bytes32 measurement)
func (vouchRegistry *VouchRegistry) TryPackEnclaves(arg0 common.Address) ([]byte, error) {
	return vouchRegistry.abi.Pack("enclaves", arg0)
}

// EnclavesOutput serves as a container for the return parameters of contract
// method Enclaves.
type EnclavesOutput struct {
	Role        uint8
	Retired     bool
	Measurement [32]byte
}

// UnpackEnclaves is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfaeedb07.
//
// Solidity: function enclaves(address ) view returns(uint8 role, bool retired, bytes32 measurement)
func (vouchRegistry *VouchRegistry) UnpackEnclaves(data []byte) (EnclavesOutput, error) {
	out, err := vouchRegistry.abi.Unpack("enclaves", data)
	outstruct := new(EnclavesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Role = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Retired = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Measurement = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackEnroll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92e95732.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enroll((string,address[],uint8,uint64,uint8,bool,uint256) p, (address,bytes)[] sigs, bytes coordinatorSig) returns()
func (vouchRegistry *VouchRegistry) PackEnroll(p VouchRegistryPolicyChange, sigs []VouchRegistrySig, coordinatorSig []byte) []byte {
	enc, err := vouchRegistry.abi.Pack("enroll", p, sigs, coordinatorSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnroll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92e95732.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enroll((string,address[],uint8,uint64,uint8,bool,uint256) p, (address,bytes)[] sigs, bytes coordinatorSig) returns()
func (vouchRegistry *VouchRegistry) TryPackEnroll(p VouchRegistryPolicyChange, sigs []VouchRegistrySig, coordinatorSig []byte) ([]byte, error) {
	return vouchRegistry.abi.Pack("enroll", p, sigs, coordinatorSig)
}

// PackEnrollmentDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7fe6576.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enrollmentDigest((string,address[],uint8,uint64,uint8,bool,uint256) p) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackEnrollmentDigest(p VouchRegistryPolicyChange) []byte {
	enc, err := vouchRegistry.abi.Pack("enrollmentDigest", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnrollmentDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7fe6576.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enrollmentDigest((string,address[],uint8,uint64,uint8,bool,uint256) p) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackEnrollmentDigest(p VouchRegistryPolicyChange) ([]byte, error) {
	return vouchRegistry.abi.Pack("enrollmentDigest", p)
}

// UnpackEnrollmentDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7fe6576.
//
// Solidity: function enrollmentDigest((string,address[],uint8,uint64,uint8,bool,uint256) p) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackEnrollmentDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("enrollmentDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetPackage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87c60483.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPackage(string name) view returns((address[],uint8,uint64,uint8,bool,uint256,bool,uint256,bytes32,bytes32) v)
func (vouchRegistry *VouchRegistry) PackGetPackage(name string) []byte {
	enc, err := vouchRegistry.abi.Pack("getPackage", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPackage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87c60483.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPackage(string name) view returns((address[],uint8,uint64,uint8,bool,uint256,bool,uint256,bytes32,bytes32) v)
func (vouchRegistry *VouchRegistry) TryPackGetPackage(name string) ([]byte, error) {
	return vouchRegistry.abi.Pack("getPackage", name)
}

// UnpackGetPackage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87c60483.
//
// Solidity: function getPackage(string name) view returns((address[],uint8,uint64,uint8,bool,uint256,bool,uint256,bytes32,bytes32) v)
func (vouchRegistry *VouchRegistry) UnpackGetPackage(data []byte) (VouchRegistryPackageView, error) {
	out, err := vouchRegistry.abi.Unpack("getPackage", data)
	if err != nil {
		return *new(VouchRegistryPackageView), err
	}
	out0 := *abi.ConvertType(out[0], new(VouchRegistryPackageView)).(*VouchRegistryPackageView)
	return out0, nil
}

// PackGetReleases is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6eb3c12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReleases(bytes32[] keys) view returns((bytes32,bytes32,uint8,uint64,uint8,uint8,bool,bool,bool)[] out)
func (vouchRegistry *VouchRegistry) PackGetReleases(keys [][32]byte) []byte {
	enc, err := vouchRegistry.abi.Pack("getReleases", keys)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReleases is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6eb3c12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReleases(bytes32[] keys) view returns((bytes32,bytes32,uint8,uint64,uint8,uint8,bool,bool,bool)[] out)
func (vouchRegistry *VouchRegistry) TryPackGetReleases(keys [][32]byte) ([]byte, error) {
	return vouchRegistry.abi.Pack("getReleases", keys)
}

// UnpackGetReleases is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6eb3c12.
//
// Solidity: function getReleases(bytes32[] keys) view returns((bytes32,bytes32,uint8,uint64,uint8,uint8,bool,bool,bool)[] out)
func (vouchRegistry *VouchRegistry) UnpackGetReleases(data []byte) ([]VouchRegistryReleaseView, error) {
	out, err := vouchRegistry.abi.Unpack("getReleases", data)
	if err != nil {
		return *new([]VouchRegistryReleaseView), err
	}
	out0 := *abi.ConvertType(out[0], new([]VouchRegistryReleaseView)).(*[]VouchRegistryReleaseView)
	return out0, nil
}

// PackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governance() view returns(address[] members, uint8 threshold, uint256 nonce)
func (vouchRegistry *VouchRegistry) PackGovernance() []byte {
	enc, err := vouchRegistry.abi.Pack("governance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governance() view returns(address[] members, uint8 threshold, uint256 nonce)
func (vouchRegistry *VouchRegistry) TryPackGovernance() ([]byte, error) {
	return vouchRegistry.abi.Pack("governance")
}

// GovernanceOutput serves as a container for the return parameters of contract
// method Governance.
type GovernanceOutput struct {
	Members   []common.Address
	Threshold uint8
	Nonce     *big.Int
}

// UnpackGovernance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aa6e675.
//
// Solidity: function governance() view returns(address[] members, uint8 threshold, uint256 nonce)
func (vouchRegistry *VouchRegistry) UnpackGovernance(data []byte) (GovernanceOutput, error) {
	out, err := vouchRegistry.abi.Unpack("governance", data)
	outstruct := new(GovernanceOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Members = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Threshold = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Nonce = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGovernanceDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36fc7183.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governanceDigest((address[],uint8,uint256) g) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackGovernanceDigest(g VouchRegistryGovernanceChange) []byte {
	enc, err := vouchRegistry.abi.Pack("governanceDigest", g)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernanceDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36fc7183.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governanceDigest((address[],uint8,uint256) g) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackGovernanceDigest(g VouchRegistryGovernanceChange) ([]byte, error) {
	return vouchRegistry.abi.Pack("governanceDigest", g)
}

// UnpackGovernanceDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36fc7183.
//
// Solidity: function governanceDigest((address[],uint8,uint256) g) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackGovernanceDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("governanceDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGovernanceNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9be832c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governanceNonce() view returns(uint256)
func (vouchRegistry *VouchRegistry) PackGovernanceNonce() []byte {
	enc, err := vouchRegistry.abi.Pack("governanceNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernanceNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9be832c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governanceNonce() view returns(uint256)
func (vouchRegistry *VouchRegistry) TryPackGovernanceNonce() ([]byte, error) {
	return vouchRegistry.abi.Pack("governanceNonce")
}

// UnpackGovernanceNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9be832c.
//
// Solidity: function governanceNonce() view returns(uint256)
func (vouchRegistry *VouchRegistry) UnpackGovernanceNonce(data []byte) (*big.Int, error) {
	out, err := vouchRegistry.abi.Unpack("governanceNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGovernanceThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66e37eae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governanceThreshold() view returns(uint8)
func (vouchRegistry *VouchRegistry) PackGovernanceThreshold() []byte {
	enc, err := vouchRegistry.abi.Pack("governanceThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernanceThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66e37eae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governanceThreshold() view returns(uint8)
func (vouchRegistry *VouchRegistry) TryPackGovernanceThreshold() ([]byte, error) {
	return vouchRegistry.abi.Pack("governanceThreshold")
}

// UnpackGovernanceThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66e37eae.
//
// Solidity: function governanceThreshold() view returns(uint8)
func (vouchRegistry *VouchRegistry) UnpackGovernanceThreshold(data []byte) (uint8, error) {
	out, err := vouchRegistry.abi.Unpack("governanceThreshold", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGrantToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8f3cb0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantToken((string,bytes32,uint256) g, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) PackGrantToken(g VouchRegistryTokenGrant, sigs []VouchRegistrySig) []byte {
	enc, err := vouchRegistry.abi.Pack("grantToken", g, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8f3cb0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantToken((string,bytes32,uint256) g, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) TryPackGrantToken(g VouchRegistryTokenGrant, sigs []VouchRegistrySig) ([]byte, error) {
	return vouchRegistry.abi.Pack("grantToken", g, sigs)
}

// PackIsAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebc6b49e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAllowed(uint8 role, bytes32 measurement, bytes32 configDigest) view returns(bool)
func (vouchRegistry *VouchRegistry) PackIsAllowed(role uint8, measurement [32]byte, configDigest [32]byte) []byte {
	enc, err := vouchRegistry.abi.Pack("isAllowed", role, measurement, configDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebc6b49e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAllowed(uint8 role, bytes32 measurement, bytes32 configDigest) view returns(bool)
func (vouchRegistry *VouchRegistry) TryPackIsAllowed(role uint8, measurement [32]byte, configDigest [32]byte) ([]byte, error) {
	return vouchRegistry.abi.Pack("isAllowed", role, measurement, configDigest)
}

// UnpackIsAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebc6b49e.
//
// Solidity: function isAllowed(uint8 role, bytes32 measurement, bytes32 configDigest) view returns(bool)
func (vouchRegistry *VouchRegistry) UnpackIsAllowed(data []byte) (bool, error) {
	out, err := vouchRegistry.abi.Unpack("isAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsVetoed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfdb1929.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVetoed(string packageName, bytes32 releaseDigest_) view returns(bool)
func (vouchRegistry *VouchRegistry) PackIsVetoed(packageName string, releaseDigest [32]byte) []byte {
	enc, err := vouchRegistry.abi.Pack("isVetoed", packageName, releaseDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsVetoed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfdb1929.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isVetoed(string packageName, bytes32 releaseDigest_) view returns(bool)
func (vouchRegistry *VouchRegistry) TryPackIsVetoed(packageName string, releaseDigest [32]byte) ([]byte, error) {
	return vouchRegistry.abi.Pack("isVetoed", packageName, releaseDigest)
}

// UnpackIsVetoed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfdb1929.
//
// Solidity: function isVetoed(string packageName, bytes32 releaseDigest_) view returns(bool)
func (vouchRegistry *VouchRegistry) UnpackIsVetoed(data []byte) (bool, error) {
	out, err := vouchRegistry.abi.Unpack("isVetoed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackNameControlDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ac76e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nameControlDigest(bytes32 enrollmentDigest_) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackNameControlDigest(enrollmentDigest [32]byte) []byte {
	enc, err := vouchRegistry.abi.Pack("nameControlDigest", enrollmentDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNameControlDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ac76e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nameControlDigest(bytes32 enrollmentDigest_) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackNameControlDigest(enrollmentDigest [32]byte) ([]byte, error) {
	return vouchRegistry.abi.Pack("nameControlDigest", enrollmentDigest)
}

// UnpackNameControlDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4ac76e0.
//
// Solidity: function nameControlDigest(bytes32 enrollmentDigest_) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackNameControlDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("nameControlDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPolicyDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8bfa49b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function policyDigest((string,address[],uint8,uint64,uint8,bool,uint256) p) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackPolicyDigest(p VouchRegistryPolicyChange) []byte {
	enc, err := vouchRegistry.abi.Pack("policyDigest", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPolicyDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8bfa49b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function policyDigest((string,address[],uint8,uint64,uint8,bool,uint256) p) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackPolicyDigest(p VouchRegistryPolicyChange) ([]byte, error) {
	return vouchRegistry.abi.Pack("policyDigest", p)
}

// UnpackPolicyDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8bfa49b.
//
// Solidity: function policyDigest((string,address[],uint8,uint64,uint8,bool,uint256) p) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackPolicyDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("policyDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc45e39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish((string,string,bytes,bytes32,uint256) r, (address,bytes)[] sigs, (string,string,bytes32,bytes32,bytes32,bytes32,uint8,uint8,bytes32,bytes32) s, bytes scoreSig, uint64 readyAt, bytes coordinatorSig) returns()
func (vouchRegistry *VouchRegistry) PackPublish(r VouchRegistryRelease, sigs []VouchRegistrySig, s VouchRegistryScore, scoreSig []byte, readyAt uint64, coordinatorSig []byte) []byte {
	enc, err := vouchRegistry.abi.Pack("publish", r, sigs, s, scoreSig, readyAt, coordinatorSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc45e39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish((string,string,bytes,bytes32,uint256) r, (address,bytes)[] sigs, (string,string,bytes32,bytes32,bytes32,bytes32,uint8,uint8,bytes32,bytes32) s, bytes scoreSig, uint64 readyAt, bytes coordinatorSig) returns()
func (vouchRegistry *VouchRegistry) TryPackPublish(r VouchRegistryRelease, sigs []VouchRegistrySig, s VouchRegistryScore, scoreSig []byte, readyAt uint64, coordinatorSig []byte) ([]byte, error) {
	return vouchRegistry.abi.Pack("publish", r, sigs, s, scoreSig, readyAt, coordinatorSig)
}

// PackReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5789c4bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiptDigest((bytes32,bytes32,uint16,bytes32) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackReceiptDigest(r VouchRegistryPublishReceipt) []byte {
	enc, err := vouchRegistry.abi.Pack("receiptDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5789c4bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiptDigest((bytes32,bytes32,uint16,bytes32) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackReceiptDigest(r VouchRegistryPublishReceipt) ([]byte, error) {
	return vouchRegistry.abi.Pack("receiptDigest", r)
}

// UnpackReceiptDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5789c4bf.
//
// Solidity: function receiptDigest((bytes32,bytes32,uint16,bytes32) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackReceiptDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("receiptDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecordReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x902f5514.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordReceipt((string,string,bytes,bytes32,uint256) r, (bytes32,bytes32,uint16,bytes32) receipt, bytes coordinatorSig) returns()
func (vouchRegistry *VouchRegistry) PackRecordReceipt(r VouchRegistryRelease, receipt VouchRegistryPublishReceipt, coordinatorSig []byte) []byte {
	enc, err := vouchRegistry.abi.Pack("recordReceipt", r, receipt, coordinatorSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x902f5514.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordReceipt((string,string,bytes,bytes32,uint256) r, (bytes32,bytes32,uint16,bytes32) receipt, bytes coordinatorSig) returns()
func (vouchRegistry *VouchRegistry) TryPackRecordReceipt(r VouchRegistryRelease, receipt VouchRegistryPublishReceipt, coordinatorSig []byte) ([]byte, error) {
	return vouchRegistry.abi.Pack("recordReceipt", r, receipt, coordinatorSig)
}

// PackRegisterEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45a1ff49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerEnclave((uint8,address,bytes32,bool,bytes32,bytes,uint256) r, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) PackRegisterEnclave(r VouchRegistryEnclaveRegistration, sigs []VouchRegistrySig) []byte {
	enc, err := vouchRegistry.abi.Pack("registerEnclave", r, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45a1ff49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerEnclave((uint8,address,bytes32,bool,bytes32,bytes,uint256) r, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) TryPackRegisterEnclave(r VouchRegistryEnclaveRegistration, sigs []VouchRegistrySig) ([]byte, error) {
	return vouchRegistry.abi.Pack("registerEnclave", r, sigs)
}

// PackRegistrationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97163a1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registrationDigest((uint8,address,bytes32,bool,bytes32,bytes,uint256) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackRegistrationDigest(r VouchRegistryEnclaveRegistration) []byte {
	enc, err := vouchRegistry.abi.Pack("registrationDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistrationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97163a1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registrationDigest((uint8,address,bytes32,bool,bytes32,bytes,uint256) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackRegistrationDigest(r VouchRegistryEnclaveRegistration) ([]byte, error) {
	return vouchRegistry.abi.Pack("registrationDigest", r)
}

// UnpackRegistrationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97163a1f.
//
// Solidity: function registrationDigest((uint8,address,bytes32,bool,bytes32,bytes,uint256) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackRegistrationDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("registrationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReleaseDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6126315c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseDigest((string,string,bytes,bytes32,uint256) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackReleaseDigest(r VouchRegistryRelease) []byte {
	enc, err := vouchRegistry.abi.Pack("releaseDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6126315c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseDigest((string,string,bytes,bytes32,uint256) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackReleaseDigest(r VouchRegistryRelease) ([]byte, error) {
	return vouchRegistry.abi.Pack("releaseDigest", r)
}

// UnpackReleaseDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6126315c.
//
// Solidity: function releaseDigest((string,string,bytes,bytes32,uint256) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackReleaseDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("releaseDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReleaseKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56abb70b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseKey(string name, string version) pure returns(bytes32)
func (vouchRegistry *VouchRegistry) PackReleaseKey(name string, version string) []byte {
	enc, err := vouchRegistry.abi.Pack("releaseKey", name, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56abb70b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseKey(string name, string version) pure returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackReleaseKey(name string, version string) ([]byte, error) {
	return vouchRegistry.abi.Pack("releaseKey", name, version)
}

// UnpackReleaseKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56abb70b.
//
// Solidity: function releaseKey(string name, string version) pure returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackReleaseKey(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("releaseKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRetireEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d4d4a25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireEnclave((address,string,uint256) r, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) PackRetireEnclave(r VouchRegistryEnclaveRetirement, sigs []VouchRegistrySig) []byte {
	enc, err := vouchRegistry.abi.Pack("retireEnclave", r, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d4d4a25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireEnclave((address,string,uint256) r, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) TryPackRetireEnclave(r VouchRegistryEnclaveRetirement, sigs []VouchRegistrySig) ([]byte, error) {
	return vouchRegistry.abi.Pack("retireEnclave", r, sigs)
}

// PackRetirementDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaf47a68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retirementDigest((address,string,uint256) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackRetirementDigest(r VouchRegistryEnclaveRetirement) []byte {
	enc, err := vouchRegistry.abi.Pack("retirementDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetirementDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaf47a68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retirementDigest((address,string,uint256) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackRetirementDigest(r VouchRegistryEnclaveRetirement) ([]byte, error) {
	return vouchRegistry.abi.Pack("retirementDigest", r)
}

// UnpackRetirementDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcaf47a68.
//
// Solidity: function retirementDigest((address,string,uint256) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackRetirementDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("retirementDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96e8c4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revoke((string,string,bytes32,string) r, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) PackRevoke(r VouchRegistryRevoke, sigs []VouchRegistrySig) []byte {
	enc, err := vouchRegistry.abi.Pack("revoke", r, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96e8c4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revoke((string,string,bytes32,string) r, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) TryPackRevoke(r VouchRegistryRevoke, sigs []VouchRegistrySig) ([]byte, error) {
	return vouchRegistry.abi.Pack("revoke", r, sigs)
}

// PackRevokeDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a188a06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeDigest((string,string,bytes32,string) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackRevokeDigest(r VouchRegistryRevoke) []byte {
	enc, err := vouchRegistry.abi.Pack("revokeDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a188a06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeDigest((string,string,bytes32,string) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackRevokeDigest(r VouchRegistryRevoke) ([]byte, error) {
	return vouchRegistry.abi.Pack("revokeDigest", r)
}

// UnpackRevokeDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a188a06.
//
// Solidity: function revokeDigest((string,string,bytes32,string) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackRevokeDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("revokeDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackScoreDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9331309b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scoreDigest((string,string,bytes32,bytes32,bytes32,bytes32,uint8,uint8,bytes32,bytes32) s) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackScoreDigest(s VouchRegistryScore) []byte {
	enc, err := vouchRegistry.abi.Pack("scoreDigest", s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScoreDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9331309b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scoreDigest((string,string,bytes32,bytes32,bytes32,bytes32,uint8,uint8,bytes32,bytes32) s) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackScoreDigest(s VouchRegistryScore) ([]byte, error) {
	return vouchRegistry.abi.Pack("scoreDigest", s)
}

// UnpackScoreDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9331309b.
//
// Solidity: function scoreDigest((string,string,bytes32,bytes32,bytes32,bytes32,uint8,uint8,bytes32,bytes32) s) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackScoreDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("scoreDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTokenGrantDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8762b823.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenGrantDigest((string,bytes32,uint256) g) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackTokenGrantDigest(g VouchRegistryTokenGrant) []byte {
	enc, err := vouchRegistry.abi.Pack("tokenGrantDigest", g)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenGrantDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8762b823.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenGrantDigest((string,bytes32,uint256) g) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackTokenGrantDigest(g VouchRegistryTokenGrant) ([]byte, error) {
	return vouchRegistry.abi.Pack("tokenGrantDigest", g)
}

// UnpackTokenGrantDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8762b823.
//
// Solidity: function tokenGrantDigest((string,bytes32,uint256) g) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackTokenGrantDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("tokenGrantDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerifyBatchProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x807df5e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyBatchProof(uint256 batch, bytes32 leaf, bytes32[] proof) view returns(bool)
func (vouchRegistry *VouchRegistry) PackVerifyBatchProof(batch *big.Int, leaf [32]byte, proof [][32]byte) []byte {
	enc, err := vouchRegistry.abi.Pack("verifyBatchProof", batch, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyBatchProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x807df5e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyBatchProof(uint256 batch, bytes32 leaf, bytes32[] proof) view returns(bool)
func (vouchRegistry *VouchRegistry) TryPackVerifyBatchProof(batch *big.Int, leaf [32]byte, proof [][32]byte) ([]byte, error) {
	return vouchRegistry.abi.Pack("verifyBatchProof", batch, leaf, proof)
}

// UnpackVerifyBatchProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x807df5e5.
//
// Solidity: function verifyBatchProof(uint256 batch, bytes32 leaf, bytes32[] proof) view returns(bool)
func (vouchRegistry *VouchRegistry) UnpackVerifyBatchProof(data []byte) (bool, error) {
	out, err := vouchRegistry.abi.Unpack("verifyBatchProof", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVeto is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85af35c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function veto(string packageName, (bytes32,string) v, (address,bytes) sig) returns()
func (vouchRegistry *VouchRegistry) PackVeto(packageName string, v VouchRegistryVeto, sig VouchRegistrySig) []byte {
	enc, err := vouchRegistry.abi.Pack("veto", packageName, v, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVeto is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85af35c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function veto(string packageName, (bytes32,string) v, (address,bytes) sig) returns()
func (vouchRegistry *VouchRegistry) TryPackVeto(packageName string, v VouchRegistryVeto, sig VouchRegistrySig) ([]byte, error) {
	return vouchRegistry.abi.Pack("veto", packageName, v, sig)
}

// PackVetoDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bf1129d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vetoDigest((bytes32,string) v) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackVetoDigest(v VouchRegistryVeto) []byte {
	enc, err := vouchRegistry.abi.Pack("vetoDigest", v)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVetoDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bf1129d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vetoDigest((bytes32,string) v) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackVetoDigest(v VouchRegistryVeto) ([]byte, error) {
	return vouchRegistry.abi.Pack("vetoDigest", v)
}

// UnpackVetoDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bf1129d.
//
// Solidity: function vetoDigest((bytes32,string) v) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackVetoDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("vetoDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// VouchRegistryAllowlistChanged represents a AllowlistChanged event raised by the VouchRegistry contract.
type VouchRegistryAllowlistChanged struct {
	Role         uint8
	Measurement  [32]byte
	ConfigDigest [32]byte
	Allowed      bool
	Nonce        *big.Int
	Signers      []common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const VouchRegistryAllowlistChangedEventName = "AllowlistChanged"

// ContractEventName returns the user-defined event name.
func (VouchRegistryAllowlistChanged) ContractEventName() string {
	return VouchRegistryAllowlistChangedEventName
}

// UnpackAllowlistChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AllowlistChanged(uint8 indexed role, bytes32 measurement, bytes32 configDigest, bool allowed, uint256 nonce, address[] signers)
func (vouchRegistry *VouchRegistry) UnpackAllowlistChangedEvent(log *types.Log) (*VouchRegistryAllowlistChanged, error) {
	event := "AllowlistChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryAllowlistChanged)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryBatchAnchored represents a BatchAnchored event raised by the VouchRegistry contract.
type VouchRegistryBatchAnchored struct {
	Batch    *big.Int
	Root     [32]byte
	Count    uint32
	Anchorer common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const VouchRegistryBatchAnchoredEventName = "BatchAnchored"

// ContractEventName returns the user-defined event name.
func (VouchRegistryBatchAnchored) ContractEventName() string {
	return VouchRegistryBatchAnchoredEventName
}

// UnpackBatchAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchAnchored(uint256 indexed batch, bytes32 root, uint32 count, address indexed anchorer)
func (vouchRegistry *VouchRegistry) UnpackBatchAnchoredEvent(log *types.Log) (*VouchRegistryBatchAnchored, error) {
	event := "BatchAnchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryBatchAnchored)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryEnclaveApproved represents a EnclaveApproved event raised by the VouchRegistry contract.
type VouchRegistryEnclaveApproved struct {
	Key          common.Address
	ConfigDigest [32]byte
	Nonce        *big.Int
	Signers      []common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const VouchRegistryEnclaveApprovedEventName = "EnclaveApproved"

// ContractEventName returns the user-defined event name.
func (VouchRegistryEnclaveApproved) ContractEventName() string {
	return VouchRegistryEnclaveApprovedEventName
}

// UnpackEnclaveApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveApproved(address indexed key, bytes32 configDigest, uint256 nonce, address[] signers)
func (vouchRegistry *VouchRegistry) UnpackEnclaveApprovedEvent(log *types.Log) (*VouchRegistryEnclaveApproved, error) {
	event := "EnclaveApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryEnclaveApproved)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryEnclaveRegistered represents a EnclaveRegistered event raised by the VouchRegistry contract.
type VouchRegistryEnclaveRegistered struct {
	Role        uint8
	Key         common.Address
	Measurement [32]byte
	Evidence    []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const VouchRegistryEnclaveRegisteredEventName = "EnclaveRegistered"

// ContractEventName returns the user-defined event name.
func (VouchRegistryEnclaveRegistered) ContractEventName() string {
	return VouchRegistryEnclaveRegisteredEventName
}

// UnpackEnclaveRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveRegistered(uint8 indexed role, address indexed key, bytes32 measurement, bytes evidence)
func (vouchRegistry *VouchRegistry) UnpackEnclaveRegisteredEvent(log *types.Log) (*VouchRegistryEnclaveRegistered, error) {
	event := "EnclaveRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryEnclaveRegistered)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryEnclaveRetired represents a EnclaveRetired event raised by the VouchRegistry contract.
type VouchRegistryEnclaveRetired struct {
	Key common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const VouchRegistryEnclaveRetiredEventName = "EnclaveRetired"

// ContractEventName returns the user-defined event name.
func (VouchRegistryEnclaveRetired) ContractEventName() string {
	return VouchRegistryEnclaveRetiredEventName
}

// UnpackEnclaveRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveRetired(address indexed key)
func (vouchRegistry *VouchRegistry) UnpackEnclaveRetiredEvent(log *types.Log) (*VouchRegistryEnclaveRetired, error) {
	event := "EnclaveRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryEnclaveRetired)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryEnclaveRetiredBy represents a EnclaveRetiredBy event raised by the VouchRegistry contract.
type VouchRegistryEnclaveRetiredBy struct {
	Key     common.Address
	Reason  string
	Nonce   *big.Int
	Signers []common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VouchRegistryEnclaveRetiredByEventName = "EnclaveRetiredBy"

// ContractEventName returns the user-defined event name.
func (VouchRegistryEnclaveRetiredBy) ContractEventName() string {
	return VouchRegistryEnclaveRetiredByEventName
}

// UnpackEnclaveRetiredByEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveRetiredBy(address indexed key, string reason, uint256 nonce, address[] signers)
func (vouchRegistry *VouchRegistry) UnpackEnclaveRetiredByEvent(log *types.Log) (*VouchRegistryEnclaveRetiredBy, error) {
	event := "EnclaveRetiredBy"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryEnclaveRetiredBy)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryEnrolled represents a Enrolled event raised by the VouchRegistry contract.
type VouchRegistryEnrolled struct {
	PackageKey  [32]byte
	PackageName string
	Policy      VouchRegistryPolicyChange
	Signers     []common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const VouchRegistryEnrolledEventName = "Enrolled"

// ContractEventName returns the user-defined event name.
func (VouchRegistryEnrolled) ContractEventName() string {
	return VouchRegistryEnrolledEventName
}

// UnpackEnrolledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Enrolled(bytes32 indexed packageKey, string packageName, (string,address[],uint8,uint64,uint8,bool,uint256) policy, address[] signers)
func (vouchRegistry *VouchRegistry) UnpackEnrolledEvent(log *types.Log) (*VouchRegistryEnrolled, error) {
	event := "Enrolled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryEnrolled)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryGovernanceChanged represents a GovernanceChanged event raised by the VouchRegistry contract.
type VouchRegistryGovernanceChanged struct {
	Members   []common.Address
	Threshold uint8
	Nonce     *big.Int
	Signers   []common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const VouchRegistryGovernanceChangedEventName = "GovernanceChanged"

// ContractEventName returns the user-defined event name.
func (VouchRegistryGovernanceChanged) ContractEventName() string {
	return VouchRegistryGovernanceChangedEventName
}

// UnpackGovernanceChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GovernanceChanged(address[] members, uint8 threshold, uint256 nonce, address[] signers)
func (vouchRegistry *VouchRegistry) UnpackGovernanceChangedEvent(log *types.Log) (*VouchRegistryGovernanceChanged, error) {
	event := "GovernanceChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryGovernanceChanged)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryPolicyChanged represents a PolicyChanged event raised by the VouchRegistry contract.
type VouchRegistryPolicyChanged struct {
	PackageKey  [32]byte
	PackageName string
	Policy      VouchRegistryPolicyChange
	Signers     []common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const VouchRegistryPolicyChangedEventName = "PolicyChanged"

// ContractEventName returns the user-defined event name.
func (VouchRegistryPolicyChanged) ContractEventName() string {
	return VouchRegistryPolicyChangedEventName
}

// UnpackPolicyChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PolicyChanged(bytes32 indexed packageKey, string packageName, (string,address[],uint8,uint64,uint8,bool,uint256) policy, address[] signers)
func (vouchRegistry *VouchRegistry) UnpackPolicyChangedEvent(log *types.Log) (*VouchRegistryPolicyChanged, error) {
	event := "PolicyChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryPolicyChanged)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryPublished represents a Published event raised by the VouchRegistry contract.
type VouchRegistryPublished struct {
	ReleaseKey    [32]byte
	PackageKey    [32]byte
	ReleaseDigest [32]byte
	Release       VouchRegistryRelease
	Signers       []common.Address
	ScoreDigest   [32]byte
	Coordinator   common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const VouchRegistryPublishedEventName = "Published"

// ContractEventName returns the user-defined event name.
func (VouchRegistryPublished) ContractEventName() string {
	return VouchRegistryPublishedEventName
}

// UnpackPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Published(bytes32 indexed releaseKey, bytes32 indexed packageKey, bytes32 releaseDigest, (string,string,bytes,bytes32,uint256) release, address[] signers, bytes32 scoreDigest, address coordinator)
func (vouchRegistry *VouchRegistry) UnpackPublishedEvent(log *types.Log) (*VouchRegistryPublished, error) {
	event := "Published"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryPublished)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryReceiptRecorded represents a ReceiptRecorded event raised by the VouchRegistry contract.
type VouchRegistryReceiptRecorded struct {
	ReleaseKey  [32]byte
	Receipt     VouchRegistryPublishReceipt
	Coordinator common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const VouchRegistryReceiptRecordedEventName = "ReceiptRecorded"

// ContractEventName returns the user-defined event name.
func (VouchRegistryReceiptRecorded) ContractEventName() string {
	return VouchRegistryReceiptRecordedEventName
}

// UnpackReceiptRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptRecorded(bytes32 indexed releaseKey, (bytes32,bytes32,uint16,bytes32) receipt, address coordinator)
func (vouchRegistry *VouchRegistry) UnpackReceiptRecordedEvent(log *types.Log) (*VouchRegistryReceiptRecorded, error) {
	event := "ReceiptRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryReceiptRecorded)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryRevoked represents a Revoked event raised by the VouchRegistry contract.
type VouchRegistryRevoked struct {
	ReleaseKey [32]byte
	Revoke     VouchRegistryRevoke
	Signers    []common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const VouchRegistryRevokedEventName = "Revoked"

// ContractEventName returns the user-defined event name.
func (VouchRegistryRevoked) ContractEventName() string {
	return VouchRegistryRevokedEventName
}

// UnpackRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revoked(bytes32 indexed releaseKey, (string,string,bytes32,string) revoke, address[] signers)
func (vouchRegistry *VouchRegistry) UnpackRevokedEvent(log *types.Log) (*VouchRegistryRevoked, error) {
	event := "Revoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryRevoked)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryScoreRecorded represents a ScoreRecorded event raised by the VouchRegistry contract.
type VouchRegistryScoreRecorded struct {
	ReleaseKey  [32]byte
	ScoreDigest [32]byte
	Score       VouchRegistryScore
	Scorer      common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const VouchRegistryScoreRecordedEventName = "ScoreRecorded"

// ContractEventName returns the user-defined event name.
func (VouchRegistryScoreRecorded) ContractEventName() string {
	return VouchRegistryScoreRecordedEventName
}

// UnpackScoreRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreRecorded(bytes32 indexed releaseKey, bytes32 scoreDigest, (string,string,bytes32,bytes32,bytes32,bytes32,uint8,uint8,bytes32,bytes32) score, address scorer)
func (vouchRegistry *VouchRegistry) UnpackScoreRecordedEvent(log *types.Log) (*VouchRegistryScoreRecorded, error) {
	event := "ScoreRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryScoreRecorded)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryTokenGranted represents a TokenGranted event raised by the VouchRegistry contract.
type VouchRegistryTokenGranted struct {
	PackageKey     [32]byte
	PackageName    string
	GrantDigest    [32]byte
	CiphertextHash [32]byte
	Signers        []common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const VouchRegistryTokenGrantedEventName = "TokenGranted"

// ContractEventName returns the user-defined event name.
func (VouchRegistryTokenGranted) ContractEventName() string {
	return VouchRegistryTokenGrantedEventName
}

// UnpackTokenGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenGranted(bytes32 indexed packageKey, string packageName, bytes32 grantDigest, bytes32 ciphertextHash, address[] signers)
func (vouchRegistry *VouchRegistry) UnpackTokenGrantedEvent(log *types.Log) (*VouchRegistryTokenGranted, error) {
	event := "TokenGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryTokenGranted)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VouchRegistryVetoRecorded represents a VetoRecorded event raised by the VouchRegistry contract.
type VouchRegistryVetoRecorded struct {
	PackageKey    [32]byte
	ReleaseDigest [32]byte
	Signer        common.Address
	Reason        string
	Raw           *types.Log // Blockchain specific contextual infos
}

const VouchRegistryVetoRecordedEventName = "VetoRecorded"

// ContractEventName returns the user-defined event name.
func (VouchRegistryVetoRecorded) ContractEventName() string {
	return VouchRegistryVetoRecordedEventName
}

// UnpackVetoRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VetoRecorded(bytes32 indexed packageKey, bytes32 indexed releaseDigest, address signer, string reason)
func (vouchRegistry *VouchRegistry) UnpackVetoRecordedEvent(log *types.Log) (*VouchRegistryVetoRecorded, error) {
	event := "VetoRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vouchRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VouchRegistryVetoRecorded)
	if len(log.Data) > 0 {
		if err := vouchRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vouchRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (vouchRegistry *VouchRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["AlreadyEnrolled"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackAlreadyEnrolledError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["AlreadyPublished"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackAlreadyPublishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["AlreadyRevoked"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackAlreadyRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["BadMaintainer"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackBadMaintainerError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["BadNonce"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackBadNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["BadRole"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackBadRoleError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["BadThreshold"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackBadThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["BaseMismatch"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackBaseMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["BelowThreshold"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackBelowThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["ContentMismatch"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackContentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["DebugEnclave"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackDebugEnclaveError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["DuplicateOrUnsortedSigner"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackDuplicateOrUnsortedSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["NotAllowlisted"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackNotAllowlistedError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["NotEnrolled"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackNotEnrolledError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["NotPublished"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackNotPublishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["ReleaseMismatch"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackReleaseMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["ScoreBelowMinimum"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackScoreBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["ScoreMismatch"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackScoreMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["ScoreRequired"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackScoreRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["UnknownEnclave"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackUnknownEnclaveError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["UnknownSigner"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackUnknownSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["UnregisteredCoordinator"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackUnregisteredCoordinatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["UnregisteredScorer"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackUnregisteredScorerError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["VetoWindowOpen"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackVetoWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["Vetoed"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackVetoedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VouchRegistryAlreadyEnrolled represents a AlreadyEnrolled error raised by the VouchRegistry contract.
type VouchRegistryAlreadyEnrolled struct {
	PackageKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyEnrolled(bytes32 packageKey)
func VouchRegistryAlreadyEnrolledErrorID() common.Hash {
	return common.HexToHash("0xea3cca5e42bd2c099eea632233f2061a677ee7e35712e4a82a5f49ed9d9c02f4")
}

// UnpackAlreadyEnrolledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyEnrolled(bytes32 packageKey)
func (vouchRegistry *VouchRegistry) UnpackAlreadyEnrolledError(raw []byte) (*VouchRegistryAlreadyEnrolled, error) {
	out := new(VouchRegistryAlreadyEnrolled)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "AlreadyEnrolled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryAlreadyPublished represents a AlreadyPublished error raised by the VouchRegistry contract.
type VouchRegistryAlreadyPublished struct {
	ReleaseKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyPublished(bytes32 releaseKey)
func VouchRegistryAlreadyPublishedErrorID() common.Hash {
	return common.HexToHash("0xd0aee51620d79c28c115990acd3da4b0a78507f71e79228ca2a81d53f4759cbf")
}

// UnpackAlreadyPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyPublished(bytes32 releaseKey)
func (vouchRegistry *VouchRegistry) UnpackAlreadyPublishedError(raw []byte) (*VouchRegistryAlreadyPublished, error) {
	out := new(VouchRegistryAlreadyPublished)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "AlreadyPublished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the VouchRegistry contract.
type VouchRegistryAlreadyRegistered struct {
	Key common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address key)
func VouchRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address key)
func (vouchRegistry *VouchRegistry) UnpackAlreadyRegisteredError(raw []byte) (*VouchRegistryAlreadyRegistered, error) {
	out := new(VouchRegistryAlreadyRegistered)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryAlreadyRevoked represents a AlreadyRevoked error raised by the VouchRegistry contract.
type VouchRegistryAlreadyRevoked struct {
	ReleaseKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevoked(bytes32 releaseKey)
func VouchRegistryAlreadyRevokedErrorID() common.Hash {
	return common.HexToHash("0x90315de188eb047fc54ca36d1436afb1afc987c1864c711074a89029958f122f")
}

// UnpackAlreadyRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevoked(bytes32 releaseKey)
func (vouchRegistry *VouchRegistry) UnpackAlreadyRevokedError(raw []byte) (*VouchRegistryAlreadyRevoked, error) {
	out := new(VouchRegistryAlreadyRevoked)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "AlreadyRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryBadMaintainer represents a BadMaintainer error raised by the VouchRegistry contract.
type VouchRegistryBadMaintainer struct {
	Maintainer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMaintainer(address maintainer)
func VouchRegistryBadMaintainerErrorID() common.Hash {
	return common.HexToHash("0xdf1e577329ddeffcd6fff50c009cea9b08f597bce7ddb763e63d857e0c103ebe")
}

// UnpackBadMaintainerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMaintainer(address maintainer)
func (vouchRegistry *VouchRegistry) UnpackBadMaintainerError(raw []byte) (*VouchRegistryBadMaintainer, error) {
	out := new(VouchRegistryBadMaintainer)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "BadMaintainer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryBadNonce represents a BadNonce error raised by the VouchRegistry contract.
type VouchRegistryBadNonce struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadNonce(uint256 got, uint256 want)
func VouchRegistryBadNonceErrorID() common.Hash {
	return common.HexToHash("0x3ddd51314111c90577018740a511c19ebe7b3e9ce96ded0e15e8857b5f790895")
}

// UnpackBadNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadNonce(uint256 got, uint256 want)
func (vouchRegistry *VouchRegistry) UnpackBadNonceError(raw []byte) (*VouchRegistryBadNonce, error) {
	out := new(VouchRegistryBadNonce)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "BadNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryBadRole represents a BadRole error raised by the VouchRegistry contract.
type VouchRegistryBadRole struct {
	Role uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRole(uint8 role)
func VouchRegistryBadRoleErrorID() common.Hash {
	return common.HexToHash("0x8cf197f1a64b7af4d7fb838be596531d5cbdcf7d115d9919a378be17436930a2")
}

// UnpackBadRoleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRole(uint8 role)
func (vouchRegistry *VouchRegistry) UnpackBadRoleError(raw []byte) (*VouchRegistryBadRole, error) {
	out := new(VouchRegistryBadRole)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "BadRole", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryBadThreshold represents a BadThreshold error raised by the VouchRegistry contract.
type VouchRegistryBadThreshold struct {
	Threshold   *big.Int
	Maintainers *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadThreshold(uint256 threshold, uint256 maintainers)
func VouchRegistryBadThresholdErrorID() common.Hash {
	return common.HexToHash("0xb8f1f4dfbff2a4f608cc635a071f50b3cc3109a9eba0d5550608469ccde08e87")
}

// UnpackBadThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadThreshold(uint256 threshold, uint256 maintainers)
func (vouchRegistry *VouchRegistry) UnpackBadThresholdError(raw []byte) (*VouchRegistryBadThreshold, error) {
	out := new(VouchRegistryBadThreshold)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "BadThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryBaseMismatch represents a BaseMismatch error raised by the VouchRegistry contract.
type VouchRegistryBaseMismatch struct {
	Got  [32]byte
	Want [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BaseMismatch(bytes32 got, bytes32 want)
func VouchRegistryBaseMismatchErrorID() common.Hash {
	return common.HexToHash("0xe7dd96917c476f37a7ae953d728fa0fa37be9241a0f1c59a5afb3b6bdefe1e17")
}

// UnpackBaseMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BaseMismatch(bytes32 got, bytes32 want)
func (vouchRegistry *VouchRegistry) UnpackBaseMismatchError(raw []byte) (*VouchRegistryBaseMismatch, error) {
	out := new(VouchRegistryBaseMismatch)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "BaseMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryBelowThreshold represents a BelowThreshold error raised by the VouchRegistry contract.
type VouchRegistryBelowThreshold struct {
	Valid *big.Int
	Need  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BelowThreshold(uint256 valid, uint256 need)
func VouchRegistryBelowThresholdErrorID() common.Hash {
	return common.HexToHash("0x8b05c814296d98f4f07b3bc12cb7a432374a44716d3cdbb2055265f66227d36f")
}

// UnpackBelowThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BelowThreshold(uint256 valid, uint256 need)
func (vouchRegistry *VouchRegistry) UnpackBelowThresholdError(raw []byte) (*VouchRegistryBelowThreshold, error) {
	out := new(VouchRegistryBelowThreshold)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "BelowThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryContentMismatch represents a ContentMismatch error raised by the VouchRegistry contract.
type VouchRegistryContentMismatch struct {
	ReleaseKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContentMismatch(bytes32 releaseKey)
func VouchRegistryContentMismatchErrorID() common.Hash {
	return common.HexToHash("0x4063b6b96bf2187c8fc19072b90463c70ff790972160c966d9ee5d7b126ea4a1")
}

// UnpackContentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContentMismatch(bytes32 releaseKey)
func (vouchRegistry *VouchRegistry) UnpackContentMismatchError(raw []byte) (*VouchRegistryContentMismatch, error) {
	out := new(VouchRegistryContentMismatch)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "ContentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryDebugEnclave represents a DebugEnclave error raised by the VouchRegistry contract.
type VouchRegistryDebugEnclave struct {
	Key common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DebugEnclave(address key)
func VouchRegistryDebugEnclaveErrorID() common.Hash {
	return common.HexToHash("0xf2158b6fc7a9fa8170527591bb8d25028333f8064f4ea4037d031c4b25049bdf")
}

// UnpackDebugEnclaveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DebugEnclave(address key)
func (vouchRegistry *VouchRegistry) UnpackDebugEnclaveError(raw []byte) (*VouchRegistryDebugEnclave, error) {
	out := new(VouchRegistryDebugEnclave)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "DebugEnclave", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryDuplicateOrUnsortedSigner represents a DuplicateOrUnsortedSigner error raised by the VouchRegistry contract.
type VouchRegistryDuplicateOrUnsortedSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateOrUnsortedSigner(address signer)
func VouchRegistryDuplicateOrUnsortedSignerErrorID() common.Hash {
	return common.HexToHash("0xe9828ac405da22c3b55cfa510208775f8e306ca1b78b308ca599c78cc9bfb168")
}

// UnpackDuplicateOrUnsortedSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateOrUnsortedSigner(address signer)
func (vouchRegistry *VouchRegistry) UnpackDuplicateOrUnsortedSignerError(raw []byte) (*VouchRegistryDuplicateOrUnsortedSigner, error) {
	out := new(VouchRegistryDuplicateOrUnsortedSigner)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "DuplicateOrUnsortedSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryEmptyBatch represents a EmptyBatch error raised by the VouchRegistry contract.
type VouchRegistryEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func VouchRegistryEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (vouchRegistry *VouchRegistry) UnpackEmptyBatchError(raw []byte) (*VouchRegistryEmptyBatch, error) {
	out := new(VouchRegistryEmptyBatch)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryInvalidSignature represents a InvalidSignature error raised by the VouchRegistry contract.
type VouchRegistryInvalidSignature struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address signer)
func VouchRegistryInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xd855c4f4d7a9aef9d1b6f49c25339cf5cd471e30830c8071f7b5024985e5abcd")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address signer)
func (vouchRegistry *VouchRegistry) UnpackInvalidSignatureError(raw []byte) (*VouchRegistryInvalidSignature, error) {
	out := new(VouchRegistryInvalidSignature)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryNotAllowlisted represents a NotAllowlisted error raised by the VouchRegistry contract.
type VouchRegistryNotAllowlisted struct {
	Role         uint8
	Measurement  [32]byte
	ConfigDigest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllowlisted(uint8 role, bytes32 measurement, bytes32 configDigest)
func VouchRegistryNotAllowlistedErrorID() common.Hash {
	return common.HexToHash("0xceae65baf97184d0307af3e9bb23ce24cef19107797437179aacba69872e33d6")
}

// UnpackNotAllowlistedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllowlisted(uint8 role, bytes32 measurement, bytes32 configDigest)
func (vouchRegistry *VouchRegistry) UnpackNotAllowlistedError(raw []byte) (*VouchRegistryNotAllowlisted, error) {
	out := new(VouchRegistryNotAllowlisted)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "NotAllowlisted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryNotEnrolled represents a NotEnrolled error raised by the VouchRegistry contract.
type VouchRegistryNotEnrolled struct {
	PackageKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnrolled(bytes32 packageKey)
func VouchRegistryNotEnrolledErrorID() common.Hash {
	return common.HexToHash("0xaf1f454ae2b1ddec7ff5fc10f85248439c2ab818fc866e3a465ad5b8c44ea161")
}

// UnpackNotEnrolledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnrolled(bytes32 packageKey)
func (vouchRegistry *VouchRegistry) UnpackNotEnrolledError(raw []byte) (*VouchRegistryNotEnrolled, error) {
	out := new(VouchRegistryNotEnrolled)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "NotEnrolled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryNotPublished represents a NotPublished error raised by the VouchRegistry contract.
type VouchRegistryNotPublished struct {
	ReleaseKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPublished(bytes32 releaseKey)
func VouchRegistryNotPublishedErrorID() common.Hash {
	return common.HexToHash("0x94382f56053a431adeebfa25fd0a4af2b8ba63a0bb346d23aa6e77df8a2955ca")
}

// UnpackNotPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPublished(bytes32 releaseKey)
func (vouchRegistry *VouchRegistry) UnpackNotPublishedError(raw []byte) (*VouchRegistryNotPublished, error) {
	out := new(VouchRegistryNotPublished)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "NotPublished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryReleaseMismatch represents a ReleaseMismatch error raised by the VouchRegistry contract.
type VouchRegistryReleaseMismatch struct {
	ReleaseDigest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReleaseMismatch(bytes32 releaseDigest)
func VouchRegistryReleaseMismatchErrorID() common.Hash {
	return common.HexToHash("0x10f97b7f00f4ec4d8bec24f823af831b974d50598ce5949bef7ecb4b0117ce96")
}

// UnpackReleaseMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReleaseMismatch(bytes32 releaseDigest)
func (vouchRegistry *VouchRegistry) UnpackReleaseMismatchError(raw []byte) (*VouchRegistryReleaseMismatch, error) {
	out := new(VouchRegistryReleaseMismatch)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "ReleaseMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryScoreBelowMinimum represents a ScoreBelowMinimum error raised by the VouchRegistry contract.
type VouchRegistryScoreBelowMinimum struct {
	Score    uint8
	MinScore uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ScoreBelowMinimum(uint8 score, uint8 minScore)
func VouchRegistryScoreBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0xe7e2e1eacdce3073e5ae5a0214f4b57f205a12b2f18639d65dc9026610f3d153")
}

// UnpackScoreBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ScoreBelowMinimum(uint8 score, uint8 minScore)
func (vouchRegistry *VouchRegistry) UnpackScoreBelowMinimumError(raw []byte) (*VouchRegistryScoreBelowMinimum, error) {
	out := new(VouchRegistryScoreBelowMinimum)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "ScoreBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryScoreMismatch represents a ScoreMismatch error raised by the VouchRegistry contract.
type VouchRegistryScoreMismatch struct {
	ReleaseKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ScoreMismatch(bytes32 releaseKey)
func VouchRegistryScoreMismatchErrorID() common.Hash {
	return common.HexToHash("0x232ab41d94095a678713ae1314c0aa270c7469fed1ccd467859e7d62c03ce3f0")
}

// UnpackScoreMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ScoreMismatch(bytes32 releaseKey)
func (vouchRegistry *VouchRegistry) UnpackScoreMismatchError(raw []byte) (*VouchRegistryScoreMismatch, error) {
	out := new(VouchRegistryScoreMismatch)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "ScoreMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryScoreRequired represents a ScoreRequired error raised by the VouchRegistry contract.
type VouchRegistryScoreRequired struct {
	ReleaseKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ScoreRequired(bytes32 releaseKey)
func VouchRegistryScoreRequiredErrorID() common.Hash {
	return common.HexToHash("0x04e2819ce06a28cfda5025e5067e1369f2c2d602a4f93b535171750ba356dacf")
}

// UnpackScoreRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ScoreRequired(bytes32 releaseKey)
func (vouchRegistry *VouchRegistry) UnpackScoreRequiredError(raw []byte) (*VouchRegistryScoreRequired, error) {
	out := new(VouchRegistryScoreRequired)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "ScoreRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryUnknownEnclave represents a UnknownEnclave error raised by the VouchRegistry contract.
type VouchRegistryUnknownEnclave struct {
	Key common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownEnclave(address key)
func VouchRegistryUnknownEnclaveErrorID() common.Hash {
	return common.HexToHash("0xac88b767f1e87cb56fc33a41d30df4f36a07e52f2202d4963c7f0547c5764e65")
}

// UnpackUnknownEnclaveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownEnclave(address key)
func (vouchRegistry *VouchRegistry) UnpackUnknownEnclaveError(raw []byte) (*VouchRegistryUnknownEnclave, error) {
	out := new(VouchRegistryUnknownEnclave)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "UnknownEnclave", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryUnknownSigner represents a UnknownSigner error raised by the VouchRegistry contract.
type VouchRegistryUnknownSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSigner(address signer)
func VouchRegistryUnknownSignerErrorID() common.Hash {
	return common.HexToHash("0xd7e8a2c26fd6e574581d4dadb54adcae8e49f64b22b2d5386731d559357f82c3")
}

// UnpackUnknownSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSigner(address signer)
func (vouchRegistry *VouchRegistry) UnpackUnknownSignerError(raw []byte) (*VouchRegistryUnknownSigner, error) {
	out := new(VouchRegistryUnknownSigner)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "UnknownSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryUnregisteredCoordinator represents a UnregisteredCoordinator error raised by the VouchRegistry contract.
type VouchRegistryUnregisteredCoordinator struct {
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnregisteredCoordinator(address recovered)
func VouchRegistryUnregisteredCoordinatorErrorID() common.Hash {
	return common.HexToHash("0xf0c1e7f3bd78cdfe8a403fe11faea737db4eaec673f2d341caf11b9721978882")
}

// UnpackUnregisteredCoordinatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnregisteredCoordinator(address recovered)
func (vouchRegistry *VouchRegistry) UnpackUnregisteredCoordinatorError(raw []byte) (*VouchRegistryUnregisteredCoordinator, error) {
	out := new(VouchRegistryUnregisteredCoordinator)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "UnregisteredCoordinator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryUnregisteredScorer represents a UnregisteredScorer error raised by the VouchRegistry contract.
type VouchRegistryUnregisteredScorer struct {
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnregisteredScorer(address recovered)
func VouchRegistryUnregisteredScorerErrorID() common.Hash {
	return common.HexToHash("0x47c2dc9f3205145db94380dc2043359a42a25cb93f02c7d9475c0fca43c3fb5e")
}

// UnpackUnregisteredScorerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnregisteredScorer(address recovered)
func (vouchRegistry *VouchRegistry) UnpackUnregisteredScorerError(raw []byte) (*VouchRegistryUnregisteredScorer, error) {
	out := new(VouchRegistryUnregisteredScorer)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "UnregisteredScorer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryVetoWindowOpen represents a VetoWindowOpen error raised by the VouchRegistry contract.
type VouchRegistryVetoWindowOpen struct {
	Until *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VetoWindowOpen(uint256 until)
func VouchRegistryVetoWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xfdf28aedd1dbb99bb0566cba8528330b3244d08823d04d8cc820bd6ead05e37d")
}

// UnpackVetoWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VetoWindowOpen(uint256 until)
func (vouchRegistry *VouchRegistry) UnpackVetoWindowOpenError(raw []byte) (*VouchRegistryVetoWindowOpen, error) {
	out := new(VouchRegistryVetoWindowOpen)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "VetoWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VouchRegistryVetoed represents a Vetoed error raised by the VouchRegistry contract.
type VouchRegistryVetoed struct {
	ReleaseDigest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Vetoed(bytes32 releaseDigest)
func VouchRegistryVetoedErrorID() common.Hash {
	return common.HexToHash("0x0c94c898b1042dfd5789e2f24d63adf171b53c982973e0bcde8c4f5f7efa5032")
}

// UnpackVetoedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Vetoed(bytes32 releaseDigest)
func (vouchRegistry *VouchRegistry) UnpackVetoedError(raw []byte) (*VouchRegistryVetoed, error) {
	out := new(VouchRegistryVetoed)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "Vetoed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
