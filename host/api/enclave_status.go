package api

import (
	"context"
)

// ReleaseReporter is implemented by Enclaves that can report the
// coordinator's state of a release; GET /v1/releases/{id} then shows it.
type ReleaseReporter interface {
	EnclaveRelease(ctx context.Context, id string) (EnclaveRelease, bool)
}

// AnchorReporter is implemented by Enclaves whose relay anchors releases on
// chain; GET /v1/releases/{id} then shows where its transactions stand.
type AnchorReporter interface {
	AnchorStatus(ctx context.Context, id string) []AnchorStatus
}

// Wire converts the API's release to the signed wire.Release.
