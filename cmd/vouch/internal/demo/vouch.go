package demo

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// maintainer is one person with a keystore of their own.
type maintainer struct {
	name    string
	keyDir  string
	address string
}

const demoPassphrase = "demo passphrase, not a secret"

// stack is vouch-host --dev: the dev chain, the store and both enclaves.
type stack struct {
	hostURL  string // http://127.0.0.1:PORT
	rpc      string
	registry string
	chainID  string
	dataDir  string
}

var (
	reHostAPI = regexp.MustCompile(`vouch-host API: (https?://[^/\s]+)/v1`)
	reChain   = regexp.MustCompile(`chain: (\S+) \(chain id (\d+), registry (0x[0-9a-fA-F]{40})\)`)
)

// simAK is the simulated attestation key an enclave published beside its
// state: the simulated root of trust, handed to verifiers explicitly.
func (s *stack) simAK(role string) string { return filepath.Join(s.dataDir, role, "sim-ak.pem") }

// startHost runs vouch-host --dev and waits for it to say where it listens.
func (r *run) startHost() (*stack, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	s := &stack{dataDir: filepath.Join(r.opt.LogDir, "host-data")}
	args := []string{
		filepath.Join(r.opt.BinDir, "vouch-host"), "--dev", "--data", s.dataDir,
		"--listen", fmt.Sprintf("127.0.0.1:%d", port),
		"--npm-registry", r.registry.URL, "--npm-ca", filepath.Join(r.npm.dir, "ca.pem"),
	}
	if _, err := r.procs.start("vouch-host", nil, r.opt.BinDir, args...); err != nil {
		return nil, err
	}
	logPath := filepath.Join(r.opt.LogDir, "vouch-host.log")
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		if r.ctx.Err() != nil {
			return nil, r.ctx.Err()
		}
		data, _ := os.ReadFile(logPath)
		if m := reHostAPI.FindSubmatch(data); m != nil {
			s.hostURL = string(m[1])
		}
		if m := reChain.FindSubmatch(data); m != nil {
			s.rpc, s.chainID, s.registry = string(m[1]), string(m[2]), string(m[3])
		}
		if s.hostURL != "" && s.rpc != "" && waitHTTP(r.ctx, s.hostURL+"/readyz", time.Second) == nil {
			return s, nil
		}
		time.Sleep(200 * time.Millisecond)
	}
	return nil, fmt.Errorf("vouch-host --dev did not become ready within 90 s (see %s)", logPath)
}

// vouch runs the real vouch CLI as who (nil: an installer with no key).
func (r *run) vouch(who *maintainer, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(r.ctx, filepath.Join(r.opt.BinDir, "vouch"), args...)
	cmd.Dir = dir
	env := append(os.Environ(),
		"VOUCH_CONFIG_DIR="+filepath.Join(r.work, "config"),
		"VOUCH_KEYSTORE_LIGHT=1",
		"VOUCH_PASSPHRASE="+demoPassphrase,
		// The CLI reads tarballs from the demo's registry, whose TLS
		// certificate comes from the demo CA.
		"VOUCH_NPM="+r.registry.URL+"/",
		"SSL_CERT_FILE="+filepath.Join(r.npm.dir, "ca.pem"),
	)
	if r.stack != nil {
		env = append(env, "VOUCH_HOST="+r.stack.hostURL, "VOUCH_RPC="+r.stack.rpc,
			"VOUCH_REGISTRY="+r.stack.registry, "VOUCH_CHAIN_ID="+r.stack.chainID)
	}
	if who != nil {
		env = append(env, "VOUCH_KEY_DIR="+who.keyDir)
	}
	cmd.Env = append(env, r.npm.vars("")...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	r.logCommand(who, args, out.Bytes(), err)
	if err != nil {
		return out.String(), fmt.Errorf("vouch %s: %w: %s", strings.Join(args, " "), err, lastLine(out.String()))
	}
	return out.String(), nil
}

// logCommand appends every CLI call and its output to commands.log.
func (r *run) logCommand(who *maintainer, args []string, out []byte, err error) {
	f, ferr := os.OpenFile(filepath.Join(r.opt.LogDir, "commands.log"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if ferr != nil {
		return
	}
	defer f.Close()
	name := "installer"
	if who != nil {
		name = who.name
	}
	status := "ok"
	if err != nil {
		status = err.Error()
	}
	fmt.Fprintf(f, "[%s] %s$ vouch %s\n%s[%s]\n\n", time.Now().Format(time.TimeOnly), name, strings.Join(args, " "), out, status)
}

func lastLine(s string) string {
	var last string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		if t := strings.TrimSpace(sc.Text()); t != "" {
			last = t
		}
	}
	return last
}

// newMaintainer makes a keystore and a key for name.
func (r *run) newMaintainer(name string) (*maintainer, error) {
	m := &maintainer{name: name, keyDir: filepath.Join(r.work, "keys", name)}
	out, err := r.vouch(m, r.work, "key", "new")
	if err != nil {
		return nil, err
	}
	m.address = strings.TrimSpace(lastLine(out))
	return m, nil
}

// releaseState reads `vouch status ID --json`.
type releaseState struct {
	ID        string   `json:"id"`
	State     string   `json:"state"`
	Integrity string   `json:"integrity"`
	Signers   []string `json:"signers"`
	Reason    string   `json:"reason"`
	Score     *struct {
		Score  int             `json:"score"`
		Report json.RawMessage `json:"report"`
	} `json:"score"`
}

func (r *run) status(id string) (*releaseState, error) {
	out, err := r.vouch(nil, r.work, "status", id, "--json")
	if err != nil {
		return nil, err
	}
	var st releaseState
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		return nil, fmt.Errorf("vouch status --json: %w", err)
	}
	return &st, nil
}

// waitState polls until the release reaches one of states, or times out.
func (r *run) waitState(id string, timeout time.Duration, states ...string) (*releaseState, error) {
	deadline := time.Now().Add(timeout)
	var last *releaseState
	for {
		st, err := r.status(id)
		if err == nil {
			last = st
			for _, s := range states {
				if st.State == s {
					return st, nil
				}
			}
		}
		if time.Now().After(deadline) || r.ctx.Err() != nil {
			if last != nil {
				return last, fmt.Errorf("release %s stayed %q (want %s) for %s", id, last.State, strings.Join(states, " or "), timeout)
			}
			return nil, fmt.Errorf("release %s: %v", id, err)
		}
		time.Sleep(time.Second)
	}
}

// proposedID takes the release id from `vouch propose --json`.
func proposedID(out string) (string, error) {
	i := strings.Index(out, "{")
	if i < 0 {
		return "", fmt.Errorf("no JSON in vouch propose output: %s", lastLine(out))
	}
	var st releaseState
	if err := json.NewDecoder(strings.NewReader(out[i:])).Decode(&st); err != nil || st.ID == "" {
		return "", fmt.Errorf("no release id in vouch propose output: %v", err)
	}
	return st.ID, nil
}
