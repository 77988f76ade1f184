// Package registry fetches a release's predecessor tarball from an npm
// registry for the scorer (which re-hashes both tarballs itself, so a lying
// registry or host changes nothing it signs). It runs on the untrusted host.
package registry

import (
	"bytes"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// Errors callers tell apart with errors.Is.
var (
	ErrNoPredecessor = errors.New("no earlier version published")
	ErrTooLarge      = errors.New("response larger than allowed")
	ErrIntegrity     = errors.New("tarball does not match the registry's integrity")
	ErrBadPackument  = errors.New("malformed packument")
	ErrNotFound      = errors.New("not on the registry")
	// errNotFound is the registry's 404.
	errNotFound = errors.New("status 404")
)

// Client reads packuments and tarballs from one registry.
type Client struct {
	Base         *url.URL // e.g. https://registry.npmjs.org/
	HTTP         *http.Client
	MaxPackument int64 // default 16 MiB
	MaxTarball   int64 // default 64 MiB
}

// New returns a client for the registry at base.
func New(base string, hc *http.Client) (*Client, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("registry URL %q: want http(s)://host/", base)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{Base: u, HTTP: hc, MaxPackument: 16 << 20, MaxTarball: 64 << 20}, nil
}

// Packument is the part of an npm packument the host reads.
type Packument struct {
	Name     string                 `json:"name"`
	Versions map[string]VersionMeta `json:"versions"`
}

// VersionMeta is one version's dist record.
type VersionMeta struct {
	Dist struct {
		Tarball   string `json:"tarball"`
		Integrity string `json:"integrity"`
	} `json:"dist"`
}

// ParsePackument decodes a packument and checks the fields the host uses.
func ParsePackument(data []byte) (*Packument, error) {
	var p Packument
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadPackument, err)
	}
	if p.Name == "" {
		return nil, fmt.Errorf("%w: no name", ErrBadPackument)
	}
	return &p, nil
}

// Predecessor returns the highest published version below version, by semver
// precedence; ErrNoPredecessor when there is none (a first release).
func (p *Packument) Predecessor(version string) (string, VersionMeta, error) {
	target, ok := parseSemver(version)
	if !ok {
		return "", VersionMeta{}, fmt.Errorf("version %q is not semver", version)
	}
	var best string
	var bestV semver
	for v := range p.Versions {
		sv, ok := parseSemver(v)
		if !ok || sv.cmp(target) >= 0 {
			continue
		}
		if best == "" || sv.cmp(bestV) > 0 {
			best, bestV = v, sv
		}
	}
	if best == "" {
		return "", VersionMeta{}, fmt.Errorf("%s before %s: %w", p.Name, version, ErrNoPredecessor)
	}
	return best, p.Versions[best], nil
}

// Packument downloads and parses pkg's document; a package the registry does
// not know wraps ErrNotFound.
func (c *Client) Packument(ctx context.Context, pkg string) (*Packument, error) {
	// Scoped names keep their @ and escape the slash, as npm does.
	doc, err := c.get(ctx, c.Base.String()+strings.Replace(url.PathEscape(pkg), "%40", "@", 1), c.MaxPackument)
	if errors.Is(err, errNotFound) {
		return nil, fmt.Errorf("packument of %s: %w: %w", pkg, ErrNotFound, err)
	}
	if err != nil {
		return nil, fmt.Errorf("packument of %s: %w", pkg, err)
	}
	p, err := ParsePackument(doc)
	if err != nil {
		return nil, fmt.Errorf("packument of %s: %w", pkg, err)
	}
	return p, nil
}

// Tarball downloads one version's tarball and checks it against the
// registry's own sha512 integrity.
func (c *Client) Tarball(ctx context.Context, pkg, version string, meta VersionMeta) ([]byte, error) {
	tu, err := url.Parse(meta.Dist.Tarball)
	if err != nil || (tu.Scheme != "http" && tu.Scheme != "https") {
		return nil, fmt.Errorf("%s@%s tarball URL %q: %w", pkg, version, meta.Dist.Tarball, ErrBadPackument)
	}
	tgz, err := c.get(ctx, tu.String(), c.MaxTarball)
	if err != nil {
		return nil, fmt.Errorf("tarball of %s@%s: %w", pkg, version, err)
	}
	sum := sha512.Sum512(tgz)
	want, ok := strings.CutPrefix(meta.Dist.Integrity, "sha512-")
	if !ok || want != base64.StdEncoding.EncodeToString(sum[:]) {
		return nil, fmt.Errorf("%s@%s: %w", pkg, version, ErrIntegrity)
	}
	return tgz, nil
}

// FetchPredecessor downloads the tarball of the version before version of
// pkg and checks it against the registry's own sha512 integrity. It returns
// nil bytes and ErrNoPredecessor for a first release.
func (c *Client) FetchPredecessor(ctx context.Context, pkg, version string) (string, []byte, error) {
	p, err := c.Packument(ctx, pkg)
	if errors.Is(err, ErrNotFound) {
		// No packument: nothing was ever published, so this is a first release.
		return "", nil, fmt.Errorf("%w: %w", ErrNoPredecessor, err)
	}
	if err != nil {
		return "", nil, err
	}
	return c.predecessorOf(ctx, p, version)
}

func (c *Client) predecessorOf(ctx context.Context, p *Packument, version string) (string, []byte, error) {
	prev, meta, err := p.Predecessor(version)
	if err != nil {
		return "", nil, err
	}
	tgz, err := c.Tarball(ctx, p.Name, prev, meta)
	if err != nil {
		return "", nil, err
	}
	return prev, tgz, nil
}

// FetchRelease downloads version of pkg and its predecessor (nil and "" for
// a first release), each checked against the registry's integrity.
func (c *Client) FetchRelease(ctx context.Context, pkg, version string) (newTgz []byte, baseVersion string, baseTgz []byte, err error) {
	p, err := c.Packument(ctx, pkg)
	if err != nil {
		return nil, "", nil, err
	}
	meta, ok := p.Versions[version]
	if !ok {
		return nil, "", nil, fmt.Errorf("%s has no version %s: %w", pkg, version, ErrNotFound)
	}
	if newTgz, err = c.Tarball(ctx, pkg, version, meta); err != nil {
		return nil, "", nil, err
	}
	baseVersion, baseTgz, err = c.predecessorOf(ctx, p, version)
	if errors.Is(err, ErrNoPredecessor) {
		return newTgz, "", nil, nil
	}
	return newTgz, baseVersion, baseTgz, err
}

func (c *Client) get(ctx context.Context, u string, limit int64) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json, application/octet-stream")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, fmt.Errorf("GET %s: %w", u, errNotFound)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: status %d", u, resp.StatusCode)
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", u, err)
	}
	if n > limit {
		return nil, fmt.Errorf("GET %s: %w (%d bytes)", u, ErrTooLarge, limit)
	}
	return buf.Bytes(), nil
}

// semver is a parsed version for precedence (semver.org §11).
type semver struct {
	nums [3]uint64
	pre  []string
}

func parseSemver(v string) (semver, bool) {
	var s semver
	if i := strings.IndexByte(v, '+'); i >= 0 {
		v = v[:i]
	}
	core, pre, hasPre := strings.Cut(v, "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return s, false
	}
	for i, p := range parts {
		n, err := strconv.ParseUint(p, 10, 64)
		if err != nil || (len(p) > 1 && p[0] == '0') {
			return s, false
		}
		s.nums[i] = n
	}
	if hasPre {
		if pre == "" {
			return s, false
		}
		s.pre = strings.Split(pre, ".")
	}
	return s, true
}

func (a semver) cmp(b semver) int {
	for i := range a.nums {
		if a.nums[i] != b.nums[i] {
			if a.nums[i] < b.nums[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a.pre) == 0 && len(b.pre) == 0:
		return 0
	case len(a.pre) == 0:
		return 1
	case len(b.pre) == 0:
		return -1
	}
	for i := 0; i < len(a.pre) && i < len(b.pre); i++ {
		x, y := a.pre[i], b.pre[i]
		xn, xerr := strconv.ParseUint(x, 10, 64)
		yn, yerr := strconv.ParseUint(y, 10, 64)
		switch {
		case xerr == nil && yerr == nil:
			if xn != yn {
				if xn < yn {
					return -1
				}
				return 1
			}
		case xerr == nil:
			return -1
		case yerr == nil:
			return 1
		case x != y:
			if x < y {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a.pre) < len(b.pre):
		return -1
	case len(a.pre) > len(b.pre):
		return 1
	}
	return 0
}
