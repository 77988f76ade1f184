package sandbox

import (
	"bufio"
	"bytes"
	"io"
	"strconv"
	"strings"
)

// call is one completed system call from a `strace -f -y --pidns-translation` log.
type call struct {
	PID     int
	Name    string   // syscall name
	Args    []string // top-level arguments, raw strace text
	Ret     string   // return value text ("0", "-1", "3</path>", "?")
	Err     string   // errno name ("ENOENT") when the call failed
	Child   int      // for clone/fork/vfork: the child's pid in strace's namespace
	Killed  string   // "+++ killed by SIG +++" lines: the signal; Name is "+++"
	Resumed bool
}

// maxLine bounds one strace line; longer lines (argv of a thousand arguments) are cut.
const maxLine = 64 << 10

// parseStrace reads a strace log and returns its completed calls in order. It never
// fails on hostile text (file names, argv and paths are package-controlled): lines it
// cannot read are skipped.
func parseStrace(r io.Reader) []call {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	sc.Split(scanLinesCut)
	pending := map[int]string{} // pid -> text of an unfinished call
	var out []call
	for sc.Scan() {
		line := sc.Text()
		pid, rest, ok := cutPID(line)
		if !ok {
			continue
		}
		switch {
		case strings.HasPrefix(rest, "+++ killed by "):
			sig, _, _ := strings.Cut(strings.TrimPrefix(rest, "+++ killed by "), " ")
			out = append(out, call{PID: pid, Name: "+++", Killed: sig})
			continue
		case strings.HasPrefix(rest, "+++") || strings.HasPrefix(rest, "---"):
			continue
		case strings.HasPrefix(rest, "<... "):
			// "<... openat resumed>rest"
			i := strings.Index(rest, " resumed>")
			if i < 0 {
				continue
			}
			head, ok := pending[pid]
			if !ok {
				continue
			}
			delete(pending, pid)
			rest = head + strings.TrimPrefix(rest[i+len(" resumed>"):], " ")
		}
		if strings.HasSuffix(rest, " <unfinished ...>") {
			pending[pid] = strings.TrimSuffix(rest, " <unfinished ...>")
			continue
		}
		if c, ok := parseCall(pid, rest); ok {
			out = append(out, c)
		}
	}
	return out
}

// scanLinesCut is bufio.ScanLines that cuts over-long lines instead of failing.
func scanLinesCut(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, data[:i], nil
	}
	if len(data) >= maxLine-1 {
		return len(data), data, nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func cutPID(line string) (int, string, bool) {
	sp := strings.IndexByte(line, ' ')
	if sp <= 0 {
		return 0, "", false
	}
	pid, err := strconv.Atoi(line[:sp])
	if err != nil || pid <= 0 {
		return 0, "", false
	}
	return pid, strings.TrimLeft(line[sp:], " "), true
}

// parseCall reads "name(args) = ret [ERR (text)] [/* N in strace's PID NS */]".
func parseCall(pid int, s string) (call, bool) {
	open := strings.IndexByte(s, '(')
	if open <= 0 {
		return call{}, false
	}
	c := call{PID: pid, Name: s[:open]}
	for _, r := range c.Name {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return call{}, false
		}
	}
	args, end, ok := splitArgs(s, open+1)
	if !ok {
		return call{}, false
	}
	c.Args = args
	tail := strings.TrimSpace(s[end:])
	eq := strings.Index(tail, "= ")
	if eq < 0 {
		return call{}, false
	}
	ret := tail[eq+2:]
	// The return value may carry a -y path ("3</a b>"): read it as a unit.
	r, after := cutRet(ret)
	c.Ret = r
	after = strings.TrimSpace(after)
	if strings.HasPrefix(after, "E") {
		c.Err, _, _ = strings.Cut(after, " ")
	}
	if i := strings.Index(after, "/* "); i >= 0 && strings.Contains(after, " in strace's PID NS */") {
		n, _, _ := strings.Cut(after[i+3:], " ")
		c.Child, _ = strconv.Atoi(n)
	} else if isFork(c.Name) && c.Err == "" {
		c.Child, _ = strconv.Atoi(c.Ret)
	}
	return c, true
}

func isFork(name string) bool {
	return name == "clone" || name == "clone3" || name == "fork" || name == "vfork"
}

// cutRet splits the return value ("3</path with > in it>" or "-1") from what follows.
func cutRet(s string) (string, string) {
	i := 0
	for i < len(s) && (s[i] == '-' || s[i] == '?' || s[i] >= '0' && s[i] <= '9' || s[i] == 'x' || s[i] >= 'a' && s[i] <= 'f') {
		i++
	}
	if i < len(s) && s[i] == '<' {
		if j := matchAngle(s, i); j > 0 {
			return s[:j], s[j:]
		}
		return s, ""
	}
	return s[:i], s[i:]
}

// matchAngle returns the index after the '>' closing the '<' at i, or -1. strace escapes
// '>' inside -y paths? It does not, so the outermost closing '>' followed by a space or
// the end is taken.
func matchAngle(s string, i int) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '<':
			depth++
		case '>':
			depth--
			if depth == 0 && (j+1 == len(s) || s[j+1] == ' ' || s[j+1] == ',' || s[j+1] == ')') {
				return j + 1
			}
		}
	}
	return -1
}

// splitArgs splits the argument list starting at s[i] (after '(') at top-level commas,
// honouring strace's quoted strings and nested (), [], {}, <>; it returns the arguments
// and the index after the closing ')'.
func splitArgs(s string, i int) ([]string, int, bool) {
	var args []string
	depth := 0
	start := i
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '"':
			k := j + 1
			for k < len(s) && s[k] != '"' {
				if s[k] == '\\' {
					k++
				}
				k++
			}
			if k >= len(s) {
				return nil, 0, false
			}
			j = k
		case '(', '[', '{':
			depth++
		case ']', '}':
			depth--
		case '<':
			// -y decorations "3</path>": skip to the matching '>'
			if k := matchAngle(s, j); k > 0 {
				j = k - 1
			}
		case ')':
			if depth == 0 {
				if a := strings.TrimSpace(s[start:j]); a != "" || len(args) > 0 {
					args = append(args, a)
				}
				return args, j + 1, true
			}
			depth--
		case ',':
			if depth == 0 {
				args = append(args, strings.TrimSpace(s[start:j]))
				start = j + 1
			}
		}
	}
	return nil, 0, false
}

// unquote decodes one strace string argument ("..." with C escapes, maybe followed by
// "..." when truncated). ok is false when a is not a string.
func unquote(a string) (string, bool) {
	if len(a) < 2 || a[0] != '"' {
		return "", false
	}
	var b strings.Builder
	for i := 1; i < len(a); i++ {
		ch := a[i]
		if ch == '"' {
			return b.String(), true
		}
		if ch != '\\' || i+1 >= len(a) {
			b.WriteByte(ch)
			continue
		}
		i++
		switch e := a[i]; e {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'v':
			b.WriteByte('\v')
		case 'f':
			b.WriteByte('\f')
		case 'x':
			if i+2 < len(a) {
				if v, err := strconv.ParseUint(a[i+1:i+3], 16, 8); err == nil {
					b.WriteByte(byte(v))
					i += 2
					continue
				}
			}
			b.WriteByte('x')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i
			for j < len(a) && j < i+3 && a[j] >= '0' && a[j] <= '7' {
				j++
			}
			v, _ := strconv.ParseUint(a[i:j], 8, 8)
			b.WriteByte(byte(v))
			i = j - 1
		default:
			b.WriteByte(e)
		}
	}
	return b.String(), false
}

// fdPath returns the path strace -y printed for an fd ("3</a/b>" gives "/a/b").
func fdPath(a string) string {
	i := strings.IndexByte(a, '<')
	if i < 0 || !strings.HasSuffix(a, ">") {
		return ""
	}
	return a[i+1 : len(a)-1]
}

// stringList decodes an argv array (["a", "b", ...]).
func stringList(a string) []string {
	if len(a) < 2 || a[0] != '[' {
		return nil
	}
	inner, _, ok := splitArgs(a[1:len(a)-1]+")", 0)
	if !ok {
		return nil
	}
	var out []string
	for _, x := range inner {
		if s, ok := unquote(x); ok {
			out = append(out, s)
		} else if x == "..." {
			out = append(out, "...")
		}
	}
	return out
}
