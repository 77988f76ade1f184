package verify

import (
	"encoding/json"
	"fmt"
	"io"
)

// SARIF 2.1.0, the subset vouch writes. Each status that is a finding is a rule.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string       `json:"id"`
	Name             string       `json:"name"`
	ShortDescription sarifMessage `json:"shortDescription"`
	FullDescription  sarifMessage `json:"fullDescription"`
	Help             sarifMessage `json:"help"`
	DefaultConfig    sarifConfig  `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID     string          `json:"ruleId"`
	RuleIndex  int             `json:"ruleIndex"`
	Level      string          `json:"level"`
	Message    sarifMessage    `json:"message"`
	Locations  []sarifLocation `json:"locations"`
	Properties map[string]any  `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifLogical struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

var sarifRules = []struct {
	status Status
	id     string
	name   string
	short  string
	help   string
}{
	{Mismatch, "VOUCH001", "IntegrityMismatch", "Installed bytes differ from the release its maintainers signed.", "Do not install. Compare the lockfile's integrity with the signed release shown by `vouch verify PKG@VER`, and report the package to its maintainers."},
	{Unsigned, "VOUCH002", "Unsigned", "The package is enrolled in vouch but this version carries no M-of-N maintainer signature.", "This version was published outside vouch (a stolen npm token looks like this): do not install; pin a signed version."},
	{Revoked, "VOUCH003", "Revoked", "The maintainers revoked this release.", "Upgrade or downgrade to a release that is not revoked."},
	{LowScore, "VOUCH004", "LowScore", "The attested score of this release is below the minimum.", "Read the findings with `vouch audit score PKG@VER` before installing."},
	{ScoreUnattested, "VOUCH005", "ScoreUnattested", "The release is signed but no attested score is recorded.", "Ask the maintainers to have the release scored, or accept it explicitly."},
	{NotEnrolled, "VOUCH006", "NotEnrolled", "Packages not enrolled in vouch: nobody signed them.", "Ask the maintainers to enroll; `vouch verify --all` lists every package."},
	{PreEnrollment, "VOUCH007", "PreEnrollment", "The version was published before its package enrolled in vouch, so it was never signed.", "Upgrade to a version released through vouch."},
	{Downgrade, "VOUCH008", "Downgrade", "The package verified before (baseline) and does not now.", "Find out why the new version is not signed (a stolen token, a switch to a git or tarball source, an old version from before enrollment) before accepting it."},
	{NotFromRegistry, "VOUCH009", "NotFromRegistry", "The package comes from git, a remote tarball or a local folder, not a registry: no signed release can cover it.", "Depend on a registry release, or accept the source explicitly."},
}

// WriteSARIF writes the results that are not verified as a SARIF 2.1.0 log;
// lockfilePath is the artifact the results point at. Packages that are not
// enrolled are one note listing them, not one result each: they are the
// usual case today and would flood code scanning.
func WriteSARIF(w io.Writer, results []Result, lockfilePath, toolVersion string) error {
	driver := sarifDriver{Name: "vouch", Version: toolVersion, InformationURI: "https://github.com/vouchpm/vouch"}
	index := map[Status]int{}
	for i, r := range sarifRules {
		index[r.status] = i
		level := "error"
		switch r.status {
		case NotEnrolled:
			level = "note"
		case ScoreUnattested, PreEnrollment, NotFromRegistry:
			level = "warning"
		}
		driver.Rules = append(driver.Rules, sarifRule{
			ID: r.id, Name: r.name,
			ShortDescription: sarifMessage{r.short}, FullDescription: sarifMessage{r.short}, Help: sarifMessage{r.help},
			DefaultConfig: sarifConfig{Level: level},
		})
	}
	location := func(logical []sarifLogical) []sarifLocation {
		return []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: lockfilePath}}, LogicalLocations: logical}}
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, Results: []sarifResult{}}
	var notEnrolled []string
	for _, r := range results {
		i, ok := index[r.Status]
		if !ok {
			continue
		}
		if r.Status == NotEnrolled && !r.Error {
			notEnrolled = append(notEnrolled, r.Name+"@"+r.Version)
			continue
		}
		level := "warning"
		if r.Error {
			level = "error"
		}
		props := map[string]any{"package": r.Name, "version": r.Version, "status": string(r.Status)}
		if r.ExpectedIntegrity != "" {
			props["expectedIntegrityKeccak"] = r.ExpectedIntegrity
		}
		if r.ActualIntegrity != "" {
			props["actualIntegrity"] = r.ActualIntegrity
		}
		if r.Resolved != "" {
			props["resolved"] = r.Resolved
		}
		run.Results = append(run.Results, sarifResult{
			RuleID: sarifRules[i].id, RuleIndex: i, Level: level,
			Message:    sarifMessage{Text: r.Name + "@" + r.Version + ": " + r.Reason},
			Locations:  location([]sarifLogical{{Name: r.Name, FullyQualifiedName: r.Path, Kind: "package"}}),
			Properties: props,
		})
	}
	if len(notEnrolled) > 0 {
		i := index[NotEnrolled]
		run.Results = append(run.Results, sarifResult{
			RuleID: sarifRules[i].id, RuleIndex: i, Level: "note",
			Message:    sarifMessage{Text: fmt.Sprintf("%d packages are not enrolled in vouch", len(notEnrolled))},
			Locations:  location(nil),
			Properties: map[string]any{"packages": notEnrolled, "count": len(notEnrolled)},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}})
}
