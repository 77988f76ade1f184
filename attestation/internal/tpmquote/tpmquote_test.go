package tpmquote

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	pb "github.com/google/go-tpm-tools/proto/attest"
	"github.com/vouchpm/vouch/attestation"
)

func recordedVectors(t testing.TB) [][]byte {
	t.Helper()
	files, err := filepath.Glob("../../tpm/testdata/*.pb")
	if err != nil || len(files) == 0 {
		t.Fatalf("recorded vectors: %v", err)
	}
	var out [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, raw)
	}
	return out
}

func TestExtraData(t *testing.T) {
	header := []byte{0xff, 'T', 'C', 'G', 0x80, 0x18}
	tests := []struct {
		name    string
		in      []byte
		want    []byte
		wantErr bool
	}{
		{"nonce", append(append([]byte{}, header...), 0, 2, 0xaa, 0xbb, 0, 3, 1, 2, 3, 9, 9), []byte{1, 2, 3}, false},
		{"empty extraData", append(append([]byte{}, header...), 0, 0, 0, 0), []byte{}, false},
		{"wrong magic", append([]byte{0xff, 'T', 'C', 'X', 0x80, 0x18}, 0, 0, 0, 0), nil, true},
		{"truncated signer", append(append([]byte{}, header...), 0, 9, 1), nil, true},
		{"truncated extraData", append(append([]byte{}, header...), 0, 0, 0, 5, 1), nil, true},
		{"short", []byte{0xff}, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ExtraData(tc.in)
			if tc.wantErr {
				if !errors.Is(err, ErrMalformed) {
					t.Fatalf("err = %v, want ErrMalformed", err)
				}
				return
			}
			if err != nil || !bytes.Equal(got, tc.want) {
				t.Fatalf("ExtraData = %x, %v; want %x", got, err, tc.want)
			}
		})
	}
}

func TestDecodeLimits(t *testing.T) {
	if _, err := Decode(make([]byte, MaxAttestationSize+1)); !errors.Is(err, attestation.ErrTooLarge) {
		t.Errorf("oversized: err = %v", err)
	}
	for _, raw := range recordedVectors(t) {
		p, err := Decode(raw)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ExtraData(p.Att.GetQuotes()[p.quote].GetQuote()); err != nil {
			t.Fatal(err)
		}
	}
}

func TestMeasurementNeedsPCRs0To9(t *testing.T) {
	pcrs := map[int][]byte{}
	for i := 0; i <= 9; i++ {
		pcrs[i] = bytes.Repeat([]byte{byte(i)}, 32)
	}
	m1, err := Measurement(pcrs)
	if err != nil {
		t.Fatal(err)
	}
	pcrs[10] = make([]byte, 32) // outside the measured set
	if m2, _ := Measurement(pcrs); m2 != m1 {
		t.Error("PCR 10 changed the measurement")
	}
	pcrs[9] = make([]byte, 32)
	if m3, _ := Measurement(pcrs); m3 == m1 {
		t.Error("PCR 9 did not change the measurement")
	}
	delete(pcrs, 4)
	if _, err := Measurement(pcrs); !errors.Is(err, ErrMalformed) {
		t.Errorf("missing PCR 4: err = %v", err)
	}
}

// FuzzDecode runs the protobuf and TPMS_ATTEST parsers on arbitrary bytes.
func FuzzDecode(f *testing.F) {
	for _, raw := range recordedVectors(f) {
		f.Add(raw)
		f.Add(raw[:len(raw)/2])
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(data)
		if err != nil {
			if !errors.Is(err, attestation.ErrInvalidEvidence) {
				t.Fatalf("error %v does not wrap ErrInvalidEvidence", err)
			}
			return
		}
		if p.AK == nil {
			t.Fatal("decoded without an AK")
		}
		if _, err := ExtraData(p.Att.GetQuotes()[p.quote].GetQuote()); err != nil && !errors.Is(err, ErrMalformed) {
			t.Fatalf("ExtraData error %v", err)
		}
	})
}

// An event's data is not always bound to its digest (GO-2026-6893): simulated
// evidence whose marker event data was edited keeps the marker's digest,
// which the PCR replay did check, and is still recognised as simulated.
func TestSimulatedMarkerSurvivesEditedEventData(t *testing.T) {
	marker := UTF16LE(SimulatedMarker)
	other := UTF16LE("Google GCE firmware v1")
	tests := []struct {
		name string
		ev   *pb.Event
		want bool
	}{
		{"marker data and digest", &pb.Event{PcrIndex: 0, Data: marker, Digest: sha256Sum(marker)}, true},
		{"data edited, sha256 digest kept", &pb.Event{PcrIndex: 0, Data: other, Digest: sha256Sum(marker)}, true},
		{"data edited, sha1 digest kept", &pb.Event{PcrIndex: 0, Data: other, Digest: sha1Sum(marker)}, true},
		{"data edited, sha384 digest kept", &pb.Event{PcrIndex: 0, Data: other, Digest: sha384Sum(marker)}, true},
		{"another event", &pb.Event{PcrIndex: 0, Data: other, Digest: sha256Sum(other)}, false},
		{"marker in another PCR", &pb.Event{PcrIndex: 7, Data: marker, Digest: sha256Sum(marker)}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := &pb.MachineState{RawEvents: []*pb.Event{tc.ev}}
			if got := HasSimulatedMarker(ms); got != tc.want {
				t.Fatalf("HasSimulatedMarker = %v, want %v", got, tc.want)
			}
		})
	}
}
