// Package relay carries the host's requests to the enclaves and the chain:
// tarballs to the scorer, proposals, approvals, vetoes, revocations and
// scores to the coordinator, and what the enclaves sign to the registry
// contract through the outbox. It runs on the untrusted host; the enclaves
// and the contract re-check everything.
package relay

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/vouchpm/vouch/attestation"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/enclave/chain"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/store"
)

// ErrScoreMismatch: the scorer signed a score about other bytes or another
// release than the one asked for (the tarball was altered on its way), or
// its signature is not the scorer's.
var ErrScoreMismatch = errors.New("score does not match the release")

// Packages reads a package's record on chain (chain.Reader).
type Packages interface {
	Package(ctx context.Context, name string) (chain.PackageInfo, error)
}

// Scorer scores releases through the scorer enclave at Addr.
//
// The diff base is the package's newest release recorded on chain (none for
// the first), never "the highest version npm has": an unsigned pre-release
// pushed straight to npm must not launder the diff. The coordinator and the
// contract refuse a score taken against any other base.
type Scorer struct {
	Store  store.Store
	Chain  Packages // the registry contract; nil scores every release as a first release
	Addr   string   // host:port or unix:/path of the scorer
	Domain wire.Domain
	// Tamper, when set, may change the new tarball before it is sent. Only
	// tests set it, to play a lying host.
	Tamper func([]byte) []byte
	// Timeout bounds one release's scoring, predecessor fetch included
	// (default 20 minutes: a model run on a CPU is slow, never endless).
	Timeout time.Duration
}

// ScoreRelease sends the release's tarball and its predecessor to the scorer,
// checks that the signed score is about exactly that release, and stores it.
func (s *Scorer) ScoreRelease(ctx context.Context, releaseID string) (store.Score, error) {
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = 20 * time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	rel, err := s.Store.GetRelease(ctx, releaseID)
	if err != nil {
		return store.Score{}, err
	}
	if sc, err := s.Store.GetScore(ctx, releaseID); err == nil {
		return sc, nil // already scored: retries are free
	}
	tgz, err := s.Store.GetTarball(ctx, rel.ContentHash)
	if err != nil {
		return store.Score{}, err
	}
	base, baseVersion, err := s.Base(ctx, rel.Package)
	if err != nil {
		return store.Score{}, fmt.Errorf("score %s@%s: %w", rel.Package, rel.Version, err)
	}
	if s.Tamper != nil {
		tgz = s.Tamper(append([]byte(nil), tgz...))
	}
	c, err := wire.DialScorer(ctx, s.Addr)
	if err != nil {
		return store.Score{}, err
	}
	defer c.Close()
	info, err := c.Do(ctx, wire.ScorerRequest{Op: wire.ScorerOpInfo})
	if err != nil || info.Info == nil {
		return store.Score{}, fmt.Errorf("scorer info: %w", errors.Join(err, errors.New("no info")))
	}
	resp, err := c.Do(ctx, wire.ScorerRequest{Op: wire.ScorerOpScore, Score: &wire.ScoreTarballsRequest{
		PackageName: rel.Package, Version: rel.Version, BaseTarball: base, NewTarball: tgz}})
	if err != nil {
		return store.Score{}, fmt.Errorf("score %s@%s: %w", rel.Package, rel.Version, err)
	}
	res := resp.Score
	if res == nil {
		return store.Score{}, fmt.Errorf("score %s@%s: empty answer", rel.Package, rel.Version)
	}
	if err := s.check(rel, res, common.BytesToAddress(info.Info.Address)); err != nil {
		return store.Score{}, err
	}
	if want := sha256.Sum256(base); len(base) > 0 && res.Score.BaseContentHash != want {
		return store.Score{}, fmt.Errorf("%s@%s: scored against base %s, not %s: %w", rel.Package, rel.Version,
			common.Hash(res.Score.BaseContentHash).Hex(), baseVersion, ErrScoreMismatch)
	}
	msg, err := json.Marshal(res.Score)
	if err != nil {
		return store.Score{}, err
	}
	// The per-score quote is kept with its platform and aux (an Evidence
	// without binding: its report data is the score digest), so that anyone
	// can verify it later.
	var quote []byte
	if len(res.Quote) > 0 {
		env := attestation.Evidence{Version: attestation.FormatVersion, Platform: res.Platform, Quote: res.Quote, Aux: res.Aux}
		if quote, err = env.Marshal(); err != nil {
			return store.Score{}, err
		}
	}
	sc := store.Score{ReleaseID: rel.ID, Package: rel.Package, Version: rel.Version, Score: int(res.Score.Score),
		Message: msg, Sig: res.Signature, Evidence: quote, Report: res.Report}
	if err := s.Store.PutScore(ctx, sc); err != nil {
		return store.Score{}, err
	}
	return sc, nil
}

// Base returns the tarball and version of the package's newest release on
// chain: the diff base of its next release (nil, "" for a first release).
// The host holds every tarball it relayed; it checks the bytes against the
// chain's content hash.
func (s *Scorer) Base(ctx context.Context, pkg string) ([]byte, string, error) {
	if s.Chain == nil {
		return nil, "", nil
	}
	info, err := s.Chain.Package(ctx, pkg)
	if err != nil {
		return nil, "", fmt.Errorf("reading %s on chain: %w", pkg, err)
	}
	if info.LastContentHash == ([32]byte{}) {
		return nil, "", nil
	}
	h := common.Hash(info.LastContentHash).Hex()
	tgz, err := s.Store.GetTarball(ctx, h)
	if err != nil {
		return nil, "", fmt.Errorf("the diff base of %s (its newest release on chain, content %s) is not held by this host: %w", pkg, h, err)
	}
	if sha256.Sum256(tgz) != info.LastContentHash {
		return nil, "", fmt.Errorf("the stored tarball %s does not hash to its name", h)
	}
	version := h
	if rels, err := s.Store.ListReleases(ctx, store.ReleaseFilter{Package: pkg, Limit: 1000}); err == nil {
		for _, r := range rels {
			if strings.EqualFold(r.ContentHash, h) {
				version = r.Version
			}
		}
	}
	return tgz, version, nil
}

// check refuses a score about other bytes or not signed by the scorer's key;
// the contract and the coordinator check the same, this only keeps garbage
// out of the host's store.
func (s *Scorer) check(rel store.Release, res *wire.ScoreResult, scorerAddr common.Address) error {
	sc := res.Score
	if sc.PackageName != rel.Package || sc.Version != rel.Version || common.Hash(sc.ContentHash).Hex() != rel.ContentHash {
		return fmt.Errorf("%s@%s: scored content %s, release signed %s: %w",
			rel.Package, rel.Version, common.Hash(sc.ContentHash).Hex(), rel.ContentHash, ErrScoreMismatch)
	}
	d, err := wire.Digest(s.Domain, sc)
	if err != nil {
		return err
	}
	if !bytes.Equal(d[:], res.Digest) {
		return fmt.Errorf("%s@%s: score digest differs from its EIP-712 digest: %w", rel.Package, rel.Version, ErrScoreMismatch)
	}
	signer, err := wire.Recover(d, res.Signature)
	if err != nil || signer != scorerAddr {
		return fmt.Errorf("%s@%s: score not signed by scorer %s: %w", rel.Package, rel.Version, scorerAddr.Hex(), ErrScoreMismatch)
	}
	return nil
}
