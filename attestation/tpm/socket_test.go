package tpm

import (
	"bytes"
	"errors"
	"io"
	"net"
	"testing"
)

func TestReadResponse(t *testing.T) {
	ok := []byte{0x80, 0x01, 0, 0, 0, 0x0c, 0, 0, 0, 0, 0xaa, 0xbb}
	for _, tc := range []struct {
		name string
		in   []byte
		want []byte
		err  error
	}{
		{"whole response", ok, ok, nil},
		{"response then the next", append(append([]byte{}, ok...), 0x80), ok, nil},
		{"bad tag", []byte{0x12, 0x34, 0, 0, 0, 0x0a, 0, 0, 0, 0}, nil, ErrTPMResponse},
		{"size below header", []byte{0x80, 0x01, 0, 0, 0, 0x09, 0, 0, 0, 0}, nil, ErrTPMResponse},
		{"size too large", []byte{0x80, 0x01, 0x7f, 0, 0, 0, 0, 0, 0, 0}, nil, ErrTPMResponse},
		{"truncated body", ok[:11], nil, ErrTPMResponse},
		{"truncated header", ok[:5], nil, io.ErrUnexpectedEOF},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readResponse(bytes.NewReader(tc.in))
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil || !bytes.Equal(got, tc.want) {
				t.Fatalf("got %x, %v; want %x", got, err, tc.want)
			}
		})
	}
}

// TestSocketTPMReadsWholeResponses: go-tpm reads a response with one Read; a
// stream may deliver it in pieces, and the socket device reassembles it.
func TestSocketTPMReadsWholeResponses(t *testing.T) {
	a, b := net.Pipe()
	defer a.Close()
	s := newSocketTPM(b)
	defer s.Close()
	resp := []byte{0x80, 0x01, 0, 0, 0, 0x0e, 0, 0, 0, 0, 1, 2, 3, 4}
	go func() {
		cmd := make([]byte, 4)
		_, _ = io.ReadFull(a, cmd)
		for _, c := range resp { // one byte at a time
			_, _ = a.Write([]byte{c})
		}
	}()
	if _, err := s.Write([]byte{1, 2, 3, 4}); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	n, err := s.Read(buf)
	if err != nil || !bytes.Equal(buf[:n], resp) {
		t.Fatalf("read %x, %v; want %x", buf[:n], err, resp)
	}
}

func FuzzReadResponse(f *testing.F) {
	f.Add([]byte{0x80, 0x01, 0, 0, 0, 0x0c, 0, 0, 0, 0, 0xaa, 0xbb})
	f.Add([]byte{0x80, 0x02, 0, 0, 0, 0x0a, 0, 0, 1, 0x01})
	f.Add([]byte{0, 0, 0, 0x14})
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := readResponse(bytes.NewReader(b))
		if err == nil && (len(got) < 10 || len(got) > len(b)) {
			t.Fatalf("accepted %d bytes from %d", len(got), len(b))
		}
	})
}
