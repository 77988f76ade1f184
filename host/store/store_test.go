package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/vouchpm/vouch/host/store"
	"github.com/vouchpm/vouch/host/store/pgtest"
)

// backends opens a fresh store per call for each database; the same suite
// runs on both.
func backends(t *testing.T) map[string]func(t *testing.T) store.Store {
	pg := pgtest.Start(t)
	return map[string]func(t *testing.T) store.Store{
		"sqlite": func(t *testing.T) store.Store {
			return open(t, filepath.Join(t.TempDir(), "host.db"))
		},
		"postgres": func(t *testing.T) store.Store {
			return open(t, pgtest.NewDatabase(t, pg))
		},
	}
}

func open(t *testing.T, dsn string) store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("open %s: %v", dsn, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStore(t *testing.T) {
	for name, fresh := range backends(t) {
		t.Run(name, func(t *testing.T) {
			for _, tc := range suite {
				t.Run(tc.name, func(t *testing.T) { tc.run(t, fresh(t)) })
			}
			t.Run("reopen keeps data and schema", func(t *testing.T) { testReopen(t, name, fresh) })
		})
	}
}

var ctx = context.Background()

var suite = []struct {
	name string
	run  func(t *testing.T, s store.Store)
}{
	{"packages: newer policy wins, older refused", testPackages},
	{"tarballs: content addressed, idempotent", testTarballs},
	{"releases: idempotent create, conflicts, states, filters", testReleases},
	{"signatures and vetoes: unique per release and signer", testSignatures},
	{"revocations", testRevocations},
	{"sealed blobs: never overwritten by an older version", testSealed},
	{"scores and reports", testScores},
	{"evidence cache", testEvidence},
	{"evidence cache: bounded however many nonces", testEvidenceBounded},
	{"tarballs: deleted when their release is vetoed or rejected, kept when published, orphans pruned", testTarballLifetime},
	{"audit log: idempotent append in order", testAudit},
	{"concurrent retries never duplicate", testConcurrentRetries},
	{"approve: one transaction, concurrent approvals promote once, vetoed stays", testApprove},
}

// testApprove: Approve adds the signature and its audit line together, and
// of concurrent approvals that reach the threshold one moves the release to
// approved (none is lost to a race between the insert and the count).
func testApprove(t *testing.T, s store.Store) {
	aud := func(id, signer string) store.AuditEntry {
		return store.AuditEntry{Key: "approve:" + id + ":" + signer, Actor: signer, Action: "approve", Subject: "p@1", Detail: id}
	}
	if _, err := s.Approve(ctx, store.Signature{ReleaseID: "0x99", Signer: "0xa", Sig: []byte{1}}, aud("0x99", "0xa"), 1, nil); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("approve an unknown release: %v, want ErrNotFound", err)
	}
	// Without the row lock PostgreSQL lost the promotion in some round of
	// 100 in one run of two, and in the first of 300 in another: a race, so
	// many rounds.
	const rounds = 200
	for round := range rounds {
		id := fmt.Sprintf("0x%03x", round+1)
		_, err := s.CreateRelease(ctx, rel(id, "p", fmt.Sprintf("1.0.%d", round)))
		must(t, err)
		var wg sync.WaitGroup
		errs := make(chan error, 3)
		for m := range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				signer := fmt.Sprintf("0x%d", m)
				ap, err := s.Approve(ctx, store.Signature{ReleaseID: id, Signer: signer, Sig: []byte{byte(m)}}, aud(id, signer), 3, nil)
				if err == nil && !ap.Created {
					err = fmt.Errorf("signature of %s not created", signer)
				}
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			must(t, err)
		}
		r, err := s.GetRelease(ctx, id)
		must(t, err)
		if r.State != store.StateApproved {
			t.Fatalf("round %d: three concurrent approvals at threshold 3 left the release %s", round, r.State)
		}
	}
	ap, err := s.Approve(ctx, store.Signature{ReleaseID: "0x001", Signer: "0x0", Sig: []byte{0}}, aud("0x001", "0x0"), 3, nil)
	if err != nil || ap.Created || len(ap.Signatures) != 3 || ap.State != store.StateApproved {
		t.Fatalf("retried approval: %+v %v", ap, err)
	}
	if _, err := s.Approve(ctx, store.Signature{ReleaseID: "0x001", Signer: "0x0", Sig: []byte{9}}, aud("0x001", "0x0"), 3, nil); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("second signature by the same signer: %v, want ErrConflict", err)
	}
	log, err := s.ListAudit(ctx, 0, 1000)
	must(t, err)
	if len(log) != 3*rounds {
		t.Fatalf("audit lines = %d, want %d (one per approval, retries idempotent, refused ones rolled back)", len(log), 3*rounds)
	}
	// A vetoed release is not promoted however many signatures it gets.
	_, err = s.CreateRelease(ctx, rel("0xee", "p", "2.0.0"))
	must(t, err)
	_, err = s.AddVeto(ctx, store.Veto{ReleaseID: "0xee", Signer: "0x0", Reason: "no", Sig: []byte{1}})
	must(t, err)
	ap, err = s.Approve(ctx, store.Signature{ReleaseID: "0xee", Signer: "0x1", Sig: []byte{1}}, aud("0xee", "0x1"), 1, nil)
	if err != nil || ap.State != store.StatePending || len(ap.Vetoes) != 1 {
		t.Fatalf("approval of a vetoed release: %+v %v", ap, err)
	}
	// Only the signers in counting (any case) count: a proposer's
	// signature is kept but never promotes.
	_, err = s.CreateRelease(ctx, rel("0xef", "p", "3.0.0"))
	must(t, err)
	maintainers := []string{"0xAA", "0xbb"}
	ap, err = s.Approve(ctx, store.Signature{ReleaseID: "0xef", Signer: "0xcc", Sig: []byte{1}}, aud("0xef", "0xcc"), 1, maintainers)
	if err != nil || ap.State != store.StatePending || !ap.Created || len(ap.Signatures) != 1 {
		t.Fatalf("a signature that does not count promoted the release: %+v %v", ap, err)
	}
	ap, err = s.Approve(ctx, store.Signature{ReleaseID: "0xef", Signer: "0xaa", Sig: []byte{2}}, aud("0xef", "0xaa"), 2, maintainers)
	if err != nil || ap.State != store.StatePending || len(ap.Signatures) != 2 {
		t.Fatalf("one counting signature of two promoted the release: %+v %v", ap, err)
	}
	ap, err = s.Approve(ctx, store.Signature{ReleaseID: "0xef", Signer: "0xBB", Sig: []byte{3}}, aud("0xef", "0xBB"), 2, maintainers)
	if err != nil || ap.State != store.StateApproved || len(ap.Signatures) != 3 {
		t.Fatalf("two counting signatures of two left the release: %+v %v", ap, err)
	}
}

func testPackages(t *testing.T, s store.Store) {
	if _, err := s.GetPackage(ctx, "left-pad"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("get unknown package: %v, want ErrNotFound", err)
	}
	p1 := store.Package{Name: "left-pad", PolicyNonce: 0, Policy: []byte(`{"threshold":2}`)}
	must(t, s.PutPackage(ctx, p1))
	must(t, s.PutPackage(ctx, p1)) // retry
	p1b := p1
	p1b.Policy = []byte(`{"threshold":1}`)
	if err := s.PutPackage(ctx, p1b); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("same nonce, other policy: %v, want ErrConflict", err)
	}
	p2 := store.Package{Name: "left-pad", PolicyNonce: 2, Policy: []byte(`{"threshold":3}`)}
	must(t, s.PutPackage(ctx, p2))
	if err := s.PutPackage(ctx, store.Package{Name: "left-pad", PolicyNonce: 1, Policy: []byte(`{}`)}); !errors.Is(err, store.ErrStale) {
		t.Fatalf("older nonce: %v, want ErrStale", err)
	}
	got, err := s.GetPackage(ctx, "left-pad")
	must(t, err)
	if got.PolicyNonce != 2 || string(got.Policy) != `{"threshold":3}` {
		t.Fatalf("stored policy = %d %s, want nonce 2", got.PolicyNonce, got.Policy)
	}
	must(t, s.PutPackage(ctx, store.Package{Name: "@scope/b", Policy: []byte(`{}`)}))
	all, err := s.ListPackages(ctx)
	must(t, err)
	if len(all) != 2 || all[0].Name != "@scope/b" || all[1].Name != "left-pad" {
		t.Fatalf("list packages = %+v", all)
	}
}

func testTarballs(t *testing.T, s store.Store) {
	data := bytes.Repeat([]byte{0x1f, 0x8b, 0, 0xff}, 4096)
	must(t, s.PutTarball(ctx, "0xaa", data))
	must(t, s.PutTarball(ctx, "0xaa", data))
	if err := s.PutTarball(ctx, "0xaa", []byte("other")); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("other bytes under same hash: %v, want ErrConflict", err)
	}
	got, err := s.GetTarball(ctx, "0xaa")
	must(t, err)
	if !bytes.Equal(got, data) {
		t.Fatal("tarball bytes changed in the store")
	}
	if _, err := s.GetTarball(ctx, "0xbb"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("unknown tarball: %v", err)
	}
}

func rel(id, pkg, ver string) store.Release {
	return store.Release{ID: id, Package: pkg, Version: ver, ContentHash: "0xc" + id, Proposal: []byte(`{"v":"` + ver + `"}`)}
}

func testReleases(t *testing.T, s store.Store) {
	r := rel("0x01", "left-pad", "1.0.0")
	created, err := s.CreateRelease(ctx, r)
	must(t, err)
	if !created {
		t.Fatal("first create reported existing")
	}
	created, err = s.CreateRelease(ctx, r)
	must(t, err)
	if created {
		t.Fatal("retry reported a new release")
	}
	r2 := r
	r2.ContentHash = "0xdead"
	if _, err := s.CreateRelease(ctx, r2); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("same id, other content: %v, want ErrConflict", err)
	}
	got, err := s.GetRelease(ctx, "0x01")
	must(t, err)
	if got.State != store.StatePending || got.Version != "1.0.0" || got.CreatedAt.IsZero() {
		t.Fatalf("release = %+v", got)
	}
	_, err = s.CreateRelease(ctx, rel("0x02", "left-pad", "1.0.1"))
	must(t, err)
	_, err = s.CreateRelease(ctx, rel("0x03", "other", "2.0.0"))
	must(t, err)
	must(t, s.SetReleaseState(ctx, "0x02", store.StateVerified))
	if err := s.SetReleaseState(ctx, "0x99", store.StateVerified); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("state of unknown release: %v", err)
	}
	for _, tc := range []struct {
		f    store.ReleaseFilter
		want []string
	}{
		{store.ReleaseFilter{State: store.StatePending}, []string{"0x01", "0x03"}},
		{store.ReleaseFilter{State: store.StateVerified}, []string{"0x02"}},
		{store.ReleaseFilter{Package: "left-pad"}, []string{"0x01", "0x02"}},
		{store.ReleaseFilter{Package: "left-pad", State: store.StatePending}, []string{"0x01"}},
		{store.ReleaseFilter{Package: "nope"}, nil},
		{store.ReleaseFilter{Limit: 1}, []string{"x"}},
	} {
		list, err := s.ListReleases(ctx, tc.f)
		must(t, err)
		var ids []string
		for _, r := range list {
			ids = append(ids, r.ID)
		}
		if tc.f.Limit == 1 {
			if len(ids) != 1 {
				t.Errorf("limit 1 gave %v", ids)
			}
			continue
		}
		if !sameSet(ids, tc.want) {
			t.Errorf("filter %+v = %v, want %v", tc.f, ids, tc.want)
		}
	}
}

func testSignatures(t *testing.T, s store.Store) {
	_, err := s.CreateRelease(ctx, rel("0x01", "p", "1.0.0"))
	must(t, err)
	sig := store.Signature{ReleaseID: "0x01", Signer: "0xabc", Sig: []byte{1, 2, 3}}
	created, err := s.AddSignature(ctx, sig)
	must(t, err)
	if !created {
		t.Fatal("first signature not created")
	}
	if created, err = s.AddSignature(ctx, sig); err != nil || created {
		t.Fatalf("retry: created=%v err=%v", created, err)
	}
	swapped := sig
	swapped.Sig = []byte{9, 9}
	if _, err := s.AddSignature(ctx, swapped); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("second signature by the same signer: %v, want ErrConflict", err)
	}
	if _, err := s.AddSignature(ctx, store.Signature{ReleaseID: "0x77", Signer: "0xabc", Sig: []byte{1}}); err == nil {
		t.Fatal("signature on an unknown release accepted")
	}
	_, err = s.AddSignature(ctx, store.Signature{ReleaseID: "0x01", Signer: "0xdef", Sig: []byte{4}})
	must(t, err)
	sigs, err := s.ListSignatures(ctx, "0x01")
	must(t, err)
	if len(sigs) != 2 {
		t.Fatalf("signatures = %d, want 2", len(sigs))
	}
	v := store.Veto{ReleaseID: "0x01", Signer: "0xdef", Reason: "suspicious postinstall", Sig: []byte{7}}
	if created, err := s.AddVeto(ctx, v); err != nil || !created {
		t.Fatalf("veto: %v %v", created, err)
	}
	if created, err := s.AddVeto(ctx, v); err != nil || created {
		t.Fatalf("veto retry: %v %v", created, err)
	}
	v.Reason = "changed"
	if _, err := s.AddVeto(ctx, v); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("changed veto: %v", err)
	}
	vs, err := s.ListVetoes(ctx, "0x01")
	must(t, err)
	if len(vs) != 1 || vs[0].Reason != "suspicious postinstall" {
		t.Fatalf("vetoes = %+v", vs)
	}
}

func testRevocations(t *testing.T, s store.Store) {
	r := store.Revocation{Package: "p", Version: "1.0.0", ContentHash: "0xc", Signer: "0xa", Reason: "compromised", Sig: []byte{1}}
	if c, err := s.AddRevocation(ctx, r); err != nil || !c {
		t.Fatalf("revoke: %v %v", c, err)
	}
	if c, err := s.AddRevocation(ctx, r); err != nil || c {
		t.Fatalf("revoke retry: %v %v", c, err)
	}
	r2 := r
	r2.Sig = []byte{2}
	if _, err := s.AddRevocation(ctx, r2); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("changed revocation: %v", err)
	}
	_, err := s.AddRevocation(ctx, store.Revocation{Package: "q", Version: "1.0.0", Signer: "0xa", Sig: []byte{3}})
	must(t, err)
	all, err := s.ListRevocations(ctx, "", 0)
	must(t, err)
	onlyP, err := s.ListRevocations(ctx, "p", 0)
	must(t, err)
	if len(all) != 2 || len(onlyP) != 1 || onlyP[0].Reason != "compromised" {
		t.Fatalf("revocations all=%d p=%+v", len(all), onlyP)
	}
}

func testSealed(t *testing.T, s store.Store) {
	if _, err := s.GetSealed(ctx, "token/p"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("unknown blob: %v", err)
	}
	must(t, s.PutSealed(ctx, store.SealedBlob{Name: "token/p", Version: 1, Data: []byte("v1")}))
	must(t, s.PutSealed(ctx, store.SealedBlob{Name: "token/p", Version: 3, Data: []byte("v3")}))
	must(t, s.PutSealed(ctx, store.SealedBlob{Name: "token/p", Version: 3, Data: []byte("v3")})) // retry
	if err := s.PutSealed(ctx, store.SealedBlob{Name: "token/p", Version: 2, Data: []byte("v2")}); !errors.Is(err, store.ErrStale) {
		t.Fatalf("replay of an older blob: %v, want ErrStale", err)
	}
	if err := s.PutSealed(ctx, store.SealedBlob{Name: "token/p", Version: 3, Data: []byte("x")}); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("same version other bytes: %v, want ErrConflict", err)
	}
	b, err := s.GetSealed(ctx, "token/p")
	must(t, err)
	if b.Version != 3 || string(b.Data) != "v3" {
		t.Fatalf("blob = v%d %q, want v3", b.Version, b.Data)
	}
}

func testScores(t *testing.T, s store.Store) {
	_, err := s.CreateRelease(ctx, rel("0x01", "p", "1.0.0"))
	must(t, err)
	sc := store.Score{ReleaseID: "0x01", Package: "p", Version: "1.0.0", Score: 87, Message: []byte(`{"score":87}`), Sig: []byte{1}, Evidence: nil /* unattested scorer */, Report: []byte(`{"findings":[]}`)}
	must(t, s.PutScore(ctx, sc))
	must(t, s.PutScore(ctx, sc))
	sc2 := sc
	sc2.Message = []byte(`{"score":12}`)
	if err := s.PutScore(ctx, sc2); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("other score for the same release: %v", err)
	}
	got, err := s.GetScore(ctx, "0x01")
	must(t, err)
	if got.Score != 87 || string(got.Report) != `{"findings":[]}` {
		t.Fatalf("score = %+v", got)
	}
	list, err := s.ListScores(ctx, "p", 10)
	must(t, err)
	if len(list) != 1 {
		t.Fatalf("scores = %d", len(list))
	}
	if _, err := s.GetScore(ctx, "0x02"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("unknown score: %v", err)
	}
}

func testEvidence(t *testing.T, s store.Store) {
	must(t, s.PutEvidence(ctx, store.Evidence{Role: "scorer", Nonce: "00ff", Data: []byte("ev")}))
	must(t, s.PutEvidence(ctx, store.Evidence{Role: "scorer", Nonce: "00ff", Data: []byte("ev")}))
	e, err := s.GetEvidence(ctx, "scorer", "00ff")
	must(t, err)
	if string(e.Data) != "ev" {
		t.Fatalf("evidence = %q", e.Data)
	}
	if _, err := s.GetEvidence(ctx, "coordinator", "00ff"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("other role: %v", err)
	}
}

func testAudit(t *testing.T, s store.Store) {
	for i := range 3 {
		e := store.AuditEntry{Key: fmt.Sprintf("k%d", i), Actor: "host", Action: "propose", Subject: "p@1", Detail: "ok"}
		must(t, s.Audit(ctx, e))
		must(t, s.Audit(ctx, e))
	}
	if err := s.Audit(ctx, store.AuditEntry{Action: "x"}); err == nil {
		t.Fatal("audit without key accepted")
	}
	all, err := s.ListAudit(ctx, 0, 0)
	must(t, err)
	if len(all) != 3 || all[0].Key != "k0" || all[2].Key != "k2" || all[0].Seq >= all[1].Seq {
		t.Fatalf("audit = %+v", all)
	}
	rest, err := s.ListAudit(ctx, all[0].Seq, 0)
	must(t, err)
	if len(rest) != 2 {
		t.Fatalf("after first: %d", len(rest))
	}
}

func testConcurrentRetries(t *testing.T, s store.Store) {
	_, err := s.CreateRelease(ctx, rel("0x01", "p", "1.0.0"))
	must(t, err)
	var wg sync.WaitGroup
	var mu sync.Mutex
	createdCount := 0
	errs := make(chan error, 64)
	for i := range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := s.AddSignature(ctx, store.Signature{ReleaseID: "0x01", Signer: fmt.Sprintf("0x%02d", i%4), Sig: []byte{byte(i % 4)}})
			if err != nil {
				errs <- err
				return
			}
			if c {
				mu.Lock()
				createdCount++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	sigs, err := s.ListSignatures(ctx, "0x01")
	must(t, err)
	if len(sigs) != 4 || createdCount != 4 {
		t.Fatalf("signatures = %d, created = %d, want 4 and 4", len(sigs), createdCount)
	}
}

func testReopen(t *testing.T, name string, fresh func(t *testing.T) store.Store) {
	if name != "sqlite" {
		t.Skip("reopen is exercised on the SQLite file; PostgreSQL persists in the server")
	}
	path := filepath.Join(t.TempDir(), "host.db")
	s1, err := store.Open(ctx, path)
	must(t, err)
	must(t, s1.PutSealed(ctx, store.SealedBlob{Name: "n", Version: 5, Data: []byte("x")}))
	must(t, s1.Close())
	s2 := open(t, path)
	v, err := store.SchemaVersion(ctx, s2)
	must(t, err)
	if v != 3 {
		t.Fatalf("schema version = %d", v)
	}
	b, err := s2.GetSealed(ctx, "n")
	must(t, err)
	if b.Version != 5 {
		t.Fatalf("after reopen version = %d", b.Version)
	}
}

func TestOpenRefusesBadDSN(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, dsn := range []string{"", "postgres://nobody@127.0.0.1:1/x?sslmode=disable&connect_timeout=2", filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")} {
		if s, err := store.Open(ctx, dsn); err == nil {
			s.Close()
			t.Errorf("open %q succeeded", dsn)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}

func testEvidenceBounded(t *testing.T, s store.Store) {
	for i := range store.EvidenceCacheRows + 300 {
		must(t, s.PutEvidence(ctx, store.Evidence{Role: "scorer", Nonce: fmt.Sprintf("%032x", i), Data: []byte("q")}))
	}
	must(t, s.PutEvidence(ctx, store.Evidence{Role: "coordinator", Nonce: "keep", Data: []byte("q")}))
	kept := 0
	for i := range store.EvidenceCacheRows + 300 {
		if _, err := s.GetEvidence(ctx, "scorer", fmt.Sprintf("%032x", i)); err == nil {
			kept++
		}
	}
	if kept > store.EvidenceCacheRows {
		t.Fatalf("%d scorer evidence rows kept, bound %d", kept, store.EvidenceCacheRows)
	}
	if _, err := s.GetEvidence(ctx, "scorer", fmt.Sprintf("%032x", store.EvidenceCacheRows+299)); err != nil {
		t.Fatalf("the newest evidence was dropped: %v", err)
	}
	if _, err := s.GetEvidence(ctx, "coordinator", "keep"); err != nil {
		t.Fatalf("another role's evidence was dropped: %v", err)
	}
}

func testTarballLifetime(t *testing.T, s store.Store) {
	for _, h := range []string{"0xaa", "0xbb", "0xcc"} {
		must(t, s.PutTarball(ctx, h, []byte("tgz "+h)))
	}
	_, err := s.CreateRelease(ctx, store.Release{ID: "0x01", Package: "p", Version: "1.0.0", ContentHash: "0xaa", Proposal: []byte("{}")})
	must(t, err)
	// Two releases of the same bytes: the tarball stays while one is open.
	_, err = s.CreateRelease(ctx, store.Release{ID: "0x02", Package: "p", Version: "1.0.1", ContentHash: "0xbb", Proposal: []byte("{}")})
	must(t, err)
	_, err = s.CreateRelease(ctx, store.Release{ID: "0x03", Package: "q", Version: "1.0.1", ContentHash: "0xbb", Proposal: []byte("{}")})
	must(t, err)
	if moved, err := s.MoveReleaseState(ctx, "0x01", store.StateApproved, store.StatePublished); err != nil || moved {
		t.Fatalf("moved a pending release as if approved: %v %v", moved, err)
	}
	if moved, err := s.MoveReleaseState(ctx, "0x01", store.StatePending, store.StatePublished); err != nil || !moved {
		t.Fatalf("compare-and-set from the right state: %v %v", moved, err)
	}
	if _, err := s.GetTarball(ctx, "0xaa"); err != nil {
		t.Fatalf("tarball of a published, not yet anchored release deleted: %v", err)
	}
	must(t, s.SetReleaseState(ctx, "0x01", store.StateVerified))
	if _, err := s.GetTarball(ctx, "0xaa"); err != nil {
		t.Fatalf("tarball of an anchored release (the next release's diff base) deleted: %v", err)
	}
	must(t, s.SetReleaseState(ctx, "0x02", store.StateVetoed))
	if _, err := s.GetTarball(ctx, "0xbb"); err != nil {
		t.Fatalf("tarball an open release names was deleted: %v", err)
	}
	must(t, s.SetReleaseState(ctx, "0x03", store.StateRejected))
	if _, err := s.GetTarball(ctx, "0xbb"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("tarball of two ended releases kept: %v", err)
	}
	n, err := s.PruneTarballs(ctx, time.Now().Add(time.Hour))
	must(t, err)
	if n != 1 {
		t.Fatalf("pruned %d orphan tarballs, want 1", n)
	}
	if _, err := s.GetTarball(ctx, "0xcc"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("orphan upload kept: %v", err)
	}
}
