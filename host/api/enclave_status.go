package api

import (
	"context"
	"time"

	"github.com/vouchpm/vouch/enclave/wire"
)

// EnclaveRelease is the coordinator enclave's account of a release, as the
// host's relay last read it: the enclave decides, the host only reports.
type EnclaveRelease struct {
	// State is pending, window, authorized, published, vetoed, cancelled,
	// expired, refused or revoked (enclave/wire's release states).
	State string `json:"state"`
	// Reason says why a release was vetoed, refused or cancelled, or the
	// last publish error.
	Reason    string   `json:"reason,omitempty"`
	Approvals []string `json:"approvals"`
	Required  uint64   `json:"required"`
	Score     *int     `json:"score,omitempty"`
	// PublishAfter is the end of the veto window, once it opened.
	PublishAfter *time.Time `json:"publishAfter,omitempty"`
	// RegistryStatus is the npm registry's HTTP status in the signed receipt.
	RegistryStatus int `json:"registryStatus,omitempty"`
}

// ReleaseReporter is implemented by Enclaves that can report the
// coordinator's state of a release; GET /v1/releases/{id} then shows it.
type ReleaseReporter interface {
	EnclaveRelease(ctx context.Context, id string) (EnclaveRelease, bool)
}

// Wire converts the API's release to the signed wire.Release.
func (r ReleaseJSON) Wire() (wire.Release, error) { return r.wire() }
