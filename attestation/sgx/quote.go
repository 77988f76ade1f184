package sgx

import (
	"bytes"
	"crypto/x509"
	"encoding/binary"
	"encoding/pem"
)

// Sizes and constants of the SGX DCAP ECDSA quote format version 3 (Intel
// SGX ECDSA Quote Library Reference, "Quote Format").
const (
	headerSize       = 48
	reportBodySize   = 384
	sigLenSize       = 4
	ecdsaSigSize     = 64
	ecdsaKeySize     = 64
	minSigDataSize   = ecdsaSigSize + ecdsaKeySize + reportBodySize + ecdsaSigSize + 2 + 2 + 4
	quoteVersion3    = 3
	attKeyECDSAP256  = 2
	teeTypeSGX       = 0
	certDataPCKChain = 5
	// MaxQuoteSize bounds untrusted quotes (real ones are about 4.7 KB).
	MaxQuoteSize    = 64 << 10
	maxCertsInChain = 4
)

// intelQEVendorID is the QE vendor ID of Intel's quoting enclave.
var intelQEVendorID = [16]byte{0x93, 0x9a, 0x72, 0x33, 0xf7, 0x9c, 0x4c, 0xa9, 0x94, 0x0a, 0x0d, 0xb3, 0x95, 0x7f, 0x06, 0x07}

// ReportBody is an SGX enclave report body (384 bytes).
type ReportBody struct {
	CPUSVN     [16]byte
	MiscSelect uint32
	Attributes [16]byte
	MRENCLAVE  [32]byte
	MRSIGNER   [32]byte
	ISVProdID  uint16
	ISVSVN     uint16
	ReportData [64]byte
}

// Debug reports whether the DEBUG attribute (flags bit 1) is set.
func (r *ReportBody) Debug() bool { return r.Attributes[0]&0x02 != 0 }

func parseReportBody(b []byte) ReportBody {
	var r ReportBody
	copy(r.CPUSVN[:], b[0:16])
	r.MiscSelect = binary.LittleEndian.Uint32(b[16:20])
	copy(r.Attributes[:], b[48:64])
	copy(r.MRENCLAVE[:], b[64:96])
	copy(r.MRSIGNER[:], b[128:160])
	r.ISVProdID = binary.LittleEndian.Uint16(b[256:258])
	r.ISVSVN = binary.LittleEndian.Uint16(b[258:260])
	copy(r.ReportData[:], b[320:384])
	return r
}

// Quote is a parsed SGX DCAP ECDSA quote v3. Raw slices alias the input.
type Quote struct {
	Version    uint16
	AttKeyType uint16
	TEEType    uint32
	QESVN      uint16
	PCESVN     uint16
	QEVendorID [16]byte
	Body       ReportBody

	// Signed is header||report body, the bytes the quote signature covers.
	Signed []byte
	// Signature is the ECDSA P-256 signature (r||s) by the attestation key.
	Signature []byte
	// AttestationKey is the raw P-256 public key (X||Y).
	AttestationKey []byte
	// QEReportRaw is the quoting enclave's report body and QEReport its parse.
	QEReportRaw []byte
	QEReport    ReportBody
	// QEReportSignature is the PCK leaf's signature (r||s) over QEReportRaw.
	QEReportSignature []byte
	QEAuthData        []byte
	CertDataType      uint16
	// PCKChain is the certification data (type 5): leaf first.
	PCKChain []*x509.Certificate
}

// ParseQuote parses an SGX DCAP ECDSA quote v3 strictly: exact lengths, no
// trailing bytes (except NUL padding after the PEM chain, which Intel's
// library emits), certification data type 5.
func ParseQuote(data []byte) (*Quote, error) {
	if len(data) > MaxQuoteSize {
		return nil, wrapf(ErrQuoteFormat, "quote is %d bytes, limit %d", len(data), MaxQuoteSize)
	}
	if len(data) < headerSize+reportBodySize+sigLenSize+minSigDataSize {
		return nil, wrapf(ErrQuoteFormat, "quote is %d bytes, too short", len(data))
	}
	q := &Quote{
		Version:    binary.LittleEndian.Uint16(data[0:2]),
		AttKeyType: binary.LittleEndian.Uint16(data[2:4]),
		TEEType:    binary.LittleEndian.Uint32(data[4:8]),
		QESVN:      binary.LittleEndian.Uint16(data[8:10]),
		PCESVN:     binary.LittleEndian.Uint16(data[10:12]),
	}
	copy(q.QEVendorID[:], data[12:28])
	if q.Version != quoteVersion3 {
		return nil, wrapf(ErrQuoteFormat, "quote version %d, want %d", q.Version, quoteVersion3)
	}
	if q.AttKeyType != attKeyECDSAP256 {
		return nil, wrapf(ErrQuoteFormat, "attestation key type %d, want %d (ECDSA-256-with-P-256)", q.AttKeyType, attKeyECDSAP256)
	}
	if q.TEEType != teeTypeSGX {
		return nil, wrapf(ErrQuoteFormat, "TEE type %#x, want SGX (0)", q.TEEType)
	}
	if q.QEVendorID != intelQEVendorID {
		return nil, wrapf(ErrQuoteFormat, "QE vendor ID %x is not Intel's", q.QEVendorID)
	}
	q.Body = parseReportBody(data[headerSize : headerSize+reportBodySize])
	q.Signed = data[:headerSize+reportBodySize]

	rest := data[headerSize+reportBodySize:]
	sigLen := binary.LittleEndian.Uint32(rest[0:4])
	rest = rest[4:]
	if uint64(sigLen) != uint64(len(rest)) {
		return nil, wrapf(ErrQuoteFormat, "signature data length %d, %d bytes follow", sigLen, len(rest))
	}
	q.Signature = rest[0:64]
	q.AttestationKey = rest[64:128]
	q.QEReportRaw = rest[128 : 128+reportBodySize]
	q.QEReport = parseReportBody(q.QEReportRaw)
	rest = rest[128+reportBodySize:]
	q.QEReportSignature = rest[0:64]
	authLen := int(binary.LittleEndian.Uint16(rest[64:66]))
	rest = rest[66:]
	if len(rest) < authLen+6 {
		return nil, wrapf(ErrQuoteFormat, "QE authentication data of %d bytes overruns the quote", authLen)
	}
	q.QEAuthData = rest[:authLen]
	rest = rest[authLen:]
	q.CertDataType = binary.LittleEndian.Uint16(rest[0:2])
	certLen := binary.LittleEndian.Uint32(rest[2:6])
	rest = rest[6:]
	if uint64(certLen) != uint64(len(rest)) {
		return nil, wrapf(ErrQuoteFormat, "certification data length %d, %d bytes follow", certLen, len(rest))
	}
	if q.CertDataType != certDataPCKChain {
		return nil, wrapf(ErrQuoteFormat, "certification data type %d, want %d (PCK chain)", q.CertDataType, certDataPCKChain)
	}
	chain, err := parsePEMChain(rest)
	if err != nil {
		return nil, wrapf(ErrQuoteFormat, "PCK chain: %v", err)
	}
	q.PCKChain = chain
	return q, nil
}

// parsePEMChain parses concatenated PEM certificates, allowing only
// whitespace and NUL padding around them.
func parsePEMChain(data []byte) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	rest := data
	for {
		rest = bytes.TrimLeft(rest, " \t\r\n\x00")
		if len(rest) == 0 {
			break
		}
		block, next := pem.Decode(rest)
		if block == nil {
			return nil, errString("trailing bytes that are not PEM")
		}
		if block.Type != "CERTIFICATE" {
			return nil, errString("PEM block " + block.Type + " is not a certificate")
		}
		if len(certs) == maxCertsInChain {
			return nil, errString("more than 4 certificates")
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, err
		}
		certs = append(certs, c)
		rest = next
	}
	if len(certs) < 2 {
		return nil, errString("need at least a leaf and an intermediate certificate")
	}
	return certs, nil
}

type errString string

func (e errString) Error() string { return string(e) }

// oeReportHeaderSize is sizeof(oe_report_header_t) in Open Enclave.
const oeReportHeaderSize = 16

const (
	oeReportHeaderVersion = 1
	oeReportTypeSGXRemote = 2
)

// StripOEHeader returns the DCAP quote inside an Open Enclave remote report
// (what EGo's enclave.GetRemoteReport returns): oe_report_header_t
// {uint32 version = 1, uint32 report_type = 2 (SGX remote), uint64
// report_size} followed by report_size bytes of quote.
func StripOEHeader(report []byte) ([]byte, error) {
	if len(report) < oeReportHeaderSize {
		return nil, wrapf(ErrQuoteFormat, "Open Enclave report is %d bytes, shorter than its header", len(report))
	}
	version := binary.LittleEndian.Uint32(report[0:4])
	typ := binary.LittleEndian.Uint32(report[4:8])
	size := binary.LittleEndian.Uint64(report[8:16])
	if version != oeReportHeaderVersion || typ != oeReportTypeSGXRemote {
		return nil, wrapf(ErrQuoteFormat, "Open Enclave report header version %d type %d, want version 1 type 2 (SGX remote)", version, typ)
	}
	if size != uint64(len(report)-oeReportHeaderSize) {
		return nil, wrapf(ErrQuoteFormat, "Open Enclave report says %d bytes of quote, %d follow", size, len(report)-oeReportHeaderSize)
	}
	return report[oeReportHeaderSize:], nil
}

// WrapOEHeader puts a DCAP quote in an Open Enclave remote report header, the
// format eclient.VerifyRemoteReport takes.
func WrapOEHeader(quote []byte) []byte {
	out := make([]byte, oeReportHeaderSize, oeReportHeaderSize+len(quote))
	binary.LittleEndian.PutUint32(out[0:4], oeReportHeaderVersion)
	binary.LittleEndian.PutUint32(out[4:8], oeReportTypeSGXRemote)
	binary.LittleEndian.PutUint64(out[8:16], uint64(len(quote)))
	return append(out, quote...)
}
