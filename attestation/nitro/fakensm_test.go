//go:build !windows

package nitro

import (
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/fxamacker/cbor/v2"
	"github.com/hf/nsm"
	"github.com/hf/nsm/ioc"
	"github.com/hf/nsm/request"
)

// fakeNSM is a Nitro Security Module that speaks the driver's ioctl
// protocol: an iovec pair carrying a CBOR request in and a CBOR response out.
// It signs documents with a test CA.
type fakeNSM struct {
	t        testing.TB
	ca       *testCA
	now      func() time.Time
	pcrs     map[uint][]byte
	errno    syscall.Errno // when set, the ioctl fails with it
	errCode  string        // when set, the NSM answers {"Error": errCode}
	requests []request.Attestation
	opened   int
	closed   int
}

// ioctlMessage is the layout the nsm package hands to the ioctl.
type ioctlMessage struct {
	Request  syscall.Iovec
	Response syscall.Iovec
}

var nsmIoctlCommand = uintptr(ioc.Command(ioc.READ|ioc.WRITE, 0x0A, 0, uint(unsafe.Sizeof(ioctlMessage{}))))

func (d *fakeNSM) options() nsm.Options {
	return nsm.Options{
		Open: func() (nsm.FileDescriptor, error) {
			d.opened++
			return fakeFD{d}, nil
		},
		Syscall: fakeIoctl,
	}
}

// fakeFD's descriptor number is the device's address: heap objects do not
// move, and the test keeps the device alive while a session uses it.
type fakeFD struct{ d *fakeNSM }

func (f fakeFD) Fd() uintptr  { return uintptr(unsafe.Pointer(f.d)) }
func (f fakeFD) Close() error { f.d.closed++; return nil }

// fakeIoctl stands in for syscall.Syscall. a3 points at an ioctlMessage on
// the caller's stack; nosplit keeps the stack from moving before the
// address becomes a real pointer (which the runtime then keeps up to date).
//
//go:nosplit
func fakeIoctl(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, errno syscall.Errno) {
	msg := (*ioctlMessage)(*(*unsafe.Pointer)(unsafe.Pointer(&a3)))
	dev := (*fakeNSM)(*(*unsafe.Pointer)(unsafe.Pointer(&a1)))
	return dev.serve(trap, a2, msg)
}

func (d *fakeNSM) serve(trap, cmd uintptr, msg *ioctlMessage) (uintptr, uintptr, syscall.Errno) {
	if trap != syscall.SYS_IOCTL {
		return 0, 0, syscall.ENOSYS
	}
	if cmd != nsmIoctlCommand {
		return 0, 0, syscall.ENOTTY
	}
	if d.errno != 0 {
		return 0, 0, d.errno
	}
	req := unsafe.Slice(msg.Request.Base, msg.Request.Len)
	resp := d.answer(req)
	out := unsafe.Slice(msg.Response.Base, msg.Response.Len)
	if len(resp) > len(out) {
		return 0, 0, syscall.ENOMEM
	}
	msg.Response.SetLen(copy(out, resp))
	return 0, 0, 0
}

func (d *fakeNSM) answer(req []byte) []byte {
	reply := func(v any) []byte {
		b, err := cbor.Marshal(v)
		if err != nil {
			d.t.Errorf("fake NSM: encoding reply: %v", err)
		}
		return b
	}
	if d.errCode != "" {
		return reply(map[string]string{"Error": d.errCode})
	}
	var att map[string]request.Attestation
	if err := cbor.Unmarshal(req, &att); err != nil {
		return reply(map[string]string{"Error": "InvalidOperation"})
	}
	a, ok := att["Attestation"]
	if !ok || len(a.UserData) > 512 || len(a.Nonce) > 512 || len(a.PublicKey) > 1024 {
		return reply(map[string]string{"Error": "InvalidArgument"})
	}
	d.requests = append(d.requests, a)
	doc := d.ca.document(d.t, docSpec{
		Timestamp: d.now(), PCRs: d.pcrs,
		UserData: a.UserData, Nonce: a.Nonce, PublicKey: a.PublicKey,
	})
	return reply(map[string]map[string][]byte{"Attestation": {"document": doc}})
}
