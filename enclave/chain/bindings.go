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

// VouchRegistryPolicyView is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryPolicyView struct {
	Enrolled       bool
	Threshold      uint8
	MinScore       uint8
	RefuseLowScore bool
	VetoWindow     uint64
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
	Integrity   []byte
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

// VouchRegistryScoreFields is an auto generated low-level Go binding around an user-defined struct.
type VouchRegistryScoreFields struct {
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyEnrolled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"maintainer\",\"type\":\"address\"}],\"name\":\"BadMaintainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"BadRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maintainers\",\"type\":\"uint256\"}],\"name\":\"BadThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"BaseMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"valid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BelowThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ContentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"DebugEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DuplicateOrUnsortedSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"}],\"name\":\"NotAllowlisted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"}],\"name\":\"NotEnrolled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"NotPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"}],\"name\":\"ReleaseMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"}],\"name\":\"ScoreBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ScoreMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ScoreRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"UnknownEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"UnregisteredCoordinator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"UnregisteredScorer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"VetoWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"}],\"name\":\"Vetoed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"AllowlistChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"}],\"name\":\"BatchAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"EnclaveApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"EnclaveRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"EnclaveRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"EnclaveRetiredBy\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"policy\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"Enrolled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"GovernanceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"policy\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"PolicyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes20\",\"name\":\"gitSha\",\"type\":\"bytes20\"},{\"internalType\":\"string\",\"name\":\"ciRunUrl\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Release\",\"name\":\"release\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.ScoreFields\",\"name\":\"score\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"scorer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"Published\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"ReceiptRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"revoke\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"Revoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"grantDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"TokenGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VetoRecorded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ROLE_COORDINATOR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_SCORER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.AllowlistEntry\",\"name\":\"e\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"allow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.AllowlistEntry\",\"name\":\"e\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"allowDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"name\":\"anchorBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest_\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"authorizationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"batchRoots\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.GovernanceChange\",\"name\":\"g\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"changeGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"changePolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.AllowlistEntry\",\"name\":\"e\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"disallow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"enclaveConfig\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"enclaveRole\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"enclaves\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"retired\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"enroll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"enrollmentDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"getPackage\",\"outputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"enrolled\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"tokenNonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tokenGrant\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastContentHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PackageView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"}],\"name\":\"getPackages\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"enrolled\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"}],\"internalType\":\"structVouchRegistry.PolicyView[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"getProposers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"keys\",\"type\":\"bytes32[]\"}],\"name\":\"getReleases\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"signerCount\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"hasScore\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"npmPublished\",\"type\":\"bool\"}],\"internalType\":\"structVouchRegistry.ReleaseView[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.GovernanceChange\",\"name\":\"g\",\"type\":\"tuple\"}],\"name\":\"governanceDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governanceNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governanceThreshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.TokenGrant\",\"name\":\"g\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"grantToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"}],\"name\":\"isAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"releaseDigest_\",\"type\":\"bytes32\"}],\"name\":\"isVetoed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"enrollmentDigest_\",\"type\":\"bytes32\"}],\"name\":\"nameControlDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"policyDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes20\",\"name\":\"gitSha\",\"type\":\"bytes20\"},{\"internalType\":\"string\",\"name\":\"ciRunUrl\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.ScoreFields\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"scoreSig\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"publish\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"receiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes20\",\"name\":\"gitSha\",\"type\":\"bytes20\"},{\"internalType\":\"string\",\"name\":\"ciRunUrl\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"recordReceipt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"debug\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.EnclaveRegistration\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"registerEnclave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"debug\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"configDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.EnclaveRegistration\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"registrationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes20\",\"name\":\"gitSha\",\"type\":\"bytes20\"},{\"internalType\":\"string\",\"name\":\"ciRunUrl\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"releaseDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"}],\"name\":\"releaseKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.EnclaveRetirement\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"retireEnclave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.EnclaveRetirement\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"retirementDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"revokeDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.Score\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"scoreDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.TokenGrant\",\"name\":\"g\",\"type\":\"tuple\"}],\"name\":\"tokenGrantDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyBatchProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Veto\",\"name\":\"v\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig\",\"name\":\"sig\",\"type\":\"tuple\"}],\"name\":\"veto\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Veto\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"vetoDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "VouchRegistry",
	Bin: "0x60c0806040523461033c57614980803803809161001c8285610360565b8339810160408282031261033c5781516001600160401b03811161033c5782019181601f8401121561033c578251926001600160401b03841161026a578360051b926040519461006f6020860187610360565b855260208501916020839582010191821161033c57602001915b81831061034057505050602001519160ff831680840361033c5781519080158015610333575b61031e575060025490600163ffffffff83160163ffffffff811161030a5763ffffffff16809263ffffffff1916176002555f5b81811061027e57505090519190506001600160401b03821161026a5768010000000000000000821161026a575f54825f55808310610240575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563905b838110610223578464ff000000006002549160201b169064ff000000001916176002554660805260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f40946f38d79ad05e61b50c09332cf661df09eac182f360016073ef8f2e9212cf60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a081526101fc60c082610360565b51902060a0526040516145fc9081610384823960805181613cdc015260a05181613d020152f35b82516001600160a01b031681830155602090920191600101610143565b5f8052828060205f20019103905f5b82811061025d57505061011b565b5f8282015560010161024f565b634e487b7160e01b5f52604160045260245ffd5b83518110156102f657600581901b8401602001516001600160a01b0316801580156102db575b6102c957906001915f528160205260405f208463ffffffff19825416179055016100e2565b63df1e577360e01b5f5260045260245ffd5b50805f5260016020528363ffffffff60405f205416146102a4565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b63b8f1f4df60e01b5f5260045260245260445ffd5b508181116100af565b5f80fd5b82516001600160a01b038116810361033c57815260209283019201610089565b601f909101601f19168101906001600160401b0382119082101761026a5760405256fe6080806040526004361015610012575f80fd5b5f3560e01c90816306f1305614612ca7575080630b6abadb14612c8f5780631e66ad2314612a6157806325366ceb146129a25780632bf1129d1461296457806336fc71831461294c5780633821111f146127e35780633c2ac877146125015780633c4d5d78146122a157806345a1ff4914611fa357806356abb70b14611f4d578063572be4b314611f325780635789c4bf14611eb35780635aa6e67514611e2257806360da9cd314611bd45780636424b4fa14611b1c57806366e37eae14611afa57806368e2f97914611ac25780636ce5b92c14611aa75780636d4d4a251461195b57806370bd016e146118f357806376c469a3146111335780637fae7f1814610fd5578063807df5e514610f94578063833a218614610de057806385af35c714610c045780638762b82314610bec57806387c60483146109e05780638dc3092b146109a85780638e057908146109905780639331309b146108bd57806397077da9146107ef57806397163a1f146107d7578063a6eb3c12146105cb578063ac775b6f1461058d578063bb5496561461055f578063caf47a6814610547578063cf262f4d146104e0578063cfdb192914610467578063d4ac76e014610449578063d9be832c1461042c578063e483533a14610414578063e8f3cb0b146102ca578063ebc6b49e1461028f578063f698da251461026d5763faeedb0714610216575f80fd5b34610269576020366003190112610269576001600160a01b03610237612e74565b165f52600e602052606060405f206001815491015460ff60405192818116845260081c16151560208301526040820152f35b5f80fd5b34610269575f366003190112610269576020610287613cd9565b604051908152f35b346102695760603660031901126102695760043560ff81168103610269576102c06020916044359060243590613cbc565b6040519015158152f35b34610269576102d836612dc0565b916102ed6102e68280612fbf565b369161300c565b6020815191012091825f52600660205260405f20805460ff8160181c16156104015763ffffffff8160c01c169560408501358781036103ea5750956103e592602094926103767f1362e568f2050443dfd2c026055926705f1b8ba0d6902b3a1c48a78384893ae7989961035f89613626565b958b60ff85169263ffffffff868c1c169289613e3d565b9263ffffffff60c01b9061038990613ca4565b60c01b169063ffffffff60c01b1916179055865f52600c84528160405f20556103b28580612fbf565b9490956103cc604051978897608089526080890191613159565b9382870152013560408501528382036060850152612d84565b0390a2005b8790633ddd513160e01b5f5260045260245260445ffd5b8463578fa2a560e11b5f5260045260245ffd5b3461026957602061028761042736612e9e565b613b68565b34610269575f366003190112610269576020600354604051908152f35b34610269576020366003190112610269576020610287600435613b25565b34610269576040366003190112610269576004356001600160401b038111610269576102e661049a913690600401612d57565b60208151910120604051602081019182526024356040820152604081526104c2606082612f25565b5190205f52600d602052602060ff60405f2054166040519015158152f35b34610269576080366003190112610269576044356001600160401b038111610269573660238201121561026957610521903690602481600401359101612f5d565b606435906001600160401b03821682036102695760209161028791602435600435613a71565b3461026957602061028761055a36612d24565b6139f7565b3461026957602036600319011261026957602061058261057d612e74565b6139c8565b60ff60405191168152f35b34610269576020366003190112610269576004356001600160401b038111610269576080600319823603011261026957610287602091600401613918565b34610269576020366003190112610269576004356001600160401b038111610269576105fb903690600401612cf4565b9061060582612f46565b916106136040519384612f25565b808352601f1961062282612f46565b015f5b8181106107905750505f5b8181106106de57836040518091602082016020835281518091526020604084019201905f5b818110610663575050500390f35b91935091602061010060019260e087518051835260ff8582015116858401526001600160401b03604082015116604084015260ff606082015116606084015260ff608082015116608084015260a0810151151560a084015260c0810151151560c08401520151151560e0820152019401910191849392610655565b806106ec600192848661355b565b355f52600a60205260405f2082810154908160581c848116156107885760ff60089254936040519461071d86612f09565b8552818160401c1660208601526001600160401b0381166040860152818160481c16606086015260501c16608084015260028116151560a084015260048116151560c084015216151560e08201526107758287613612565b526107808186613612565b505b01610630565b505050610782565b60209060405161079f81612f09565b5f81525f838201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e082015282828801015201610625565b346102695760206102876107ea36612cc1565b61385e565b34610269576040366003190112610269576004356024359063ffffffff821680920361026957811580156108b5575b6108a657600f5490600160401b8210156108925760209260018301600f5561084583612e48565b81549060031b9084821b915f19901b191617905560405191825283820152817fba922dd42da8d21670fe2a5c0469a2226d1cfc359e9032f6ee9003c08e3b908c60403393a3604051908152f35b634e487b7160e01b5f52604160045260245ffd5b63c2e5347d60e01b5f5260045ffd5b50801561081e565b34610269576020366003190112610269576004356001600160401b03811161026957806004019061014060031982360301126102695781610287916109886109216102e66109106102e686602099612fbf565b878151910120946024850190612fbf565b8581519101209261097a61093760c48501613199565b9161094460e48601613199565b946040519586948a86019861012484013594610104850135948b60a48201359360848301359360446064850135940135926137ec565b03601f198101835282612f25565b519020613db6565b346102695760206102876109a336612e9e565b6136a4565b34610269576020366003190112610269576001600160a01b036109c9612e74565b165f526005602052602060405f2054604051908152f35b34610269576020366003190112610269576004356001600160401b03811161026957610a13610a61913690600401612d57565b5f610120604051610a2381612eed565b606081528260208201528260408201528260608201528260808201528260a08201528260c08201528260e0820152826101008201520152369161300c565b80516020918201205f818152600683526040808220600785528183209054600c865282842054600b909652919092205490939290600103610bdb57505f5b610ab460405192610aaf84612eed565b613508565b8252602082019260ff8516845260408301946001600160401b038160401c168652606084019560ff8260081c1687526080850160ff8360101c161515815260a08601906001600160401b038460801c16825260c087019260ff8560181c161515845263ffffffff60e089019560c01c168552610100880195865261012088019687526040519860208a526101608a0198519861014060208c0152895180915260206101808c019a01905f5b818110610bbc57505050996001600160401b0360ff92838c9d511660408d0152511660608b01525116608089015251151560a08801525160c087015251151560e08601525161010085015251610120840152516101408301520390f35b82516001600160a01b03168c5260209b8c019b90920191600101610b5f565b5f52600b60205260405f2054610a9f565b34610269576020610287610bff36612d24565b613626565b34610269576060366003190112610269576004356001600160401b03811161026957610c34903690600401612d57565b602435916001600160401b03831161026957826004016040600319853603011261026957604435926001600160401b0384116102695783600401926040600319863603011261026957610c8891369161300c565b6020815191012092835f52600660205260405f20549260ff8460181c161561040157610cb38161348a565b93855f52600960205260405f2060018060a01b0386165f5260205263ffffffff8060405f2054169160201c1603610dc25790610cff610d06926024610cf7866131a7565b930190612fbf565b91856144d5565b15610da1577f5a21bfbbc0ea5cbf3a5b6e74044a5bf73bb479b9b6970c626b386f2826f0649791610d79826024610d9c94359760405160208101908982528a604082015260408152610d59606082612f25565b5190205f52600d60205260405f20600160ff198254161790550190612fbf565b929060405193849360018060a01b03168452604060208501526040840191613159565b0390a3005b50633615713d60e21b5f9081526001600160a01b0391909116600452602490fd5b636bf4516160e11b5f9081526001600160a01b038516600452602490fd5b34610269576020366003190112610269576004356001600160401b03811161026957610e10903690600401612cf4565b610e1981612f46565b91610e276040519384612f25565b818352601f19610e3683612f46565b015f5b818110610f5f5750505f5b82811015610edc57600190610e616102e68260051b850185612fbf565b602081519101205f52600660205260405f20546001600160401b0360405191610e8983612ed2565b60ff8160181c161515835260ff8116602084015260ff8160081c16604084015260ff8160101c161515606084015260401c166080820152610eca8287613612565b52610ed58186613612565b5001610e44565b836040518091602082016020835281518091526020604084019201905f5b818110610f08575050500390f35b91935091602060a06001926001600160401b036080885180511515845260ff86820151168685015260ff60408201511660408501526060810151151560608501520151166080820152019401910191849392610efa565b602090604051610f6e81612ed2565b5f81525f838201525f60408201525f60608201525f608082015282828801015201610e39565b34610269576060366003190112610269576044356001600160401b038111610269576102c0610fc96020923690600401612cf4565b9060243560043561356b565b3461026957610fe336612e12565b600160ff610ff085613199565b1614158061111d575b6110ff57907f448d5bd0475ac3f8600361455978599804e840540664730d39ef3cd7c1fa7a18916103e57fa064c4089309e4db225f66c4fb90c109744b16188376cec1742863fec83c81d49460ff6110d36110a561105684613199565b6020850135966040860135986110a060608801359c8d948860405191602083019384521660408201528b60608201528c60808201528560a082015260a0815261098860c082612f25565b6143c4565b926110b987876110b484613199565b6144ad565b5f52600460205260405f2060018419825416179055613199565b16956040519485948552602085015260016040850152606084015260a0608084015260a0830190612d84565b60ff61110a84613199565b638cf197f160e01b5f521660045260245ffd5b50600260ff61112b85613199565b161415610ff9565b3461026957610180366003190112610269576001600160401b03600435116102695760e060043536036003190112610269576024356001600160401b03811161026957611184903690600401612cf4565b60e036604319011261026957610124356001600160401b038111610269576111b0903690600401612d57565b909161014435916001600160401b0383169384840361026957610164356001600160401b038111610269576111e9903690600401612d57565b90949092906111ff6102e6600480350180612fbf565b6020815191012096875f52600660205260405f2080549560ff8760181c16156118e0576001600160401b038760801c1660846004350135036118b75761126961124c600480350180612fbf565b90611261602460043501600435600401612fbf565b9290916134c2565b98895f52600a60205260405f209560018701549460018660581c166118a4576001600160401b038a60401c16810180911161172e57804210611892575060ff8916905f808083156117bd575061134392915061133c90506112d16102e6600480350180612fbf565b602081519101206112ef6102e6602460043501600435600401612fbf565b60208151910120610988611301613179565b9261097a61130d613189565b916040519485936020850197610104359360e43593608435918b606435926044359260646004350135926137ec565b998a6142dd565b996001600160a01b038b161580156117a7575b6117895760019d8d5f52600b60205260405f20549e8f14611781575b8e60443503611768578d9e5061138a9d9b9c9d613179565b60ff808d60081c1691161061170d575b60029669ff0000000000000000006113b0613179565b60481b1660ff60501b6113c1613189565b60501b16916affff0000000000000000001916171760018a01555b6113ea600435600401613042565b9b604051602081019182528d60408201526040815261140a606082612f25565b5190205f52600d60205260ff60405f2054166116fa576114509493928f8d9061144b946114429463ffffffff8b5460201c1693613e3d565b96878a8d613a71565b6142dd565b6001600160a01b038116969087159081156116e2575b506116cf576115c392916114886001600160401b036114b09360801c166132fb565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16179055565b61154360646004350135948b5f52600b6020528560405f2055600180604460043501946114e56102e687600435600401612fbf565b80516020919091012084558184018054895168ffffffffffffffffff19909116426001600160401b03161760409190911b68ff00000000000000001617905591909201805460ff60581b19169190921760581b60ff60581b16179055565b6040519687526101a060208801526115af6115a361157b611568600480350180613128565b60e06101a08d01526102808c0191613159565b61158f602460043501600435600401613128565b8b830361019f19016101c08d015290613159565b91600435600401613128565b88830361019f19016101e08a015290613159565b916102008601526084600435013561022086015260a460043501356bffffffffffffffffffffffff198116809103610269576116399261162b9161024088015261161760c460043501600435600401613128565b88830361019f19016102608a015290613159565b908582036040870152612d84565b906060840152604435608084015260643560a084015260843560c084015260a43560ff81168091036102695760e084015260c4359160ff8316809303610269577f739d221ef567ec8ac6ee996e7dfb3f8996864e17d38e3ecfaef5bf57f56b5de794849361010085015260e4356101208501526101043561014085015260018060a01b03166101608401526101808301520390a3005b8663f0c1e7f360e01b5f5260045260245ffd5b600191506116f160ff916139c8565b1614158c611466565b8b630192991360e31b5f5260045260245ffd5b919a5060ff8a60101c166117425760018b01809b1161172e578d9a9161139a565b634e487b7160e01b5f52601160045260245ffd5b60ff8a8161174e613179565b6373f170f560e11b5f521660045260081c1660245260445ffd5b8e63e7dd969160e01b5f5260443560045260245260445ffd5b5f9e50611372565b6347c2dc9f60e01b5f9081526001600160a01b038c16600452602490fd5b50600260ff6117b58d6139c8565b161415611356565b975099509a905060ff8a9c9e9d9c60081c1615155f146117ea578d630138a06760e21b5f5260045260245ffd5b60449d9b9c9d3515801590611887575b801561187c575b8015611869575b8015611856575b801561184b575b801561183f575b61182c578c9d9c9a9b9c6113dc565b8b63232ab41d60e01b5f5260045260245ffd5b5061010435151561181d565b5060e4351515611816565b5060ff611861613189565b16151561180f565b5060ff611874613179565b161515611808565b506084351515611801565b5060643515156117fa565b63fdf28aed60e01b5f5260045260245ffd5b8b636857728b60e11b5f5260045260245ffd5b6001600160401b0387633ddd513160e01b5f526084600435013560045260801c1660245260445ffd5b8963578fa2a560e11b5f5260045260245ffd5b34610269576020366003190112610269576004356001600160401b038111610269576102e6611926913690600401612d57565b602081519101205f52600860205261195761194360405f20613508565b604051918291602083526020830190612d84565b0390f35b346102695761196936612dc0565b91906001600160a01b0361197c8361348a565b165f52600e60205260405f2092835460ff811615908115611a99575b50611a7057906119db83926119cd7f8e383092ae4bc3e994b92d754dbfaa719d72798a053744750587012e907b170c956139f7565b9060408501359384926143c4565b845461ff001916610100179094556103e56001600160a01b036119fd8461348a565b16916040519384937ff17fd005cf432a683ad4956f08cdadde59b31c87f827fe6483731155f4347a195f80a2611a51611a43611a388361348a565b926020810190612fbf565b606087526060870191613159565b602085019290925283820360408501526001600160a01b031695612d84565b611a798361348a565b63ac88b76760e01b5f9081526001600160a01b0391909116600452602490fd5b60ff915060081c1685611998565b34610269575f36600319011261026957602060405160028152f35b3461026957602036600319011261026957600435600f5481101561026957611aeb602091612e48565b90549060031b1c604051908152f35b34610269575f36600319011261026957602060ff600254821c16604051908152f35b34610269577f448d5bd0475ac3f8600361455978599804e840540664730d39ef3cd7c1fa7a18611b4b36612e12565b7fdd04eba9d4e7c8a454dba39f7926dc512465899686ea592cc4b35fc77890963393926103e59060ff611ba9611b8361105684613199565b92611b9287876110b484613199565b5f52600460205260405f2083198154169055613199565b1695604051948594855260208501525f6040850152606084015260a0608084015260a0830190612d84565b3461026957611bff611be536612dc0565b611bf183949294613273565b9060408401359485926143c4565b611c098280613208565b611c2460208593950194611c1c86613199565b923691612f5d565b805160ff831680158015611e19575b611e0457506002549063ffffffff611c4c818416613ca4565b16809263ffffffff1916176002555f5b818110611d95575050508051906001600160401b03821161089257600160401b8211610892575f54825f55808310611d6b575b506020015f80525f5b828110611d2e576002805464ff000000001916602086901b64ff00000000161790557f707d5d3ba9a73f242605bae913fd7e01d9e5c39f736f72e16300392b2971912e87611cf6611d298b8a611cee8b80613208565b949095613199565b9160ff611d1060405197889760808952608089019161334d565b9316602086015260408501528382036060850152612d84565b0390a1005b81516001600160a01b03167f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563820155602090910190600101611c98565b5f8052828060205f20019103905f5b828110611d88575050611c8f565b5f82820155600101611d7a565b6001600160a01b03611da78286613612565b511680158015611de9575b611dd757906001915f528160205260405f208463ffffffff1982541617905501611c5c565b63df1e577360e01b5f5260045260245ffd5b50805f5260016020528363ffffffff60405f20541614611db2565b63b8f1f4df60e01b5f5260045260245260445ffd5b50818111611c33565b34610269575f3660031901126102695760ff60025460201c1660035490604051905f549283835260208301935f805260205f20905f5b818110611e9457505050611e7183611e85950384612f25565b604051938493606085526060850190612d84565b91602084015260408301520390f35b82546001600160a01b0316875260209096019560019283019201611e58565b346102695760803660031901126102695760443561ffff811690818103610269576020916102879150604051838101917fd9c3fd755eeac0eedd0a3b573067f84c7da9d09c2c614cb27e7040cc764bddfd835260043560408301526024356060830152608082015260643560a082015260a0815261098860c082612f25565b34610269575f36600319011261026957602060405160018152f35b34610269576040366003190112610269576004356001600160401b03811161026957611f7d903690600401612d57565b602435906001600160401b03821161026957602092611261610287933690600401612d57565b34610269576040366003190112610269576004356001600160401b03811161026957806004019060e06003198236030112610269576024356001600160401b03811161026957611ff7903690600401612cf4565b600160ff61200486613199565b1614158061228b575b61228057602483016001600160a01b036120268261348a565b1615612277576120386064850161349e565b61224e576001600160a01b0361204d8261348a565b165f52600e60205260ff60405f20541661222557906120859161206f86613199565b9160448601359384936084880135958691613cbc565b156121ff576120a5906120978861385e565b9060c48801359687926143c4565b956120af81613199565b926040519360608501908582106001600160401b03831117610892577f20244ff531f12a0f72c6717213b0ddb103aedef809ca16ad6e6bbe5a22e8a802986103e59660ff80937ff65fb91803c577cec74b1916761e9328ba15c68c3aa62401e7b12e54292744a9956040521681526001602082015f81526040830190878252828060a01b0361213d8b61348a565b165f52600e602052858060405f2095511616861985541617845551151561ff0084549160081b169061ff0019161783555191015560018060a01b036121818761348a565b165f5260056020528760405f20556121ca6121b261219e87613199565b9660a46121aa8a61348a565b940190612fbf565b9060405194859460018060a01b0316981696846134ab565b0390a36001600160a01b03906121df9061348a565b169460405193849384526020840152606060408401526060830190612d84565b505060ff61220c86613199565b63675732dd60e11b5f521660045260245260445260645ffd5b61222e9061348a565b6345ed80e960e01b5f9081526001600160a01b0391909116600452602490fd5b6122579061348a565b63f2158b6f60e01b5f9081526001600160a01b0391909116600452602490fd5b611a799061348a565b60ff61110a85613199565b50600260ff61229986613199565b16141561200d565b346102695760c0366003190112610269576004356001600160401b03811161026957806004019060e060031982360301126102695760803660231901126102695760a4356001600160401b03811161026957612301903690600401612d57565b61230c849294613042565b906024358092036124ee576044359460643561ffff8116928382036102695761238991506084359261144b60405160208101907fd9c3fd755eeac0eedd0a3b573067f84c7da9d09c2c614cb27e7040cc764bddfd82528860408201528b60608201528760808201528660a082015260a0815261098860c082612f25565b6001600160a01b038116929083159081156124d6575b506124c3576123bf6123b18680612fbf565b9061126160248a0189612fbf565b96875f52600a60205260405f20966001880196875460581c9860018a16156124b0576123f49160446102e69254940190612fbf565b602081519101200361249d577f49adfe0b0bfad17c3e2dde63ae4da574cafe70631f900baf5d2be02a407dd7c09660a09660c861ffff612432613479565b16101580612487575b61245f575b50506040519485526020850152604084015260608301526080820152a2005b805460ff60581b191660ff9290921660081760581b60ff60581b169190911790558880612440565b5061012c61ffff612496613479565b161061243b565b87634063b6b960e01b5f5260045260245ffd5b8a634a1c17ab60e11b5f5260045260245ffd5b8263f0c1e7f360e01b5f5260045260245ffd5b600191506124e560ff916139c8565b1614158861239f565b506310f97b7f60e01b5f5260045260245ffd5b34610269576060366003190112610269576004356001600160401b0381116102695780600401906101006003198236030112610269576024356001600160401b03811161026957612556903690600401612cf4565b9190926044356001600160401b03811161026957612578903690600401612d57565b90946125876102e68480612fbf565b6020815191012093845f52600660205260405f209586549360ff8560181c166127d05760c4830135806127ba57506125d5906125c287613ee6565b6125cb87613b68565b9961144b8b613b25565b6001600160a01b038116989089159081156127a2575b5061278f5760449697985060ff6126116126086024860189613208565b99909501613199565b16808310612779575061262382613de9565b965f945f5b84811061269a578a7f624193c89db2fef3d0ccc00389d93b4641758279312beb4de9b5ccd47a0ca3c48b8b8f8161266f9163010000008f63ff0000001916178155866140f3565b835f52600b602052600160405f20556103e561268b8280612fbf565b9390926040519485948561338c565b6126ad6126a8828785613e1b565b61348a565b966001600160a01b03808916911681111561276757875f5f5b868110612738575b501561272557856126f9916126f16126e7868b89613e1b565b6020810190612fbf565b9290916144d5565b15612713579060019161270c828d613612565b5201612628565b633615713d60e21b5f5260045260245ffd5b50636bf4516160e11b5f5260045260245ffd5b836001600160a01b0361274f6126a8848b8f61355b565b161461275d576001016126c6565b505060018f6126ce565b633a60a2b160e21b5f5260045260245ffd5b826322c1720560e21b5f5260045260245260445ffd5b8863f0c1e7f360e01b5f5260045260245ffd5b600191506127b160ff916139c8565b1614158a6125eb565b633ddd513160e01b5f526004525f60245260445ffd5b8663751e652f60e11b5f5260045260245ffd5b34610269576040366003190112610269576004356001600160401b0381116102695780600401906101006003198236030112610269576024356001600160401b03811161026957612838903690600401612cf4565b90926128476102e68280612fbf565b6020815191012092835f52600660205260405f209485549160ff8360181c16156129395760c40135936001600160401b038360801c169485810361292257509561290f6128e76128e16129159587958a7fd026dd77f1306f420978e5b9f5eec8f5bf3b87d1b79e1279cdb660c3dec6806d9b9c6128c389613ee6565b6128cc896136a4565b9263ffffffff60ff86169560201c1693613e3d565b966132fb565b825467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178255565b866140f3565b6103e561268b8280612fbf565b8590633ddd513160e01b5f5260045260245260445ffd5b8563578fa2a560e11b5f5260045260245ffd5b3461026957602061028761295f36612d24565b613273565b34610269576020366003190112610269576004356001600160401b0381116102695760406003198236030112610269576102876020916004016131a7565b3461026957366003190160a08112610269576080136102695760843580151581036102695715612a3b577fa064c4089309e4db225f66c4fb90c109744b16188376cec1742863fec83c81d45b60043560ff8116918282036102695760209261028792506040519084820192835260408201526024356060820152604435608082015260643560a082015260a0815261098860c082612f25565b7fdd04eba9d4e7c8a454dba39f7926dc512465899686ea592cc4b35fc7789096336129ee565b34610269576040366003190112610269576004356001600160401b038111610269578060040160806003198336030112610269576024356001600160401b03811161026957612ab4903690600401612cf4565b91612ac26102e68280612fbf565b6020815191012091825f52600660205260405f20549160ff8360181c1615612c7c579081612af481612b049594612fbf565b6024890195916112618785612fbf565b96875f52600a60205260405f20926001840192835460581c9460018616156124b05760048616612c695754976044840198612b426102e68b85612fbf565b6020815191012003612c5657612c2e612c1599612bcd612c4897600460ff7f949ddc8aa2cabd503eb74fd7e9b9047c6fefed2fd8f4a020ae241cf3e244aeb79f6103e59d612c369a606499612bae93612b9a8d613918565b9263ffffffff8786169560201c1693613e3d565b835460ff60581b191691909c169190911760581b60ff60581b16179055565b612c1c6040519b8c9b60408d528c612c03612bfc612beb8a80613128565b6080604086015260c0850191613159565b9289613128565b916060603f1982860301910152613159565b9185613128565b8b8303603f190160808d015290613159565b930190613128565b868303603f190160a088015290613159565b908382036020850152612d84565b8a634063b6b960e01b5f5260045260245ffd5b8a6390315de160e01b5f5260045260245ffd5b8363578fa2a560e11b5f5260045260245ffd5b34610269576020610287612ca236612cc1565b613042565b34610269575f36600319011261026957602090600f548152f35b602060031982011261026957600435906001600160401b0382116102695760e09082900360031901126102695760040190565b9181601f84011215610269578235916001600160401b038311610269576020808501948460051b01011161026957565b602060031982011261026957600435906001600160401b0382116102695760609082900360031901126102695760040190565b9181601f84011215610269578235916001600160401b038311610269576020838186019501011161026957565b90602080835192838152019201905f5b818110612da15750505090565b82516001600160a01b0316845260209384019390920191600101612d94565b906040600319830112610269576004356001600160401b03811161026957606081840360031901126102695760040191602435906001600160401b03821161026957612e0e91600401612cf4565b9091565b90600319820160a081126102695760801361026957600491608435906001600160401b03821161026957612e0e91600401612cf4565b600f54811015612e6057600f5f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b600435906001600160a01b038216820361026957565b35906001600160a01b038216820361026957565b602060031982011261026957600435906001600160401b038211610269576101009082900360031901126102695760040190565b60a081019081106001600160401b0382111761089257604052565b61014081019081106001600160401b0382111761089257604052565b61010081019081106001600160401b0382111761089257604052565b90601f801991011681019081106001600160401b0382111761089257604052565b6001600160401b0381116108925760051b60200190565b929190612f6981612f46565b93612f776040519586612f25565b602085838152019160051b810192831161026957905b828210612f9957505050565b60208091612fa684612e8a565b815201910190612f8d565b359060ff8216820361026957565b903590601e198136030182121561026957018035906001600160401b0382116102695760200191813603831361026957565b6001600160401b03811161089257601f01601f191660200190565b92919261301882612ff1565b916130266040519384612f25565b829481845281830111610269578281602093845f960137010152565b61304f6102e68280612fbf565b602081519101206130666102e66020840184612fbf565b6020815191012061307d6102e66040850185612fbf565b6020815191012060a08401356bffffffffffffffffffffffff198116809103610269576080856130b66102e660c0613125990183612fbf565b60208151910120936040519560208701977f3900bd5d670106d2477a39e21c2981f9897618da6d7eca10ef00b8a04a8f384f89526040880152606087015282860152606081013560a0860152013560c084015260e0830152610100820152610100815261098861012082612f25565b90565b9035601e19823603018112156102695701602081359101916001600160401b03821161026957813603831361026957565b908060209392818452848401375f828201840152601f01601f1916010190565b60a43560ff811681036102695790565b60c43560ff811681036102695790565b3560ff811681036102695790565b613125906131bb6102e66020830183612fbf565b602081519101206040519060208201927fc0356a00e4c63dfef8a70a9d52671cb0ff2954340b7ee49289119e31a27149bf8452356040830152606082015260608152610988608082612f25565b903590601e198136030182121561026957018035906001600160401b03821161026957602001918160051b3603831361026957565b905f5b81811061324d5750505090565b909192602080600192838060a01b0361326588612e8a565b168152019401929101613240565b6131259061329b61097a6132878380613208565b92906040519283916020830195869161323d565b5190209060406132ad60208301613199565b9160ff82519360208501957fe5382c42810998ef371c1b355068eabc39095211c74e430bf5e7ba9b58eed2e4875284860152166060840152013560808201526080815261098860a082612f25565b6001600160401b036001911601906001600160401b03821161172e57565b9035601e19823603018112156102695701602081359101916001600160401b038211610269578160051b3603831361026957565b916020908281520191905f5b8181106133665750505090565b909192602080600192838060a01b0361337e88612e8a565b168152019401929101613359565b929391906133a291606085526060850191613159565b9282840360208401526133e66133cb6133bb8380613128565b6101008852610100880191613159565b6133d86020840184613319565b90878303602089015261334d565b60ff6133f460408401612fb1565b16604086015260608201356001600160401b03811680910361026957606086015260ff61342360808401612fb1565b16608086015260a0820135948515158096036102695761345d61346b936131259760a084015260c081013560c084015260e0810190613319565b9160e081850391015261334d565b916040818403910152612d84565b60643561ffff811681036102695790565b356001600160a01b03811681036102695790565b3580151581036102695790565b604090613125949281528160208201520191613159565b929161350291602084600193604051968488958587019a8b37850191600160fe1b85840152602183013701015f838201520301601f198101835282612f25565b51902090565b90604051918281549182825260208201905f5260205f20925f5b81811061353957505061353792500383612f25565b565b84546001600160a01b0316835260019485019487945060209093019201613522565b9190811015612e605760051b0190565b9093929193600f5482101561360a57915f905b80821061359e57505061359391929350612e48565b90549060031b1c1490565b90926001906135ae85848961355b565b35808210156135e25760405190602082019283526040820152604081526135d6606082612f25565b5190205b93019061357e565b906040519060208201928352604082015260408152613602606082612f25565b5190206135da565b505f93505050565b8051821015612e605760209160051b010190565b613125906136376102e68280612fbf565b6020815191012090604080519160208301937f4deb55fe65f4ce7359351e4fb66fcf816ab81dea3569c13941f8a4e6b9d98d5d85528284015260208101356060840152013560808201526080815261098860a082612f25565b356001600160401b03811681036102695790565b6136ae8180612fbf565b36906136b99261300c565b8051906020012090602081016136cf9082613208565b9060405180916020820180946136e49261323d565b03601f19810182526136f69082612f25565b5190209061370660408201613199565b9061371360608201613690565b61371f60808301613199565b61372b60a0840161349e565b9161373960e0850185613208565b90604051809160208201809461374e9261323d565b03601f19810182526137609082612f25565b519020946040519660208801987fe7911e7c41f8ae45566db6e518469bd41f9a2775248f1df413cf4531f10302178a526040890152606088015260ff1660808701526001600160401b031660a086015260ff1660c0850152151560e084015260c0013561010083015261012082015261012081526137e061014082612f25565b51902061312590613db6565b969194610140989460ff969487959d9c9b98939d6101608b019e7ff26b16806256fc977a19289fd593ce6d121cc82dc0e538c98d18d2f7d47039848c5260208c015260408b015260608a0152608089015260a088015260c08701521660e0850152166101008301526101208201520152565b6131259061386b81613199565b9060c061387a6020830161348a565b916138876060820161349e565b6138976102e660a0840184612fbf565b60208151910120906040519460ff60208701977f10cd62c3d44c271c94991869b2b804c4f60cfbb175325fba498776fde8aa5673895216604087015260018060a01b0316606086015260408301356080860152151560a085015260808201358385015260e08401520135610100820152610100815261098861012082612f25565b613125906139296102e68280612fbf565b60208151910120906139416102e66020830183612fbf565b60208151910120906139716102e661395f6102e66040850185612fbf565b60208151910120926060810190612fbf565b60208151910120906040519260208401947f99b4667de874717df64bd6f8fb96fce7548e9a3ed9aa7f0fef61b845a187b5a3865260408501526060840152608083015260a082015260a0815261098860c082612f25565b6001600160a01b03165f908152600e6020526040902054600881901c60ff16156139f157505f90565b60ff1690565b61312590613a048161348a565b906040613a176102e66020840184612fbf565b602081519101209181519260208401947f060c8a53a3ca166560568e716d492903c9f60f62245daa5ae0a49c42285af68e865260018060a01b0316838501526060840152013560808201526080815261098860a082612f25565b91939260405160208101908160208851919801905f5b818110613b06575050509081613ab36001600160401b039493613125989903601f198101835282612f25565b5190206040519360208501957fa4913159d3ceb9ab00334b86fd223d656bbe5d0086def2e26c764f9ba3714c6b87526040860152606085015260808401521660a082015260a0815261098860c082612f25565b82516001600160a01b03168a526020998a019990920191600101613a87565b6131259060405160208101917f0b7c9ec0b3d03b8841ce8ccafdd4b16cf638439cfe733e9db88570395f4061aa8352604082015260408152610988606082612f25565b613b728180612fbf565b3690613b7d9261300c565b805190602001209060208101613b939082613208565b906040518091602082018094613ba89261323d565b03601f1981018252613bba9082612f25565b51902090613bca60408201613199565b90613bd760608201613690565b613be360808301613199565b613bef60a0840161349e565b91613bfd60e0850185613208565b906040518091602082018094613c129261323d565b03601f1981018252613c249082612f25565b519020946040519660208801987f892ac2f1b6aa1f08181e737b9a723ad2dfb0cb82b2deb9724c61ef313fb586918a526040890152606088015260ff1660808701526001600160401b031660a086015260ff1660c0850152151560e084015260c0013561010083015261012082015261012081526137e061014082612f25565b63ffffffff60019116019063ffffffff821161172e57565b90613cc792916144ad565b5f52600460205260ff60405f20541690565b467f000000000000000000000000000000000000000000000000000000000000000003613d24577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f40946f38d79ad05e61b50c09332cf661df09eac182f360016073ef8f2e9212cf60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261350260c082612f25565b613dbe613cd9565b9060405190602082019261190160f01b84526022830152604282015260428152613502606282612f25565b90613df382612f46565b613e006040519182612f25565b8281528092613e11601f1991612f46565b0190602036910137565b9190811015612e605760051b81013590603e1981360301821215610269570190565b9095949392938083106127795750613e5482613de9565b955f945f52600960205260405f209063ffffffff5f9516945b848110613e7d5750505050505050565b613e8b6126a8828785613e1b565b966001600160a01b0380891691168111156127675787815f52846020528763ffffffff60405f205416036127255785613ecc916126f16126e7868b89613e1b565b156127135790600191613edf828c613612565b5201613e6d565b6020810191613ef58383613208565b9290506040810160ff613f0782613199565b1615801561409b575b61407957509092905f5b83811061401e57505f9260e08201925b613f348484613208565b90508510156140175784613f5d6126a8613f4e8787613208565b6001600160a01b03949161355b565b1695861561400457865f5b848110613fd15750506001860180871161172e575b613f878686613208565b9050811015613fc3578781613fa26126a8613f4e8a8a613208565b1614613fb057600101613f7d565b8763df1e577360e01b5f5260045260245ffd5b509550600190940193613f2a565b8181613fe36126a8613f4e888b613208565b1614613ff157600101613f68565b5063df1e577360e01b5f5260045260245ffd5b8663df1e577360e01b5f5260045260245ffd5b5050505050565b806140326126a8613f4e8686999799613208565b168015611dd7576001820180831161172e575b858110614059575050600101939193613f1a565b818161406b6126a8613f4e8b89613208565b1614613ff157600101614045565b60ff6140858592613199565b63b8f1f4df60e01b5f521660045260245260445ffd5b508360ff6140a883613199565b1611613f10565b90600160401b8111610892578154918181558282106140cd57505050565b5f528060205f20019103905f5b8281106140e657505050565b5f828201556001016140da565b91929080549061410b63ffffffff8360201c16613ca4565b9167ffffffff000000008360201b169067ffffffff00000000191617815560ff61413760408701613199565b1660ff1982541617815561414d60608601613690565b815461ff0061415e60808901613199565b60081b16906fffffffffffffffff000000000000000062ff000061418460a08b0161349e565b151560101b169360401b16906fffffffffffffffff0000000000ffff0019161717179055825f52600960205260405f20905f9263ffffffff602087019216935b6141ce8388613208565b905081101561421557806141f16126a86001936141eb878c613208565b9061355b565b828060a01b03165f528460205260405f208663ffffffff19825416179055016141c4565b50949250614224915082613208565b90835f52600760205260405f20906001600160401b0383116108925761424a83836140af565b905f5260205f205f5b8381106142c257505050508060e061426c920190613208565b915f52600860205260405f20906001600160401b0383116108925761429183836140af565b905f5260205f205f5b8381106142a75750505050565b60019060206142b58561348a565b940193818401550161429a565b60019060206142d08561348a565b9401938184015501614253565b604183036143bd578260201161026957813591836040116102695760208101359360401015612e60576040013560f81c90600282106143ab575b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084118015614388575b614380576020935f9360ff60809460405194855216868401526040830152606082015282805260015afa15614375575f5190565b6040513d5f823e3d90fd5b505050505f90565b5060ff8216601b811415908161439f575b50614341565b601c915014155f614399565b90601b0160ff811161172e5790614317565b5050505f90565b9392919060035480840361449757506002549160ff8360201c1680821061448157506143ef81613de9565b9563ffffffff5f94165f5b838110614417575050505050506001810180911161172e57600355565b6144256126a8828688613e1b565b956001600160a01b0380881691168111156127675786815f5260016020528363ffffffff60405f205416036127255784614467916126f16126e7868a8c613e1b565b15612713579060019161447a828c613612565b52016143fa565b906322c1720560e21b5f5260045260245260445ffd5b83633ddd513160e01b5f5260045260245260445ffd5b916040519160ff60208401941684526040830152606082015260608152613502608082612f25565b906001600160a01b036144e98585846142dd565b1680151590816145b3575b506145aa57813b15614380575f93614528859461097a6040519384926020840196630b135d3f60e11b8852602485016134ab565b51915afa3d156145a3573d61453c81612ff1565b9061454a6040519283612f25565b81523d5f602083013e5b81614595575b81614563575090565b905060208180518101031261026957602001516001600160e01b031981169081900361026957630b135d3f60e11b1490565b90506020815110159061455a565b6060614554565b50505050600190565b6001600160a01b0384161490505f6144f456fea26469706673582212205cd68b6940d11361231289082dc3adc87273f931637792bb7e3752f1bf53631664736f6c63430008250033",
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

// PackGetPackages is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x833a2186.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPackages(string[] names) view returns((bool,uint8,uint8,bool,uint64)[] out)
func (vouchRegistry *VouchRegistry) PackGetPackages(names []string) []byte {
	enc, err := vouchRegistry.abi.Pack("getPackages", names)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPackages is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x833a2186.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPackages(string[] names) view returns((bool,uint8,uint8,bool,uint64)[] out)
func (vouchRegistry *VouchRegistry) TryPackGetPackages(names []string) ([]byte, error) {
	return vouchRegistry.abi.Pack("getPackages", names)
}

// UnpackGetPackages is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x833a2186.
//
// Solidity: function getPackages(string[] names) view returns((bool,uint8,uint8,bool,uint64)[] out)
func (vouchRegistry *VouchRegistry) UnpackGetPackages(data []byte) ([]VouchRegistryPolicyView, error) {
	out, err := vouchRegistry.abi.Unpack("getPackages", data)
	if err != nil {
		return *new([]VouchRegistryPolicyView), err
	}
	out0 := *abi.ConvertType(out[0], new([]VouchRegistryPolicyView)).(*[]VouchRegistryPolicyView)
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
// Solidity: function getReleases(bytes32[] keys) view returns((bytes32,uint8,uint64,uint8,uint8,bool,bool,bool)[] out)
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
// Solidity: function getReleases(bytes32[] keys) view returns((bytes32,uint8,uint64,uint8,uint8,bool,bool,bool)[] out)
func (vouchRegistry *VouchRegistry) TryPackGetReleases(keys [][32]byte) ([]byte, error) {
	return vouchRegistry.abi.Pack("getReleases", keys)
}

// UnpackGetReleases is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6eb3c12.
//
// Solidity: function getReleases(bytes32[] keys) view returns((bytes32,uint8,uint64,uint8,uint8,bool,bool,bool)[] out)
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
// the contract method with ID 0x76c469a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish((string,string,bytes,bytes32,uint256,bytes20,string) r, (address,bytes)[] sigs, (bytes32,bytes32,bytes32,uint8,uint8,bytes32,bytes32) s, bytes scoreSig, uint64 readyAt, bytes coordinatorSig) returns()
func (vouchRegistry *VouchRegistry) PackPublish(r VouchRegistryRelease, sigs []VouchRegistrySig, s VouchRegistryScoreFields, scoreSig []byte, readyAt uint64, coordinatorSig []byte) []byte {
	enc, err := vouchRegistry.abi.Pack("publish", r, sigs, s, scoreSig, readyAt, coordinatorSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76c469a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish((string,string,bytes,bytes32,uint256,bytes20,string) r, (address,bytes)[] sigs, (bytes32,bytes32,bytes32,uint8,uint8,bytes32,bytes32) s, bytes scoreSig, uint64 readyAt, bytes coordinatorSig) returns()
func (vouchRegistry *VouchRegistry) TryPackPublish(r VouchRegistryRelease, sigs []VouchRegistrySig, s VouchRegistryScoreFields, scoreSig []byte, readyAt uint64, coordinatorSig []byte) ([]byte, error) {
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
// the contract method with ID 0x1e66ad23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revoke((string,string,bytes,string) r, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) PackRevoke(r VouchRegistryRevoke, sigs []VouchRegistrySig) []byte {
	enc, err := vouchRegistry.abi.Pack("revoke", r, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e66ad23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revoke((string,string,bytes,string) r, (address,bytes)[] sigs) returns()
func (vouchRegistry *VouchRegistry) TryPackRevoke(r VouchRegistryRevoke, sigs []VouchRegistrySig) ([]byte, error) {
	return vouchRegistry.abi.Pack("revoke", r, sigs)
}

// PackRevokeDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac775b6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeDigest((string,string,bytes,string) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) PackRevokeDigest(r VouchRegistryRevoke) []byte {
	enc, err := vouchRegistry.abi.Pack("revokeDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac775b6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeDigest((string,string,bytes,string) r) view returns(bytes32)
func (vouchRegistry *VouchRegistry) TryPackRevokeDigest(r VouchRegistryRevoke) ([]byte, error) {
	return vouchRegistry.abi.Pack("revokeDigest", r)
}

// UnpackRevokeDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac775b6f.
//
// Solidity: function revokeDigest((string,string,bytes,string) r) view returns(bytes32)
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
	Score         VouchRegistryScoreFields
	Scorer        common.Address
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
// Solidity: event Published(bytes32 indexed releaseKey, bytes32 indexed packageKey, bytes32 releaseDigest, (string,string,bytes,bytes32,uint256,bytes20,string) release, address[] signers, bytes32 scoreDigest, (bytes32,bytes32,bytes32,uint8,uint8,bytes32,bytes32) score, address scorer, address coordinator)
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
// Solidity: event Revoked(bytes32 indexed releaseKey, (string,string,bytes,string) revoke, address[] signers)
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
