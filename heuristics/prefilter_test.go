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
