package sgx

import (
	"context"
	"crypto/ecdsa"
	"crypto/x509"
	"testing"
)

// BenchmarkVerifyQuote is the whole offline verification of the real quote
// with collateral given once to the verifier.
func BenchmarkVerifyQuote(b *testing.B) {
	quote, coll := loadReal(b)
	v, err := NewVerifier(WithCollateral(coll))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := v.VerifyQuote(context.Background(), quote, nil, realAt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyQuoteAux also decodes and parses the collateral from
// Evidence.Aux on every call, as evidence that carries its own does.
func BenchmarkVerifyQuoteAux(b *testing.B) {
	quote, coll := loadReal(b)
	aux, err := coll.Marshal()
	if err != nil {
		b.Fatal(err)
	}
	v, err := NewVerifier()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := v.VerifyQuote(context.Background(), quote, aux, realAt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRawSteps is the floor no DCAP verifier can go under: parsing the
// quote and its PEM chain, the two x509 chain verifications, the two CRL
// signatures and the four ECDSA signatures (QE report, quote, TCB info, QE
// identity), with the standard library and nothing else.
func BenchmarkRawSteps(b *testing.B) {
	quote, coll := loadReal(b)
	pc, err := parseCollateral(coll)
	if err != nil {
		b.Fatal(err)
	}
	root, _ := IntelRoot()
	roots := x509.NewCertPool()
	roots.AddCert(root)
	b.ReportAllocs()
	for b.Loop() {
		q, err := ParseQuote(quote)
		if err != nil {
			b.Fatal(err)
		}
		inter := x509.NewCertPool()
		inter.AddCert(q.PCKChain[1])
		if _, err := q.PCKChain[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: realAt, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}); err != nil {
			b.Fatal(err)
		}
		if _, err := pc.tcbInfoChain[0].Verify(x509.VerifyOptions{Roots: roots, CurrentTime: realAt, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}); err != nil {
			b.Fatal(err)
		}
		if pc.rootCRL.CheckSignatureFrom(root) != nil || pc.pckCRL.CheckSignatureFrom(q.PCKChain[1]) != nil {
			b.Fatal("CRL signature")
		}
		attKey, _ := rawP256Key(q.AttestationKey)
		signer := pc.tcbInfoChain[0].PublicKey.(*ecdsa.PublicKey)
		if !verifyRaw(q.PCKChain[0].PublicKey.(*ecdsa.PublicKey), q.QEReportRaw, q.QEReportSignature) ||
			!verifyRaw(attKey, q.Signed, q.Signature) ||
			!verifyRaw(signer, pc.tcbInfoBody, pc.tcbInfoSig) ||
			!verifyRaw(signer, pc.qeIDBody, pc.qeIDSig) {
			b.Fatal("signature")
		}
	}
}

// BenchmarkRawStepsPerQuote is the floor for BenchmarkVerifyQuote (collateral
// checked once): parse the quote, verify the PCK chain, the PCK CRL
// signature, the QE report and the quote signatures.
func BenchmarkRawStepsPerQuote(b *testing.B) {
	quote, coll := loadReal(b)
	pc, err := parseCollateral(coll)
	if err != nil {
		b.Fatal(err)
	}
	root, _ := IntelRoot()
	roots := x509.NewCertPool()
	roots.AddCert(root)
	b.ReportAllocs()
	for b.Loop() {
		q, err := ParseQuote(quote)
		if err != nil {
			b.Fatal(err)
		}
		inter := x509.NewCertPool()
		inter.AddCert(q.PCKChain[1])
		if _, err := q.PCKChain[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: realAt, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}); err != nil {
			b.Fatal(err)
		}
		if pc.pckCRL.CheckSignatureFrom(q.PCKChain[1]) != nil {
			b.Fatal("CRL signature")
		}
		attKey, _ := rawP256Key(q.AttestationKey)
		if !verifyRaw(q.PCKChain[0].PublicKey.(*ecdsa.PublicKey), q.QEReportRaw, q.QEReportSignature) ||
			!verifyRaw(attKey, q.Signed, q.Signature) {
			b.Fatal("signature")
		}
	}
}
