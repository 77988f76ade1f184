package sandbox

import (
	"encoding/binary"
	"errors"
	"strings"
)

// dnsQuery is the question of one DNS query the sink received.
type dnsQuery struct {
	ID    uint16
	Flags uint16
	Name  string // labels joined by '.', bytes as sent (non-printable bytes escaped)
	Type  uint16
	Class uint16
	End   int // offset after the question
}

var errDNS = errors.New("sandbox: malformed DNS query")

// parseDNSQuery reads the first question of a DNS message (RFC 1035 4.1). Queries carry no
// compression pointers; one is refused, as are more than 255 bytes of name.
func parseDNSQuery(b []byte) (dnsQuery, error) {
	if len(b) < 12 {
		return dnsQuery{}, errDNS
	}
	q := dnsQuery{ID: binary.BigEndian.Uint16(b), Flags: binary.BigEndian.Uint16(b[2:])}
	if q.Flags&0x8000 != 0 || binary.BigEndian.Uint16(b[4:]) == 0 {
		return dnsQuery{}, errDNS
	}
	var name strings.Builder
	i, total := 12, 0
	for {
		if i >= len(b) {
			return dnsQuery{}, errDNS
		}
		l := int(b[i])
		i++
		if l == 0 {
			break
		}
		if l > 63 || i+l > len(b) {
			return dnsQuery{}, errDNS
		}
		total += l + 1
		if total > 255 {
			return dnsQuery{}, errDNS
		}
		if name.Len() > 0 {
			name.WriteByte('.')
		}
		for _, c := range b[i : i+l] {
			if c > 0x20 && c < 0x7f && c != '\\' {
				name.WriteByte(c)
			} else {
				name.WriteString(`\x`)
				name.WriteByte("0123456789abcdef"[c>>4])
				name.WriteByte("0123456789abcdef"[c&15])
			}
		}
		i += l
	}
	if i+4 > len(b) {
		return dnsQuery{}, errDNS
	}
	q.Name = name.String()
	q.Type = binary.BigEndian.Uint16(b[i:])
	q.Class = binary.BigEndian.Uint16(b[i+2:])
	q.End = i + 4
	return q, nil
}

// dnsAnswer answers q: an A record with addr for type A, no records (NOERROR) otherwise,
// so that clients fall back to IPv4 and connect to the sink.
func dnsAnswer(msg []byte, q dnsQuery, addr [4]byte) []byte {
	out := make([]byte, 0, q.End+16)
	out = binary.BigEndian.AppendUint16(out, q.ID)
	out = binary.BigEndian.AppendUint16(out, 0x8180|q.Flags&0x0100) // QR, RA, RD copied
	out = binary.BigEndian.AppendUint16(out, 1)
	an := uint16(0)
	if q.Type == 1 && q.Class == 1 {
		an = 1
	}
	out = binary.BigEndian.AppendUint16(out, an)
	out = append(out, 0, 0, 0, 0)
	out = append(out, msg[12:q.End]...)
	if an == 1 {
		out = append(out, 0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4)
		out = append(out, addr[:]...)
	}
	return out
}

func dnsTypeName(t uint16) string {
	switch t {
	case 1:
		return "A"
	case 28:
		return "AAAA"
	case 16:
		return "TXT"
	case 5:
		return "CNAME"
	case 15:
		return "MX"
	case 33:
		return "SRV"
	case 65:
		return "HTTPS"
	}
	return "type" + itoa(int(t))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
