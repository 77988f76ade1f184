// Package web is vouch-host's public dashboard: server-rendered pages (no
// JavaScript, strict CSP) of recent and pending releases, revocations,
// enclaves and packages, plus the verdicts and badges the API serves. What
// it shows about releases, policies and enclaves is read from the registry
// contract's events (Index), never from the host's store; the host's own
// data (pending proposals, findings reports, sealed tokens) is labelled as
// such, and a findings report is shown only when its hash matches the chain.
// It runs on the untrusted host.
package web
