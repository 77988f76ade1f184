// Package tpmquote verifies go-tpm-tools attestations (a TPM2_Quote over the
// SHA-256 PCR bank plus the TCG event log that explains it) for the tpm and
// sim platforms. It runs wherever evidence is verified (user's machine, host).
package tpmquote

import (
	"bytes"
	"crypto"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/asn1"
	"encoding/binary"
	"errors"
	"fmt"
	"time"
	"unicode/utf16"

	pb "github.com/google/go-tpm-tools/proto/attest"
	"github.com/google/go-tpm-tools/server"
	"github.com/google/go-tpm/legacy/tpm2"
	"google.golang.org/protobuf/proto"

	"github.com/vouchpm/vouch/attestation"
)

// MaxAttestationSize bounds an attestation protobuf (quotes, event log and
// certificates). Real GCE attestations are about 30 KiB.
const MaxAttestationSize = 512 << 10

// Measured PCRs: the measurement of tpm and sim evidence is SHA-256 over the
// SHA-256 bank values of PCRs FirstMeasuredPCR..LastMeasuredPCR concatenated
// in index order (firmware, boot loader, secure boot, kernel and the code
// event of the simulated platform). PCR 10 (IMA) and up change at run time.
const (
	FirstMeasuredPCR = 0
	LastMeasuredPCR  = 9
)

// SimulatedMarker is the S-CRTM version string the sim platform writes into
// PCR 0 of its event log. The tpm verifier refuses any log that carries it, so
// simulated evidence cannot pass as hardware even under a careless trust root.
const SimulatedMarker = "VOUCH SIMULATED TPM (software root, not a TEE)"

// Sentinel errors; each wraps attestation.ErrInvalidEvidence.
var (
	ErrMalformed     = fmt.Errorf("%w: malformed TPM attestation", attestation.ErrInvalidEvidence)
	ErrUntrustedAK   = fmt.Errorf("%w: attestation key not trusted", attestation.ErrInvalidEvidence)
	ErrAKCertificate = fmt.Errorf("%w: attestation key certificate does not chain to a trusted root", attestation.ErrInvalidEvidence)
	ErrQuote         = fmt.Errorf("%w: TPM quote or event log does not verify", attestation.ErrInvalidEvidence)
	ErrSimulatedLog  = fmt.Errorf("%w: event log is from the vouch TPM simulator", attestation.ErrInvalidEvidence)
)

// Trust says which attestation keys are trusted: either AKs directly (sim) or
// an AK certificate chain (tpm). Exactly one must be set.
type Trust struct {
	AKs           []crypto.PublicKey
	Roots         []*x509.Certificate
	Intermediates []*x509.Certificate
}

// Result is what a verified attestation proves.
type Result struct {
	ExtraData   []byte         // the quote's extraData (vouch report data)
	PCRs        map[int][]byte // SHA-256 bank, every quoted PCR
	Measurement [32]byte
	AKPublic    crypto.PublicKey
	AKCert      *x509.Certificate // nil when the AK was trusted directly
	State       *pb.MachineState  // what the replayed event log says
}

// Parsed is a decoded attestation with its AK and SHA-256 quote located.
type Parsed struct {
	Att   *pb.Attestation
	AK    crypto.PublicKey
	quote int
}

// Decode parses an attestation protobuf within the size limit.
func Decode(raw []byte) (*Parsed, error) {
	if len(raw) > MaxAttestationSize {
		return nil, fmt.Errorf("%w: attestation is %d bytes, limit %d", attestation.ErrTooLarge, len(raw), MaxAttestationSize)
	}
	var att pb.Attestation
	if err := proto.Unmarshal(raw, &att); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	qi, err := sha256Quote(&att)
	if err != nil {
		return nil, err
	}
	ak, err := akPublic(&att)
	if err != nil {
		return nil, err
	}
	return &Parsed{Att: &att, AK: ak, quote: qi}, nil
}

// sha256Quote returns the one quote over the SHA-256 bank.
func sha256Quote(att *pb.Attestation) (int, error) {
	found := -1
	for i, q := range att.GetQuotes() {
		if tpm2.Algorithm(q.GetPcrs().GetHash()) != tpm2.AlgSHA256 {
			continue
		}
		if found >= 0 {
			return 0, fmt.Errorf("%w: more than one SHA-256 quote", ErrMalformed)
		}
		found = i
	}
	if found < 0 {
		return 0, fmt.Errorf("%w: no quote over the SHA-256 PCR bank", ErrMalformed)
	}
	return found, nil
}

// akPublic decodes the attestation's AK public area.
func akPublic(att *pb.Attestation) (crypto.PublicKey, error) {
	pub, err := tpm2.DecodePublic(att.GetAkPub())
	if err != nil {
		return nil, fmt.Errorf("%w: AK public area: %v", ErrMalformed, err)
	}
	key, err := pub.Key()
	if err != nil {
		return nil, fmt.Errorf("%w: AK public key: %v", ErrMalformed, err)
	}
	return key, nil
}

// Verify checks raw (an attest.Attestation protobuf) against trust at time at:
// the AK is trusted, the quote is signed by it, the PCRs match the quote and
// the event log replays to them. The extraData is returned, not checked:
// callers compare it with the report data they expect.
func Verify(raw []byte, trust Trust, at time.Time) (*Result, error) {
	p, err := Decode(raw)
	if err != nil {
		return nil, err
	}
	return VerifyDecoded(p, trust, at)
}

// VerifyDecoded is Verify on an attestation returned by Decode.
func VerifyDecoded(p *Parsed, trust Trust, at time.Time) (*Result, error) {
	att, akPub := p.Att, p.AK
	quote := att.GetQuotes()[p.quote]
	extra, err := ExtraData(quote.GetQuote())
	if err != nil {
		return nil, err
	}
	res := &Result{ExtraData: extra, AKPublic: akPub}
	switch {
	case len(trust.AKs) > 0 && len(trust.Roots) > 0:
		return nil, errors.New("tpmquote: trust AKs or roots, not both")
	case len(trust.AKs) > 0:
		if !trustedKey(akPub, trust.AKs) {
			return nil, fmt.Errorf("%w: AK %s", ErrUntrustedAK, Fingerprint(akPub))
		}
	case len(trust.Roots) > 0:
		cert, err := verifyAKCert(att, trust, at)
		if err != nil {
			return nil, err
		}
		if !trustedKey(akPub, []crypto.PublicKey{cert.PublicKey}) {
			return nil, fmt.Errorf("%w: AK certificate is for another key than the quote's AK", ErrQuote)
		}
		res.AKCert = cert
	default:
		return nil, fmt.Errorf("%w: no trusted AKs or roots configured", ErrUntrustedAK)
	}
	// The certificate (if any) was checked above at time at; the library then
	// checks the quote against that one key.
	ms, err := server.VerifyAttestation(att, server.VerifyOpts{
		Nonce:      res.ExtraData,
		TrustedAKs: []crypto.PublicKey{akPub},
		HashAlgo:   tpm2.AlgSHA256,
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrQuote, err)
	}
	res.State = ms
	res.PCRs = make(map[int][]byte, len(quote.GetPcrs().GetPcrs()))
	for idx, v := range quote.GetPcrs().GetPcrs() {
		res.PCRs[int(idx)] = v
	}
	if res.Measurement, err = Measurement(res.PCRs); err != nil {
		return nil, err
	}
	return res, nil
}

// ExtraData reads the extraData of a TPMS_ATTEST structure: magic (4 bytes),
// type (2), qualifiedSigner (TPM2B), extraData (TPM2B). The signature over
// the whole structure is checked afterwards by server.VerifyAttestation.
func ExtraData(attest []byte) ([]byte, error) {
	const magicAndType = 6
	if len(attest) < magicAndType+2 {
		return nil, fmt.Errorf("%w: quote data is %d bytes", ErrMalformed, len(attest))
	}
	if binary.BigEndian.Uint32(attest) != 0xff544347 { // TPM_GENERATED_VALUE
		return nil, fmt.Errorf("%w: quote data lacks TPM_GENERATED_VALUE", ErrMalformed)
	}
	rest := attest[magicAndType:]
	signer := int(binary.BigEndian.Uint16(rest))
	rest = rest[2:]
	if len(rest) < signer+2 {
		return nil, fmt.Errorf("%w: quote data truncated in qualifiedSigner", ErrMalformed)
	}
	rest = rest[signer:]
	n := int(binary.BigEndian.Uint16(rest))
	rest = rest[2:]
	if len(rest) < n {
		return nil, fmt.Errorf("%w: quote data truncated in extraData", ErrMalformed)
	}
	return append([]byte{}, rest[:n]...), nil
}

// Measurement is SHA-256 over PCR FirstMeasuredPCR..LastMeasuredPCR values.
func Measurement(pcrs map[int][]byte) ([32]byte, error) {
	h := sha256.New()
	for i := FirstMeasuredPCR; i <= LastMeasuredPCR; i++ {
		v, ok := pcrs[i]
		if !ok || len(v) != sha256.Size {
			return [32]byte{}, fmt.Errorf("%w: quote lacks SHA-256 PCR %d", ErrMalformed, i)
		}
		h.Write(v)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out, nil
}

// HasSimulatedMarker reports whether any PCR 0 event of the verified log
// carries SimulatedMarker (UTF-16LE, as an S-CRTM version string). It matches
// the event's digest, which the replay checked against the quoted PCRs, as
// well as its data: an event's data and type are not always bound to its
// digest (GO-2026-6893), so data alone could be edited to hide the marker.
func HasSimulatedMarker(ms *pb.MachineState) bool {
	marker := UTF16LE(SimulatedMarker)
	markerDigests := [][]byte{sha1Sum(marker), sha256Sum(marker), sha384Sum(marker)}
	for _, ev := range ms.GetRawEvents() {
		if ev.GetPcrIndex() != 0 {
			continue
		}
		if bytes.Contains(ev.GetData(), marker) {
			return true
		}
		for _, d := range markerDigests {
			if bytes.Equal(ev.GetDigest(), d) {
				return true
			}
		}
	}
	return false
}

func sha1Sum(b []byte) []byte   { s := sha1.Sum(b); return s[:] }
func sha256Sum(b []byte) []byte { s := sha256.Sum256(b); return s[:] }
func sha384Sum(b []byte) []byte { s := sha512.Sum384(b); return s[:] }

// UTF16LE encodes s as UTF-16LE with a terminating NUL, as UEFI strings are.
func UTF16LE(s string) []byte {
	units := utf16.Encode([]rune(s))
	out := make([]byte, 0, 2*len(units)+2)
	for _, u := range units {
		out = binary.LittleEndian.AppendUint16(out, u)
	}
	return append(out, 0, 0)
}

// Fingerprint names a public key: "sha256:" + hex of its PKIX DER.
func Fingerprint(pub crypto.PublicKey) string {
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return "unknown key"
	}
	sum := sha256.Sum256(der)
	return fmt.Sprintf("sha256:%x", sum)
}

func trustedKey(pub crypto.PublicKey, trusted []crypto.PublicKey) bool {
	type equaler interface{ Equal(crypto.PublicKey) bool }
	e, ok := pub.(equaler)
	if !ok {
		return false
	}
	for _, t := range trusted {
		if e.Equal(t) {
			return true
		}
	}
	return false
}

var oidSubjectAltName = asn1.ObjectIdentifier{2, 5, 29, 17}

// verifyAKCert checks the attestation's AK certificate at time at. Like
// go-tpm-tools' server.VerifyAKCert, but with the verification time set, so
// recorded attestations verify at the time they were made.
func verifyAKCert(att *pb.Attestation, trust Trust, at time.Time) (*x509.Certificate, error) {
	if len(att.GetAkCert()) == 0 {
		return nil, fmt.Errorf("%w: attestation carries no AK certificate", ErrAKCertificate)
	}
	cert, err := x509.ParseCertificate(att.GetAkCert())
	if err != nil {
		return nil, fmt.Errorf("%w: parsing AK certificate: %v", ErrAKCertificate, err)
	}
	// GCE AK certificates mark an empty SAN critical; x509 leaves it unhandled.
	var unhandled []asn1.ObjectIdentifier
	for _, ext := range cert.UnhandledCriticalExtensions {
		if !ext.Equal(oidSubjectAltName) {
			unhandled = append(unhandled, ext)
		}
	}
	cert.UnhandledCriticalExtensions = unhandled
	roots := x509.NewCertPool()
	for _, c := range trust.Roots {
		roots.AddCert(c)
	}
	inter := x509.NewCertPool()
	for _, c := range trust.Intermediates {
		inter.AddCert(c)
	}
	for i, der := range att.GetIntermediateCerts() {
		c, err := x509.ParseCertificate(der)
		if err != nil {
			return nil, fmt.Errorf("%w: parsing intermediate %d: %v", ErrAKCertificate, i, err)
		}
		inter.AddCert(c)
	}
	if _, err := cert.Verify(x509.VerifyOptions{
		Roots:         roots,
		Intermediates: inter,
		CurrentTime:   at,
		KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageAny},
	}); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrAKCertificate, err)
	}
	return cert, nil
}
