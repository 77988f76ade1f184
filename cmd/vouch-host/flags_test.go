package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		{[]string{"--nope"}, "not defined"},
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
