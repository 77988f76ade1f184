package sgx

import (
	"crypto/x509"
	"encoding/asn1"
	"fmt"
)

// OIDs of Intel's SGX extension in PCK certificates (SGX PCK Certificate and
// CRL Profile): 1.2.840.113741.1.13.1 and its members.
var (
	oidSGXExtension = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1}
	oidTCB          = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 2}
	oidPCEID        = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 3}
	oidFMSPC        = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 4}
)

// PCKExtension holds what vouch reads from a PCK certificate's SGX extension.
type PCKExtension struct {
	FMSPC  [6]byte
	PCEID  [2]byte
	PCESVN uint16
	// CompSVN are the 16 SGX TCB component SVNs (sgxtcbcomp01svn..16).
	CompSVN [16]uint8
	CPUSVN  [16]byte
}

type sgxExtEntry struct {
	ID    asn1.ObjectIdentifier
	Value asn1.RawValue
}

// ParsePCKExtension reads FMSPC, PCE ID and the TCB from a PCK certificate.
func ParsePCKExtension(cert *x509.Certificate) (*PCKExtension, error) {
	var raw []byte
	for _, e := range cert.Extensions {
		if e.Id.Equal(oidSGXExtension) {
			if raw != nil {
				return nil, fmt.Errorf("two SGX extensions")
			}
			raw = e.Value
		}
	}
	if raw == nil {
		return nil, fmt.Errorf("PCK certificate has no SGX extension")
	}
	var entries []sgxExtEntry
	if rest, err := asn1.Unmarshal(raw, &entries); err != nil || len(rest) != 0 {
		return nil, fmt.Errorf("SGX extension is not a sequence of (OID, value): %v", err)
	}
	var ext PCKExtension
	var haveTCB, havePCEID, haveFMSPC bool
	for _, e := range entries {
		switch {
		case e.ID.Equal(oidFMSPC):
			if err := octets(e.Value, ext.FMSPC[:]); err != nil {
				return nil, fmt.Errorf("FMSPC: %w", err)
			}
			haveFMSPC = true
		case e.ID.Equal(oidPCEID):
			if err := octets(e.Value, ext.PCEID[:]); err != nil {
				return nil, fmt.Errorf("PCE ID: %w", err)
			}
			havePCEID = true
		case e.ID.Equal(oidTCB):
			if err := parseTCBExt(e.Value, &ext); err != nil {
				return nil, err
			}
			haveTCB = true
		}
	}
	if !haveTCB || !havePCEID || !haveFMSPC {
		return nil, fmt.Errorf("SGX extension lacks TCB, PCE ID or FMSPC")
	}
	return &ext, nil
}

func octets(v asn1.RawValue, dst []byte) error {
	var b []byte
	if rest, err := asn1.Unmarshal(v.FullBytes, &b); err != nil || len(rest) != 0 {
		return fmt.Errorf("not an OCTET STRING")
	}
	if len(b) != len(dst) {
		return fmt.Errorf("%d bytes, want %d", len(b), len(dst))
	}
	copy(dst, b)
	return nil
}

func parseTCBExt(v asn1.RawValue, ext *PCKExtension) error {
	var entries []sgxExtEntry
	if rest, err := asn1.Unmarshal(v.FullBytes, &entries); err != nil || len(rest) != 0 {
		return fmt.Errorf("SGX TCB extension is not a sequence: %v", err)
	}
	seen := 0
	for _, e := range entries {
		if len(e.ID) != len(oidTCB)+1 || !e.ID[:len(oidTCB)].Equal(oidTCB) {
			continue
		}
		n := e.ID[len(oidTCB)]
		switch {
		case n >= 1 && n <= 17:
			var svn int
			if rest, err := asn1.Unmarshal(e.Value.FullBytes, &svn); err != nil || len(rest) != 0 {
				return fmt.Errorf("TCB component %d is not an INTEGER", n)
			}
			if n <= 16 {
				if svn < 0 || svn > 255 {
					return fmt.Errorf("TCB component %d SVN %d out of range", n, svn)
				}
				ext.CompSVN[n-1] = uint8(svn)
			} else {
				if svn < 0 || svn > 65535 {
					return fmt.Errorf("PCESVN %d out of range", svn)
				}
				ext.PCESVN = uint16(svn)
			}
			seen |= 1 << n
		case n == 18:
			if err := octets(e.Value, ext.CPUSVN[:]); err != nil {
				return fmt.Errorf("CPUSVN: %w", err)
			}
			seen |= 1 << n
		}
	}
	if want := (1<<19 - 1) &^ 1; seen != want {
		return fmt.Errorf("SGX TCB extension lacks components (have mask %#x)", seen)
	}
	return nil
}
