package api

import (
	"context"
)

// ReleaseReporter is implemented by Enclaves that can report the
// coordinator's state of a release; GET /v1/releases/{id} then shows it.
type ReleaseReporter interface {
	EnclaveRelease(ctx context.Context, id string) (EnclaveRelease, bool)
}

// Wire converts the API's release to the signed wire.Release.
