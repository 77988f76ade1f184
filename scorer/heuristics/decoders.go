// Decoded views of a line: what escapes, encodings and split literals hide.

package heuristics

import (
	"encoding/base64"
	"encoding/hex"
	"github.com/vouchpm/vouch/scorer/diff"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// reJoin removes the quote-plus-quote junction of adjacent string literals.
var reJoin = regexp.MustCompile(`(['"` + "`" + `])\s*\+\s*(['"` + "`" + `])`)

// decodedViews returns the line with its ASCII escapes resolved, and the decoded text of
// base64/hex string literals it decodes in place, so rules see what obfuscation hides.
func decodedViews(line string) []string {
	var out []string
	if strings.Contains(line, `\x`) || strings.Contains(line, `\u`) {
		if un := reEscape.ReplaceAllStringFunc(line, unescapeOne); un != line {
			out = append(out, un)
		}
	}
	if strings.Contains(line, "Buffer.from") || strings.Contains(line, "atob(") {
		var parts []string
		for _, m := range reEncoded.FindAllStringSubmatch(line, 64) {
			var dec []byte
			var err error
			if m[2] == "hex" {
				dec, err = hex.DecodeString(m[1])
			} else {
				dec, err = base64.StdEncoding.DecodeString(m[1])
			}
			if err == nil && utf8.Valid(dec) && printable(dec) {
				parts = append(parts, string(dec))
			}
		}
		if len(parts) > 0 {
			out = append(out, strings.Join(parts, " "))
		}
	}
	return out
}

func unescapeOne(esc string) string {
	h := strings.Trim(esc[2:], "{}")
	n, err := strconv.ParseUint(h, 16, 8)
	if err != nil {
		return esc
	}
	return string(rune(n))
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func printable(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
			return false
		}
	}
	return true
}

// decodedData decodes a data file that code reads and executes: its added lines joined
// as one base64 (or hex) text. It returns the decoded lines, or nothing when the data
// does not decode to printable text (plain text is scanned as it is).
func decodedData(added []diff.Line) []string {
	var b strings.Builder
	for _, ln := range added {
		b.WriteString(strings.TrimSpace(ln.Text))
		if b.Len() > 4<<20 {
			return nil
		}
	}
	s := b.String()
	var dec []byte
	var err error
	if len(s)%2 == 0 && reHexOnly.MatchString(s) {
		dec, err = hex.DecodeString(s)
	} else {
		s = strings.TrimRight(s, "=")
		if dec, err = base64.RawStdEncoding.DecodeString(s); err != nil {
			dec, err = base64.RawURLEncoding.DecodeString(s)
		}
	}
	if err != nil || len(dec) == 0 || !utf8.Valid(dec) || !printable(dec) {
		return nil
	}
	return strings.Split(string(dec), "\n")
}

var reHexOnly = regexp.MustCompile(`^[0-9a-fA-F]+$`)
