// Package sandbox runs a release's install scripts, require/import and bins inside a
// bubblewrap sandbox and reports what they did; it runs in the scorer (enclave or
// `vouch score`), and is the only place package code ever runs.
//
// Each step runs under `strace -f` (eBPF is not used: see SANDBOX.md) as an unprivileged
// user in new user, pid, ipc, uts and mount namespaces, with a read-only system, a
// throwaway home holding decoy credentials (honeytokens), rlimits on processes, memory,
// CPU and file size, memory and pids cgroups, a size-limited tmpfs, and a wall-time limit. The network namespace
// has only loopback, with a local route for every address: a sink answers DNS and
// accepts TCP, TLS and HTTP and records each attempt. A second pass moves the clock
// forward (libfaketime and a node --require shim). Compare turns behaviour the new
// release shows and its base does not into findings; Report.Hash is behaviourHash.
package sandbox
