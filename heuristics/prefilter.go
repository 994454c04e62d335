package heuristics

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// anchoredPattern is a regular expression anchored at the start of the
// text, with the set of bytes a match can begin with: most short blocks a
// page holds start with a byte none of the phrase patterns can, and are
// turned away before the regexp engine runs.
type anchoredPattern struct {
	re *regexp.Regexp
	// first[b] is true when a match may begin with byte b; all is true
	// when the set could not be bounded (the filter then lets every
	// text through).
	first [256]bool
	all   bool
	// pairs[a] holds b when a match may begin with bytes a, b; single
	// holds the bytes that are a whole match. Unlike first they tell
	// "12 comments" from "12.53" and "share" from "sort by": a text passes
	// when its first two bytes may begin a match, or its first byte may be
	// one. Set only when first is.
	pairs  *[256]byteSet
	single byteSet
}

// mustAnchored compiles expr, which should start with "^", and works out
// its first bytes.
func mustAnchored(expr string) *anchoredPattern {
	p := &anchoredPattern{re: regexp.MustCompile(expr), all: true}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return p
	}
	tree = tree.Simplify()
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 || tree.Sub[0].Op != syntax.OpBeginText {
		return p // not anchored: a match may start anywhere
	}
	var set [256]bool
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[1:]}
	nullable, ok := firstBytes(rest, &set)
	if ok && !nullable {
		p.first, p.all = set, false
		if ps, ok := prefixesOf(rest); ok && !ps.nullable {
			p.pairs, p.single = &ps.pairs, ps.single
		}
	}
	return p
}

// MatchString reports whether s matches the pattern.
func (p *anchoredPattern) MatchString(s string) bool {
	if !p.all && (s == "" || !p.first[s[0]]) {
		return false
	}
	if p.pairs != nil && !p.single.has(s[0]) && (len(s) < 2 || !p.pairs[s[0]].has(s[1])) {
		return false
	}
	return p.re.MatchString(s)
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (s *byteSet) add(b byte)      { s[b>>6] |= 1 << (b & 63) }
func (s *byteSet) has(b byte) bool { return s[b>>6]&(1<<(b&63)) != 0 }
func (s *byteSet) union(o *byteSet) {
	s[0], s[1], s[2], s[3] = s[0]|o[0], s[1]|o[1], s[2]|o[2], s[3]|o[3]
}
func (s *byteSet) addRange(lo, hi int) {
	for b := lo; b <= hi; b++ {
		s.add(byte(b))
	}
}

// prefixSets describe how the matches of a pattern begin: whether the
// empty text is one, the first bytes of the others, the first two bytes
// of those two bytes long or longer, and the one-byte matches.
type prefixSets struct {
	nullable bool
	first    byteSet
	single   byteSet
	pairs    [256]byteSet
}

// then makes p the sets of p's language followed by q's.
func (p *prefixSets) then(q *prefixSets) {
	var pairs [256]byteSet
	for a := 0; a < 256; a++ {
		pairs[a] = p.pairs[a]
		if p.single.has(byte(a)) {
			pairs[a].union(&q.first)
		}
		if p.nullable {
			pairs[a].union(&q.pairs[a])
		}
	}
	var single byteSet
	if q.nullable {
		single = p.single
	}
	if p.nullable {
		single.union(&q.single)
		p.first.union(&q.first)
	}
	p.pairs, p.single, p.nullable = pairs, single, p.nullable && q.nullable
}

// or adds q's language to p's.
func (p *prefixSets) or(q *prefixSets) {
	for a := range p.pairs {
		p.pairs[a].union(&q.pairs[a])
	}
	p.first.union(&q.first)
	p.single.union(&q.single)
	p.nullable = p.nullable || q.nullable
}

// repeated makes p the sets of one or more of p's matches in a row.
func (p *prefixSets) repeated() {
	for a := 0; a < 256; a++ {
		if p.single.has(byte(a)) {
			p.pairs[a].union(&p.first)
		}
	}
}

// addRune adds the UTF-8 form of r, as a whole match, to p.
func (p *prefixSets) addRune(r rune) {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	p.first.add(buf[0])
	if n == 1 {
		p.single.add(buf[0])
	} else {
		p.pairs[buf[0]].add(buf[1])
	}
}

// prefixesOf works out the prefix sets of re's matches, ok false when it
// cannot (any character, an operator not handled). The sets may hold more
// than the matches give, never less.
func prefixesOf(re *syntax.Regexp) (p *prefixSets, ok bool) {
	p = &prefixSets{}
	switch re.Op {
	case syntax.OpNoMatch:
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		p.nullable = true
	case syntax.OpLiteral:
		p.nullable = true
		for _, r := range re.Rune {
			q := &prefixSets{}
			q.addRune(r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					q.addRune(f)
				}
			}
			p.then(q)
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
				p.addRune(r)
			}
			if hi < utf8.RuneSelf {
				continue
			}
			if lo < utf8.RuneSelf {
				lo = utf8.RuneSelf
			}
			if hi-lo > 4096 {
				// a wide range: any lead byte, any continuation byte
				for b := 0xC2; b <= 0xF4; b++ {
					p.first.add(byte(b))
					p.pairs[b].addRange(0x80, 0xBF)
				}
				continue
			}
			for r := lo; r <= hi; r++ {
				p.addRune(r)
			}
		}
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return prefixesOf(&syntax.Regexp{Op: syntax.OpCharClass, Rune: []rune{0, '\n' - 1, '\n' + 1, unicode.MaxRune}})
	case syntax.OpCapture:
		return prefixesOf(re.Sub[0])
	case syntax.OpConcat:
		p.nullable = true
		for _, sub := range re.Sub {
			q, ok := prefixesOf(sub)
			if !ok {
				return nil, false
			}
			p.then(q)
		}
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			q, ok := prefixesOf(sub)
			if !ok {
				return nil, false
			}
			p.or(q)
		}
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		q, ok := prefixesOf(re.Sub[0])
		if !ok {
			return nil, false
		}
		if re.Op != syntax.OpQuest && !(re.Op == syntax.OpRepeat && re.Max == 1) {
			q.repeated()
		}
		if re.Op != syntax.OpPlus && !(re.Op == syntax.OpRepeat && re.Min > 0) {
			q.nullable = true
		}
		return q, true
	default:
		return nil, false
	}
	return p, true
}

// firstBytes adds to set the bytes a match of re can begin with. It
// reports whether re can match the empty string, and ok false when the set
// is unbounded (any character).
func firstBytes(re *syntax.Regexp, set *[256]bool) (nullable, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		addRune(set, re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
				set[r] = true
			}
			if hi >= utf8.RuneSelf {
				// any lead byte of a multi-byte sequence
				for b := 0xC2; b <= 0xF4; b++ {
					set[b] = true
				}
			}
		}
		return false, true
	case syntax.OpCapture:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		_, ok := firstBytes(re.Sub[0], set)
		return true, ok
	case syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpRepeat:
		n, ok := firstBytes(re.Sub[0], set)
		return n || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			n, ok := firstBytes(sub, set)
			if !ok {
				return false, false
			}
			if !n {
				return false, true
			}
		}
		return true, true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			n, ok := firstBytes(sub, set)
			if !ok {
				return false, false
			}
			nullable = nullable || n
		}
		return nullable, true
	}
	return false, false // any character, or an operator not handled
}

// addRune adds the first byte of r's UTF-8 form to set, and of its other
// cases when fold is set.
func addRune(set *[256]bool, r rune, fold bool) {
	var buf [utf8.UTFMax]byte
	add := func(r rune) {
		utf8.EncodeRune(buf[:], r)
		set[buf[0]] = true
	}
	add(r)
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			add(f)
		}
	}
}
