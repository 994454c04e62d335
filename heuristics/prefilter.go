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
	nullable, ok := firstBytes(&syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[1:]}, &set)
	if ok && !nullable {
		p.first, p.all = set, false
	}
	return p
}

// MatchString reports whether s matches the pattern.
func (p *anchoredPattern) MatchString(s string) bool {
	if !p.all && (s == "" || !p.first[s[0]]) {
		return false
	}
	return p.re.MatchString(s)
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
