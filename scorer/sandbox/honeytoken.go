package sandbox

import (
	"bytes"
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
)

// decoy is one planted credential: a file in the throwaway home or an environment
// variable, carrying a token unique to the run.
type decoy struct {
	Name  string // "npmrc", "aws", ... (what the report names)
	Path  string // inside the sandbox, "" for an environment variable
	Env   string // variable name, "" for a file
	Token string // the honeytoken: a read of Path, or these bytes leaving, is detected
	Body  string // the file's content (contains Token)
}

// decoys derives the run's decoys from seed. Tokens are deterministic in the seed so
// that a re-run of the same release produces the same behaviour report.
func decoys(seed [32]byte) []decoy {
	tok := func(name string, n int, alphabet string) string {
		h := sha256.Sum256(append(seed[:], "vouch-sandbox-decoy/"+name...))
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteByte(alphabet[int(h[i%32]^byte(i/32*7))%len(alphabet)])
		}
		return b.String()
	}
	const an = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	npm := "npm_" + tok("npmrc", 36, an)
	akid := "AKIA" + tok("aws-id", 16, upper)
	aws := tok("aws", 40, an)
	ssh := tok("ssh", 48, an)
	gh := "gho_" + tok("gh", 36, an)
	wallet := tok("wallet", 64, "0123456789abcdef")
	ghEnv := "ghp_" + tok("env-github", 36, an)
	npmEnv := "npm_" + tok("env-npm", 36, an)
	awsEnv := tok("env-aws", 40, an)
	actionsEnv := tok("env-actions-runtime", 48, an)
	return []decoy{
		{Name: "npmrc", Path: homeDir + "/.npmrc", Token: npm,
			Body: "//registry.npmjs.org/:_authToken=" + npm + "\nemail=maintainer@example.org\n"},
		{Name: "aws-credentials", Path: homeDir + "/.aws/credentials", Token: aws,
			Body: "[default]\naws_access_key_id = " + akid + "\naws_secret_access_key = " + aws + "\n"},
		{Name: "ssh-key", Path: homeDir + "/.ssh/id_rsa", Token: ssh,
			Body: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA" + ssh + "\n-----END OPENSSH PRIVATE KEY-----\n"},
		{Name: "gh-hosts", Path: homeDir + "/.config/gh/hosts.yml", Token: gh,
			Body: "github.com:\n    user: maintainer\n    oauth_token: " + gh + "\n    git_protocol: https\n"},
		{Name: "wallet", Path: homeDir + "/.config/Exodus/exodus.wallet/seed.seco", Token: wallet,
			Body: "{\"mnemonicKey\":\"" + wallet + "\"}\n"},
		{Name: "metamask", Path: homeDir + "/.config/google-chrome/Default/Local Extension Settings/nkbihfbeogaeaoehlefnkodbefgpgknn/000003.log", Token: wallet[:32] + tok("mm", 32, "0123456789abcdef"),
			Body: "{\"vault\":\"{\\\"data\\\":\\\"" + wallet[:32] + tok("mm", 32, "0123456789abcdef") + "\\\"}\"}\n"},
		{Name: "env-GITHUB_TOKEN", Env: "GITHUB_TOKEN", Token: ghEnv},
		{Name: "env-NPM_TOKEN", Env: "NPM_TOKEN", Token: npmEnv},
		{Name: "env-AWS_SECRET_ACCESS_KEY", Env: "AWS_SECRET_ACCESS_KEY", Token: awsEnv},
		{Name: "env-ACTIONS_RUNTIME_TOKEN", Env: "ACTIONS_RUNTIME_TOKEN", Token: actionsEnv},
	}
}

// encodings of a token that exfiltration code commonly uses. Each returns strings that
// must appear verbatim (or, when fold, case-insensitively) in the data that left.
type encoding struct {
	Name string
	Norm func([]byte) []byte // applied to both the encoded token and the data; nil: exact
	Of   func(tok []byte) []string
}

// lowerAlnum folds case and drops every byte that is not a letter or digit: base64 that
// went through a DNS name loses its '+', '/', '=' (or has them swapped for '-', '_') and
// may be lower-cased by a resolver.
func lowerAlnum(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for _, c := range bytes.ToLower(b) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			out = append(out, c)
		}
	}
	return out
}

var tokenEncodings = []encoding{
	{Name: "raw", Of: func(t []byte) []string { return []string{string(t)} }},
	{Name: "hex", Norm: bytes.ToLower, Of: func(t []byte) []string { return []string{hex.EncodeToString(t)} }},
	{Name: "base64", Norm: lowerAlnum, Of: func(t []byte) []string {
		return append(aligned(t, 6, base64.StdEncoding.EncodeToString), aligned(t, 6, base64.URLEncoding.EncodeToString)...)
	}},
	{Name: "base32", Norm: bytes.ToLower, Of: func(t []byte) []string { return aligned(t, 5, base32.StdEncoding.EncodeToString) }},
	{Name: "reversed", Of: func(t []byte) []string {
		r := []byte(string(t))
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return []string{string(r)}
	}},
}

// aligned returns the part of enc(prefix+t) that depends only on t, for every byte
// alignment the token can have inside a larger encoded blob (3 for base64, 5 for base32).
func aligned(t []byte, bits int, enc func([]byte) string) []string {
	groups := 1
	for (8*groups)%bits != 0 {
		groups++
	}
	var out []string
	for k := 0; k < groups; k++ {
		in := append(make([]byte, k), t...)
		s := strings.TrimRight(enc(in), "=")
		lo := (8*k + bits - 1) / bits
		hi := (8 * (k + len(t))) / bits
		if hi > len(s) {
			hi = len(s)
		}
		if lo < hi {
			out = append(out, s[lo:hi])
		}
	}
	return out
}

// views returns the forms of outbound data a token is searched in: the bytes as sent,
// URL-decoded, and, for DNS names, the labels joined (exfiltration splits a token over
// labels of 63 bytes or fewer).
func views(data []byte, dnsName bool) [][]byte {
	out := [][]byte{data}
	if dnsName {
		out = append(out, bytes.ReplaceAll(data, []byte("."), nil))
	}
	for _, v := range out {
		if bytes.IndexByte(v, '%') >= 0 || bytes.IndexByte(v, '+') >= 0 {
			if u, err := url.QueryUnescape(string(v)); err == nil {
				out = append(out, []byte(u))
			} else if u, err := url.PathUnescape(string(v)); err == nil {
				out = append(out, []byte(u))
			}
			break
		}
	}
	return out
}

// match says which decoy's token appears in data, and in which encoding.
func matchTokens(ds []decoy, data []byte, dnsName bool) (found []string) {
	vs := views(data, dnsName)
	normed := map[string][][]byte{}
	for _, d := range ds {
	enc:
		for _, e := range tokenEncodings {
			hays := vs
			if e.Norm != nil {
				if normed[e.Name] == nil {
					for _, v := range vs {
						normed[e.Name] = append(normed[e.Name], e.Norm(v))
					}
				}
				hays = normed[e.Name]
			}
			for _, form := range e.Of([]byte(d.Token)) {
				needle := []byte(form)
				if e.Norm != nil {
					needle = e.Norm(needle)
				}
				if len(needle) < 12 {
					continue
				}
				for _, hay := range hays {
					if bytes.Contains(hay, needle) {
						found = append(found, fmt.Sprintf("%s (%s)", d.Name, e.Name))
						break enc
					}
				}
			}
		}
	}
	return found
}
