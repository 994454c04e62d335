package extractor

import (
	"iter"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// authors collects author names from the sources below, best first; a
// byline that is only the site's own name is kept for when no better
// source names anyone, and plain-text bylines come after it.
func (m *pageMeta) authors(contentBylines []string, site string) []string {
	return m.displayNames(m.pickAuthors(contentBylines, site))
}

// displayNames replaces user names ("jdoe42") by the display names the
// page links to their profiles with: a link to ".../u/jdoe42" that reads
// "Jane Doe" names the same person.
func (m *pageMeta) displayNames(names []string) []string {
	for i, n := range names {
		if strings.Contains(n, " ") {
			continue
		}
		for _, l := range m.authorLinks {
			path, _, _ := strings.Cut(strings.TrimRight(l.href, "/"), "?")
			if strings.EqualFold(path[strings.LastIndexByte(path, '/')+1:], n) && allPersonNames([]string{l.text}) {
				names[i] = collapseSpace(l.text)
				break
			}
		}
	}
	return dedupeNames(names)
}

// pickAuthors chooses the byline among the sources.
func (m *pageMeta) pickAuthors(contentBylines []string, site string) []string {
	var fallback []string
	for names := range m.strongAuthors() {
		if len(names) == 0 {
			continue
		}
		if !namesSite(names, site) {
			return names
		}
		if fallback == nil {
			fallback = names
		}
	}
	if fallback != nil {
		return fallback
	}
	for names := range m.weakAuthors(contentBylines) {
		if len(names) > 0 {
			return names
		}
	}
	if m.jsonLD.orgAuthors {
		return dedupeNames(m.jsonLD.authors)
	}
	if m.discussion() {
		for _, u := range m.userNames {
			if names := splitAuthors(u, true); len(names) > 0 {
				return names[:1] // the thread's first post
			}
		}
	}
	return nil
}

// discussion reports a forum thread or Q&A page, by its JSON-LD type or
// its URL.
func (m *pageMeta) discussion() bool {
	if m.jsonLD.discussion {
		return true
	}
	u := m.pageURL
	if u == nil {
		u, _ = url.Parse(m.url(nil))
	}
	return u != nil && heuristics.DiscussionURL(u.Host, u.Path)
}

// strongAuthors yields the candidate bylines read from markup, best first:
// JSON-LD people, author meta tags, rel/itemprop=author, names linked or
// marked up in byline elements. Each is read only when asked for: the
// first good one ends the search.
func (m *pageMeta) strongAuthors() iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		if !m.jsonLD.orgAuthors && !yield(dedupeNames(m.jsonLD.authors)) {
			return
		}
		if !yield(m.metaAuthorNames()) || !yield(splitAuthors(html2text(m.meta["twitter:author"]), true)) || !yield(m.markedAuthors()) {
			return
		}
		for _, b := range m.bylines {
			if b.structured && !yield(b.names) {
				return
			}
		}
	}
}

// weakAuthors yields the candidate bylines read from text, best first:
// byline elements, short "By …" blocks, links to author pages elsewhere,
// the bylines pruned from the content.
func (m *pageMeta) weakAuthors(contentBylines []string) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		for _, b := range m.bylines {
			if !b.structured && !yield(b.names) {
				return
			}
		}
		for _, b := range m.byTexts {
			if !yield(splitAuthors(b, false)) {
				return
			}
		}
		for _, l := range m.authorLinks {
			if m.sameSite(l.href) && !yield(splitAuthors(l.text, true)) {
				return
			}
		}
		for _, b := range contentBylines {
			if names := splitAuthors(b, false); (readsAsByline(b) || allPersonNames(names)) && !yield(names) {
				return
			}
		}
	}
}

// sameSite reports whether href is relative or on the page's own host (as
// its canonical address gives it): profile links to other sites are
// social-media accounts, not author pages.
func (m *pageMeta) sameSite(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	if u.Host == "" {
		return true
	}
	home := m.canonical
	if home == "" {
		home = m.meta["og:url"]
	}
	h, err := url.Parse(home)
	if err != nil || h.Host == "" {
		return false
	}
	return baseDomain(u.Host) == baseDomain(h.Host)
}

// baseDomain returns the last two labels of a host name.
func baseDomain(host string) string {
	labels := strings.Split(strings.TrimSuffix(strings.ToLower(host), "."), ".")
	if len(labels) > 2 {
		labels = labels[len(labels)-2:]
	}
	return strings.Join(labels, ".")
}

// metaAuthorNames returns the names in the first author meta key that
// has any: pages repeat the key once per author.
func (m *pageMeta) metaAuthorNames() []string {
	for _, k := range heuristics.AuthorMetaKeys {
		var names []string
		for _, v := range m.metaAuthors[k] {
			if !looksLikeURL(v) && !strings.HasPrefix(v, "@") {
				names = append(names, splitAuthors(html2text(v), true)...)
			}
		}
		if names = dedupeNames(names); len(names) > 0 {
			return names
		}
	}
	return nil
}

// markedAuthors returns the rel=author and itemprop=author names that sit
// in the same block as the first one: later ones belong to other posts.
func (m *pageMeta) markedAuthors() []string {
	if len(m.authorEls) == 0 {
		return nil
	}
	block := m.authorEls[0].block
	var names []string
	for _, a := range m.authorEls {
		if a.block == block {
			names = append(names, splitAuthors(a.name, true)...)
		}
	}
	return dedupeNames(names)
}

// namesSite reports a byline that is only the site's own name.
func namesSite(names []string, site string) bool {
	ns := heuristics.NormalizePhrase(site)
	if ns == "" || len(names) != 1 {
		return false
	}
	n := heuristics.NormalizePhrase(names[0])
	return n == ns || strings.HasPrefix(ns, n+" ")
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// splitAuthors turns a byline string into names: "By Jane Doe and John
// Roe, Staff Writers" gives [Jane Doe, John Roe]. Names from markup
// (trusted) may be user names ("jdoe_42"); names read from free text must
// look like names.
func splitAuthors(s string, trusted bool) []string {
	s = collapseSpace(s)
	if s == "" || len(s) > maxBylineLen {
		return nil
	}
	s = cutAuthorPrefix(cutDateBy(s))
	s = openCoauthors(s)
	s = cutBylineTail(s)
	var names []string
	for _, p := range splitNameList(s) {
		p = strings.Trim(strings.TrimSpace(p), ",;:|·•")
		p = dropInitials(strings.TrimSpace(strings.TrimPrefix(p, "and ")))
		if p == "" || heuristics.AuthorRole(p) || heuristics.AuthorLabel(p) || !nameLike(p, trusted) {
			continue
		}
		names = append(names, p)
	}
	return dedupeNames(names)
}

// openCoauthors turns co-authors named in parentheses into a list:
// "Jane Doe (with John Roe and Ann Poe)" gives "Jane Doe, John Roe and Ann
// Poe".
func openCoauthors(s string) string {
	i := strings.IndexByte(s, '(')
	j := strings.LastIndexByte(s, ')')
	if i <= 0 || j < i {
		return s
	}
	inner := strings.TrimSpace(s[i+1 : j])
	w := strings.ToLower(firstWord(inner))
	if !heuristics.CoauthorWords[w] {
		return s
	}
	return strings.TrimSpace(s[:i]) + ", " + strings.TrimSpace(inner[len(w):]) + s[j+1:]
}

// dropInitials removes an avatar's initials before a name: "JD Jane
// Doe" gives "Jane Doe".
func dropInitials(s string) string {
	words := strings.Fields(s)
	if len(words) < 3 || len(words[0]) > 3 || strings.ToUpper(words[0]) != words[0] {
		return s
	}
	var initials strings.Builder
	for _, w := range words[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		initials.WriteRune(unicode.ToUpper(r))
	}
	if strings.HasPrefix(initials.String(), words[0]) && len(words[0]) >= 2 {
		return strings.Join(words[1:], " ")
	}
	return s
}

// splitNameList cuts a list of names at commas and semicolons, and at
// conjunctions ("and", "und", "&") when both sides look like personal
// names: "Center for Drug Evaluation and Research" stays whole.
func splitNameList(s string) []string {
	parts := []string{s}
	for _, sep := range heuristics.AuthorSeparators {
		conj := strings.TrimSpace(sep) != "," && strings.TrimSpace(sep) != ";"
		var next []string
		for _, p := range parts {
			pieces := strings.Split(p, sep)
			if conj && !allPersonNames(pieces) {
				pieces = []string{p}
			}
			next = append(next, pieces...)
		}
		parts = next
	}
	return parts
}

// allPersonNames reports whether every piece reads as a personal name:
// two to four words, each capitalised.
func allPersonNames(pieces []string) bool {
	for _, p := range pieces {
		words := strings.Fields(p)
		if len(words) < 2 || len(words) > 4 {
			return false
		}
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// cutDateBy removes a date that precedes "by": "Posted on Tuesday 15
// October 2019 by Jane Doe" gives "by Jane Doe".
func cutDateBy(s string) string {
	i := strings.Index(strings.ToLower(s[:min(len(s), 160)]), " by ")
	if i <= 0 || !hasYear(s[:i]) || wordCount(s[:i]) > 10 {
		return s
	}
	if _, ok := findDate(s[:i]); !ok {
		return s
	}
	return s[i+1:]
}

// cutAuthorPrefix removes "By", "Written by:", "Von" and the like, also
// when stacked ("Author Posted by").
func cutAuthorPrefix(s string) string {
	for range 3 {
		cut := cutOnePrefix(s)
		if cut == s {
			break
		}
		s = cut
	}
	return s
}

func cutOnePrefix(s string) string {
	low := strings.ToLower(s)
	for _, p := range heuristics.AuthorPrefixes {
		rest, ok := strings.CutPrefix(low, p)
		if !ok || rest == "" {
			continue
		}
		if r := rest[0]; r != ' ' && r != ':' && !strings.HasSuffix(p, ":") {
			continue
		}
		return strings.TrimLeft(s[len(p):], " :")
	}
	return s
}

// bylineStops end the names in a byline: what follows is a date, a role or
// the publication.
var bylineStops = [...]string{" | ", " — ", " – ", "\u00b7", "•", "⋅", "»", " - ", " / ", "last update", "updated", "published", "posted", "staff writer", " on behalf of "}

// cutBylineTail cuts a byline at a separator or date that starts a
// dateline or role: "Jane Doe | Staff Writer", "Jane Doe, March 3, 2026".
func cutBylineTail(s string) string {
	lower := strings.ToLower(s)
	for _, stop := range bylineStops {
		if i := strings.Index(lower, stop); i > 0 {
			s = s[:i]
			lower = strings.ToLower(s)
		}
	}
	if i := strings.Index(lower, " on "); i > 0 && heuristics.DateWord(firstWord(s[i+4:])) {
		s = s[:i] // "jdoe on Friday"
	}
	if !strings.ContainsAny(s, "0123456789") {
		return strings.TrimSpace(s) // every date form below has a digit
	}
	for _, re := range [...]*regexp.Regexp{isoDatePattern, monthDayPattern, dayMonthPattern, numericDatePattern} {
		if loc := re.FindStringIndex(strings.ToLower(s)); loc != nil && loc[0] > 0 {
			if _, ok := findDate(s[loc[0]:]); ok {
				s = trimDateLead(s[:loc[0]])
			}
		}
	}
	return strings.TrimSpace(s)
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return strings.Trim(f[0], ",.")
	}
	return ""
}

// trimDateLead removes what introduces a date after a name: "Jane Doe,
// on", "Jane Doe -".
func trimDateLead(s string) string {
	s = strings.TrimRight(s, " ,-–—|·")
	for _, w := range [...]string{" on", " at", " am", " le", " el", " il", " op"} {
		if len(s) > len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
			s = s[:len(s)-len(w)]
		}
	}
	return strings.TrimRight(s, " ,-–—|·")
}

// nameLike reports whether s could be a person's or organisation's name.
// Untrusted text must start with a capital letter and hold no digits;
// markup may give user names, but not numbers or template keys.
func nameLike(s string, trusted bool) bool {
	if len(s) < 2 || len(s) > 60 || !strings.ContainsFunc(s, unicode.IsLetter) {
		return false
	}
	if !strings.Contains(s, " ") && strings.Contains(strings.ToLower(s), "author") {
		return false // "page.head.author", "authorName"
	}
	words := strings.Fields(s)
	if len(words) > 6 || !trusted && len(words) > 5 {
		return false
	}
	first := []rune(words[0])[0]
	if trusted {
		return !strings.ContainsAny(s, "@/") && !looksLikeURL(s) && (unicode.IsLetter(first) || unicode.IsDigit(first))
	}
	if strings.ContainsFunc(s, func(r rune) bool { return unicode.IsDigit(r) || r == '@' || r == '/' }) {
		return false
	}
	return unicode.IsLetter(first) && !unicode.IsLower(first)
}

func dedupeNames(names []string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, n := range names {
		n = collapseSpace(n)
		k := strings.ToLower(n)
		if n == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

// bylineSegments cuts a dateline at its separators: "Dec. 19, 2025 · Jane
// Doe | 4 min read" gives its three parts.
func bylineSegments(line string) []string {
	parts := []string{line}
	for _, sep := range [...]string{" · ", "·", " | ", " • ", "•", " — ", " – "} {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	if len(parts) < 2 {
		return nil
	}
	return parts
}
