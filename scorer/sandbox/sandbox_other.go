//go:build !linux

package sandbox

import (
	"context"
	"fmt"
	"runtime"

	"github.com/vouchpm/vouch/scorer/tarball"
)

// runPass needs Linux (namespaces, cgroups, a network namespace): elsewhere
// the sandbox is unavailable, as on a Linux machine without bubblewrap.
func (r *Runner) runPass(ctx context.Context, pkg *tarball.Package, m manifest, ds []decoy, seed [32]byte, pass string, b *Behaviour) error {
	return fmt.Errorf("%w: the behavioural sandbox needs Linux, not %s", ErrUnavailable, runtime.GOOS)
}
