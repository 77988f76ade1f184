package sgx

import (
	"bytes"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/vouchpm/vouch/attestation"
)

// MaxCollateralSize bounds untrusted collateral (real sets are ~30 KB; the
// PCK CRL of the platform CA grows over time).
const MaxCollateralSize = 512 << 10

// File names LoadCollateralDir reads. Each holds exactly what Intel's PCS
// (API v3 or v4) serves: the body of the response, or for *-issuer-chain.pem
// the value of the response header (PEM, URL-encoded or not).
const (
	FileTCBInfo               = "tcbinfo.json"                // GET /sgx/certification/v4/tcb?fmspc=... body
	FileTCBInfoIssuerChain    = "tcbinfo-issuer-chain.pem"    // its TCB-Info-Issuer-Chain header
	FileQEIdentity            = "qeidentity.json"             // GET /sgx/certification/v4/qe/identity body
	FileQEIdentityIssuerChain = "qeidentity-issuer-chain.pem" // its SGX-Enclave-Identity-Issuer-Chain header
	FileRootCACRL             = "rootca.crl"                  // Intel SGX Root CA CRL (DER or PEM)
	FilePCKCRL                = "pckcrl.crl"                  // GET /sgx/certification/v4/pckcrl?ca=platform|processor body (DER or PEM)
	FilePCKCRLIssuerChain     = "pckcrl-issuer-chain.pem"     // its SGX-PCK-CRL-Issuer-Chain header (optional)
)

// Collateral is what a verifier needs beside a quote, as Intel's PCS serves
// it. Its canonical CBOR encoding (Marshal) travels in Evidence.Aux.
type Collateral struct {
	Version               uint64 `cbor:"version"`
	TCBInfo               []byte `cbor:"tcbInfo"`
	TCBInfoIssuerChain    []byte `cbor:"tcbInfoIssuerChain"`
	QEIdentity            []byte `cbor:"qeIdentity"`
	QEIdentityIssuerChain []byte `cbor:"qeIdentityIssuerChain"`
	RootCACRL             []byte `cbor:"rootCaCrl"`
	PCKCRL                []byte `cbor:"pckCrl"`
	PCKCRLIssuerChain     []byte `cbor:"pckCrlIssuerChain"`
}

// CollateralVersion is the Collateral format version this package writes.
const CollateralVersion = 1

// LoadCollateralDir reads a collateral directory (the File* names).
func LoadCollateralDir(dir string) (*Collateral, error) {
	c := &Collateral{Version: CollateralVersion}
	files := []struct {
		name     string
		dst      *[]byte
		optional bool
	}{
		{FileTCBInfo, &c.TCBInfo, false},
		{FileTCBInfoIssuerChain, &c.TCBInfoIssuerChain, false},
		{FileQEIdentity, &c.QEIdentity, false},
		{FileQEIdentityIssuerChain, &c.QEIdentityIssuerChain, false},
		{FileRootCACRL, &c.RootCACRL, false},
		{FilePCKCRL, &c.PCKCRL, false},
		{FilePCKCRLIssuerChain, &c.PCKCRLIssuerChain, true},
	}
	total := 0
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if fi, err := os.Stat(path); err == nil && fi.Size() > MaxCollateralSize {
			return nil, wrapf(ErrCollateral, "%s is %d bytes, limit %d", path, fi.Size(), MaxCollateralSize)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			if f.optional && errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return nil, fmt.Errorf("sgx collateral %s: %w", f.name, err)
		}
		total += len(data)
		if total > MaxCollateralSize {
			return nil, wrapf(ErrCollateral, "collateral in %s exceeds %d bytes", dir, MaxCollateralSize)
		}
		*f.dst = data
	}
	if _, err := parseCollateral(c); err != nil {
		return nil, fmt.Errorf("sgx collateral in %s: %w", dir, err)
	}
	return c, nil
}

// Marshal returns the canonical CBOR encoding of c.
func (c *Collateral) Marshal() ([]byte, error) { return attestation.NewCodec().Marshal(c) }

// DecodeCollateral parses the canonical CBOR encoding of a Collateral
// strictly, then parses its parts.
func DecodeCollateral(data []byte) (*Collateral, error) {
	if len(data) > MaxCollateralSize {
		return nil, wrapf(ErrCollateral, "collateral is %d bytes, limit %d", len(data), MaxCollateralSize)
	}
	var c Collateral
	if err := attestation.NewCodec().Unmarshal(data, &c); err != nil {
		return nil, wrapf(ErrCollateral, "decoding collateral: %v", err)
	}
	if c.Version != CollateralVersion {
		return nil, wrapf(ErrCollateral, "collateral version %d, want %d", c.Version, CollateralVersion)
	}
	if _, err := parseCollateral(&c); err != nil {
		return nil, err
	}
	return &c, nil
}

// parsedCollateral is Collateral with every part parsed, signatures not yet checked.
type parsedCollateral struct {
	tcbInfo      *tcbInfoBody
	tcbInfoBody  []byte
	tcbInfoSig   []byte
	tcbInfoChain []*x509.Certificate
	qeID         *qeIdentityBody
	qeIDBody     []byte
	qeIDSig      []byte
	qeIDChain    []*x509.Certificate
	rootCRL      *x509.RevocationList
	pckCRL       *x509.RevocationList
}

func parseCollateral(c *Collateral) (*parsedCollateral, error) {
	var p parsedCollateral
	var err error
	if p.tcbInfoBody, p.tcbInfoSig, err = splitSigned(c.TCBInfo, "tcbInfo"); err != nil {
		return nil, wrapf(ErrCollateral, "TCB info: %v", err)
	}
	if p.tcbInfo, err = parseTCBInfo(p.tcbInfoBody); err != nil {
		return nil, wrapf(ErrCollateral, "TCB info: %v", err)
	}
	if p.tcbInfoChain, err = parseIssuerChain(c.TCBInfoIssuerChain); err != nil {
		return nil, wrapf(ErrCollateral, "TCB info issuer chain: %v", err)
	}
	if p.qeIDBody, p.qeIDSig, err = splitSigned(c.QEIdentity, "enclaveIdentity"); err != nil {
		return nil, wrapf(ErrCollateral, "QE identity: %v", err)
	}
	if p.qeID, err = parseQEIdentity(p.qeIDBody); err != nil {
		return nil, wrapf(ErrCollateral, "QE identity: %v", err)
	}
	if p.qeIDChain, err = parseIssuerChain(c.QEIdentityIssuerChain); err != nil {
		return nil, wrapf(ErrCollateral, "QE identity issuer chain: %v", err)
	}
	if p.rootCRL, err = parseCRL(c.RootCACRL); err != nil {
		return nil, wrapf(ErrCollateral, "root CA CRL: %v", err)
	}
	if p.pckCRL, err = parseCRL(c.PCKCRL); err != nil {
		return nil, wrapf(ErrCollateral, "PCK CRL: %v", err)
	}
	if len(c.PCKCRLIssuerChain) > 0 {
		if _, err := parseIssuerChain(c.PCKCRLIssuerChain); err != nil {
			return nil, wrapf(ErrCollateral, "PCK CRL issuer chain: %v", err)
		}
	}
	return &p, nil
}

// splitSigned returns the exact bytes of the signed member of an Intel
// signed JSON document ({"tcbInfo": {...}, "signature": "hex"}) and the
// decoded signature. The signature covers those bytes as served.
func splitSigned(doc []byte, member string) (body, sig []byte, err error) {
	if len(doc) == 0 {
		return nil, nil, fmt.Errorf("missing")
	}
	var outer map[string]json.RawMessage
	if err := json.Unmarshal(doc, &outer); err != nil {
		return nil, nil, err
	}
	body, ok := outer[member]
	if !ok {
		return nil, nil, fmt.Errorf("no %q member", member)
	}
	var sigHex string
	if err := json.Unmarshal(outer["signature"], &sigHex); err != nil {
		return nil, nil, fmt.Errorf("signature: %v", err)
	}
	if sig, err = hex.DecodeString(sigHex); err != nil || len(sig) != ecdsaSigSize {
		return nil, nil, fmt.Errorf("signature is not %d bytes of hex", ecdsaSigSize)
	}
	return body, sig, nil
}

// parseIssuerChain reads an issuer chain header value: PEM certificates,
// URL-encoded as PCS sends them or already decoded.
func parseIssuerChain(data []byte) ([]*x509.Certificate, error) {
	data = bytes.TrimSpace(data)
	if bytes.HasPrefix(data, []byte("-----BEGIN%20")) || bytes.Contains(data, []byte("%0A")) {
		s, err := url.QueryUnescape(string(data))
		if err != nil {
			return nil, err
		}
		data = []byte(s)
	}
	var certs []*x509.Certificate
	for rest := data; ; {
		block, next := pem.Decode(rest)
		if block == nil {
			if len(bytes.TrimSpace(rest)) != 0 {
				return nil, fmt.Errorf("trailing bytes that are not PEM")
			}
			break
		}
		if block.Type != "CERTIFICATE" || len(certs) == maxCertsInChain {
			return nil, fmt.Errorf("unexpected PEM block %q or too many certificates", block.Type)
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, err
		}
		certs = append(certs, c)
		rest = next
	}
	if len(certs) == 0 {
		return nil, fmt.Errorf("no certificate")
	}
	return certs, nil
}

// parseCRL reads a CRL as DER, PEM or hex-encoded DER.
func parseCRL(data []byte) (*x509.RevocationList, error) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("missing")
	}
	der := trimmed
	if block, _ := pem.Decode(trimmed); block != nil {
		if block.Type != "X509 CRL" {
			return nil, fmt.Errorf("PEM block %q is not a CRL", block.Type)
		}
		der = block.Bytes
	} else if b, err := hex.DecodeString(strings.TrimPrefix(string(trimmed), "0x")); err == nil {
		der = b
	} else {
		der = data
	}
	return x509.ParseRevocationList(der)
}

// tcbInfoBody is Intel's TCB info, version 2 or 3, for SGX.
type tcbInfoBody struct {
	ID         string     `json:"id"`
	Version    int        `json:"version"`
	IssueDate  time.Time  `json:"issueDate"`
	NextUpdate time.Time  `json:"nextUpdate"`
	FMSPC      string     `json:"fmspc"`
	PCEID      string     `json:"pceId"`
	TCBType    int        `json:"tcbType"`
	TCBLevels  []tcbLevel `json:"tcbLevels"`
}

type tcbLevel struct {
	TCB         tcbComponents `json:"tcb"`
	TCBStatus   string        `json:"tcbStatus"`
	AdvisoryIDs []string      `json:"advisoryIDs"`
}

type tcbComponents struct {
	SVN    [16]uint8
	PCESVN uint16
}

// UnmarshalJSON reads both the v3 form ({"sgxtcbcomponents":[{"svn":N}...],
// "pcesvn":N}) and the v2 form ({"sgxtcbcomp01svn":N, ..., "pcesvn":N}).
func (t *tcbComponents) UnmarshalJSON(b []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	if err := json.Unmarshal(m["pcesvn"], &t.PCESVN); err != nil {
		return fmt.Errorf("pcesvn: %v", err)
	}
	if raw, ok := m["sgxtcbcomponents"]; ok {
		var comps []struct {
			SVN *uint8 `json:"svn"`
		}
		if err := json.Unmarshal(raw, &comps); err != nil {
			return fmt.Errorf("sgxtcbcomponents: %v", err)
		}
		if len(comps) != 16 {
			return fmt.Errorf("sgxtcbcomponents has %d entries, want 16", len(comps))
		}
		for i, c := range comps {
			if c.SVN == nil {
				return fmt.Errorf("sgxtcbcomponents[%d] has no svn", i)
			}
			t.SVN[i] = *c.SVN
		}
		return nil
	}
	for i := range 16 {
		key := fmt.Sprintf("sgxtcbcomp%02dsvn", i+1)
		if err := json.Unmarshal(m[key], &t.SVN[i]); err != nil {
			return fmt.Errorf("%s: %v", key, err)
		}
	}
	return nil
}

func parseTCBInfo(body []byte) (*tcbInfoBody, error) {
	var t tcbInfoBody
	if err := json.Unmarshal(body, &t); err != nil {
		return nil, err
	}
	switch t.Version {
	case 2:
	case 3:
		if t.ID != "SGX" {
			return nil, fmt.Errorf("id %q, want SGX", t.ID)
		}
	default:
		return nil, fmt.Errorf("version %d, want 2 or 3", t.Version)
	}
	if len(t.TCBLevels) == 0 {
		return nil, fmt.Errorf("no TCB levels")
	}
	if t.IssueDate.IsZero() || t.NextUpdate.IsZero() {
		return nil, fmt.Errorf("no issueDate or nextUpdate")
	}
	return &t, nil
}

// qeIdentityBody is Intel's QE identity (enclave identity version 2).
type qeIdentityBody struct {
	ID             string       `json:"id"`
	Version        int          `json:"version"`
	IssueDate      time.Time    `json:"issueDate"`
	NextUpdate     time.Time    `json:"nextUpdate"`
	MiscSelect     hexField     `json:"miscselect"`
	MiscSelectMask hexField     `json:"miscselectMask"`
	Attributes     hexField     `json:"attributes"`
	AttributesMask hexField     `json:"attributesMask"`
	MRSIGNER       hexField     `json:"mrsigner"`
	ISVProdID      uint16       `json:"isvprodid"`
	TCBLevels      []qeTCBLevel `json:"tcbLevels"`
}

type qeTCBLevel struct {
	TCB struct {
		ISVSVN uint16 `json:"isvsvn"`
	} `json:"tcb"`
	TCBStatus   string   `json:"tcbStatus"`
	AdvisoryIDs []string `json:"advisoryIDs"`
}

type hexField []byte

func (h *hexField) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := hex.DecodeString(s)
	if err != nil {
		return err
	}
	*h = v
	return nil
}

func parseQEIdentity(body []byte) (*qeIdentityBody, error) {
	var q qeIdentityBody
	if err := json.Unmarshal(body, &q); err != nil {
		return nil, err
	}
	if q.ID != "QE" || q.Version != 2 {
		return nil, fmt.Errorf("id %q version %d, want QE version 2", q.ID, q.Version)
	}
	if len(q.MiscSelect) != 4 || len(q.MiscSelectMask) != 4 || len(q.Attributes) != 16 || len(q.AttributesMask) != 16 || len(q.MRSIGNER) != 32 {
		return nil, fmt.Errorf("miscselect, attributes or mrsigner of the wrong size")
	}
	if len(q.TCBLevels) == 0 {
		return nil, fmt.Errorf("no TCB levels")
	}
	if q.IssueDate.IsZero() || q.NextUpdate.IsZero() {
		return nil, fmt.Errorf("no issueDate or nextUpdate")
	}
	return &q, nil
}
