package cli

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/vouchpm/vouch/host/registry"
	"github.com/vouchpm/vouch/scorer/tarball"
)

// ErrRegistry means the registry's answer is unusable (missing version, bad integrity).
var ErrRegistry = errors.New("registry")

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
func fetchRelease(ctx context.Context, client *http.Client, reg, name, version string) (base, newTgz []byte, baseVersion string, err error) {
	c, err := registry.New(reg, client)
	if err != nil {
		return nil, nil, "", usage(fmt.Errorf("--registry: %w", err))
	}
	c.MaxTarball = tarball.DefaultLimits().MaxCompressed
	newTgz, baseVersion, base, err = c.FetchRelease(ctx, name, version)
	if err != nil {
		return nil, nil, "", fmt.Errorf("%w: %w", ErrRegistry, err)
	}
	return base, newTgz, baseVersion, nil
}
