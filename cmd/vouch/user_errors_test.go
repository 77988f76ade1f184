package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPublisherUserErrors: every error a publisher or co-maintainer can cause
// prints one line, "vouch: <sentence>", that says what to do, with the right
// exit code and no stack trace.
func TestPublisherUserErrors(t *testing.T) {
	f := newFlowEnv(t)
	work := t.TempDir()
	tgzPath, _ := packDir(t, "nobody-enrolled-this", "1.0.0", "x\n")
	garbage := filepath.Join(work, "garbage.vouch.json")
	os.WriteFile(garbage, []byte(`{"format":"vouch-signing-file/1","typedData":{`), 0o644)
	notTgz := filepath.Join(work, "not.tgz")
	os.WriteFile(notTgz, []byte("plain text, not gzip"), 0o644)
	emptyKeys := filepath.Join(work, "empty-keystore")
	zeroID := "0x" + strings.Repeat("0", 64)
	a, b := f.addr("alice"), f.addr("bob")

	for _, tc := range []struct {
		name string
		who  string
		env  map[string]string
		args []string
		code int
		want string
	}{
		{"no key", "", nil, []string{"propose", "--tarball", tgzPath, "--key-dir", emptyKeys}, exitUsage, "create one with `vouch key new`"},
		{"wrong passphrase", "alice", map[string]string{"VOUCH_PASSPHRASE": "wrong"}, []string{"propose", "--tarball", tgzPath}, exitUsage, "wrong passphrase for key " + a},
		{"host down", "", nil, []string{"pending", "--host", "http://127.0.0.1:1"}, exitUsage, "cannot reach vouch-host at http://127.0.0.1:1: start it"},
		{"host URL malformed", "", nil, []string{"status", zeroID, "--host", "ftp://x"}, exitUsage, "set --host or VOUCH_HOST"},
		{"chain down", "alice", nil, []string{"propose", "--tarball", tgzPath, "--rpc", "http://127.0.0.1:1"}, exitChain, "check --rpc / VOUCH_RPC"},
		{"no registry", "alice", map[string]string{"VOUCH_REGISTRY": ""}, []string{"propose", "--tarball", tgzPath}, exitUsage, "set --registry or VOUCH_REGISTRY"},
		{"unknown package", "alice", nil, []string{"propose", "--tarball", tgzPath}, exitFindings, `"nobody-enrolled-this" is not enrolled`},
		{"unknown release", "", nil, []string{"status", zeroID}, exitFindings, "No release " + zeroID},
		{"malformed release ID", "", nil, []string{"status", "0x1234"}, exitUsage, "must be 0x and 64 hex digits"},
		{"malformed signing file", "", nil, []string{"submit", garbage}, exitUsage, "invalid signing file"},
		{"missing signing file", "", nil, []string{"submit", filepath.Join(work, "nope.json")}, exitUsage, "no such file"},
		{"not a tarball", "alice", nil, []string{"propose", "--tarball", notTgz}, exitUsage, "not a readable npm package"},
		{"threshold above maintainers", "alice", nil, []string{"enroll", "w", "--maintainer", a + "," + b, "--threshold", "3"}, exitUsage, "--threshold must be between 1 and the 2 maintainers"},
		{"maintainer not an address", "alice", nil, []string{"enroll", "w", "--maintainer", "bob", "--threshold", "1"}, exitUsage, "`vouch key export-address`"},
		{"enroll needs more signatures", "alice", nil, []string{"enroll", "w", "--maintainer", a + "," + b, "--threshold", "2"}, exitUsage, "--out FILE"},
		{"signer not a maintainer", "carol", nil, []string{"enroll", "w", "--maintainer", a + "," + b, "--threshold", "1"}, exitUsage, "is not one of the maintainers"},
		{"veto without reason", "carol", nil, []string{"veto", zeroID}, exitUsage, "--reason"},
		{"revoke malformed", "carol", nil, []string{"revoke", "widget", "--reason", "x"}, exitUsage, "is not PKG@VERSION"},
		{"token add bad name", "", nil, []string{"token", "add", "Not/A Name", "--allow-simulated"}, exitUsage, "not an npm package name"},
		{"no npm token", "", map[string]string{"VOUCH_NPM_TOKEN": ""}, []string{"token", "add", "widget", "--allow-simulated", "--roots", f.akPEM, "--token-file", filepath.Join(work, "nope")}, exitUsage, "reading --token-file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			code, _, errOut := f.try(t, tc.who, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, tc.code, errOut)
			}
			lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
			last := lines[len(lines)-1]
			if !strings.HasPrefix(last, "vouch: ") || !strings.Contains(last, tc.want) {
				t.Errorf("last stderr line %q, want it to contain %q", last, tc.want)
			}
			if strings.Contains(errOut, "goroutine ") || strings.Contains(errOut, "panic") {
				t.Errorf("stack trace on stderr: %s", errOut)
			}
		})
	}
}
