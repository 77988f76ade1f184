package main

import (
	"strings"
	"testing"
	"time"
)

func TestTokenExpiryWarnsTwoWeeksAhead(t *testing.T) {
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	day := uint64(24 * 60 * 60)
	base := uint64(now.Unix())
	tests := []struct {
		name          string
		expiresAt     uint64
		warn, expired bool
		says          string
	}{
		{"unknown", 0, false, false, "expiry unknown"},
		{"90 days", base + 90*day, false, false, "90 days left"},
		{"15 days", base + 15*day + 60, false, false, "15 days left"},
		{"14 days", base + 14*day + 60, true, false, "WARNING"},
		{"1 hour", base + 3600, true, false, "0 days left"},
		{"now", base, true, true, "EXPIRED"},
		{"last week", base - 7*day, true, true, "EXPIRED on 2026-11-27"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line, warn, expired := tokenExpiry(now, tc.expiresAt)
			if warn != tc.warn || expired != tc.expired || !strings.Contains(line, tc.says) {
				t.Fatalf("tokenExpiry = %q warn %v expired %v; want warn %v expired %v, %q", line, warn, expired, tc.warn, tc.expired, tc.says)
			}
		})
	}
}
