package heuristics

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The ASCII fast paths of NormalizePhrase and classifyName must agree with
// the rune-by-rune code they shortcut; the references below are that code.

// normalizeRunes is NormalizePhrase without its ASCII fast path.
func normalizeRunes(s string) string {
	if isNormal(s) {
		return s
	}
	s = strings.TrimFunc(s, trimmedRune)
	var b strings.Builder
	space := false
	for _, r := range s {
		r = foldRune(r)
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if ignorable(r) {
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// classifyNameRunes is classifyName without its ASCII fast path and with
// the item tables looked up on their own.
func classifyNameRunes(name string, buf, joined []byte) Signal {
	var s Signal
	if hyphenRuns(name) >= maxSlugHyphens {
		// "1-heading-how-popular-are-meditation": an anchor made from a
		// heading's words, not a component name
		return s
	}
	words := 0
	last := None
	lastContent := false
	prevItem := false
	// ends records where each word ends in joined, to try word pairs
	var endsArr [16]int
	ends := endsArr[:0]
	word := func(w []byte) {
		if len(w) == 0 {
			return
		}
		words++
		ends = append(ends, len(joined))
		afterItem := prevItem
		prevItem = itemNouns[string(w)]
		if afterItem && itemParts[string(w)] {
			// "card-footer", "CustomerCardFooter": the end of one item
			// of a grid, not the page's footer
			return
		}
		e := tokens[string(w)]
		if e.content {
			lastContent, last = true, None
			return
		}
		if k := e.kindOf(w); k != None {
			if k.Strong() {
				s = s.Merge(Signal{Kind: k})
			}
			last, lastContent = k, false
		}
	}
	// split into words: runs of letters/digits, and camelCase humps
	start := -1
	prevLower := false
	for i, r := range name {
		isWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !isWord {
			if start >= 0 {
				word(buf)
				buf = buf[:0]
				start = -1
			}
			prevLower = false
			continue
		}
		if unicode.IsUpper(r) && prevLower && start >= 0 {
			word(buf)
			buf = buf[:0]
		}
		if start < 0 {
			start = i
		}
		prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
		lr := unicode.ToLower(r)
		buf = utf8.AppendRune(buf, lr)
		joined = utf8.AppendRune(joined, lr)
	}
	if start >= 0 {
		word(buf)
	}
	if words > 1 && len(joined) > 0 {
		if e := tokens[string(joined)]; e.content {
			lastContent, last = true, None
		} else if k := e.kindOf(joined); k != None {
			s = s.Merge(Signal{Kind: k})
			if !k.Strong() {
				last, lastContent = k, false
			}
		}
	}
	// adjacent words run together: "span-reading-time" holds "readingtime"
	for i := 1; i < len(ends) && words > 2; i++ {
		start := 0
		if i >= 2 {
			start = ends[i-2]
		}
		if k := tokenKind(joined[start:ends[i]]); k != None {
			s = s.Merge(Signal{Kind: k})
			if !k.Strong() && last == None && !lastContent {
				last = k
			}
		}
	}
	if s.Kind == None {
		s.Kind = last
	}
	s.Content = lastContent && !s.Kind.Strong()
	return s
}

var fastPathSeeds = []string{
	"share via", "  Share via: ", "A\xffB", "Comments (3)", "a  b", "x.", "\tx", "ÜBER", "a\u00a0B\u200bc",
	"card-footer", "CustomerCardFooter", "span-reading-time", "sr-only", "related-posts",
	"c-share-toolbar__item", "shareToolbar", "advertisement1", "ÜberSicht-Ad", "itemHeader",
	"tileFoot", "1-heading-how-popular-are-meditation", "postBody", "NAVBar", "x\xffAd",
}

func TestFastPathsAgree(t *testing.T) {
	for _, s := range fastPathSeeds {
		checkFastPaths(t, s)
	}
}

func FuzzFastPathsAgree(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Fuzz(checkFastPaths)
}

func checkFastPaths(t *testing.T, s string) {
	if got, want := NormalizePhrase(s), normalizeRunes(s); got != want {
		t.Errorf("NormalizePhrase(%q) = %q, reference %q", s, got, want)
	}
	var w1, j1, w2, j2 [64]byte
	if got, want := classifyName(s, w1[:0], j1[:0]), classifyNameRunes(s, w2[:0], j2[:0]); got != want {
		t.Errorf("classifyName(%q) = %+v, reference %+v", s, got, want)
	}
}

// FuzzCurrencyMark: the one-pass search finds a currency mark exactly when
// searching for each mark does.
func FuzzCurrencyMark(f *testing.F) {
	for _, s := range []string{"", "$5", "5 €", "12,99 zł", "USD 4", "kroner", "Rs. 40", "40 руб", "€", "\xe2\x82", "no price 12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, m := range currencyMarks {
			if strings.Contains(s, m) {
				want = true
			}
		}
		if got := hasCurrencyMark(s); got != want {
			t.Fatalf("hasCurrencyMark(%q) = %v, want %v", s, got, want)
		}
	})
}
