package cli

import (
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

	"github.com/vouchpm/vouch/scorer/tarball"
)

// ErrRegistry means the registry's answer is unusable (missing version, bad integrity).
var ErrRegistry = errors.New("registry")

type packument struct {
	Versions map[string]struct {
		Dist struct {
			Tarball   string `json:"tarball"`
			Integrity string `json:"integrity"`
		} `json:"dist"`
	} `json:"versions"`
}

// splitSpec splits "name@version" (scoped names start with @).
func splitSpec(spec string) (name, version string, err error) {
	i := strings.LastIndexByte(spec, '@')
	if i <= 0 || i == len(spec)-1 {
		return "", "", fmt.Errorf("%q: want NAME@VERSION", spec)
	}
	return spec[:i], spec[i+1:], nil
}

// fetchRelease downloads version and its predecessor (the highest lower version by
// semver precedence; none for a first release) from the registry, checking each
// tarball's integrity against the packument.
func fetchRelease(ctx context.Context, client *http.Client, registry, name, version string) (base, newTgz []byte, baseVersion string, err error) {
	reg, err := url.Parse(strings.TrimSuffix(registry, "/"))
	if err != nil || reg.Host == "" {
		return nil, nil, "", usage(fmt.Errorf("--registry %q is not a URL", registry))
	}
	var p packument
	if err := getJSON(ctx, client, reg.String()+"/"+strings.Replace(url.PathEscape(name), "%40", "@", 1), &p); err != nil {
		return nil, nil, "", err
	}
	v, ok := p.Versions[version]
	if !ok {
		return nil, nil, "", fmt.Errorf("%w: %s has no version %s", ErrRegistry, name, version)
	}
	target, err := parseSemver(version)
	if err != nil {
		return nil, nil, "", fmt.Errorf("%w: %s@%s: %v", ErrRegistry, name, version, err)
	}
	var best *semver
	for s := range p.Versions {
		sv, err := parseSemver(s)
		if err != nil || sv.compare(target) >= 0 {
			continue
		}
		if best == nil || sv.compare(*best) > 0 {
			best, baseVersion = &sv, s
		}
	}
	if newTgz, err = getTarball(ctx, client, reg, v.Dist.Tarball, v.Dist.Integrity); err != nil {
		return nil, nil, "", fmt.Errorf("%s@%s: %w", name, version, err)
	}
	if best != nil {
		b := p.Versions[baseVersion]
		if base, err = getTarball(ctx, client, reg, b.Dist.Tarball, b.Dist.Integrity); err != nil {
			return nil, nil, "", fmt.Errorf("%s@%s: %w", name, baseVersion, err)
		}
	}
	return base, newTgz, baseVersion, nil
}

func getJSON(ctx context.Context, client *http.Client, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/vnd.npm.install-v1+json")
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrRegistry, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%w: GET %s: %s", ErrRegistry, u, resp.Status)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(v); err != nil {
		return fmt.Errorf("%w: GET %s: %v", ErrRegistry, u, err)
	}
	return nil
}

// getTarball fetches a tarball from the registry's own host and checks its sha512 SRI.
func getTarball(ctx context.Context, client *http.Client, reg *url.URL, tarballURL, integrity string) ([]byte, error) {
	u, err := url.Parse(tarballURL)
	if err != nil || u.Host != reg.Host || u.Scheme != reg.Scheme {
		return nil, fmt.Errorf("%w: tarball %q is not on the registry %s", ErrRegistry, tarballURL, reg.Host)
	}
	if !strings.HasPrefix(integrity, "sha512-") {
		return nil, fmt.Errorf("%w: tarball %s has no sha512 integrity", ErrRegistry, tarballURL)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, tarballURL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRegistry, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%w: GET %s: %s", ErrRegistry, tarballURL, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, tarball.DefaultLimits().MaxCompressed+1))
	if err != nil {
		return nil, fmt.Errorf("%w: GET %s: %v", ErrRegistry, tarballURL, err)
	}
	sum := sha512.Sum512(b)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != integrity {
		return nil, fmt.Errorf("%w: %s integrity %s, packument says %s", ErrRegistry, tarballURL, got, integrity)
	}
	return b, nil
}

type semver struct {
	num [3]uint64
	pre []string
}

func parseSemver(s string) (semver, error) {
	var v semver
	if i := strings.IndexByte(s, '+'); i >= 0 {
		s = s[:i]
	}
	if i := strings.IndexByte(s, '-'); i >= 0 {
		v.pre = strings.Split(s[i+1:], ".")
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return v, fmt.Errorf("not a semver version")
	}
	for i, p := range parts {
		n, err := strconv.ParseUint(p, 10, 64)
		if err != nil {
			return v, fmt.Errorf("not a semver version")
		}
		v.num[i] = n
	}
	return v, nil
}

// compare orders by semver 2.0 precedence.
func (a semver) compare(b semver) int {
	for i := range 3 {
		if a.num[i] != b.num[i] {
			if a.num[i] < b.num[i] {
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
			return strings.Compare(x, y)
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
