package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// title picks the headline: a visible <h1> that the declared title or
// <title> confirms, else the declared title (JSON-LD, then meta tags), else
// <title> and <h1>, with the site's name removed.
func (m *pageMeta) title(site string) string {
	declared := m.declaredTitle()
	titleTag := collapseSpace(m.titleTag)
	if h := m.confirmedH1(site, declared, titleTag); h != "" {
		return trimHeadlineTail(h, site, titleTag)
	}
	if h := m.similarH1(declared, titleTag); h != "" {
		for _, t := range [...]string{html2text(m.jsonLD.headline), stripSiteName(declared, site, nil), stripSiteName(titleTag, site, nil)} {
			if labelledHeadline(h, t) {
				return t
			}
		}
		return h
	}
	if declared != "" {
		return stripSiteName(declared, site, m.h1)
	}
	if titleTag == "" {
		if len(m.h1) > 0 {
			return m.h1[0]
		}
		return ""
	}
	for _, h := range m.h1 {
		if strings.HasSuffix(titleTag, h) && h != titleTag {
			// "Thread title - Forum Name" with <h1>Forum Name</h1>: the
			// <h1> is the site's name
			return stripSiteName(titleTag, h, nil)
		}
	}
	return stripSiteName(titleTag, site, m.h1)
}

// declaredTitle is the title the page declares in JSON-LD or meta tags.
// When JSON-LD's name and headline differ, the one the meta tags or
// <title> agree with is taken.
func (m *pageMeta) declaredTitle() string {
	metaTitle := html2text(m.first(heuristics.TitleMetaKeys))
	ld := m.jsonLDTitle(metaTitle)
	for _, full := range [...]string{metaTitle, collapseSpace(m.titleTag)} {
		if cutShort(ld, full) {
			return full
		}
	}
	if ld != "" {
		return ld
	}
	return metaTitle
}

// minCutHeadline is the length, in bytes, from which a JSON-LD headline
// that stops inside the meta title's sentence was cut to fit: structured
// data tools trim headlines to about 110 characters.
const minCutHeadline = 100

// cutShort reports whether the headline h is full cut off: at least
// minCutHeadline long, and full goes on after it with more words rather
// than a separator and the site's name.
func cutShort(h, full string) bool {
	if len(h) < minCutHeadline || len(full) <= len(h) {
		return false
	}
	rest, ok := strings.CutPrefix(full, h)
	if !ok {
		return false
	}
	return startsWord(rest) || strings.HasPrefix(rest, " ") && startsWord(rest[1:])
}

// jsonLDTitle is the JSON-LD headline or name; when they differ, the one
// the meta title (or <title>) agrees with.
func (m *pageMeta) jsonLDTitle(metaTitle string) string {
	headline, name := html2text(m.jsonLD.headline), html2text(m.jsonLD.name)
	switch {
	case headline != "" && name != "" && headline != name:
		ref := metaTitle
		if ref == "" {
			ref = collapseSpace(m.titleTag)
		}
		if similar(name, ref) && !similar(headline, ref) {
			return name
		}
		return headline
	case headline != "":
		return headline
	}
	return name
}

// similar reports whether most of a's words are in b.
func similar(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	set := make(map[string]bool, len(wb))
	for _, w := range wb {
		set[w] = true
	}
	shared := 0
	for _, w := range wa {
		if set[w] {
			shared++
		}
	}
	return float64(shared) >= 0.75*float64(len(wa))
}

// confirmedH1 returns the first <h1> that the declared title or <title>
// confirms: equal to it, or one of its parts around a separator
// ("Headline | Site", "Site - Headline"), and not the site's name. An <h1>
// that starts the title is preferred to one that ends it.
func (m *pageMeta) confirmedH1(site, declared, titleTag string) string {
	normSite := heuristics.NormalizePhrase(site)
	titles := [...]string{heuristics.NormalizePhrase(declared), heuristics.NormalizePhrase(titleTag)}
	var normH1 [maxH1]string // m.h1, normalised once
	for i, h := range m.h1[:min(len(m.h1), maxH1)] {
		normH1[i] = heuristics.NormalizePhrase(h)
	}
	for _, part := range [...]func(nh, nt string) bool{titleHead, titlePart} {
		for i, h := range m.h1[:min(len(m.h1), maxH1)] {
			nh := normH1[i]
			if nh == "" || nh == normSite {
				continue
			}
			for _, nt := range titles {
				if nt != "" && part(nh, nt) {
					return h
				}
			}
		}
	}
	return ""
}

// titleHead reports whether the normalised headline nh is the whole of the
// normalised title nt or starts it.
func titleHead(nh, nt string) bool {
	rest, ok := strings.CutPrefix(nt, nh)
	return nh != "" && ok && !startsWord(rest)
}

// titlePart reports whether the normalised headline nh is the whole of
// the normalised title nt or its headline part: nt starts with nh at a
// word boundary ("Headline | Site", "Headline: a subtitle"), or ends with
// it and nh is not the shorter side ("Site | Headline", but not "Headline
// | Site" with nh the site's name).
func titlePart(nh, nt string) bool {
	if nh == nt {
		return true
	}
	if nh == "" || len(nh) >= len(nt) {
		return false
	}
	if rest, ok := strings.CutPrefix(nt, nh); ok {
		return !startsWord(rest)
	}
	if rest, ok := strings.CutSuffix(nt, nh); ok {
		return !endsWord(rest) && wordCount(nh) > wordCount(rest)
	}
	return false
}

// startsWord reports whether s begins with a letter or digit, so that a
// text it follows was cut inside a word.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// endsWord reports whether s ends with a letter or digit.
func endsWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// titleSiteName returns the part of <title> that names the site, if the
// title is "Headline | Site" or "Site | Headline".
func (m *pageMeta) titleSiteName(title string) string {
	t := collapseSpace(m.titleTag)
	if title == "" || t == title {
		return ""
	}
	if rest, ok := strings.CutPrefix(t, title); ok {
		return trimSeparator(rest)
	}
	if rest, ok := strings.CutSuffix(t, title); ok {
		return trimSeparator(rest)
	}
	return ""
}

func trimSeparator(s string) string {
	for _, sep := range heuristics.TitleSeparators {
		s2 := strings.TrimSpace(sep)
		if t, ok := strings.CutPrefix(strings.TrimSpace(s), s2); ok {
			return strings.TrimSpace(t)
		}
		if t, ok := strings.CutSuffix(strings.TrimSpace(s), s2); ok {
			return strings.TrimSpace(t)
		}
	}
	return ""
}

// stripSiteName removes the site's name and other trailing parts from a
// title: "Headline | Site" and "Headline - Section | Site" give
// "Headline", "Site | Headline" gives "Headline". The strongest separator
// present splits the title; the first part is the headline unless it is
// the site's name or a single word.
func stripSiteName(t, site string, h1 []string) string {
	for _, h := range h1 {
		if strings.EqualFold(h, t) {
			return t
		}
	}
	normSite := heuristics.NormalizePhrase(site)
	for _, sep := range heuristics.TitleSeparators {
		parts := strings.Split(t, sep)
		if len(parts) < 2 {
			continue
		}
		first := strings.TrimSpace(parts[0])
		rest := strings.TrimSpace(strings.Join(parts[1:], sep))
		switch {
		case normSite != "" && heuristics.NormalizePhrase(first) == normSite:
			return rest
		case wordCount(first) >= 2:
			return first
		}
		return t
	}
	return t
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// minHeadlineWords is the fewest words of an <h1> that similarH1 prefers to
// the declared title: shorter ones are labels ("Reviews", "Blog").
const minHeadlineWords = 3

// similarH1 returns the page's headline when it rewords the declared title:
// the page has one <h1> (or repeats the same one), of at least
// minHeadlineWords words, and at least half of its words are in the
// declared title, og:title or <title>. Pages write a headline for readers
// and a title for search engines and social networks ("Top 10 Health and
// Nutrition Trends to Watch" over "Health And Nutrition Trends For 2026 -
// Site"); the reader's is the article's. An <h1> that differs from the
// declared title only in its quotation marks is not preferred.
func (m *pageMeta) similarH1(declared, titleTag string) string {
	if len(m.h1) == 0 {
		return ""
	}
	h := m.h1[0]
	for _, other := range m.h1[1:] {
		if heuristics.NormalizePhrase(other) != heuristics.NormalizePhrase(h) {
			return ""
		}
	}
	if wordCount(h) < minHeadlineWords || foldQuotes(h) == foldQuotes(declared) {
		return ""
	}
	nh := heuristics.NormalizePhrase(h)
	for _, t := range [...]string{declared, titleTag} {
		if nt := heuristics.NormalizePhrase(t); len(nt) > len(nh) && strings.HasSuffix(nt, nh) {
			return "" // "Thread title - Forum Name" with <h1>Forum Name</h1>
		}
	}
	titles := wordSet(declared + " " + titleTag + " " + html2text(m.meta["og:title"]) + " " + html2text(m.jsonLD.headline))
	words, shared := 0, 0
	for _, w := range titleWords(h) {
		words++
		if titles[w] {
			shared++
		}
	}
	if words == 0 || 2*shared < words {
		return ""
	}
	return h
}

// quoteFolder maps typographic quotation marks to ASCII ones.
var quoteFolder = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "«", `"`, "»", `"`)

// foldQuotes lower-cases s, collapses its white space and makes its
// quotation marks ASCII.
func foldQuotes(s string) string {
	return strings.ToLower(collapseSpace(quoteFolder.Replace(s)))
}

// titleWords returns the lower-cased runs of letters and digits of s.
func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// wordSet returns the set of titleWords of s.
func wordSet(s string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range titleWords(s) {
		set[w] = true
	}
	return set
}

// maxTailWords is the most words of a trailing part that trimHeadlineTail
// takes for a site's name or a tag when nothing names the site.
const maxTailWords = 3

// trimHeadlineTail removes the site's name from an <h1> that carries it
// the way <title> does: "Headline | Site" where Site is the site's name,
// or an <h1> that repeats the whole <title> ("Headline - Site Name") and
// ends in a short part without digits after its strongest separator. A
// tail with digits continues the headline ("Best Earbuds - March 2026",
// "Conferences 2026 / 2027"); a long one is a subtitle.
func trimHeadlineTail(h, site, titleTag string) string {
	for _, sep := range heuristics.TitleSeparators {
		i := strings.LastIndex(h, sep)
		if i < 0 {
			continue
		}
		head, tail := strings.TrimSpace(h[:i]), strings.TrimSpace(h[i+len(sep):])
		if head == "" {
			return h
		}
		if sameSiteName(tail, site) {
			return head
		}
		if heuristics.NormalizePhrase(h) == heuristics.NormalizePhrase(titleTag) && wordCount(head) >= 2 &&
			wordCount(tail) <= maxTailWords && !strings.ContainsFunc(tail, unicode.IsDigit) {
			return head
		}
		return h
	}
	return h
}

// sameSiteName reports whether s is the site's name, or the name of a
// site named by its domain ("Example" for "Example.com").
func sameSiteName(s, site string) bool {
	ns, nsite := heuristics.NormalizePhrase(s), heuristics.NormalizePhrase(site)
	if ns == "" || nsite == "" {
		return false
	}
	if ns == nsite {
		return true
	}
	if i := strings.LastIndexByte(nsite, '.'); i > 0 && !strings.Contains(nsite, " ") {
		return ns == nsite[:i]
	}
	return false
}

// maxLabelWords is the most words of a label that an <h1> puts before the
// headline.
const maxLabelWords = 2

// labelledHeadline reports whether the <h1> h is the title t after a short
// label: a forum thread's prefix or a section's name that the page sets
// in the heading ("Thread: Headline", "Question Headline", "Blog:
// Headline" over the title "Headline").
func labelledHeadline(h, t string) bool {
	nh, nt := heuristics.NormalizePhrase(h), heuristics.NormalizePhrase(t)
	if nt == "" || len(nt) >= len(nh) || wordCount(nt) < minHeadlineWords {
		return false
	}
	label, ok := strings.CutSuffix(nh, nt)
	if !ok || endsWord(label) {
		return false // cut inside a word
	}
	words := titleWords(label)
	if len(words) == 0 || len(words) > maxLabelWords || heuristics.HeadlineLeadWords[words[len(words)-1]] {
		return false
	}
	return strings.ContainsFunc(label, unicode.IsLetter) // "2025 Price Guide" is not labelled "2025"
}
