//go:build cgo

package sim

// The go-tpm-tools simulator keeps the TPM's non-volatile memory in the C
// array s_NV of the ms-tpm-20-ref platform layer (Samples/Google/NVMem.c) and
// offers no way to save it. These declarations reach it directly: the symbols
// are weak so that cgo's own link step for this package succeeds, and the
// final binary links them to the simulator's definitions.

/*
#include <stdbool.h>
#include <string.h>

#define VOUCH_NV_MEMORY_SIZE 16384

extern unsigned char s_NV[] __attribute__((weak));
extern void _plat__Reset(bool forceManufacture) __attribute__((weak));

static int vouch_nv_linked(void) { return s_NV != 0 && _plat__Reset != 0; }
static void vouch_nv_read(unsigned char *out) { memcpy(out, s_NV, VOUCH_NV_MEMORY_SIZE); }
static void vouch_nv_write(const unsigned char *in) { memcpy(s_NV, in, VOUCH_NV_MEMORY_SIZE); }
static void vouch_plat_reset(void) { _plat__Reset(false); }
*/
import "C"

import (
	"errors"
	"unsafe"
)

// nvSize is NV_MEMORY_SIZE in ms-tpm-20-ref's TpmProfile.h as go-tpm-tools
// v0.4.11 builds it.
const nvSize = C.VOUCH_NV_MEMORY_SIZE

func nvLinked() error {
	if C.vouch_nv_linked() == 0 {
		return errors.New("simulator NV memory symbols not linked")
	}
	return nil
}

func nvRead() []byte {
	buf := make([]byte, nvSize)
	C.vouch_nv_read((*C.uchar)(unsafe.Pointer(&buf[0])))
	return buf
}

func nvWrite(img []byte) {
	C.vouch_nv_write((*C.uchar)(unsafe.Pointer(&img[0])))
}

// platReset powers the simulated TPM on again without re-manufacturing it:
// _TPM_Init reloads its persistent state from NV memory.
func platReset() { C.vouch_plat_reset() }
