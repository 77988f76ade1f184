// Package api serves the untrusted host's versioned HTTP JSON API (/v1/...):
// it ferries proposals, signatures and sealed blobs between people and enclaves.
// It runs on the host, which nobody has to trust: enclaves and the contract re-check everything.
package api
