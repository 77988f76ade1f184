package testclock

import (
	"testing"
	"time"
)

func TestOffset(t *testing.T) {
	base := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		env       string
		want      time.Time
		wantPanic bool
	}{
		{env: "", want: base},
		{env: "8760h", want: base.Add(8760 * time.Hour)},
		{env: "-24h", want: base.Add(-24 * time.Hour)},
		{env: "a year", wantPanic: true},
	}
	for _, tt := range tests {
		t.Run(tt.env, func(t *testing.T) {
			t.Setenv(OffsetEnv, tt.env)
			defer func() {
				if r := recover(); (r != nil) != tt.wantPanic {
					t.Fatalf("panic = %v, want panic %v", r, tt.wantPanic)
				}
			}()
			if got := Date(2026, 11, 25, 12); !got.Equal(tt.want) {
				t.Fatalf("Date = %v, want %v", got, tt.want)
			}
		})
	}
}
