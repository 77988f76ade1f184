package tarball

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"testing"
	"time"
)

type entry struct {
	name     string
	typ      byte
	body     string
	linkname string
}

func buildTGZ(t testing.TB, entries []entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, e := range entries {
		typ := e.typ
		if typ == 0 {
			typ = tar.TypeReg
		}
		h := &tar.Header{Name: e.name, Typeflag: typ, Mode: 0o644, Size: int64(len(e.body)), Linkname: e.linkname, ModTime: time.Unix(499162500, 0)}
		if typ != tar.TypeReg {
			h.Size = 0
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Size > 0 {
			if _, err := tw.Write([]byte(e.body)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadGood(t *testing.T) {
	tgz := buildTGZ(t, []entry{
		{name: "package/package.json", body: `{"name":"a","version":"1.0.0"}`},
		{name: "package/lib/", typ: tar.TypeDir},
		{name: "package/lib/index.js", body: "module.exports = 1\n"},
		{name: "./package/README.md", body: "# a\n"},
	})
	p, err := Read(tgz, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range p.Files {
		names = append(names, f.Path)
	}
	if fmt.Sprint(names) != "[README.md lib/index.js package.json]" {
		t.Fatalf("files = %v", names)
	}
	if got := string(p.File("lib/index.js").Data); got != "module.exports = 1\n" {
		t.Fatalf("data = %q", got)
	}
	s512 := sha512.Sum512(tgz)
	if want := "sha512-" + base64.StdEncoding.EncodeToString(s512[:]); p.Integrity != want || Integrity(tgz) != want {
		t.Fatalf("integrity %s, want %s", p.Integrity, want)
	}
	if p.SHA512 != s512 || p.ContentHash != sha256.Sum256(tgz) || p.ContentHash != ContentHash(tgz) {
		t.Fatal("hash mismatch")
	}
	if p.Compressed != int64(len(tgz)) {
		t.Fatalf("compressed = %d", p.Compressed)
	}
}

func TestReadRefusals(t *testing.T) {
	good := entry{name: "package/index.js", body: "x"}
	tests := []struct {
		name    string
		entries []entry
		lim     Limits
		want    error
	}{
		{"traversal", []entry{good, {name: "package/../../etc/passwd", body: "x"}}, Limits{}, ErrTraversal},
		{"traversal dir", []entry{{name: "../x/", typ: tar.TypeDir}, good}, Limits{}, ErrTraversal},
		{"absolute", []entry{{name: "/etc/cron.d/x", body: "x"}}, Limits{}, ErrAbsolutePath},
		{"windows absolute", []entry{{name: "C:/x/y", body: "x"}}, Limits{}, ErrAbsolutePath},
		{"backslash", []entry{{name: "package\\..\\x", body: "x"}}, Limits{}, ErrBadPath},
		{"symlink", []entry{good, {name: "package/evil", typ: tar.TypeSymlink, linkname: "/root/.ssh/id_rsa"}}, Limits{}, ErrLink},
		{"symlink inside", []entry{good, {name: "package/a", typ: tar.TypeSymlink, linkname: "index.js"}}, Limits{}, ErrLink},
		{"hardlink", []entry{good, {name: "package/h", typ: tar.TypeLink, linkname: "package/index.js"}}, Limits{}, ErrLink},
		{"char device", []entry{{name: "package/null", typ: tar.TypeChar}}, Limits{}, ErrDevice},
		{"fifo", []entry{{name: "package/p", typ: tar.TypeFifo}}, Limits{}, ErrDevice},
		{"duplicate", []entry{good, good}, Limits{}, ErrDuplicate},
		{"too many files", []entry{good, {name: "package/b", body: "b"}, {name: "package/c", body: "c"}}, Limits{MaxFiles: 2}, ErrTooManyFiles},
		{"path too long", []entry{{name: "package/" + string(bytes.Repeat([]byte("a"), 200)), body: "x"}}, Limits{MaxPathLen: 100}, ErrPathTooLong},
		{"file too large", []entry{{name: "package/big", body: string(make([]byte, 5000))}}, Limits{MaxFileSize: 4096}, ErrFileSize},
		{"uncompressed too large", []entry{{name: "package/big", body: string(make([]byte, 50000))}}, Limits{MaxUncompressed: 20000}, ErrUncompressedSize},
		{"empty", []entry{{name: "package/", typ: tar.TypeDir}}, Limits{}, ErrEmpty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(buildTGZ(t, tc.entries), tc.lim)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if !errors.Is(err, ErrRefused) {
				t.Fatalf("err %v does not wrap ErrRefused", err)
			}
		})
	}
}

func TestReadTruncatedAndCorrupt(t *testing.T) {
	tgz := buildTGZ(t, []entry{{name: "package/index.js", body: string(bytes.Repeat([]byte("console.log(1)\n"), 2000))}})
	for _, cut := range []int{5, 20, len(tgz) / 2, len(tgz) - 4} {
		if _, err := Read(tgz[:cut], Limits{}); !errors.Is(err, ErrTruncated) {
			t.Errorf("cut at %d: err = %v, want ErrTruncated", cut, err)
		}
	}
	bad := bytes.Clone(tgz)
	bad[len(bad)-6] ^= 0xff // CRC32 in the gzip trailer
	if _, err := Read(bad, Limits{}); !errors.Is(err, ErrCorrupt) {
		t.Errorf("bad crc: err = %v, want ErrCorrupt", err)
	}
	if _, err := Read(append(bytes.Clone(tgz), "junk"...), Limits{}); !errors.Is(err, ErrCorrupt) {
		t.Errorf("trailing data: err = %v, want ErrCorrupt", err)
	}
	if _, err := Read([]byte("not gzip at all"), Limits{}); !errors.Is(err, ErrCorrupt) {
		t.Errorf("not gzip: err = %v, want ErrCorrupt", err)
	}
	if _, err := Read(tgz, Limits{MaxCompressed: int64(len(tgz) - 1)}); !errors.Is(err, ErrCompressedSize) {
		t.Errorf("compressed limit: err = %v", err)
	}
}

// countingWriter records how many bytes the producer managed to write.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// TestMillionTinyFiles streams a tarball of a million empty files through a pipe: the
// reader must stop at the count limit long before the producer is done.
func TestMillionTinyFiles(t *testing.T) {
	pr, pw := io.Pipe()
	cw := &countingWriter{w: pw}
	done := make(chan int)
	go func() {
		zw, _ := gzip.NewWriterLevel(cw, gzip.BestSpeed)
		tw := tar.NewWriter(zw)
		i := 0
		for ; i < 1_000_000; i++ {
			if err := tw.WriteHeader(&tar.Header{Name: fmt.Sprintf("package/f%07d", i), Typeflag: tar.TypeReg, Mode: 0o644}); err != nil {
				break
			}
		}
		if i == 1_000_000 {
			tw.Close()
			zw.Close()
		}
		pw.Close()
		done <- i
	}()
	_, err := ReadFrom(pr, Limits{})
	pr.CloseWithError(errors.New("reader stopped"))
	written := <-done
	if !errors.Is(err, ErrTooManyFiles) {
		t.Fatalf("err = %v, want ErrTooManyFiles", err)
	}
	if written >= 1_000_000 {
		t.Fatalf("producer wrote all %d files: the reader did not stop early", written)
	}
	t.Logf("stopped after the producer wrote %d headers (%d compressed bytes)", written, cw.n)
}

// TestGzipBomb streams 1 GiB of zeros as a single file: the ratio limit must fire
// after a few MiB of inflation, not after the whole gigabyte.
func TestGzipBomb(t *testing.T) {
	pr, pw := io.Pipe()
	done := make(chan int64)
	go func() {
		zw, _ := gzip.NewWriterLevel(pw, gzip.BestCompression)
		tw := tar.NewWriter(zw)
		var n int64
		const size = 1 << 30
		if err := tw.WriteHeader(&tar.Header{Name: "package/zeros", Typeflag: tar.TypeReg, Mode: 0o644, Size: size}); err == nil {
			chunk := make([]byte, 1<<20)
			for n < size {
				m, err := tw.Write(chunk)
				n += int64(m)
				if err != nil {
					break
				}
			}
		}
		pw.Close()
		done <- n
	}()
	_, err := ReadFrom(pr, Limits{MaxFileSize: 2 << 30, MaxUncompressed: 4 << 30})
	pr.CloseWithError(errors.New("reader stopped"))
	n := <-done
	if !errors.Is(err, ErrRatio) {
		t.Fatalf("err = %v, want ErrRatio", err)
	}
	if n >= 1<<30 {
		t.Fatalf("the whole gigabyte was produced before refusal")
	}
}

// The bytes of a complete in-memory bomb are refused the same way.
func TestGzipBombInMemory(t *testing.T) {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	tw := tar.NewWriter(zw)
	const size = 64 << 20
	_ = tw.WriteHeader(&tar.Header{Name: "package/zeros", Typeflag: tar.TypeReg, Mode: 0o644, Size: size})
	_, _ = tw.Write(make([]byte, size))
	tw.Close()
	zw.Close()
	_, err := Read(buf.Bytes(), Limits{})
	if !errors.Is(err, ErrRatio) {
		t.Fatalf("err = %v (compressed %d bytes), want ErrRatio", err, buf.Len())
	}
}

func FuzzRead(f *testing.F) {
	f.Add(buildTGZ(f, []entry{{name: "package/package.json", body: `{"name":"a"}`}, {name: "package/index.js", body: "x"}}))
	f.Add(buildTGZ(f, []entry{{name: "package/a", typ: tar.TypeSymlink, linkname: "../x"}}))
	f.Add(buildTGZ(f, []entry{{name: "../x", body: "y"}}))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		lim := Limits{MaxCompressed: 1 << 20, MaxUncompressed: 4 << 20, MaxFiles: 100}
		p, err := Read(b, lim)
		if err != nil {
			if !errors.Is(err, ErrRefused) {
				t.Fatalf("error does not wrap ErrRefused: %v", err)
			}
			return
		}
		if p.Integrity != Integrity(b) {
			t.Fatal("integrity mismatch")
		}
		var total int64
		for i, file := range p.Files {
			if file.Path == "" || file.Path[0] == '/' || (i > 0 && p.Files[i-1].Path >= file.Path) {
				t.Fatalf("bad path order or value %q", file.Path)
			}
			total += int64(len(file.Data))
		}
		if total != p.Unpacked || total > lim.MaxUncompressed {
			t.Fatalf("unpacked %d vs %d", total, p.Unpacked)
		}
	})
}

func BenchmarkRead(b *testing.B) {
	var entries []entry
	for i := range 200 {
		entries = append(entries, entry{name: fmt.Sprintf("package/lib/f%d.js", i), body: string(bytes.Repeat([]byte(fmt.Sprintf("var x%d = require('y');\n", i)), 1000))})
	}
	tgz := buildTGZ(b, entries)
	p, err := Read(tgz, Limits{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(p.Unpacked) // throughput of unpacked bytes
	for b.Loop() {
		if _, err := Read(tgz, Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}
