// Command soak is the host's fault-and-load run, bounded in time and
// requests and on loopback only: several vouch-host API replicas (separate
// processes) share one PostgreSQL; one is elected leader (host/leader) and
// works the approved releases: publish each to a real npm registry
// (Verdaccio, started by the run) through a proxy that fails a share of
// the publish PUTs, then anchor through the PostgreSQL outbox on a dev
// chain. Meanwhile maintainers propose and approve concurrently, the
// leading replica is SIGKILLed (and restarted), and the chain's RPC is cut
// and restored. At the end every release must be on Verdaccio exactly once
// with its bytes, every record anchored exactly once, no outbox entry
// stuck; it prints latency and throughput.
//
// The registry is Verdaccio (host/registry/verdaccio) with a user and an
// npm token, behind a net/http/httputil reverse proxy that fails 10% of
// publish PUTs (a fixed PCG seed): half with 503 before forwarding, half
// with 502 after Verdaccio took the publish, so a retry meets Verdaccio's
// 409 for an existing version. The leader publishes with the coordinator
// enclave's document (enclave.PublishDocument: package.json from the
// tarball, dist.integrity/shasum/tarball, dist-tags, the tarball as a
// base64 attachment) and takes a refused re-publish as done only when the
// packument's dist.integrity is the release's. Each release's tarball is a
// real npm tarball (package/package.json, package/index.js). Verdaccio's
// htpasswd runs at bcrypt cost 4: it checks the password behind a token on
// every authenticated request, 100 ms each at its default cost 10, which
// would make the run measure bcryptjs (host/SCALE.md).
//
// What is real: Verdaccio, the vouch-host API (host/api on host/store,
// PostgreSQL with its default durability), the election (host/leader),
// the outbox (host/chain) sending anchorBatch transactions to the dev
// chain, and every signature check (enrollment with the Enrollment typed
// data and a NameControl countersignature by a stand-in coordinator key,
// signed uploads, proposals, approvals). What stands in: the coordinator
// enclave's own path is played by the leader's loop: it does not score
// (per release that scores the tarball, which on a shared 2-core machine
// is far slower than 2,000 releases in the run's time limit allow), does
// not unseal the token (the run hands it to the replicas in the
// environment), and records a stand-in root per release on chain
// (anchorBatch) instead of the contract's publish().
//
//	go run ./bench/soak                       # the full run: 200 packages, 2,000 releases
//	go run ./bench/soak -packages 20 -releases 200
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

func main() {
	var o options
	flag.StringVar(&o.role, "role", "soak", "soak (the run) or replica (internal)")
	flag.IntVar(&o.packages, "packages", 200, "packages enrolled (cap 1000)")
	flag.IntVar(&o.releases, "releases", 2000, "releases proposed and approved (cap 20000)")
	flag.IntVar(&o.replicas, "replicas", 2, "vouch-host API replicas (2..4)")
	flag.IntVar(&o.clients, "clients", 16, "concurrent maintainer clients (cap 64)")
	flag.Float64Var(&o.failPUT, "registry-fail", 0.10, "share of publish PUTs the proxy in front of Verdaccio fails")
	flag.BoolVar(&o.killLeader, "kill-leader", true, "SIGKILL the leading replica mid-run (and restart it)")
	flag.BoolVar(&o.cutRPC, "restart-rpc", true, "cut the dev chain's RPC mid-run and restore it")
	flag.DurationVar(&o.timeout, "timeout", 8*time.Minute, "hard limit of the whole run (cap 30m)")
	// replica-only
	flag.StringVar(&o.dsn, "dsn", "", "replica: PostgreSQL DSN")
	flag.StringVar(&o.rpc, "rpc", "", "replica: chain RPC URL")
	flag.StringVar(&o.registryURL, "registry-url", "", "replica: package registry URL")
	flag.StringVar(&o.contract, "contract", "", "replica: registry contract address")
	flag.Uint64Var(&o.chainID, "chain-id", 1337, "replica: chain id")
	flag.StringVar(&o.name, "name", "", "replica: name in logs")
	flag.Parse()
	o.registryToken = os.Getenv(tokenEnv)
	o.packages = min(max(o.packages, 1), 1000)
	o.releases = min(max(o.releases, o.packages), 20000)
	o.replicas = min(max(o.replicas, 2), 4)
	o.clients = min(max(o.clients, 1), 64)
	o.timeout = min(max(o.timeout, 30*time.Second), 30*time.Minute)
	ctx, cancel := context.WithTimeout(context.Background(), o.timeout)
	defer cancel()
	var err error
	if o.role == "replica" {
		err = runReplica(ctx, o)
	} else {
		err = runSoak(ctx, o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
}

// tokenEnv passes the npm token to the replicas (not on their command line).
const tokenEnv = "SOAK_REGISTRY_TOKEN"

type options struct {
	role                                  string
	packages, releases, replicas, clients int
	failPUT                               float64
	killLeader, cutRPC                    bool
	timeout                               time.Duration
	dsn, rpc, registryURL, contract, name string
	registryToken                         string // the npm token the leader publishes with
	chainID                               uint64
}

// replicaProc is one vouch-host replica process.
type replicaProc struct {
	name   string
	cmd    *exec.Cmd
	addr   chan string
	events chan event
}

type event struct {
	kind string // LISTEN, LEADING, LOST
	arg  string
	at   time.Time
}

func startReplica(ctx context.Context, o options, name string, events chan event) (*replicaProc, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, self, "-role", "replica", "-name", name, "-dsn", o.dsn, "-rpc", o.rpc,
		"-registry-url", o.registryURL, "-contract", o.contract, "-chain-id", fmt.Sprint(o.chainID),
		"-timeout", o.timeout.String())
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Env = append(os.Environ(), tokenEnv+"="+o.registryToken)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // never outlive the run
	cmd.Stderr = io.Discard
	if os.Getenv("SOAK_DEBUG") != "" {
		cmd.Stderr = os.Stderr
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	r := &replicaProc{name: name, cmd: cmd, addr: make(chan string, 1), events: events}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			kind, arg, _ := strings.Cut(sc.Text(), " ")
			if kind == "LISTEN" {
				r.addr <- arg
			}
			if kind != "ALREADY" && kind != "MISMATCH" {
				arg = name
			}
			events <- event{kind: kind, arg: arg, at: time.Now()}
		}
	}()
	go func() { _ = cmd.Wait() }()
	return r, nil
}
