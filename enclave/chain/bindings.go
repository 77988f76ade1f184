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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyEnrolled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"maintainer\",\"type\":\"address\"}],\"name\":\"BadMaintainer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"BadRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maintainers\",\"type\":\"uint256\"}],\"name\":\"BadThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"BaseMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"valid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BelowThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ContentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DuplicateOrUnsortedSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"}],\"name\":\"NotEnrolled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"NotPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"}],\"name\":\"ReleaseMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"}],\"name\":\"ScoreBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ScoreMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"}],\"name\":\"ScoreRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"UnknownEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"UnregisteredCoordinator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"UnregisteredScorer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"VetoWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"}],\"name\":\"Vetoed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"}],\"name\":\"BatchAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"EnclaveRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"EnclaveRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"policy\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"Enrolled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"policy\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"PolicyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Release\",\"name\":\"release\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"Published\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"ReceiptRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"revoke\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"Revoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structVouchRegistry.Score\",\"name\":\"score\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"scorer\",\"type\":\"address\"}],\"name\":\"ScoreRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"grantDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"TokenGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"packageKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VetoRecorded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ROLE_COORDINATOR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_SCORER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"name\":\"anchorBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest_\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"authorizationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"batchRoots\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"changePolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"enclaveRole\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"enclaves\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"retired\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"enroll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"enrollmentDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"getPackage\",\"outputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"enrolled\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"tokenNonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tokenGrant\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastContentHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PackageView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"keys\",\"type\":\"bytes32[]\"}],\"name\":\"getReleases\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"signerCount\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"hasScore\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"npmPublished\",\"type\":\"bool\"}],\"internalType\":\"structVouchRegistry.ReleaseView[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.TokenGrant\",\"name\":\"g\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"grantToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"releaseDigest_\",\"type\":\"bytes32\"}],\"name\":\"isVetoed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"enrollmentDigest_\",\"type\":\"bytes32\"}],\"name\":\"nameControlDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"maintainers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"vetoWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"minScore\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"refuseLowScore\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.PolicyChange\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"policyDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.Score\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"scoreSig\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"publish\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"receiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"scoreDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"registryStatus\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"registryResponseHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.PublishReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"coordinatorSig\",\"type\":\"bytes\"}],\"name\":\"recordReceipt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"registerEnclave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"integrity\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.Release\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"releaseDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"}],\"name\":\"releaseKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"retireEnclave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Revoke\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"revokeDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"baseContentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"heuristicScore\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"findingsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"behaviourHash\",\"type\":\"bytes32\"}],\"internalType\":\"structVouchRegistry.Score\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"scoreDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structVouchRegistry.TokenGrant\",\"name\":\"g\",\"type\":\"tuple\"}],\"name\":\"tokenGrantDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batch\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyBatchProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"packageName\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Veto\",\"name\":\"v\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structVouchRegistry.Sig\",\"name\":\"sig\",\"type\":\"tuple\"}],\"name\":\"veto\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"releaseDigest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"internalType\":\"structVouchRegistry.Veto\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"vetoDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "VouchRegistry",
	Bin: "0x60e080604052346101115760208161363a803803809161001f8285610115565b83398101031261011157516001600160a01b0381168103610111576080524660a05260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f40946f38d79ad05e61b50c09332cf661df09eac182f360016073ef8f2e9212cf60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a081526100d360c082610115565b51902060c0526040516134ed908161014d823960805181818161021b0152818161172b01526120c2015260a05181612e1b015260c05181612e410152f35b5f80fd5b601f909101601f19168101906001600160401b0382119082101761013857604052565b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306f130561461225d575080630a188a061461221f5780632bf1129d146121e157806356abb70b1461218b578063572be4b3146121705780635789c4bf146120f15780635aa6e675146120ad5780635bc45e39146118f15780636126315c146118b357806368e2f9791461187b5780636ce5b92c14611860578063769a7969146116d1578063807df5e51461168657806385af35c7146114985780638762b8231461145a57806387c6048314611207578063902f551414610f9357806392e9573214610cbd5780639331309b14610c7e57806397077da914610bb0578063a6eb3c1214610987578063b21b555814610824578063b8bfa49b1461080c578063bb549656146107de578063cf262f4d14610732578063cfdb1929146106b9578063d4ac76e01461069b578063d7fe657614610683578063d96e8c4a14610463578063e8f3cb0b146102d1578063f44802b714610200578063f698da25146101de5763faeedb0714610187575f80fd5b346101da5760203660031901126101da576001600160a01b036101a861230e565b165f526007602052606060405f206001815491015460ff60405192818116845260081c16151560208301526040820152f35b5f80fd5b346101da575f3660031901126101da5760206101f8612e18565b604051908152f35b346101da5760203660031901126101da5761021961230e565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036102c2576001600160a01b03165f818152600760205260409020805460ff81161580156102b5575b6102a25761ff0019166101001790557ff17fd005cf432a683ad4956f08cdadde59b31c87f827fe6483731155f4347a195f80a2005b8263ac88b76760e01b5f5260045260245ffd5b5060ff8160081c1661026d565b632d5be4cb60e21b5f5260045ffd5b346101da5760403660031901126101da576004356001600160401b0381116101da5780600401606060031983360301126101da576024356001600160401b0381116101da576103249036906004016122a4565b929061033a61033384806123db565b3691612428565b6020815191012092835f525f60205260405f20805460ff8160181c16156104505763ffffffff8160c01c16966044860135888103610439575083602495937f1362e568f2050443dfd2c026055926705f1b8ba0d6902b3a1c48a78384893ae79899936103c7610400946103af610434996127f2565b978d60ff85169263ffffffff8660201c16928b613063565b9463ffffffff60c01b906103da90612e00565b60c01b169063ffffffff60c01b1916179055885f5260056020528360405f2055806123db565b94909561041a604051978897608089526080890191612610565b936020870152013560408501528382036060850152612630565b0390a2005b8890633ddd513160e01b5f5260045260245260445ffd5b8563578fa2a560e11b5f5260045260245ffd5b346101da5760403660031901126101da576004356001600160401b0381116101da578060040190608060031982360301126101da576024356001600160401b0381116101da576104b79036906004016122a4565b926104c561033382806123db565b60208151910120805f525f60205260405f20549260ff8460181c1615610670579082916104f58361050d956123db565b60248801959161050587876123db565b92909161255c565b96875f52600360205260405f20926002840194855460581c94600186161561065d576004861661064a57600101549260448a0135809403610637577fbfd1609d5daf321fab1dffb9cea829f98fdbf7908170bc31d28f20a67a7e4170996105c361043498600460ff6105a461060a9e6106299b6106179a6064996105908c61245e565b9263ffffffff8786169560201c1693613063565b835460ff60581b191691909b169190911760581b60ff60581b16179055565b604051998a9960408b526105f86105f18c60c06105e089806125df565b919092608060408201520191612610565b91866125df565b8c8303603f190160608e015290612610565b9460808a015201906125df565b868303603f190160a088015290612610565b908382036020850152612630565b8a634063b6b960e01b5f5260045260245ffd5b8a6390315de160e01b5f5260045260245ffd5b8a634a1c17ab60e11b5f5260045260245ffd5b5063578fa2a560e11b5f5260045260245ffd5b346101da5760206101f861069636612338565b612d24565b346101da5760203660031901126101da5760206101f8600435612ce1565b346101da5760403660031901126101da576004356001600160401b0381116101da576103336106ec913690600401612277565b60208151910120604051602081019182526024356040820152604081526107146060826123a3565b5190205f526006602052602060ff60405f2054166040519015158152f35b346101da5760803660031901126101da576044356001600160401b0381116101da57366023820112156101da5780600401359061076e826123c4565b9161077c60405193846123a3565b8083526024602084019160051b830101913683116101da57602401905b8282106107c657606435846001600160401b03821682036101da576020916101f891602435600435612c2d565b602080916107d384612324565b815201910190610799565b346101da5760203660031901126101da5760206108016107fc61230e565b612bfe565b60ff60405191168152f35b346101da5760206101f861081f36612338565b612b00565b346101da5760403660031901126101da576004356001600160401b0381116101da57806004019060e060031982360301126101da576024356001600160401b0381116101da576108789036906004016122a4565b909261088761033382806123db565b6020815191012092835f525f60205260405f209485549160ff8360181c16156104505760c40135936001600160401b038360801c169485810361097057509561094e6109266109206109549587958a7f87f396e800ef25e1183c599de8bfb39fbeceb62f9d7ed277ffe4850a99f154b29b9c610902896131fd565b61090b89612b00565b9263ffffffff60ff86169560201c1693613063565b966125c1565b825467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178255565b866132fa565b61043461096182806123db565b93909260405194859485612891565b8590633ddd513160e01b5f5260045260245260445ffd5b346101da5760203660031901126101da576004356001600160401b0381116101da576109b79036906004016122a4565b906109c1826123c4565b916109cf60405193846123a3565b808352601f196109de826123c4565b015f5b818110610b625750505f5b818110610aa657836040518091602082016020835281518091526020604084019201905f5b818110610a1f575050500390f35b919350916020610120600192610100875180518352848101518584015260ff60408201511660408401526001600160401b03606082015116606084015260ff608082015116608084015260ff60a08201511660a084015260c0810151151560c084015260e0810151151560e084015201511515610100820152019401910191849392610a11565b80610ab46001928486612727565b355f52600360205260405f2060028101548060581c84811615610b5a5760ff60089286855495015460405195610ae987612387565b86526020860152818160401c1660408601526001600160401b0381166060860152818160481c16608086015260501c1660a084015260028116151560c084015260048116151560e0840152161515610100820152610b478287612a95565b52610b528186612a95565b505b016109ec565b505050610b54565b602090604051610b7181612387565b5f81525f838201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f610100820152828288010152016109e1565b346101da5760403660031901126101da576004356024359063ffffffff82168092036101da5781158015610c76575b610c675760085490600160401b821015610c535760209260018301600855610c06836122d4565b81549060031b9084821b915f19901b191617905560405191825283820152817fba922dd42da8d21670fe2a5c0469a2226d1cfc359e9032f6ee9003c08e3b908c60403393a3604051908152f35b634e487b7160e01b5f52604160045260245ffd5b63c2e5347d60e01b5f5260045ffd5b508015610bdf565b346101da5760203660031901126101da576004356001600160401b0381116101da5761014060031982360301126101da576101f86020916004016129b6565b346101da5760603660031901126101da576004356001600160401b0381116101da57806004019060e060031982360301126101da576024356001600160401b0381116101da57610d119036906004016122a4565b9190926044356001600160401b0381116101da57610d33903690600401612277565b9094610d4261033384806123db565b6020815191012093845f525f60205260405f209586549360ff8560181c16610f805760c483013580610f6a5750610d9490610d7c876131fd565b610d8587612d24565b99610d8f8b612ce1565b612f28565b6001600160a01b03811698908915908115610f52575b50610f3f5760449697985060ff610dd0610dc7602486018961285c565b999095016125b3565b16808310610f295750610de28261300f565b965f945f5b848110610e4a578a7f92eafe82c193b78a33241dea42b99ad4549d9c1919195f156496476350fa5ee18b8b8f81610e2e9163010000008f63ff0000001916178155866132fa565b835f526004602052600160405f205561043461096182806123db565b610e5d610e58828785613041565b6127de565b966001600160a01b038089169116811115610f1757875f5f5b868110610ee8575b5015610ed55785610ea991610ea1610e97868b89613041565b60208101906123db565b92909161310c565b15610ec35790600191610ebc828d612a95565b5201610de7565b633615713d60e21b5f5260045260245ffd5b50636bf4516160e11b5f5260045260245ffd5b836001600160a01b03610eff610e58848b8f612727565b1614610f0d57600101610e76565b505060018f610e7e565b633a60a2b160e21b5f5260045260245ffd5b826322c1720560e21b5f5260045260245260445ffd5b8863f0c1e7f360e01b5f5260045260245ffd5b60019150610f6160ff91612bfe565b1614158a610daa565b633ddd513160e01b5f526004525f60245260445ffd5b8663751e652f60e11b5f5260045260245ffd5b346101da5760c03660031901126101da576004356001600160401b0381116101da578060040160a060031983360301126101da5760803660231901126101da5760a4356001600160401b0381116101da57610ff2903690600401612277565b610ffe8394929461266c565b906024358092036111f4576044359460643561ffff8116928382036101da57611083915060843592610d8f60405160208101907fd9c3fd755eeac0eedd0a3b573067f84c7da9d09c2c614cb27e7040cc764bddfd82528860408201528b60608201528760808201528660a082015260a0815261107b60c0826123a3565b519020612ef5565b6001600160a01b038116929083159081156111dc575b506111c9576110b96110ab87806123db565b90610505602489018a6123db565b96875f52600360205260405f206002810196875460581c9860018a161561065d576110ed61033384549260448501906123db565b6020815191012014918215926111b4575b50506111a1577f49adfe0b0bfad17c3e2dde63ae4da574cafe70631f900baf5d2be02a407dd7c09660a09660c861ffff6111366125a2565b1610158061118b575b611163575b50506040519485526020850152604084015260608301526080820152a2005b805460ff60581b191660ff9290921660081760581b60ff60581b169190911790558880611144565b5061012c61ffff61119a6125a2565b161061113f565b87634063b6b960e01b5f5260045260245ffd5b606491925060010154910135141589806110fe565b8263f0c1e7f360e01b5f5260045260245ffd5b600191506111eb60ff91612bfe565b16141588611099565b506310f97b7f60e01b5f5260045260245ffd5b346101da5760203660031901126101da576004356001600160401b0381116101da5761123a611288913690600401612277565b5f61012060405161124a8161236b565b606081528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015201523691612428565b80516020918201205f8181528083526040808220600185528183209054600586528284205460049096529190922054909392905f190161144957505f5b604051916112d28361236b565b604051808260208294549384815201905f5260205f20925f5b818110611427575050611300925003826123a3565b8252602082019260ff8516845260408301946001600160401b038160401c168652606084019560ff8260081c1687526080850160ff8360101c161515815260a08601906001600160401b038460801c16825260c087019260ff8560181c161515845263ffffffff60e089019560c01c168552610100880195865261012088019687526040519860208a526101608a0198519861014060208c0152895180915260206101808c019a01905f5b81811061140857505050996001600160401b0360ff92838c9d511660408d0152511660608b01525116608089015251151560a08801525160c087015251151560e08601525161010085015251610120840152516101408301520390f35b82516001600160a01b03168c5260209b8c019b909201916001016113ab565b84546001600160a01b03168352600194850194869450602090930192016112eb565b5f52600460205260405f20546112c5565b346101da5760203660031901126101da576004356001600160401b0381116101da57606060031982360301126101da576101f86020916004016127f2565b346101da5760603660031901126101da576004356001600160401b0381116101da576114c8903690600401612277565b602435916001600160401b0383116101da5782600401604060031985360301126101da57604435926001600160401b0384116101da578360040192604060031986360301126101da5761151c913691612428565b6020815191012092835f525f60205260405f20549260ff8460181c161561167357611546816127de565b93855f52600260205260405f2060018060a01b0386165f5260205263ffffffff8060405f2054169160201c1603611655579061159261159992602461158a866124fb565b9301906123db565b918561310c565b15611634577f5a21bfbbc0ea5cbf3a5b6e74044a5bf73bb479b9b6970c626b386f2826f064979161160c82602461162f94359760405160208101908982528a6040820152604081526115ec6060826123a3565b5190205f52600660205260405f20600160ff1982541617905501906123db565b929060405193849360018060a01b03168452604060208501526040840191612610565b0390a3005b50633615713d60e21b5f9081526001600160a01b0391909116600452602490fd5b636bf4516160e11b5f9081526001600160a01b038516600452602490fd5b8463578fa2a560e11b5f5260045260245ffd5b346101da5760603660031901126101da576044356001600160401b0381116101da576116c76116bb60209236906004016122a4565b90602435600435612737565b6040519015158152f35b346101da5760803660031901126101da5760043560ff81168091036101da576024356001600160a01b03811691908290036101da576044356064356001600160401b0381116101da57611728903690600401612277565b917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036102c257600184141580611855575b61184257841561182f57845f52600760205260ff60405f20541661181c576040519260608401908482106001600160401b03831117610c53577ff65fb91803c577cec74b1916761e9328ba15c68c3aa62401e7b12e54292744a99461162f926040528681526001602082015f815260408301908682528a5f52600760205260ff8060405f209551161660ff1985541617845551151561ff0084549160081b169061ff0019161783555191015560405193849384612710565b846345ed80e960e01b5f5260045260245ffd5b8463ac88b76760e01b5f5260045260245ffd5b83638cf197f160e01b5f5260045260245ffd5b506002841415611764565b346101da575f3660031901126101da57602060405160028152f35b346101da5760203660031901126101da576004356008548110156101da576118a46020916122d4565b90549060031b1c604051908152f35b346101da5760203660031901126101da576004356001600160401b0381116101da5760a060031982360301126101da576101f860209160040161266c565b346101da5760c03660031901126101da576001600160401b03600435116101da5760a0600435360360031901126101da576024356001600160401b0381116101da576119419036906004016122a4565b906001600160401b03604435116101da57610140604435360360031901126101da576064356001600160401b0381116101da57611982903690600401612277565b9190608435916001600160401b03831683036101da5760a4356001600160401b0381116101da576119b7903690600401612277565b90939091906119cd6103336004803501806123db565b6020815191012095865f525f60205260405f2080549460ff8660181c161561209a576001600160401b038660801c16608460043501350361207157611a2e611a196004803501806123db565b906105056024600435016004356004016123db565b97885f52600360205260405f209460028601549460018660581c1661205e576001600160401b038960401c166001600160401b03831601806001600160401b03841611611f645780421061204c575060ff8916905f8080831561201d57505050611aa790611aa06044356004016129b6565b9b8c612f28565b976001600160a01b038916158015612007575b611fe9578b611ae6611ad1600460443501806123db565b906105056024604435016044356004016123db565b03611fd6576064600435013560448035013503611fc35760019d8d5f52600460205260405f20549e8f14611fbb575b604435606401358f8103611fa457508d9e50611b3860c49d9e9d604435016125b3565b60ff808d60081c16911610611f43575b60029769ff000000000000000000611b6460c4604435016125b3565b60481b1660ff60501b611b7b60443560e4016125b3565b60501b16916affff0000000000000000001916171760028a01555b611ba460043560040161266c565b9c8d6040519060208201928352604082015260408152611bc56060826123a3565b5190205f52600660205260ff60405f205416611f3057928c8f611c0d9694610d8f948f9d9c9b9a999792611c059363ffffffff8c5460201c169286613063565b9a8b91612c2d565b956001600160a01b038716158015611f1a575b611efc577f5494c7d860f0cdc5ed3e1c288b2261a20dcf826c03b6ac3536223d32044c3fde989694611d21611dd195600260018f978f966103339e9c98611c756001600160401b03611c9d9360801c166125c1565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16179055565b60646004350135985f5260046020528860405f2055611cc86044600435019e8f6004356004016123db565b805160209190910120845581840189905591909201805487516bff0000ffffffffffffffffff19909116426001600160401b03161760409190911b68ff000000000000000016179190921760581b60ff60581b16179055565b86611dec575b5050611db0604051978897885260a06020890152611d9e611d92611d6c8a60a080611d5c6004356004016004356004016125df565b92909301526101408d0191612610565b611d806024600435016004356004016125df565b8c8303609f190160c08e015290612610565b916004356004016125df565b898303609f190160e08b015290612610565b91610100870152608460043501356101208701528582036040870152612630565b60608401929092526001600160a01b031660808301520390a3005b604051878152606060208201527fe027c00e602067af7dcfb18a054cb5f68e812376386d804b00f5c1deeb51f7b2918190611e6b611e45611e32600460443501806125df565b61014060608701526101a0860191612610565b611e596024604435016044356004016125df565b858303605f1901608087015290612610565b9060448035013560a08401526064604435013560c08401526084604435013560e084015260a4604435013561010084015260ff611eac60c460443501612300565b1661012084015260ff611ec360e460443501612300565b1661014084015260443561010481013561016085015261012401356101808401526001600160a01b031660408301520390a2888b611d27565b63f0c1e7f360e01b5f9081526001600160a01b038816600452602490fd5b50600160ff611f2889612bfe565b161415611c20565b8c630192991360e31b5f5260045260245ffd5b919b5060ff8a60101c16611f785760018c01809c11611f64578d9b91611b48565b634e487b7160e01b5f52601160045260245ffd5b60ff8a81611f8a60c4604435016125b3565b6373f170f560e11b5f521660045260081c1660245260445ffd5b8f9063e7dd969160e01b5f5260045260245260445ffd5b5f9e50611b15565b8b634063b6b960e01b5f5260045260245ffd5b8b63232ab41d60e01b5f5260045260245ffd5b6347c2dc9f60e01b5f9081526001600160a01b038a16600452602490fd5b50600260ff6120158b612bfe565b161415611aba565b98509991509a5060ff8a60081c16612039578c9d9c9b9c611b96565b8b630138a06760e21b5f5260045260245ffd5b63fdf28aed60e01b5f5260045260245ffd5b8a636857728b60e11b5f5260045260245ffd5b6001600160401b0386633ddd513160e01b5f526084600435013560045260801c1660245260445ffd5b8863578fa2a560e11b5f5260045260245ffd5b346101da575f3660031901126101da576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101da5760803660031901126101da5760443561ffff8116908181036101da576020916101f89150604051838101917fd9c3fd755eeac0eedd0a3b573067f84c7da9d09c2c614cb27e7040cc764bddfd835260043560408301526024356060830152608082015260643560a082015260a0815261107b60c0826123a3565b346101da575f3660031901126101da57602060405160018152f35b346101da5760403660031901126101da576004356001600160401b0381116101da576121bb903690600401612277565b602435906001600160401b0382116101da576020926105056101f8933690600401612277565b346101da5760203660031901126101da576004356001600160401b0381116101da57604060031982360301126101da576101f86020916004016124fb565b346101da5760203660031901126101da576004356001600160401b0381116101da57608060031982360301126101da576101f860209160040161245e565b346101da575f3660031901126101da576020906008548152f35b9181601f840112156101da578235916001600160401b0383116101da57602083818601950101116101da57565b9181601f840112156101da578235916001600160401b0383116101da576020808501948460051b0101116101da57565b6008548110156122ec5760085f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b359060ff821682036101da57565b600435906001600160a01b03821682036101da57565b35906001600160a01b03821682036101da57565b60206003198201126101da57600435906001600160401b0382116101da5760e09082900360031901126101da5760040190565b61014081019081106001600160401b03821117610c5357604052565b61012081019081106001600160401b03821117610c5357604052565b90601f801991011681019081106001600160401b03821117610c5357604052565b6001600160401b038111610c535760051b60200190565b903590601e19813603018212156101da57018035906001600160401b0382116101da576020019181360383136101da57565b6001600160401b038111610c5357601f01601f191660200190565b9291926124348261240d565b9161244260405193846123a3565b8294818452818301116101da578281602093845f960137010152565b6124f89061246f61033382806123db565b602081519101209061248761033360208301836123db565b602081519101209060406124a161033360608401846123db565b602081519101209181519360208501957f2768d6ee570344584ad12c385b0034aa09e71b940c5be6c064b326fa0f4e8c8087528386015260608501520135608083015260a082015260a0815261107b60c0826123a3565b90565b6124f89061250f61033360208301836123db565b602081519101206040519060208201927fc0356a00e4c63dfef8a70a9d52671cb0ff2954340b7ee49289119e31a27149bf845235604083015260608201526060815261107b6080826123a3565b929161259c91602084600193604051968488958587019a8b37850191600160fe1b85840152602183013701015f838201520301601f1981018352826123a3565b51902090565b60643561ffff811681036101da5790565b3560ff811681036101da5790565b6001600160401b036001911601906001600160401b038211611f6457565b9035601e19823603018112156101da5701602081359101916001600160401b0382116101da5781360383136101da57565b908060209392818452848401375f828201840152601f01601f1916010190565b90602080835192838152019201905f5b81811061264d5750505090565b82516001600160a01b0316845260209384019390920191600101612640565b6124f89061267d61033382806123db565b6020815191012090608061269761033360208401846123db565b60208151910120916126af61033360408301836123db565b602081519101206040519360208501957fbc6f9ab98bf0443c9049fab77dc4cf24654df4fe709f45bce7bf6d17f0efb7f487526040860152606085015282840152606081013560a0840152013560c082015260c0815261107b60e0826123a3565b6040906124f8949281528160208201520191612610565b91908110156122ec5760051b0190565b90939291936008548210156127d657915f905b80821061276a57505061275f919293506122d4565b90549060031b1c1490565b909260019061277a858489612727565b35808210156127ae5760405190602082019283526040820152604081526127a26060826123a3565b5190205b93019061274a565b9060405190602082019283526040820152604081526127ce6060826123a3565b5190206127a6565b505f93505050565b356001600160a01b03811681036101da5790565b6124f89061280361033382806123db565b6020815191012090604080519160208301937f4deb55fe65f4ce7359351e4fb66fcf816ab81dea3569c13941f8a4e6b9d98d5d85528284015260208101356060840152013560808201526080815261107b60a0826123a3565b903590601e19813603018212156101da57018035906001600160401b0382116101da57602001918160051b360383136101da57565b929391906128a791606085526060850191612610565b9180830360208201526128cb6128bd85806125df565b60e0865260e0860191612610565b926020850135601e19863603018112156101da578501602081359101946001600160401b0382116101da578160051b360386136101da57808360209203828501528281520194905f5b8181106129905750505060ff61292c60408701612300565b16604082015260608501356001600160401b0381168091036101da57606082015260ff61295b60808701612300565b16608082015260a0850135948515158096036101da5760c080916124f89760a085015201359101526040818403910152612630565b909195602080600192838060a01b036129a88b612324565b168152019701929101612914565b6124f8906129c761033382806123db565b60208151910120906101206129e261033360208401846123db565b602081519101209160ff6129f860c083016125b3565b81612a0560e085016125b3565b916040519660208801987ff26b16806256fc977a19289fd593ce6d121cc82dc0e538c98d18d2f7d47039848a526040890152606088015260408501356080880152606085013560a0880152608085013560c088015260a085013560e08801521661010086015216828401526101008101356101408401520135610160820152610160815261107b610180826123a3565b80518210156122ec5760209160051b010190565b905f5b818110612ab95750505090565b909192602080600192838060a01b03612ad188612324565b168152019401929101612aac565b356001600160401b03811681036101da5790565b3580151581036101da5790565b6124f890612b1161033382806123db565b602081519101209060c0612b50612b42612b2e602085018561285c565b929060405192839160208301958691612aa9565b03601f1981018352826123a3565b51902091612b60604082016125b3565b60ff612b6e60608401612adf565b6001600160401b03612b82608086016125b3565b9183612b9060a08801612af3565b956040519960208b019b7fa374a146887187d0d3c43efe10aeb64b15a8a77d5319dc9a883225f2c77b4e928d5260408c015260608b01521660808901521660a08701521683850152151560e0840152013561010082015261107b61012082800301601f1981018352826123a3565b6001600160a01b03165f90815260076020526040902054600881901c60ff1615612c2757505f90565b60ff1690565b91939260405160208101908160208851919801905f5b818110612cc2575050509081612c6f6001600160401b0394936124f8989903601f1981018352826123a3565b5190206040519360208501957fa4913159d3ceb9ab00334b86fd223d656bbe5d0086def2e26c764f9ba3714c6b87526040860152606085015260808401521660a082015260a0815261107b60c0826123a3565b82516001600160a01b03168a526020998a019990920191600101612c43565b6124f89060405160208101917f0b7c9ec0b3d03b8841ce8ccafdd4b16cf638439cfe733e9db88570395f4061aa835260408201526040815261107b6060826123a3565b6124f890612d3561033382806123db565b602081519101209060c0612d52612b42612b2e602085018561285c565b51902091612d62604082016125b3565b60ff612d7060608401612adf565b6001600160401b03612d84608086016125b3565b9183612d9260a08801612af3565b956040519960208b019b7f0f913abc6b54c6a793f85b9a98727a3802d953e7a00033189993d02e9e8cd5308d5260408c015260608b01521660808901521660a08701521683850152151560e0840152013561010082015261107b61012082800301601f1981018352826123a3565b63ffffffff60019116019063ffffffff8211611f6457565b467f000000000000000000000000000000000000000000000000000000000000000003612e63577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f40946f38d79ad05e61b50c09332cf661df09eac182f360016073ef8f2e9212cf60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261259c60c0826123a3565b612efd612e18565b9060405190602082019261190160f01b8452602283015260428201526042815261259c6062826123a3565b6041830361300857826020116101da57813591836040116101da57602081013593604010156122ec576040013560f81c9060028210612ff6575b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084118015612fd3575b612fcb576020935f9360ff60809460405194855216868401526040830152606082015282805260015afa15612fc0575f5190565b6040513d5f823e3d90fd5b505050505f90565b5060ff8216601b8114159081612fea575b50612f8c565b601c915014155f612fe4565b90601b0160ff8111611f645790612f62565b5050505f90565b90613019826123c4565b61302660405191826123a3565b8281528092613037601f19916123c4565b0190602036910137565b91908110156122ec5760051b81013590603e19813603018212156101da570190565b909594939293808310610f29575061307a8261300f565b955f945f52600260205260405f209063ffffffff5f9516945b8481106130a35750505050505050565b6130b1610e58828785613041565b966001600160a01b038089169116811115610f175787815f52846020528763ffffffff60405f20541603610ed557856130f291610ea1610e97868b89613041565b15610ec35790600191613105828c612a95565b5201613093565b906001600160a01b03613120858584612f28565b1680151590816131ea575b506131e157813b15612fcb575f9361315f8594612b426040519384926020840196630b135d3f60e11b885260248501612710565b51915afa3d156131da573d6131738161240d565b9061318160405192836123a3565b81523d5f602083013e5b816131cc575b8161319a575090565b90506020818051810103126101da57602001516001600160e01b03198116908190036101da57630b135d3f60e11b1490565b905060208151101590613191565b606061318b565b50505050600190565b6001600160a01b0384161490505f61312b565b602081019061320c828261285c565b9190506040810160ff61321e826125b3565b161580156132e6575b6132c457505f5b82811061323b5750505050565b8061325b610e5861324c878661285c565b6001600160a01b039491612727565b1680156132b25760018201808311611f64575b84811061327f57505060010161322e565b8181613291610e5861324c8a8961285c565b161461329f5760010161326e565b5063df1e577360e01b5f5260045260245ffd5b63df1e577360e01b5f5260045260245ffd5b60ff6132d084926125b3565b63b8f1f4df60e01b5f521660045260245260445ffd5b508260ff6132f3836125b3565b1611613227565b919281549161331163ffffffff8460201c16612e00565b9267ffffffff0000000063ffffffff85169460201b169067ffffffff00000000191617815560ff613344604087016125b3565b1660ff1982541617815561335a60608601612adf565b815461ff0061336b608089016125b3565b60081b16906fffffffffffffffff000000000000000062ff000061339160a08b01612af3565b151560101b169360401b16906fffffffffffffffff0000000000ffff0019161717179055825f52600260205260405f20935f9160208201925b6133d4848461285c565b905081101561341b57806133f7610e586001936133f1888861285c565b90612727565b828060a01b03165f528760205260405f208663ffffffff19825416179055016133ca565b509450613428925061285c565b915f52600160205260405f20906001600160401b038311610c5357600160401b8311610c5357815483835580841061348d575b50905f5260205f205f5b8381106134725750505050565b6001906020613480856127de565b9401938184015501613465565b825f52838060205f20019103905f5b8281106134aa57505061345b565b5f8282015560010161349c56fea26469706673582212208d620cad14df1a58a3a0405b2ed9b9295d2ad0ee3535e7f60aecbea2debdeb1d64736f6c63430008250033",
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
