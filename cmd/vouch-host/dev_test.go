package main

import (
	"bufio"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/host/api"
	"github.com/vouchpm/vouch/scorer/corpus"
)

// TestDevOneCommand runs `vouch-host --dev` with the scorer and coordinator
// binaries beside it (the coordinator countersigns enrollments): it prints
// where everything listens, and a proposed release gets a score signed by
// the scorer child process.
func TestDevOneCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds vouch-host and the scorer and runs them")
	}
	dir := t.TempDir()
	if out, err := exec.Command("go", "build", "-o", dir+"/", ".", "../coordinator", "../scorer").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cmd := exec.Command(filepath.Join(dir, "vouch-host"), "--dev", "--data", filepath.Join(dir, "data"), "--listen", "127.0.0.1:0", "--rate", "0")
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Signal(os.Interrupt); _ = cmd.Wait() })
	var printed []string
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		printed = append(printed, sc.Text())
		if strings.HasPrefix(sc.Text(), "coordinator enclave:") {
			break
		}
	}
	go io.Copy(io.Discard, out)
	all := strings.Join(printed, "\n")
	api1 := regexp.MustCompile(`vouch-host API: (http://\S+)/v1`).FindStringSubmatch(all)
	chainLine := regexp.MustCompile(`chain: http://\S+ \(chain id (\d+), registry (0x[0-9a-fA-F]{40})\)`).FindStringSubmatch(all)
	if api1 == nil || chainLine == nil || !strings.Contains(all, "scorer enclave: 127.0.0.1:") || !strings.Contains(all, "SIMULATED") {
		t.Fatalf("--dev did not print where everything listens:\n%s", all)
	}
	base := api1[1]
	dom := wire.Domain{ChainID: 1337, Registry: common.HexToAddress(chainLine[2])}

	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("dev-maintainer")))
	me := crypto.PubkeyToAddress(key.PublicKey)
	sign := func(d [32]byte) api.SignedBy {
		s, err := wire.Sign(key, d)
		if err != nil {
			t.Fatal(err)
		}
		return api.SignedBy{Signer: me, Signature: s}
	}
	pol := wire.PolicyChange{PackageName: "dev-pkg", Maintainers: []common.Address{me}, Threshold: 1}
	pd, _ := wire.Digest(dom, wire.Enrollment(pol))
	var hdr http.Header
	post := func(method, path, ct string, body []byte, want int) []byte {
		req, _ := http.NewRequest(method, base+path, strings.NewReader(string(body)))
		for k, v := range hdr {
			req.Header[k] = v
		}
		req.Header.Set("Content-Type", ct)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != want {
			t.Fatalf("%s %s: %d %s", method, path, resp.StatusCode, b)
		}
		return b
	}
	post("POST", "/v1/packages", "application/json", mustJSON(t, api.PolicyRequest{Policy: pol, Signatures: []api.SignedBy{sign(pd)}}), 201)
	pkgDir := t.TempDir()
	os.WriteFile(filepath.Join(pkgDir, "package.json"), []byte(`{"name":"dev-pkg","version":"1.0.0"}`), 0o644)
	os.WriteFile(filepath.Join(pkgDir, "index.js"), []byte("module.exports = 1\n"), 0o644)
	tgz, err := corpus.Pack(pkgDir)
	if err != nil {
		t.Fatal(err)
	}
	h := common.Hash(sha256.Sum256(tgz))
	sum := sha512.Sum512(tgz)
	rj := api.ReleaseJSON{PackageName: "dev-pkg", Version: "1.0.0", Integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:]), ContentHash: h, Nonce: 0}
	rd, _ := wire.Digest(dom, wire.Release{PackageName: rj.PackageName, Version: rj.Version, Integrity: sum[:], ContentHash: h, Nonce: 0})
	prop := api.ProposeRequest{Release: rj, SignedBy: sign(rd)}
	hdr = proposalHeader(t, prop)
	post("PUT", "/v1/tarballs/"+h.Hex(), "application/octet-stream", tgz, 201)
	hdr = nil
	post("POST", "/v1/releases", "application/json", mustJSON(t, prop), 201)

	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/v1/releases/" + wire.HexDigest(rd) + "/score")
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				var sc api.ScoreJSON
				if err := json.Unmarshal(b, &sc); err != nil || sc.Score < 0 || sc.Score > 100 || len(sc.Signature) != 132 {
					t.Fatalf("score: %s", b)
				}
				t.Logf("scored by the dev scorer: %d", sc.Score)
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("no score within 60 s")
		}
		time.Sleep(500 * time.Millisecond)
	}
}
