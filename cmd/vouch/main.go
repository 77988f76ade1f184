// Command vouch is the CLI of publishers, installers, CI and auditors. It runs
// on the user's machine and trusts nothing but the chain and attestation roots.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/spf13/cobra"

	scorecli "github.com/vouchpm/vouch/scorer/cli"
)

// Exit codes CI can gate on.
const (
	exitOK       = 0
	exitFindings = 1 // verification refused, findings, flagged
	exitUsage    = 2 // usage or configuration error
	exitChain    = 3 // chain unreachable
)

// exitError carries an exit code and one sentence for the user.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// ExitCode is the status the process exits with; commands from other
// packages (scorer/cli) carry theirs the same way.
func (e *exitError) ExitCode() int { return e.code }

func withCode(code int, err error) error {
	if err == nil {
		return nil
	}
	return &exitError{code: code, err: err}
}

func newRootCommand(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "vouch",
		Short: "M-of-N signed npm releases, attested enclaves, and verification anyone can run",
		Long: `vouch makes npm releases provable: a release reaches the registry only when M of N
maintainers signed its exact bytes inside an attested coordinator enclave, and a
pinned model scored the change. Installers verify lockfiles against the chain.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.Version = buildVersion()
	root.SetVersionTemplate(versionLine() + "\n")
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return withCode(exitUsage, err) })
	for _, add := range commands() {
		root.AddCommand(add())
	}
	return root
}

// commands lists the subcommand constructors; each lives in its own file.
func commands() []func() *cobra.Command {
	return []func() *cobra.Command{
		newVersionCommand,
		newConfigCommand,
		newKeyCommand,
		newSignCommand,
		newAttestCommand,
		newAuditWithScoreCommand,
		newMeasureCommand,
		newVerifyCommand,
		newEnrollCommand,
		newProposeCommand,
		newSubmitCommand,
		newPendingCommand,
		newStatusCommand,
		newApproveCommand,
		newVetoCommand,
		newRevokeCommand,
		newTeamCommand,
		newTokenCommand,
		newGovernanceCommand,
		newInstallCommand,
		newRescoreCommand,
		newDemoCommand,
		scorecli.NewScoreCommand,
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRootCommand(stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	code := exitUsage
	var ee interface{ ExitCode() int }
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	}
	fmt.Fprintf(stderr, "vouch: %v\n", err)
	return code
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
