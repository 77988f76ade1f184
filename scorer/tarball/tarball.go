// Package tarball reads npm package tarballs (.tgz) that nobody is trusted to have built honestly.
// It runs inside the scorer enclave (and in `vouch score` on a maintainer's machine).
//
// Read enforces hard limits on compressed size, uncompressed size (tar headers included),
// file count, path length and decompression ratio while it streams, so a gzip bomb or a
// million tiny files fail at the limit instead of being inflated whole. It refuses path
// traversal, absolute paths, links of any kind and device files with distinct sentinel
// errors, strips the first path component as npm does, and recomputes the npm integrity
// (sha512 SRI) and the contentHash (sha256 of the .tgz bytes) itself.
package tarball

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
	"unicode/utf8"
)

// Sentinel errors, one per kind of refusal. All wrap ErrRefused.
var (
	ErrRefused          = errors.New("tarball refused")
	ErrCompressedSize   = fmt.Errorf("%w: compressed size over limit", ErrRefused)
	ErrUncompressedSize = fmt.Errorf("%w: uncompressed size over limit", ErrRefused)
	ErrFileSize         = fmt.Errorf("%w: file size over limit", ErrRefused)
	ErrRatio            = fmt.Errorf("%w: decompression ratio over limit (gzip bomb)", ErrRefused)
	ErrTooManyFiles     = fmt.Errorf("%w: too many entries", ErrRefused)
	ErrPathTooLong      = fmt.Errorf("%w: path too long", ErrRefused)
	ErrTraversal        = fmt.Errorf("%w: path escapes the package", ErrRefused)
	ErrAbsolutePath     = fmt.Errorf("%w: absolute path", ErrRefused)
	ErrBadPath          = fmt.Errorf("%w: invalid path", ErrRefused)
	ErrLink             = fmt.Errorf("%w: symlink or hard link", ErrRefused)
	ErrDevice           = fmt.Errorf("%w: device or fifo entry", ErrRefused)
	ErrUnsupportedEntry = fmt.Errorf("%w: unsupported tar entry type", ErrRefused)
	ErrDuplicate        = fmt.Errorf("%w: duplicate path", ErrRefused)
	ErrTruncated        = fmt.Errorf("%w: truncated stream", ErrRefused)
	ErrCorrupt          = fmt.Errorf("%w: corrupt gzip or tar stream", ErrRefused)
	ErrEmpty            = fmt.Errorf("%w: no files", ErrRefused)
)

// Limits bound what Read accepts. The zero value of a field means "use the default".
type Limits struct {
	MaxCompressed   int64 // bytes of .tgz (default 64 MiB)
	MaxUncompressed int64 // bytes of the tar stream, headers included (default 256 MiB)
	MaxFileSize     int64 // bytes of one file (default 64 MiB)
	MaxFiles        int   // entries of any type (default 20000)
	MaxPathLen      int   // bytes of one entry name (default 1024)
	MaxRatio        int64 // uncompressed/compressed bytes read so far (default 200)
}

// DefaultLimits are sized well above the largest packages on npm (typescript ~ 23 MB unpacked).
func DefaultLimits() Limits {
	return Limits{
		MaxCompressed:   64 << 20,
		MaxUncompressed: 256 << 20,
		MaxFileSize:     64 << 20,
		MaxFiles:        20000,
		MaxPathLen:      1024,
		MaxRatio:        200,
	}
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxCompressed <= 0 {
		l.MaxCompressed = d.MaxCompressed
	}
	if l.MaxUncompressed <= 0 {
		l.MaxUncompressed = d.MaxUncompressed
	}
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = d.MaxFileSize
	}
	if l.MaxFiles <= 0 {
		l.MaxFiles = d.MaxFiles
	}
	if l.MaxPathLen <= 0 {
		l.MaxPathLen = d.MaxPathLen
	}
	if l.MaxRatio <= 0 {
		l.MaxRatio = d.MaxRatio
	}
	return l
}

// ratioFloor is the compressed byte count below which the ratio is not judged: tiny
// archives legitimately expand more than MaxRatio (a 1 KiB tar of zeros gzips to ~30 bytes).
const ratioFloor = 64 << 10

// File is one regular file of the package, its path relative to the package root.
type File struct {
	Path string
	Mode int64
	Data []byte
}

// Package is a parsed tarball.
type Package struct {
	Files       []File   // sorted by Path
	Integrity   string   // npm SRI: "sha512-" + base64(SHA-512(tgz))
	SHA512      [64]byte // SHA-512 of the .tgz bytes
	ContentHash [32]byte // SHA-256 of the .tgz bytes
	Compressed  int64    // size of the .tgz
	Unpacked    int64    // sum of file sizes
}

// File returns the file at p, or nil.
func (p *Package) File(name string) *File {
	i := sort.Search(len(p.Files), func(i int) bool { return p.Files[i].Path >= name })
	if i < len(p.Files) && p.Files[i].Path == name {
		return &p.Files[i]
	}
	return nil
}

// Integrity returns the npm SRI string of tgz.
func Integrity(tgz []byte) string {
	s := sha512.Sum512(tgz)
	return "sha512-" + base64.StdEncoding.EncodeToString(s[:])
}

// ContentHash returns SHA-256 of the .tgz bytes.
func ContentHash(tgz []byte) [32]byte { return sha256.Sum256(tgz) }

// Read parses the .tgz bytes tgz under lim.
func Read(tgz []byte, lim Limits) (*Package, error) {
	return ReadFrom(bytes.NewReader(tgz), lim)
}

// capReader fails with ErrCompressedSize once more than max bytes have been read.
type capReader struct {
	r   io.Reader
	n   int64
	max int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if room := c.max + 1 - c.n; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.n > c.max {
		return n, fmt.Errorf("%w: more than %d bytes", ErrCompressedSize, c.max)
	}
	return n, err
}

// countingReader counts the compressed bytes the inflater consumes. It implements
// io.ByteReader so compress/flate reads exactly what it needs and the count is exact.
type countingReader struct {
	r *bufio.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// limitedInflater enforces size and ratio limits on the inflated stream as it is read.
type limitedInflater struct {
	src  io.Reader
	comp *countingReader
	lim  Limits
	n    int64
}

func (l *limitedInflater) Read(p []byte) (int, error) {
	// Never read past the uncompressed limit (+1 to detect overflow).
	if room := l.lim.MaxUncompressed + 1 - l.n; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := l.src.Read(p)
	l.n += int64(n)
	if l.n > l.lim.MaxUncompressed {
		return n, fmt.Errorf("%w: more than %d bytes", ErrUncompressedSize, l.lim.MaxUncompressed)
	}
	if c := l.comp.n; l.n > l.lim.MaxRatio*max(c, ratioFloor) {
		return n, fmt.Errorf("%w: %d bytes out of %d compressed", ErrRatio, l.n, c)
	}
	return n, err
}

// ReadFrom streams a .tgz from r and parses it under lim. It stops at the first limit
// crossed, without reading the rest of r.
func ReadFrom(r io.Reader, lim Limits) (*Package, error) {
	lim = lim.withDefaults()
	h256, h512 := sha256.New(), sha512.New()
	raw := &capReader{r: r, max: lim.MaxCompressed}
	buf := bufio.NewReaderSize(io.TeeReader(raw, io.MultiWriter(h256, h512)), 32<<10)
	comp := &countingReader{r: buf}

	pkg, err := parse(comp, lim)
	if err != nil {
		return nil, err
	}
	// Anything after the gzip member would be hashed by npm but ignored by gunzip: refuse it.
	rest, err := io.Copy(io.Discard, buf)
	if err != nil {
		return nil, mapStreamErr("trailing data", err)
	}
	if rest != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the gzip stream", ErrCorrupt, rest)
	}
	pkg.Compressed = raw.n
	copy(pkg.ContentHash[:], h256.Sum(nil))
	copy(pkg.SHA512[:], h512.Sum(nil))
	pkg.Integrity = "sha512-" + base64.StdEncoding.EncodeToString(pkg.SHA512[:])
	return pkg, nil
}

func parse(comp *countingReader, lim Limits) (*Package, error) {
	pkg := &Package{}
	zr, err := gzip.NewReader(comp)
	if err != nil {
		return nil, mapStreamErr("gzip header", err)
	}
	zr.Multistream(false)
	inf := &limitedInflater{src: zr, comp: comp, lim: lim}
	tr := tar.NewReader(inf)
	seen := make(map[string]bool)
	entries := 0
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, mapStreamErr("tar header", err)
		}
		entries++
		if entries > lim.MaxFiles {
			return nil, fmt.Errorf("%w: more than %d", ErrTooManyFiles, lim.MaxFiles)
		}
		if len(h.Name) > lim.MaxPathLen {
			return nil, fmt.Errorf("%w: %d bytes (limit %d)", ErrPathTooLong, len(h.Name), lim.MaxPathLen)
		}
		switch h.Typeflag {
		case tar.TypeReg: // archive/tar reports old-style TypeRegA entries as TypeReg
		case tar.TypeDir:
			if _, err := cleanPath(h.Name); err != nil {
				return nil, err
			}
			continue
		case tar.TypeXGlobalHeader:
			continue
		case tar.TypeSymlink, tar.TypeLink:
			return nil, fmt.Errorf("%w: %q -> %q", ErrLink, h.Name, h.Linkname)
		case tar.TypeChar, tar.TypeBlock, tar.TypeFifo:
			return nil, fmt.Errorf("%w: %q", ErrDevice, h.Name)
		default:
			return nil, fmt.Errorf("%w: %q type %q", ErrUnsupportedEntry, h.Name, h.Typeflag)
		}
		rel, err := cleanPath(h.Name)
		if err != nil {
			return nil, err
		}
		if h.Size < 0 || h.Size > lim.MaxFileSize {
			return nil, fmt.Errorf("%w: %q is %d bytes (limit %d)", ErrFileSize, h.Name, h.Size, lim.MaxFileSize)
		}
		if h.Size > lim.MaxUncompressed-inf.n {
			return nil, fmt.Errorf("%w: %q is %d bytes", ErrUncompressedSize, h.Name, h.Size)
		}
		data := make([]byte, h.Size)
		if _, err := io.ReadFull(tr, data); err != nil {
			return nil, mapStreamErr(fmt.Sprintf("file %q", h.Name), err)
		}
		if rel == "" {
			continue // a file at the archive root: npm's strip of one component drops it
		}
		if seen[rel] {
			return nil, fmt.Errorf("%w: %q", ErrDuplicate, rel)
		}
		seen[rel] = true
		pkg.Files = append(pkg.Files, File{Path: rel, Mode: h.Mode, Data: data})
		pkg.Unpacked += h.Size
	}
	// Drain the rest of the gzip member so its CRC and length are checked.
	if _, err := io.Copy(io.Discard, inf); err != nil {
		return nil, mapStreamErr("gzip trailer", err)
	}
	if err := zr.Close(); err != nil {
		return nil, mapStreamErr("gzip close", err)
	}
	if len(pkg.Files) == 0 {
		return nil, ErrEmpty
	}
	sort.Slice(pkg.Files, func(i, j int) bool { return pkg.Files[i].Path < pkg.Files[j].Path })
	return pkg, nil
}

func mapStreamErr(what string, err error) error {
	switch {
	case errors.Is(err, ErrRefused):
		return err
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return fmt.Errorf("%w: %s: %v", ErrTruncated, what, err)
	default:
		return fmt.Errorf("%w: %s: %v", ErrCorrupt, what, err)
	}
}

// cleanPath validates an entry name and strips its first component as npm does
// ("package/lib/a.js" -> "lib/a.js"). It returns "" for an entry at the archive root.
func cleanPath(name string) (string, error) {
	if name == "" || !utf8.ValidString(name) || strings.ContainsAny(name, "\x00\\") {
		return "", fmt.Errorf("%w: %q", ErrBadPath, name)
	}
	if strings.HasPrefix(name, "/") || (len(name) >= 2 && name[1] == ':') {
		return "", fmt.Errorf("%w: %q", ErrAbsolutePath, name)
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return "", fmt.Errorf("%w: %q", ErrTraversal, name)
		}
	}
	clean := path.Clean(name)
	if clean == "." {
		return "", nil
	}
	i := strings.IndexByte(clean, '/')
	if i < 0 {
		return "", nil
	}
	return clean[i+1:], nil
}
