package heuristics

// matcher is an Aho-Corasick automaton over ASCII-lower-cased bytes: one pass over a
// file's added text tells which rules' trigger words occur in it.
type matcher struct {
	next [][256]int32 // goto function completed with failure links (a DFA)
	out  [][]int32    // rule indexes whose trigger ends at this state
	mask []uint64     // the same as a bit set (rules 0..63)
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// newMatcher builds the automaton; words[i] are the triggers of rule i.
func newMatcher(words [][]string) *matcher {
	m := &matcher{next: make([][256]int32, 1), out: make([][]int32, 1)}
	for rule, ws := range words {
		for _, w := range ws {
			s := int32(0)
			for i := 0; i < len(w); i++ {
				c := lowerByte(w[i])
				if m.next[s][c] == 0 {
					m.next = append(m.next, [256]int32{})
					m.out = append(m.out, nil)
					m.next[s][c] = int32(len(m.next) - 1)
				}
				s = m.next[s][c]
			}
			m.out[s] = append(m.out[s], int32(rule))
		}
	}
	// breadth-first: fill missing transitions through failure links
	fail := make([]int32, len(m.next))
	queue := []int32{}
	for c := 0; c < 256; c++ {
		if s := m.next[0][c]; s != 0 {
			queue = append(queue, s)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		m.out[s] = append(m.out[s], m.out[fail[s]]...)
		for c := 0; c < 256; c++ {
			t := m.next[s][c]
			if t != 0 {
				fail[t] = m.next[fail[s]][c]
				queue = append(queue, t)
			} else {
				m.next[s][c] = m.next[fail[s]][c]
			}
		}
	}
	m.mask = make([]uint64, len(m.out))
	for s, rs := range m.out {
		for _, r := range rs {
			if r < 64 {
				m.mask[s] |= 1 << r
			}
		}
	}
	return m
}

// scanMask returns the set of rules (0..63) with a trigger in text.
func (m *matcher) scanMask(text string) uint64 {
	s, hit := int32(0), uint64(0)
	for i := 0; i < len(text); i++ {
		s = m.next[s][lowerByte(text[i])]
		hit |= m.mask[s]
	}
	return hit
}
