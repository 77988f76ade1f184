// IPv4 helpers of the raw-ip rule.

package heuristics

import (
	"strings"
)

// hasDottedQuad is a cheap pre-check for the raw-IP rule: digit '.' digit ... three dots.
func hasDottedQuad(s string) bool {
	dots, run := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			run = true
		case c == '.' && run:
			dots++
			run = false
			if dots == 3 {
				return true
			}
		default:
			dots, run = 0, false
		}
	}
	return false
}

func publicIPv4(s string) bool {
	var o [4]int
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return false
	}
	for i, p := range parts {
		n := 0
		for _, ch := range p {
			n = n*10 + int(ch-'0')
		}
		if n > 255 || (len(p) > 1 && p[0] == '0') {
			return false
		}
		o[i] = n
	}
	switch {
	case o[0] == 0, o[0] == 10, o[0] == 127, o[0] >= 224:
		return false
	case o[0] == 169 && o[1] == 254, o[0] == 172 && o[1] >= 16 && o[1] < 32, o[0] == 192 && o[1] == 168:
		return false
	case o[0] == 1 && o[1] == 2 && o[2] == 3: // version-like 1.2.3.x
		return false
	}
	return true
}
