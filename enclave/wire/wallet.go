package wire

import (
	"encoding/json"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// WalletTypedData is EIP-712 typed data in the form eth_signTypedData_v4
// takes it, which wallets (MetaMask) and libraries (ethers, eth-sig-util)
// accept as is: types holds EIP712Domain with only the domain fields
// present, and the primary type with the types it reaches (no other vouch
// type: ethers refuses unused types); the domain carries no empty field
// (ethers refuses salt ""), and chainId is a number.
type WalletTypedData struct {
	Types       apitypes.Types            `json:"types"`
	PrimaryType string                    `json:"primaryType"`
	Domain      map[string]any            `json:"domain"`
	Message     apitypes.TypedDataMessage `json:"message"`
}

// ForWallet trims td to what its primary type uses. The digest does not
// change: EIP-712 hashes only the reachable types.
func ForWallet(td apitypes.TypedData) (WalletTypedData, error) {
	w := WalletTypedData{Types: apitypes.Types{}, PrimaryType: td.PrimaryType, Domain: map[string]any{}, Message: td.Message}
	var domainType []apitypes.Type
	if td.Domain.Name != "" {
		w.Domain["name"] = td.Domain.Name
		domainType = append(domainType, apitypes.Type{Name: "name", Type: "string"})
	}
	if td.Domain.Version != "" {
		w.Domain["version"] = td.Domain.Version
		domainType = append(domainType, apitypes.Type{Name: "version", Type: "string"})
	}
	if td.Domain.ChainId != nil {
		id := (*big.Int)(td.Domain.ChainId)
		if id.IsInt64() && id.Int64() < 1<<53 {
			w.Domain["chainId"] = id.Int64()
		} else {
			w.Domain["chainId"] = id.String()
		}
		domainType = append(domainType, apitypes.Type{Name: "chainId", Type: "uint256"})
	}
	if td.Domain.VerifyingContract != "" {
		w.Domain["verifyingContract"] = td.Domain.VerifyingContract
		domainType = append(domainType, apitypes.Type{Name: "verifyingContract", Type: "address"})
	}
	if td.Domain.Salt != "" {
		w.Domain["salt"] = td.Domain.Salt
		domainType = append(domainType, apitypes.Type{Name: "salt", Type: "bytes32"})
	}
	w.Types["EIP712Domain"] = domainType
	if _, ok := td.Types[td.PrimaryType]; !ok {
		return w, fmt.Errorf("primary type %q has no type definition", td.PrimaryType)
	}
	for _, name := range td.Dependencies(td.PrimaryType, nil) {
		if name == "EIP712Domain" {
			continue
		}
		w.Types[name] = slices.Clone(td.Types[name])
	}
	return w, nil
}

// TypedData converts w back (for hashing with go-ethereum).
func (w WalletTypedData) TypedData() (apitypes.TypedData, error) {
	var td apitypes.TypedData
	b, err := json.Marshal(w)
	if err != nil {
		return td, err
	}
	err = json.Unmarshal(b, &td)
	return td, err
}
