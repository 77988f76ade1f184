package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/chain/devchain"
)

// newGethEnv starts `GETH --dev` on a free loopback port, funds the test
// keys from its unlocked dev account and deploys the registry there.
func newGethEnv(ctx context.Context, t *testing.T, bin string) (*chaintest.Env, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "--dev", "--dev.period", "0", "--datadir", t.TempDir(), "--http", "--http.addr", "127.0.0.1",
		"--http.port", fmt.Sprint(port), "--http.api", "eth,net,web3", "--port", "0", "--nodiscover", "--ipcdisable")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if testing.Verbose() == false {
		cmd.Stdout, cmd.Stderr = nil, nil
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	var rc *rpc.Client
	for deadline := time.Now().Add(30 * time.Second); ; {
		rc, err = rpc.DialContext(ctx, url)
		if err == nil {
			var n hexutil.Uint64
			if err = rc.CallContext(ctx, &n, "eth_blockNumber"); err == nil {
				break
			}
			rc.Close()
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("geth --dev at %s: %w", url, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Cleanup(rc.Close)
	var accounts []common.Address
	if err := rc.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		return nil, fmt.Errorf("geth dev account: %v (%d accounts)", err, len(accounts))
	}
	gov := devchain.DevKey(0)
	fund := append([]common.Address{chaintest.Addr(gov)}, nil...)
	for _, k := range chaintest.Keys(8) {
		fund = append(fund, chaintest.Addr(k))
	}
	value := (*hexutil.Big)(new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether)))
	// Explicit nonces: geth --dev seals instantly, and letting it pick
	// nonces for back-to-back sends races ("replacement transaction underpriced").
	var nonce hexutil.Uint64
	if err := rc.CallContext(ctx, &nonce, "eth_getTransactionCount", accounts[0], "pending"); err != nil {
		return nil, fmt.Errorf("dev account nonce: %w", err)
	}
	for i, a := range fund {
		var h common.Hash
		tx := map[string]any{"from": accounts[0], "to": a, "value": value, "nonce": nonce + hexutil.Uint64(i)}
		if err := rc.CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
			return nil, fmt.Errorf("fund %s: %w", a.Hex(), err)
		}
	}
	client := ethclient.NewClient(rc)
	for { // wait until the last funding transfer is mined
		bal, err := client.BalanceAt(ctx, fund[len(fund)-1], nil)
		if err == nil && bal.Sign() > 0 {
			break
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return chaintest.Deploy(ctx, client, gov)
}
