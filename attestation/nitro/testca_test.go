package nitro

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"testing"
	"time"

	"github.com/fxamacker/cbor/v2"
)

// testCA is a P-384 chain shaped like AWS's: root -> intermediate -> leaf,
// with the document's cabundle listing the root first.
type testCA struct {
	root, inter, leaf          *x509.Certificate
	rootDER, interDER, leafDER []byte
	leafKey                    crypto.Signer
}

type caConfig struct {
	now                     time.Time
	leafNotBefore, leafLife time.Duration // relative to now
	leafCurve               elliptic.Curve
}

func newTestCA(t testing.TB, now time.Time, mutate ...func(*caConfig)) *testCA {
	t.Helper()
	cfg := caConfig{now: now, leafNotBefore: -time.Hour, leafLife: 3 * time.Hour, leafCurve: elliptic.P384()}
	for _, m := range mutate {
		m(&cfg)
	}
	rootKey := mustKey(t, elliptic.P384())
	interKey := mustKey(t, elliptic.P384())
	leafKey := mustKey(t, cfg.leafCurve)

	ca := &testCA{leafKey: leafKey}
	ca.rootDER, ca.root = mustCert(t, &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "test.nitro-enclaves"},
		NotBefore: now.AddDate(-1, 0, 0), NotAfter: now.AddDate(10, 0, 0),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}, nil, rootKey, rootKey)
	ca.interDER, ca.inter = mustCert(t, &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "zonal.test.nitro-enclaves"},
		NotBefore: now.AddDate(0, -1, 0), NotAfter: now.AddDate(0, 1, 0),
		IsCA: true, BasicConstraintsValid: true, MaxPathLen: 0, MaxPathLenZero: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}, ca.root, interKey, rootKey)
	ca.leafDER, ca.leaf = mustCert(t, &x509.Certificate{
		SerialNumber: big.NewInt(3), Subject: pkix.Name{CommonName: "i-0test-enc0123456789.test"},
		NotBefore: now.Add(cfg.leafNotBefore), NotAfter: now.Add(cfg.leafNotBefore + cfg.leafLife),
		BasicConstraintsValid: true, KeyUsage: x509.KeyUsageDigitalSignature,
	}, ca.inter, leafKey, interKey)
	return ca
}

func mustKey(t testing.TB, curve elliptic.Curve) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ecdsa.GenerateKey(curve, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func mustCert(t testing.TB, tmpl, parent *x509.Certificate, key, parentKey *ecdsa.PrivateKey) ([]byte, *x509.Certificate) {
	t.Helper()
	if parent == nil {
		parent = tmpl
	}
	tmpl.SignatureAlgorithm = x509.ECDSAWithSHA384
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &key.PublicKey, parentKey)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return der, cert
}

func (ca *testCA) pool() *x509.CertPool {
	p := x509.NewCertPool()
	p.AddCert(ca.root)
	return p
}

// docSpec is the content of a test attestation document. A nil field is
// encoded as CBOR null, as the NSM does for absent optional fields.
type docSpec struct {
	Timestamp time.Time
	PCRs      map[uint][]byte
	UserData  []byte
	Nonce     []byte
	PublicKey []byte
}

// testPayload mirrors the AWS attestation document (field names and types).
type testPayload struct {
	ModuleID    string          `cbor:"module_id"`
	Digest      string          `cbor:"digest"`
	Timestamp   uint64          `cbor:"timestamp"`
	PCRs        map[uint][]byte `cbor:"pcrs"`
	Certificate []byte          `cbor:"certificate"`
	CABundle    [][]byte        `cbor:"cabundle"`
	PublicKey   []byte          `cbor:"public_key"`
	UserData    []byte          `cbor:"user_data"`
	Nonce       []byte          `cbor:"nonce"`
}

// productionPCRs returns 16 PCRs of 48 bytes, PCR0-4 and 8 non-zero.
func productionPCRs() map[uint][]byte {
	pcrs := map[uint][]byte{}
	for i := uint(0); i < 16; i++ {
		v := make([]byte, 48)
		if i <= 4 || i == 8 {
			for j := range v {
				v[j] = byte(i*16 + uint(j))
			}
		}
		pcrs[i] = v
	}
	return pcrs
}

func debugPCRs() map[uint][]byte {
	pcrs := productionPCRs()
	for i := uint(0); i < 3; i++ {
		pcrs[i] = make([]byte, 48)
	}
	return pcrs
}

func (ca *testCA) payload(spec docSpec) []byte {
	enc, _ := cbor.CoreDetEncOptions().EncMode()
	p, err := enc.Marshal(testPayload{
		ModuleID: "i-0test-enc0123456789", Digest: "SHA384",
		Timestamp: uint64(spec.Timestamp.UnixMilli()), PCRs: spec.PCRs,
		Certificate: ca.leafDER, CABundle: [][]byte{ca.rootDER, ca.interDER},
		PublicKey: spec.PublicKey, UserData: spec.UserData, Nonce: spec.Nonce,
	})
	if err != nil {
		panic(err)
	}
	return p
}

// document returns a COSE_Sign1 attestation document signed by the leaf.
func (ca *testCA) document(t testing.TB, spec docSpec) []byte {
	t.Helper()
	return signCOSE(t, ca.payload(spec), ca.leafKey)
}

var es384Protected = []byte{0xa1, 0x01, 0x38, 0x22} // {1: -35}

func signCOSE(t testing.TB, payload []byte, key crypto.Signer) []byte {
	t.Helper()
	sigStruct, err := cbor.Marshal([]any{"Signature1", es384Protected, []byte{}, payload})
	if err != nil {
		t.Fatal(err)
	}
	pub := key.Public().(*ecdsa.PublicKey)
	var digest []byte
	switch pub.Curve {
	case elliptic.P521():
		h := sha512.Sum512(sigStruct)
		digest = h[:]
	default:
		h := sha512.Sum384(sigStruct)
		digest = h[:]
	}
	r, s, err := ecdsa.Sign(rand.Reader, key.(*ecdsa.PrivateKey), digest)
	if err != nil {
		t.Fatal(err)
	}
	size := (pub.Curve.Params().BitSize + 7) / 8
	sig := make([]byte, 2*size)
	r.FillBytes(sig[:size])
	s.FillBytes(sig[size:])
	doc, err := cbor.Marshal([]any{es384Protected, cbor.RawMessage{0xa0}, payload, sig})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
