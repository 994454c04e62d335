package textdiff

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minShared is the share of its words a line must keep for the words that
// changed to be highlighted; below it the lines are unrelated and a
// highlight would cover nearly everything.
const minShared = 0.4

// highlight returns old and new with the words that differ between them
// wrapped in reverse video, and false when the two lines have too little
// in common to be read as one paragraph edited.
func highlight(old, new string) (string, string, bool) {
	a, b := Words(old), Words(new)
	edits := Diff(a, b)
	shared := 0
	for _, e := range edits {
		if e.Kind == Equal && strings.TrimSpace(a[e.A]) != "" {
			shared++
		}
	}
	if float64(shared) < minShared*float64(max(countWords(a), countWords(b))) {
		return "", "", false
	}
	var ob, nb strings.Builder
	for i := 0; i < len(edits); {
		kind := edits[i].Kind
		j := i
		for j < len(edits) && edits[j].Kind == kind {
			j++
		}
		switch kind {
		case Equal:
			for _, e := range edits[i:j] {
				ob.WriteString(a[e.A])
				nb.WriteString(b[e.B])
			}
		case Delete:
			ob.WriteString(ansiReverse)
			for _, e := range edits[i:j] {
				ob.WriteString(a[e.A])
			}
			ob.WriteString(ansiNoRev)
		case Insert:
			nb.WriteString(ansiReverse)
			for _, e := range edits[i:j] {
				nb.WriteString(b[e.B])
			}
			nb.WriteString(ansiNoRev)
		}
		i = j
	}
	return ob.String(), nb.String(), true
}

// Words splits a line into tokens whose concatenation is the line: runs of
// letters, digits and marks (a word), runs of white space, and single other
// characters (punctuation, symbols).
func Words(s string) []string {
	var out []string
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		n := size
		if class := runeClass(r); class != 0 {
			for n < len(s) {
				r2, size2 := utf8.DecodeRuneInString(s[n:])
				if runeClass(r2) != class {
					break
				}
				n += size2
			}
		}
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

// runeClass is 1 for word characters, 2 for white space and 0 for the
// rest, which stand alone.
func runeClass(r rune) int {
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		return 1
	case unicode.IsSpace(r):
		return 2
	}
	return 0
}

// countWords counts the tokens that are not white space.
func countWords(tokens []string) int {
	n := 0
	for _, t := range tokens {
		if strings.TrimSpace(t) != "" {
			n++
		}
	}
	return n
}
