package tpm

import (
	"time"

	"golang.org/x/sys/unix"
)

// threadCPU is this OS thread's CPU time. The side-by-side benchmarks lock
// the goroutine to its thread and measure with it, so that other processes
// on a shared machine do not skew the ratio the way wall time does.
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		panic(err)
	}
	return time.Duration(ts.Nano())
}
