package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/vouchpm/vouch/host/api"
)

// TestTeamChangesFromTheCLI: a 2-of-3 team becomes 2-of-4 (a new maintainer
// joins with an invite code, two maintainers approve) and then 3-of-4
// (vouch team threshold, approved by a second maintainer), from the CLI
// alone against vouch-host --dev; each change reaches the chain through the
// host's relay. The next release then needs three approvals: two leave it
// pending, the third approves it.
func TestTeamChangesFromTheCLI(t *testing.T) {
	hostURL, printed := vouchHostDev(t, "--data", t.TempDir())
	m := regexp.MustCompile(`dev chain: (http://\S+) \(chain id \d+\), VouchRegistry at (0x[0-9a-fA-F]{40})`).FindStringSubmatch(printed)
	if m == nil {
		t.Fatalf("no dev chain line in:\n%s", printed)
	}
	t.Setenv("VOUCH_CONFIG_DIR", t.TempDir())
	t.Setenv("VOUCH_KEYSTORE_LIGHT", "1")
	t.Setenv("VOUCH_PASSPHRASE", "pw")
	t.Setenv("VOUCH_HOST", hostURL)
	t.Setenv("VOUCH_RPC", m[1])
	t.Setenv("VOUCH_REGISTRY", m[2])
	work := t.TempDir()
	must := func(args ...string) string {
		t.Helper()
		code, out, errOut := runVouch(t, args...)
		if code != 0 {
			t.Fatalf("vouch %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
		}
		return out + errOut
	}
	dirs := map[string]string{}
	keys := map[string]string{}
	var addrs []string
	for i, who := range []string{"alice", "bob", "carol"} {
		km := regexp.MustCompile(`account ` + string(rune('1'+i)) + `: 0x[0-9a-fA-F]{40} key 0x([0-9a-f]{64})`).FindStringSubmatch(printed)
		if km == nil {
			t.Fatalf("no key of account %d in:\n%s", i+1, printed)
		}
		keys[who] = km[1]
		kf := filepath.Join(work, who+".key")
		os.WriteFile(kf, []byte(km[1]), 0o600)
		dirs[who] = filepath.Join(work, who)
		addrs = append(addrs, strings.TrimSpace(must("key", "import", kf, "--key-dir", dirs[who])))
	}
	dirs["dave"] = filepath.Join(work, "dave")
	must("key", "new", "--key-dir", dirs["dave"])
	dave := strings.TrimSpace(must("key", "export-address", "--key-dir", dirs["dave"]))
	if !regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`).MatchString(dave) {
		t.Fatalf("dave's address: %q", dave)
	}

	ef := filepath.Join(work, "enroll.vouch.json")
	must("enroll", "team-pkg", "--maintainer", strings.Join(addrs, ","), "--threshold", "2", "--veto-window", "1s", "--out", ef, "--key-dir", dirs["alice"])
	must("enroll", "--sign", ef, "--yes", "--key-dir", dirs["bob"])
	if out := must("submit", ef); !strings.Contains(out, "enrolled team-pkg on chain: 2 of 3") {
		t.Fatalf("submit: %s", out)
	}

	// 2 of 3 -> 2 of 4: alice invites, dave joins, alice and bob approve.
	code := strings.TrimSpace(strings.SplitN(must("team", "invite", "team-pkg", "--key-dir", dirs["alice"]), "\n", 2)[0])
	if !regexp.MustCompile(`^[0-9A-Z]{4}-[0-9A-Z]{4}$`).MatchString(code) {
		t.Fatalf("invite code %q", code)
	}
	out := must("team", "join", code, "--key-dir", dirs["dave"])
	idm := regexp.MustCompile(`policy change (0x[0-9a-f]{64}) needs 2 maintainer signatures`).FindStringSubmatch(out)
	if idm == nil {
		t.Fatalf("join:\n%s", out)
	}
	change := idm[1]
	if out := must("pending"); !strings.Contains(out, change) || !strings.Contains(out, "team-pkg policy change (2 of 4 maintainers") {
		t.Fatalf("pending does not list the change:\n%s", out)
	}
	// The joiner is no maintainer: their signature is refused.
	if c, o, e := runVouch(t, "approve", change, "--yes", "--key-dir", dirs["dave"]); c == 0 {
		t.Fatalf("dave approved his own joining: %s%s", o, e)
	}
	out = must("approve", change, "--yes", "--key-dir", dirs["alice"])
	if !strings.Contains(out, "* maintainer 4") || !strings.Contains(out, dave) || !strings.Contains(out, "1 of 2 signatures, pending") {
		t.Fatalf("first approval of the join:\n%s", out)
	}
	out = must("approve", change, "--yes", "--key-dir", dirs["bob"])
	if !strings.Contains(out, "2 of 2 signatures, applied") || !strings.Contains(out, "recorded on chain: 2 of 4 maintainers") {
		t.Fatalf("second approval of the join:\n%s", out)
	}
	if out := must("status", "team-pkg"); !strings.Contains(out, "threshold    2 of 4") || !strings.Contains(out, dave) {
		t.Fatalf("status after the join:\n%s", out)
	}

	// 2 of 4 -> 3 of 4: dave (now a maintainer) proposes, carol approves.
	out = must("team", "threshold", "team-pkg", "3", "--yes", "--key-dir", dirs["dave"])
	idm = regexp.MustCompile(`policy change (0x[0-9a-f]{64}) of team-pkg: 1 of 2 signatures, pending`).FindStringSubmatch(out)
	if idm == nil || !strings.Contains(out, "* threshold     2 of 4") {
		t.Fatalf("team threshold:\n%s", out)
	}
	// Carol signs outside vouch: a wallet (here go-ethereum) signs the
	// printed typed data, and vouch approve takes the signature.
	out = must("approve", idm[1], "--signature", signTypedDataJSON(t, mustOut(t, "approve", idm[1], "--print-typed-data"), keys["carol"]))
	if !strings.Contains(out, "recorded on chain: 3 of 4 maintainers") {
		t.Fatalf("approve the threshold change:\n%s", out)
	}
	if out := must("team", "status", "team-pkg"); !strings.Contains(out, "threshold    3 of 4") || !strings.Contains(out, "no policy change being signed") {
		t.Fatalf("team status:\n%s", out)
	}

	// The next release needs three approvals.
	tgzPath, _ := packDir(t, "team-pkg", "1.0.0", "module.exports = () => 1\n")
	var st api.ReleaseStatus
	if err := json.Unmarshal([]byte(strings.TrimSpace(mustOut(t, "propose", "--tarball", tgzPath, "--json", "--key-dir", dirs["alice"]))), &st); err != nil {
		t.Fatal(err)
	}
	if st.Threshold != 3 {
		t.Fatalf("the release asks %d signatures, want 3", st.Threshold)
	}
	out = must("approve", st.ID, "--yes", "--key-dir", dirs["dave"])
	if !strings.Contains(out, "2 of 3 signatures, pending") {
		t.Fatalf("two approvals must leave the release pending:\n%s", out)
	}
	// The coordinator enclave, which reads the policy from the chain, agrees.
	for i := 0; ; i++ {
		json.Unmarshal([]byte(mustOut(t, "status", st.ID, "--json")), &st)
		if st.Enclave != nil {
			break
		}
		if i == 100 {
			t.Fatal("the coordinator never reported the release")
		}
		time.Sleep(100 * time.Millisecond)
	}
	if st.Enclave.State != "pending" {
		t.Fatalf("with 2 of 3 signatures the coordinator's state is %q", st.Enclave.State)
	}
	td := mustOut(t, "approve", st.ID, "--print-typed-data")
	if strings.Contains(td, `"salt"`) || strings.Contains(td, `"PolicyChange"`) || !strings.Contains(td, `"EIP712Domain"`) {
		t.Fatalf("the printed typed data is not in wallet form:\n%s", td)
	}
	// A signature over anything else is refused before it reaches the host.
	if c, o, e := runVouch(t, "approve", st.ID, "--signature", signTypedDataJSON(t, strings.Replace(td, `"1.0.0"`, `"1.0.1"`, 1), keys["carol"])); c == 0 || strings.Contains(o, "approved by") {
		t.Fatalf("a signature of other typed data was accepted: %s%s", o, e)
	}
	out = must("approve", st.ID, "--signature", signTypedDataJSON(t, td, keys["carol"]))
	if !strings.Contains(out, "3 of 3 signatures, approved") || !strings.Contains(out, "approved by "+addrs[2]) {
		t.Fatalf("the third approval:\n%s", out)
	}
}

// mustOut runs vouch and returns its standard output only.
func mustOut(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runVouch(t, args...)
	if code != 0 {
		t.Fatalf("vouch %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// signTypedDataJSON signs eth_signTypedData_v4 JSON the way a wallet does,
// with go-ethereum alone: the EIP-712 hash, then secp256k1 with v in {27, 28}.
func signTypedDataJSON(t *testing.T, js, keyHex string) string {
	t.Helper()
	var td apitypes.TypedData
	if err := json.Unmarshal([]byte(js), &td); err != nil {
		t.Fatalf("typed data: %v\n%s", err, js)
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	key, err := crypto.HexToECDSA(keyHex)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(hash, key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return hexutil.Encode(sig)
}
