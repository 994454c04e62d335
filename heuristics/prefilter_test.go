package heuristics

import "testing"

// filteredPatterns are the patterns run through the first-byte filter.
func filteredPatterns() []*anchoredPattern {
	ps := []*anchoredPattern{dateLinePattern, dateLineDigitPattern}
	for _, p := range chromePatterns {
		ps = append(ps, p.re)
	}
	return ps
}

// TestAnchoredFilterBounded: the filter bounds the first bytes of every
// phrase pattern (else it would spare no work).
func TestAnchoredFilterBounded(t *testing.T) {
	for _, p := range filteredPatterns() {
		if p.all {
			t.Errorf("no first-byte set for %.60s", p.re.String())
		}
	}
}

// FuzzAnchoredPattern: the filter never turns away a text the pattern
// matches.
func FuzzAnchoredPattern(f *testing.F) {
	for _, s := range []string{"4 min read", "12 comments", "comments (3)", "0:00", "1.5x", "updated 3 february 2026",
		"feb. 3, 2026", "2026-02-03", "3 de febrero de 2026", "2026年2月3日", "입력 2026.02.03 14:05", "view all posts by jane doe",
		"Photo: Jane Doe/AP", "(getty images)", "book a demo", "5분 읽기", "वीडियो", "وقت القراءة: 5 دقائق", "É"} {
		f.Add(s)
	}
	ps := filteredPatterns()
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range ps {
			if p.re.MatchString(s) && !p.MatchString(s) {
				t.Errorf("%.60s matches %q but the filter turns it away", p.re.String(), s)
			}
		}
	})
}

// TestPrefixSetsExhaustive: on small patterns built of every operator the
// prefix sets handle, every text of up to four characters over a small
// alphabet that the pattern matches passes the two-byte filter.
func TestPrefixSetsExhaustive(t *testing.T) {
	patterns := []string{
		`^ab`, `^(?i)ab`, `^a?b`, `^a*b$`, `^(?:ab|é)c`, `^[a-c]{2,3}$`, `^\d+ ?é`, `^(?:a|)b`,
		`^x?(?:y?)é`, `^a.b`, `^a.*`, `^(?:ab)*é`, `^a{0,2}(?:b|éa)`, `^\bab\b`, `^[^a]b`, `^(?:a?b?)?é`,
		`^é+a`, `^(?:1|12)(?: |é)`, `^(?i:É)a`,
	}
	alphabet := []string{"a", "b", "c", "é", "É", "1", "2", " ", "x", "y", "A"}
	var texts []string
	var gen func(prefix string, depth int)
	gen = func(prefix string, depth int) {
		texts = append(texts, prefix)
		if depth == 4 {
			return
		}
		for _, c := range alphabet {
			gen(prefix+c, depth+1)
		}
	}
	gen("", 0)
	for _, expr := range patterns {
		p := mustAnchored(expr)
		if p.pairs == nil {
			t.Errorf("%s: no prefix sets", expr)
			continue
		}
		for _, s := range texts {
			if p.re.MatchString(s) && !p.MatchString(s) {
				t.Errorf("%s matches %q but the filter turns it away", expr, s)
			}
		}
	}
}
