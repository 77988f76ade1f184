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
	Proposers      []common.Address
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
	GitSha      [20]byte
	CiRunUrl    string
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyEnrolled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"maintainer\",\"type\":\"address\"}],\"name\":\"BadMaintainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"BadRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maintainers\",\"type\":\"uint256\"}],\"name\":\"BadThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"BaseMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"valid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BelowThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ContentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"DebugEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DuplicateOrUnsortedSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"}],\"name\":\"NotAllowlisted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"}],\"name\":\"NotEnrolled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"NotPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"}],\"name\":\"ReleaseMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"}],\"name\":\"ScoreBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ScoreMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ScoreRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"UnknownEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"UnregisteredCoordinator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"UnregisteredScorer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"VetoWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"}],\"name\":\"Vetoed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"AllowlistChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"}],\"name\":\"BatchAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"EnclaveApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"EnclaveRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"EnclaveRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"EnclaveRetiredBy\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"policy\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"Enrolled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"GovernanceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"policy\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"PolicyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes20\",\"name\":\"gitSha\",\"type\":\"bytes20\"},{\"internalType\":\"string\",\"name\":\"ciRunUrl\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Release\",\"name\":\"release\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"Published\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"ReceiptRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"revoke\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"Revoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Score\",\"name\":\"score\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"scorer\",\"type\":\"address\"}],\"name\":\"ScoreRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"grantDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"TokenGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VetoRecorded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ROLE_COORDINATOR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_SCORER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.AllowlistEntry\",\"name\":\"e\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"allow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.AllowlistEntry\",\"name\":\"e\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"allowDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"name\":\"anchorBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest_\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"authorizationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"batchRoots\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.GovernanceChange\",\"name\":\"g\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"changeGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"changePolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.AllowlistEntry\",\"name\":\"e\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"disallow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"enclaveConfig\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"enclaveRole\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"enclaves\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"retired\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"enroll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"enrollmentDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"getPackage\",\"outputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"enrolled\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"tokenNonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tokenGrant\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastContentHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PackageView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"getProposers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"keys\",\"type\":\"bytes32[]\"}],\"name\":\"getReleases\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"signerCount\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"hasScore\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"npmPublished\",\"type\":\"bool\"}],\"internalType\":\"structVouchRegistry.ReleaseView[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.GovernanceChange\",\"name\":\"g\",\"type\":\"tuple\"}],\"name\":\"governanceDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governanceNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governanceThreshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.TokenGrant\",\"name\":\"g\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"grantToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"}],\"name\":\"isAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"releaseDigest_\",\"type\":\"bytes32\"}],\"name\":\"isVetoed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"enrollmentDigest_\",\"type\":\"bytes32\"}],\"name\":\"nameControlDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"policyDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes20\",\"name\":\"gitSha\",\"type\":\"bytes20\"},{\"internalType\":\"string\",\"name\":\"ciRunUrl\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.Score\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"scoreSig\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"publish\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"receiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes20\",\"name\":\"gitSha\",\"type\":\"bytes20\"},{\"internalType\":\"string\",\"name\":\"ciRunUrl\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"recordReceipt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"debug\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.EnclaveRegistration\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"registerEnclave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"debug\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.EnclaveRegistration\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"registrationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes20\",\"name\":\"gitSha\",\"type\":\"bytes20\"},{\"internalType\":\"string\",\"name\":\"ciRunUrl\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"releaseDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"}],\"name\":\"releaseKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.EnclaveRetirement\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"retireEnclave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.EnclaveRetirement\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"retirementDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"revokeDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.Score\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"scoreDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.TokenGrant\",\"name\":\"g\",\"type\":\"tuple\"}],\"name\":\"tokenGrantDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyBatchProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Veto\",\"name\":\"v\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig\",\"name\":\"sig\",\"type\":\"tuple\"}],\"name\":\"veto\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Veto\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"vetoDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "VouchRegistry",
	Bin: "0x60c0806040523461033c576147d1803803809161001c8285610360565b8339810160408282031261033c5781516001600160401b03811161033c5782019181601f8401121561033c578251926001600160401b03841161026a578360051b926040519461006f6020860187610360565b855260208501916020839582010191821161033c57602001915b81831061034057505050602001519160ff831680840361033c5781519080158015610333575b61031e575060025490600163ffffffff83160163ffffffff811161030a5763ffffffff16809263ffffffff1916176002555f5b81811061027e57505090519190506001600160401b03821161026a5768010000000000000000821161026a575f54825f55808310610240575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563905b838110610223578464ff000000006002549160201b169064ff000000001916176002554660805260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f40946f38d79ad05e61b50c09332cf661df09eac182f360016073ef8f2e9212cf60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a081526101fc60c082610360565b51902060a05260405161444d9081610384823960805181613b2d015260a05181613b530152f35b82516001600160a01b031681830155602090920191600101610143565b5f8052828060205f20019103905f5b82811061025d57505061011b565b5f8282015560010161024f565b634e487b7160e01b5f52604160045260245ffd5b83518110156102f657600581901b8401602001516001600160a01b0316801580156102db575b6102c957906001915f528160205260405f208463ffffffff19825416179055016100e2565b63df1e577360e01b5f5260045260245ffd5b50805f5260016020528363ffffffff60405f205416146102a4565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b63b8f1f4df60e01b5f5260045260245260445ffd5b508181116100af565b5f80fd5b82516001600160a01b038116810361033c57815260209283019201610089565b601f909101601f19168101906001600160401b0382119082101761026a5760405256fe6080806040526004361015610012575f80fd5b5f3560e01c90816306f1305614612ace575080630a188a0614612a905780630b6abadb14612a7857806325366ceb146129b95780632bf1129d1461297b57806336fc7183146129635780633821111f146127fa5780633c2ac877146125185780633c4d5d78146122ac57806345a1ff4914611fae57806349b05c27146117bc57806356abb70b14611766578063572be4b31461174b5780635789c4bf146116cc5780635aa6e6751461163b57806360da9cd3146113c95780636424b4fa1461131157806366e37eae146112ef57806368e2f979146112b75780636ce5b92c1461129c5780636d4d4a251461115057806370bd016e146110e85780637fae7f1814610f82578063807df5e514610f4157806385af35c714610d655780638762b82314610d4d57806387c6048314610b415780638dc3092b14610b095780638e05790814610af15780639331309b14610ab257806397077da9146109e457806397163a1f146109cc578063a6eb3c12146107a3578063bb54965614610775578063caf47a681461075d578063cf262f4d146106f6578063cfdb19291461067d578063d4ac76e01461065f578063d96e8c4a1461043e578063d9be832c14610421578063e483533a14610409578063e8f3cb0b146102bf578063ebc6b49e14610284578063f698da25146102625763faeedb071461020b575f80fd5b3461025e57602036600319011261025e576001600160a01b0361022c612c9b565b165f52600e602052606060405f206001815491015460ff60405192818116845260081c16151560208301526040820152f35b5f80fd5b3461025e575f36600319011261025e57602061027c613b2a565b604051908152f35b3461025e57606036600319011261025e5760043560ff8116810361025e576102b56020916044359060243590613b0d565b6040519015158152f35b3461025e576102cd36612be7565b916102e26102db8280612dcb565b3691612e18565b6020815191012091825f52600660205260405f20805460ff8160181c16156103f65763ffffffff8160c01c169560408501358781036103df5750956103da926020949261036b7f1362e568f2050443dfd2c026055926705f1b8ba0d6902b3a1c48a78384893ae79899610354896134a6565b958b60ff85169263ffffffff868c1c169289613e57565b9263ffffffff60c01b9061037e90613af5565b60c01b169063ffffffff60c01b1916179055865f52600c84528160405f20556103a78580612dcb565b9490956103c160405197889760808952608089019161315c565b9382870152013560408501528382036060850152612bab565b0390a2005b8790633ddd513160e01b5f5260045260245260445ffd5b8463578fa2a560e11b5f5260045260245ffd5b3461025e57602061027c61041c36612cc5565b6139b9565b3461025e575f36600319011261025e576020600354604051908152f35b3461025e57604036600319011261025e576004356001600160401b03811161025e5780600401906080600319823603011261025e576024356001600160401b03811161025e57610492903690600401612b4e565b926104a06102db8280612dcb565b60208151910120805f52600660205260405f20549260ff8460181c161561064c579082916104d1836104e995612dcb565b6024880195916104e18787612dcb565b929091613356565b96875f52600a60205260405f20926002840194855460581c946001861615610639576004861661062657600101549260448a0135809403610613577fbfd1609d5daf321fab1dffb9cea829f98fdbf7908170bc31d28f20a67a7e41709961059f6103da98600460ff6105806105e69e6106059b6105f39a60649961056c8c612e4e565b9263ffffffff8786169560201c1693613e57565b835460ff60581b191691909b169190911760581b60ff60581b16179055565b604051998a9960408b526105d46105cd8c60c06105bc898061317c565b91909260806040820152019161315c565b918661317c565b8c8303603f190160608e01529061315c565b9460808a0152019061317c565b868303603f190160a08801529061315c565b908382036020850152612bab565b8a634063b6b960e01b5f5260045260245ffd5b8a6390315de160e01b5f5260045260245ffd5b8a634a1c17ab60e11b5f5260045260245ffd5b5063578fa2a560e11b5f5260045260245ffd5b3461025e57602036600319011261025e57602061027c600435613976565b3461025e57604036600319011261025e576004356001600160401b03811161025e576102db6106b0913690600401612b7e565b60208151910120604051602081019182526024356040820152604081526106d8606082612d31565b5190205f52600d602052602060ff60405f2054166040519015158152f35b3461025e57608036600319011261025e576044356001600160401b03811161025e573660238201121561025e57610737903690602481600401359101612d69565b606435906001600160401b038216820361025e5760209161027c916024356004356138c2565b3461025e57602061027c61077036612b1b565b613848565b3461025e57602036600319011261025e576020610798610793612c9b565b613819565b60ff60405191168152f35b3461025e57602036600319011261025e576004356001600160401b03811161025e576107d3903690600401612b4e565b906107dd82612d52565b916107eb6040519384612d31565b808352601f196107fa82612d52565b015f5b81811061097e5750505f5b8181106108c257836040518091602082016020835281518091526020604084019201905f5b81811061083b575050500390f35b919350916020610120600192610100875180518352848101518584015260ff60408201511660408401526001600160401b03606082015116606084015260ff608082015116608084015260ff60a08201511660a084015260c0810151151560c084015260e0810151151560e08401520151151561010082015201940191019184939261082d565b806108d060019284866133ef565b355f52600a60205260405f2060028101548060581c848116156109765760ff6008928685549501546040519561090587612d15565b86526020860152818160401c1660408601526001600160401b0381166060860152818160481c16608086015260501c1660a084015260028116151560c084015260048116151560e08401521615156101008201526109638287613805565b5261096e8186613805565b505b01610808565b505050610970565b60209060405161098d81612d15565b5f81525f838201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f610100820152828288010152016107fd565b3461025e57602061027c6109df36612ae8565b61374b565b3461025e57604036600319011261025e576004356024359063ffffffff821680920361025e5781158015610aaa575b610a9b57600f5490600160401b821015610a875760209260018301600f55610a3a83612c6f565b81549060031b9084821b915f19901b191617905560405191825283820152817fba922dd42da8d21670fe2a5c0469a2226d1cfc359e9032f6ee9003c08e3b908c60403393a3604051908152f35b634e487b7160e01b5f52604160045260245ffd5b63c2e5347d60e01b5f5260045ffd5b508015610a13565b3461025e57602036600319011261025e576004356001600160401b03811161025e57610140600319823603011261025e5761027c60209160040161366c565b3461025e57602061027c610b0436612cc5565b613524565b3461025e57602036600319011261025e576001600160a01b03610b2a612c9b565b165f526005602052602060405f2054604051908152f35b3461025e57602036600319011261025e576004356001600160401b03811161025e57610b74610bc2913690600401612b7e565b5f610120604051610b8481612cf9565b606081528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015201523691612e18565b80516020918201205f818152600683526040808220600785528183209054600c865282842054600b909652919092205490939290600103610d3c57505f5b610c1560405192610c1084612cf9565b61339c565b8252602082019260ff8516845260408301946001600160401b038160401c168652606084019560ff8260081c1687526080850160ff8360101c161515815260a08601906001600160401b038460801c16825260c087019260ff8560181c161515845263ffffffff60e089019560c01c168552610100880195865261012088019687526040519860208a526101608a0198519861014060208c0152895180915260206101808c019a01905f5b818110610d1d57505050996001600160401b0360ff92838c9d511660408d0152511660608b01525116608089015251151560a08801525160c087015251151560e08601525161010085015251610120840152516101408301520390f35b82516001600160a01b03168c5260209b8c019b90920191600101610cc0565b5f52600b60205260405f2054610c00565b3461025e57602061027c610d6036612b1b565b6134a6565b3461025e57606036600319011261025e576004356001600160401b03811161025e57610d95903690600401612b7e565b602435916001600160401b03831161025e57826004016040600319853603011261025e57604435926001600160401b03841161025e5783600401926040600319863603011261025e57610de9913691612e18565b6020815191012092835f52600660205260405f20549260ff8460181c16156103f657610e148161331e565b93855f52600960205260405f2060018060a01b0386165f5260205263ffffffff8060405f2054169160201c1603610f235790610e60610e67926024610e5886612fdc565b930190612dcb565b9185614326565b15610f02577f5a21bfbbc0ea5cbf3a5b6e74044a5bf73bb479b9b6970c626b386f2826f0649791610eda826024610efd94359760405160208101908982528a604082015260408152610eba606082612d31565b5190205f52600d60205260405f20600160ff198254161790550190612dcb565b929060405193849360018060a01b0316845260406020850152604084019161315c565b0390a3005b50633615713d60e21b5f9081526001600160a01b0391909116600452602490fd5b636bf4516160e11b5f9081526001600160a01b038516600452602490fd5b3461025e57606036600319011261025e576044356001600160401b03811161025e576102b5610f766020923690600401612b4e565b906024356004356133ff565b3461025e57610f9036612c39565b600160ff610f9d85612fce565b161415806110d2575b6110b457907f448d5bd0475ac3f8600361455978599804e840540664730d39ef3cd7c1fa7a18916103da7fa064c4089309e4db225f66c4fb90c109744b16188376cec1742863fec83c81d49460ff61108861105a61100384612fce565b60208501359660408601359861105560608801359c8d948860405191602083019384521660408201528b60608201528c60808201528560a082015260a0815261104d60c082612d31565b519020613c07565b614215565b9261106e878761106984612fce565b6142fe565b5f52600460205260405f2060018419825416179055612fce565b16956040519485948552602085015260016040850152606084015260a0608084015260a0830190612bab565b60ff6110bf84612fce565b638cf197f160e01b5f521660045260245ffd5b50600260ff6110e085612fce565b161415610fa6565b3461025e57602036600319011261025e576004356001600160401b03811161025e576102db61111b913690600401612b7e565b602081519101205f52600860205261114c61113860405f2061339c565b604051918291602083526020830190612bab565b0390f35b3461025e5761115e36612be7565b91906001600160a01b036111718361331e565b165f52600e60205260405f2092835460ff81161590811561128e575b5061126557906111d083926111c27f8e383092ae4bc3e994b92d754dbfaa719d72798a053744750587012e907b170c95613848565b906040850135938492614215565b845461ff001916610100179094556103da6001600160a01b036111f28461331e565b16916040519384937ff17fd005cf432a683ad4956f08cdadde59b31c87f827fe6483731155f4347a195f80a261124661123861122d8361331e565b926020810190612dcb565b60608752606087019161315c565b602085019290925283820360408501526001600160a01b031695612bab565b61126e8361331e565b63ac88b76760e01b5f9081526001600160a01b0391909116600452602490fd5b60ff915060081c168561118d565b3461025e575f36600319011261025e57602060405160028152f35b3461025e57602036600319011261025e57600435600f5481101561025e576112e0602091612c6f565b90549060031b1c604051908152f35b3461025e575f36600319011261025e57602060ff600254821c16604051908152f35b3461025e577f448d5bd0475ac3f8600361455978599804e840540664730d39ef3cd7c1fa7a1861134036612c39565b7fdd04eba9d4e7c8a454dba39f7926dc512465899686ea592cc4b35fc77890963393926103da9060ff61139e61137861100384612fce565b92611387878761106984612fce565b5f52600460205260405f2083198154169055612fce565b1695604051948594855260208501525f6040850152606084015260a0608084015260a0830190612bab565b3461025e576113e66113da36612be7565b6111c2839492936130a8565b6113f0838061303d565b60208501939161140b9061140386612fce565b923691612d69565b805160ff831680158015611632575b61161d57506002549063ffffffff611433818416613af5565b16809263ffffffff1916176002555f5b8181106115ae575050508051906001600160401b038211610a8757600160401b8211610a87575f54825f55808310611584575b506020015f80525f5b828110611547575050506114bb93946114b39164ff000000006002549160201b169064ff000000001916176002558061303d565b939094612fce565b604051938060808601608087525260a0850195905f5b818110611521577f707d5d3ba9a73f242605bae913fd7e01d9e5c39f736f72e16300392b2971912e878061151c8b8a8a60ff8b16602086015260408501528382036060850152612bab565b0390a1005b909196602080600192838060a01b036115398c612cb1565b1681520198019291016114d1565b81516001600160a01b03167f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56382015560209091019060010161147f565b5f8052828060205f20019103905f5b8281106115a1575050611476565b5f82820155600101611593565b6001600160a01b036115c08286613805565b511680158015611602575b6115f057906001915f528160205260405f208463ffffffff1982541617905501611443565b63df1e577360e01b5f5260045260245ffd5b50805f5260016020528363ffffffff60405f205416146115cb565b63b8f1f4df60e01b5f5260045260245260445ffd5b5081811161141a565b3461025e575f36600319011261025e5760ff60025460201c1660035490604051905f549283835260208301935f805260205f20905f5b8181106116ad5750505061168a8361169e950384612d31565b604051938493606085526060850190612bab565b91602084015260408301520390f35b82546001600160a01b0316875260209096019560019283019201611671565b3461025e57608036600319011261025e5760443561ffff81169081810361025e5760209161027c9150604051838101917fd9c3fd755eeac0eedd0a3b573067f84c7da9d09c2c614cb27e7040cc764bddfd835260043560408301526024356060830152608082015260643560a082015260a0815261104d60c082612d31565b3461025e575f36600319011261025e57602060405160018152f35b3461025e57604036600319011261025e576004356001600160401b03811161025e57611796903690600401612b7e565b602435906001600160401b03821161025e576020926104e161027c933690600401612b7e565b3461025e5760c036600319011261025e576001600160401b036004351161025e5760e06004353603600319011261025e576024356001600160401b03811161025e5761180c903690600401612b4e565b6001600160401b036044351161025e576101406044353603600319011261025e576064356001600160401b03811161025e5761184c903690600401612b7e565b9190608435906001600160401b0382169081830361025e5760a4356001600160401b03811161025e57611883903690600401612b7e565b90949092906118996102db600480350180612dcb565b6020815191012096875f52600660205260405f2080549560ff8760181c1615611f9b576001600160401b038760801c166084600435013503611f72576118fb6118e6600480350180612dcb565b906104e1602460043501600435600401612dcb565b98895f52600a60205260405f209360028501549660018860581c16611f5f576001600160401b038a60401c168101809111611e7057804210611f4d575060ff8916905f80808315611f1d575050506119629061195b60443560040161366c565b998a61412e565b956001600160a01b03871680158015611f07575b611ef557508b6119a361198e60046044350180612dcb565b906104e1602460443501604435600401612dcb565b03611ee2576064600435013560448035013503611ecf5760019d8d5f52600b60205260405f20549e8f14611ec7575b604435606401358f8103611eb057508d9e506119f660c49d9e9c9d60443501612fce565b60ff808d60081c16911610611e4d575b60029869ff000000000000000000611a2260c460443501612fce565b60481b1660ff60501b611a3960443560e401612fce565b60501b16916affff0000000000000000001916171760028801555b611a62600435600401612eeb565b9b604051602081019182528d604082015260408152611a82606082612d31565b5190205f52600d60205260ff60405f205416611e3a57611ac89493928f8d90611ac394611aba9463ffffffff8b5460201c1693613e57565b9b8c8a8d6138c2565b61412e565b956001600160a01b038716158015611e24575b611e06578992611b2a611c3b969593611b026001600160401b03611bb99560801c1661313e565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16179055565b8b5f52600b6020526064600435013560405f20556002600160446004350196611b5b6102db89600435600401612dcb565b805160209190910120845560043560640135828501559190920180548c516bff0000ffffffffffffffffff19909116426001600160401b03161760409190911b68ff000000000000000016179190921760581b60ff60581b16179055565b84611cf6575b505060405194855260a06020860152611c29611c1d611bf7611be560048035018061317c565b60e060a08b01526101808a019161315c565b611c0b60246004350160043560040161317c565b898303609f190160c08b01529061315c565b9160043560040161317c565b868303609f190160e08801529061315c565b91606460043501356101008501526084600435013561012085015260a46004350135926bffffffffffffffffffffffff19841680940361025e577f7e7b9111c156167e7b19f67133872548be644206ae3b4ad25aef47919b912c6d95611ccd611cdb928796610140880152611cba60c46004350160043560040161317c565b888303609f19016101608a01529061315c565b908582036040870152612bab565b60608401929092526001600160a01b031660808301520390a3005b604051858152606060208201527fe027c00e602067af7dcfb18a054cb5f68e812376386d804b00f5c1deeb51f7b2918190611d75611d4f611d3c6004604435018061317c565b61014060608701526101a086019161315c565b611d6360246044350160443560040161317c565b858303605f190160808701529061315c565b9060448035013560a08401526064604435013560c08401526084604435013560e084015260a4604435013561010084015260ff611db660c460443501612dbd565b1661012084015260ff611dcd60e460443501612dbd565b1661014084015260443561010481013561016085015261012401356101808401526001600160a01b031660408301520390a28689611bbf565b63f0c1e7f360e01b5f9081526001600160a01b038816600452602490fd5b50600160ff611e3289613819565b161415611adb565b8b630192991360e31b5f5260045260245ffd5b919a5060ff8a60101c16611e845760018b018b11611e705760018e9b0191611a06565b634e487b7160e01b5f52601160045260245ffd5b60ff8a81611e9660c460443501612fce565b6373f170f560e11b5f521660045260081c1660245260445ffd5b8f9063e7dd969160e01b5f5260045260245260445ffd5b5f9e506119d2565b8b634063b6b960e01b5f5260045260245ffd5b8b63232ab41d60e01b5f5260045260245ffd5b6347c2dc9f60e01b5f5260045260245ffd5b50600260ff611f158a613819565b161415611976565b9892509850985060ff8a60081c16611f3a578c9d9c9a9b9c611a54565b8b630138a06760e21b5f5260045260245ffd5b63fdf28aed60e01b5f5260045260245ffd5b8b636857728b60e11b5f5260045260245ffd5b6001600160401b0387633ddd513160e01b5f526084600435013560045260801c1660245260445ffd5b8963578fa2a560e11b5f5260045260245ffd5b3461025e57604036600319011261025e576004356001600160401b03811161025e57806004019060e0600319823603011261025e576024356001600160401b03811161025e57612002903690600401612b4e565b600160ff61200f86612fce565b16141580612296575b61228b57602483016001600160a01b036120318261331e565b16156122825761204360648501613332565b612259576001600160a01b036120588261331e565b165f52600e60205260ff60405f20541661223057906120909161207a86612fce565b9160448601359384936084880135958691613b0d565b1561220a576120b0906120a28861374b565b9060c4880135968792614215565b956120ba81612fce565b926040519360608501908582106001600160401b03831117610a87577f20244ff531f12a0f72c6717213b0ddb103aedef809ca16ad6e6bbe5a22e8a802986103da9660ff80937ff65fb91803c577cec74b1916761e9328ba15c68c3aa62401e7b12e54292744a9956040521681526001602082015f81526040830190878252828060a01b036121488b61331e565b165f52600e602052858060405f2095511616861985541617845551151561ff0084549160081b169061ff0019161783555191015560018060a01b0361218c8761331e565b165f5260056020528760405f20556121d56121bd6121a987612fce565b9660a46121b58a61331e565b940190612dcb565b9060405194859460018060a01b03169816968461333f565b0390a36001600160a01b03906121ea9061331e565b169460405193849384526020840152606060408401526060830190612bab565b505060ff61221786612fce565b63675732dd60e11b5f521660045260245260445260645ffd5b6122399061331e565b6345ed80e960e01b5f9081526001600160a01b0391909116600452602490fd5b6122629061331e565b63f2158b6f60e01b5f9081526001600160a01b0391909116600452602490fd5b61126e9061331e565b60ff6110bf85612fce565b50600260ff6122a486612fce565b161415612018565b3461025e5760c036600319011261025e576004356001600160401b03811161025e578060040160e0600319833603011261025e57608036602319011261025e5760a4356001600160401b03811161025e5761230b903690600401612b7e565b61231783949294612eeb565b90602435809203612505576044359460643561ffff81169283820361025e57612394915060843592611ac360405160208101907fd9c3fd755eeac0eedd0a3b573067f84c7da9d09c2c614cb27e7040cc764bddfd82528860408201528b60608201528760808201528660a082015260a0815261104d60c082612d31565b6001600160a01b038116929083159081156124ed575b506124da576123ca6123bc8780612dcb565b906104e1602489018a612dcb565b96875f52600a60205260405f206002810196875460581c9860018a1615610639576123fe6102db8454926044850190612dcb565b6020815191012014918215926124c5575b50506124b2577f49adfe0b0bfad17c3e2dde63ae4da574cafe70631f900baf5d2be02a407dd7c09660a09660c861ffff61244761330d565b1610158061249c575b612474575b50506040519485526020850152604084015260608301526080820152a2005b805460ff60581b191660ff9290921660081760581b60ff60581b169190911790558880612455565b5061012c61ffff6124ab61330d565b1610612450565b87634063b6b960e01b5f5260045260245ffd5b6064919250600101549101351415898061240f565b8263f0c1e7f360e01b5f5260045260245ffd5b600191506124fc60ff91613819565b161415886123aa565b506310f97b7f60e01b5f5260045260245ffd5b3461025e57606036600319011261025e576004356001600160401b03811161025e578060040190610100600319823603011261025e576024356001600160401b03811161025e5761256d903690600401612b4e565b9190926044356001600160401b03811161025e5761258f903690600401612b7e565b909461259e6102db8480612dcb565b6020815191012093845f52600660205260405f209586549360ff8560181c166127e75760c4830135806127d157506125ec906125d987613c3a565b6125e2876139b9565b99611ac38b613976565b6001600160a01b038116989089159081156127b9575b506127a65760449697985060ff61262861261f602486018961303d565b99909501612fce565b16808310612790575061263a82613e03565b965f945f5b8481106126b1578a7f624193c89db2fef3d0ccc00389d93b4641758279312beb4de9b5ccd47a0ca3c48b8b8f816126869163010000008f63ff000000191617815586613f44565b835f52600b602052600160405f20556103da6126a28280612dcb565b93909260405194859485613220565b6126c46126bf828785613e35565b61331e565b966001600160a01b03808916911681111561277e57875f5f5b86811061274f575b501561273c5785612710916127086126fe868b89613e35565b6020810190612dcb565b929091614326565b1561272a5790600191612723828d613805565b520161263f565b633615713d60e21b5f5260045260245ffd5b50636bf4516160e11b5f5260045260245ffd5b836001600160a01b036127666126bf848b8f6133ef565b1614612774576001016126dd565b505060018f6126e5565b633a60a2b160e21b5f5260045260245ffd5b826322c1720560e21b5f5260045260245260445ffd5b8863f0c1e7f360e01b5f5260045260245ffd5b600191506127c860ff91613819565b1614158a612602565b633ddd513160e01b5f526004525f60245260445ffd5b8663751e652f60e11b5f5260045260245ffd5b3461025e57604036600319011261025e576004356001600160401b03811161025e578060040190610100600319823603011261025e576024356001600160401b03811161025e5761284f903690600401612b4e565b909261285e6102db8280612dcb565b6020815191012092835f52600660205260405f209485549160ff8360181c16156129505760c40135936001600160401b038360801c16948581036129395750956129266128fe6128f861292c9587958a7fd026dd77f1306f420978e5b9f5eec8f5bf3b87d1b79e1279cdb660c3dec6806d9b9c6128da89613c3a565b6128e389613524565b9263ffffffff60ff86169560201c1693613e57565b9661313e565b825467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178255565b86613f44565b6103da6126a28280612dcb565b8590633ddd513160e01b5f5260045260245260445ffd5b8563578fa2a560e11b5f5260045260245ffd5b3461025e57602061027c61297636612b1b565b6130a8565b3461025e57602036600319011261025e576004356001600160401b03811161025e576040600319823603011261025e5761027c602091600401612fdc565b3461025e57366003190160a0811261025e5760801361025e57608435801515810361025e5715612a52577fa064c4089309e4db225f66c4fb90c109744b16188376cec1742863fec83c81d45b60043560ff81169182820361025e5760209261027c92506040519084820192835260408201526024356060820152604435608082015260643560a082015260a0815261104d60c082612d31565b7fdd04eba9d4e7c8a454dba39f7926dc512465899686ea592cc4b35fc778909633612a05565b3461025e57602061027c612a8b36612ae8565b612eeb565b3461025e57602036600319011261025e576004356001600160401b03811161025e576080600319823603011261025e5761027c602091600401612e4e565b3461025e575f36600319011261025e57602090600f548152f35b602060031982011261025e57600435906001600160401b03821161025e5760e090829003600319011261025e5760040190565b602060031982011261025e57600435906001600160401b03821161025e57606090829003600319011261025e5760040190565b9181601f8401121561025e578235916001600160401b03831161025e576020808501948460051b01011161025e57565b9181601f8401121561025e578235916001600160401b03831161025e576020838186019501011161025e57565b90602080835192838152019201905f5b818110612bc85750505090565b82516001600160a01b0316845260209384019390920191600101612bbb565b90604060031983011261025e576004356001600160401b03811161025e576060818403600319011261025e5760040191602435906001600160401b03821161025e57612c3591600401612b4e565b9091565b90600319820160a0811261025e5760801361025e57600491608435906001600160401b03821161025e57612c3591600401612b4e565b600f54811015612c8757600f5f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b600435906001600160a01b038216820361025e57565b35906001600160a01b038216820361025e57565b602060031982011261025e57600435906001600160401b03821161025e5761010090829003600319011261025e5760040190565b61014081019081106001600160401b03821117610a8757604052565b61012081019081106001600160401b03821117610a8757604052565b90601f801991011681019081106001600160401b03821117610a8757604052565b6001600160401b038111610a875760051b60200190565b929190612d7581612d52565b93612d836040519586612d31565b602085838152019160051b810192831161025e57905b828210612da557505050565b60208091612db284612cb1565b815201910190612d99565b359060ff8216820361025e57565b903590601e198136030182121561025e57018035906001600160401b03821161025e5760200191813603831361025e57565b6001600160401b038111610a8757601f01601f191660200190565b929192612e2482612dfd565b91612e326040519384612d31565b82948184528183011161025e578281602093845f960137010152565b612ee890612e5f6102db8280612dcb565b6020815191012090612e776102db6020830183612dcb565b60208151910120906040612e916102db6060840184612dcb565b602081519101209181519360208501957f2768d6ee570344584ad12c385b0034aa09e71b940c5be6c064b326fa0f4e8c8087528386015260608501520135608083015260a082015260a0815261104d60c082612d31565b90565b612ef86102db8280612dcb565b60208151910120612f0f6102db6020840184612dcb565b60208151910120612f266102db6040850185612dcb565b6020815191012060a08401356bffffffffffffffffffffffff19811680910361025e57608085612f5f6102db60c0612ee8990183612dcb565b60208151910120936040519560208701977f3900bd5d670106d2477a39e21c2981f9897618da6d7eca10ef00b8a04a8f384f89526040880152606087015282860152606081013560a0860152013560c084015260e0830152610100820152610100815261104d61012082612d31565b3560ff8116810361025e5790565b612ee890612ff06102db6020830183612dcb565b602081519101206040519060208201927fc0356a00e4c63dfef8a70a9d52671cb0ff2954340b7ee49289119e31a27149bf845235604083015260608201526060815261104d608082612d31565b903590601e198136030182121561025e57018035906001600160401b03821161025e57602001918160051b3603831361025e57565b905f5b8181106130825750505090565b909192602080600192838060a01b0361309a88612cb1565b168152019401929101613075565b612ee8906130de6130d06130bc838061303d565b929060405192839160208301958691613072565b03601f198101835282612d31565b5190209060406130f060208301612fce565b9160ff82519360208501957fe5382c42810998ef371c1b355068eabc39095211c74e430bf5e7ba9b58eed2e4875284860152166060840152013560808201526080815261104d60a082612d31565b6001600160401b036001911601906001600160401b038211611e7057565b908060209392818452848401375f828201840152601f01601f1916010190565b9035601e198236030181121561025e5701602081359101916001600160401b03821161025e57813603831361025e57565b9035601e198236030181121561025e5701602081359101916001600160401b03821161025e578160051b3603831361025e57565b916020908281520191905f5b8181106131fa5750505090565b909192602080600192838060a01b0361321288612cb1565b1681520194019291016131ed565b929391906132369160608552606085019161315c565b92828403602084015261327a61325f61324f838061317c565b610100885261010088019161315c565b61326c60208401846131ad565b9087830360208901526131e1565b60ff61328860408401612dbd565b16604086015260608201356001600160401b03811680910361025e57606086015260ff6132b760808401612dbd565b16608086015260a08201359485151580960361025e576132f16132ff93612ee89760a084015260c081013560c084015260e08101906131ad565b9160e08185039101526131e1565b916040818403910152612bab565b60643561ffff8116810361025e5790565b356001600160a01b038116810361025e5790565b35801515810361025e5790565b604090612ee894928152816020820152019161315c565b929161339691602084600193604051968488958587019a8b37850191600160fe1b85840152602183013701015f838201520301601f198101835282612d31565b51902090565b90604051918281549182825260208201905f5260205f20925f5b8181106133cd5750506133cb92500383612d31565b565b84546001600160a01b03168352600194850194879450602090930192016133b6565b9190811015612c875760051b0190565b9093929193600f5482101561349e57915f905b80821061343257505061342791929350612c6f565b90549060031b1c1490565b90926001906134428584896133ef565b358082101561347657604051906020820192835260408201526040815261346a606082612d31565b5190205b930190613412565b906040519060208201928352604082015260408152613496606082612d31565b51902061346e565b505f93505050565b612ee8906134b76102db8280612dcb565b6020815191012090604080519160208301937f4deb55fe65f4ce7359351e4fb66fcf816ab81dea3569c13941f8a4e6b9d98d5d85528284015260208101356060840152013560808201526080815261104d60a082612d31565b356001600160401b038116810361025e5790565b61352e8180612dcb565b369061353992612e18565b80519060200120906020810161354f908261303d565b90604051809160208201809461356492613072565b03601f19810182526135769082612d31565b5190209061358660408201612fce565b9061359360608201613510565b61359f60808301612fce565b6135ab60a08401613332565b916135b960e085018561303d565b9060405180916020820180946135ce92613072565b03601f19810182526135e09082612d31565b519020946040519660208801987fe7911e7c41f8ae45566db6e518469bd41f9a2775248f1df413cf4531f10302178a526040890152606088015260ff1660808701526001600160401b031660a086015260ff1660c0850152151560e084015260c00135610100830152610120820152610120815261366061014082612d31565b519020612ee890613c07565b612ee89061367d6102db8280612dcb565b60208151910120906101206136986102db6020840184612dcb565b602081519101209160ff6136ae60c08301612fce565b816136bb60e08501612fce565b916040519660208801987ff26b16806256fc977a19289fd593ce6d121cc82dc0e538c98d18d2f7d47039848a526040890152606088015260408501356080880152606085013560a0880152608085013560c088015260a085013560e08801521661010086015216828401526101008101356101408401520135610160820152610160815261104d61018082612d31565b612ee89061375881612fce565b9060c06137676020830161331e565b9161377460608201613332565b6137846102db60a0840184612dcb565b60208151910120906040519460ff60208701977f10cd62c3d44c271c94991869b2b804c4f60cfbb175325fba498776fde8aa5673895216604087015260018060a01b0316606086015260408301356080860152151560a085015260808201358385015260e08401520135610100820152610100815261104d61012082612d31565b8051821015612c875760209160051b010190565b6001600160a01b03165f908152600e6020526040902054600881901c60ff161561384257505f90565b60ff1690565b612ee8906138558161331e565b9060406138686102db6020840184612dcb565b602081519101209181519260208401947f060c8a53a3ca166560568e716d492903c9f60f62245daa5ae0a49c42285af68e865260018060a01b0316838501526060840152013560808201526080815261104d60a082612d31565b91939260405160208101908160208851919801905f5b8181106139575750505090816139046001600160401b039493612ee8989903601f198101835282612d31565b5190206040519360208501957fa4913159d3ceb9ab00334b86fd223d656bbe5d0086def2e26c764f9ba3714c6b87526040860152606085015260808401521660a082015260a0815261104d60c082612d31565b82516001600160a01b03168a526020998a0199909201916001016138d8565b612ee89060405160208101917f0b7c9ec0b3d03b8841ce8ccafdd4b16cf638439cfe733e9db88570395f4061aa835260408201526040815261104d606082612d31565b6139c38180612dcb565b36906139ce92612e18565b8051906020012090602081016139e4908261303d565b9060405180916020820180946139f992613072565b03601f1981018252613a0b9082612d31565b51902090613a1b60408201612fce565b90613a2860608201613510565b613a3460808301612fce565b613a4060a08401613332565b91613a4e60e085018561303d565b906040518091602082018094613a6392613072565b03601f1981018252613a759082612d31565b519020946040519660208801987f892ac2f1b6aa1f08181e737b9a723ad2dfb0cb82b2deb9724c61ef313fb586918a526040890152606088015260ff1660808701526001600160401b031660a086015260ff1660c0850152151560e084015260c00135610100830152610120820152610120815261366061014082612d31565b63ffffffff60019116019063ffffffff8211611e7057565b90613b1892916142fe565b5f52600460205260ff60405f20541690565b467f000000000000000000000000000000000000000000000000000000000000000003613b75577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f40946f38d79ad05e61b50c09332cf661df09eac182f360016073ef8f2e9212cf60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261339660c082612d31565b613c0f613b2a565b9060405190602082019261190160f01b84526022830152604282015260428152613396606282612d31565b6020810191613c49838361303d565b9290506040810160ff613c5b82612fce565b16158015613def575b613dcd57509092905f5b838110613d7257505f9260e08201925b613c88848461303d565b9050851015613d6b5784613cb16126bf613ca2878761303d565b6001600160a01b0394916133ef565b16958615613d5857865f5b848110613d2557505060018601808711611e70575b613cdb868661303d565b9050811015613d17578781613cf66126bf613ca28a8a61303d565b1614613d0457600101613cd1565b8763df1e577360e01b5f5260045260245ffd5b509550600190940193613c7e565b8181613d376126bf613ca2888b61303d565b1614613d4557600101613cbc565b5063df1e577360e01b5f5260045260245ffd5b8663df1e577360e01b5f5260045260245ffd5b5050505050565b80613d866126bf613ca2868699979961303d565b1680156115f05760018201808311611e70575b858110613dad575050600101939193613c6e565b8181613dbf6126bf613ca28b8961303d565b1614613d4557600101613d99565b60ff613dd98592612fce565b63b8f1f4df60e01b5f521660045260245260445ffd5b508360ff613dfc83612fce565b1611613c64565b90613e0d82612d52565b613e1a6040519182612d31565b8281528092613e2b601f1991612d52565b0190602036910137565b9190811015612c875760051b81013590603e198136030182121561025e570190565b9095949392938083106127905750613e6e82613e03565b955f945f52600960205260405f209063ffffffff5f9516945b848110613e975750505050505050565b613ea56126bf828785613e35565b966001600160a01b03808916911681111561277e5787815f52846020528763ffffffff60405f2054160361273c5785613ee6916127086126fe868b89613e35565b1561272a5790600191613ef9828c613805565b5201613e87565b90600160401b8111610a8757815491818155828210613f1e57505050565b5f528060205f20019103905f5b828110613f3757505050565b5f82820155600101613f2b565b919290805490613f5c63ffffffff8360201c16613af5565b9167ffffffff000000008360201b169067ffffffff00000000191617815560ff613f8860408701612fce565b1660ff19825416178155613f9e60608601613510565b815461ff00613faf60808901612fce565b60081b16906fffffffffffffffff000000000000000062ff0000613fd560a08b01613332565b151560101b169360401b16906fffffffffffffffff0000000000ffff0019161717179055825f52600960205260405f20905f9263ffffffff602087019216935b61401f838861303d565b905081101561406657806140426126bf60019361403c878c61303d565b906133ef565b828060a01b03165f528460205260405f208663ffffffff1982541617905501614015565b5094925061407591508261303d565b90835f52600760205260405f20906001600160401b038311610a875761409b8383613f00565b905f5260205f205f5b83811061411357505050508060e06140bd92019061303d565b915f52600860205260405f20906001600160401b038311610a87576140e28383613f00565b905f5260205f205f5b8381106140f85750505050565b60019060206141068561331e565b94019381840155016140eb565b60019060206141218561331e565b94019381840155016140a4565b6041830361420e578260201161025e578135918360401161025e5760208101359360401015612c87576040013560f81c90600282106141fc575b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841180156141d9575b6141d1576020935f9360ff60809460405194855216868401526040830152606082015282805260015afa156141c6575f5190565b6040513d5f823e3d90fd5b505050505f90565b5060ff8216601b81141590816141f0575b50614192565b601c915014155f6141ea565b90601b0160ff8111611e705790614168565b5050505f90565b939291906003548084036142e857506002549160ff8360201c168082106142d2575061424081613e03565b9563ffffffff5f94165f5b8381106142685750505050505060018101809111611e7057600355565b6142766126bf828688613e35565b956001600160a01b03808816911681111561277e5786815f5260016020528363ffffffff60405f2054160361273c57846142b8916127086126fe868a8c613e35565b1561272a57906001916142cb828c613805565b520161424b565b906322c1720560e21b5f5260045260245260445ffd5b83633ddd513160e01b5f5260045260245260445ffd5b916040519160ff60208401941684526040830152606082015260608152613396608082612d31565b906001600160a01b0361433a85858461412e565b168015159081614404575b506143fb57813b156141d1575f9361437985946130d06040519384926020840196630b135d3f60e11b88526024850161333f565b51915afa3d156143f4573d61438d81612dfd565b9061439b6040519283612d31565b81523d5f602083013e5b816143e6575b816143b4575090565b905060208180518101031261025e57602001516001600160e01b031981169081900361025e57630b135d3f60e11b1490565b9050602081511015906143ab565b60606143a5565b50505050600190565b6001600160a01b0384161490505f61434556fea2646970667358221220f06cb7a6cd2c31f7ea26e366c01941273a6d9f68e27062ed55407ec6c7039f8e64736f6c63430008250033",
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
// the contract method with ID 0x3821111f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changePolicy((string,address[],uint8,uint64,uint8,bool,uint256,address[]) p, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) PackChangePolicy(p VouchRegistryPolicyChange, sigs []VouchRegistrySig) []byte {
	enc, err := vouchRegistry.abi.Pack("changePolicy", p, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangePolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3821111f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changePolicy((string,address[],uint8,uint64,uint8,bool,uint256,address[]) p, (address,bytes)[] sigs) returns()
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
// the contract method with ID 0x3c2ac877.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enroll((string,address[],uint8,uint64,uint8,bool,uint256,address[]) p, (address,bytes)[] sigs, bytes coordinatorSig) returns()
func (vouchRegistry *VouchRegistry) PackEnroll(p VouchRegistryPolicyChange, sigs []VouchRegistrySig, coordinatorSig []byte) []byte {
	enc, err := vouchRegistry.abi.Pack("enroll", p, sigs, coordinatorSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnroll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c2ac877.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enroll((string,address[],uint8,uint64,uint8,bool,uint256,address[]) p, (address,bytes)[] sigs, bytes coordinatorSig) returns()
func (vouchRegistry *VouchRegistry) TryPackEnroll(p VouchRegistryPolicyChange, sigs []VouchRegistrySig, coordinatorSig []byte) ([]byte, error) {
	return vouchRegistry.abi.Pack("enroll", p, sigs, coordinatorSig)
}

// PackEnrollmentDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe483533a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enrollmentDigest((string,address[],uint8,uint64,uint8,bool,uint256,address[]) p) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackEnrollmentDigest(p VouchRegistryPolicyChange) []byte {
	enc, err := vouchRegistry.abi.Pack("enrollmentDigest", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnrollmentDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe483533a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enrollmentDigest((string,address[],uint8,uint64,uint8,bool,uint256,address[]) p) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackEnrollmentDigest(p VouchRegistryPolicyChange) ([]byte, error) {
	return vouchRegistry.abi.Pack("enrollmentDigest", p)
}

// UnpackEnrollmentDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe483533a.
//
// Solidity: function enrollmentDigest((string,address[],uint8,uint64,uint8,bool,uint256,address[]) p) view returns(bytes32)
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

// PackGetProposers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70bd016e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposers(string name) view returns(address[])
func (vouchRegistry *VouchRegistry) PackGetProposers(name string) []byte {
	enc, err := vouchRegistry.abi.Pack("getProposers", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70bd016e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposers(string name) view returns(address[])
func (vouchRegistry *VouchRegistry) TryPackGetProposers(name string) ([]byte, error) {
	return vouchRegistry.abi.Pack("getProposers", name)
}

// UnpackGetProposers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70bd016e.
//
// Solidity: function getProposers(string name) view returns(address[])
func (vouchRegistry *VouchRegistry) UnpackGetProposers(data []byte) ([]common.Address, error) {
	out, err := vouchRegistry.abi.Unpack("getProposers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
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
// the contract method with ID 0x8e057908.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function policyDigest((string,address[],uint8,uint64,uint8,bool,uint256,address[]) p) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackPolicyDigest(p VouchRegistryPolicyChange) []byte {
	enc, err := vouchRegistry.abi.Pack("policyDigest", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPolicyDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e057908.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function policyDigest((string,address[],uint8,uint64,uint8,bool,uint256,address[]) p) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackPolicyDigest(p VouchRegistryPolicyChange) ([]byte, error) {
	return vouchRegistry.abi.Pack("policyDigest", p)
}

// UnpackPolicyDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e057908.
//
// Solidity: function policyDigest((string,address[],uint8,uint64,uint8,bool,uint256,address[]) p) view returns(bytes32)
func (vouchRegistry *VouchRegistry) UnpackPolicyDigest(data []byte) ([32]byte, error) {
	out, err := vouchRegistry.abi.Unpack("policyDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49b05c27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish((string,string,bytes,bytes32,uint256,bytes20,string) r, (address,bytes)[] sigs, (string,string,bytes32,bytes32,bytes32,bytes32,uint8,uint8,bytes32,bytes32) s, bytes scoreSig, uint64 readyAt, bytes coordinatorSig) returns()
func (vouchRegistry *VouchRegistry) PackPublish(r VouchRegistryRelease, sigs []VouchRegistrySig, s VouchRegistryScore, scoreSig []byte, readyAt uint64, coordinatorSig []byte) []byte {
	enc, err := vouchRegistry.abi.Pack("publish", r, sigs, s, scoreSig, readyAt, coordinatorSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49b05c27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish((string,string,bytes,bytes32,uint256,bytes20,string) r, (address,bytes)[] sigs, (string,string,bytes32,bytes32,bytes32,bytes32,uint8,uint8,bytes32,bytes32) s, bytes scoreSig, uint64 readyAt, bytes coordinatorSig) returns()
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
// the contract method with ID 0x3c4d5d78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordReceipt((string,string,bytes,bytes32,uint256,bytes20,string) r, (bytes32,bytes32,uint16,bytes32) receipt, bytes coordinatorSig) returns()
func (vouchRegistry *VouchRegistry) PackRecordReceipt(r VouchRegistryRelease, receipt VouchRegistryPublishReceipt, coordinatorSig []byte) []byte {
	enc, err := vouchRegistry.abi.Pack("recordReceipt", r, receipt, coordinatorSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c4d5d78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordReceipt((string,string,bytes,bytes32,uint256,bytes20,string) r, (bytes32,bytes32,uint16,bytes32) receipt, bytes coordinatorSig) returns()
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
// the contract method with ID 0x0b6abadb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseDigest((string,string,bytes,bytes32,uint256,bytes20,string) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackReleaseDigest(r VouchRegistryRelease) []byte {
	enc, err := vouchRegistry.abi.Pack("releaseDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b6abadb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseDigest((string,string,bytes,bytes32,uint256,bytes20,string) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackReleaseDigest(r VouchRegistryRelease) ([]byte, error) {
	return vouchRegistry.abi.Pack("releaseDigest", r)
}

// UnpackReleaseDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b6abadb.
//
// Solidity: function releaseDigest((string,string,bytes,bytes32,uint256,bytes20,string) r) view returns(bytes32)
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
// Solidity: event Enrolled(bytes32 indexed packageKey, string packageName, (string,address[],uint8,uint64,uint8,bool,uint256,address[]) policy, address[] signers)
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
// Solidity: event PolicyChanged(bytes32 indexed packageKey, string packageName, (string,address[],uint8,uint64,uint8,bool,uint256,address[]) policy, address[] signers)
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
// Solidity: event Published(bytes32 indexed releaseKey, bytes32 indexed packageKey, bytes32 releaseDigest, (string,string,bytes,bytes32,uint256,bytes20,string) release, address[] signers, bytes32 scoreDigest, address coordinator)
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
