package wire

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

func TestScorerFrameRoundTrip(t *testing.T) {
	res := ScorerResponse{Version: ScorerProtocolVersion, Score: &ScoreResult{
		Score:  Score{PackageName: "a", Version: "1.0.0", ContentHash: [32]byte{1}, InputHash: [32]byte{2}, Score: 40, HeuristicScore: 40, FindingsHash: [32]byte{3}},
		Digest: bytes.Repeat([]byte{9}, 32), Signature: make([]byte, 65), Report: []byte(`{"x":1}`),
	}}
	var buf bytes.Buffer
	if err := WriteScorerFrame(&buf, res); err != nil {
		t.Fatal(err)
	}
	if err := WriteScorerFrame(&buf, ScorerRequest{Version: 1, Op: ScorerOpInfo}); err != nil {
		t.Fatal(err)
	}
	var got ScorerResponse
	if err := ReadScorerFrame(&buf, &got); err != nil {
		t.Fatal(err)
	}
	if got.Score.Score != res.Score.Score || !bytes.Equal(got.Score.Digest, res.Score.Digest) {
		t.Fatalf("round trip: %+v", got.Score)
	}
	var req ScorerRequest
	if err := ReadScorerFrame(&buf, &req); err != nil || req.Op != ScorerOpInfo {
		t.Fatalf("second frame: %+v %v", req, err)
	}
	if err := ReadScorerFrame(&buf, &req); err != io.EOF {
		t.Fatalf("clean end: %v", err)
	}
}

func TestScorerFrameRefusals(t *testing.T) {
	good, _ := MarshalScorer(ScorerRequest{Version: 1, Op: ScorerOpScore, Score: &ScoreTarballsRequest{PackageName: "a", Version: "1", NewTarball: []byte{1}}})
	frame := func(b []byte) *bytes.Reader {
		h := []byte{byte(len(b) >> 24), byte(len(b) >> 16), byte(len(b) >> 8), byte(len(b))}
		return bytes.NewReader(append(h, b...))
	}
	var req ScorerRequest
	for name, r := range map[string]io.Reader{
		"too large":     bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff}),
		"truncated":     bytes.NewReader(append([]byte{0, 0, 0, 10}, 1, 2)),
		"short header":  bytes.NewReader([]byte{0, 0}),
		"unknown field": frame(append([]byte{0xa3, 0x61, 'z', 0x01}, good[1:]...)),
		"not canonical": frame(append([]byte{0xb8, 0x03}, good[1:]...)), // map length in a longer form
	} {
		if err := ReadScorerFrame(r, &req); !errors.Is(err, ErrScorerFrame) {
			t.Errorf("%s: err = %v, want ErrScorerFrame", name, err)
		}
	}
}

func FuzzScorerFrame(f *testing.F) {
	good, _ := MarshalScorer(ScorerRequest{Version: 1, Op: ScorerOpScore, Score: &ScoreTarballsRequest{PackageName: "a", Version: "1", NewTarball: []byte{1}}})
	f.Add(good)
	f.Add([]byte{0xa0})
	f.Fuzz(func(t *testing.T, b []byte) {
		var req ScorerRequest
		if UnmarshalScorer(b, &req) != nil {
			return
		}
		again, err := MarshalScorer(req)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted input does not re-encode to itself")
		}
	})
}
