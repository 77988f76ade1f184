// Package testclock fixes the "now" of test fixtures that vouch's tests make
// themselves (certificates, evidence, enclave clocks), and lets the whole suite
// run with those clocks moved: VOUCH_TEST_CLOCK_OFFSET=8760h shifts every
// fixture a year ahead. A test that passes only near the date it was written
// (a fixture made at a fixed time but checked against the real clock) then
// fails at once instead of a day after it lands. Recorded real-world vectors
// keep their own times and are not shifted. Imported by tests only.
package testclock

import (
	"fmt"
	"os"
	"time"
)

// OffsetEnv names the variable that shifts every fixture clock.
const OffsetEnv = "VOUCH_TEST_CLOCK_OFFSET"

// Offset is the shift VOUCH_TEST_CLOCK_OFFSET asks for (a Go duration such as
// "8760h" or "-8760h"); zero when unset. A malformed value panics: a test run
// that silently ignored it would prove nothing.
func Offset() time.Duration {
	s := os.Getenv(OffsetEnv)
	if s == "" {
		return 0
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		panic(fmt.Sprintf("%s=%q: %v", OffsetEnv, s, err))
	}
	return d
}

// At is the fixture time t moved by Offset, in UTC.
func At(t time.Time) time.Time { return t.Add(Offset()).UTC() }

// Date is At(time.Date(year, month, day, hour, 0, 0, 0, time.UTC)).
func Date(year int, month time.Month, day, hour int) time.Time {
	return At(time.Date(year, month, day, hour, 0, 0, 0, time.UTC))
}
