package sgx

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"github.com/vouchpm/vouch/attestation/testclock"
	"math/big"
	"strings"
	"testing"
	"time"
)

// testPKI is an SGX certificate hierarchy the tests make: a root, a PCK
// platform CA, a PCK leaf with an SGX extension, a TCB signing certificate,
// and the attestation key of a quoting enclave.
type testPKI struct {
	now                       time.Time
	rootKey, caKey, pckKey    *ecdsa.PrivateKey
	tcbKey, attKey            *ecdsa.PrivateKey
	root, ca, pck, tcbSigning *x509.Certificate
	serial                    int64
}

// Platform TCB of the test PCK certificate.
var (
	testFMSPC   = [6]byte{0x00, 0x60, 0x6a, 0x00, 0x00, 0x00}
	testCompSVN = [16]uint8{15, 16, 3, 3, 255, 255, 1}
	testPCESVN  = uint16(13)
	// Intel's QE MRSIGNER, as in Intel's QE identity.
	testQEMRSIGNER = mustHex("8c4f5775d796503e96137f77c68a829a0056ac8ded70140b081b094490c57bff")
)

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func (p *testPKI) cert(t testing.TB, tmpl *x509.Certificate, parent *x509.Certificate, pub *ecdsa.PublicKey, signer *ecdsa.PrivateKey) *x509.Certificate {
	t.Helper()
	p.serial++
	tmpl.SerialNumber = big.NewInt(p.serial)
	if tmpl.NotBefore.IsZero() {
		tmpl.NotBefore = p.now.Add(-365 * 24 * time.Hour)
		tmpl.NotAfter = p.now.Add(365 * 24 * time.Hour)
	}
	if parent == nil {
		parent = tmpl
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, pub, signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newTestPKI(t testing.TB) *testPKI {
	t.Helper()
	p := &testPKI{now: testclock.Date(2026, 9, 11, 12)}
	p.rootKey, p.caKey, p.pckKey, p.tcbKey, p.attKey = newKey(t), newKey(t), newKey(t), newKey(t), newKey(t)
	p.root = p.cert(t, &x509.Certificate{
		Subject: pkix.Name{CommonName: "Test SGX Root CA"}, IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}, nil, &p.rootKey.PublicKey, p.rootKey)
	p.ca = p.cert(t, &x509.Certificate{
		Subject: pkix.Name{CommonName: "Test SGX PCK Platform CA"}, IsCA: true, BasicConstraintsValid: true,
		MaxPathLenZero: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}, p.root, &p.caKey.PublicKey, p.rootKey)
	p.pck = p.pckCert(t, testFMSPC, testCompSVN, testPCESVN)
	p.tcbSigning = p.cert(t, &x509.Certificate{
		Subject: pkix.Name{CommonName: "Test SGX TCB Signing"}, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageDigitalSignature,
	}, p.root, &p.tcbKey.PublicKey, p.rootKey)
	return p
}

func (p *testPKI) pckCert(t testing.TB, fmspc [6]byte, comps [16]uint8, pcesvn uint16) *x509.Certificate {
	t.Helper()
	return p.cert(t, &x509.Certificate{
		Subject: pkix.Name{CommonName: "Test SGX PCK Certificate"}, BasicConstraintsValid: true,
		KeyUsage:        x509.KeyUsageDigitalSignature,
		ExtraExtensions: []pkix.Extension{{Id: oidSGXExtension, Value: sgxExtension(t, fmspc, comps, pcesvn)}},
	}, p.ca, &p.pckKey.PublicKey, p.caKey)
}

// sgxExtension encodes Intel's SGX extension as Intel's PCK certificates carry it.
func sgxExtension(t testing.TB, fmspc [6]byte, comps [16]uint8, pcesvn uint16) []byte {
	t.Helper()
	type entry struct {
		ID    asn1.ObjectIdentifier
		Value any
	}
	mustMarshal := func(v any) asn1.RawValue {
		b, err := asn1.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return asn1.RawValue{FullBytes: b}
	}
	sub := func(n int) asn1.ObjectIdentifier { return append(append(asn1.ObjectIdentifier{}, oidTCB...), n) }
	var tcb []entry
	for i, svn := range comps {
		tcb = append(tcb, entry{sub(i + 1), mustMarshal(int(svn))})
	}
	tcb = append(tcb, entry{sub(17), mustMarshal(int(pcesvn))})
	tcb = append(tcb, entry{sub(18), mustMarshal(comps[:])})
	ext := []entry{
		{append(append(asn1.ObjectIdentifier{}, oidSGXExtension...), 1), mustMarshal(make([]byte, 16))}, // PPID
		{oidTCB, mustMarshal(tcb)},
		{oidPCEID, mustMarshal([]byte{0, 0})},
		{oidFMSPC, mustMarshal(fmspc[:])},
	}
	return mustMarshal(ext).FullBytes
}

func pemChain(certs ...*x509.Certificate) []byte {
	var b strings.Builder
	for _, c := range certs {
		b.Write(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw}))
	}
	return []byte(b.String())
}

func signRaw(t testing.TB, k *ecdsa.PrivateKey, msg []byte) []byte {
	t.Helper()
	d := sha256.Sum256(msg)
	r, s, err := ecdsa.Sign(rand.Reader, k, d[:])
	if err != nil {
		t.Fatal(err)
	}
	out := make([]byte, 64)
	r.FillBytes(out[:32])
	s.FillBytes(out[32:])
	return out
}

func rawPub(k *ecdsa.PrivateKey) []byte {
	b, err := k.PublicKey.Bytes()
	if err != nil {
		panic(err)
	}
	return b[1:]
}

// enclaveSpec is what the test enclave's report says.
type enclaveSpec struct {
	mrenclave, mrsigner [32]byte
	prodID, svn         uint16
	debug               bool
	reportData          [64]byte
}

func reportBody(cpusvn [16]byte, misc uint32, attrs [16]byte, mrenclave, mrsigner [32]byte, prodID, svn uint16, rd [64]byte) []byte {
	b := make([]byte, reportBodySize)
	copy(b[0:16], cpusvn[:])
	binary.LittleEndian.PutUint32(b[16:20], misc)
	copy(b[48:64], attrs[:])
	copy(b[64:96], mrenclave[:])
	copy(b[128:160], mrsigner[:])
	binary.LittleEndian.PutUint16(b[256:258], prodID)
	binary.LittleEndian.PutUint16(b[258:260], svn)
	copy(b[320:384], rd[:])
	return b
}

// quoteOpts change one thing in a quote the tests make.
type quoteOpts struct {
	qeSigner   *ecdsa.PrivateKey // signs the QE report instead of the PCK key
	bindKey    []byte            // attestation key hashed into the QE report data
	quoteKey   *ecdsa.PrivateKey // signs the quote instead of the attestation key
	qeSVN      uint16
	qeMRSIGNER []byte
	pck        *x509.Certificate
	chainRoot  *x509.Certificate
}

// buildQuote makes a DCAP quote v3 the way Intel's quoting enclave does.
func (p *testPKI) buildQuote(t testing.TB, e enclaveSpec, o quoteOpts) []byte {
	t.Helper()
	var attrs [16]byte
	attrs[0] = 0x05 // INIT | MODE64BIT
	if e.debug {
		attrs[0] |= 0x02
	}
	attrs[8] = 0x03
	header := make([]byte, headerSize)
	binary.LittleEndian.PutUint16(header[0:2], 3)
	binary.LittleEndian.PutUint16(header[2:4], 2)
	binary.LittleEndian.PutUint16(header[8:10], 11)
	binary.LittleEndian.PutUint16(header[10:12], testPCESVN)
	copy(header[12:28], intelQEVendorID[:])
	body := reportBody([16]byte{}, 0, attrs, e.mrenclave, e.mrsigner, e.prodID, e.svn, e.reportData)
	signed := append(append([]byte{}, header...), body...)

	quoteKey := p.attKey
	if o.quoteKey != nil {
		quoteKey = o.quoteKey
	}
	attPub := rawPub(p.attKey)
	authData := make([]byte, 32)
	for i := range authData {
		authData[i] = byte(i)
	}
	bind := attPub
	if o.bindKey != nil {
		bind = o.bindKey
	}
	h := sha256.Sum256(append(append([]byte{}, bind...), authData...))
	var qeRD [64]byte
	copy(qeRD[:], h[:])
	var qeAttrs [16]byte
	qeAttrs[0] = 0x11
	var qeSigner [32]byte
	copy(qeSigner[:], testQEMRSIGNER)
	if o.qeMRSIGNER != nil {
		copy(qeSigner[:], o.qeMRSIGNER)
	}
	qeSVN := uint16(8)
	if o.qeSVN != 0 {
		qeSVN = o.qeSVN
	}
	qeReport := reportBody([16]byte{}, 0, qeAttrs, [32]byte{0xce}, qeSigner, 1, qeSVN, qeRD)
	qeSigKey := p.pckKey
	if o.qeSigner != nil {
		qeSigKey = o.qeSigner
	}
	pck, root := p.pck, p.root
	if o.pck != nil {
		pck = o.pck
	}
	if o.chainRoot != nil {
		root = o.chainRoot
	}
	certData := append(pemChain(pck, p.ca, root), 0)

	var sig []byte
	sig = append(sig, signRaw(t, quoteKey, signed)...)
	sig = append(sig, attPub...)
	sig = append(sig, qeReport...)
	sig = append(sig, signRaw(t, qeSigKey, qeReport)...)
	sig = binary.LittleEndian.AppendUint16(sig, uint16(len(authData)))
	sig = append(sig, authData...)
	sig = binary.LittleEndian.AppendUint16(sig, certDataPCKChain)
	sig = binary.LittleEndian.AppendUint32(sig, uint32(len(certData)))
	sig = append(sig, certData...)

	out := append([]byte{}, signed...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(sig)))
	return append(out, sig...)
}

// collOpts change one thing in the collateral the tests make.
type collOpts struct {
	revokePCK     bool
	fmspc         string
	issue, next   time.Time
	tamperTCBInfo bool
	tcbSigner     *ecdsa.PrivateKey
	signWithPCK   bool
}

func (p *testPKI) crl(t testing.TB, issuer *x509.Certificate, key *ecdsa.PrivateKey, revoked []*x509.Certificate) []byte {
	t.Helper()
	var entries []x509.RevocationListEntry
	for _, c := range revoked {
		entries = append(entries, x509.RevocationListEntry{SerialNumber: c.SerialNumber, RevocationTime: p.now.Add(-time.Hour)})
	}
	der, err := x509.CreateRevocationList(rand.Reader, &x509.RevocationList{
		Number: big.NewInt(1), ThisUpdate: p.now.Add(-24 * time.Hour), NextUpdate: p.now.Add(30 * 24 * time.Hour),
		RevokedCertificateEntries: entries,
	}, issuer, key)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

func (p *testPKI) collateral(t testing.TB, o collOpts) *Collateral {
	t.Helper()
	issue, next := p.now.Add(-24*time.Hour), p.now.Add(29*24*time.Hour)
	if !o.issue.IsZero() {
		issue, next = o.issue, o.next
	}
	fmspc := hex.EncodeToString(testFMSPC[:])
	if o.fmspc != "" {
		fmspc = o.fmspc
	}
	level := func(comps [16]uint8, pcesvn uint16, status string, adv ...string) string {
		var cs []string
		for _, c := range comps {
			cs = append(cs, fmt.Sprintf(`{"svn":%d}`, c))
		}
		advJSON := ""
		if len(adv) > 0 {
			advJSON = fmt.Sprintf(`,"advisoryIDs":["%s"]`, strings.Join(adv, `","`))
		}
		return fmt.Sprintf(`{"tcb":{"sgxtcbcomponents":[%s],"pcesvn":%d},"tcbDate":"2025-08-13T00:00:00Z","tcbStatus":"%s"%s}`,
			strings.Join(cs, ","), pcesvn, status, advJSON)
	}
	levels := []string{
		level(testCompSVN, 13, TCBUpToDate),
		level(withComp0(14), 13, TCBSWHardeningNeeded, "INTEL-SA-00615"),
		level(withComp0(12), 13, TCBOutOfDate, "INTEL-SA-00615", "INTEL-SA-01153"),
		level([16]uint8{}, 5, TCBRevoked, "INTEL-SA-00106"),
	}
	tcbBody := fmt.Sprintf(`{"id":"SGX","version":3,"issueDate":"%s","nextUpdate":"%s","fmspc":"%s","pceId":"0000","tcbType":0,"tcbEvaluationDataNumber":20,"tcbLevels":[%s]}`,
		issue.Format(time.RFC3339), next.Format(time.RFC3339), fmspc, strings.Join(levels, ","))
	qeBody := fmt.Sprintf(`{"id":"QE","version":2,"issueDate":"%s","nextUpdate":"%s","tcbEvaluationDataNumber":20,"miscselect":"00000000","miscselectMask":"FFFFFFFF","attributes":"11000000000000000000000000000000","attributesMask":"FBFFFFFFFFFFFFFF0000000000000000","mrsigner":"%X","isvprodid":1,"tcbLevels":[{"tcb":{"isvsvn":8},"tcbDate":"2025-08-13T00:00:00Z","tcbStatus":"UpToDate"},{"tcb":{"isvsvn":6},"tcbDate":"2021-11-10T00:00:00Z","tcbStatus":"OutOfDate","advisoryIDs":["INTEL-SA-00615"]},{"tcb":{"isvsvn":2},"tcbDate":"2019-05-15T00:00:00Z","tcbStatus":"Revoked"}]}`,
		issue.Format(time.RFC3339), next.Format(time.RFC3339), testQEMRSIGNER)
	signer := p.tcbKey
	if o.tcbSigner != nil {
		signer = o.tcbSigner
	}
	tcbSig := signRaw(t, signer, []byte(tcbBody))
	if o.tamperTCBInfo {
		tcbBody = strings.Replace(tcbBody, `"pcesvn":5`, `"pcesvn":4`, 1)
	}
	var revoked []*x509.Certificate
	if o.revokePCK {
		revoked = append(revoked, p.pck)
	}
	chain := pemChain(p.tcbSigning, p.root)
	if o.signWithPCK {
		tcbSig = signRaw(t, p.pckKey, []byte(tcbBody))
		chain = pemChain(p.pck, p.ca, p.root)
	}
	return &Collateral{
		Version:               CollateralVersion,
		TCBInfo:               []byte(fmt.Sprintf(`{"tcbInfo":%s,"signature":"%x"}`, tcbBody, tcbSig)),
		TCBInfoIssuerChain:    chain,
		QEIdentity:            []byte(fmt.Sprintf(`{"enclaveIdentity":%s,"signature":"%x"}`, qeBody, signRaw(t, p.tcbKey, []byte(qeBody)))),
		QEIdentityIssuerChain: chain,
		RootCACRL:             p.crl(t, p.root, p.rootKey, nil),
		PCKCRL:                p.crl(t, p.ca, p.caKey, revoked),
		PCKCRLIssuerChain:     pemChain(p.ca, p.root),
	}
}

func defaultEnclave() enclaveSpec {
	e := enclaveSpec{mrenclave: [32]byte{0xaa, 0x01}, mrsigner: [32]byte{0xbb, 0x02}, prodID: 7, svn: 3}
	copy(e.reportData[:], []byte("report data for the test enclave"))
	return e
}

// withComp0 is the test platform's TCB with a different first component
// (the early microcode update SVN).
func withComp0(svn uint8) [16]uint8 {
	c := testCompSVN
	c[0] = svn
	return c
}
