package sandbox

import (
	"net"
	"path"
	"regexp"
	"strconv"
	"strings"
)

// Event kinds.
const (
	KindRun       = "run"        // the step's own command
	KindExec      = "exec"       // a program the package started
	KindRead      = "read"       // a file opened for reading outside the package, the system and the project's modules
	KindWrite     = "write"      // a file created, changed, renamed, linked or removed outside the package and /tmp
	KindDecoyRead = "decoy-read" // a decoy credential file was opened
	KindConnect   = "connect"    // a socket connect or datagram to an address (the sink's DNS excepted)
	KindDNS       = "dns"        // a DNS query the sink answered
	KindSend      = "send"       // what the sink received on a TCP, TLS or HTTP connection
	KindExfil     = "exfiltration"
	KindEscape    = "escape" // ptrace, /proc of other processes, mount, namespaces, modules
	KindLimit     = "limit"  // a resource limit stopped the package
	KindKilled    = "killed" // a process died of a signal
)

// events turns one step's trace into normalised events. Only the step's own process
// tree counts: bubblewrap's set-up and the step wrapper are left out.
func events(calls []call, pkgDir string, ds []decoy, sk *sink) []Event {
	// First the process tree (a child's first lines can precede its parent's clone
	// line in the log): the step's command is the wrapper's first child, and the
	// package's processes are its descendants.
	wrapper, root := 0, 0
	children := map[int][]int{}
	for _, c := range calls {
		if wrapper == 0 && c.Name == "execve" && c.Err == "" && len(c.Args) > 1 {
			if argv := stringList(c.Args[1]); len(argv) > 1 && argv[1] == supportDir+"/run.sh" {
				wrapper = c.PID
			}
		}
		if isFork(c.Name) && c.Child > 0 {
			if c.PID == wrapper && root == 0 {
				root = c.Child
			}
			children[c.PID] = append(children[c.PID], c.Child)
		}
	}
	inTree := map[int]bool{}
	if root != 0 {
		stack := []int{root}
		for len(stack) > 0 {
			p := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if inTree[p] {
				continue
			}
			inTree[p] = true
			stack = append(stack, children[p]...)
		}
	}
	cmdline := map[int][]string{}
	first := map[int]bool{root: true}
	var out []Event
	add := func(kind, detail string) { out = append(out, Event{Kind: kind, Detail: clip(detail, 300)}) }
	norm := func(p string) string { return normPath(p, pkgDir) }
	for _, c := range calls {
		if !inTree[c.PID] {
			continue
		}
		switch c.Name {
		case "+++":
			switch c.Killed {
			case "SIGXCPU":
				add(KindLimit, "cpu time")
			case "SIGXFSZ":
				add(KindLimit, "file size")
			case "SIGKILL", "SIGTERM":
			default:
				add(KindKilled, c.Killed)
			}
		case "clone", "clone3", "fork", "vfork":
			if c.Child > 0 {
				cmdline[c.Child] = cmdline[c.PID]
			} else if c.Err == "EAGAIN" {
				add(KindLimit, "process count")
			}
		case "execve", "execveat":
			if c.Err != "" || len(c.Args) < 2 {
				continue
			}
			pi := 0
			if c.Name == "execveat" {
				pi = 1
			}
			p, _ := unquote(c.Args[pi])
			argv := stringList(c.Args[pi+1])
			cmdline[c.PID] = argv
			kind := KindExec
			if first[c.PID] {
				kind, first[c.PID] = KindRun, false
			}
			add(kind, norm(p)+argvText(argv, pkgDir))
		case "open", "openat", "openat2", "creat":
			pi := 0
			if c.Name == "openat" || c.Name == "openat2" {
				pi = 1
			}
			if len(c.Args) <= pi {
				continue
			}
			flags := ""
			if len(c.Args) > pi+1 {
				flags = c.Args[pi+1]
			}
			write := c.Name == "creat" || strings.Contains(flags, "O_WRONLY") || strings.Contains(flags, "O_RDWR") || strings.Contains(flags, "O_CREAT") || strings.Contains(flags, "O_TRUNC")
			p := fdPath(c.Ret)
			if p == "" {
				if c.Err == "" || c.Err == "ENOENT" && !write {
					continue
				}
				p = argPath(c, pi)
			}
			if p == "" {
				continue
			}
			if d := decoyAt(ds, p); d != "" && c.Err == "" && !write && !isNPM(cmdline[c.PID]) {
				add(KindDecoyRead, d+" "+norm(p))
				continue
			}
			if write {
				if !quietWrite(p, pkgDir) {
					add(KindWrite, writeDetail(norm(p), c.Err))
				}
			} else if !quietRead(p, pkgDir) {
				add(KindRead, reProcPID.ReplaceAllString(norm(p), "/proc/<pid>$1"))
			}
			if esc := procEscape(p); esc != "" {
				add(KindEscape, esc)
			}
		case "rename", "renameat", "renameat2", "link", "linkat", "symlink", "symlinkat", "unlink", "unlinkat", "rmdir", "mkdir", "mkdirat", "chmod", "fchmodat", "truncate":
			if (c.Name == "mkdir" || c.Name == "mkdirat") && c.Err == "EEXIST" {
				continue
			}
			for _, p := range changedPaths(c) {
				if !quietWrite(p, pkgDir) {
					add(KindWrite, c.Name+" "+writeDetail(norm(p), c.Err))
				}
			}
		case "connect", "sendto", "sendmsg":
			if d := sockDest(c, sk); d != "" {
				add(KindConnect, d)
			}
		case "ptrace", "process_vm_readv", "process_vm_writev", "mount", "umount2", "unshare", "setns", "chroot", "pivot_root", "bpf", "init_module", "finit_module":
			detail := c.Name
			if c.Name == "ptrace" && len(c.Args) > 0 {
				detail += " " + c.Args[0]
			}
			add(KindEscape, detail)
		case "kill", "tkill", "tgkill":
			if len(c.Args) > 0 && (c.Args[0] == "-1" || c.Args[0] == "1") {
				add(KindEscape, c.Name+" "+strings.Join(c.Args, " "))
			}
		}
	}
	return out
}

func isNPM(argv []string) bool {
	for _, a := range argv[:min(len(argv), 2)] {
		if strings.HasSuffix(a, "npm-cli.js") || path.Base(a) == "npm" {
			return true
		}
	}
	return false
}

func argvText(argv []string, pkgDir string) string {
	if len(argv) <= 1 {
		return ""
	}
	return " " + normText(commandLine(argv[1:]), pkgDir)
}

// normPath writes p relative to the sandbox's fixed places.
func normPath(p, pkgDir string) string {
	switch {
	case p == pkgDir || strings.HasPrefix(p, pkgDir+"/"):
		return "$PKG" + p[len(pkgDir):]
	case p == appDir || strings.HasPrefix(p, appDir+"/"):
		return "$APP" + p[len(appDir):]
	case p == homeDir || strings.HasPrefix(p, homeDir+"/"):
		return "~" + p[len(homeDir):]
	}
	return p
}

var reProcPID = regexp.MustCompile(`/proc/[0-9]+(/|$)`)

func normText(s, pkgDir string) string {
	s = strings.ReplaceAll(s, pkgDir, "$PKG")
	s = strings.ReplaceAll(s, appDir, "$APP")
	s = strings.ReplaceAll(s, homeDir, "~")
	return s
}

func under(p string, dirs ...string) bool {
	for _, d := range dirs {
		if p == d || strings.HasPrefix(p, strings.TrimSuffix(d, "/")+"/") {
			return true
		}
	}
	return false
}

// quietRead lists what any node program reads: the system, the project's modules, its
// own package, and /proc/self.
func quietRead(p, pkgDir string) bool {
	if under(p, "/usr", "/lib", "/lib64", "/bin", "/sbin", "/etc/ssl", "/etc/alternatives", "/sys", "/sandbox", "/tmp", pkgDir, appDir+"/node_modules", "/proc/self", "/proc/thread-self", "/dev/null", "/dev/urandom", "/dev/random", "/dev/tty", "/dev/pts", "/dev/zero") {
		return true
	}
	switch p {
	case "/", "/work", appDir, appDir + "/package.json", "/home", homeDir, "/etc/ld.so.cache", "/etc/localtime", "/etc/nsswitch.conf", "/etc/resolv.conf", "/etc/hosts", "/etc/host.conf", "/etc/gai.conf", "/etc/passwd", "/etc/group", "/proc/meminfo", "/proc/cpuinfo", "/proc/stat", "/proc/loadavg", "/proc/version", "/proc/filesystems", "/proc/mounts":
		return true
	}
	if reProcPID.MatchString(p) {
		switch path.Base(p) {
		case "maps", "stat", "status", "cgroup", "cmdline", "mountinfo", "limits", "statm":
			return true
		}
	}
	return false
}

// quietWrite: the package's own directory, /tmp and the character devices are its to write.
func quietWrite(p, pkgDir string) bool {
	if strings.HasPrefix(p, "/dev/shm/faketime_shm_") || strings.HasPrefix(p, "/dev/shm/sem.faketime_sem_") {
		return true // libfaketime's own state in the clock-forward pass
	}
	return under(p, pkgDir, "/tmp", "/dev/null", "/dev/tty", "/dev/pts", "/dev/stdout", "/dev/stderr", "/proc/self/fd", "/proc/thread-self")
}

func writeDetail(p, errno string) string {
	if errno != "" {
		return p + " (" + errno + ")"
	}
	return p
}

func argPath(c call, pi int) string {
	p, ok := unquote(c.Args[pi])
	if !ok || p == "" {
		return ""
	}
	if strings.HasPrefix(p, "/") {
		return path.Clean(p)
	}
	if pi > 0 {
		if dir := fdPath(c.Args[0]); strings.HasPrefix(dir, "/") {
			return path.Join(dir, p)
		}
	}
	return ""
}

// changedPaths returns the paths a rename, link, unlink, mkdir, chmod or truncate changes.
func changedPaths(c call) []string {
	at := func(dirArg, pathArg int) string {
		if pathArg >= len(c.Args) {
			return ""
		}
		p, ok := unquote(c.Args[pathArg])
		if !ok {
			return ""
		}
		if strings.HasPrefix(p, "/") {
			return path.Clean(p)
		}
		if dirArg >= 0 && dirArg < len(c.Args) {
			if dir := fdPath(c.Args[dirArg]); strings.HasPrefix(dir, "/") {
				return path.Join(dir, p)
			}
		}
		return ""
	}
	var out []string
	switch c.Name {
	case "rename", "link":
		out = []string{at(-1, 1)}
	case "renameat", "renameat2", "linkat":
		out = []string{at(2, 3)}
	case "symlink":
		out = []string{at(-1, 1)}
	case "symlinkat":
		out = []string{at(1, 2)}
	case "unlink", "rmdir", "mkdir", "chmod", "truncate":
		out = []string{at(-1, 0)}
	case "unlinkat", "mkdirat", "fchmodat":
		out = []string{at(0, 1)}
	}
	var keep []string
	for _, p := range out {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return keep
}

func decoyAt(ds []decoy, p string) string {
	for _, d := range ds {
		if d.Path != "" && d.Path == p {
			return d.Name
		}
	}
	return ""
}

// procEscape names opens of other processes' /proc entries that reach outside a process.
func procEscape(p string) string {
	if !strings.HasPrefix(p, "/proc/") || strings.HasPrefix(p, "/proc/self/") || strings.HasPrefix(p, "/proc/thread-self/") {
		if strings.HasPrefix(p, "/proc/self/") {
			switch path.Base(p) {
			case "mem", "root":
				return "/proc/self/" + path.Base(p)
			}
		}
		return ""
	}
	if p == "/proc/sysrq-trigger" || strings.HasPrefix(p, "/proc/sys/kernel/") && !strings.HasSuffix(p, "/ngroups_max") {
		return p
	}
	if reProcPID.MatchString(p) {
		switch path.Base(p) {
		case "mem", "root", "cwd", "exe":
			return reProcPID.ReplaceAllString(p, "/proc/<pid>$1")
		}
	}
	return ""
}

var (
	reInetPort = regexp.MustCompile(`sin6?_port=htons\((\d+)\)`)
	reInetAddr = regexp.MustCompile(`inet_addr\("([0-9.]+)"\)|inet_pton\(AF_INET6?, "([0-9a-fA-F:.]+)"`)
	reUnix     = regexp.MustCompile(`sun_path=(@?"(?:[^"\\]|\\.)*")`)
)

// sockDest returns "tcp-or-udp host:port" or "unix PATH" for a connect or addressed send;
// the sandbox resolver (127.0.0.1:53) is left out: the sink reports those queries.
func sockDest(c call, sk *sink) string {
	if len(c.Args) < 2 {
		return ""
	}
	addrArg := c.Args[1]
	if c.Name == "sendto" {
		if len(c.Args) < 5 || !strings.HasPrefix(c.Args[4], "{") {
			return ""
		}
		addrArg = c.Args[4]
	} else if c.Name == "sendmsg" {
		if !strings.Contains(addrArg, "msg_name={") {
			return ""
		}
	}
	if m := reUnix.FindStringSubmatch(addrArg); m != nil {
		p := strings.TrimPrefix(m[1], "@")
		s, _ := unquote(p)
		if strings.HasPrefix(s, "/var/run/nscd/") || strings.HasPrefix(s, "/run/nscd/") {
			return ""
		}
		return "unix " + s
	}
	pm, am := reInetPort.FindStringSubmatch(addrArg), reInetAddr.FindStringSubmatch(addrArg)
	if pm == nil || am == nil {
		return ""
	}
	host := am[1] + am[2]
	port, _ := strconv.Atoi(pm[1])
	ip := net.ParseIP(host)
	if ip == nil || port == 0 && c.Name == "connect" && strings.Contains(addrArg, "AF_UNSPEC") {
		return ""
	}
	if port == 53 && (host == "127.0.0.1" || host == "::1") {
		return ""
	}
	proto := "tcp"
	if strings.Contains(c.Args[0], "UDP") || c.Name != "connect" {
		proto = "udp"
	}
	if sk != nil {
		if n := sk.nameOf(ip); n != "" {
			host = n
		}
	}
	return proto + " " + net.JoinHostPort(host, strconv.Itoa(port))
}

// sinkEvents turns what the sink received into events, and checks it for honeytokens.
func sinkEvents(a attempt, ds []decoy) []Event {
	var out []Event
	switch a.Kind {
	case "dns":
		out = append(out, Event{Kind: KindDNS, Detail: clip(a.Name+" "+a.Line, 300)})
	default:
		d := a.Kind + " " + a.Dest
		if a.Name != "" && !strings.HasPrefix(a.Dest, a.Name+":") {
			d += " name=" + a.Name
		}
		if a.Line != "" {
			d += " " + a.Line
		}
		out = append(out, Event{Kind: KindSend, Detail: clip(d, 300)})
	}
	channel := a.Kind
	if a.Kind == "dns" {
		channel = "dns " + a.Name
	} else if a.Dest != "" {
		channel += " " + a.Dest
	}
	for _, f := range matchTokens(ds, a.Bytes, a.Kind == "dns") {
		out = append(out, Event{Kind: KindExfil, Detail: clip(f+" over "+channel, 300)})
	}
	if a.Name != "" && a.Kind != "dns" {
		for _, f := range matchTokens(ds, []byte(a.Name), true) {
			out = append(out, Event{Kind: KindExfil, Detail: clip(f+" in the host name "+a.Name, 300)})
		}
	}
	return out
}

// splitDNSExfil finds a token spread over several DNS queries: the first labels, and the
// longest labels, of the step's queries joined in order.
func splitDNSExfil(atts []attempt, ds []decoy) []Event {
	var firsts, longest strings.Builder
	n := 0
	for _, a := range atts {
		if a.Kind != "dns" {
			continue
		}
		n++
		labels := strings.Split(a.Name, ".")
		firsts.WriteString(labels[0])
		l := ""
		for _, x := range labels {
			if len(x) > len(l) {
				l = x
			}
		}
		longest.WriteString(l)
	}
	if n < 2 {
		return nil
	}
	var out []Event
	seen := map[string]bool{}
	for _, joined := range []string{firsts.String(), longest.String()} {
		for _, f := range matchTokens(ds, []byte(joined), true) {
			if !seen[f] {
				seen[f] = true
				out = append(out, Event{Kind: KindExfil, Detail: f + " over dns, split across " + strconv.Itoa(n) + " queries"})
			}
		}
	}
	return out
}

var (
	reUUID = regexp.MustCompile(`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`)
	reTime = regexp.MustCompile(`\d{4}-\d{2}-\d{2}T\d{2}[_:]\d{2}[_:]\d{2}(?:[_.:]\d+)?Z?`)
	reHex  = regexp.MustCompile(`[0-9a-f]{16,}`)
)

// stable takes out of an event what changes from run to run or version to version and
// says nothing about behaviour: UUIDs, timestamps, long hex runs (temporary names, cache
// keys), and the release's own version (a postinstall fetching its platform binary asks
// for @scope/pkg-linux-x64@<its version>).
func stable(detail, version string) string {
	detail = reUUID.ReplaceAllString(detail, "<uuid>")
	detail = reTime.ReplaceAllString(detail, "<time>")
	detail = reHex.ReplaceAllString(detail, "<hex>")
	if len(version) >= 3 {
		detail = strings.ReplaceAll(detail, version, "$VERSION")
	}
	return detail
}
