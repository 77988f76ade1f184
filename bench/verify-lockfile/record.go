package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	anchor "github.com/vouchpm/vouch/host/chain"
	"github.com/vouchpm/vouch/host/chain/chaintest"
	"github.com/vouchpm/vouch/host/chain/devchain"
)

// recordStats says what recording cost.
type recordStats struct {
	packages, releases, txs int
	firstBlock, lastBlock   uint64
	resent                  int // transactions sent again after the pool lost one
	sign, send, mine, check time.Duration
	total                   time.Duration
}

// recorder relays pre-signed registry transactions from one funded account
// without waiting for each receipt: a whole phase goes into the pool at once
// and the dev chain seals it into a few 60M-gas blocks on its 200 ms tick.
type recorder struct {
	client   anchor.Backend
	rpc      *rpc.Client // HTTP JSON-RPC, for batches
	env      *chaintest.Env
	key      *ecdsa.PrivateKey
	from     common.Address
	chainID  *big.Int
	nonce    uint64
	tip, fee *big.Int
	contract *chain.VouchRegistry
	stats    *recordStats
}

// policyOf gives every other package a 1-of-1 policy and the rest 2-of-3,
// with the maintainer keys that sign (threshold many).
func policyOf(i int, name string) (wire.PolicyChange, []*ecdsa.PrivateKey) {
	if i%2 == 0 {
		k := chaintest.Key(0)
		return chaintest.Policy(name, 0, 1, k), []*ecdsa.PrivateKey{k}
	}
	ks := chaintest.Keys(4)[1:]
	return chaintest.Policy(name, 0, 2, ks...), ks[:2]
}

// scoreFor is a deterministic score in 70..99 for r.
func scoreFor(r wire.Release) uint8 { return 70 + r.Integrity[0]%30 }

// wireRelease is r with its real lockfile integrity; the content hash stands
// in for the tarball's (no tarball is fetched): sha256 of the integrity.
func wireRelease(r release) wire.Release {
	return wire.Release{PackageName: r.name, Version: r.version, Integrity: r.sha512, ContentHash: sha256.Sum256(r.sha512), Nonce: r.nonce}
}

// record enrolls every name and scores and publishes every release on the
// dev chain behind env.
func record(ctx context.Context, d *devchain.DevChain, env *chaintest.Env, rels []release, names []string) (*recordStats, error) {
	start := time.Now()
	st := &recordStats{packages: len(names), releases: len(rels)}
	client := d.Backend().Client()
	key := d.Keys[1] // a relayer: enroll and publish are signed by maintainers, sent by anyone
	rec := &recorder{client: client, env: env, key: key, from: crypto.PubkeyToAddress(key.PublicKey),
		chainID: big.NewInt(int64(d.ChainID)), contract: chain.NewVouchRegistry(), stats: st}
	var err error
	if rec.rpc, err = rpc.DialContext(ctx, d.URL); err != nil {
		return nil, fmt.Errorf("dial %s: %w", d.URL, err)
	}
	defer rec.rpc.Close()
	if rec.nonce, err = client.PendingNonceAt(ctx, rec.from); err != nil {
		return nil, fmt.Errorf("relayer nonce: %w", err)
	}
	if rec.tip, err = client.SuggestGasTipCap(ctx); err != nil {
		return nil, fmt.Errorf("gas tip: %w", err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("latest header: %w", err)
	}
	st.firstBlock = head.Number.Uint64() + 1
	// Full blocks raise the base fee 12.5% a block; leave room for ~30 of them.
	rec.fee = new(big.Int).Add(rec.tip, new(big.Int).Mul(head.BaseFee, big.NewInt(50)))

	policies := map[string][]*ecdsa.PrivateKey{}
	var enrolls [][]byte
	scoreDigests := make([][32]byte, len(rels))
	scores := make([]wire.Score, len(rels))
	scoreSigs := make([][]byte, len(rels))
	t := time.Now()
	for i, n := range names {
		p, signers := policyOf(i, n)
		policies[n] = signers
		sigs, err := chaintest.Sign(env.Domain, wire.Enrollment(p), signers...)
		if err != nil {
			return nil, fmt.Errorf("sign policy of %s: %w", n, err)
		}
		cs, err := env.NameControl(p, nil)
		if err != nil {
			return nil, fmt.Errorf("countersign policy of %s: %w", n, err)
		}
		enrolls = append(enrolls, rec.contract.PackEnroll(chain.PolicyArg(p), chain.SortedSigs(sigs), cs))
	}
	// A score's base is the package's previous release on chain.
	content := map[string]map[uint64][32]byte{}
	for _, r := range rels {
		if content[r.name] == nil {
			content[r.name] = map[uint64][32]byte{}
		}
		content[r.name][r.nonce] = wireRelease(r).ContentHash
	}
	for i, r := range rels {
		wr := wireRelease(r)
		s := chaintest.ScoreOf(wr, scoreFor(wr))
		if r.nonce > 0 {
			s.BaseContentHash = content[r.name][r.nonce-1]
		}
		dg, sig, err := env.SignScore(s, nil)
		if err != nil {
			return nil, fmt.Errorf("sign score of %s@%s: %w", r.name, r.version, err)
		}
		scoreDigests[i], scores[i], scoreSigs[i] = dg, s, sig
	}
	st.sign += time.Since(t)
	if err := rec.phase(ctx, "enroll", enrolls, []int{0, 1}); err != nil {
		return nil, err
	}

	// Publish round k sends every release whose package nonce is k: the
	// contract wants a package's versions in nonce order, one block apart at most.
	for k := uint64(0); ; k++ {
		var pubs [][]byte
		t = time.Now()
		for i, r := range rels {
			if r.nonce != k {
				continue
			}
			wr := wireRelease(r)
			sigs, err := chaintest.Sign(env.Domain, wr, policies[r.name]...)
			if err != nil {
				return nil, fmt.Errorf("sign release %s@%s: %w", r.name, r.version, err)
			}
			auth, err := env.Authorize(wr, scoreDigests[i], sigs, 0, nil)
			if err != nil {
				return nil, fmt.Errorf("authorize %s@%s: %w", r.name, r.version, err)
			}
			pubs = append(pubs, chain.PublishCall(wr, sigs, &scores[i], scoreSigs[i], 0, auth))
		}
		st.sign += time.Since(t)
		if len(pubs) == 0 {
			break
		}
		// Estimate a 1-of-1 and (when there is one) a 2-of-3 publish.
		probes := []int{0}
		if len(pubs) > 1 {
			probes = append(probes, 1)
		}
		if err := rec.phase(ctx, fmt.Sprintf("publish round %d", k), pubs, probes); err != nil {
			return nil, err
		}
	}
	head, err = client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("latest header: %w", err)
	}
	st.lastBlock = head.Number.Uint64()
	t = time.Now()
	n, err := rec.checkReceipts(ctx, st.firstBlock, st.lastBlock)
	if err != nil {
		return nil, err
	}
	if n != st.txs {
		return nil, fmt.Errorf("%d receipts in blocks %d-%d for %d transactions sent", n, st.firstBlock, st.lastBlock, st.txs)
	}
	st.check = time.Since(t)
	st.total = time.Since(start)
	return st, nil
}

// phase sends every call in calls (independent of each other) with a gas
// limit from estimating the calls at probes, waits until all are mined and
// checks every receipt.
func (rec *recorder) phase(ctx context.Context, what string, calls [][]byte, probes []int) error {
	to := rec.env.Writer.Registry()
	var gas uint64
	for _, i := range probes {
		if i >= len(calls) {
			continue
		}
		g, err := rec.client.EstimateGas(ctx, ethereum.CallMsg{From: rec.from, To: &to, Data: calls[i]})
		if err != nil {
			return fmt.Errorf("%s: estimate gas: %w", what, err)
		}
		gas = max(gas, g)
	}
	gas += gas/3 + 30_000 // names differ in length; receipts are checked below
	// The node refuses a transaction whose gas × fee cap exceeds its fee cap
	// of 1 ether (RPCTxFeeCap): after a busy recording the base fee is high
	// enough that 50× of it would.
	fee := new(big.Int).Set(rec.fee)
	if most := new(big.Int).Div(big.NewInt(990_000_000_000_000_000), new(big.Int).SetUint64(gas)); fee.Cmp(most) > 0 {
		fee = most
	}
	t := time.Now()
	signer := types.LatestSignerForChainID(rec.chainID)
	txs := make([]*types.Transaction, len(calls))
	for i, data := range calls {
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
			ChainID: rec.chainID, Nonce: rec.nonce + uint64(i), GasTipCap: rec.tip, GasFeeCap: fee, Gas: gas, To: &to, Data: data,
		}), signer, rec.key)
		if err != nil {
			return fmt.Errorf("%s: sign tx: %w", what, err)
		}
		txs[i] = tx
	}
	rec.stats.sign += time.Since(t)
	t = time.Now()
	base := rec.nonce
	if err := rec.send(ctx, what, txs, false); err != nil {
		return err
	}
	rec.nonce += uint64(len(txs))
	rec.stats.txs += len(txs)
	rec.stats.send += time.Since(t)
	t = time.Now()
	lastN, lastMove, resends := uint64(0), time.Now(), 0
	for {
		n, err := rec.client.NonceAt(ctx, rec.from, nil)
		if err != nil {
			return fmt.Errorf("%s: relayer nonce: %w", what, err)
		}
		if n >= rec.nonce {
			break
		}
		if n != lastN {
			lastN, lastMove = n, time.Now()
		} else if time.Since(lastMove) > 5*time.Second {
			// The simulated backend's pool sometimes loses the lowest
			// pending transaction under load (seen: relayer nonce stuck, pool
			// "pending 0, queued 64": everything behind the lost one turned
			// non-executable and all but AccountQueue=64 of it was dropped).
			// A relayer sends again what is not mined; the pool answers
			// "already known" for what it still holds.
			if resends++; resends > 5 {
				return rec.stalled(ctx, what, n)
			}
			fmt.Printf("%s: nothing mined for 5 s at nonce %d of %d; sending the %d unmined transactions again\n", what, n, rec.nonce, rec.nonce-n)
			if err := rec.send(ctx, what, txs[n-base:], true); err != nil {
				return err
			}
			rec.stats.resent += int(rec.nonce - n)
			lastMove = time.Now()
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s: waiting for %d transactions to be mined: %w", what, rec.nonce-n, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
	rec.stats.mine += time.Since(t)
	return nil
}

// checkReceipts reads every receipt of blocks first..last (eth_getBlockReceipts,
// one call a block) and fails on a reverted one; it returns how many it saw.
func (rec *recorder) checkReceipts(ctx context.Context, first, last uint64) (int, error) {
	ec := ethclient.NewClient(rec.rpc)
	n := 0
	for b := first; b <= last; b++ {
		rs, err := ec.BlockReceipts(ctx, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(b)))
		if err != nil {
			return n, fmt.Errorf("receipts of block %d: %w", b, err)
		}
		for _, r := range rs {
			if r.Status != types.ReceiptStatusSuccessful {
				return n, fmt.Errorf("tx %s in block %d reverted (gas used %d)", r.TxHash.Hex(), b, r.GasUsed)
			}
		}
		n += len(rs)
	}
	return n, nil
}

// send relays txs in JSON-RPC batches of eth_sendRawTransaction (geth
// answers up to 1,000 a batch); again, "already known" is no error.
func (rec *recorder) send(ctx context.Context, what string, txs []*types.Transaction, again bool) error {
	for start := 0; start < len(txs); start += 500 {
		chunk := txs[start:min(start+500, len(txs))]
		elems := make([]rpc.BatchElem, len(chunk))
		for i, tx := range chunk {
			raw, err := tx.MarshalBinary()
			if err != nil {
				return fmt.Errorf("%s: encode tx: %w", what, err)
			}
			elems[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)}
		}
		if err := rec.rpc.BatchCallContext(ctx, elems); err != nil {
			return fmt.Errorf("%s: send %d transactions: %w", what, len(chunk), err)
		}
		for i, el := range elems {
			if el.Error != nil && !(again && (strings.Contains(el.Error.Error(), "already known") || strings.Contains(el.Error.Error(), "nonce too low"))) {
				return fmt.Errorf("%s: send tx %d of %d: %w", what, start+i+1, len(txs), el.Error)
			}
		}
	}
	return nil
}

// stalled says why mining stopped: what the pool holds and the fees.
func (rec *recorder) stalled(ctx context.Context, what string, mined uint64) error {
	var status map[string]hexutil.Uint
	_ = rec.rpc.CallContext(ctx, &status, "txpool_status")
	head, err := rec.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: stalled at nonce %d of %d: %w", what, mined, rec.nonce, err)
	}
	return fmt.Errorf("%s: no transaction mined after 5 resends: relayer nonce %d of %d, pool %v, block %d gas %d/%d, base fee %s, fee cap %s",
		what, mined, rec.nonce, status, head.Number, head.GasUsed, head.GasLimit, head.BaseFee, rec.fee)
}
