package sandbox

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"strings"
	"testing"
)

// TestHoneytokenEncodings: a decoy token is found in outbound bytes whatever the common
// encoding, at any alignment inside a larger encoded blob, split across DNS labels.
func TestHoneytokenEncodings(t *testing.T) {
	ds := decoys([32]byte{7})
	tok := ds[0].Token // npmrc
	pre := "user=maintainer&token="
	b64 := base64.StdEncoding.EncodeToString([]byte(pre + tok + "&x=1"))
	b32 := strings.ToLower(base32.StdEncoding.EncodeToString([]byte("k:" + tok)))
	dnsB64 := strings.NewReplacer("+", "", "/", "", "=", "").Replace(base64.StdEncoding.EncodeToString([]byte("a" + tok)))
	var labels []string
	for i := 0; i < len(dnsB64); i += 20 {
		labels = append(labels, dnsB64[i:min(i+20, len(dnsB64))])
	}
	for _, tc := range []struct {
		name, data string
		dns        bool
		want       string
	}{
		{"raw", "POST /x\r\n\r\n" + tok, false, "npmrc (raw)"},
		{"hex", "GET /?d=" + strings.ToUpper(hex.EncodeToString([]byte(tok))), false, "npmrc (hex)"},
		{"base64 inside a blob", "data=" + b64, false, "npmrc (base64)"},
		{"base32 lower-case", b32, false, "npmrc (base32)"},
		{"url-encoded", "d=" + url.QueryEscape("//registry/:_authToken="+tok), false, "npmrc (raw)"},
		{"base64 split over DNS labels", strings.Join(labels, ".") + ".evil.example", true, "npmrc (base64)"},
		{"reversed", "x" + reverse(tok), false, "npmrc (reversed)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := matchTokens(ds, []byte(tc.data), tc.dns)
			if !contains(got, tc.want) {
				t.Errorf("matchTokens = %v, want %q", got, tc.want)
			}
		})
	}
	if got := matchTokens(ds, []byte("GET / HTTP/1.1\r\nHost: registry.npmjs.org\r\n\r\n"), false); len(got) != 0 {
		t.Errorf("benign request matched %v", got)
	}
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// TestParseStrace reads the line shapes strace -f -y --pidns-translation writes,
// including unfinished/resumed pairs and hostile file names.
func TestParseStrace(t *testing.T) {
	log := `10 execve("/bin/sh", ["/bin/sh", "/sandbox/run.sh", "/bin/sh", "-c", "node x.js"], 0x7ffc /* 30 vars */) = 0
10 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|SIGCHLD, child_tidptr=0x7f) = 3 /* 11 in strace's PID NS */
11 execve("/bin/sh", ["/bin/sh", "-c", "node x.js"], 0x55 /* 30 vars */) = 0
11 openat(AT_FDCWD, "/home/user/.npmrc", O_RDONLY|O_CLOEXEC <unfinished ...>
11 <... openat resumed>) = 5</home/user/.npmrc>
11 openat(AT_FDCWD, "/tmp/a\", O_RDONLY) = 0\n12 x", O_WRONLY|O_CREAT, 0666) = 6</tmp/a", O_RDONLY) = 0\n12 x>
11 connect(7<TCP:[12]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}, 16) = -1 EINPROGRESS (Operation now in progress)
11 unlinkat(5</home/user>, ".bashrc", 0) = 0
11 +++ killed by SIGXCPU +++
`
	calls := parseStrace(strings.NewReader(log))
	if len(calls) != 8 {
		t.Fatalf("parsed %d calls, want 8: %+v", len(calls), calls)
	}
	if calls[1].Child != 11 {
		t.Errorf("clone child = %d, want 11 (strace's namespace)", calls[1].Child)
	}
	if p := fdPath(calls[3].Ret); p != "/home/user/.npmrc" {
		t.Errorf("resumed openat path = %q", p)
	}
	if p, _ := unquote(calls[4].Args[1]); p != "/tmp/a\", O_RDONLY) = 0\n12 x" {
		t.Errorf("hostile file name = %q", p)
	}
	ev := events(calls, "/work/app/node_modules/x", decoys([32]byte{}), nil)
	want := map[string]bool{"decoy-read npmrc ~/.npmrc": false, "connect tcp 1.2.3.4:443": false, "write unlinkat ~/.bashrc": false, "limit cpu time": false}
	for _, e := range ev {
		if _, ok := want[e.Kind+" "+e.Detail]; ok {
			want[e.Kind+" "+e.Detail] = true
		}
	}
	for k, seen := range want {
		if !seen {
			t.Errorf("no event %q in %+v", k, ev)
		}
	}
}

func FuzzParseStrace(f *testing.F) {
	f.Add([]byte("10 openat(AT_FDCWD, \"/a\", O_RDONLY) = 3</a>\n"))
	f.Add([]byte("11 <... openat resumed>) = 5</home/user/.npmrc>\n"))
	f.Add([]byte("10 clone(child_stack=NULL) = 3 /* 11 in strace's PID NS */\n11 +++ killed by SIGKILL +++\n"))
	f.Add([]byte("10 execve(\"/bin/sh\", [\"sh\", \"-c\", \"x\\\"y\"], 0x0) = 0\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		calls := parseStrace(strings.NewReader(string(b)))
		_ = events(calls, "/work/app/node_modules/x", nil, nil)
		for _, c := range calls {
			for _, a := range c.Args {
				_, _ = unquote(a)
				_ = stringList(a)
			}
		}
	})
}

func FuzzParseDNSQuery(f *testing.F) {
	q := []byte{0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3, 'w', 'w', 'w', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 0, 0, 1, 0, 1}
	f.Add(q)
	f.Add([]byte{0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 0x0c, 0, 1, 0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		q, err := parseDNSQuery(b)
		if err != nil {
			return
		}
		a := dnsAnswer(b, q, [4]byte{127, 1, 0, 1})
		if len(a) < q.End {
			t.Fatalf("answer shorter than the question")
		}
		if _, err := parseDNSQuery(append(append([]byte{}, b[:2]...), append([]byte{1, 0}, a[4:q.End]...)...)); err != nil {
			t.Fatalf("the echoed question does not parse: %v", err)
		}
	})
}

func TestParseDNSQuery(t *testing.T) {
	q, err := parseDNSQuery([]byte{0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3, 'w', 'w', 'w', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 0, 0, 1, 0, 1})
	if err != nil || q.Name != "www.example" || q.Type != 1 {
		t.Fatalf("parse = %+v, %v", q, err)
	}
	for _, bad := range [][]byte{nil, {0, 0, 0x80, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1}, {0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 0x0c, 0, 1, 0, 1}} {
		if _, err := parseDNSQuery(bad); err == nil {
			t.Errorf("accepted %x", bad)
		}
	}
}

// TestStableDetail: what differs between runs or versions without being behaviour is
// taken out before base and new are compared.
func TestStableDetail(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"~/.npm/_cacache/tmp/24c9f54f-ceae-4eab-9562-3433075b0cf3", "~/.npm/_cacache/tmp/<uuid>"},
		{"~/.npm/_logs/2028-01-08T06_08_14_672Z-debug-0.log", "~/.npm/_logs/<time>-debug-0.log"},
		{"/usr/bin/npm install @esbuild/linux-x64@0.28.2", "/usr/bin/npm install @esbuild/linux-x64@$VERSION"},
		{"/tmp/build-0123456789abcdef0123/x", "/tmp/build-<hex>/x"},
		{"tcp 45.9.148.108:4444", "tcp 45.9.148.108:4444"},
	} {
		if got := stable(tc.in, "0.28.2"); got != tc.want {
			t.Errorf("stable(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
