package chain

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrReverted is wrapped by every *RevertError.
var ErrReverted = errors.New("registry call reverted")

// RevertError is a contract refusal decoded from its revert data: Name is the
// Solidity custom error ("BelowThreshold", "UnknownSigner", ...).
type RevertError struct {
	Name string
	Args []any
	Data []byte
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("%v: undecoded revert data %s", ErrReverted, hexutil.Encode(e.Data))
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = fmt.Sprintf("%v", a)
	}
	return fmt.Sprintf("%v: %s(%s)", ErrReverted, e.Name, strings.Join(parts, ", "))
}

func (e *RevertError) Unwrap() error { return ErrReverted }

// IsRevert reports whether err is a contract refusal with the given custom
// error name.
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}

// decodeRevert turns revert data into a *RevertError using the registry's
// ABI (custom errors and Error(string)).
func decodeRevert(contract *abi.ABI, data []byte) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		re.Name, re.Args = "Error", []any{reason}
		return re
	}
	for name, e := range contract.Errors {
		if [4]byte(e.ID[:4]) != [4]byte(data[:4]) {
			continue
		}
		args, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			return re
		}
		re.Name, re.Args = name, args
		return re
	}
	return re
}

// RevertFromRPC extracts revert data from a JSON-RPC error (eth_call,
// eth_estimateGas) and decodes it against contract; it returns nil when err
// carries none. The host's Writer and Outbox use it too.
func RevertFromRPC(contract *abi.ABI, err error) *RevertError {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return nil
	}
	return decodeRevert(contract, data)
}
