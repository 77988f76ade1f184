//go:build !windows

package nitro

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/hf/nsm"

	"github.com/vouchpm/vouch/attestation"
)

func newFakeNSM(t *testing.T) *fakeNSM {
	return &fakeNSM{t: t, ca: newTestCA(t, testNow), now: func() time.Time { return testNow.Add(-time.Minute) }, pcrs: productionPCRs()}
}

func TestAttestThroughFakeNSMAndVerify(t *testing.T) {
	dev := newFakeNSM(t)
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	b := attestation.NewBinding(attestation.RoleCoordinator, &key.PublicKey, 1337, common.Address{0xaa}, []byte("n-1"), testNow.Add(-time.Minute))
	ev, err := attestation.Attest(context.Background(), NewAttester(WithNSM(dev.options())), b)
	if err != nil {
		t.Fatalf("Attest: %v", err)
	}
	if len(dev.requests) != 1 || dev.opened != 1 || dev.closed != 1 {
		t.Fatalf("requests=%d opened=%d closed=%d", len(dev.requests), dev.opened, dev.closed)
	}
	want := attestation.ReportData(ev.Binding)
	if !bytes.Equal(dev.requests[0].UserData, want[:]) {
		t.Fatalf("NSM got user_data %x, want the binding hash %x", dev.requests[0].UserData, want)
	}
	if ev.Platform != attestation.PlatformNitro || len(ev.Aux) != 0 {
		t.Fatalf("evidence platform %q aux %d", ev.Platform, len(ev.Aux))
	}
	raw, err := ev.Marshal()
	if err != nil {
		t.Fatal(err)
	}

	nv := mustVerifier(t, WithRoots(dev.ca.pool()))
	v, err := attestation.NewVerifier(attestation.WithPlatform(nv), attestation.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	pcrs := productionPCRs()
	policy := &attestation.Policy{
		PCRs:  map[int]string{0: hex.EncodeToString(pcrs[0]), 1: hex.EncodeToString(pcrs[1]), 2: hex.EncodeToString(pcrs[2]), 8: hex.EncodeToString(pcrs[8])},
		Nonce: []byte("n-1"), Role: attestation.RoleCoordinator,
		AnyConfigUnsafe: true, // the platform's verification is under test, not the configuration
	}
	c, err := v.Verify(context.Background(), raw, policy)
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if c.Address != crypto.PubkeyToAddress(key.PublicKey) || c.Debug || c.Signer == "" {
		t.Fatalf("claims %+v", c)
	}

	// The same evidence under a policy for other code is refused, naming PCR0.
	policy.PCRs[0] = strings.Repeat("00", 48)
	var pe *attestation.PolicyError
	if _, err := v.Verify(context.Background(), raw, policy); !errors.As(err, &pe) || pe.Claim != "pcr0" {
		t.Fatalf("want a pcr0 refusal, got %v", err)
	}

	// A debug enclave behind the same NSM protocol is refused by policy.
	dev.pcrs = debugPCRs()
	ev, err = attestation.Attest(context.Background(), NewAttester(WithNSM(dev.options())), b)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ = ev.Marshal()
	if _, err := v.Verify(context.Background(), raw, &attestation.Policy{AnyMeasurementUnsafe: true}); !errors.As(err, &pe) || pe.Claim != "debug" {
		t.Fatalf("want a debug refusal, got %v", err)
	}
}

func TestAttesterPassesNonceAndPublicKey(t *testing.T) {
	dev := newFakeNSM(t)
	a := NewAttester(WithNSM(dev.options()), WithNonce([]byte("nsm-nonce")), WithPublicKey([]byte("der-key")))
	doc, aux, err := a.Quote(context.Background(), [32]byte{7})
	if err != nil || aux != nil {
		t.Fatalf("Quote: %v aux=%x", err, aux)
	}
	c, err := mustVerifier(t, WithRoots(dev.ca.pool()), WithRawDocuments()).VerifyQuote(context.Background(), doc, nil, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if string(c.Nonce) != "nsm-nonce" || string(dev.requests[0].PublicKey) != "der-key" || c.ReportData[0] != 7 {
		t.Fatalf("nonce %q public key %q report data %x", c.Nonce, dev.requests[0].PublicKey, c.ReportData)
	}
}

func TestAttesterFailsClosed(t *testing.T) {
	ctx := context.Background()
	t.Run("no NSM device", func(t *testing.T) {
		opts := nsm.Options{
			Open:    func() (nsm.FileDescriptor, error) { return nil, os.ErrNotExist },
			Syscall: fakeIoctl,
		}
		if _, _, err := NewAttester(WithNSM(opts)).Quote(ctx, [32]byte{}); !errors.Is(err, ErrNoNSM) || !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("default session outside Nitro", func(t *testing.T) {
		if _, err := os.Stat("/dev/nsm"); err == nil {
			t.Skip("/dev/nsm exists: this machine is a Nitro enclave")
		}
		// The pitfall: a non-nil session together with an error.
		sess, err := nsm.OpenDefaultSession()
		if sess == nil || err == nil {
			t.Fatalf("nsm behaviour changed: session=%v err=%v", sess != nil, err)
		}
		if _, _, err := NewAttester().Quote(ctx, [32]byte{}); !errors.Is(err, ErrNoNSM) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("ioctl fails", func(t *testing.T) {
		dev := newFakeNSM(t)
		dev.errno = syscall.EIO
		var ioErr *nsm.ErrorIoctlFailed
		if _, _, err := NewAttester(WithNSM(dev.options())).Quote(ctx, [32]byte{}); !errors.As(err, &ioErr) || dev.closed != 1 {
			t.Fatalf("got %v, closed %d", err, dev.closed)
		}
	})
	t.Run("NSM error code", func(t *testing.T) {
		dev := newFakeNSM(t)
		dev.errCode = "InternalError"
		if _, _, err := NewAttester(WithNSM(dev.options())).Quote(ctx, [32]byte{}); err == nil || !strings.Contains(err.Error(), "InternalError") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("oversized nonce refused by the NSM", func(t *testing.T) {
		dev := newFakeNSM(t)
		if _, _, err := NewAttester(WithNSM(dev.options()), WithNonce(make([]byte, 600))).Quote(ctx, [32]byte{}); err == nil || !strings.Contains(err.Error(), "InvalidArgument") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		dev := newFakeNSM(t)
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, _, err := NewAttester(WithNSM(dev.options())).Quote(cctx, [32]byte{}); !errors.Is(err, context.Canceled) || dev.opened != 0 {
			t.Fatalf("got %v", err)
		}
	})
}
