package main

import (
	"io"
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
