package extractor

import (
	"net/url"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// pageMeta is what the page says about itself, gathered before cleaning
// removes <head> and scripts.
type pageMeta struct {
	lang      string
	titleTag  string
	canonical string
	meta      map[string]string // first content of each meta name/property/itemprop
	jsonLD    jsonLDMeta
	h1        []string // texts of the page's h1 elements
	bylines   []string // texts of byline-like elements, in page order
	authorEls []string // texts of rel=author / itemprop=author elements
	times     []string // datetime attributes of <time> elements
}

// readMetadata gathers metadata from the head, JSON-LD and byline markup.
func readMetadata(root *html.Node) *pageMeta {
	m := &pageMeta{meta: make(map[string]string)}
	var visit func(n *html.Node, inByline bool)
	visit = func(n *html.Node, inByline bool) {
		if n.Type != html.ElementNode {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				visit(c, inByline)
			}
			return
		}
		switch n.DataAtom {
		case atom.Html:
			if m.lang == "" {
				m.lang = strings.TrimSpace(attr(n, "lang"))
				if m.lang == "" {
					m.lang = strings.TrimSpace(attr(n, "xml:lang"))
				}
			}
		case atom.Title:
			if m.titleTag == "" && !isInSVG(n) {
				m.titleTag = innerText(n)
			}
			return
		case atom.Meta:
			m.addMeta(n)
			return
		case atom.Link:
			if m.canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
			return
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				m.jsonLD.add(n.FirstChild.Data)
			}
			return
		case atom.Style, atom.Noscript, atom.Template:
			return
		case atom.H1:
			if t := innerText(n); t != "" && len(m.h1) < 4 {
				m.h1 = append(m.h1, t)
			}
		case atom.Time:
			if dt := attr(n, "datetime"); dt != "" && len(m.times) < 8 {
				m.times = append(m.times, dt)
			}
		}
		if ip := strings.ToLower(attr(n, "itemprop")); ip != "" {
			switch ip {
			case "author", "creator":
				if t := itempropName(n); t != "" {
					m.authorEls = append(m.authorEls, t)
				}
			case "datepublished":
				if v := attr(n, "datetime"); v != "" {
					m.setMeta("datepublished", v)
				} else if v := attr(n, "content"); v != "" {
					m.setMeta("datepublished", v)
				}
			}
		}
		if strings.EqualFold(attr(n, "rel"), "author") {
			if t := innerText(n); t != "" {
				m.authorEls = append(m.authorEls, t)
			}
		}
		if !inByline && len(m.bylines) < 8 && isBylineElement(n) {
			if t := innerText(n); t != "" && len(t) < 200 {
				m.bylines = append(m.bylines, t)
				inByline = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, inByline)
		}
	}
	visit(root, false)
	return m
}

func isInSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

// itempropName returns the name inside an itemprop=author element.
func itempropName(n *html.Node) string {
	if v := attr(n, "content"); v != "" {
		return strings.TrimSpace(v)
	}
	var name string
	walk(n, func(c *html.Node) bool {
		if name == "" && c.Type == html.ElementNode && strings.EqualFold(attr(c, "itemprop"), "name") {
			if v := attr(c, "content"); v != "" {
				name = v
			} else {
				name = innerText(c)
			}
		}
		return name == ""
	})
	if name != "" {
		return name
	}
	if t := innerText(n); len(t) < 100 {
		return t
	}
	return ""
}

// isBylineElement reports an element whose class or id names a byline.
func isBylineElement(n *html.Node) bool {
	for _, key := range [...]string{"class", "id"} {
		v := strings.ToLower(attr(n, key))
		if v == "" {
			continue
		}
		if strings.Contains(v, "byline") {
			return true
		}
		for _, f := range strings.Fields(v) {
			if heuristics.AuthorClass(f) {
				return true
			}
		}
	}
	return false
}

func (m *pageMeta) addMeta(n *html.Node) {
	content := attr(n, "content")
	if content == "" {
		if strings.EqualFold(attr(n, "http-equiv"), "content-language") {
			return
		}
		if cs := attr(n, "charset"); cs != "" {
			return
		}
		return
	}
	for _, key := range [...]string{"property", "name", "itemprop", "http-equiv"} {
		if k := attr(n, key); k != "" {
			// property may hold several space-separated keys
			for _, f := range strings.Fields(k) {
				m.setMeta(strings.ToLower(f), content)
			}
		}
	}
}

func (m *pageMeta) setMeta(key, val string) {
	val = strings.TrimSpace(val)
	if val == "" {
		return
	}
	if _, ok := m.meta[key]; !ok {
		m.meta[key] = val
	}
}

// first returns the first non-empty meta value among keys.
func (m *pageMeta) first(keys []string) string {
	for _, k := range keys {
		if v := m.meta[k]; v != "" {
			return v
		}
	}
	return ""
}

// fillArticle sets the article's metadata fields. text is the extracted
// content's text, used for the excerpt when the page declares none.
func (m *pageMeta) fillArticle(a *Article, pageURL *url.URL, contentBylines []string) {
	a.SiteName = m.siteName()
	a.Title = m.title(a.SiteName)
	if a.SiteName == "" {
		a.SiteName = m.titleSiteName(a.Title)
	}
	a.Authors = m.authors(contentBylines)
	a.Published = m.published()
	a.Language = m.language()
	a.URL = m.url(pageURL)
	a.Excerpt = collapseSpace(html.UnescapeString(m.first(heuristics.DescriptionMetaKeys)))
	if a.Excerpt == "" {
		a.Excerpt = m.jsonLD.description
	}
}

func (m *pageMeta) siteName() string {
	if v := m.meta["og:site_name"]; v != "" {
		return collapseSpace(v)
	}
	if m.jsonLD.publisher != "" {
		return m.jsonLD.publisher
	}
	for _, k := range heuristics.SiteNameMetaKeys[1:] {
		if v := m.meta[k]; v != "" && !strings.HasPrefix(v, "@") && !strings.HasPrefix(v, "http") {
			return collapseSpace(v)
		}
	}
	return ""
}

// title picks the headline: JSON-LD, then meta tags, then <title> and
// <h1>, with the site's name removed.
func (m *pageMeta) title(site string) string {
	for _, c := range []string{m.jsonLD.headline, m.first(heuristics.TitleMetaKeys)} {
		c = collapseSpace(html.UnescapeString(c))
		if c != "" {
			return stripSiteName(c, site, m.h1)
		}
	}
	titleTag := collapseSpace(m.titleTag)
	if titleTag == "" {
		if len(m.h1) > 0 {
			return m.h1[0]
		}
		return ""
	}
	for _, h := range m.h1 {
		switch {
		case h == "" || h == titleTag:
		case strings.HasPrefix(titleTag, h):
			// "Headline | Site" with <h1>Headline</h1>
			return h
		case strings.HasSuffix(titleTag, h):
			// "Thread title - Forum Name" with <h1>Forum Name</h1>: the
			// <h1> is the site's name
			return stripSiteName(titleTag, h, nil)
		}
	}
	return stripSiteName(titleTag, site, m.h1)
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

// stripSiteName removes a site-name part from a title: "Headline | Site"
// gives "Headline". A part is the site's name when it matches the declared
// site name, or when it is short and the remaining headline is long.
func stripSiteName(t, site string, h1 []string) string {
	for _, h := range h1 {
		if strings.EqualFold(h, t) {
			return t
		}
	}
	normSite := heuristics.NormalizePhrase(site)
	for _, sep := range heuristics.TitleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if normSite != "" && heuristics.NormalizePhrase(tail) == normSite {
			return head
		}
		if j := strings.Index(t, sep); j > 0 {
			first := strings.TrimSpace(t[:j])
			if normSite != "" && heuristics.NormalizePhrase(first) == normSite {
				return strings.TrimSpace(t[j+len(sep):])
			}
		}
		if wordCount(tail) <= 4 && wordCount(head) >= 4 {
			return head
		}
	}
	return t
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// authors collects author names: JSON-LD, meta tags, rel/itemprop markup,
// then byline blocks found in the page or removed from the content.
func (m *pageMeta) authors(contentBylines []string) []string {
	if len(m.jsonLD.authors) > 0 {
		return dedupeNames(m.jsonLD.authors)
	}
	if v := m.first(heuristics.AuthorMetaKeys); v != "" && !looksLikeURL(v) {
		if names := splitAuthors(v); len(names) > 0 {
			return names
		}
	}
	if len(m.authorEls) > 0 {
		var names []string
		for _, t := range m.authorEls {
			names = append(names, splitAuthors(t)...)
		}
		if names = dedupeNames(names); len(names) > 0 {
			return names
		}
	}
	for _, group := range [][]string{m.bylines, contentBylines} {
		for _, b := range group {
			if names := splitAuthors(b); len(names) > 0 {
				return names
			}
		}
	}
	return nil
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// splitAuthors turns a byline string into names: "By Jane Doe and John
// Roe, Staff Writers" gives [Jane Doe, John Roe].
func splitAuthors(s string) []string {
	s = collapseSpace(s)
	if s == "" || len(s) > 200 {
		return nil
	}
	low := strings.ToLower(s)
	for _, p := range [...]string{"by ", "von ", "por ", "par ", "di ", "door ", "written by ", "posted by ", "author: ", "autor: ", "words by "} {
		if strings.HasPrefix(low, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	// cut at a separator that starts the dateline or role: "Jane Doe | Staff Writer"
	for _, stop := range [...]string{" | ", " — ", " – ", "\u00b7", " - ", "Updated", "Published", "Posted", "Staff Writer", "Staff writer"} {
		if i := strings.Index(s, stop); i > 0 {
			s = s[:i]
		}
	}
	parts := []string{s}
	for _, sep := range heuristics.AuthorSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	var names []string
	for _, p := range parts {
		p = strings.Trim(strings.TrimSpace(p), ",;:|·")
		if p == "" || heuristics.AuthorRole(p) || !nameLike(p) {
			continue
		}
		names = append(names, p)
	}
	return dedupeNames(names)
}

// nameLike reports whether s could be a person's or organisation's name.
func nameLike(s string) bool {
	if len(s) < 2 || len(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 6 {
		return false
	}
	for _, r := range s {
		if unicode.IsDigit(r) || r == '@' || r == '/' {
			return false
		}
	}
	first := []rune(words[0])[0]
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

func (m *pageMeta) published() time.Time {
	for _, v := range []string{m.jsonLD.published, m.first(heuristics.PublishedMetaKeys)} {
		if t, ok := parseDate(v); ok {
			return t
		}
	}
	for _, v := range m.times {
		if t, ok := parseDate(v); ok {
			return t
		}
	}
	return time.Time{}
}

func (m *pageMeta) language() string {
	lang := m.lang
	if lang == "" {
		lang = m.jsonLD.language
	}
	if lang == "" {
		lang = m.first(heuristics.LanguageMetaKeys)
	}
	lang = strings.ReplaceAll(strings.TrimSpace(lang), "_", "-")
	if i := strings.IndexAny(lang, ",; "); i > 0 {
		lang = lang[:i]
	}
	return lang
}

func (m *pageMeta) url(pageURL *url.URL) string {
	for _, raw := range []string{m.canonical, m.meta["og:url"]} {
		if raw == "" {
			continue
		}
		u, err := url.Parse(raw)
		if err != nil {
			continue
		}
		if pageURL != nil {
			u = pageURL.ResolveReference(u)
		}
		if u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") {
			return u.String()
		}
	}
	if pageURL != nil {
		return pageURL.String()
	}
	return ""
}
