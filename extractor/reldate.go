package extractor

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// maxRelativeDate is the longest text read as a relative date ("Updated 2
// hours ago", "il y a 3 jours").
const maxRelativeDate = 48

// maxRelativeSpan is the longest span back, in seconds, a relative date
// may give: a century (dates before 1990 are rejected anyway).
const maxRelativeSpan = 100 * 365 * 86400

// parseDateAt parses a date as parseDate does, or a relative date ("2
// hours ago", "yesterday", "vor 3 Tagen") counted back from now. Dates
// after now (with a day's slack for time zones) are rejected.
func parseDateAt(s string, now time.Time) (time.Time, bool) {
	t, ok := parseDate(s)
	if !ok {
		t, ok = parseRelativeDate(s, now)
	}
	if !ok || t.After(now.Add(futureSlack)) {
		return time.Time{}, false
	}
	return t, true
}

// relativeRef is a fixed reference for telling whether a text is a
// relative date at all, before the caller's reference time is known.
var relativeRef = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// isRelativeDate reports whether s reads as a relative date.
func isRelativeDate(s string) bool {
	if len(s) > maxRelativeDate || !mayBeRelative(s) {
		return false
	}
	_, ok := parseRelativeDate(s, relativeRef)
	return ok
}

// mayBeRelative is a quick test that s can be a relative date: it holds
// one of the words every relative date parseRelativeDate reads has.
func mayBeRelative(s string) bool {
	if len(s) > maxRelativeDate {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && asciiLetter(s[i]) && asciiLetter(s[i-1]) {
			continue // a marker starts a word: not "Chica·go", "fa·vor·ite"
		}
		for _, w := range relativeMarkerIndex[lowerASCII(s[i])] {
			if hasPrefixFoldASCII(s[i:], w) && (i+len(w) == len(s) || !asciiLetter(s[i+len(w)])) {
				// (and ends one: not "hier·archy")
				return true
			}
		}
	}
	return false
}

// lowerASCII lower-cases an ASCII letter; other bytes stay as they are.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// hasPrefixFoldASCII reports whether s starts with w (lower case), s's
// ASCII letters compared in either case.
func hasPrefixFoldASCII(s string, w []byte) bool {
	if len(s) < len(w) {
		return false
	}
	for i, c := range w {
		if lowerASCII(s[i]) != c {
			return false
		}
	}
	return true
}

// relativeMarkerIndex holds relativeMarkers by their first byte: one pass
// over a text finds any of them.
var relativeMarkerIndex = func() (idx [256][][]byte) {
	for _, w := range relativeMarkers {
		idx[w[0]] = append(idx[w[0]], []byte(w))
	}
	return idx
}()

// relativeMarkers are the words (ASCII, lower case) of which every relative
// date holds one.
var relativeMarkers = []string{"ago", "vor", "il y a", "hace", "há", " fa", "geleden", "today", "yesterday", "heute", "gestern", "hier", "hoy", "ayer", "oggi", "ieri", "vandaag", "gisteren", "hoje", "ontem", "just now", "aujourd"}

// parseRelativeDate reads a relative date in a short text: "2 hours ago",
// "an hour ago", "3d ago", "vor 2 Stunden", "il y a 3 jours", "hace 5
// minutos", "há 2 dias", "3 giorni fa", "2 dagen geleden", "yesterday",
// "today at 10:30". The result is now minus the span, in now's location.
func parseRelativeDate(s string, now time.Time) (time.Time, bool) {
	if len(s) > maxRelativeDate || len(s) < 3 {
		return time.Time{}, false
	}
	w := relativeWords(s)
	if len(w) == 0 {
		return time.Time{}, false
	}
	if t, ok := relativeDay(w, now); ok {
		return t, true
	}
	for i := range w {
		var n, unit string
		switch {
		case w[i] == "ago" || w[i] == "fa" || w[i] == "geleden": // N UNIT ago
			if i < 2 {
				continue
			}
			n, unit = w[i-2], w[i-1]
		case w[i] == "vor" || w[i] == "hace" || w[i] == "há": // vor N UNIT
			if i+2 >= len(w) {
				continue
			}
			n, unit = w[i+1], w[i+2]
		case w[i] == "il" && i+4 < len(w) && w[i+1] == "y" && w[i+2] == "a": // il y a N UNIT
			n, unit = w[i+3], w[i+4]
		default:
			continue
		}
		count, ok := relativeCount(n)
		secs := heuristics.RelativeUnits[unit]
		if !ok || secs == 0 || count > maxRelativeSpan/secs {
			continue
		}
		return plausibleDate(now.Add(-time.Duration(count*secs) * time.Second))
	}
	return time.Time{}, false
}

// relativeDay reads "today", "yesterday" and their translations, alone or
// followed by a time of day.
func relativeDay(w []string, now time.Time) (time.Time, bool) {
	first := w[0]
	if len(w) > 1 && w[0] == "just" && w[1] == "now" {
		first = "just now"
		w = w[1:]
	}
	back, ok := heuristics.RelativeDays[first]
	if !ok {
		return time.Time{}, false
	}
	for _, x := range w[1:] {
		if !isTimeWord(x) {
			return time.Time{}, false
		}
	}
	return now.AddDate(0, 0, -back), true
}

// isTimeWord reports a word that may follow "yesterday" in a dateline: a
// number, "at", "um", "à", "am", "pm".
func isTimeWord(s string) bool {
	switch s {
	case "at", "um", "à", "a", "las", "alle", "om", "am", "pm", "uhr", "h":
		return true
	}
	_, err := strconv.Atoi(s)
	return err == nil
}

// relativeCount reads a count: digits or a number word.
func relativeCount(s string) (int64, bool) {
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return n, n >= 0
	}
	n, ok := heuristics.RelativeNumbers[s]
	return n, ok
}

// relativeWords lower-cases s and cuts it into words, splitting "2h" into
// "2" and "h" and dropping punctuation.
func relativeWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		i := strings.IndexFunc(f, func(r rune) bool { return !unicode.IsDigit(r) })
		if i > 0 {
			out = append(out, f[:i], f[i:])
			continue
		}
		out = append(out, f)
	}
	return out
}

// pathDatePatterns find a date in a URL path: "/2026/02/03/", "/2026-02-03-",
// "/20260203/".
var pathDatePatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?:^|/)((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:$|[/_.-])`),
	regexp.MustCompile(`(?:^|/)((?:19|20)\d\d)(\d\d)(\d\d)(?:$|[/_.-])`),
}

// pathDate returns the calendar day written in a URL path.
func pathDate(path string) (time.Time, bool) {
	for _, re := range pathDatePatterns {
		m := re.FindStringSubmatch(path)
		if m == nil {
			continue
		}
		y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
		if mo < 1 || mo > 12 || d < 1 || d > 31 {
			continue
		}
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			continue
		}
		return plausibleDate(t)
	}
	return time.Time{}, false
}
