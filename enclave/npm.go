package enclave

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"crypto/sha512"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/vouchpm/vouch/enclave/tlsroots"
	"github.com/vouchpm/vouch/enclave/wire"
)

// Limits on what the registry and tarballs may make the enclave read.
const (
	maxRegistryBody  = 32 << 20
	maxManifestSize  = 1 << 20
	maxUnpackedBytes = 256 << 20
)

// npmClient talks to the one registry of the measured configuration. TLS
// ends here, inside the enclave: the dial function only supplies bytes.
type npmClient struct {
	base *url.URL
	http *http.Client
}

func newNPMClient(cfg *Config, dial DialFunc) (*npmClient, error) {
	base, err := url.Parse(strings.TrimSuffix(cfg.NPMRegistry, "/"))
	if err != nil || base.Scheme != "https" {
		return nil, fmt.Errorf("npm registry %q: must be an https URL", cfg.NPMRegistry)
	}
	pool, err := trustedRoots(cfg, cfg.NPMRegistryCA)
	if err != nil {
		return nil, fmt.Errorf("npm registry CA: %w", err)
	}
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12, RootCAs: pool}
	if dial == nil {
		d := &net.Dialer{Timeout: 10 * time.Second}
		dial = d.DialContext
	}
	tr := &http.Transport{
		DialContext:         dial,
		TLSClientConfig:     tlsCfg,
		TLSHandshakeTimeout: 10 * time.Second,
		MaxIdleConns:        4,
		IdleConnTimeout:     30 * time.Second,
		Proxy:               nil, // never a host-chosen proxy
	}
	return &npmClient{base: base, http: &http.Client{Transport: tr, Timeout: 60 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}, nil
}

// trustedRoots is the pool an endpoint's TLS is verified against: the
// configured PEM bundle, or else the compiled-in bundle the configuration
// names. Never nil: a nil RootCAs would make crypto/tls load the system
// roots, which SSL_CERT_FILE and SSL_CERT_DIR (set by the host) choose.
func trustedRoots(cfg *Config, caPEM string) (*x509.CertPool, error) {
	if caPEM != "" {
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM([]byte(caPEM)) {
			return nil, errors.New("no certificate in the PEM bundle")
		}
		return pool, nil
	}
	if cfg.Normalized().BuiltinRoots != tlsroots.Name {
		return nil, fmt.Errorf("the configuration names the root bundle %q, this binary has %s", cfg.BuiltinRoots, tlsroots.Name)
	}
	return tlsroots.Pool(), nil
}

// pkgPath is the registry path of a package: "/name" or "/@scope%2fname".
func (n *npmClient) pkgURL(name string, extra ...string) *url.URL {
	u := *n.base
	esc := strings.Replace(name, "/", "%2f", 1)
	u.Path = n.base.Path + "/" + name
	u.RawPath = n.base.Path + "/" + esc
	for _, e := range extra {
		u.Path += "/" + e
		u.RawPath += "/" + url.PathEscape(e)
	}
	return &u
}

// do sends one request with the token and reads at most maxRegistryBody.
// Errors never include the token or the request headers.
func (n *npmClient) do(ctx context.Context, method string, u *url.URL, token string, body []byte) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), rd)
	if err != nil {
		return 0, nil, fmt.Errorf("%w: %s %s: %v", ErrRegistry, method, u.Path, err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Accept", "application/json")
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := n.http.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("%w: %s %s: %v", ErrRegistry, method, u.Path, scrub(err.Error(), token))
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxRegistryBody+1))
	if err != nil {
		return resp.StatusCode, nil, fmt.Errorf("%w: reading %s %s: %v", ErrRegistry, method, u.Path, err)
	}
	if len(data) > maxRegistryBody {
		return resp.StatusCode, nil, fmt.Errorf("%w: %s %s: answer over %d bytes", ErrRegistry, method, u.Path, maxRegistryBody)
	}
	return resp.StatusCode, data, nil
}

func scrub(s, token string) string {
	if token == "" {
		return s
	}
	return strings.ReplaceAll(s, token, "[token]")
}

// registryError summarises a refusal without echoing anything secret.
func registryError(status int, body []byte, token string) string {
	var e struct {
		Error string `json:"error"`
	}
	_ = json.Unmarshal(body, &e)
	msg := e.Error
	if len(msg) > 200 {
		msg = msg[:200]
	}
	return fmt.Sprintf("HTTP %d %s", status, scrub(msg, token))
}

// whoami returns the registry user of token; empty means the registry does
// not know the token (Verdaccio answers 200 {} then).
func (n *npmClient) whoami(ctx context.Context, token string) (string, error) {
	u := *n.base
	u.Path += "/-/whoami"
	status, body, err := n.do(ctx, http.MethodGet, &u, token, nil)
	if err != nil {
		return "", err
	}
	if status == http.StatusUnauthorized || status == http.StatusForbidden {
		return "", nil
	}
	if status != http.StatusOK {
		return "", fmt.Errorf("%w: whoami: %s", ErrRegistry, registryError(status, body, token))
	}
	var w struct {
		Username string `json:"username"`
	}
	if err := json.Unmarshal(body, &w); err != nil {
		return "", fmt.Errorf("%w: whoami answer: %v", ErrRegistry, err)
	}
	return w.Username, nil
}

// tokenReadOnly looks the token up in the user's token list
// (GET /-/npm/v1/tokens). npm keys each entry by the token's SHA-512 hex;
// Verdaccio keys it by a random id and shows the token masked as its first
// and last five characters. Any matching entry marked read-only refuses the
// token; a token absent from the list (a login session token) may publish.
func (n *npmClient) tokenReadOnly(ctx context.Context, token string) (bool, error) {
	e, err := n.tokenListEntry(ctx, token)
	return e.ReadOnly, err
}

// tokenExpiry is the token's expiry (unix seconds) as the registry's token
// list states it (npm granular tokens last at most 90 days); 0 when the
// registry does not say.
func (n *npmClient) tokenExpiry(ctx context.Context, token string) (uint64, error) {
	e, err := n.tokenListEntry(ctx, token)
	if err != nil || e.Expires == "" {
		return 0, err
	}
	t, err := time.Parse(time.RFC3339, e.Expires)
	if err != nil || t.Unix() <= 0 {
		return 0, fmt.Errorf("%w: token list: expiry %q is not an RFC 3339 time", ErrRegistry, e.Expires)
	}
	return uint64(t.Unix()), nil
}

// tokenListItem is one entry of /-/npm/v1/tokens.
type tokenListItem struct {
	Key      string `json:"key"`
	Token    string `json:"token"`
	ReadOnly bool   `json:"readonly"`
	Expires  string `json:"expires,omitempty"`
}

// tokenListEntry returns the token's entry in the user's token list (zero
// when the registry has no token API or does not list it; a read-only
// match wins over others).
func (n *npmClient) tokenListEntry(ctx context.Context, token string) (tokenListItem, error) {
	u := *n.base
	u.Path += "/-/npm/v1/tokens"
	status, body, err := n.do(ctx, http.MethodGet, &u, token, nil)
	if err != nil {
		return tokenListItem{}, err
	}
	if status == http.StatusNotFound || status == http.StatusNotImplemented {
		return tokenListItem{}, nil // the registry has no token API: nothing to check
	}
	if status != http.StatusOK {
		return tokenListItem{}, fmt.Errorf("%w: token list: %s", ErrRegistry, registryError(status, body, token))
	}
	var list struct {
		Objects []tokenListItem `json:"objects"`
	}
	if err := json.Unmarshal(body, &list); err != nil {
		return tokenListItem{}, fmt.Errorf("%w: token list: %v", ErrRegistry, err)
	}
	s512 := sha512.Sum512([]byte(token))
	mask := ""
	if len(token) > 10 {
		mask = token[:5] + "..." + token[len(token)-5:]
	}
	var found tokenListItem
	for _, o := range list.Objects {
		if strings.EqualFold(o.Key, hex.EncodeToString(s512[:])) || (mask != "" && o.Token == mask) {
			if o.ReadOnly || found.Key == "" {
				found = o
			}
		}
	}
	return found, nil
}

// packument is the part of a registry document the enclave reads.
type packument struct {
	Maintainers []struct {
		Name string `json:"name"`
	} `json:"maintainers"`
	Versions map[string]struct {
		Dist struct {
			Integrity string `json:"integrity"`
			Tarball   string `json:"tarball"`
		} `json:"dist"`
		NPMUser *struct {
			Name string `json:"name"`
		} `json:"_npmUser"`
	} `json:"versions"`
}

// publishers lists who the registry says may publish the package: its
// maintainers, else the users who published its versions. npm's registry
// always names maintainers; Verdaccio stores neither for packages published
// with the npm client, and then the list is empty.
func (p *packument) publishers() []string {
	if p == nil {
		return nil // the package does not exist yet
	}
	var out []string
	for _, m := range p.Maintainers {
		out = append(out, m.Name)
	}
	if len(out) > 0 {
		return out
	}
	for _, v := range p.Versions {
		if v.NPMUser != nil && v.NPMUser.Name != "" {
			out = append(out, v.NPMUser.Name)
		}
	}
	return out
}

// getPackument returns the package's document, or nil when it does not exist.
func (n *npmClient) getPackument(ctx context.Context, name, token string) (*packument, error) {
	status, body, err := n.do(ctx, http.MethodGet, n.pkgURL(name), token, nil)
	if err != nil {
		return nil, err
	}
	if status == http.StatusNotFound {
		return nil, nil
	}
	if status != http.StatusOK {
		return nil, fmt.Errorf("%w: reading %s: %s", ErrRegistry, name, registryError(status, body, token))
	}
	var p packument
	if err := json.Unmarshal(body, &p); err != nil {
		return nil, fmt.Errorf("%w: packument of %s: %v", ErrRegistry, name, err)
	}
	return &p, nil
}

// fetchTarball downloads the tarball the registry serves for name@version.
// Only the path of dist.tarball is used: the enclave never follows the
// registry to another host.
func (n *npmClient) fetchTarball(ctx context.Context, name, version, token string) ([]byte, error) {
	p, err := n.getPackument(ctx, name, token)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return nil, fmt.Errorf("%w: %s is not on the registry", ErrRegistry, name)
	}
	v, ok := p.Versions[version]
	if !ok {
		return nil, fmt.Errorf("%w: %s@%s is not on the registry", ErrRegistry, name, version)
	}
	tu, err := url.Parse(v.Dist.Tarball)
	if err != nil {
		return nil, fmt.Errorf("%w: tarball URL of %s@%s: %v", ErrRegistry, name, version, err)
	}
	u := *n.base
	u.Path, u.RawPath = tu.Path, tu.RawPath
	status, body, err := n.do(ctx, http.MethodGet, &u, token, nil)
	if err != nil {
		return nil, err
	}
	if status != http.StatusOK {
		return nil, fmt.Errorf("%w: tarball of %s@%s: %s", ErrRegistry, name, version, registryError(status, nil, token))
	}
	return body, nil
}

// tarballName is npm's file name of a version: the unscoped name, "-", version.
func tarballName(name, version string) string {
	return path.Base(name) + "-" + version + ".tgz"
}

// SRI formats raw SHA-512 bytes as npm's integrity string.
func SRI(sum []byte) string { return "sha512-" + base64.StdEncoding.EncodeToString(sum) }

// publishDocument builds the body of npm's PUT /<name>: the version's
// package.json from the tarball, dist (integrity, sha1 shasum, tarball URL),
// dist-tags and the tarball itself as an attachment.
func (n *npmClient) publishDocument(rel wire.Release, tarball []byte, manifest map[string]any) ([]byte, error) {
	sha := sha1.Sum(tarball)
	file := tarballName(rel.PackageName, rel.Version)
	ver := make(map[string]any, len(manifest)+3)
	for k, v := range manifest {
		ver[k] = v
	}
	ver["_id"] = rel.PackageName + "@" + rel.Version
	ver["name"] = rel.PackageName
	ver["version"] = rel.Version
	ver["dist"] = map[string]any{
		"integrity": SRI(rel.Integrity),
		"shasum":    hex.EncodeToString(sha[:]),
		"tarball":   n.pkgURL(rel.PackageName, "-", file).String(),
	}
	tag := "latest"
	if strings.Contains(strings.SplitN(rel.Version, "+", 2)[0], "-") {
		tag = "next"
	}
	doc := map[string]any{
		"_id":       rel.PackageName,
		"name":      rel.PackageName,
		"dist-tags": map[string]string{tag: rel.Version},
		"versions":  map[string]any{rel.Version: ver},
		"_attachments": map[string]any{file: map[string]any{
			"content_type": "application/octet-stream",
			"data":         base64.StdEncoding.EncodeToString(tarball),
			"length":       len(tarball),
		}},
	}
	if d, ok := manifest["description"]; ok {
		doc["description"] = d
	}
	return json.Marshal(doc)
}

// PublishDocument is the body of the PUT /<name> the coordinator sends to
// publish rel: package.json read from the tarball (it must name the
// release's name and version), dist (integrity, shasum, the tarball's URL
// under registryURL), dist-tags and the tarball as an attachment. It is
// for tools that publish as the coordinator does (bench/soak).
func PublishDocument(registryURL string, rel wire.Release, tarball []byte) ([]byte, error) {
	base, err := url.Parse(strings.TrimSuffix(registryURL, "/"))
	if err != nil {
		return nil, fmt.Errorf("registry URL %q: %w", registryURL, err)
	}
	manifest, err := readManifest(tarball, rel.PackageName, rel.Version)
	if err != nil {
		return nil, err
	}
	return (&npmClient{base: base}).publishDocument(rel, tarball, manifest)
}

// publish PUTs the release. It returns the registry's status and body.
func (n *npmClient) publish(ctx context.Context, token string, rel wire.Release, tarball []byte, manifest map[string]any) (int, []byte, error) {
	doc, err := n.publishDocument(rel, tarball, manifest)
	if err != nil {
		return 0, nil, fmt.Errorf("publish document of %s@%s: %w", rel.PackageName, rel.Version, err)
	}
	return n.do(ctx, http.MethodPut, n.pkgURL(rel.PackageName), token, doc)
}

// readManifest returns package.json from an npm tarball (gzip'd tar, one
// top-level folder, usually "package/") and checks its name and version.
func readManifest(tarball []byte, name, version string) (map[string]any, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tarball))
	if err != nil {
		return nil, fmt.Errorf("%w: %s@%s: %v", ErrBadTarball, name, version, err)
	}
	tr := tar.NewReader(io.LimitReader(zr, maxUnpackedBytes))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, fmt.Errorf("%w: %s@%s has no package.json", ErrBadTarball, name, version)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %s@%s: %v", ErrBadTarball, name, version, err)
		}
		parts := strings.Split(strings.TrimPrefix(h.Name, "./"), "/")
		if len(parts) != 2 || parts[1] != "package.json" || h.Typeflag != tar.TypeReg {
			continue
		}
		if h.Size > maxManifestSize {
			return nil, fmt.Errorf("%w: %s@%s: package.json is %d bytes", ErrBadTarball, name, version, h.Size)
		}
		raw, err := io.ReadAll(io.LimitReader(tr, maxManifestSize))
		if err != nil {
			return nil, fmt.Errorf("%w: %s@%s: %v", ErrBadTarball, name, version, err)
		}
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			return nil, fmt.Errorf("%w: %s@%s: package.json: %v", ErrBadTarball, name, version, err)
		}
		if m["name"] != name || m["version"] != version {
			return nil, fmt.Errorf("%w: package.json says %v@%v, the release says %s@%s", ErrBadTarball, m["name"], m["version"], name, version)
		}
		return m, nil
	}
}
