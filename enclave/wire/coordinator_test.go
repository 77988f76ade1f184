package wire

import (
	"github.com/ethereum/go-ethereum/common"

	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"io"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vouchpm/vouch/attestation"
)

func sig65() []byte { return bytes.Repeat([]byte{1}, 65) }

func validRelease() Release {
	tgz := []byte("tgz")
	i := sha512.Sum512(tgz)
	return Release{PackageName: "@scope/left-pad", Version: "1.0.0-rc.1+build.5", Integrity: i[:], ContentHash: sha256.Sum256(tgz), Nonce: 3}
}

// seeds holds one valid body of every request kind.
func seeds() map[string]Body {
	return map[string]Body{
		KindGetEvidence: GetEvidenceRequest{Nonce: bytes.Repeat([]byte{7}, 32)},
		KindAddToken:    AddTokenRequest{Package: "left-pad", Ciphertext: []byte("ciphertext"), Signatures: [][]byte{make([]byte, 65)}},
		KindPropose:     ProposeRequest{Release: validRelease(), Signature: sig65(), Tarball: []byte("tgz")},
		KindApprove:     ApproveRequest{ReleaseDigest: [32]byte{1}, Signature: sig65()},
		KindVeto:        VetoRequest{Veto: Veto{ReleaseDigest: [32]byte{1}, Reason: "no"}, Signature: sig65()},
		KindCancel:      CancelRequest{Veto: Veto{ReleaseDigest: [32]byte{1}, Reason: "oops"}, Signature: sig65()},
		KindRevoke:      RevokeRequest{Revoke: Revoke{PackageName: "left-pad", Version: "1.0.0", Reason: "bad"}, Signature: sig65()},
		KindScore:       ScoreRequest{Score: Score{PackageName: "left-pad", Version: "1.0.0", Score: 90}, Signature: sig65()},
		KindStatus:      StatusRequest{},
		KindTick:        TickRequest{},
		KindLoadState:   LoadStateRequest{State: []byte("sealed")},
		KindNameControl: NameControlRequest{Enrollment: PolicyChange{PackageName: "left-pad", Maintainers: make([]common.Address, 1), Threshold: 1}},
	}
}

func TestRequestRoundTrip(t *testing.T) {
	for kind, body := range seeds() {
		frame, err := EncodeRequest(42, kind, body)
		if err != nil {
			t.Fatal(err)
		}
		req, err := DecodeRequest(frame)
		if err != nil || req.ID != 42 || req.Kind != kind {
			t.Fatalf("%s: %+v %v", kind, req, err)
		}
		if err := decodeKind(kind, req.Body); err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
	}
}

func decodeKind(kind string, raw []byte) error {
	var err error
	switch kind {
	case KindGetEvidence:
		_, err = DecodeBody[GetEvidenceRequest](kind, raw)
	case KindAddToken:
		_, err = DecodeBody[AddTokenRequest](kind, raw)
	case KindPropose:
		_, err = DecodeBody[ProposeRequest](kind, raw)
	case KindApprove:
		_, err = DecodeBody[ApproveRequest](kind, raw)
	case KindVeto:
		_, err = DecodeBody[VetoRequest](kind, raw)
	case KindCancel:
		_, err = DecodeBody[CancelRequest](kind, raw)
	case KindRevoke:
		_, err = DecodeBody[RevokeRequest](kind, raw)
	case KindScore:
		_, err = DecodeBody[ScoreRequest](kind, raw)
	case KindStatus:
		_, err = DecodeBody[StatusRequest](kind, raw)
	case KindTick:
		_, err = DecodeBody[TickRequest](kind, raw)
	case KindLoadState:
		_, err = DecodeBody[LoadStateRequest](kind, raw)
	}
	return err
}

func TestRequestValidation(t *testing.T) {
	c := attestation.NewCodec()
	bad := func(b Body) []byte { raw, _ := c.Marshal(b); return raw }
	rel := validRelease()
	shortIntegrity := rel
	shortIntegrity.Integrity = rel.Integrity[:20]
	badName := rel
	badName.PackageName = "../etc/passwd"
	badVersion := rel
	badVersion.Version = "latest"
	tests := []struct {
		name, kind string
		raw        []byte
	}{
		{"short nonce", KindGetEvidence, bad(GetEvidenceRequest{Nonce: []byte{1}})},
		{"uppercase package", KindAddToken, bad(AddTokenRequest{Package: "LeftPad", Ciphertext: []byte{1}})},
		{"empty ciphertext", KindAddToken, bad(AddTokenRequest{Package: "x"})},
		{"short integrity", KindPropose, bad(ProposeRequest{Release: shortIntegrity, Signature: sig65(), Tarball: []byte{1}})},
		{"path in name", KindPropose, bad(ProposeRequest{Release: badName, Signature: sig65(), Tarball: []byte{1}})},
		{"tag as version", KindPropose, bad(ProposeRequest{Release: badVersion, Signature: sig65(), Tarball: []byte{1}})},
		{"no tarball", KindPropose, bad(ProposeRequest{Release: rel, Signature: sig65()})},
		{"64-byte signature", KindApprove, bad(ApproveRequest{Signature: make([]byte, 64)})},
		{"long reason", KindVeto, bad(VetoRequest{Veto: Veto{Reason: string(make([]byte, MaxReasonLength+1))}, Signature: sig65()})},
		{"score over 100", KindScore, bad(ScoreRequest{Score: Score{PackageName: "a", Version: "1.0.0", Score: 101}, Signature: sig65()})},
		{"empty state", KindLoadState, bad(LoadStateRequest{})},
		{"unknown field", KindApprove, func() []byte {
			raw, _ := c.Marshal(map[string]any{"releaseDigest": make([]byte, 32), "sig": sig65(), "extra": 1})
			return raw
		}()},
		{"not canonical", KindTick, []byte{0xb9, 0x00, 0x00}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := decodeKind(tc.kind, tc.raw); !errors.Is(err, ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
		})
	}
	frame, _ := c.Marshal(Request{Version: 2, Kind: KindTick})
	if _, err := DecodeRequest(frame); !errors.Is(err, ErrMalformed) {
		t.Fatalf("protocol version 2: %v", err)
	}
}

func TestFrames(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteFrame(&buf, []byte("hello")); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFrame(&buf, 16)
	if err != nil || string(got) != "hello" {
		t.Fatalf("%q %v", got, err)
	}
	// A header announcing more than the limit is refused before reading.
	if _, err := ReadFrame(bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff}), MaxFrameSize); !errors.Is(err, ErrFrameTooLarge) {
		t.Fatalf("oversized frame: %v", err)
	}
	// A truncated frame is an error, not a short read.
	if _, err := ReadFrame(bytes.NewReader([]byte{0, 0, 0, 9, 'a'}), 16); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("truncated frame: %v", err)
	}
}

func TestResponseSignature(t *testing.T) {
	k, _ := crypto.GenerateKey()
	resp := Response{Version: ProtocolVersion, ID: 3, Kind: KindStatus, Body: []byte{0xa0}}
	d, _ := ResponseDigest(resp)
	resp.Signature, _ = Sign(k, d)
	if err := VerifyResponse(&resp, crypto.PubkeyToAddress(k.PublicKey)); err != nil {
		t.Fatal(err)
	}
	resp.Body = []byte{0xa1, 0x01, 0x02}
	if err := VerifyResponse(&resp, crypto.PubkeyToAddress(k.PublicKey)); err == nil {
		t.Fatal("a changed body kept its signature")
	}
}

// Fuzz targets: every decoder of bytes the host sends the enclave.

func fuzzKind(f *testing.F, kind string) {
	raw, err := attestation.NewCodec().Marshal(seeds()[kind])
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte{0xa0})
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := decodeKind(kind, data); err != nil {
			return
		}
		// Whatever decodes must re-encode to the same bytes.
		var again []byte
		switch kind {
		case KindPropose:
			v, _ := DecodeBody[ProposeRequest](kind, data)
			again, _ = attestation.NewCodec().Marshal(v)
		case KindApprove:
			v, _ := DecodeBody[ApproveRequest](kind, data)
			again, _ = attestation.NewCodec().Marshal(v)
		default:
			return
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("%s: decoded input does not re-encode to itself", kind)
		}
	})
}

func FuzzDecodeRequest(f *testing.F) {
	for kind, body := range seeds() {
		frame, _ := EncodeRequest(1, kind, body)
		f.Add(frame)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		req, err := DecodeRequest(data)
		if err != nil {
			return
		}
		_ = decodeKind(req.Kind, req.Body)
	})
}

func FuzzReadFrame(f *testing.F) {
	f.Add([]byte{0, 0, 0, 1, 0xa0})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := ReadFrame(bytes.NewReader(data), 1<<16)
		if err == nil && len(got) > 1<<16 {
			t.Fatal("frame over the limit")
		}
	})
}

func FuzzGetEvidenceRequest(f *testing.F) { fuzzKind(f, KindGetEvidence) }
func FuzzAddTokenRequest(f *testing.F)    { fuzzKind(f, KindAddToken) }
func FuzzProposeRequest(f *testing.F)     { fuzzKind(f, KindPropose) }
func FuzzApproveRequest(f *testing.F)     { fuzzKind(f, KindApprove) }
func FuzzVetoRequest(f *testing.F)        { fuzzKind(f, KindVeto) }
func FuzzCancelRequest(f *testing.F)      { fuzzKind(f, KindCancel) }
func FuzzRevokeRequest(f *testing.F)      { fuzzKind(f, KindRevoke) }
func FuzzScoreRequest(f *testing.F)       { fuzzKind(f, KindScore) }
func FuzzStatusRequest(f *testing.F)      { fuzzKind(f, KindStatus) }
func FuzzTickRequest(f *testing.F)        { fuzzKind(f, KindTick) }
func FuzzLoadStateRequest(f *testing.F)   { fuzzKind(f, KindLoadState) }
