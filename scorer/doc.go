// Package scorer turns two npm tarballs into a signed, attested score. It runs inside
// the scorer enclave (cmd/scorer) and, unsigned, in `vouch score` on a maintainer's machine.
//
// Pipeline: tarball (safe reader, integrity and contentHash recomputed) → diff →
// heuristics → optional pinned model → combined score → report (findingsHash) →
// EIP-712 wire.Score signed by the enclave key → per-score quote over the score digest.
//
// # Scores
//
// Scores run 0..100, higher is safer; a score below Threshold (default 60) is flagged.
// heuristicScore h comes from heuristics alone (heuristics.Score). With a model whose
// assessment scores m:
//
//	combined = round(0.7*m + 0.3*h)
//	cap      = h              when h < Threshold (heuristics flagged it: the model cannot unflag)
//	         = min(100, h+10) otherwise (the model may raise the score at most 10 above h)
//	score    = min(combined, cap) − 12 when part of the diff was truncated before the model saw it
//
// A model part without a usable answer after the retries counts as m = 0 (fail closed).
// Without a model, score = h and modelHash is zero: the report says "heuristics-only".
//
// # Hashes
//
//	inputHash    = SHA-256(canonical CBOR {baseContentHash, newContentHash, scorerInputVersion})
//	findingsHash = SHA-256(canonical CBOR of the Report)
//	behaviourHash = SHA-256(canonical CBOR of the sandbox's behaviour Report); zero without the sandbox
//
// Canonical CBOR is RFC 8949 core deterministic encoding (fxamacker/cbor CoreDetEncOptions),
// the encoding attestation.Codec uses; map keys are the Report's JSON field names, so the
// JSON report an auditor receives re-encodes to the same bytes (see ReportFromJSON).
package scorer
