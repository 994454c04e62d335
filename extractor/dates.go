package extractor

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// dateLayouts are the machine-readable formats pages use in meta tags and
// datetime attributes, tried before the general parser.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
}

// parseDate parses a publication date; it reports false for empty or
// unparseable text and for dates outside 1990–2100. Machine formats are
// tried first, then the general parser, then a date written out in words
// anywhere in the text ("Updated on 3. März 2026").
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return plausibleDate(t)
		}
	}
	if m := numericDatePattern.FindStringSubmatch(s); m != nil && m[2] == "." && m[4] == "." {
		return findDate(s) // "03.02.2026" is day first, as where it is written
	}
	if t, err := dateparse.ParseIn(s, time.UTC, dateparse.RetryAmbiguousDateWithSwap(true)); err == nil {
		return plausibleDate(t)
	}
	return findDate(s)
}

func plausibleDate(t time.Time) (time.Time, bool) {
	if t.Year() < 1990 || t.Year() > 2100 {
		return time.Time{}, false
	}
	return t, true
}

// Date patterns found inside short texts, lower-cased. Month names are
// looked up in heuristics.MonthNumbers.
var (
	// "2026-02-03", "2026/02/03"
	isoDatePattern = regexp.MustCompile(`\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\b|t)`)
	// "3 February 2026", "3rd Feb. 2026", "3. März 2026", "3 de febrero de 2026"
	dayMonthPattern = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b`)
	// "February 3, 2026", "Feb. 3rd 2026"
	monthDayPattern = regexp.MustCompile(`\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// "03.02.2026" (day first), "2/3/2026" and "11-29-2024" (month first
	// unless impossible); both separators alike
	numericDatePattern = regexp.MustCompile(`\b(\d{1,2})([./-])(\d{1,2})([./-])(\d{4})\b`)
)

// findDate returns the first calendar day written in s, in any of the
// forms above. Dates with dashes are read month first, as forum and
// listing software writes them ("11-29-2024, 09:03 AM"), unless
// impossible; machine values reach findDate only when the general parser
// could not read them.
func findDate(s string) (time.Time, bool) {
	s = strings.ToLower(s)
	best, bestAt := time.Time{}, len(s)+1
	try := func(at int, y, mo, d int) {
		if at >= bestAt || mo < 1 || mo > 12 || d < 1 || d > 31 {
			return
		}
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			return // 31 February
		}
		if _, ok := plausibleDate(t); ok {
			best, bestAt = t, at
		}
	}
	// quick tests spare most texts the patterns: the numeric forms need a
	// digit, a separator and a digit; the others a month's name
	numeric, named := hasDigitSeparator(s), hasMonthName(s)
	if numeric {
		if m := isoDatePattern.FindStringSubmatchIndex(s); m != nil {
			try(m[0], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
		}
	}
	if named {
		for _, m := range dayMonthPattern.FindAllStringSubmatchIndex(s, 4) {
			if mo := heuristics.MonthNumbers[s[m[4]:m[5]]]; mo > 0 {
				try(m[0], atoi(s[m[6]:m[7]]), mo, atoi(s[m[2]:m[3]]))
				break
			}
		}
		for _, m := range monthDayPattern.FindAllStringSubmatchIndex(s, 4) {
			if mo := heuristics.MonthNumbers[s[m[2]:m[3]]]; mo > 0 {
				try(m[0], atoi(s[m[6]:m[7]]), mo, atoi(s[m[4]:m[5]]))
				break
			}
		}
	}
	if numeric {
		if m := numericDatePattern.FindStringSubmatchIndex(s); m != nil && s[m[4]:m[5]] == s[m[8]:m[9]] {
			a, b, y := atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]]), atoi(s[m[10]:m[11]])
			if s[m[4]:m[5]] == "." || a > 12 {
				a, b = b, a // day first
			}
			try(m[0], y, a, b)
		}
	}
	return best, !best.IsZero()
}

// hasDigitSeparator reports a digit, then "-", "." or "/", then a digit:
// every numeric date form has one.
func hasDigitSeparator(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		switch s[i] {
		case '-', '.', '/':
			if isDigit(s[i-1]) && isDigit(s[i+1]) {
				return true
			}
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// hasMonthName reports a word of the lower-case s that names a month
// (heuristics.MonthNumbers): every date with a month's name has one.
func hasMonthName(s string) bool {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && heuristics.MonthNumbers[s[start:i]] > 0 {
			return true
		}
		start = -1
	}
	return start >= 0 && heuristics.MonthNumbers[s[start:]] > 0
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// shownDate is a date the page displays: a <time> element or a short
// text that is a date.
type shownDate struct {
	t        time.Time
	relative string // a relative date ("2 hours ago"), resolved against the reference time
	updated  bool   // labelled or marked up as a revision date
	original bool   // labelled as the first publication ("originally published on")
}

// timeElement records a <time> the page shows.
func (r *metaReader) timeElement(n *html.Node, st visitState) {
	if !st.inBody || r.aside(n) {
		return
	}
	v := attr(n, "datetime")
	t, ok := parseDate(v)
	if !ok {
		t, ok = parseDate(innerText(n))
	} else if _, off := t.Zone(); off == 0 && !dateOnly(t) && len(r.m.dates) < maxDates {
		// a UTC time says nothing of the site's zone; the text is the
		// day readers see there: "February 23, 2026" for
		// 2026-02-24T04:13:00Z. (A time given in a zone is kept: the text
		// may be written in the reader's zone.)
		if text := innerText(n); hasYear(text) {
			if day, ok := findDate(text); ok {
				t, _ = inZoneShowing(t, day)
			}
		}
	}
	if ok {
		r.addDate(shownDate{t: t}, n)
	} else if s := innerText(n); isRelativeDate(s) {
		r.addDate(shownDate{relative: s}, n)
	}
}

// dateText records a short text that is a date ("Updated March 3, 2026");
// year tells whether it holds four digits in a row.
func (r *metaReader) dateText(n *html.Node, s string, year bool) {
	if len(s) < 3 || n.Parent == nil || n.Parent.DataAtom == atom.Time {
		return
	}
	if len(s) > maxDateText {
		// a sentence that gives the first publication ("This article was
		// originally published on 26 Sep 2019 but has been updated")
		if !year {
			return
		}
		if i := heuristics.OriginalPublicationAt(s); i >= 0 && !r.aside(n) {
			if t, ok := findDate(s[i:]); ok {
				r.addDate(shownDate{t: t, original: true}, n.Parent)
			}
		}
		return
	}
	if !year {
		if len(s) <= maxRelativeDate && isRelativeDate(s) && !r.aside(n) {
			r.addDate(shownDate{relative: s}, n.Parent)
		}
		return
	}
	if r.aside(n) {
		return
	}
	if proseDate(s) {
		if !r.m.mentionsDate {
			_, r.m.mentionsDate = findDate(s)
		}
		return
	}
	if t, ok := findDate(s); ok {
		r.addDate(shownDate{t: t}, n.Parent)
	} else if r.m.month.IsZero() && len(s) <= maxMonthText && n.Parent.DataAtom != atom.A {
		if t, ok := monthOnly(s); ok && !heuristics.NotPublication(innerText(n.Parent)) {
			r.m.month = t
		}
	}
}

// maxDateText is the longest text read as a date line; longer ones (up to
// maxBylineLen) only when they label the first publication.
const maxDateText = 80

// maxDateLineWords is the most words of a text ending in a full stop that
// is read as a date line ("This page was last edited on 2 March 2026, at
// 10:32."); a longer one is a sentence that mentions a date ("The end of
// the tax season for most Americans is April 15, 2025.").
const maxDateLineWords = 12

// proseDate reports whether s reads as a sentence rather than a date line.
func proseDate(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	words, inWord := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'
		if !space && !inWord {
			words++
		}
		inWord = !space
	}
	return words > maxDateLineWords
}

// maxMonthText is the longest text monthOnly reads.
const maxMonthText = 24

// monthOnly reads a text that is only a month and its year ("November
// 2015", "Nov. 2015"), as a page's date line gives an old article's
// publication; it returns the first day of that month.
func monthOnly(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 || len(s)-i-1 != 4 || !isDigit(s[i+1]) {
		return time.Time{}, false
	}
	name := strings.TrimRightFunc(s[:i], unicode.IsSpace)
	if strings.ContainsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsDigit(r) }) {
		return time.Time{}, false
	}
	mo := heuristics.MonthNumbers[strings.ToLower(strings.TrimRight(name, ".,"))]
	y := atoi(s[i+1:])
	if mo == 0 || y == 0 {
		return time.Time{}, false
	}
	return plausibleDate(time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC))
}

// addDate records a date shown by element n; the text around it ("Last
// updated:") or its markup (class="updated") marks a revision date.
func (r *metaReader) addDate(d shownDate, n *html.Node) {
	if len(r.m.dates) >= maxDates {
		return
	}
	label := innerText(n)
	if p := n.Parent; p != nil && len(label) < 40 {
		label = innerText(p)
	}
	if len(label) > 120 {
		label = label[:120]
	}
	label = strings.ToLower(label) // once: the predicates below lower-case, at no cost when it is done
	if heuristics.NotPublication(label) || heuristics.TodayDate(attr(n, "class")) || heuristics.TodayDate(attr(n, "id")) {
		return
	}
	d.updated = heuristics.Updated(label) || heuristics.Updated(attr(n, "class")) || heuristics.Updated(attr(n, "itemprop"))
	if !d.original {
		// "Updated November 11, 2022 ... Originally published November
		// 9, 2022" in one element: which is which is not told
		d.original = !d.updated && heuristics.OriginalPublication(label)
	}
	if d.original {
		d.updated = false
	}
	r.m.dates = append(r.m.dates, d)
}

// hasYear reports whether s holds four digits in a row, as every date
// findDate reads does.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// published picks the publication time: the declared one (JSON-LD, then
// meta tags), unless the page does not show it and shows instead its
// revision date, never labelled as one, which readers then take for the
// article's date, or another date while the declared revision time is no later than
// the publication time (a page that stamps both with the time it was
// generated or imported shows its readers the article's own date); else
// the first date the page shows; else the declared revision time.
//
// Dates after the reference time (Options.Now, with a day's slack for time
// zones) are ignored, as parseDate ignores those before 1990.
func (m *pageMeta) published() time.Time {
	pub, hasPub := m.declaredDate(m.jsonLD.published, heuristics.PublishedMetaKeys)
	if !hasPub {
		pub, hasPub = m.publishDateMeta()
	}
	mod, hasMod := m.declaredDate(m.jsonLD.modified, heuristics.ModifiedMetaKeys)
	for _, d := range m.shownDates() {
		if d.original && d.relative == "" {
			return d.t
		}
	}
	if hasPub {
		if t, ok := m.shownInZone(pub); ok {
			return t
		}
		if hasMod && !sameDay(pub, mod) && m.shows(mod, false) && !m.showsRevision(mod) {
			return mod
		}
		if hasMod && (sameDay(pub, mod) || mod.Before(pub)) {
			if t, ok := m.firstPublicationShown(); ok && !near(t, pub, stampSlack) {
				return t
			}
		}
		return pub
	}
	if t, ok := m.shownDateOfKind(false); ok {
		return t
	}
	if t, ok := m.urlDate(); ok {
		return t
	}
	if t, ok := m.shownDateOfKind(true); ok {
		return t // "2 hours ago": only as good as the reference time
	}
	if !m.month.IsZero() && m.notFuture(m.month) {
		return m.month
	}
	if hasMod {
		return mod
	}
	return time.Time{}
}

// modified is the last revision time: the declared one (JSON-LD, meta
// tags), else a date the page shows labelled as an update; it is kept only
// when later than the publication time.
func (m *pageMeta) modified(pub time.Time) time.Time {
	mod, ok := m.declaredDate(m.jsonLD.modified, heuristics.ModifiedMetaKeys)
	if !ok {
		for _, d := range m.shownDates() {
			if d.updated {
				mod, ok = d.t, true
				break
			}
		}
	}
	if !ok || !pub.IsZero() && !mod.After(pub) {
		return time.Time{}
	}
	return mod
}

// reference is the time relative dates count back from and past which
// dates are in the future.
func (m *pageMeta) reference() time.Time {
	if m.now.IsZero() {
		return time.Now()
	}
	return m.now
}

// futureSlack is how far past the reference time a date may lie: a page
// in a time zone ahead of the reader's shows tomorrow's date.
const futureSlack = 26 * time.Hour

// notFuture reports whether t is not after the reference time (with
// futureSlack).
func (m *pageMeta) notFuture(t time.Time) bool {
	return !t.After(m.reference().Add(futureSlack))
}

// shownDates returns the dates the page shows that are not in the future,
// relative ones resolved against the reference time.
func (m *pageMeta) shownDates() []shownDate {
	if m.shown.ok && m.shown.dates == len(m.dates) && m.shown.now.Equal(m.now) {
		return m.shown.list
	}
	var out []shownDate
	for _, d := range m.dates {
		if d.relative != "" {
			t, ok := parseRelativeDate(d.relative, m.reference())
			if !ok {
				continue
			}
			d.t = t
		}
		if m.notFuture(d.t) {
			out = append(out, d)
		}
	}
	m.shown.list, m.shown.dates, m.shown.now, m.shown.ok = out, len(m.dates), m.now, true
	return out
}

// urlDate returns the date in the page URL's path ("/2026/02/03/slug",
// "/2026-02-03/slug", "/20260203/").
func (m *pageMeta) urlDate() (time.Time, bool) {
	if m.pageURL == nil {
		return time.Time{}, false
	}
	t, ok := pathDate(m.pageURL.Path)
	if !ok || !m.notFuture(t) {
		return time.Time{}, false
	}
	return t, true
}

// declaredDate returns the first parseable date among a JSON-LD value and
// the meta tags keys.
func (m *pageMeta) declaredDate(jsonLD string, keys []string) (time.Time, bool) {
	if t, ok := parseDate(jsonLD); ok && m.notFuture(t) {
		return t, true
	}
	for _, k := range keys {
		if t, ok := parseDate(m.meta[k]); ok && m.notFuture(t) {
			return t, true
		}
	}
	return time.Time{}, false
}

// publishDateMeta returns the date in a meta tag whose key is not in the
// table but names a publication date ("w-published-date").
func (m *pageMeta) publishDateMeta() (time.Time, bool) {
	var best time.Time
	bestKey := ""
	for k, v := range m.meta {
		if !heuristics.PublishDateKey(k) || bestKey != "" && k > bestKey {
			continue // the smallest key wins, for a stable choice
		}
		if t, ok := parseDate(v); ok && m.notFuture(t) {
			best, bestKey = t, k
		}
	}
	return best, bestKey != ""
}

// shows reports whether the page displays the calendar day of t; unless
// labelled is true, only dates not labelled as revisions count.
func (m *pageMeta) shows(t time.Time, labelled bool) bool {
	for _, d := range m.shownDates() {
		if d.updated && !labelled {
			continue
		}
		if sameDay(d.t, t) || sameDay(d.t.UTC(), t.UTC()) {
			return true
		}
	}
	return false
}

// showsRevision reports whether the page displays the calendar day of t
// labelled as a revision ("Updated March 3, 2026").
func (m *pageMeta) showsRevision(t time.Time) bool {
	for _, d := range m.shownDates() {
		if d.updated && (sameDay(d.t, t) || sameDay(d.t.UTC(), t.UTC())) {
			return true
		}
	}
	return false
}

// firstShownDate returns the first absolute date the page displays.
func (m *pageMeta) firstShownDate() (time.Time, bool) {
	return m.shownDateOfKind(false)
}

// firstPublicationShown returns the first absolute date the page displays,
// unless that date is labelled as a revision.
func (m *pageMeta) firstPublicationShown() (time.Time, bool) {
	for _, d := range m.shownDates() {
		if d.relative == "" {
			return d.t, !d.updated
		}
	}
	return time.Time{}, false
}

// shownInZone returns t as the first shown date that shows its day
// presents it, labelled or not: t itself when the day is t's in its own
// zone or in UTC; t in the page's zone when the page writes the same
// instant in a zone where the day differs; t in a zone between UTC-12 and
// UTC+14 where its day is the bare day shown ("December 3" for
// 2025-12-02T23:00Z, shown by a page in Central Europe). It reports false
// when no shown date shows t's day in any zone.
func (m *pageMeta) shownInZone(t time.Time) (time.Time, bool) {
	for _, d := range m.shownDates() {
		switch {
		case d.relative != "":
		case !dateOnly(d.t) && near(d.t, t, time.Minute):
			return t.In(d.t.Location()), true
		case sameDay(d.t, t) || sameDay(d.t.UTC(), t.UTC()):
			return t, true
		case dateOnly(d.t):
			if z, ok := inZoneShowing(t, d.t); ok {
				return z, true
			}
		}
	}
	return time.Time{}, false
}

// inZoneShowing returns t in its own zone or, failing that, in the zone
// nearest UTC, between UTC-12 and UTC+14, where its calendar day is day's;
// it reports false when there is none.
func inZoneShowing(t, day time.Time) (time.Time, bool) {
	if sameDay(t, day) {
		return t, true
	}
	for h := range 15 {
		for _, off := range [...]int{-h, h} {
			if off < -12 {
				continue
			}
			z := t.In(time.FixedZone("", off*3600))
			if sameDay(z, day) {
				return z, true
			}
		}
	}
	return t, false
}

// dateOnly reports whether t is a bare calendar day as findDate and
// date-only datetime values give it: midnight UTC.
func dateOnly(t time.Time) bool {
	_, off := t.Zone()
	return off == 0 && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
}

// stampSlack is how far a shown date may lie from a declared one and
// still be the same date read in another time zone.
const stampSlack = 48 * time.Hour

// near reports whether a and b lie within d of each other.
func near(a, b time.Time, d time.Duration) bool {
	diff := a.Sub(b)
	return diff <= d && diff >= -d
}

// shownDateOfKind returns the first date the page displays, absolute ones
// only or, with relative, relative ones only.
func (m *pageMeta) shownDateOfKind(relative bool) (time.Time, bool) {
	for _, d := range m.shownDates() {
		if (d.relative != "") == relative {
			return d.t, true
		}
	}
	return time.Time{}, false
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}
