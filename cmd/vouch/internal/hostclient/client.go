// Package hostclient is a small typed client of the vouch-host HTTP API
// (host/api). It runs on the user's machine and trusts nothing it returns:
// callers re-check every digest and signature themselves.
package hostclient

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	api "github.com/vouchpm/vouch/host/api/apijson"
)

// ErrHostDown means the host did not answer at all.
var ErrHostDown = errors.New("vouch-host is not reachable")

// ErrMalformedAnswer means the host answered something that is not the API.
var ErrMalformedAnswer = errors.New("vouch-host answered malformed data")

// Error is a refusal the host explained with {"error":{"code","message"}}.
type Error struct {
	Status  int
	Code    string // one of host/api's Code* constants
	Message string // one sentence
}

func (e *Error) Error() string {
	return fmt.Sprintf("vouch-host refused: %s", strings.TrimSuffix(e.Message, "."))
}

// IsCode reports whether err is a host refusal with the given code.
func IsCode(err error, code string) bool {
	var e *Error
	return errors.As(err, &e) && e.Code == code
}

// Limits on what the client reads back.
const (
	maxJSON    = 8 << 20
	maxTarball = 64 << 20
)

// Client talks to one host.
type Client struct {
	base *url.URL
	http *http.Client
}

// New returns a client of the host at base (http or https). timeout bounds
// each request (zero: 30 s).
func New(base string, timeout time.Duration) (*Client, error) {
	u, err := url.Parse(strings.TrimRight(base, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("host URL %q must be http(s)://HOST[:PORT]", base)
	}
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	return &Client{base: u, http: &http.Client{Timeout: timeout}}, nil
}

// Base is the host's URL.
func (c *Client) Base() string { return c.base.String() }

func (c *Client) do(ctx context.Context, method, path string, query url.Values, ctype string, body []byte, limit int64) ([]byte, error) {
	return c.doWith(ctx, method, path, query, nil, ctype, body, limit)
}

func (c *Client) doWith(ctx context.Context, method, path string, query url.Values, hdr http.Header, ctype string, body []byte, limit int64) ([]byte, error) {
	u := *c.base
	u.Path = c.base.Path + path
	u.RawQuery = query.Encode()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), rd)
	if err != nil {
		return nil, err
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return nil, fmt.Errorf("%w: %s did not answer in time", ErrHostDown, c.base.Host)
		}
		return nil, fmt.Errorf("%w at %s", ErrHostDown, c.base)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%w: reading %s %s: %v", ErrHostDown, method, path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: %s %s answered more than %d bytes", ErrMalformedAnswer, method, path, limit)
	}
	if resp.StatusCode >= 400 {
		return nil, parseError(resp.StatusCode, data, method+" "+path)
	}
	return data, nil
}

// parseError turns a failed answer into an *Error when the host explained
// itself with {"error":{"code","message"}} in one line, else into
// ErrMalformedAnswer.
func parseError(status int, body []byte, what string) error {
	var eb struct {
		Error *Error `json:"error"`
	}
	if json.Unmarshal(body, &eb) == nil && eb.Error != nil && eb.Error.Message != "" && len(eb.Error.Message) <= 500 && !strings.ContainsAny(eb.Error.Message, "\r\n") {
		eb.Error.Status = status
		return eb.Error
	}
	return fmt.Errorf("%w: %s: HTTP %d", ErrMalformedAnswer, what, status)
}

func (c *Client) json(ctx context.Context, method, path string, query url.Values, in, out any) error {
	var body []byte
	ctype := ""
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body, ctype = b, "application/json"
	}
	data, err := c.do(ctx, method, path, query, ctype, body, maxJSON)
	if err != nil {
		return err
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("%w: %s %s: %v", ErrMalformedAnswer, method, path, err)
	}
	return nil
}

func esc(s string) string { return url.PathEscape(s) }

// Enroll enrolls a package (policy nonce 0) with its maintainers' signatures.
func (c *Client) Enroll(ctx context.Context, req api.PolicyRequest) error {
	return c.json(ctx, "POST", "/v1/packages", nil, req, nil)
}

// ChangePolicy replaces a package's policy (M-of-N of the current maintainers).
func (c *Client) ChangePolicy(ctx context.Context, req api.PolicyRequest) error {
	return c.json(ctx, "PUT", "/v1/packages/"+esc(req.Policy.PackageName)+"/policy", nil, req, nil)
}

// Package returns a package's policy as the host stores it.
func (c *Client) Package(ctx context.Context, name string) (api.PolicyRequest, error) {
	var out api.PolicyRequest
	err := c.json(ctx, "GET", "/v1/packages/"+esc(name), nil, nil, &out)
	return out, err
}

// TokenInfo is what the host shows of a package's sealed npm token.
type TokenInfo struct {
	Version   uint64 `json:"version"`
	ExpiresAt uint64 `json:"expiresAt"` // unix seconds; 0 unknown
}

// Token returns the public facts of a package's sealed npm token.
func (c *Client) Token(ctx context.Context, pkg string) (TokenInfo, error) {
	var out TokenInfo
	err := c.json(ctx, "GET", "/v1/packages/"+esc(pkg)+"/token", nil, nil, &out)
	return out, err
}

// PutTarball uploads a tarball under its SHA-256 with the signed proposal
// of it, which the host checks before it takes the bytes.
func (c *Client) PutTarball(ctx context.Context, prop api.ProposeRequest, data []byte) error {
	raw, err := json.Marshal(prop)
	if err != nil {
		return err
	}
	hdr := http.Header{}
	hdr.Set(api.ProposalHeader, base64.StdEncoding.EncodeToString(raw))
	_, err = c.doWith(ctx, "PUT", "/v1/tarballs/"+common.Hash(prop.Release.ContentHash).Hex(), nil, hdr, "application/octet-stream", data, maxJSON)
	return err
}

// Tarball downloads a tarball by its SHA-256 (callers re-hash it).
func (c *Client) Tarball(ctx context.Context, contentHash string) ([]byte, error) {
	return c.do(ctx, "GET", "/v1/tarballs/"+esc(contentHash), nil, "", nil, maxTarball)
}

// Propose proposes a release with the proposer's signature.
func (c *Client) Propose(ctx context.Context, req api.ProposeRequest) (api.ReleaseStatus, error) {
	var out api.ReleaseStatus
	err := c.json(ctx, "POST", "/v1/releases", nil, req, &out)
	return out, err
}

// ReleaseItem is one entry of a release listing.
type ReleaseItem struct {
	ID          string    `json:"id"`
	PackageName string    `json:"packageName"`
	Version     string    `json:"version"`
	ContentHash string    `json:"contentHash"`
	State       string    `json:"state"`
	UpdatedAt   time.Time `json:"updatedAt"`
}

// Releases lists releases, optionally of one package and in one state.
func (c *Client) Releases(ctx context.Context, pkg, state string, limit int) ([]ReleaseItem, error) {
	q := url.Values{}
	if pkg != "" {
		q.Set("package", pkg)
	}
	if state != "" {
		q.Set("state", state)
	}
	if limit > 0 {
		q.Set("limit", fmt.Sprint(limit))
	}
	var out struct {
		Releases []ReleaseItem `json:"releases"`
	}
	err := c.json(ctx, "GET", "/v1/releases", q, nil, &out)
	return out.Releases, err
}

// Release returns a release's status.
func (c *Client) Release(ctx context.Context, id string) (api.ReleaseStatus, error) {
	var out api.ReleaseStatus
	err := c.json(ctx, "GET", "/v1/releases/"+esc(id), nil, nil, &out)
	return out, err
}

// Approve adds a maintainer's signature to a release.
func (c *Client) Approve(ctx context.Context, id string, sb api.SignedBy) (api.ReleaseStatus, error) {
	var out api.ReleaseStatus
	err := c.json(ctx, "POST", "/v1/releases/"+esc(id)+"/signatures", nil, sb, &out)
	return out, err
}

// Veto vetoes a release.
func (c *Client) Veto(ctx context.Context, id string, req api.VetoRequest) (api.ReleaseStatus, error) {
	var out api.ReleaseStatus
	err := c.json(ctx, "POST", "/v1/releases/"+esc(id)+"/vetoes", nil, req, &out)
	return out, err
}

// Score returns a release's stored score with its signature, quote and report.
func (c *Client) Score(ctx context.Context, id string) (api.ScoreJSON, error) {
	var out api.ScoreJSON
	err := c.json(ctx, "GET", "/v1/releases/"+esc(id)+"/score", nil, nil, &out)
	return out, err
}

// Scores lists stored scores of a package.
func (c *Client) Scores(ctx context.Context, pkg string) ([]api.ScoreJSON, error) {
	var out struct {
		Scores []api.ScoreJSON `json:"scores"`
	}
	err := c.json(ctx, "GET", "/v1/scores", url.Values{"package": {pkg}, "limit": {"500"}}, nil, &out)
	return out.Scores, err
}

// Revoke submits a signed revocation.
func (c *Client) Revoke(ctx context.Context, req api.RevokeRequest) (RevokeResult, error) {
	var out RevokeResult
	err := c.json(ctx, "POST", "/v1/revocations", nil, req, &out)
	return out, err
}

// RevokeResult is where a revocation stands on the host: Signatures of the
// Threshold maintainers revoke() on chain needs (a proposal until then).
type RevokeResult struct {
	Signatures int `json:"signatures"`
	Threshold  int `json:"threshold"`
}

// Evidence fetches an enclave's evidence over nonce.
func (c *Client) Evidence(ctx context.Context, role string, nonce []byte) ([]byte, error) {
	var out struct {
		Nonce    string `json:"nonce"`
		Evidence []byte `json:"evidence"`
	}
	if err := c.json(ctx, "GET", "/v1/enclaves/"+esc(role)+"/evidence", url.Values{"nonce": {hex.EncodeToString(nonce)}}, nil, &out); err != nil {
		return nil, err
	}
	if len(out.Evidence) == 0 {
		return nil, fmt.Errorf("%w: no %s evidence in the answer", ErrMalformedAnswer, role)
	}
	return out.Evidence, nil
}

// CoordinatorConfig fetches the coordinator's canonical configuration, as
// relayed by the host: check that it hashes to the attested digest.
func (c *Client) CoordinatorConfig(ctx context.Context) ([]byte, error) {
	var out struct {
		Config []byte `json:"config"`
	}
	if err := c.json(ctx, "GET", "/v1/enclaves/coordinator/config", nil, nil, &out); err != nil {
		return nil, err
	}
	if len(out.Config) == 0 {
		return nil, fmt.Errorf("%w: no configuration in the answer", ErrMalformedAnswer)
	}
	return out.Config, nil
}

// PutToken hands the coordinator an npm token encrypted to its attested
// key, with the maintainers' TokenGrant signatures.
func (c *Client) PutToken(ctx context.Context, pkg string, req api.TokenRequest) (api.TokenResponse, error) {
	var out api.TokenResponse
	body, err := json.Marshal(req)
	if err != nil {
		return out, err
	}
	data, err := c.do(ctx, "PUT", "/v1/packages/"+esc(pkg)+"/token", nil, "application/json", body, maxJSON)
	if err != nil {
		return out, err
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return out, fmt.Errorf("%w: PUT token: %v", ErrMalformedAnswer, err)
	}
	return out, nil
}

// ProposePolicyChange files a policy change with the proposer's signature.
func (c *Client) ProposePolicyChange(ctx context.Context, req api.PolicyRequest) (api.PolicyChangeStatus, error) {
	var out api.PolicyChangeStatus
	err := c.json(ctx, "POST", "/v1/policy-changes", nil, req, &out)
	return out, err
}

// PolicyChanges lists policy changes (pkg and state may be empty).
func (c *Client) PolicyChanges(ctx context.Context, pkg, state string) ([]api.PolicyChangeStatus, error) {
	q := url.Values{}
	if pkg != "" {
		q.Set("package", pkg)
	}
	if state != "" {
		q.Set("state", state)
	}
	var out struct {
		Changes []api.PolicyChangeStatus `json:"changes"`
	}
	err := c.json(ctx, "GET", "/v1/policy-changes", q, nil, &out)
	return out.Changes, err
}

// PolicyChange returns one policy change.
func (c *Client) PolicyChange(ctx context.Context, id string) (api.PolicyChangeStatus, error) {
	var out api.PolicyChangeStatus
	err := c.json(ctx, "GET", "/v1/policy-changes/"+esc(id), nil, nil, &out)
	return out, err
}

// SignPolicyChange adds a maintainer's signature to a policy change.
func (c *Client) SignPolicyChange(ctx context.Context, id string, sb api.SignedBy) (api.PolicyChangeStatus, error) {
	var out api.PolicyChangeStatus
	err := c.json(ctx, "POST", "/v1/policy-changes/"+esc(id)+"/signatures", nil, sb, &out)
	return out, err
}

// Invite opens an invite into a package's team.
func (c *Client) Invite(ctx context.Context, req api.InviteRequest) (api.Invite, error) {
	var out api.Invite
	err := c.json(ctx, "POST", "/v1/invites", nil, req, &out)
	return out, err
}

// Join answers an invite with the joiner's address.
func (c *Client) Join(ctx context.Context, code string, req api.JoinRequest) (api.PolicyChangeStatus, error) {
	var out api.PolicyChangeStatus
	err := c.json(ctx, "POST", "/v1/invites/"+esc(code), nil, req, &out)
	return out, err
}
