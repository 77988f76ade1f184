// Package corpus loads the scorer's detection corpus: malicious release pairs written as
// directory trees in testdata, and benign pairs of real npm packages fetched by pinned
// version and integrity. It runs on developer and CI machines (tests, bench/detect).
package corpus

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Sample is one release pair; Base is nil for a first release.
type Sample struct {
	Name      string
	Class     string // incident class: the NOTE's "class:" line, or the benign list's "# class:" section
	Malicious bool
	Base, New []byte // .tgz
	Note      string
}

// Pack builds a deterministic npm-style .tgz (entries under package/) from dir.
func Pack(dir string) ([]byte, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corpus: walk %s: %w", dir, err)
	}
	sort.Strings(paths)
	files := make([]File, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("corpus: %w", err)
		}
		rel, _ := filepath.Rel(dir, p)
		files = append(files, File{Name: filepath.ToSlash(rel), Data: data})
	}
	return PackFiles(files)
}

// File is one file of a package: its path below package/ and its bytes.
type File struct {
	Name string
	Data []byte
}

// PackFiles builds a deterministic npm-style .tgz of files, in their order,
// each under package/ with a fixed mode and time.
func PackFiles(files []File) ([]byte, error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, f := range files {
		h := &tar.Header{Name: "package/" + f.Name, Mode: 0o644, Size: int64(len(f.Data)), Typeflag: tar.TypeReg, ModTime: time.Unix(499162500, 0)}
		if err := tw.WriteHeader(h); err != nil {
			return nil, err
		}
		if _, err := tw.Write(f.Data); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Malicious loads every sample directory under root (each with new/, optional base/, NOTE).
func Malicious(root string) ([]Sample, error) {
	ents, err := os.ReadDir(root)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	var out []Sample
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		d := filepath.Join(root, e.Name())
		s := Sample{Name: e.Name(), Malicious: true}
		if s.New, err = Pack(filepath.Join(d, "new")); err != nil {
			return nil, err
		}
		if _, err := os.Stat(filepath.Join(d, "base")); err == nil {
			if s.Base, err = Pack(filepath.Join(d, "base")); err != nil {
				return nil, err
			}
		}
		note, _ := os.ReadFile(filepath.Join(d, "NOTE"))
		s.Note = strings.TrimSpace(string(note))
		if first, rest, _ := strings.Cut(s.Note, "\n"); strings.HasPrefix(first, "class: ") {
			s.Class, s.Note = strings.TrimSpace(strings.TrimPrefix(first, "class: ")), strings.TrimSpace(rest)
		}
		if s.Class == "" {
			return nil, fmt.Errorf("corpus: %s: NOTE does not start with a \"class: NAME\" line", d)
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("corpus: no samples under %s", root)
	}
	return out, nil
}

// Pair is a benign release pair of a real package.
type Pair struct {
	Name  string
	Class string // the "# class: NAME" section it is listed under

	OldVersion, NewVersion string
	OldURL, OldIntegrity   string
	NewURL, NewIntegrity   string
}

// BenignPairs parses the benign list (see testdata/corpus/benign.txt).
func BenignPairs(file string) ([]Pair, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	var out []Pair
	class := "unclassified"
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if c, ok := strings.CutPrefix(line, "# class:"); ok {
			class = strings.TrimSpace(c)
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Fields(line)
		if len(fs) != 7 {
			return nil, fmt.Errorf("corpus: %s:%d: want 7 fields, got %d", file, n, len(fs))
		}
		out = append(out, Pair{Name: fs[0], Class: class, OldVersion: fs[1], NewVersion: fs[2], OldURL: fs[3], OldIntegrity: fs[4], NewURL: fs[5], NewIntegrity: fs[6]})
	}
	return out, sc.Err()
}

// ErrIntegrity means a downloaded or cached tarball does not match its pinned integrity.
var ErrIntegrity = errors.New("corpus: integrity mismatch")

func checkIntegrity(b []byte, want string) error {
	s := sha512.Sum512(b)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(s[:]); got != want {
		return fmt.Errorf("%w: got %s, want %s", ErrIntegrity, got, want)
	}
	return nil
}

// Fetch returns the tarball at url, from cacheDir when a cached copy matches integrity,
// else downloaded with client and cached. Only npm registry tarballs are expected.
func Fetch(ctx context.Context, client *http.Client, url, integrity, cacheDir string) ([]byte, error) {
	name := filepath.Join(cacheDir, strings.NewReplacer("/", "_", ":", "_").Replace(strings.TrimPrefix(url, "https://")))
	if b, err := os.ReadFile(name); err == nil && checkIntegrity(b, integrity) == nil {
		return b, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", url, err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("corpus: fetch %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("corpus: fetch %s: %s", url, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, 128<<20))
	if err != nil {
		return nil, fmt.Errorf("corpus: read %s: %w", url, err)
	}
	if err := checkIntegrity(b, integrity); err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	if err := os.MkdirAll(cacheDir, 0o755); err == nil {
		_ = os.WriteFile(name, b, 0o644)
	}
	return b, nil
}

// FetchPair downloads both sides of p.
func FetchPair(ctx context.Context, client *http.Client, p Pair, cacheDir string) (Sample, error) {
	s := Sample{Name: p.Name + "@" + p.OldVersion + ".." + p.NewVersion, Class: p.Class}
	var err error
	if s.Base, err = Fetch(ctx, client, p.OldURL, p.OldIntegrity, cacheDir); err != nil {
		return s, err
	}
	if s.New, err = Fetch(ctx, client, p.NewURL, p.NewIntegrity, cacheDir); err != nil {
		return s, err
	}
	return s, nil
}
