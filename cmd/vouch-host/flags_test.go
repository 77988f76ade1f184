package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseFlags(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		wantErr string
	}{
		{[]string{"--dev"}, ""},
		{[]string{"--db", "x.db", "--chain-id", "1", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3"}, ""},
		{[]string{"--db", "x.db"}, "required"},
		{[]string{"--db", "x.db", "--chain-id", "1", "--registry", "0x12"}, "required"},
		{[]string{"--dev", "--tls-cert", "c.pem"}, "together"},
		{[]string{"--dev", "extra"}, "unexpected"},
		{[]string{"--nope"}, "unknown flag"},
		{[]string{"--dev", "--chain-key", "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"}, "--chain-key-file"},
		{[]string{"--dev", "--chain-key-file", "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"}, "raw private key"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			_, err := parseFlags(tc.args, io.Discard)
			if tc.wantErr == "" && err != nil {
				t.Fatal(err)
			}
			if tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("err = %v, want %q", err, tc.wantErr)
			}
		})
	}
}

// TestEnvSetsFlags: every flag reads VOUCH_HOST_<NAME>, the command line
// wins over it, a malformed value is an error, and --help names the variable.
func TestEnvSetsFlags(t *testing.T) {
	t.Setenv("VOUCH_HOST_LISTEN", "127.0.0.1:9999")
	t.Setenv("VOUCH_HOST_RELAY_EVERY", "2s")
	c, err := parseFlags([]string{"--dev"}, io.Discard)
	if err != nil || c.listen != "127.0.0.1:9999" || c.relayEvery != 2*time.Second {
		t.Fatalf("env not applied: %+v %v", c, err)
	}
	c, err = parseFlags([]string{"--dev", "--listen", "127.0.0.1:1"}, io.Discard)
	if err != nil || c.listen != "127.0.0.1:1" {
		t.Fatalf("the flag must win over the env: %q %v", c.listen, err)
	}
	t.Setenv("VOUCH_HOST_RATE", "fast")
	if _, err := parseFlags([]string{"--dev"}, io.Discard); err == nil || !strings.Contains(err.Error(), "VOUCH_HOST_RATE") {
		t.Fatalf("a malformed variable must be an error naming it: %v", err)
	}
	os.Unsetenv("VOUCH_HOST_RATE")
	os.Unsetenv("VOUCH_HOST_LISTEN")
	if c, _ := parseFlags(nil, io.Discard); c.listen != "127.0.0.1:8480" {
		t.Fatalf("default listen %q: the vouch CLI looks at 127.0.0.1:8480", c.listen)
	}
}

func TestHelpVersionCompletion(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"VOUCH_HOST_CHAIN_RPC", "VOUCH_HOST_NPM_REGISTRY", "--dev", "version", "completion"}},
		{[]string{"version"}, []string{"vouch-host "}},
		{[]string{"--version"}, []string{"vouch-host version"}},
		{[]string{"completion", "bash"}, []string{"__start_vouch-host"}},
	} {
		var out bytes.Buffer
		cmd := newRootCommand(&out, &out)
		cmd.SetArgs(tc.args)
		if err := cmd.Execute(); err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%v: no %q in:\n%.600s", tc.args, w, out.String())
			}
		}
	}
}

func TestRedactDSN(t *testing.T) {
	if got := redactDSN("postgres://u:hunter2@db:5432/x"); strings.Contains(got, "hunter2") {
		t.Fatalf("password printed: %s", got)
	}
}

func TestCheckNPM(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "ca.pem")
	_ = os.WriteFile(good, []byte("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"), 0o600)
	junk := filepath.Join(dir, "junk.pem")
	_ = os.WriteFile(junk, []byte("not a certificate"), 0o600)
	for _, tc := range []struct {
		url, ca, wantErr string
		wantCA           bool
	}{
		{"", "", "needs --npm-registry", false},
		{"http://127.0.0.1:4873", "", "https only", false},
		{"https://", "", "https only", false},
		{"https://registry.npmjs.org", "", "", false},
		{"https://127.0.0.1:4873", good, "", true},
		{"https://127.0.0.1:4873", junk, "no PEM certificate", false},
		{"https://127.0.0.1:4873", filepath.Join(dir, "missing.pem"), "--npm-ca", false},
	} {
		ca, err := checkNPM(tc.url, tc.ca)
		if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
			t.Errorf("checkNPM(%q, %q) = %v, want %q", tc.url, tc.ca, err, tc.wantErr)
		}
		if (ca != "") != tc.wantCA {
			t.Errorf("checkNPM(%q, %q) CA %q", tc.url, tc.ca, ca)
		}
	}
}

// TestChainKeyNeverFromArgv: a raw key in argv or in the environment is
// refused with the way out; a key file is read.
func TestChainKeyNeverFromArgv(t *testing.T) {
	raw := "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	t.Setenv("VOUCH_HOST_CHAIN_KEY", raw)
	if _, err := parseFlags([]string{"--dev"}, io.Discard); err == nil || !strings.Contains(err.Error(), "--chain-key-file") {
		t.Fatalf("VOUCH_HOST_CHAIN_KEY with a raw key: %v", err)
	}
	os.Unsetenv("VOUCH_HOST_CHAIN_KEY")
	f := filepath.Join(t.TempDir(), "chain.key")
	if err := os.WriteFile(f, []byte(raw+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VOUCH_HOST_CHAIN_KEY_FILE", f)
	c, err := parseFlags([]string{"--dev"}, io.Discard)
	if err != nil || c.chainKeyFile != f {
		t.Fatalf("VOUCH_HOST_CHAIN_KEY_FILE: %q %v", c.chainKeyFile, err)
	}
	var help bytes.Buffer
	cmd := newRootCommand(&help, &help)
	cmd.SetArgs([]string{"--help"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(help.String(), "--chain-key ") || !strings.Contains(help.String(), "--chain-key-file") {
		t.Fatalf("--help must offer --chain-key-file only:\n%s", help.String())
	}
}
