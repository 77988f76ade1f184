//go:build linux

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/cmd/vouch/internal/demo"
)

func newDemoCommand() *cobra.Command {
	var binDir, logDir string
	var asJSON, keep bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Play vouch's story end to end on this machine (what `make demo` runs)",
		Long: `demo starts a real npm registry (Verdaccio), the embedded dev chain, vouch-host
with simulated-platform coordinator and scorer enclaves, and plays five acts
with real npm and vouch commands: a stolen token beats plain npm; a protected
2-of-3 publish; the same attack fails against vouch; the scorer flags a
malicious diff; an auditor checks the evidence. It stops every process it
started (also on Ctrl-C) and leaves all logs in one folder.`,
		Example: "  make demo\n  make demo-keep\n  vouch demo --bin build/bin --logs /tmp/vouch-demo --keep",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if binDir == "" {
				exe, err := os.Executable()
				if err != nil {
					return err
				}
				binDir = filepath.Dir(exe)
			}
			report, err := demo.Run(cmd.Context(), demo.Options{BinDir: binDir, LogDir: logDir, Out: cmd.ErrOrStderr(), Keep: keep})
			if report != nil && asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				_ = enc.Encode(report)
			}
			if err != nil {
				return err
			}
			if failed := report.Failed(); len(failed) > 0 {
				return withCode(exitFindings, fmt.Errorf("the demo did not go as the story says: %s (logs in %s)", strings.Join(failed, "; "), report.LogDir))
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "\nAll %d acts went as the story says. Logs: %s\n", len(report.Acts), report.LogDir)
			return nil
		},
	}
	cmd.Flags().StringVar(&binDir, "bin", "", "folder with vouch-host, coordinator and scorer (default: beside this binary)")
	cmd.Flags().StringVar(&logDir, "logs", "", "folder for logs and scratch files (default: a new temp folder)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the outcome of each act as JSON")
	cmd.Flags().BoolVar(&keep, "keep", os.Getenv("VOUCH_DEMO_KEEP") == "1", "after the last act, keep everything up (dashboard, chain, host) until Ctrl-C (env VOUCH_DEMO_KEEP=1)")
	return cmd
}
