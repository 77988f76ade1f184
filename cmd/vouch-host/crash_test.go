package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/host/store"
)

var crashDomain = wire.Domain{ChainID: 1337, Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

// startHost runs the vouch-host binary on db and returns its base URL.
func startHost(t *testing.T, bin, db string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(bin, "--db", db, "--chain-id", "1337", "--registry", crashDomain.Registry.Hex(), "--listen", "127.0.0.1:0", "--rate", "0")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "vouch-host API: "); ok {
			go io.Copy(io.Discard, out)
			return cmd, strings.TrimSuffix(strings.Fields(rest)[0], "/v1")
		}
	}
	t.Fatal("vouch-host did not print its address")
	return nil, ""
}

type call struct {
	method, path, ctype string
	body                []byte
	hdr                 http.Header
}

func (c call) send(base string) (int, error) {
	req, err := http.NewRequest(c.method, base+c.path, bytes.NewReader(c.body))
	if err != nil {
		return 0, err
	}
	for k, v := range c.hdr {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", c.ctype)
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, nil
}

// TestSIGKILLMidFlow kills the host with SIGKILL while clients propose and
// approve releases, restarts it on the same database, and lets the clients
// retry: nothing acknowledged is lost and nothing is duplicated.
func TestSIGKILLMidFlow(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the vouch-host binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "vouch-host")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "host.db")
	host, base := startHost(t, bin, db)

	keys := make([]*ecdsa.PrivateKey, 3)
	var addrs []common.Address
	for i := range keys {
		keys[i], _ = crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("crash-%d", i))))
		addrs = append(addrs, crypto.PubkeyToAddress(keys[i].PublicKey))
	}
	sign := func(k *ecdsa.PrivateKey, d [32]byte) api.SignedBy {
		s, err := wire.Sign(k, d)
		if err != nil {
			t.Fatal(err)
		}
		return api.SignedBy{Signer: crypto.PubkeyToAddress(k.PublicKey), Signature: s}
	}
	pol := wire.PolicyChange{PackageName: "crashy", Maintainers: addrs, Threshold: 3}
	pd, _ := wire.Digest(crashDomain, wire.Enrollment(pol))
	// This host runs with no coordinator and no chain: the client brings the
	// coordinator's NameControl countersignature, which the host keeps as
	// is (the contract is what checks it). A fixed key stands in for the
	// coordinator's.
	coord, _ := crypto.ToECDSA(crypto.Keccak256([]byte("crash-coordinator")))
	ncd, _ := wire.Digest(crashDomain, wire.NameControl{EnrollmentDigest: pd})
	nc, err := wire.Sign(coord, ncd)
	if err != nil {
		t.Fatal(err)
	}
	enroll := call{"POST", "/v1/packages", "application/json", mustJSON(t, api.PolicyRequest{Policy: pol, Signatures: []api.SignedBy{sign(keys[0], pd), sign(keys[1], pd), sign(keys[2], pd)}, NameControl: nc}), nil}
	if c, err := enroll.send(base); err != nil || c != 201 {
		t.Fatalf("enroll: %d %v", c, err)
	}

	// Each release is a chain of calls: upload, propose, approve, approve.
	const releases = 40
	flows := make([][]call, releases)
	ids := make([]string, releases)
	for i := range flows {
		tgz := []byte(fmt.Sprintf("\x1f\x8b crash tarball %d", i))
		h := common.Hash(sha256.Sum256(tgz))
		sum := sha512.Sum512(tgz)
		rj := api.ReleaseJSON{PackageName: "crashy", Version: fmt.Sprintf("0.%d.0", i), Integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:]), ContentHash: h, Nonce: uint64(i)}
		d, _ := wire.Digest(crashDomain, wire.Release{PackageName: rj.PackageName, Version: rj.Version, Integrity: sum[:], ContentHash: h, Nonce: rj.Nonce})
		ids[i] = wire.HexDigest(d)
		prop := api.ProposeRequest{Release: rj, SignedBy: sign(keys[0], d)}
		flows[i] = []call{
			{"PUT", "/v1/tarballs/" + h.Hex(), "application/octet-stream", tgz, proposalHeader(t, prop)},
			{"POST", "/v1/releases", "application/json", mustJSON(t, prop), nil},
			{"POST", "/v1/releases/" + ids[i] + "/signatures", "application/json", mustJSON(t, sign(keys[1], d)), nil},
			{"POST", "/v1/releases/" + ids[i] + "/signatures", "application/json", mustJSON(t, sign(keys[2], d)), nil},
		}
	}
	// acked[i] = how many calls of flow i the host acknowledged before dying.
	acked := make([]atomic.Int32, releases)
	var total atomic.Int32
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < releases; i += 4 {
				for _, c := range flows[i] {
					code, err := c.send(base)
					if err != nil || code >= 300 {
						return // the host died: this client stops here
					}
					acked[i].Add(1)
					total.Add(1)
				}
			}
		}()
	}
	for total.Load() < 50 {
		time.Sleep(2 * time.Millisecond)
	}
	if err := host.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	_ = host.Wait()
	wg.Wait()
	killedAt := total.Load()
	if killedAt >= releases*4 {
		t.Fatal("the flow finished before the kill; the test proved nothing")
	}

	// Nothing acknowledged was lost.
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i := range releases {
		n := int(acked[i].Load())
		if n >= 2 {
			if _, err := st.GetRelease(ctx, ids[i]); err != nil {
				t.Errorf("acknowledged release %d lost: %v", i, err)
			}
			sigs, _ := st.ListSignatures(ctx, ids[i])
			if len(sigs) < n-1 {
				t.Errorf("release %d: %d acknowledged signatures, %d stored", i, n-1, len(sigs))
			}
		}
	}
	st.Close()

	// Restart and let every client retry its whole flow from the start.
	_, base = startHost(t, bin, db)
	if c, err := enroll.send(base); err != nil || c != 200 {
		t.Fatalf("retried enroll: %d %v", c, err)
	}
	for i, f := range flows {
		for j, c := range f {
			code, err := c.send(base)
			if err != nil || (code != 200 && code != 201) {
				t.Fatalf("retry of flow %d call %d: %d %v", i, j, code, err)
			}
		}
	}
	st, err = store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rels, err := st.ListReleases(ctx, store.ReleaseFilter{Package: "crashy", Limit: 1000})
	if err != nil || len(rels) != releases {
		t.Fatalf("releases after recovery = %d, want %d (%v)", len(rels), releases, err)
	}
	for i, id := range ids {
		sigs, _ := st.ListSignatures(ctx, id)
		rel, _ := st.GetRelease(ctx, id)
		if len(sigs) != 3 || rel.State != store.StateApproved {
			t.Errorf("release %d: %d signatures, state %s; want 3 and approved", i, len(sigs), rel.State)
		}
	}
	audit, _ := st.ListAudit(ctx, 0, 1000)
	if want := 1 + releases*3; len(audit) != want {
		t.Errorf("audit log has %d entries, want %d (one per acknowledged write)", len(audit), want)
	}
	t.Logf("killed after %d acknowledged calls of %d; recovered without loss or duplicates", killedAt, releases*4)
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// proposalHeader is the signed proposal a tarball upload carries.
func proposalHeader(t *testing.T, prop api.ProposeRequest) http.Header {
	h := http.Header{}
	h.Set(api.ProposalHeader, base64.StdEncoding.EncodeToString(mustJSON(t, prop)))
	return h
}
