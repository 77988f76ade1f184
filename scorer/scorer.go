package scorer

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/enclave/wire"
	"github.com/vouchpm/vouch/scorer/diff"
	"github.com/vouchpm/vouch/scorer/heuristics"
	"github.com/vouchpm/vouch/scorer/model"
	"github.com/vouchpm/vouch/scorer/sandbox"
	"github.com/vouchpm/vouch/scorer/tarball"
)

// DefaultThreshold flags scores below it.
const DefaultThreshold = heuristics.DefaultThreshold

// Weights and bounds of the combined score (see the package doc).
const (
	modelWeight      = 7 // tenths
	heuristicWeight  = 3 // tenths
	maxModelLift     = 10
	truncatedPenalty = 12
)

// Rule ids of findings about the model run (not part of heuristicScore).
const (
	RuleModelTruncated  = "model-input-truncated"
	RuleModelUnusable   = "model-answer-unusable"
	RuleModelAnswerNote = "model-answer-event"
)

// Errors.
var (
	ErrBadInput     = errors.New("scorer: bad input")
	ErrNameMismatch = fmt.Errorf("%w: package.json does not match the requested name or version", ErrBadInput)
)

// Request asks for one score. Base is nil for a first release.
type Request struct {
	PackageName string
	Version     string
	Base, New   []byte
}

// Engine scores releases. Model nil means heuristics only.
type Engine struct {
	Analyzer  *heuristics.Analyzer
	Limits    tarball.Limits
	Threshold int
	Model     *model.Client
	Pin       model.Pin
	// Sandbox, when set, runs both releases (install scripts, require/import, bins) and
	// adds what only the new one does to the findings; the behaviour report's hash is
	// Report.BehaviourHash (signed through findingsHash).
	Sandbox *sandbox.Runner
	// ModelLocality is where Model's ollama runs (model.Locality); a model score made
	// without it records model.LocalityRemoteUnsafe.
	ModelLocality string
}

// Combine applies the documented rule: it returns the final score and the cap.
func Combine(h uint8, m uint8, truncated bool, threshold int) (score, limit uint8) {
	combined := (modelWeight*int(m) + heuristicWeight*int(h) + 5) / 10
	capv := min(100, int(h)+maxModelLift)
	if int(h) < threshold {
		capv = int(h)
	}
	s := min(combined, capv)
	if truncated {
		s -= truncatedPenalty
	}
	return uint8(max(0, s)), uint8(capv)
}

// Evaluate reads both tarballs, diffs, runs heuristics and the model, and returns the
// unsigned Score and its Report.
func (e *Engine) Evaluate(ctx context.Context, req Request) (wire.Score, *Report, error) {
	threshold := e.Threshold
	if threshold == 0 {
		threshold = DefaultThreshold
	}
	an := e.Analyzer
	if an == nil {
		an = heuristics.New(nil)
	}
	newPkg, err := tarball.Read(req.New, e.Limits)
	if err != nil {
		return wire.Score{}, nil, fmt.Errorf("%s@%s: new tarball: %w", req.PackageName, req.Version, err)
	}
	var base *tarball.Package
	if req.Base != nil {
		if base, err = tarball.Read(req.Base, e.Limits); err != nil {
			return wire.Score{}, nil, fmt.Errorf("%s@%s: base tarball: %w", req.PackageName, req.Version, err)
		}
	}
	if err := checkIdentity(newPkg, req); err != nil {
		return wire.Score{}, nil, err
	}
	d := diff.Compare(base, newPkg)
	hr := an.Analyze(d)
	var behaviour *sandbox.Report
	if e.Sandbox != nil {
		if behaviour, err = runSandbox(ctx, e.Sandbox, req, newPkg.ContentHash, base); err != nil {
			return wire.Score{}, nil, fmt.Errorf("%s@%s: %w", req.PackageName, req.Version, err)
		}
		hr.Findings = append(hr.Findings, behaviour.Findings...)
		hr.Score = heuristics.Score(hr.Findings)
	}

	var baseHash [32]byte
	if base != nil {
		baseHash = base.ContentHash
	}
	s := wire.Score{
		PackageName:     req.PackageName,
		Version:         req.Version,
		ContentHash:     newPkg.ContentHash,
		BaseContentHash: baseHash,
		InputHash:       InputHash(baseHash, newPkg.ContentHash),
		HeuristicScore:  hr.Score,
	}
	rep := &Report{
		Version: ReportVersion, PackageName: req.PackageName, PackageVersion: req.Version,
		Integrity: newPkg.Integrity, ContentHash: hex.EncodeToString(s.ContentHash[:]),
		BaseContentHash: hex.EncodeToString(baseHash[:]), InputHash: hex.EncodeToString(s.InputHash[:]),
		HeuristicScore: hr.Score, Threshold: uint8(threshold), FirstRelease: d.FirstRelease,
		Findings: hr.Findings, Mode: ModeHeuristicsOnly,
	}
	for _, f := range d.Files {
		switch f.Status {
		case diff.Added:
			rep.FilesAdded++
		case diff.Changed:
			rep.FilesChanged++
		case diff.Removed:
			rep.FilesRemoved++
		}
	}
	s.Score, rep.Cap = hr.Score, hr.Score
	if e.Model != nil {
		// The served weights are checked before and after every assessment, not once
		// at start-up: whoever runs ollama can re-create the tag with other weights at
		// any time, and a score must never be signed for a model other than the pin.
		if err := e.Model.Verify(ctx); err != nil {
			return wire.Score{}, nil, fmt.Errorf("%s@%s: %w", req.PackageName, req.Version, err)
		}
		a, err := e.Model.Assess(ctx, model.Render(d), s.InputHash)
		if err != nil {
			return wire.Score{}, nil, fmt.Errorf("%s@%s: %w", req.PackageName, req.Version, err)
		}
		if err := e.Model.Verify(ctx); err != nil {
			return wire.Score{}, nil, fmt.Errorf("%s@%s: after the assessment: %w", req.PackageName, req.Version, err)
		}
		s.ModelHash = e.Pin.Hash
		rep.Mode, rep.ModelName, rep.Model, rep.ModelScore = ModeModel, e.Pin.Name, a, a.Score
		rep.ModelLocality = e.ModelLocality
		if rep.ModelLocality != model.LocalityLoopback {
			rep.ModelLocality = model.LocalityRemoteUnsafe
		}
		s.Score, rep.Cap = Combine(hr.Score, a.Score, a.Truncated, threshold)
		if a.Truncated {
			rep.Findings = append(rep.Findings, heuristics.Finding{Rule: RuleModelTruncated, Severity: heuristics.Medium, Evidence: fmt.Sprintf("the model saw %d parts; the rest of the diff was truncated", a.Parts)})
		}
		if !a.Usable {
			rep.Findings = append(rep.Findings, heuristics.Finding{Rule: RuleModelUnusable, Severity: heuristics.High, Evidence: "no valid model answer after retries: counted as model score 0"})
		}
		for _, ev := range a.Events {
			if ev.Kind != "truncated" {
				rep.Findings = append(rep.Findings, heuristics.Finding{Rule: RuleModelAnswerNote, Severity: heuristics.Info, Line: ev.Part, Evidence: ev.Kind + ": " + ev.Detail})
			}
		}
	}
	if behaviour != nil {
		bh, err := behaviour.Hash()
		if err != nil {
			return wire.Score{}, nil, err
		}
		s.BehaviourHash = bh
		rep.BehaviourHash, rep.Behaviour = hex.EncodeToString(bh[:]), behaviour
	}
	rep.ModelHash = hex.EncodeToString(s.ModelHash[:])
	rep.Score = s.Score
	rep.Flagged = int(s.Score) < threshold
	if s.FindingsHash, err = rep.FindingsHash(); err != nil {
		return wire.Score{}, nil, err
	}
	return s, rep, nil
}

// runSandbox runs the base (if any) and the new release in the sandbox, with decoy
// tokens seeded by the inputHash, and compares their behaviour.
func runSandbox(ctx context.Context, r *sandbox.Runner, req Request, newHash [32]byte, base *tarball.Package) (*sandbox.Report, error) {
	var baseHash [32]byte
	if base != nil {
		baseHash = base.ContentHash
	}
	seed := InputHash(baseHash, newHash)
	var bb *sandbox.Behaviour
	if req.Base != nil {
		var err error
		if bb, err = r.Run(ctx, req.Base, seed); err != nil {
			return nil, fmt.Errorf("base release: %w", err)
		}
	}
	nb, err := r.Run(ctx, req.New, seed)
	if err != nil {
		return nil, err
	}
	return sandbox.Compare(bb, nb), nil
}

// checkIdentity refuses a tarball whose package.json names another package or version.
func checkIdentity(p *tarball.Package, req Request) error {
	f := p.File("package.json")
	if f == nil {
		return fmt.Errorf("%w: %s@%s has no package.json", ErrBadInput, req.PackageName, req.Version)
	}
	var pj struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	if err := json.Unmarshal(f.Data, &pj); err != nil {
		return fmt.Errorf("%w: %s@%s: package.json: %v", ErrBadInput, req.PackageName, req.Version, err)
	}
	if pj.Name != req.PackageName || pj.Version != req.Version {
		return fmt.Errorf("%w: tarball is %s@%s, request is %s@%s", ErrNameMismatch, pj.Name, pj.Version, req.PackageName, req.Version)
	}
	return nil
}

// PackageIdentity returns name and version from a tarball's package.json.
func PackageIdentity(tgz []byte, lim tarball.Limits) (name, version string, err error) {
	p, err := tarball.Read(tgz, lim)
	if err != nil {
		return "", "", err
	}
	f := p.File("package.json")
	if f == nil {
		return "", "", fmt.Errorf("%w: no package.json", ErrBadInput)
	}
	var pj struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	if err := json.Unmarshal(f.Data, &pj); err != nil {
		return "", "", fmt.Errorf("%w: package.json: %v", ErrBadInput, err)
	}
	return pj.Name, pj.Version, nil
}

// Signed is a score signed by the enclave key, with its per-score quote.
type Signed struct {
	Score     wire.Score
	Digest    [32]byte // EIP-712 digest of Score
	Signature []byte   // 65 bytes, v in {27, 28}
	Report    *Report
	// Platform, Quote and Aux attest Digest as report data (attestation SPEC.md,
	// "per-score quote"); empty when the scorer runs without an attester.
	Platform   string
	Quote, Aux []byte
}

// Signer signs scores inside the enclave.
type Signer struct {
	Key      *ecdsa.PrivateKey
	Domain   wire.Domain
	Attester attestation.PlatformAttester // nil: no per-score quote (labelled by an empty Platform)
}

// Sign signs s and attests its digest.
func (sg *Signer) Sign(ctx context.Context, s wire.Score, rep *Report) (*Signed, error) {
	digest, err := wire.Digest(sg.Domain, s)
	if err != nil {
		return nil, fmt.Errorf("scorer: %s@%s: %w", s.PackageName, s.Version, err)
	}
	sig, err := wire.Sign(sg.Key, digest)
	if err != nil {
		return nil, fmt.Errorf("scorer: sign %s@%s: %w", s.PackageName, s.Version, err)
	}
	out := &Signed{Score: s, Digest: digest, Signature: sig, Report: rep}
	if sg.Attester != nil {
		quote, aux, err := sg.Attester.Quote(ctx, digest)
		if err != nil {
			return nil, fmt.Errorf("scorer: attest score %s@%s: %w", s.PackageName, s.Version, err)
		}
		out.Platform, out.Quote, out.Aux = sg.Attester.Platform(), quote, aux
	}
	return out, nil
}
