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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyEnrolled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"maintainer\",\"type\":\"address\"}],\"name\":\"BadMaintainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"BadRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maintainers\",\"type\":\"uint256\"}],\"name\":\"BadThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"BaseMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"valid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BelowThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ContentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DuplicateOrUnsortedSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"}],\"name\":\"NotEnrolled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"NotPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"}],\"name\":\"ReleaseMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"}],\"name\":\"ScoreBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ScoreMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ScoreRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"UnknownEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"UnregisteredCoordinator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"UnregisteredScorer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"VetoWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"}],\"name\":\"Vetoed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"}],\"name\":\"BatchAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"EnclaveRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"EnclaveRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"policy\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"Enrolled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"policy\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"PolicyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Release\",\"name\":\"release\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"Published\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"ReceiptRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"revoke\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"Revoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Score\",\"name\":\"score\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"scorer\",\"type\":\"address\"}],\"name\":\"ScoreRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"grantDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"TokenGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VetoRecorded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ROLE_COORDINATOR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_SCORER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"name\":\"anchorBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest_\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"authorizationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"batchRoots\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"changePolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"enclaveRole\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"enclaves\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"retired\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"enroll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"enrollmentDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"getPackage\",\"outputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"enrolled\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"tokenNonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tokenGrant\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastContentHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PackageView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"names\",\"type\":\"string[]\"}],\"name\":\"getPackages\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"enrolled\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"}],\"internalType\":\"structVouchRegistry.PolicyView[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"keys\",\"type\":\"bytes32[]\"}],\"name\":\"getReleases\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"signerCount\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"hasScore\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"npmPublished\",\"type\":\"bool\"}],\"internalType\":\"structVouchRegistry.ReleaseView[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.TokenGrant\",\"name\":\"g\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"grantToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"releaseDigest_\",\"type\":\"bytes32\"}],\"name\":\"isVetoed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"enrollmentDigest_\",\"type\":\"bytes32\"}],\"name\":\"nameControlDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"policyDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.Score\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"scoreSig\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"publish\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"receiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"recordReceipt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"registerEnclave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"releaseDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"}],\"name\":\"releaseKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"retireEnclave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"revokeDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.Score\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"scoreDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.TokenGrant\",\"name\":\"g\",\"type\":\"tuple\"}],\"name\":\"tokenGrantDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyBatchProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Veto\",\"name\":\"v\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig\",\"name\":\"sig\",\"type\":\"tuple\"}],\"name\":\"veto\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Veto\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"vetoDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "VouchRegistry",
	Bin: "0x60e080604052346101115760208161378a803803809161001f8285610115565b83398101031261011157516001600160a01b0381168103610111576080524660a05260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f40946f38d79ad05e61b50c09332cf661df09eac182f360016073ef8f2e9212cf60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a081526100d360c082610115565b51902060c05260405161363d908161014d82396080518181816102260152818161187b0152612201015260a05181612f75015260c05181612f9b0152f35b5f80fd5b601f909101601f19168101906001600160401b0382119082101761013857604052565b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306f130561461239c575080630a188a061461235e5780632bf1129d1461232057806356abb70b146122ca578063572be4b3146122af5780635789c4bf146122305780635aa6e675146121ec5780635bc45e3914611a415780636126315c14611a0357806368e2f979146119cb5780636ce5b92c146119b0578063769a796914611821578063807df5e5146117d6578063833a21861461162357806385af35c7146114355780638762b823146113f757806387c60483146111f6578063902f551414610f8257806392e9573214610cc85780639331309b14610c8957806397077da914610bbb578063a6eb3c1214610992578063b21b55581461082f578063b8bfa49b14610817578063bb549656146107e9578063cf262f4d1461073d578063cfdb1929146106c4578063d4ac76e0146106a6578063d7fe65761461068e578063d96e8c4a1461046e578063e8f3cb0b146102dc578063f44802b71461020b578063f698da25146101e95763faeedb0714610192575f80fd5b346101e55760203660031901126101e5576001600160a01b036101b361244d565b165f526007602052606060405f206001815491015460ff60405192818116845260081c16151560208301526040820152f35b5f80fd5b346101e5575f3660031901126101e5576020610203612f72565b604051908152f35b346101e55760203660031901126101e55761022461244d565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036102cd576001600160a01b03165f818152600760205260409020805460ff81161580156102c0575b6102ad5761ff0019166101001790557ff17fd005cf432a683ad4956f08cdadde59b31c87f827fe6483731155f4347a195f80a2005b8263ac88b76760e01b5f5260045260245ffd5b5060ff8160081c16610278565b632d5be4cb60e21b5f5260045ffd5b346101e55760403660031901126101e5576004356001600160401b0381116101e55780600401606060031983360301126101e5576024356001600160401b0381116101e55761032f9036906004016123e3565b929061034561033e8480612571565b36916125be565b6020815191012092835f525f60205260405f20805460ff8160181c161561045b5763ffffffff8160c01c16966044860135888103610444575083602495937f1362e568f2050443dfd2c026055926705f1b8ba0d6902b3a1c48a78384893ae79899936103d261040b946103ba61043f99612960565b978d60ff85169263ffffffff8660201c16928b6131bd565b9463ffffffff60c01b906103e590612f5a565b60c01b169063ffffffff60c01b1916179055885f5260056020528360405f205580612571565b9490956104256040519788976080895260808901916127a6565b936020870152013560408501528382036060850152612477565b0390a2005b8890633ddd513160e01b5f5260045260245260445ffd5b8563578fa2a560e11b5f5260045260245ffd5b346101e55760403660031901126101e5576004356001600160401b0381116101e5578060040190608060031982360301126101e5576024356001600160401b0381116101e5576104c29036906004016123e3565b926104d061033e8280612571565b60208151910120805f525f60205260405f20549260ff8460181c161561067b579082916105008361051895612571565b6024880195916105108787612571565b9290916126f2565b96875f52600360205260405f20926002840194855460581c946001861615610668576004861661065557600101549260448a0135809403610642577fbfd1609d5daf321fab1dffb9cea829f98fdbf7908170bc31d28f20a67a7e4170996105ce61043f98600460ff6105af6106159e6106349b6106229a60649961059b8c6125f4565b9263ffffffff8786169560201c16936131bd565b835460ff60581b191691909b169190911760581b60ff60581b16179055565b604051998a9960408b526106036105fc8c60c06105eb8980612775565b9190926080604082015201916127a6565b9186612775565b8c8303603f190160608e0152906127a6565b9460808a01520190612775565b868303603f190160a0880152906127a6565b908382036020850152612477565b8a634063b6b960e01b5f5260045260245ffd5b8a6390315de160e01b5f5260045260245ffd5b8a634a1c17ab60e11b5f5260045260245ffd5b5063578fa2a560e11b5f5260045260245ffd5b346101e55760206102036106a1366124b3565b612e7e565b346101e55760203660031901126101e5576020610203600435612e3b565b346101e55760403660031901126101e5576004356001600160401b0381116101e55761033e6106f79136906004016123b6565b602081519101206040516020810191825260243560408201526040815261071f606082612539565b5190205f526006602052602060ff60405f2054166040519015158152f35b346101e55760803660031901126101e5576044356001600160401b0381116101e557366023820112156101e5578060040135906107798261255a565b916107876040519384612539565b8083526024602084019160051b830101913683116101e557602401905b8282106107d157606435846001600160401b03821682036101e55760209161020391602435600435612d87565b602080916107de84612463565b8152019101906107a4565b346101e55760203660031901126101e557602061080c61080761244d565b612d58565b60ff60405191168152f35b346101e557602061020361082a366124b3565b612c5a565b346101e55760403660031901126101e5576004356001600160401b0381116101e557806004019060e060031982360301126101e5576024356001600160401b0381116101e5576108839036906004016123e3565b909261089261033e8280612571565b6020815191012092835f525f60205260405f209485549160ff8360181c161561045b5760c40135936001600160401b038360801c169485810361097b57509561095961093161092b61095f9587958a7f87f396e800ef25e1183c599de8bfb39fbeceb62f9d7ed277ffe4850a99f154b29b9c61090d8961334d565b61091689612c5a565b9263ffffffff60ff86169560201c16936131bd565b96612757565b825467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178255565b8661344a565b61043f61096c8280612571565b939092604051948594856129ff565b8590633ddd513160e01b5f5260045260245260445ffd5b346101e55760203660031901126101e5576004356001600160401b0381116101e5576109c29036906004016123e3565b906109cc8261255a565b916109da6040519384612539565b808352601f196109e98261255a565b015f5b818110610b6d5750505f5b818110610ab157836040518091602082016020835281518091526020604084019201905f5b818110610a2a575050500390f35b919350916020610120600192610100875180518352848101518584015260ff60408201511660408401526001600160401b03606082015116606084015260ff608082015116608084015260ff60a08201511660a084015260c0810151151560c084015260e0810151151560e084015201511515610100820152019401910191849392610a1c565b80610abf6001928486612881565b355f52600360205260405f2060028101548060581c84811615610b655760ff60089286855495015460405195610af48761251d565b86526020860152818160401c1660408601526001600160401b0381166060860152818160481c16608086015260501c1660a084015260028116151560c084015260048116151560e0840152161515610100820152610b528287612938565b52610b5d8186612938565b505b016109f7565b505050610b5f565b602090604051610b7c8161251d565b5f81525f838201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f610100820152828288010152016109ec565b346101e55760403660031901126101e5576004356024359063ffffffff82168092036101e55781158015610c81575b610c725760085490600160401b821015610c5e5760209260018301600855610c1183612413565b81549060031b9084821b915f19901b191617905560405191825283820152817fba922dd42da8d21670fe2a5c0469a2226d1cfc359e9032f6ee9003c08e3b908c60403393a3604051908152f35b634e487b7160e01b5f52604160045260245ffd5b63c2e5347d60e01b5f5260045ffd5b508015610bea565b346101e55760203660031901126101e5576004356001600160401b0381116101e55761014060031982360301126101e557610203602091600401612b24565b346101e55760603660031901126101e5576004356001600160401b0381116101e557806004019060e060031982360301126101e5576024356001600160401b0381116101e557610d1c9036906004016123e3565b9190926044356001600160401b0381116101e557610d3e9036906004016123b6565b9094610d4d61033e8480612571565b6020815191012093845f525f60205260405f209586549360ff8560181c16610f6f5760c483013580610f595750610d9f90610d878761334d565b610d9087612e7e565b99610d9a8b612e3b565b613082565b6001600160a01b03811698908915908115610f41575b50610f2e5760449697985060ff610ddb610dd260248601896129ca565b99909501612749565b16808310610f185750610ded82613169565b965f945f5b848110610e39578a7f92eafe82c193b78a33241dea42b99ad4549d9c1919195f156496476350fa5ee18b8b8f8161095f9163010000008f63ff00000019161781558661344a565b610e4c610e4782878561319b565b61294c565b966001600160a01b038089169116811115610f0657875f5f5b868110610ed7575b5015610ec45785610e9891610e90610e86868b8961319b565b6020810190612571565b929091613266565b15610eb25790600191610eab828d612938565b5201610df2565b633615713d60e21b5f5260045260245ffd5b50636bf4516160e11b5f5260045260245ffd5b836001600160a01b03610eee610e47848b8f612881565b1614610efc57600101610e65565b505060018f610e6d565b633a60a2b160e21b5f5260045260245ffd5b826322c1720560e21b5f5260045260245260445ffd5b8863f0c1e7f360e01b5f5260045260245ffd5b60019150610f5060ff91612d58565b1614158a610db5565b633ddd513160e01b5f526004525f60245260445ffd5b8663751e652f60e11b5f5260045260245ffd5b346101e55760c03660031901126101e5576004356001600160401b0381116101e5578060040160a060031983360301126101e55760803660231901126101e55760a4356001600160401b0381116101e557610fe19036906004016123b6565b610fed839492946127c6565b906024358092036111e3576044359460643561ffff8116928382036101e557611072915060843592610d9a60405160208101907fd9c3fd755eeac0eedd0a3b573067f84c7da9d09c2c614cb27e7040cc764bddfd82528860408201528b60608201528760808201528660a082015260a0815261106a60c082612539565b51902061304f565b6001600160a01b038116929083159081156111cb575b506111b8576110a861109a8780612571565b90610510602489018a612571565b96875f52600360205260405f206002810196875460581c9860018a1615610668576110dc61033e8454926044850190612571565b6020815191012014918215926111a3575b5050611190577f49adfe0b0bfad17c3e2dde63ae4da574cafe70631f900baf5d2be02a407dd7c09660a09660c861ffff611125612738565b1610158061117a575b611152575b50506040519485526020850152604084015260608301526080820152a2005b805460ff60581b191660ff9290921660081760581b60ff60581b169190911790558880611133565b5061012c61ffff611189612738565b161061112e565b87634063b6b960e01b5f5260045260245ffd5b606491925060010154910135141589806110ed565b8263f0c1e7f360e01b5f5260045260245ffd5b600191506111da60ff91612d58565b16141588611088565b506310f97b7f60e01b5f5260045260245ffd5b346101e55760203660031901126101e5576004356001600160401b0381116101e5576112296112779136906004016123b6565b5f61012060405161123981612501565b606081528260208201528260408201528260608201528260808201528260a08201528260c08201528260e082015282610100820152015236916125be565b60208151910120805f525f60205260405f2090805f52600160205260405f209154815f52600560205260405f2054915f52600460205260405f2054604051926112bf84612501565b60405180602087549182815201965f5260205f20905f5b8181106113d8575050506112f08161016096970382612539565b8552602085019260ff8116845285604081016001600160401b038360401c1681526060820160ff8460081c16815260ff6080840191818660101c16151583526001600160401b0360a0860194818860801c16865263ffffffff60e060c0890198868b60181c1615158a52019860c01c1688526101008d019889526101208d01998a52836113936040519e8f9e8f9160208352519161014060208201520190612477565b9b511660408d0152511660608b01525116608089015251151560a08801525160c087015251151560e08601525161010085015251610120840152516101408301520390f35b82546001600160a01b03168952602090980197600192830192016112d6565b346101e55760203660031901126101e5576004356001600160401b0381116101e557606060031982360301126101e557610203602091600401612960565b346101e55760603660031901126101e5576004356001600160401b0381116101e5576114659036906004016123b6565b602435916001600160401b0383116101e55782600401604060031985360301126101e557604435926001600160401b0384116101e5578360040192604060031986360301126101e5576114b99136916125be565b6020815191012092835f525f60205260405f20549260ff8460181c1615611610576114e38161294c565b93855f52600260205260405f2060018060a01b0386165f5260205263ffffffff8060405f2054169160201c16036115f2579061152f61153692602461152786612691565b930190612571565b9185613266565b156115d1577f5a21bfbbc0ea5cbf3a5b6e74044a5bf73bb479b9b6970c626b386f2826f06497916115a98260246115cc94359760405160208101908982528a604082015260408152611589606082612539565b5190205f52600660205260405f20600160ff198254161790550190612571565b929060405193849360018060a01b031684526040602085015260408401916127a6565b0390a3005b50633615713d60e21b5f9081526001600160a01b0391909116600452602490fd5b636bf4516160e11b5f9081526001600160a01b038516600452602490fd5b8463578fa2a560e11b5f5260045260245ffd5b346101e55760203660031901126101e5576004356001600160401b0381116101e5576116539036906004016123e3565b61165c8161255a565b9161166a6040519384612539565b818352601f196116798361255a565b015f5b8181106117a15750505f5b8281101561171e576001906116a461033e8260051b850185612571565b602081519101205f525f60205260405f20546001600160401b03604051916116cb836124e6565b60ff8160181c161515835260ff8116602084015260ff8160081c16604084015260ff8160101c161515606084015260401c16608082015261170c8287612938565b526117178186612938565b5001611687565b836040518091602082016020835281518091526020604084019201905f5b81811061174a575050500390f35b91935091602060a06001926001600160401b036080885180511515845260ff86820151168685015260ff6040820151166040850152606081015115156060850152015116608082015201940191019184939261173c565b6020906040516117b0816124e6565b5f81525f838201525f60408201525f60608201525f60808201528282880101520161167c565b346101e55760603660031901126101e5576044356001600160401b0381116101e55761181761180b60209236906004016123e3565b90602435600435612891565b6040519015158152f35b346101e55760803660031901126101e55760043560ff81168091036101e5576024356001600160a01b03811691908290036101e5576044356064356001600160401b0381116101e5576118789036906004016123b6565b917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036102cd576001841415806119a5575b61199257841561197f57845f52600760205260ff60405f20541661196c576040519260608401908482106001600160401b03831117610c5e577ff65fb91803c577cec74b1916761e9328ba15c68c3aa62401e7b12e54292744a9946115cc926040528681526001602082015f815260408301908682528a5f52600760205260ff8060405f209551161660ff1985541617845551151561ff0084549160081b169061ff001916178355519101556040519384938461286a565b846345ed80e960e01b5f5260045260245ffd5b8463ac88b76760e01b5f5260045260245ffd5b83638cf197f160e01b5f5260045260245ffd5b5060028414156118b4565b346101e5575f3660031901126101e557602060405160028152f35b346101e55760203660031901126101e5576004356008548110156101e5576119f4602091612413565b90549060031b1c604051908152f35b346101e55760203660031901126101e5576004356001600160401b0381116101e55760a060031982360301126101e5576102036020916004016127c6565b346101e55760c03660031901126101e5576001600160401b03600435116101e55760a0600435360360031901126101e5576024356001600160401b0381116101e557611a919036906004016123e3565b906001600160401b03604435116101e557610140604435360360031901126101e5576064356001600160401b0381116101e557611ad29036906004016123b6565b9190608435916001600160401b03831683036101e55760a4356001600160401b0381116101e557611b079036906004016123b6565b9093909190611b1d61033e600480350180612571565b6020815191012095865f525f60205260405f2080549460ff8660181c16156121d9576001600160401b038660801c1660846004350135036121b057611b7e611b69600480350180612571565b90610510602460043501600435600401612571565b97885f52600360205260405f209460028601549460018660581c1661219d576001600160401b038960401c166001600160401b03831601806001600160401b038416116120ab5780421061218b575060ff8916905f8080831561215c57505050611bf790611bf0604435600401612b24565b9b8c613082565b976001600160a01b038916158015612146575b612128578b611c36611c2160046044350180612571565b90610510602460443501604435600401612571565b03612115576064600435013560448035013503612102578c5f52600460205260405f20549d8e606460443501359081036120eb57508d9e50611c7f60c49d9e9d60443501612749565b60ff808d60081c1691161061208a575b60029769ff000000000000000000611cab60c460443501612749565b60481b1660ff60501b611cc260443560e401612749565b60501b16916affff0000000000000000001916171760028a01555b611ceb6004356004016127c6565b9c8d6040519060208201928352604082015260408152611d0c606082612539565b5190205f52600660205260ff60405f20541661207757928c8f611d549694610d9a948f9d9c9b9a999792611d4c9363ffffffff8c5460201c1692866131bd565b9a8b91612d87565b956001600160a01b038716158015612061575b612043577f5494c7d860f0cdc5ed3e1c288b2261a20dcf826c03b6ac3536223d32044c3fde989694611e68611f1895600260018f978f9661033e9e9c98611dbc6001600160401b03611de49360801c16612757565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16179055565b60646004350135985f5260046020528860405f2055611e0f6044600435019e8f600435600401612571565b805160209190910120845581840189905591909201805487516bff0000ffffffffffffffffff19909116426001600160401b03161760409190911b68ff000000000000000016179190921760581b60ff60581b16179055565b86611f33575b5050611ef7604051978897885260a06020890152611ee5611ed9611eb38a60a080611ea3600435600401600435600401612775565b92909301526101408d01916127a6565b611ec7602460043501600435600401612775565b8c8303609f190160c08e0152906127a6565b91600435600401612775565b898303609f190160e08b0152906127a6565b91610100870152608460043501356101208701528582036040870152612477565b60608401929092526001600160a01b031660808301520390a3005b604051878152606060208201527fe027c00e602067af7dcfb18a054cb5f68e812376386d804b00f5c1deeb51f7b2918190611fb2611f8c611f7960046044350180612775565b61014060608701526101a08601916127a6565b611fa0602460443501604435600401612775565b858303605f19016080870152906127a6565b9060448035013560a08401526064604435013560c08401526084604435013560e084015260a4604435013561010084015260ff611ff360c46044350161243f565b1661012084015260ff61200a60e46044350161243f565b1661014084015260443561010481013561016085015261012401356101808401526001600160a01b031660408301520390a2888b611e6e565b63f0c1e7f360e01b5f9081526001600160a01b038816600452602490fd5b50600160ff61206f89612d58565b161415611d67565b8c630192991360e31b5f5260045260245ffd5b919b5060ff8a60101c166120bf5760018c01809c116120ab578d9b91611c8f565b634e487b7160e01b5f52601160045260245ffd5b60ff8a816120d160c460443501612749565b6373f170f560e11b5f521660045260081c1660245260445ffd5b8f9063e7dd969160e01b5f5260045260245260445ffd5b8b634063b6b960e01b5f5260045260245ffd5b8b63232ab41d60e01b5f5260045260245ffd5b6347c2dc9f60e01b5f9081526001600160a01b038a16600452602490fd5b50600260ff6121548b612d58565b161415611c0a565b98509991509a5060ff8a60081c16612178578c9d9c9b9c611cdd565b8b630138a06760e21b5f5260045260245ffd5b63fdf28aed60e01b5f5260045260245ffd5b8a636857728b60e11b5f5260045260245ffd5b6001600160401b0386633ddd513160e01b5f526084600435013560045260801c1660245260445ffd5b8863578fa2a560e11b5f5260045260245ffd5b346101e5575f3660031901126101e5576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101e55760803660031901126101e55760443561ffff8116908181036101e5576020916102039150604051838101917fd9c3fd755eeac0eedd0a3b573067f84c7da9d09c2c614cb27e7040cc764bddfd835260043560408301526024356060830152608082015260643560a082015260a0815261106a60c082612539565b346101e5575f3660031901126101e557602060405160018152f35b346101e55760403660031901126101e5576004356001600160401b0381116101e5576122fa9036906004016123b6565b602435906001600160401b0382116101e5576020926105106102039336906004016123b6565b346101e55760203660031901126101e5576004356001600160401b0381116101e557604060031982360301126101e557610203602091600401612691565b346101e55760203660031901126101e5576004356001600160401b0381116101e557608060031982360301126101e5576102036020916004016125f4565b346101e5575f3660031901126101e5576020906008548152f35b9181601f840112156101e5578235916001600160401b0383116101e557602083818601950101116101e557565b9181601f840112156101e5578235916001600160401b0383116101e5576020808501948460051b0101116101e557565b60085481101561242b5760085f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b359060ff821682036101e557565b600435906001600160a01b03821682036101e557565b35906001600160a01b03821682036101e557565b90602080835192838152019201905f5b8181106124945750505090565b82516001600160a01b0316845260209384019390920191600101612487565b60206003198201126101e557600435906001600160401b0382116101e55760e09082900360031901126101e55760040190565b60a081019081106001600160401b03821117610c5e57604052565b61014081019081106001600160401b03821117610c5e57604052565b61012081019081106001600160401b03821117610c5e57604052565b90601f801991011681019081106001600160401b03821117610c5e57604052565b6001600160401b038111610c5e5760051b60200190565b903590601e19813603018212156101e557018035906001600160401b0382116101e5576020019181360383136101e557565b6001600160401b038111610c5e57601f01601f191660200190565b9291926125ca826125a3565b916125d86040519384612539565b8294818452818301116101e5578281602093845f960137010152565b61268e9061260561033e8280612571565b602081519101209061261d61033e6020830183612571565b6020815191012090604061263761033e6060840184612571565b602081519101209181519360208501957f2768d6ee570344584ad12c385b0034aa09e71b940c5be6c064b326fa0f4e8c8087528386015260608501520135608083015260a082015260a0815261106a60c082612539565b90565b61268e906126a561033e6020830183612571565b602081519101206040519060208201927fc0356a00e4c63dfef8a70a9d52671cb0ff2954340b7ee49289119e31a27149bf845235604083015260608201526060815261106a608082612539565b929161273291602084600193604051968488958587019a8b37850191600160fe1b85840152602183013701015f838201520301601f198101835282612539565b51902090565b60643561ffff811681036101e55790565b3560ff811681036101e55790565b6001600160401b036001911601906001600160401b0382116120ab57565b9035601e19823603018112156101e55701602081359101916001600160401b0382116101e55781360383136101e557565b908060209392818452848401375f828201840152601f01601f1916010190565b61268e906127d761033e8280612571565b602081519101209060806127f161033e6020840184612571565b602081519101209161280961033e6040830183612571565b602081519101206040519360208501957fbc6f9ab98bf0443c9049fab77dc4cf24654df4fe709f45bce7bf6d17f0efb7f487526040860152606085015282840152606081013560a0840152013560c082015260c0815261106a60e082612539565b60409061268e9492815281602082015201916127a6565b919081101561242b5760051b0190565b909392919360085482101561293057915f905b8082106128c45750506128b991929350612413565b90549060031b1c1490565b90926001906128d4858489612881565b35808210156129085760405190602082019283526040820152604081526128fc606082612539565b5190205b9301906128a4565b906040519060208201928352604082015260408152612928606082612539565b519020612900565b505f93505050565b805182101561242b5760209160051b010190565b356001600160a01b03811681036101e55790565b61268e9061297161033e8280612571565b6020815191012090604080519160208301937f4deb55fe65f4ce7359351e4fb66fcf816ab81dea3569c13941f8a4e6b9d98d5d85528284015260208101356060840152013560808201526080815261106a60a082612539565b903590601e19813603018212156101e557018035906001600160401b0382116101e557602001918160051b360383136101e557565b92939190612a15916060855260608501916127a6565b918083036020820152612a39612a2b8580612775565b60e0865260e08601916127a6565b926020850135601e19863603018112156101e5578501602081359101946001600160401b0382116101e5578160051b360386136101e557808360209203828501528281520194905f5b818110612afe5750505060ff612a9a6040870161243f565b16604082015260608501356001600160401b0381168091036101e557606082015260ff612ac96080870161243f565b16608082015260a0850135948515158096036101e55760c0809161268e9760a085015201359101526040818403910152612477565b909195602080600192838060a01b03612b168b612463565b168152019701929101612a82565b61268e90612b3561033e8280612571565b6020815191012090610120612b5061033e6020840184612571565b602081519101209160ff612b6660c08301612749565b81612b7360e08501612749565b916040519660208801987ff26b16806256fc977a19289fd593ce6d121cc82dc0e538c98d18d2f7d47039848a526040890152606088015260408501356080880152606085013560a0880152608085013560c088015260a085013560e08801521661010086015216828401526101008101356101408401520135610160820152610160815261106a61018082612539565b905f5b818110612c135750505090565b909192602080600192838060a01b03612c2b88612463565b168152019401929101612c06565b356001600160401b03811681036101e55790565b3580151581036101e55790565b61268e90612c6b61033e8280612571565b602081519101209060c0612caa612c9c612c8860208501856129ca565b929060405192839160208301958691612c03565b03601f198101835282612539565b51902091612cba60408201612749565b60ff612cc860608401612c39565b6001600160401b03612cdc60808601612749565b9183612cea60a08801612c4d565b956040519960208b019b7fa374a146887187d0d3c43efe10aeb64b15a8a77d5319dc9a883225f2c77b4e928d5260408c015260608b01521660808901521660a08701521683850152151560e0840152013561010082015261106a61012082800301601f198101835282612539565b6001600160a01b03165f90815260076020526040902054600881901c60ff1615612d8157505f90565b60ff1690565b91939260405160208101908160208851919801905f5b818110612e1c575050509081612dc96001600160401b03949361268e989903601f198101835282612539565b5190206040519360208501957fa4913159d3ceb9ab00334b86fd223d656bbe5d0086def2e26c764f9ba3714c6b87526040860152606085015260808401521660a082015260a0815261106a60c082612539565b82516001600160a01b03168a526020998a019990920191600101612d9d565b61268e9060405160208101917f0b7c9ec0b3d03b8841ce8ccafdd4b16cf638439cfe733e9db88570395f4061aa835260408201526040815261106a606082612539565b61268e90612e8f61033e8280612571565b602081519101209060c0612eac612c9c612c8860208501856129ca565b51902091612ebc60408201612749565b60ff612eca60608401612c39565b6001600160401b03612ede60808601612749565b9183612eec60a08801612c4d565b956040519960208b019b7f0f913abc6b54c6a793f85b9a98727a3802d953e7a00033189993d02e9e8cd5308d5260408c015260608b01521660808901521660a08701521683850152151560e0840152013561010082015261106a61012082800301601f198101835282612539565b63ffffffff60019116019063ffffffff82116120ab57565b467f000000000000000000000000000000000000000000000000000000000000000003612fbd577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f40946f38d79ad05e61b50c09332cf661df09eac182f360016073ef8f2e9212cf60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261273260c082612539565b613057612f72565b9060405190602082019261190160f01b84526022830152604282015260428152612732606282612539565b6041830361316257826020116101e557813591836040116101e5576020810135936040101561242b576040013560f81c9060028210613150575b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411801561312d575b613125576020935f9360ff60809460405194855216868401526040830152606082015282805260015afa1561311a575f5190565b6040513d5f823e3d90fd5b505050505f90565b5060ff8216601b8114159081613144575b506130e6565b601c915014155f61313e565b90601b0160ff81116120ab57906130bc565b5050505f90565b906131738261255a565b6131806040519182612539565b8281528092613191601f199161255a565b0190602036910137565b919081101561242b5760051b81013590603e19813603018212156101e5570190565b909594939293808310610f1857506131d482613169565b955f945f52600260205260405f209063ffffffff5f9516945b8481106131fd5750505050505050565b61320b610e4782878561319b565b966001600160a01b038089169116811115610f065787815f52846020528763ffffffff60405f20541603610ec4578561324c91610e90610e86868b8961319b565b15610eb2579060019161325f828c612938565b52016131ed565b929091833b6132a1576001600160a01b0392613283929190613082565b16801515918261329257505090565b6001600160a01b031614919050565b915f93916132cb8594612c9c6040519384926020840196630b135d3f60e11b88526024850161286a565b51915afa3d15613346573d6132df816125a3565b906132ed6040519283612539565b81523d5f602083013e5b81613338575b81613306575090565b90506020818051810103126101e557602001516001600160e01b03198116908190036101e557630b135d3f60e11b1490565b9050602081511015906132fd565b60606132f7565b602081019061335c82826129ca565b9190506040810160ff61336e82612749565b16158015613436575b61341457505f5b82811061338b5750505050565b806133ab610e4761339c87866129ca565b6001600160a01b039491612881565b16801561340257600182018083116120ab575b8481106133cf57505060010161337e565b81816133e1610e4761339c8a896129ca565b16146133ef576001016133be565b5063df1e577360e01b5f5260045260245ffd5b63df1e577360e01b5f5260045260245ffd5b60ff6134208492612749565b63b8f1f4df60e01b5f521660045260245260445ffd5b508260ff61344383612749565b1611613377565b919281549161346163ffffffff8460201c16612f5a565b9267ffffffff0000000063ffffffff85169460201b169067ffffffff00000000191617815560ff61349460408701612749565b1660ff198254161781556134aa60608601612c39565b815461ff006134bb60808901612749565b60081b16906fffffffffffffffff000000000000000062ff00006134e160a08b01612c4d565b151560101b169360401b16906fffffffffffffffff0000000000ffff0019161717179055825f52600260205260405f20935f9160208201925b61352484846129ca565b905081101561356b5780613547610e4760019361354188886129ca565b90612881565b828060a01b03165f528760205260405f208663ffffffff198254161790550161351a565b50945061357892506129ca565b915f52600160205260405f20906001600160401b038311610c5e57600160401b8311610c5e5781548383558084106135dd575b50905f5260205f205f5b8381106135c25750505050565b60019060206135d08561294c565b94019381840155016135b5565b825f52838060205f20019103905f5b8281106135fa5750506135ab565b5f828201556001016135ec56fea26469706673582212208939fda968e3177d3f8f39323c81072a864d474ba1d3580c68751c20d2cf109a64736f6c63430008250033",
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
// Solidity: constructor(address governance_) returns()
func (vouchRegistry *VouchRegistry) PackConstructor(governance_ common.Address) []byte {
	enc, err := vouchRegistry.abi.Pack("", governance_)
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
// Solidity: function governance() view returns(address)
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
// Solidity: function governance() view returns(address)
func (vouchRegistry *VouchRegistry) TryPackGovernance() ([]byte, error) {
	return vouchRegistry.abi.Pack("governance")
}

// UnpackGovernance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (vouchRegistry *VouchRegistry) UnpackGovernance(data []byte) (common.Address, error) {
	out, err := vouchRegistry.abi.Unpack("governance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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
// the contract method with ID 0x769a7969.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerEnclave(uint8 role, address key, bytes32 measurement, bytes evidence) returns()
func (vouchRegistry *VouchRegistry) PackRegisterEnclave(role uint8, key common.Address, measurement [32]byte, evidence []byte) []byte {
	enc, err := vouchRegistry.abi.Pack("registerEnclave", role, key, measurement, evidence)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x769a7969.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerEnclave(uint8 role, address key, bytes32 measurement, bytes evidence) returns()
func (vouchRegistry *VouchRegistry) TryPackRegisterEnclave(role uint8, key common.Address, measurement [32]byte, evidence []byte) ([]byte, error) {
	return vouchRegistry.abi.Pack("registerEnclave", role, key, measurement, evidence)
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
// the contract method with ID 0xf44802b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireEnclave(address key) returns()
func (vouchRegistry *VouchRegistry) PackRetireEnclave(key common.Address) []byte {
	enc, err := vouchRegistry.abi.Pack("retireEnclave", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf44802b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireEnclave(address key) returns()
func (vouchRegistry *VouchRegistry) TryPackRetireEnclave(key common.Address) ([]byte, error) {
	return vouchRegistry.abi.Pack("retireEnclave", key)
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
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["DuplicateOrUnsortedSigner"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackDuplicateOrUnsortedSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["NotEnrolled"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackNotEnrolledError(raw[4:])
	}
	if bytes.Equal(raw[:4], vouchRegistry.abi.Errors["NotGovernance"].ID.Bytes()[:4]) {
		return vouchRegistry.UnpackNotGovernanceError(raw[4:])
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

// VouchRegistryNotGovernance represents a NotGovernance error raised by the VouchRegistry contract.
type VouchRegistryNotGovernance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGovernance()
func VouchRegistryNotGovernanceErrorID() common.Hash {
	return common.HexToHash("0xb56f932cae4ae1d955bbd63c6f7c50f21626333cb2a1e2c5cd94e7f82473bbe4")
}

// UnpackNotGovernanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGovernance()
func (vouchRegistry *VouchRegistry) UnpackNotGovernanceError(raw []byte) (*VouchRegistryNotGovernance, error) {
	out := new(VouchRegistryNotGovernance)
	if err := vouchRegistry.abi.UnpackIntoInterface(out, "NotGovernance", raw); err != nil {
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
