package verify

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/vouchpm/vouch/cmd/vouch/internal/lockfile"
)

// maxPackument bounds a packument read (the largest on npm run to tens of MB).
const maxPackument = 64 << 20

// Packuments reads versions' publish times from an npm registry's packument
// ("time": {"1.0.0": "2020-01-01T00:00:00.000Z"}). The registry (or a mirror)
// is not trusted to say a version is signed; it only decides between two
// refusals, unsigned (a failure) and pre-enrollment (a warning, a failure
// under --strict), and only for versions the chain has no record of.
type Packuments struct {
	BaseURL string
	Client  *http.Client
}

// PublishedAt returns when name@version was published (zero when the
// packument has no time for it).
func (p *Packuments) PublishedAt(ctx context.Context, name, version string) (time.Time, error) {
	times, err := p.times(ctx, name)
	if err != nil {
		return time.Time{}, err
	}
	raw, ok := times[version]
	if !ok {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, raw)
	if err != nil {
		return time.Time{}, fmt.Errorf("packument of %s: time of %s: %v", name, version, err)
	}
	return t, nil
}

func (p *Packuments) times(ctx context.Context, name string) (map[string]string, error) {
	u := strings.TrimSuffix(p.BaseURL, "/") + "/" + strings.Replace(url.PathEscape(name), "%40", "@", 1)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	c := p.Client
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("packument of %s: HTTP %d", name, resp.StatusCode)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxPackument+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxPackument {
		return nil, fmt.Errorf("packument of %s is larger than %d MB", name, maxPackument>>20)
	}
	return parsePackumentTimes(data)
}

// parsePackumentTimes reads the "time" member exactly: duplicate or
// case-variant names ("time" and "Time", "1.0.0" twice) are refused.
func parsePackumentTimes(data []byte) (map[string]string, error) {
	var top map[string]jsontext.Value
	opts := json.JoinOptions(json.MatchCaseInsensitiveNames(false), jsontext.AllowDuplicateNames(false))
	if err := json.Unmarshal(data, &top, opts); err != nil {
		return nil, fmt.Errorf("packument: %v", err)
	}
	for k := range top {
		if k != "time" && strings.EqualFold(k, "time") {
			return nil, fmt.Errorf("packument has %q where \"time\" is meant", k)
		}
	}
	raw, ok := top["time"]
	if !ok {
		return map[string]string{}, nil
	}
	var times map[string]string
	if err := json.Unmarshal(raw, &times, opts); err != nil {
		return nil, fmt.Errorf("packument time: %v", err)
	}
	return times, nil
}

// EnrollmentLookup fills EnrolledAt and PublishedAt for the records that need
// them: enrolled packages whose version the chain has no record of.
type EnrollmentLookup struct {
	Enrolled  func(ctx context.Context, names []string) (map[string]time.Time, error)
	Published func(ctx context.Context, name, version string) (time.Time, error)
}

// Fill completes records in place. A publish time that cannot be read leaves
// the version unsigned (the failure), never pre-enrollment.
func (l EnrollmentLookup) Fill(ctx context.Context, entries []lockfile.Entry, records []Record) error {
	var names []string
	seen := map[string]bool{}
	for i, r := range records {
		if r.Enrolled && !r.Exists && !seen[entries[i].Name] {
			seen[entries[i].Name] = true
			names = append(names, entries[i].Name)
		}
	}
	if len(names) == 0 || l.Enrolled == nil {
		return nil
	}
	enrolled, err := l.Enrolled(ctx, names)
	if err != nil {
		return err
	}
	for i := range records {
		r := &records[i]
		if !r.Enrolled || r.Exists {
			continue
		}
		r.EnrolledAt = enrolled[entries[i].Name]
		if l.Published != nil && !r.EnrolledAt.IsZero() {
			if t, err := l.Published(ctx, entries[i].Name, entries[i].Version); err == nil {
				r.PublishedAt = t
			}
		}
	}
	return nil
}
