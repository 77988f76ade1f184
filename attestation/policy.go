package attestation

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vouchpm/vouch/internal/exactjson"
)

// Policy says which claims a verifier accepts. The zero Policy accepts
// nothing: a measurement (or PCR set) must be listed, and every weakening
// option is named ...Unsafe.
type Policy struct {
	// Platforms allowed; empty means any of tpm, nitro, sgx (never sim unless
	// AllowSimulatedUnsafe).
	Platforms []string `json:"platforms,omitempty"`
	// Measurements allowed (hex). For sgx MRENCLAVE; nitro PCR0; tpm/sim the
	// PCR digest. Either Measurements, Signers or PCRs must be set unless
	// AnyMeasurementUnsafe.
	Measurements []string `json:"measurements,omitempty"`
	// Signers allowed (hex MRSIGNER for sgx); with ProductID and MinSVN.
	Signers   []string `json:"signers,omitempty"`
	ProductID *uint16  `json:"productId,omitempty"`
	MinSVN    uint16   `json:"minSvn,omitempty"`
	// PCRs that must hold exactly these values (hex), for tpm, sim and nitro.
	PCRs map[int]string `json:"pcrs,omitempty"`
	// AcceptedTCBStatuses (sgx): empty means only "UpToDate".
	AcceptedTCBStatuses []string `json:"acceptedTcbStatuses,omitempty"`
	// AcceptedAdvisories (sgx): every advisory in the claims must be listed.
	AcceptedAdvisories []string `json:"acceptedAdvisories,omitempty"`
	// MaxAge bounds now - IssuedAt; zero means 24h.
	MaxAge Duration `json:"maxAge,omitempty"`

	// Expectations on the binding; empty means not checked.
	Nonce       HexBytes       `json:"nonce,omitempty"`
	Role        string         `json:"role,omitempty"`
	Key         HexBytes       `json:"key,omitempty"`
	ChainID     uint64         `json:"chainId,omitempty"`
	Registry    common.Address `json:"registry,omitempty"`
	ModelDigest HexBytes       `json:"modelDigest,omitempty"`
	// ConfigDigests are the configurations accepted: the binding's
	// policyDigest (a coordinator's wire.CoordinatorConfig digest) must be
	// one of them. Evidence of the coordinator role is refused by a policy
	// that lists none, unless AnyConfigUnsafe.
	ConfigDigests []HexBytes `json:"configDigests,omitempty"`

	AllowDebugUnsafe     bool `json:"allowDebugUnsafe,omitempty"`
	AllowSimulatedUnsafe bool `json:"allowSimulatedUnsafe,omitempty"`
	AnyMeasurementUnsafe bool `json:"anyMeasurementUnsafe,omitempty"`
	// AnyConfigUnsafe accepts a coordinator whatever configuration it runs
	// with (registry URL, RPC endpoints, CAs, dev flags).
	AnyConfigUnsafe bool `json:"anyConfigUnsafe,omitempty"`
}

// DefaultMaxAge bounds evidence age when a policy sets none.
const DefaultMaxAge = 24 * time.Hour

// LoadPolicy reads a JSON policy file, refusing unknown fields and
// duplicate or case-variant names (exactjson).
func LoadPolicy(path string) (*Policy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading policy: %w", err)
	}
	return ParsePolicy(data)
}

// ParsePolicy parses a JSON policy, refusing unknown fields and duplicate or
// case-variant names (exactjson).
func ParsePolicy(data []byte) (*Policy, error) {
	var p Policy
	if err := exactjson.Unmarshal(data, &p, true); err != nil {
		return nil, fmt.Errorf("parsing policy: %w", err)
	}
	for _, d := range p.ConfigDigests {
		if len(d) != 32 {
			return nil, fmt.Errorf("parsing policy: configDigests: %d bytes, want a 32-byte SHA-256 digest", len(d))
		}
	}
	return &p, nil
}

// Check applies the policy to verified claims at time now.
func (p *Policy) Check(c *Claims, now time.Time) error { return p.check(c, now, false) }

// CheckDocument applies the policy to the claims of a platform's own raw
// document (Verifier.VerifyPlatformDocument): such a document has no vouch
// binding, and SGX quotes and TPM attestations carry no time of their own, so
// age is judged only where the platform attests one (Nitro).
func (p *Policy) CheckDocument(c *Claims, now time.Time) error { return p.check(c, now, true) }

func (p *Policy) check(c *Claims, now time.Time, rawDocument bool) error {
	if c.Simulated && !p.AllowSimulatedUnsafe {
		return &PolicyError{Claim: "simulated", Want: "real TEE hardware", Got: "SIMULATED platform " + c.Platform}
	}
	if len(p.Platforms) > 0 && !slices.Contains(p.Platforms, c.Platform) {
		return &PolicyError{Claim: "platform", Want: strings.Join(p.Platforms, "|"), Got: c.Platform}
	}
	if c.Debug && !p.AllowDebugUnsafe {
		return &PolicyError{Claim: "debug", Want: "production enclave", Got: "debug enclave"}
	}
	if err := p.checkMeasurement(c); err != nil {
		return err
	}
	if err := p.checkTCB(c); err != nil {
		return err
	}
	maxAge := p.MaxAge.D()
	if maxAge == 0 {
		maxAge = DefaultMaxAge
	}
	if c.IssuedAt.IsZero() {
		if !rawDocument {
			return &PolicyError{Claim: "age", Want: "an issue time", Got: "none"}
		}
	} else if age := now.Sub(c.IssuedAt); age > maxAge {
		return &PolicyError{Claim: "age", Want: "at most " + maxAge.String(), Got: age.Round(time.Second).String()}
	}
	if c.IssuedAt.After(now.Add(5 * time.Minute)) {
		return &PolicyError{Claim: "age", Want: "issued in the past", Got: "issued at " + c.IssuedAt.UTC().Format(time.RFC3339)}
	}
	if len(p.Nonce) > 0 && !bytes.Equal(p.Nonce, c.Nonce) {
		return &PolicyError{Claim: "nonce", Want: hex.EncodeToString(p.Nonce), Got: hex.EncodeToString(c.Nonce)}
	}
	if p.Role != "" && p.Role != c.Role {
		return &PolicyError{Claim: "role", Want: p.Role, Got: c.Role}
	}
	if len(p.Key) > 0 && !bytes.Equal(p.Key, c.Key) {
		return &PolicyError{Claim: "key", Want: hex.EncodeToString(p.Key), Got: hex.EncodeToString(c.Key)}
	}
	if p.ChainID != 0 && p.ChainID != c.ChainID {
		return &PolicyError{Claim: "chainId", Want: strconv.FormatUint(p.ChainID, 10), Got: strconv.FormatUint(c.ChainID, 10)}
	}
	if p.Registry != (common.Address{}) && p.Registry != c.Registry {
		return &PolicyError{Claim: "registry", Want: p.Registry.Hex(), Got: c.Registry.Hex()}
	}
	if len(p.ModelDigest) > 0 && !bytes.Equal(p.ModelDigest, c.ModelDigest) {
		return &PolicyError{Claim: "modelDigest", Want: hex.EncodeToString(p.ModelDigest), Got: hex.EncodeToString(c.ModelDigest)}
	}
	return p.CheckConfig(c)
}

// CheckConfig applies ConfigDigests (and AnyConfigUnsafe) to claims: the
// binding's policyDigest must be a listed one, and coordinator evidence needs
// a listed one. Check calls it; a caller that judges the configuration alone
// (for example the host before registering a key) may call it directly.
func (p *Policy) CheckConfig(c *Claims) error {
	if len(p.ConfigDigests) == 0 {
		if c.Role == RoleCoordinator && !p.AnyConfigUnsafe {
			return &PolicyError{Claim: "configDigest", Want: "a policy that lists configDigests", Got: hexOrNone(c.PolicyDigest)}
		}
		return nil
	}
	if !slices.ContainsFunc(p.ConfigDigests, func(d HexBytes) bool { return bytes.Equal(d, c.PolicyDigest) }) {
		want := make([]string, len(p.ConfigDigests))
		for i, d := range p.ConfigDigests {
			want[i] = hex.EncodeToString(d)
		}
		return &PolicyError{Claim: "configDigest", Want: strings.Join(want, "|"), Got: hexOrNone(c.PolicyDigest)}
	}
	return nil
}

func hexOrNone(b []byte) string {
	if len(b) == 0 {
		return "none"
	}
	return hex.EncodeToString(b)
}

func (p *Policy) checkMeasurement(c *Claims) error {
	if len(p.Measurements) == 0 && len(p.Signers) == 0 && len(p.PCRs) == 0 {
		if p.AnyMeasurementUnsafe {
			return nil
		}
		return &PolicyError{Claim: "measurement", Want: "a policy that lists measurements, signers or PCRs", Got: c.Measurement}
	}
	if len(p.Measurements) > 0 && !containsFold(p.Measurements, c.Measurement) {
		return &PolicyError{Claim: "measurement", Want: strings.Join(p.Measurements, "|"), Got: c.Measurement}
	}
	if len(p.Signers) > 0 {
		if !containsFold(p.Signers, c.Signer) {
			return &PolicyError{Claim: "signer", Want: strings.Join(p.Signers, "|"), Got: c.Signer}
		}
		if p.ProductID != nil && *p.ProductID != c.ProductID {
			return &PolicyError{Claim: "productId", Want: strconv.Itoa(int(*p.ProductID)), Got: strconv.Itoa(int(c.ProductID))}
		}
		if c.SVN < p.MinSVN {
			return &PolicyError{Claim: "svn", Want: fmt.Sprintf(">= %d", p.MinSVN), Got: strconv.Itoa(int(c.SVN))}
		}
	}
	for idx, want := range p.PCRs {
		got, ok := c.PCRs[idx]
		if !ok || !strings.EqualFold(got, want) {
			return &PolicyError{Claim: fmt.Sprintf("pcr%d", idx), Want: want, Got: got}
		}
	}
	return nil
}

func (p *Policy) checkTCB(c *Claims) error {
	if c.TCBStatus == "" {
		return nil
	}
	accepted := p.AcceptedTCBStatuses
	if len(accepted) == 0 {
		accepted = []string{"UpToDate"}
	}
	if !slices.Contains(accepted, c.TCBStatus) {
		return &PolicyError{Claim: "tcbStatus", Want: strings.Join(accepted, "|"), Got: c.TCBStatus}
	}
	for _, adv := range c.Advisories {
		if !slices.Contains(p.AcceptedAdvisories, adv) {
			return &PolicyError{Claim: "advisory", Want: "listed in acceptedAdvisories", Got: adv}
		}
	}
	return nil
}

func containsFold(list []string, s string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(strings.TrimPrefix(x, "0x"), s) })
}

// Duration is a time.Duration that reads and writes as "1h30m" in JSON.
type Duration time.Duration

// D returns the duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// MarshalJSON writes the duration as a string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// UnmarshalJSON reads "90s", "1h" and the like.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration must be a string like \"1h\": %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// HexBytes reads and writes as hex in JSON, with or without 0x.
type HexBytes []byte

// MarshalJSON writes hex.
func (h HexBytes) MarshalJSON() ([]byte, error) { return json.Marshal(hex.EncodeToString(h)) }

// UnmarshalJSON reads hex.
func (h *HexBytes) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		return fmt.Errorf("not hex: %w", err)
	}
	*h = v
	return nil
}
