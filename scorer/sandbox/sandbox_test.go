package sandbox

import (
	"context"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/vouchpm/vouch/scorer/corpus"
)

// newRunner returns a Runner, or skips when the tools are missing; root is needed for the
// network sink, the tmpfs and the unprivileged sandbox user.
func newRunner(t *testing.T, cfg Config) *Runner {
	t.Helper()
	r, err := New(cfg)
	if errors.Is(err, ErrUnavailable) {
		t.Skipf("sandbox tools missing (make apt-deps installs them): %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		t.Skip("the sandbox's network sink and limits need root (the scorer and CI run as root)")
	}
	return r
}

func pack(t *testing.T, dir string) []byte {
	t.Helper()
	tgz, err := corpus.Pack(dir)
	if err != nil {
		t.Fatal(err)
	}
	return tgz
}

func runPair(t *testing.T, r *Runner, dir string) *Report {
	t.Helper()
	seed := sha256.Sum256([]byte(dir))
	var base *Behaviour
	if _, err := os.Stat(filepath.Join(dir, "base")); err == nil {
		b, err := r.Run(context.Background(), pack(t, filepath.Join(dir, "base")), seed)
		if err != nil {
			t.Fatal(err)
		}
		base = b
	}
	n, err := r.Run(context.Background(), pack(t, filepath.Join(dir, "new")), seed)
	if err != nil {
		t.Fatal(err)
	}
	return Compare(base, n)
}
