package main

import (
	"strings"
	"testing"
)

func TestParseHostConfig(t *testing.T) {
	for _, tc := range []struct {
		name, body, wantErr, registry string
	}{
		{"ok", `{"host":"http://h","chainId":1337,"rpcUrl":"http://r","registry":"0x0c2f2F4D76d06121526f6562707A9c7D0bB804A4","enclaves":[]}`, "", "0x0c2f2F4D76d06121526f6562707A9c7D0bB804A4"},
		{"duplicate registry", `{"registry":"0x0c2f2F4D76d06121526f6562707A9c7D0bB804A4","registry":"0x1111111111111111111111111111111111111111"}`, "duplicate", ""},
		{"case variant", `{"registry":"0x0c2f2F4D76d06121526f6562707A9c7D0bB804A4","REGISTRY":"0x1111111111111111111111111111111111111111"}`, "unknown name", ""},
		{"not an address", `{"registry":"evil.example"}`, "not an address", ""},
		{"not json", `<html>`, "not a host configuration", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hc, err := parseHostConfig([]byte(tc.body))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || hc.Registry != tc.registry {
				t.Fatalf("%+v, %v", hc, err)
			}
		})
	}
}

// FuzzParseHostConfig: a hostile host's /v1/config never panics the CLI,
// and whatever is accepted names a well-formed registry address or none.
func FuzzParseHostConfig(f *testing.F) {
	f.Add([]byte(`{"host":"http://h","chainId":1337,"rpcUrl":"http://r","registry":"0x0c2f2F4D76d06121526f6562707A9c7D0bB804A4","enclaves":[{"role":"scorer","key":"0x1","simulated":true}]}`))
	f.Add([]byte(`{"registry":"0x0c2f2F4D76d06121526f6562707A9c7D0bB804A4","registry":"x"}`))
	f.Add([]byte(`{"chainId":-1}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		hc, err := parseHostConfig(body)
		if err == nil && hc.Registry != "" && (len(hc.Registry) != 42 && len(hc.Registry) != 40) {
			t.Fatalf("accepted registry %q", hc.Registry)
		}
	})
}
