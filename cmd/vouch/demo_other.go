//go:build !linux

package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// The demo starts Verdaccio, the dev chain, vouch-host and its enclaves as
// Linux process groups; release binaries for other systems leave it out.
func newDemoCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "demo",
		Short: "Play vouch's story end to end (Linux only)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return withCode(exitUsage, errors.New("vouch demo runs on Linux only (it starts its services as Linux process groups)"))
		},
	}
}
