// Package tpmseal seals secrets to TPM PCRs and keeps a monotonic TPM NV
// counter against rollback, for the tpm and sim platforms. It runs beside the
// TPM, inside the attested machine.
package tpmseal

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/google/go-tpm-tools/client"
	pb "github.com/google/go-tpm-tools/proto/tpm"
	"github.com/google/go-tpm/legacy/tpm2"
	"github.com/google/go-tpm/tpmutil"
	"google.golang.org/protobuf/proto"
)

// MaxSealedSize bounds a sealed blob handed back by the untrusted host.
const MaxSealedSize = 64 << 10

// DefaultCounterIndex is the NV index of vouch's rollback counter, in the
// TPM-owner range of the TCG handle registry.
const DefaultCounterIndex uint32 = 0x01001500

// Errors.
var (
	// ErrUnseal: the blob is malformed, was sealed elsewhere, or the PCRs changed.
	ErrUnseal = errors.New("tpm unseal refused")
)

// PCRSelection is the PCR set secrets are sealed to: the SHA-256 bank of
// PCRs first..last.
func PCRSelection(first, last int) tpm2.PCRSelection {
	sel := tpm2.PCRSelection{Hash: tpm2.AlgSHA256}
	for i := first; i <= last; i++ {
		sel.PCRs = append(sel.PCRs, i)
	}
	return sel
}

// Seal seals plaintext under the ECC storage root key to the current values
// of the PCRs in sel. rw must not be used concurrently.
func Seal(rw io.ReadWriter, sel tpm2.PCRSelection, plaintext []byte) ([]byte, error) {
	srk, err := client.StorageRootKeyECC(rw)
	if err != nil {
		return nil, fmt.Errorf("tpm seal: storage root key: %w", err)
	}
	defer srk.Close()
	sb, err := srk.Seal(plaintext, client.SealOpts{Current: sel})
	if err != nil {
		return nil, fmt.Errorf("tpm seal: %w", err)
	}
	out, err := proto.MarshalOptions{Deterministic: true}.Marshal(sb)
	if err != nil {
		return nil, fmt.Errorf("tpm seal: encoding: %w", err)
	}
	return out, nil
}

// DecodeSealed parses a sealed blob (untrusted bytes from the host).
func DecodeSealed(sealed []byte) (*pb.SealedBytes, error) {
	if len(sealed) > MaxSealedSize {
		return nil, fmt.Errorf("%w: sealed blob is %d bytes, limit %d", ErrUnseal, len(sealed), MaxSealedSize)
	}
	var sb pb.SealedBytes
	if err := proto.Unmarshal(sealed, &sb); err != nil {
		return nil, fmt.Errorf("%w: decoding sealed blob: %v", ErrUnseal, err)
	}
	if len(sb.GetPriv()) == 0 || len(sb.GetPub()) == 0 || len(sb.GetPcrs()) == 0 {
		return nil, fmt.Errorf("%w: sealed blob lacks key material or PCR policy", ErrUnseal)
	}
	return &sb, nil
}

// Unseal reverses Seal; it fails when the PCRs in sel differ from seal time.
func Unseal(rw io.ReadWriter, sel tpm2.PCRSelection, sealed []byte) ([]byte, error) {
	sb, err := DecodeSealed(sealed)
	if err != nil {
		return nil, err
	}
	srk, err := client.StorageRootKeyECC(rw)
	if err != nil {
		return nil, fmt.Errorf("tpm unseal: storage root key: %w", err)
	}
	defer srk.Close()
	out, err := srk.Unseal(sb, client.UnsealOpts{CertifyCurrent: sel})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnseal, err)
	}
	return out, nil
}

// counterAttrs: an NV counter (TPM_NT_COUNTER in bits 7:4) read and
// incremented with its own empty auth, exempt from dictionary-attack lockout.
const counterAttrs = tpm2.NVAttr(0x10) | tpm2.AttrAuthRead | tpm2.AttrAuthWrite | tpm2.AttrNoDA

// Counter is a monotonic TPM NV counter: the TPM refuses to decrease it
// (attestation.Counter).
type Counter struct {
	rw    io.ReadWriter
	index tpmutil.Handle
}

// OpenCounter defines the NV counter at index if it does not exist yet.
func OpenCounter(rw io.ReadWriter, index uint32) (*Counter, error) {
	h := tpmutil.Handle(index)
	if pub, err := tpm2.NVReadPublic(rw, h); err == nil {
		if pub.Attributes&0xf0 != 0x10 || pub.DataSize != 8 {
			return nil, fmt.Errorf("tpm counter: NV index %#x exists and is not a counter", index)
		}
		return &Counter{rw: rw, index: h}, nil
	}
	if err := tpm2.NVDefineSpace(rw, tpm2.HandleOwner, h, "", "", nil, counterAttrs, 8); err != nil {
		return nil, fmt.Errorf("tpm counter: defining NV index %#x: %w", index, err)
	}
	return &Counter{rw: rw, index: h}, nil
}

// Read returns the counter; 0 before the first Increment.
func (c *Counter) Read() (uint64, error) {
	pub, err := tpm2.NVReadPublic(c.rw, c.index)
	if err != nil {
		return 0, fmt.Errorf("tpm counter: reading NV index %#x: %w", uint32(c.index), err)
	}
	if pub.Attributes&tpm2.AttrWritten == 0 {
		return 0, nil
	}
	data, err := tpm2.NVReadEx(c.rw, c.index, c.index, "", 0)
	if err != nil {
		return 0, fmt.Errorf("tpm counter: reading NV index %#x: %w", uint32(c.index), err)
	}
	if len(data) != 8 {
		return 0, fmt.Errorf("tpm counter: NV index %#x holds %d bytes", uint32(c.index), len(data))
	}
	return binary.BigEndian.Uint64(data), nil
}

// Increment adds one and returns the new value.
func (c *Counter) Increment() (uint64, error) {
	if err := tpm2.NVIncrement(c.rw, c.index, ""); err != nil {
		return 0, fmt.Errorf("tpm counter: incrementing NV index %#x: %w", uint32(c.index), err)
	}
	return c.Read()
}

// PCRSealer seals to the PCRs in Sel of the TPM at RW (attestation.Sealer)
// without a lock of its own: the attesters hold theirs around it. With a
// Counter it makes attestation.VersionedSealer, the platforms' rollback rule.
type PCRSealer struct {
	RW  io.ReadWriter
	Sel tpm2.PCRSelection
}

// Seal seals plaintext to the PCRs.
func (p PCRSealer) Seal(plaintext []byte) ([]byte, error) { return Seal(p.RW, p.Sel, plaintext) }

// Unseal opens a Seal blob.
func (p PCRSealer) Unseal(sealed []byte) ([]byte, error) { return Unseal(p.RW, p.Sel, sealed) }
