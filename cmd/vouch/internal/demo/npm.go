package demo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/vouchpm/vouch/host/registry/verdaccio"
)

// npmEnv runs the real npm client against the demo's Verdaccio, with its own
// cache and user config so that nothing on the machine is touched.
type npmEnv struct {
	r       *run
	dir     string
	ownerPW string
	// token is alice's npm publish token: the one vouch will hold sealed, and
	// the one the attacker stole.
	token string
}

func newNPMEnv(r *run, reg *verdaccio.Registry) (*npmEnv, error) {
	dir := filepath.Join(r.opt.LogDir, "npm")
	if err := os.MkdirAll(filepath.Join(dir, "cache"), 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "ca.pem"), reg.CAPEM, 0o644); err != nil {
		return nil, err
	}
	e := &npmEnv{r: r, dir: dir, ownerPW: "alice-npm-password"}
	login, err := reg.NewUser("alice", e.ownerPW)
	if err != nil {
		return nil, err
	}
	if e.token, err = reg.NewToken(login, e.ownerPW, false); err != nil {
		return nil, err
	}
	return e, nil
}

// env is the environment npm runs with; token may be empty (read only).
func (e *npmEnv) env(token string) []string { return append(os.Environ(), e.vars(token)...) }

// vars are the npm settings alone.
func (e *npmEnv) vars(token string) []string {
	u, _ := url.Parse(e.r.registry.URL)
	rc := fmt.Sprintf("registry=%s/\ncafile=%s\n", e.r.registry.URL, filepath.Join(e.dir, "ca.pem"))
	if token != "" {
		rc += fmt.Sprintf("//%s/:_authToken=%s\n", u.Host, token)
	}
	rcPath := filepath.Join(e.dir, "npmrc-"+fmt.Sprint(len(token)))
	_ = os.WriteFile(rcPath, []byte(rc), 0o600)
	return []string{
		"npm_config_userconfig=" + rcPath,
		"npm_config_cache=" + filepath.Join(e.dir, "cache"),
		"npm_config_registry=" + e.r.registry.URL + "/",
		"npm_config_cafile=" + filepath.Join(e.dir, "ca.pem"),
		"npm_config_update_notifier=false", "npm_config_fund=false", "npm_config_audit=false",
	}
}

// npm runs npm in dir and returns its combined output.
func (e *npmEnv) npm(dir, token string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(e.r.ctx, "npm", args...)
	cmd.Dir = dir
	cmd.Env = e.env(token)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if err != nil {
		return out.Bytes(), fmt.Errorf("npm %v in %s: %w\n%s", args, dir, err, out.Bytes())
	}
	return out.Bytes(), nil
}

// writePackage writes a package folder with package.json and index.js.
func writePackage(dir, name, version, indexJS string, extra map[string]any) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	pj := map[string]any{"name": name, "version": version, "main": "index.js", "license": "MIT", "description": "vouch demo package"}
	for k, v := range extra {
		pj[k] = v
	}
	data, _ := json.MarshalIndent(pj, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "package.json"), data, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "index.js"), []byte(indexJS), 0o644)
}

// installedVersion reads node_modules/NAME/package.json in a project.
func installedVersion(project, name string) (string, []byte, error) {
	data, err := os.ReadFile(filepath.Join(project, "node_modules", name, "package.json"))
	if err != nil {
		return "", nil, err
	}
	var pj struct {
		Version string `json:"version"`
	}
	if err := json.Unmarshal(data, &pj); err != nil {
		return "", nil, err
	}
	index, _ := os.ReadFile(filepath.Join(project, "node_modules", name, "index.js"))
	return pj.Version, index, nil
}
