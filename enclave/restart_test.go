package enclave

import (
	"bytes"
	"context"
	"crypto/sha512"
	"encoding/json"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/enclave/registrytest"
	"github.com/vouchpm/vouch/enclave/wire"
)

const childEnv = "VOUCH_COORDINATOR_CHILD_DIR"

// TestCoordinatorChild is the coordinator process the restart test starts
// and kills. It does nothing unless started by that test.
func TestCoordinatorChild(t *testing.T) {
	dir := os.Getenv(childEnv)
	if dir == "" {
		t.Skip("run by TestKillBetweenThresholdAndPublish")
	}
	raw, err := os.ReadFile(filepath.Join(dir, "config.json"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ParseConfig(raw)
	if err != nil {
		t.Fatal(err)
	}
	// The simulated TPM keeps its NV memory (seeds, AK, rollback counter)
	// in a file, as a real TPM would keep it across a restart.
	tpm, err := sim.NewAttester(sim.WithStateFile(filepath.Join(dir, "tpm.state")))
	if err != nil {
		t.Fatal(err)
	}
	ak, err := tpm.AKPublicPEM()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ak.pem"), ak, 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := New(cfg, simDeps(tpm, newKey(t), newTestChain(filepath.Join(dir, "chain.json")), time.Now))
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addrFile := filepath.Join(dir, "addr")
	if err := os.WriteFile(addrFile+".tmp", []byte(l.Addr().String()), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(addrFile+".tmp", addrFile); err != nil {
		t.Fatal(err)
	}
	_ = c.Serve(context.Background(), l, slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})))
}

// startChild starts a coordinator process and returns its address.
func startChild(t *testing.T, dir string, logs *syncBuffer) (*exec.Cmd, string, []byte) {
	t.Helper()
	_ = os.Remove(filepath.Join(dir, "addr"))
	cmd := exec.Command(os.Args[0], "-test.run=^TestCoordinatorChild$", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"="+dir)
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	deadline := time.Now().Add(20 * time.Second)
	for {
		if a, err := os.ReadFile(filepath.Join(dir, "addr")); err == nil {
			ak, err := os.ReadFile(filepath.Join(dir, "ak.pem"))
			if err != nil {
				t.Fatal(err)
			}
			return cmd, string(a), ak
		}
		if time.Now().After(deadline) {
			t.Fatalf("coordinator child did not start:\n%s", logs.Bytes())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func kill(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
}

func TestKillBetweenThresholdAndPublish(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Verdaccio and coordinator processes")
	}
	reg := registrytest.Start(t, registrytest.Options{TLS: true})
	login := reg.AddUser(t, "carol", "carol-password-1")
	token := reg.CreateToken(t, login, "carol-password-1", false)

	dir := t.TempDir()
	w := newWorld(t, reg.URL, string(reg.CAPEM))
	w.chain = newTestChain(filepath.Join(dir, "chain.json"))
	w.chain.update(func(d *chainData) { d.Scorers[addr(w.scorer)] = true })
	w.enroll("crashy", 2, 0, 50, false)
	cfgJSON, _ := json.Marshal(w.cfg)
	if err := os.WriteFile(filepath.Join(dir, "config.json"), cfgJSON, 0o600); err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("coordinator logs:\n%s", logs.Bytes())
		}
	})

	// First life: token, proposal, score, second approval; the threshold is
	// met and the (zero) veto window passed, so the tick signs the
	// authorization. The host relays it on chain, then the enclave dies.
	child, addr1, ak := startChild(t, dir, &logs)
	h := dialHost(t, addr1, ak, w.cfg, time.Now)
	var tok wire.AddTokenResponse
	if err := h.call(wire.KindAddToken, w.tokenRequest("crashy", h.encryptToken(token), 0, 1), &tok); err != nil {
		t.Fatal(err)
	}
	d, rel, err := w.proposeVia(h, "crashy", "1.0.0", 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.call(wire.KindScore, w.score(rel, 80), &wire.StatusResponse{}); err != nil {
		t.Fatal(err)
	}
	if err := h.call(wire.KindApprove, w.approve(w.m[1], d), &wire.StatusResponse{}); err != nil {
		t.Fatal(err)
	}
	var tick wire.TickResponse
	if err := h.call(wire.KindTick, wire.TickRequest{}, &tick); err != nil {
		t.Fatal(err)
	}
	if len(tick.Authorizations) != 1 || len(tick.Receipts) != 0 {
		t.Fatalf("first tick: %d authorizations, %d receipts", len(tick.Authorizations), len(tick.Receipts))
	}
	w.recordPublish(h.enclave, rel, tick.Authorizations[0])
	firstBlob, lastBlob := h.blobs[1], h.state // blobs[0] is the sealed token
	kill(t, child)
	if v := reg.Versions(t, "crashy"); len(v) != 0 {
		t.Fatalf("published before the restart: %v", v)
	}

	// Second life: the sealed state brings back the release and the key;
	// the tick publishes exactly once.
	child, addr2, ak2 := startChild(t, dir, &logs)
	if !bytes.Equal(ak, ak2) {
		t.Fatal("the simulated TPM's AK changed across the restart")
	}
	h2 := dialHost(t, addr2, ak, w.cfg, time.Now)
	var loaded wire.StatusResponse
	if err := h2.call(wire.KindLoadState, wire.LoadStateRequest{State: lastBlob}, &loaded); err != nil {
		t.Fatal(err)
	}
	h2 = dialHost(t, addr2, ak, w.cfg, time.Now) // re-read the evidence: the key is the sealed one now
	if h2.enclave != h.enclave {
		t.Fatalf("restarted enclave signs as %s, want %s", h2.enclave.Hex(), h.enclave.Hex())
	}
	if err := h2.call(wire.KindTick, wire.TickRequest{}, &tick); err != nil {
		t.Fatal(err)
	}
	if len(tick.Receipts) != 1 || tick.Receipts[0].Receipt.RegistryStatus != 201 {
		t.Fatalf("tick after restart: receipts %+v", tick.Receipts)
	}
	if err := h2.call(wire.KindTick, wire.TickRequest{}, &tick); err != nil || len(tick.Receipts) != 0 {
		t.Fatalf("second tick after restart: %d receipts, %v", len(tick.Receipts), err)
	}
	afterPublish := h2.state
	// A crash after the enclave sealed its state again and before the host
	// stored that blob: the host holds afterPublish, one behind. When
	// sealing moved the rollback counter first, the third life refused it
	// for ever ("stale-state": the sealed token and releases were lost);
	// now the counter moves only when a blob is committed, so it loads.
	if err := h2.call(wire.KindTick, wire.TickRequest{}, &tick); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(h2.state, afterPublish) {
		t.Fatal("the tick sealed no new state")
	}
	kill(t, child)

	// Third life: an older blob is refused; the one the host stored before
	// the crash loads and publishes nothing again.
	_, addr3, _ := startChild(t, dir, &logs) // stopped by the test's cleanup
	h3 := dialHost(t, addr3, ak, w.cfg, time.Now)
	for _, old := range [][]byte{firstBlob, lastBlob} {
		wantCode(t, h3.call(wire.KindLoadState, wire.LoadStateRequest{State: old}, nil), "stale-state", "newest committed")
	}
	if err := h3.call(wire.KindLoadState, wire.LoadStateRequest{State: afterPublish}, &loaded); err != nil {
		t.Fatalf("the blob the host stored before the crash: %v", err)
	}
	h3 = dialHost(t, addr3, ak, w.cfg, time.Now)
	if err := h3.call(wire.KindTick, wire.TickRequest{}, &tick); err != nil || len(tick.Receipts) != 0 {
		t.Fatalf("tick after the third start: %d receipts, %v", len(tick.Receipts), err)
	}

	// A crash after the PUT but before the state was sealed: the registry
	// already holds the bytes (409); the enclave checks they are its bytes
	// and records the release as published, without a second version.
	d2, rel2, err := w.proposeVia(h3, "crashy", "1.0.1", 1)
	if err != nil {
		t.Fatal(err)
	}
	_ = h3.call(wire.KindScore, w.score(rel2, 80), &wire.StatusResponse{})
	if err := h3.call(wire.KindApprove, w.approve(w.m[2], d2), &wire.StatusResponse{}); err != nil {
		t.Fatal(err)
	}
	if err := h3.call(wire.KindTick, wire.TickRequest{}, &tick); err != nil || len(tick.Authorizations) != 1 {
		t.Fatalf("tick for 1.0.1: %d authorizations, %v", len(tick.Authorizations), err)
	}
	w.recordPublish(h3.enclave, rel2, tick.Authorizations[0])
	tgz2 := makeTarball(t, "crashy", "1.0.1", "module.exports = () => 'crashy@1.0.1'")
	if st, _, err := w.c.npm.publish(context.Background(), token, rel2, tgz2, map[string]any{"name": "crashy", "version": "1.0.1"}); err != nil || st != 201 {
		t.Fatalf("the dead enclave's PUT: %d %v", st, err)
	}
	if err := h3.call(wire.KindTick, wire.TickRequest{}, &tick); err != nil {
		t.Fatal(err)
	}
	if len(tick.Receipts) != 1 || tick.Receipts[0].Receipt.RegistryStatus != 409 {
		t.Fatalf("tick after a PUT that landed: %+v", tick.Receipts)
	}
	versions := reg.Versions(t, "crashy")
	if len(versions) != 2 {
		t.Fatalf("registry versions %v, want 1.0.0 and 1.0.1 once each", versions)
	}
	served := reg.Tarball(t, "crashy", "1.0.0")
	if sum := sha512.Sum512(served); !bytes.Equal(sum[:], rel.Integrity) {
		t.Fatal("served 1.0.0 does not hash to the signed integrity")
	}

	if bytes.Contains(logs.Bytes(), []byte(token)) {
		t.Fatal("the npm token appears in the coordinator's logs")
	}
}
