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

// FetchPredecessor downloads the tarball of the version before version of
// pkg and checks it against the registry's own sha512 integrity. It returns
// nil bytes and ErrNoPredecessor for a first release.
func (c *Client) FetchPredecessor(ctx context.Context, pkg, version string) (string, []byte, error) {
	// Scoped names keep their @ and escape the slash, as npm does.
	doc, err := c.get(ctx, c.Base.String()+strings.Replace(url.PathEscape(pkg), "%40", "@", 1), c.MaxPackument)
	if err != nil {
		return "", nil, fmt.Errorf("packument of %s: %w", pkg, err)
	}
	p, err := ParsePackument(doc)
	if err != nil {
		return "", nil, fmt.Errorf("packument of %s: %w", pkg, err)
	}
	prev, meta, err := p.Predecessor(version)
	if err != nil {
		return "", nil, err
	}
	tu, err := url.Parse(meta.Dist.Tarball)
	if err != nil || (tu.Scheme != "http" && tu.Scheme != "https") {
		return "", nil, fmt.Errorf("%s@%s tarball URL %q: %w", pkg, prev, meta.Dist.Tarball, ErrBadPackument)
	}
	tgz, err := c.get(ctx, tu.String(), c.MaxTarball)
	if err != nil {
		return "", nil, fmt.Errorf("tarball of %s@%s: %w", pkg, prev, err)
	}
	sum := sha512.Sum512(tgz)
	want, ok := strings.CutPrefix(meta.Dist.Integrity, "sha512-")
	got := base64.StdEncoding.EncodeToString(sum[:])
	if !ok || want != got {
		return "", nil, fmt.Errorf("%s@%s: %w", pkg, prev, ErrIntegrity)
	}
	return prev, tgz, nil
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
