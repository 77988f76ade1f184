package sgx

import (
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadCollateralDirForms(t *testing.T) {
	src := "testdata/ata-sgx-v3"
	copyDir := func(t *testing.T, edit func(dir string)) string {
		dir := t.TempDir()
		entries, err := os.ReadDir(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(src, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		edit(dir)
		return dir
	}
	rewrite := func(name string, f func([]byte) []byte) func(string) {
		return func(dir string) {
			p := filepath.Join(dir, name)
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, f(data), 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	tests := []struct {
		name string
		edit func(dir string)
		want error // nil: loads
	}{
		{"as served", func(string) {}, nil},
		{"issuer chain URL-encoded as in the PCS header", rewrite(FileTCBInfoIssuerChain, func(b []byte) []byte {
			return []byte(strings.ReplaceAll(url.QueryEscape(string(b)), "+", "%20"))
		}), nil},
		{"PCK CRL issuer chain is optional", func(dir string) { os.Remove(filepath.Join(dir, FilePCKCRLIssuerChain)) }, nil},
		{"missing TCB info", func(dir string) { os.Remove(filepath.Join(dir, FileTCBInfo)) }, fs.ErrNotExist},
		{"TCB info without signature", rewrite(FileTCBInfo, func(b []byte) []byte {
			return []byte(strings.Replace(string(b), `"signature"`, `"sig"`, 1))
		}), ErrCollateral},
		{"QE identity of another enclave", rewrite(FileQEIdentity, func(b []byte) []byte {
			return []byte(strings.Replace(string(b), `"id":"QE"`, `"id":"QVE"`, 1))
		}), ErrCollateral},
		{"CRL is not a CRL", rewrite(FileRootCACRL, func([]byte) []byte { return []byte("not a crl") }), ErrCollateral},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := LoadCollateralDir(copyDir(t, tc.edit))
			if tc.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				v, err := NewVerifier(WithCollateral(c))
				if err != nil {
					t.Fatalf("collateral loaded but not trusted: %v", err)
				}
				quote, _ := os.ReadFile(filepath.Join(src, "quote.dat"))
				if _, err := v.VerifyQuote(t.Context(), quote, nil, realAt); err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

// TCB info version 2 (PCS API v3) spells the components out one by one.
func TestTCBInfoVersion2(t *testing.T) {
	body := `{"version":2,"issueDate":"2019-09-05T07:47:07Z","nextUpdate":"2029-09-05T07:47:07Z","fmspc":"00707F000000","pceId":"0000","tcbType":0,"tcbEvaluationDataNumber":3,"tcbLevels":[{"tcb":{"sgxtcbcomp01svn":1,"sgxtcbcomp02svn":3,"sgxtcbcomp03svn":0,"sgxtcbcomp04svn":0,"sgxtcbcomp05svn":0,"sgxtcbcomp06svn":1,"sgxtcbcomp07svn":1,"sgxtcbcomp08svn":0,"sgxtcbcomp09svn":0,"sgxtcbcomp10svn":0,"sgxtcbcomp11svn":0,"sgxtcbcomp12svn":0,"sgxtcbcomp13svn":0,"sgxtcbcomp14svn":0,"sgxtcbcomp15svn":0,"sgxtcbcomp16svn":9,"pcesvn":3},"tcbDate":"2019-09-01T00:00:00Z","tcbStatus":"UpToDate"}]}`
	ti, err := parseTCBInfo([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	l := ti.TCBLevels[0].TCB
	if l.SVN[0] != 1 || l.SVN[1] != 3 || l.SVN[15] != 9 || l.PCESVN != 3 {
		t.Fatalf("parsed %+v", l)
	}
	if _, err := parseTCBInfo([]byte(strings.Replace(body, `"sgxtcbcomp16svn":9,`, "", 1))); err == nil {
		t.Fatal("a missing component was accepted")
	}
}
