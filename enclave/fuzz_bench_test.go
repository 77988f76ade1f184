package enclave

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/enclave/wire"
)

// FuzzHandle drives the whole dispatcher with arbitrary frames: whatever the
// host sends, the enclave answers with a signed response and never panics.
func FuzzHandle(f *testing.F) {
	w := newWorld(f, unreachableRegistry, "")
	w.enroll("pkg", 2, 0, 50, false)
	tgz := makeTarball(f, "pkg", "1.0.0", "x")
	rel := w.release("pkg", "1.0.0", tgz)
	d, sig := w.sign(w.m[0], rel)
	v := wire.Veto{ReleaseDigest: d, Reason: "no"}
	_, vsig := w.sign(w.m[1], v)
	for kind, body := range map[string]wire.Body{
		wire.KindPropose:     wire.ProposeRequest{Release: rel, Signature: sig, Tarball: tgz},
		wire.KindApprove:     w.approve(w.m[1], d),
		wire.KindScore:       w.score(rel, 90),
		wire.KindVeto:        wire.VetoRequest{Veto: v, Signature: vsig},
		wire.KindTick:        wire.TickRequest{},
		wire.KindStatus:      wire.StatusRequest{},
		wire.KindGetEvidence: wire.GetEvidenceRequest{Nonce: make([]byte, 32)},
		wire.KindAddToken:    wire.AddTokenRequest{Package: "pkg", Ciphertext: []byte("not ecies"), Signatures: [][]byte{make([]byte, 65)}},
		wire.KindLoadState:   wire.LoadStateRequest{State: []byte("not sealed")},
	} {
		frame, err := wire.EncodeRequest(1, kind, body)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(frame)
	}
	// The dispatcher is what is fuzzed: seal with AES-GCM and an in-memory
	// counter instead of the TPM, which is too slow for a fuzz loop.
	sealKey := make([]byte, 32)
	c, err := New(w.cfg, Deps{Key: newKey(f), Attester: w.tpm, Chain: w.chain, Now: w.clock.Now, Rand: rand.Reader,
		Sealer: newTestSealer(sealKey), StateSealer: &CounterSealer{Sealer: newTestSealer(sealKey), Counter: &testCounter{}}})
	if err != nil {
		f.Fatal(err)
	}
	enclave := c.Address()
	f.Fuzz(func(t *testing.T, frame []byte) {
		resp := c.Handle(context.Background(), frame)
		if err := wire.VerifyResponse(&resp, enclave); err != nil {
			t.Fatalf("unsigned response: %v", err)
		}
	})
}

// FuzzReadManifest feeds arbitrary bytes to the tarball reader.
func FuzzReadManifest(f *testing.F) {
	f.Add(makeTarball(f, "pkg", "1.0.0", "x"))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := readManifest(data, "pkg", "1.0.0")
		if err == nil && (m["name"] != "pkg" || m["version"] != "1.0.0") {
			t.Fatalf("accepted a manifest for %v@%v", m["name"], m["version"])
		}
	})
}

// BenchmarkApprove measures one approval as the enclave handles it: the
// EIP-712 digest of the release, ecrecover of the signature, the maintainer
// and nonce checks against the (in-memory) chain view, dedupe and the state
// update. Goal: at least 5,000 approvals/s on one core.
func BenchmarkApprove(b *testing.B) {
	ctx := context.Background()
	w := newWorld(b, unreachableRegistry, "")
	const releases, signers = 256, 15
	var keys []*ecdsa.PrivateKey
	var maint []common.Address
	for range signers + 1 {
		k := newKey(b)
		keys = append(keys, k)
		maint = append(maint, addr(k))
	}
	w.chain.update(func(d *chainData) {
		d.Policies["bench"] = PackagePolicy{Enrolled: true, Maintainers: maint, Threshold: signers + 2, VetoWindow: 3600}
	})
	var rels []wire.Release
	var reqs []wire.ApproveRequest // reqs[s*releases+r]
	for r := range releases {
		tgz := makeTarball(b, "bench", fmt.Sprintf("1.0.%d", r), "x")
		rel := w.release("bench", fmt.Sprintf("1.0.%d", r), tgz)
		_, sig := w.sign(keys[0], rel)
		if _, err := w.c.Propose(ctx, wire.ProposeRequest{Release: rel, Signature: sig, Tarball: tgz}); err != nil {
			b.Fatal(err)
		}
		rels = append(rels, rel)
	}
	for s := 1; s <= signers; s++ {
		for _, rel := range rels {
			d, _ := wire.Digest(w.cfg.Domain(), rel)
			reqs = append(reqs, w.approve(keys[s], d))
		}
	}
	cpu0 := cpuTime(b)
	for i := 0; b.Loop(); i++ {
		j := i % len(reqs)
		if j == 0 && i > 0 {
			b.StopTimer()
			w.c.mu.Lock()
			for _, r := range w.c.releases {
				r.Approvals = r.Approvals[:1]
			}
			w.c.mu.Unlock()
			b.StartTimer()
		}
		rel := rels[j%releases]
		d, err := wire.Digest(w.cfg.Domain(), rel)
		if err != nil || d != reqs[j].ReleaseDigest {
			b.Fatal("digest", err)
		}
		if _, err := w.c.Approve(ctx, reqs[j]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "approvals/s")
	// On a shared machine wall time says little: the process's CPU time
	// (user+sys) per approval gives the rate one free core would reach.
	b.ReportMetric(float64(b.N)/(cpuTime(b)-cpu0).Seconds(), "approvals/cpu-s")
}

func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
