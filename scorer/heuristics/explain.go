// What each rule means and what a reviewer should check, shown beside a finding's file
// and line by `vouch approve` and `vouch score`.

package heuristics

// explanations is keyed by rule id. Every rule has one (TestEveryRuleExplained).
var explanations = map[string]string{
	RuleInstallScript:       "npm runs this script on every install, before anyone reads the code. Check what it runs and whether the package needs it.",
	RuleInstallDownload:     "An install script fetches or evaluates code from the network: what it runs is not in the tarball you review. Refuse unless it is a known prebuilt-binary installer with a pinned checksum.",
	RuleNativeBuild:         "binding.gyp makes npm build native code at install. Check the .gyp actions and sources: they run with the installer's rights.",
	RuleChildProcess:        "The code starts processes. Check the command lines, and that no input from the network or environment reaches them.",
	RuleShellDownload:       "A command downloads and runs something (curl|sh, PowerShell download, chmod +x). Find the URL and what is executed.",
	RuleEval:                "Code is built and run at run time (eval, Function, vm, data: import). Find where the string comes from; a constant is fine, data is not.",
	RuleNetwork:             "The code opens network connections. Check the destinations and what is sent, especially at install or require time.",
	RuleRawIP:               "A hard-coded public IP address: legitimate services use names. Check what is sent there.",
	RuleExfilService:        "A paste, webhook, tunnel or OAST service: where stolen data is usually posted. Check what is sent.",
	RuleEnvBulk:             "The whole environment is read or serialized: CI secrets and tokens live there. Check where it goes.",
	RuleEnvSecret:           "A named secret (npm, GitHub, cloud token) is read from the environment. Check that the package needs it and where it goes.",
	RuleCredentialPath:      "A credential store is read (~/.npmrc, SSH keys, cloud credentials, browser or wallet data). Almost no library needs this.",
	RuleObfuscatedNames:     "javascript-obfuscator style _0x names: code written not to be read. Ask why a readable package ships it.",
	RuleEscapeDensity:       "Strings written as \\x/\\u escapes hide what they say; the finding's decoded view shows it.",
	RuleBase64Blob:          "A long base64 blob in code: often an encoded payload. Decode it and check what it contains.",
	RuleCharCode:            "Strings rebuilt from character codes hide what they say. Decode them.",
	RuleDecodeExec:          "Decoded data (base64, hex, char codes, escapes, joined fragments, a data file) reaches an executor (eval, Function, vm, module._compile, import(), child_process): the classic shape of a hidden payload. Decode the input and read it before approving.",
	RuleMinifiedNew:         "Minified code appears in a package that shipped none: nobody can review it. Ask for the source and a reproducible build.",
	RuleBinaryDrop:          "A native executable ships in the tarball. Check it matches a reproducible build from source.",
	RulePrebuiltAddon:       "Prebuilt native addons (prebuilds/<platform>-<arch>/*.node) ship in the tarball: native code nobody can read. Check they come from the project's release CI (provenance) and match a rebuild.",
	RuleBinaryNew:           "A binary file was added. Check what it is and whether anything loads it.",
	RuleLoader:              "Code hooks module loading or persists itself (NODE_OPTIONS, shell rc files, cron, autostart, .pth): it will run in other programs. Refuse unless that is the package's purpose.",
	RuleNewDependency:       "A new dependency: its code runs too. Check its name, owner and age.",
	RuleDependencyURL:       "A dependency comes from a URL or git ref, outside the registry's integrity checks. Pin it to a registry version.",
	RuleTyposquat:           "A new dependency whose name imitates a popular package: the usual typosquat trap. Check the exact name.",
	RuleGeoGate:             "Behaviour depends on the machine's country, locale or time zone: how protestware targets its victims.",
	RuleDestructive:         "Files are deleted or overwritten recursively. Check the paths: home and root directories are never a library's business.",
	RuleGeoDestructive:      "Destruction gated on location (node-ipc 2022): refuse.",
	RuleMiner:               "Crypto-mining pool or miner names. Refuse unless this is a mining package.",
	RulePromptInjection:     "Text addresses the model or a reviewer and asks for a verdict: an attempt to steer the score. Read the surrounding change with extra care.",
	RuleInstallTimePayload:  "An install script together with risky code: it runs on every machine that installs the package. Refuse unless every part is accounted for.",
	RuleCredentialExfil:     "Credentials are read and a network sink is present: the shape of a credential stealer. Refuse unless both are explained.",
	RulePackageJSONInvalid:  "package.json does not parse, so tools may read it differently than npm. Refuse.",
	RuleBundledDependencies: "Code ships under node_modules/: it bypasses the dependency tree and its integrity checks. Check what it is.",
	RuleEncodedStrings:      "Many string literals decoded in place: strings hidden from review. Decode them.",
	RuleModuleTamper:        "A module loader hook rewrites another package's code. Refuse.",
	RuleSplitName:           "A sensitive name (eval, child_process, require) only appears once string fragments are joined: written to evade scanners.",
	RuleRequireNonJS:        "A file that is not JavaScript by its name (.d.ts, .map, .md, data) is required, imported or named as main/bin/exports: Node runs it as JavaScript whatever its extension. Read that file as code.",
	RuleWalletHook:          "window.fetch, XMLHttpRequest or window.ethereum is replaced: every page using the package routes its traffic or wallet calls through this code. Check why, and what it changes.",
	RuleCryptoAddress:       "Crypto-address patterns or hard-coded addresses: with a network or wallet hook, the mark of an address-swapping drainer.",
	RuleWalletDrainer:       "Browser traffic or wallet calls are intercepted and crypto addresses rewritten (the chalk/debug compromise, September 2025). Refuse and revoke the publishing credentials.",
	RuleNpmAccount:          "The code uses npm credentials (npm whoami/publish/token, /-/whoami, search by maintainer): a package has no business publishing at run or install time.",
	RuleSecretScanner:       "A secret scanner (TruffleHog, gitleaks) is fetched or run: Shai-Hulud used it to harvest every token on the machine.",
	RuleRuntimeDownload:     "Another JavaScript runtime (Bun, Deno) is installed at run or install time, to run code outside Node's view (Shai-Hulud 2.0).",
	RuleWorkflowWrite:       "The code writes GitHub Actions workflows: a way to steal repository secrets or persist in CI. Refuse.",
	RuleWorm:                "Self-propagation: npm credentials, secret scanning, runtime downloads or CI workflow writes, at install time (Shai-Hulud, 2025). Refuse and rotate npm and GitHub tokens.",
	RuleAIAgentAbuse:        "An AI coding agent is started with its permission checks off (claude --dangerously-skip-permissions, gemini --yolo, q --trust-all-tools): it can read and send anything (Nx s1ngularity, August 2025). Refuse.",
}

// Explain returns what a finding of rule means and what to check, or "" for an
// unknown rule.
func Explain(rule string) string { return explanations[rule] }
