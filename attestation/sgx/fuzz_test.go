package sgx

import (
	"bytes"
	"os"
	"testing"
)

func FuzzParseQuote(f *testing.F) {
	real, err := os.ReadFile("testdata/ata-sgx-v3/quote.dat")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(real)
	f.Add(real[:len(real)/2])
	f.Add(WrapOEHeader(real))
	f.Add([]byte{3, 0, 2, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := ParseQuote(data)
		if err != nil {
			if q != nil {
				t.Fatal("ParseQuote returned a quote with an error")
			}
			return
		}
		if len(q.PCKChain) < 2 || len(q.Signed) != headerSize+reportBodySize || !bytes.Equal(q.Signed, data[:len(q.Signed)]) {
			t.Fatalf("accepted quote with a broken structure")
		}
		_, _ = ParsePCKExtension(q.PCKChain[0])
		_, _ = StripOEHeader(data)
	})
}

func FuzzDecodeCollateral(f *testing.F) {
	coll, err := LoadCollateralDir("testdata/ata-sgx-v3")
	if err != nil {
		f.Fatal(err)
	}
	raw, err := coll.Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add(raw[:len(raw)/3])
	f.Add([]byte{0xa0})
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeCollateral(data)
		if err != nil {
			return
		}
		again, err := c.Marshal()
		if err != nil || !bytes.Equal(again, data) {
			t.Fatalf("decoded collateral does not re-encode to the same bytes")
		}
	})
}

// FuzzCollateralParts drives the JSON and CRL parsers of collateral parts
// directly, which the CBOR envelope would mostly shield from the fuzzer.
func FuzzCollateralParts(f *testing.F) {
	for _, name := range []string{FileTCBInfo, FileQEIdentity, FileRootCACRL, FileTCBInfoIssuerChain} {
		data, err := os.ReadFile("testdata/ata-sgx-v3/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"tcbInfo":{"version":2,"tcbLevels":[{"tcb":{"pcesvn":1}}]},"signature":"00"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if body, _, err := splitSigned(data, "tcbInfo"); err == nil {
			_, _ = parseTCBInfo(body)
		}
		if body, _, err := splitSigned(data, "enclaveIdentity"); err == nil {
			_, _ = parseQEIdentity(body)
		}
		_, _ = parseCRL(data)
		_, _ = parseIssuerChain(data)
	})
}

func TestHostileInputIsRefused(t *testing.T) {
	real, err := os.ReadFile("testdata/ata-sgx-v3/quote.dat")
	if err != nil {
		t.Fatal(err)
	}
	random := make([]byte, 5000)
	for i := range random {
		random[i] = byte(i*131 + 7)
	}
	for name, data := range map[string][]byte{
		"empty":            nil,
		"truncated":        real[:len(real)-1],
		"header only":      real[:headerSize],
		"trailing garbage": append(bytes.Clone(real), 'x'),
		"oversized":        make([]byte, MaxQuoteSize+1),
		"random":           random,
		"zero cert length": append(bytes.Clone(real[:1052-4]), 0, 0, 0, 0),
	} {
		if _, err := ParseQuote(data); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	for name, data := range map[string][]byte{
		"empty":     nil,
		"oversized": make([]byte, MaxCollateralSize+1),
		"random":    random,
		"not a map": {0x01},
	} {
		if _, err := DecodeCollateral(data); err == nil {
			t.Errorf("collateral %s: accepted", name)
		}
	}
}
