package heuristics

import (
	"regexp"

	"github.com/vouchpm/vouch/scorer/report"
)

// Severity of a finding; Severity.Penalty is what one rule at it takes off
// the heuristic score.
type Severity = report.Severity

// Severities, weakest first.
const (
	Info     = report.Info
	Low      = report.Low
	Medium   = report.Medium
	High     = report.High
	Critical = report.Critical
)

// Rule ids are stable: they appear in signed reports and in the corpus expectations.
const (
	RuleInstallScript       = "install-script"
	RuleInstallDownload     = "install-script-download"
	RuleNativeBuild         = "install-native-build"
	RuleChildProcess        = "child-process"
	RuleShellDownload       = "shell-download"
	RuleEval                = "dynamic-code"
	RuleNetwork             = "network"
	RuleRawIP               = "raw-ip"
	RuleExfilService        = "exfil-service"
	RuleEnvBulk             = "env-bulk-read"
	RuleEnvSecret           = "env-secret-read"
	RuleCredentialPath      = "credential-path"
	RuleObfuscatedNames     = "obfuscation-identifiers"
	RuleEscapeDensity       = "obfuscation-escapes"
	RuleBase64Blob          = "base64-blob"
	RuleCharCode            = "obfuscation-charcode"
	RuleDecodeExec          = "decode-and-execute"
	RuleMinifiedNew         = "minified-new-file"
	RuleBinaryDrop          = "binary-executable"
	RuleBinaryNew           = "binary-file"
	RulePrebuiltAddon       = "prebuilt-native-addon"
	RuleLoader              = "loader-hook"
	RuleNewDependency       = "new-dependency"
	RuleDependencyURL       = "dependency-url"
	RuleTyposquat           = "typosquat"
	RuleGeoGate             = "geo-locale-gate"
	RuleDestructive         = "destructive-fs"
	RuleGeoDestructive      = "geo-gated-destruction"
	RuleMiner               = "crypto-miner"
	RulePromptInjection     = "prompt-injection"
	RuleInstallTimePayload  = "install-time-payload"
	RuleCredentialExfil     = "credential-exfiltration"
	RulePackageJSONInvalid  = "package-json-invalid"
	RuleBundledDependencies = "bundled-dependency-code"
	RuleEncodedStrings      = "obfuscation-encoded-strings"
	RuleModuleTamper        = "module-tamper"
	RuleSplitName           = "obfuscation-split-name"
	// Reachability: a file that is not JavaScript by name, newly run by require,
	// import, or a package.json entry point.
	RuleRequireNonJS = "require-non-js"
	// Browser wallet drainers (chalk/debug, September 2025).
	RuleWalletHook      = "wallet-hook"
	RuleCryptoAddress   = "crypto-address-rewrite"
	RuleWalletDrainer   = "wallet-drainer"
	RuleNpmAccount      = "npm-account-use"
	RuleSecretScanner   = "secret-scanner"
	RuleRuntimeDownload = "runtime-download"
	RuleWorkflowWrite   = "ci-workflow-write"
	// Self-propagating worms (Shai-Hulud, September and November 2025).
	RuleWorm = "worm-propagation"
	// AI coding agents started without their permission checks (Nx s1ngularity, August 2025).
	RuleAIAgentAbuse = "ai-agent-unsafe"
)

// lineRule matches single added lines. Triggers are cheap substrings (lower case when
// Fold is set) that must occur before the regexp is run.
type lineRule struct {
	ID       string
	Severity Severity
	Triggers []string
	Re       *regexp.Regexp
	Fold     bool // match on the lower-cased line
	AnyFile  bool // also in docs and data files, not only in code
	InString bool // only when the match is not on a comment line
	// JoinedOnly rules run only on the view where adjacent string literals are joined
	// ('ev' + 'al' -> 'eval'), for names absent from the raw line (lineRules).
	JoinedOnly bool
}

var lineRules = []lineRule{
	{ID: RuleChildProcess, Severity: Medium, Triggers: []string{"child_process", "execSync", "spawn", "execFile", "shelljs", "execa"},
		Re: regexp.MustCompile(`child_process|\.(execSync|execFileSync|spawnSync)\(|\b(spawn|execFile)\(|require\(\s*['"](shelljs|execa|cross-spawn)['"]`)},
	{ID: RuleShellDownload, Severity: High, Triggers: []string{"curl", "wget", "powershell", "invoke-webrequest", "certutil", "bitsadmin", "chmod +x", "| sh", "|sh", "| bash", "/dev/tcp"}, Fold: true,
		Re: regexp.MustCompile(`\b(curl|wget)\b[^;\n]*(\bhttps?://|\|\s*(ba)?sh\b)|powershell[^;\n]*(downloadstring|downloadfile|invoke-webrequest|iwr|-enc)|certutil[^;\n]*-urlcache|bitsadmin[^;\n]*/transfer|chmod \+x [\w./$~-]|/dev/tcp/`)},
	{ID: RuleEval, Severity: Medium, Triggers: []string{"eval", "Function", "vm.", "runInThisContext", "runInNewContext", "vm\"", ".constructor.constructor", "data:"},
		Re: regexp.MustCompile(`(^|[^\w.$])eval\s*\(|\(\s*0\s*,\s*eval\s*\)|(globalThis|window|global|self)(\.eval\b|\[\s*['"]eval['"]\s*\])|\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"]|\.constructor\.constructor\b|\b(runInThisContext|runInNewContext|runInContext|compileFunction)\s*\(|new\s+vm\.Script\b|import\(\s*['"` + "`" + `]data:`)},
	{ID: RuleNetwork, Severity: Medium, Triggers: []string{"http", "net'", "net\"", "dns", "dgram", "tls", "fetch(", "WebSocket", "XMLHttpRequest", "sendBeacon"},
		Re: regexp.MustCompile(`require\(\s*['"](node:)?(http|https|net|dns|dgram|tls|http2)['"]\s*\)|from\s+['"](node:)?(http|https|net|dns|dgram|tls|http2)['"]|(^|[^\w.])fetch\(\s*['"` + "`" + `]https?://|new\s+WebSocket\(|new\s+XMLHttpRequest\(|navigator\.sendBeacon\(`)},
	{ID: RuleRawIP, Severity: High, InString: true, // pre-checked by hasDottedQuad
		Re: regexp.MustCompile(`['"` + "`" + `/@](\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(:\d{2,5})?[/'"` + "`" + `]`)},
	{ID: RuleExfilService, Severity: High, Triggers: []string{"webhook", "pastebin", "ngrok", "requestbin", "pipedream", "burpcollaborator", "interact.sh", "oast.", "api.telegram.org", "transfer.sh", "canarytokens", "dnslog"}, Fold: true,
		Re: regexp.MustCompile(`discord(app)?\.com/api/webhooks|webhook\.site|hooks\.slack\.com|pastebin\.com|ngrok\.(io|app)|requestbin\.(com|net)|pipedream\.net|burpcollaborator\.net|interact\.sh|oast\.(fun|me|pro|live|site|online)|api\.telegram\.org/bot|transfer\.sh|canarytokens|dnslog\.cn`)},
	{ID: RuleEnvBulk, Severity: High, Triggers: []string{"process.env", "os.environ", "printenv"},
		Re: regexp.MustCompile(`(JSON\.stringify|Object\.(keys|values|entries|assign))\(\s*process\.env\s*[,)]|\.\.\.\s*process\.env\b|for\s*\(\s*(const|let|var)?\s*\w+\s+in\s+process\.env\b|\bprintenv\b|os\.environ\b`)},
	{ID: RuleEnvSecret, Severity: Medium, Triggers: []string{"TOKEN", "SECRET", "PASSWORD", "KEY", "npm_config"},
		Re: regexp.MustCompile(`process\.env(\.|\[\s*['"])(NPM_TOKEN|NODE_AUTH_TOKEN|GITHUB_TOKEN|GH_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_ACCESS_KEY_ID|AWS_SESSION_TOKEN|AZURE_CLIENT_SECRET|GOOGLE_APPLICATION_CREDENTIALS|CI_JOB_TOKEN|SLACK_TOKEN|DISCORD_TOKEN|npm_config__auth\w*|\w*PRIVATE_KEY|\w*API_KEY|\w*PASSWORD)\b`)},
	{ID: RuleCredentialPath, Severity: High, Triggers: []string{".npmrc", ".ssh", "id_rsa", "id_ed25519", ".aws", "credentials", ".docker", ".git-credentials", "login data", "local storage", "wallet", "exodus", "metamask", "electrum", "keychain", ".kube", "/etc/passwd", "/etc/shadow", ".bash_history", "nkbihfbeogaeaoehlefnkodbefgpgknn", "cookies", ".gnupg", "solana", "keystore", "gcloud", ".config/gh", ".azure", "accesstokens", "application_default", ".netrc", ".pgpass", ".terraform.d"}, Fold: true,
		Re: regexp.MustCompile(`\.npmrc|\.ssh[/\\'"]|id_rsa|id_ed25519|\.aws[/\\'"]|aws[/\\]credentials|\.docker[/\\]config\.json|\.git-credentials|login data|local storage[/\\]leveldb|wallet\.dat|exodus[/\\]|metamask|electrum[/\\]wallets|login\.keychain|\.kube[/\\]config|/etc/(passwd|shadow)|\.bash_history|nkbihfbeogaeaoehlefnkodbefgpgknn|[/\\]cookies(\.sqlite)?['"]|\.gnupg|solana[/\\]id\.json|ethereum[/\\]keystore|\.config[/\\](gcloud|gh)[/\\]|application_default_credentials|\.azure[/\\]|accesstokens\.json|\.netrc|\.pgpass|\.terraform\.d[/\\]credentials`)},
	{ID: RuleSplitName, Severity: High, Triggers: []string{"+"}, JoinedOnly: true,
		Re: regexp.MustCompile(`['"` + "`" + `](eval|Function|child_process|execSync|exec|spawn|require|constructor|process|https?|fromCharCode)['"` + "`" + `]`)},
	{ID: RuleRawIP, Severity: High, Triggers: []string{".join("},
		Re: regexp.MustCompile(`\[\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\]\.join\(\s*['"]\.['"]\s*\)`)},
	{ID: RuleCharCode, Severity: Medium, Triggers: []string{"fromCharCode"},
		Re: regexp.MustCompile(`fromCharCode\(\s*(\d+\s*,\s*){8,}|fromCharCode\([^)]*\^`)},
	{ID: RuleLoader, Severity: High, Triggers: []string{"_compile", "require.extensions", "_load", "Module.prototype", "NODE_OPTIONS", ".bashrc", ".zshrc", ".profile", "crontab", "LaunchAgents", "systemd", "module.constructor", "autostart", "CurrentVersion\\\\Run", "CurrentVersion\\Run"},
		Re: regexp.MustCompile(`\._compile\(|require\.extensions\[|Module\._load\b|Module\.prototype\.(require|_compile)|NODE_OPTIONS|\.(bashrc|zshrc|bash_profile|profile)\b|\bcrontab\b|LaunchAgents|/etc/systemd/|new\s*\(?\s*module\.constructor|\.config/autostart|CurrentVersion\\+Run`)},
	{ID: RuleGeoGate, Severity: Medium, Triggers: []string{"europe/", "timezone", "geoip", "ipapi", "ip-api", "ipinfo", "ipgeolocation", "navigator.language", "process.env.lang", "lc_all", "country", "russia", "belarus", "ru_ru", "be_by", "ru-ru", "be-by"}, Fold: true,
		Re: regexp.MustCompile(`\b(timezone|tz)\s*(===?|!==?)\s*['"]\w+/\w+['"]|europe/(moscow|minsk|kiev|kyiv)|\b(russia|belarus)\b|\b(ru|be)[_-](ru|by)\b|geoip|ipapi\.co|ip-api\.com|ipinfo\.io|ipgeolocation|navigator\.language|process\.env\.(lang|lc_all|lc_messages)\b|country(_?code|name)?['"]?\s*(===?|!==?)\s*['"]|['"](ru|by|ir|kp)['"]\s*(===?|!==?|\))`)},
	{ID: RuleDestructive, Severity: Low, Triggers: []string{"rmSync", "rmdirSync", "unlinkSync", "rimraf", "rm -rf", "del /", "format c:", "writeFileSync", "rm(", "rmdir(", "unlink("},
		Re: regexp.MustCompile(`\b(rmSync|rmdirSync|rm|rmdir)\([^;]{0,160}recursive|rm\s+-rf\s+[~/$]|del\s+/[fsq]|format\s+c:|\brimraf(\.sync)?\(\s*['"` + "`" + `]?(/|~|\$HOME|os\.homedir|process\.env\.HOME)|unlinkSync\([^)]*(homedir|HOME|\.\.)|writeFileSync\([^,]*,\s*['"]\\?(\x{2764}|u2764|❤)`)},
	{ID: RuleMiner, Severity: Critical, Triggers: []string{"stratum", "xmrig", "cryptonight", "coinhive", "minexmr", "nanopool", "monero", "supportxmr", "hashvault", "randomx", "nicehash", "jsecoin", "cryptoloot"}, Fold: true, AnyFile: true,
		Re: regexp.MustCompile(`stratum\+(tcp|ssl)://|xmrig|cryptonight|coinhive|minexmr|nanopool\.org|supportxmr|hashvault\.pro|\brandomx\b|nicehash|jsecoin|cryptoloot|\bmonero\b.*\b(pool|wallet|mine)`)},
	{ID: RulePromptInjection, Severity: Critical, Triggers: []string{"ignore", "disregard", "score", "system prompt", "assistant", "you are", "instruction", "language model", "ai model", "reviewer", "forget"}, Fold: true, AnyFile: true,
		Re: regexp.MustCompile(`(ignore|disregard|forget)\s+(all\s+|any\s+)?(the\s+)?(previous|prior|above|earlier|preceding)\s+(instructions|prompts?|rules|context)|("?score"?\s*[:=]\s*"?(100|99|9\d)\b[^;{}\n]*(safe|trust|benign|approve))|((ai|language model|llm|reviewer|scanner|assistant)[^;\n]{0,40}(must|should|will)\s+(rate|score|mark|classify|report)[^;\n]{0,40}(safe|benign|100|trust))|(this (code|package|file|change) is (completely |totally |100% )?safe[^;\n]{0,40}(ai|model|scanner|reviewer|analy))|\bsystem prompt\b|(new|updated) instructions\s*:|you are (now )?an? (helpful|security|ai|code review)|respond (only )?with\s*\{?\s*"?score`)},
	{ID: RuleWalletHook, Severity: Medium, Triggers: []string{"fetch", "xmlhttprequest", "ethereum"}, Fold: true,
		Re: regexp.MustCompile(`(window|globalthis|self|global)\.fetch\s*=[^=>]|xmlhttprequest\.prototype\.(send|open|setrequestheader)\s*=[^=]|ethereum\.(request|send|sendasync|enable)\s*=[^=]|defineproperty\(\s*(window|globalthis)\s*,\s*['"](ethereum|fetch)['"]|new\s+proxy\(\s*(window\.)?ethereum`)},
	// the same hook through a computed name: const h = 'fetch'; window[h] = ...
	{ID: RuleWalletHook, Severity: Medium, Triggers: []string{"'fetch'", `"fetch"`, "'ethereum'", `"ethereum"`, "'xmlhttprequest'", `"xmlhttprequest"`}, Fold: true,
		Re: regexp.MustCompile(`(window|globalthis|self)\[\s*[\w$]+\s*\]\s*=[^=]`)},
	// crypto-address patterns, and hard-coded 0x addresses (hasAddressLiteral)
	{ID: RuleCryptoAddress, Severity: Low, Triggers: []string{"{40}", "a-km-z", "1-9a-hj-np", "(bc1|", "params[0].to", "'0x", `"0x`}, Fold: true,
		Re: regexp.MustCompile(`0x\[(a-fa-f0-9|0-9a-fa-f|a-f0-9|0-9a-f)\]\{40\}|\[(a-km-za-hj-np-z1-9|1-9a-hj-np-za-km-z)\]|\(bc1\|\[13\]\)|params\[0\]\.to\s*=[^=]|['"]0x[0-9a-f]`)},
	{ID: RuleNpmAccount, Severity: Medium, Triggers: []string{"npm ", "whoami", "maintainer:", "/-/npm/v1/tokens", "collaborators"}, InString: true,
		Re: regexp.MustCompile(`\bnpm\s+(publish|whoami|token\s+(list|create)|owner\s+(ls|add)|adduser|login|access\s+(ls|list|grant))\b|/-/whoami\b|/-/v1/search\?[^'"]*maintainer:|text=maintainer:|/-/npm/v1/tokens|/-/package/[^'"\s]*/collaborators`)},
	{ID: RuleSecretScanner, Severity: High, Triggers: []string{"trufflehog", "gitleaks", "noseyparker", "detect-secrets"}, Fold: true,
		Re: regexp.MustCompile(`trufflehog|gitleaks|noseyparker|detect-secrets`)},
	{ID: RuleRuntimeDownload, Severity: High, Triggers: []string{"bun", "deno.land"}, Fold: true,
		Re: regexp.MustCompile(`bun\.sh/install|oven-sh/bun/releases|deno\.land/(x/)?install|setup_bun\.js|bun_environment\.js`)},
	{ID: RuleWorkflowWrite, Severity: High, Triggers: []string{".github"}, InString: true,
		Re: regexp.MustCompile(`\.github[/\\]+workflows`)},
	{ID: RuleAIAgentAbuse, Severity: High, Triggers: []string{"--dangerously", "--yolo", "--trust-all-tools", "--full-auto", "--approval-mode", "--allow-all-tools", "bypasspermissions"}, Fold: true,
		Re: regexp.MustCompile(`--dangerously-skip-permissions|--dangerously-bypass-approvals-and-sandbox|--yolo\b|--trust-all-tools|--full-auto\b|--approval-mode[= '"]+yolo|--allow-all-tools|bypasspermissions`)},
}

var (
	reObfName = regexp.MustCompile(`\b_0x[0-9a-fA-F]{3,6}\b`)
	reEscape  = regexp.MustCompile(`\\x[0-9a-fA-F]{2}|\\u00[0-7][0-9a-fA-F]|\\u\{[0-7]?[0-9a-fA-F]\}`)
	reBase64  = regexp.MustCompile(`[A-Za-z0-9+/]{300,}={0,2}`)
	// reDecode: a decoder, however spelled: base64/hex buffers, atob, ciphers, char
	// codes, unescape, reversed or joined string fragments, inflation, data URLs.
	reDecode = regexp.MustCompile(`Buffer\.from\([^;]*?['"](base64|hex|base64url)['"]|(^|[^\w.$])atob\(|createDecipher(iv)?\(|fromCharCode|(^|[^\w.$])unescape\(|decodeURIComponent\(\s*['"]%|\]\.join\(\s*(''|""|` + "``" + `)\s*\)|\.reverse\(\)\.join\(|(inflate|inflateRaw|gunzip|brotliDecompress)Sync\(|data:[\w/+.-]*;base64,`)
	// reExecSink: an executor: eval direct or indirect, Function however reached, vm,
	// module compilation, import() of a data URL, child processes.
	reExecSink = regexp.MustCompile(`(^|[^\w.$])eval\s*\(|\(\s*0\s*,\s*eval\s*\)|(globalThis|window|global|self)(\.eval\b|\[\s*['"]eval['"]\s*\])|new\s+Function\s*\(|(^|[^\w.$])Function\s*\(|\.constructor\.constructor\b|\._compile\(|runInThisContext|runInNewContext|runInContext\(|compileFunction\(|vm\.Script\b|import\(\s*['"` + "`" + `]data:|child_process|(^|[^\w.$])exec(Sync)?\(|(^|[^\w.$])execFile(Sync)?\(|(^|[^\w.$])spawn(Sync)?\(|module\.constructor`)
	// reEncoded finds string literals decoded in place: Buffer.from("…", "base64"|"hex") and atob("…").
	reEncoded = regexp.MustCompile(`(?:Buffer\.from|(?:^|[^\w.$])atob)\(\s*["'` + "`" + `]([A-Za-z0-9+/=]{4,})["'` + "`" + `]\s*(?:,\s*["'](base64|hex)["'])?`)
	reLoader  = regexp.MustCompile(`\._compile\b|require\.extensions\[|Module\._load\b|Module\.prototype\.(require|_compile)`)
)
