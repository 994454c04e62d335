package extractor

import (
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// pageMeta is what the page says about itself, gathered before cleaning
// removes <head> and scripts.
type pageMeta struct {
	lang         string
	titleTag     string
	canonical    string
	meta         map[string]string // first content of each meta name/property/itemprop
	jsonLD       jsonLDMeta
	h1           []string            // texts of the page's h1 elements
	metaAuthors  map[string][]string // every value of each multi-value meta key (authors, tags)
	links        map[string][]string // hrefs of rel=image_src, license links
	relTexts     map[string][]string // texts of rel=tag and rel=category links
	now          time.Time           // reference for relative dates; zero: time.Now()
	pageURL      *url.URL            // where the page came from, for dates in its path
	bylines      []byline            // names in byline-like elements, in page order
	byTexts      []string            // short blocks that read "By Jane Doe", in page order
	authorLinks  []authorLink        // links to author pages, in page order
	authorEls    []authorMark        // rel=author / itemprop=author elements
	dates        []shownDate         // dates the page shows, in page order
	month        time.Time           // the first month shown alone ("November 2015"), not in a link
	shown        shownCache          // shownDates, once resolved
	mentionsDate bool                // a sentence mentions a date (not a date line; the classifier counts it)
	userNames    []string            // forum users' names, in page order
}

// shownCache keeps the resolved shown dates for the reference time and
// the number of dates read they were resolved from.
type shownCache struct {
	list  []shownDate
	dates int
	now   time.Time
	ok    bool
}

// byline is the names read from one byline element; structured names come
// from links to author pages or name-classed parts, not from plain text.
type byline struct {
	names      []string
	structured bool
}

// authorLink is a link to an author's page.
type authorLink struct{ text, href string }

// authorMark is a name from rel=author or itemprop=author markup, with the
// block that holds it: names in one block form one byline.
type authorMark struct {
	name  string
	block *html.Node
}

// Limits on what readMetadata collects.
const (
	maxH1      = 4
	maxBylines = 8
	maxDates   = 12
	maxAuthors = 24
	// maxBylineLen is the longest byline text, in bytes.
	maxBylineLen = 200
	// minNoscriptMarkup is the length from which a <noscript> holding
	// markup is read: pages serve their content there for crawlers.
	minNoscriptMarkup = 500
)

// metaReader walks the page once, filling a pageMeta.
type metaReader struct {
	m        *pageMeta
	asides   map[*html.Node]bool // asideKind of the blocks looked at so far
	classify func(string) heuristics.Signal
}

// visitState is what a node inherits from its ancestors.
type visitState struct {
	inByline bool // inside a byline element already recorded
	inBody   bool
}

// readMetadata gathers metadata from the head, JSON-LD and byline markup.
func readMetadata(root *html.Node) *pageMeta {
	return readMetadataWith(root, heuristics.ClassifyAttr)
}

// readMetadataWith is readMetadata classifying class and id values with
// classify: the document's cache, which measuring the page reuses.
func readMetadataWith(root *html.Node, classify func(string) heuristics.Signal) *pageMeta {
	r := &metaReader{m: &pageMeta{meta: make(map[string]string)}, asides: make(map[*html.Node]bool), classify: classify}
	r.visit(root, visitState{})
	r.m.twitterLabels()
	r.m.jsonLD.resolve()
	return r.m
}

func (r *metaReader) visit(n *html.Node, st visitState) {
	switch n.Type {
	case html.TextNode:
		if st.inBody {
			// most text nodes are the white space between tags
			if s := strings.TrimSpace(n.Data); s != "" {
				// both tests below read short texts only, and ask
				// whether they hold a year
				year := len(s) <= maxBylineLen && hasYear(s)
				r.dateText(n, s, year)
				r.bylineText(n, s, year, st)
			}
		}
		return
	case html.ElementNode:
		if !r.element(n, &st) {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.visit(c, st)
	}
}

// element records what one element says; it reports whether its children
// are to be visited, and updates st for them.
func (r *metaReader) element(n *html.Node, st *visitState) bool {
	m := r.m
	switch n.DataAtom {
	case atom.Html:
		m.setLang(n)
	case atom.Body:
		st.inBody = true
	case atom.Title:
		if m.titleTag == "" && !isInSVG(n) {
			m.titleTag = html2text(innerText(n))
		}
		return false
	case atom.Meta:
		m.addMeta(n)
		return false
	case atom.Link:
		if m.canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
			m.canonical = strings.TrimSpace(attr(n, "href"))
		}
		r.relLink(n, *st)
	case atom.Script:
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
			m.jsonLD.add(n.FirstChild.Data)
		}
		return false
	case atom.Style, atom.Template, atom.Svg:
		return false
	case atom.Noscript:
		if !r.aside(n) {
			r.noscript(n, *st)
		}
		return false
	case atom.H1:
		if t := headingText(n); t != "" && len(m.h1) < maxH1 && !logoHeading(n) && !r.aside(n) {
			m.h1 = append(m.h1, t)
		}
	case atom.Time:
		r.timeElement(n, *st)
	}
	if len(n.Attr) == 0 {
		return true // what follows reads attributes
	}
	a := readAttrs(n)
	if a.itemprop != "" {
		r.itemprop(n, a.itemprop)
	}
	if len(m.authorEls) < maxAuthors && strings.EqualFold(a.rel, "author") && !r.aside(n) {
		if t := innerText(n); t != "" {
			m.authorEls = append(m.authorEls, authorMark{t, blockOf(n)})
		}
	}
	if n.DataAtom == atom.A && a.rel != "" {
		r.relLink(n, *st)
	}
	if n.DataAtom == atom.A && len(m.authorLinks) < maxBylines && authorPageLink(a.href) && !r.aside(n) {
		if t := innerText(n); t != "" {
			m.authorLinks = append(m.authorLinks, authorLink{t, a.href})
		}
	}
	class := r.classify(a.class)
	if len(m.userNames) < maxBylines && class.UserName && !r.aside(n) {
		if t := innerText(n); t != "" && len(t) <= 60 {
			m.userNames = append(m.userNames, t)
		}
	}
	byline := class.Author || a.id != "" && r.classify(a.id).Author // its class or id names a byline
	if !st.inByline && len(m.bylines) < maxBylines && byline && !r.aside(n) {
		if b := bylineNames(n); len(b.names) > 0 {
			m.bylines = append(m.bylines, b)
			st.inByline = true
		}
	}
	return true
}

// headingText returns a heading's text without the permalink mark that
// documentation pages append ("Configuring retries¶").
func headingText(h *html.Node) string {
	return strings.TrimRightFunc(html2text(strings.Join(textLines(h), " ")), func(r rune) bool {
		return r == '¶' || r == '§' || r == '#' || r == '🔗' || isSpace(r)
	})
}

// logoHeading reports a heading that is a link to the site's home page:
// the site's name or logo, not the article's headline.
func logoHeading(h *html.Node) bool {
	var link *html.Node
	walk(h, func(c *html.Node) bool {
		if link == nil && c.DataAtom == atom.A && c.Type == html.ElementNode {
			link = c
		}
		return link == nil
	})
	if link == nil || innerText(link) != innerText(h) {
		return false
	}
	u, err := url.Parse(strings.TrimSpace(attr(link, "href")))
	if err != nil || u.RawQuery != "" {
		return false
	}
	switch strings.ToLower(strings.Trim(u.Path, "/.")) {
	case "", "index.html", "index.htm", "index.php", "home":
		return u.Fragment == ""
	}
	return false
}

// aside reports whether n lies in comments, navigation, a sidebar or
// related links, whose names and dates are not the article's. Blocks are
// judged once each, when a candidate inside them is first found.
func (r *metaReader) aside(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p.Type != html.ElementNode || !isBlockAtom(p.DataAtom) {
			continue
		}
		is, ok := r.asides[p]
		if !ok {
			is = asideKind(p, r.classify)
			r.asides[p] = is
		}
		if is {
			return true
		}
	}
	return false
}

// asideKind reports an element holding comments, navigation, sidebars or
// related links. A wrapper that holds the article's headline or body is
// never one, whatever its class says, nor is an <aside> inside the article
// (its byline box).
func asideKind(n *html.Node, classify func(string) heuristics.Signal) bool {
	switch readSignal(n, classify).Kind {
	case heuristics.Comments, heuristics.Navigation, heuristics.Related:
	case heuristics.Sidebar:
		if n.DataAtom != atom.Aside || inArticle(n) {
			return false
		}
	default:
		if !strings.EqualFold(attr(n, "itemprop"), "comment") {
			return false
		}
	}
	return !holdsArticle(n)
}

// inArticle reports whether n has an <article> or <main> ancestor.
func inArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// holdsArticle reports whether n contains an <h1>, <main>, <article> or
// the article body's microdata.
func holdsArticle(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		switch c.DataAtom {
		case atom.H1, atom.Main, atom.Article:
			found = true
		}
		if strings.EqualFold(attr(c, "itemprop"), "articlebody") {
			found = true
		}
		return !found
	})
	return found
}

// noscript reads the markup of a large <noscript>, which the parser keeps
// as text: some pages put their whole content there for crawlers.
func (r *metaReader) noscript(n *html.Node, st visitState) {
	c := n.FirstChild
	if c == nil || c.Type != html.TextNode || len(c.Data) < minNoscriptMarkup || !strings.Contains(c.Data, "<") {
		return
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(c.Data), body)
	if err != nil {
		return
	}
	for _, fn := range nodes {
		body.AppendChild(fn)
	}
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		r.visit(c, st)
	}
}

func (m *pageMeta) setLang(n *html.Node) {
	if m.lang == "" {
		m.lang = strings.TrimSpace(attr(n, "lang"))
		if m.lang == "" {
			m.lang = strings.TrimSpace(attr(n, "xml:lang"))
		}
	}
}

// itemprop records microdata authors and dates.
func (r *metaReader) itemprop(n *html.Node, ip string) {
	ip = strings.ToLower(ip)
	m := r.m
	for _, p := range strings.Fields(ip) {
		switch p {
		case "author", "creator":
			if t := itempropName(n); t != "" && len(m.authorEls) < maxAuthors && !r.aside(n) {
				m.authorEls = append(m.authorEls, authorMark{t, blockOf(n)})
			}
		case "datepublished", "datemodified", "datecreated":
			v := attr(n, "datetime")
			if v == "" {
				v = attr(n, "content")
			}
			if p == "datecreated" {
				p = "datepublished"
			}
			if v != "" && !r.aside(n) {
				m.setMeta(p, v)
			}
		case "keywords", "articlesection", "inlanguage":
			if _, ok := m.meta[p]; !ok && !r.aside(n) {
				v := attr(n, "content")
				if v == "" && len(innerText(n)) <= maxBylineLen {
					v = innerText(n)
				}
				m.setMeta(p, v)
			}
		case "image", "license":
			v := attr(n, "content")
			for _, k := range [...]string{"src", "href"} {
				if v == "" {
					v = attr(n, k)
				}
			}
			if v != "" && !r.aside(n) {
				m.addLink(p, v)
			}
		}
	}
}

// Limits on the links and tags collected.
const maxLinks = 24

// relLink records what a <link> or <a> marks with its rel attribute: the
// image to share (image_src), the licence, and tag and category links.
func (r *metaReader) relLink(n *html.Node, st visitState) {
	for _, rel := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
		switch rel {
		case "image_src", "license":
			if h := attr(n, "href"); h != "" && (!st.inBody || !r.aside(n)) {
				r.m.addLink(rel, h)
			}
		case "tag", "category":
			if t := innerText(n); t != "" && len(t) <= 60 && !r.aside(n) && len(r.m.relTexts[rel]) < maxLinks {
				if r.m.relTexts == nil {
					r.m.relTexts = make(map[string][]string)
				}
				r.m.relTexts[rel] = append(r.m.relTexts[rel], t)
			}
		}
	}
}

// addLink records a URL the page marks as its image or licence.
func (m *pageMeta) addLink(kind, href string) {
	href = strings.TrimSpace(href)
	if href == "" || len(m.links[kind]) >= maxLinks {
		return
	}
	if m.links == nil {
		m.links = make(map[string][]string)
	}
	m.links[kind] = append(m.links[kind], href)
}

// bylineText records the element around a text (trimmed: its data without
// surrounding white space) that starts a byline ("By
// <a>Jane Doe</a>", "Written by Jane Doe", "Posted on March 3, 2026 by
// jdoe").
func (r *metaReader) bylineText(n *html.Node, trimmed string, year bool, st visitState) {
	if r.labelledName(n, trimmed, st) {
		return
	}
	if len(n.Data) > 4*maxBylineLen || len(trimmed) > maxBylineLen || !mayStartByline(n.Data, year) {
		return
	}
	s := collapseSpace(n.Data)
	if st.inByline || len(r.m.byTexts) >= maxBylines || len(s) < 2 || len(s) > maxBylineLen || n.Parent == nil || isHeading(n.Parent) {
		return
	}
	if !readsAsByline(s+" ") || r.foreignPrefix(s) {
		return
	}
	if t := innerText(n.Parent); len(t) <= maxBylineLen && readsAsByline(t) && !r.aside(n) {
		r.m.byTexts = append(r.m.byTexts, t)
	}
}

// labelledName records a name in the element after a byline label ("<p>Written
// by</p><p>Jane Doe</p>", "<h2>Article by</h2><div>Jane Doe</div>"); it
// reports whether n was such a label.
func (r *metaReader) labelledName(n *html.Node, s string, st visitState) bool {
	if len(s) < 2 || len(s) > 24 || n.Parent == nil || st.inByline || len(r.m.byTexts) >= maxBylines {
		return false
	}
	if plainSpaced(s) && !heuristics.HasAuthorPrefix(s) {
		return false // a quick test before the label is built: it must be a prefix
	}
	label := strings.ToLower(strings.TrimRight(collapseSpace(s), " :"))
	if !slices.Contains(heuristics.AuthorPrefixes, label) || heuristics.AmbiguousAuthorPrefixes[label] {
		return false
	}
	if innerText(n.Parent) != collapseSpace(s) {
		return false
	}
	next := n.Parent.NextSibling
	for next != nil && next.Type != html.ElementNode {
		if next.Type == html.TextNode && strings.TrimSpace(next.Data) != "" {
			return false
		}
		next = next.NextSibling
	}
	if next == nil {
		return false
	}
	name := innerText(next)
	if name == "" || len(name) > 60 || r.aside(n) {
		return false
	}
	if names := splitAuthors(name, false); len(names) > 0 {
		r.m.byTexts = append(r.m.byTexts, "By "+name)
		return true
	}
	return false
}

// plainSpaced reports ASCII text whose only white space is single spaces,
// which collapseSpace leaves as it is.
func plainSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || asciiSpace[c] && (c != ' ' || i > 0 && s[i-1] == ' ') {
			return false
		}
	}
	return true
}

// mayStartByline is a quick test that a text can start a byline: it
// starts with one of the prefixes, or with a date (year: it holds four
// digits in a row) and "by".
func mayStartByline(s string, year bool) bool {
	s = strings.TrimLeftFunc(s, isSpace)
	if heuristics.HasAuthorPrefix(s) {
		return true
	}
	// "Posted on March 3, 2026 by jdoe"; the quick test spares most texts
	// cutDateBy's work
	return year && containsFoldASCII(s, " by ") && cutDateBy(s) != s
}

// containsFoldASCII reports whether s contains the lower-case ASCII word w,
// ignoring the case of s's ASCII letters, without allocating.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[j] {
				break
			}
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// foreignPrefix reports a text starting with a byline prefix of another
// language than the page's that is also an English word ("Door", "Par"):
// on an English page it starts a sentence, not a byline.
func (r *metaReader) foreignPrefix(s string) bool {
	w := strings.ToLower(firstWord(s))
	lang := strings.ToLower(r.m.lang)
	return heuristics.AmbiguousAuthorPrefixes[w] && (lang == "" || strings.HasPrefix(lang, "en"))
}

// readsAsByline reports a text that starts with a byline prefix, perhaps
// after a date.
func readsAsByline(s string) bool {
	return cutAuthorPrefix(s) != s || cutDateBy(s) != s
}

// blockOf returns the nearest block-level ancestor of n.
func blockOf(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && isBlockAtom(p.DataAtom) {
			return p
		}
	}
	return nil
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

// metaAttrs are the attributes metadata reads on every element, found in
// one pass over them.
type metaAttrs struct{ itemprop, rel, href, class, id string }

// readAttrs returns n's metaAttrs, the first of each name as attr does.
func readAttrs(n *html.Node) metaAttrs {
	var a metaAttrs
	var seen uint8
	for _, at := range n.Attr {
		var field *string
		var bit uint8
		switch at.Key {
		case "itemprop":
			field, bit = &a.itemprop, 1
		case "rel":
			field, bit = &a.rel, 2
		case "href":
			field, bit = &a.href, 4
		case "class":
			field, bit = &a.class, 8
		case "id":
			field, bit = &a.id, 16
		default:
			continue
		}
		if seen&bit == 0 {
			*field, seen = at.Val, seen|bit
		}
	}
	return a
}

// bylineNames reads the names in a byline element: the texts of its links
// to author pages, else of its name-classed parts, else its text cut into
// names.
func bylineNames(n *html.Node) byline {
	text := innerText(n)
	if text == "" || len(text) > maxBylineLen {
		return byline{}
	}
	var linked, named []string
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode {
			return true
		}
		switch {
		case c.DataAtom == atom.A && authorPageLink(attr(c, "href")):
			linked = append(linked, innerText(c))
			return false
		case nameClassed(c):
			named = append(named, innerText(c))
			return false
		}
		return true
	})
	for _, group := range [][]string{linked, named} {
		var names []string
		for _, t := range group {
			names = append(names, splitAuthors(t, true)...)
		}
		if names = dedupeNames(names); len(names) > 0 {
			return byline{names, true}
		}
	}
	for _, line := range textLines(n) {
		if names := splitAuthors(line, false); len(names) > 0 {
			return byline{names, false}
		}
		for _, seg := range bylineSegments(line) { // "Dec. 19, 2025 · Jane Doe"
			if names := splitAuthors(seg, false); len(names) > 0 {
				return byline{names, false}
			}
		}
	}
	return byline{}
}

// textLines returns n's text cut at block elements and <br>: a name and
// its role on two lines are two lines here, not one run of words.
func textLines(n *html.Node) []string {
	var lines []string
	var b strings.Builder
	flush := func() {
		if t := collapseSpace(b.String()); t != "" {
			lines = append(lines, t)
		}
		b.Reset()
	}
	var visit func(c *html.Node)
	visit = func(c *html.Node) {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && (isBlockAtom(c.DataAtom) || c.DataAtom == atom.Br):
			flush()
			for g := c.FirstChild; g != nil; g = g.NextSibling {
				visit(g)
			}
			flush()
		default:
			for g := c.FirstChild; g != nil; g = g.NextSibling {
				visit(g)
			}
		}
	}
	visit(n)
	flush()
	return lines
}

// authorPageLink reports a link to an author's page ("/author/jane-doe").
func authorPageLink(href string) bool {
	path, _, _ := strings.Cut(strings.TrimSpace(href), "?")
	path, _, _ = strings.Cut(path, "#")
	if _, rest, ok := strings.Cut(path, "://"); ok {
		_, path, _ = strings.Cut(rest, "/") // drop the host
	}
	path = strings.ToLower(strings.Trim(path, "/"))
	for path != "" {
		seg, rest, more := strings.Cut(path, "/")
		if more && heuristics.AuthorPageSegments[seg] {
			next, _, _ := strings.Cut(rest, "/")
			return !heuristics.AccountPages[next]
		}
		path = rest
	}
	return false
}

// nameClassed reports an element marked as holding a name: itemprop=name
// or a class such as "author-name" or "byline__name".
func nameClassed(n *html.Node) bool {
	if strings.EqualFold(attr(n, "itemprop"), "name") {
		return true
	}
	for _, f := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if strings.Contains(f, "name") && !strings.Contains(f, "username-") {
			return true
		}
	}
	return false
}

func (m *pageMeta) addMeta(n *html.Node) {
	content := attr(n, "content")
	if content == "" {
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

// authorMetaKey reports the meta keys that name authors, which pages
// repeat once per author.
var authorMetaKey = func() map[string]bool {
	m := make(map[string]bool)
	for _, k := range heuristics.AuthorMetaKeys {
		m[k] = true
	}
	return m
}()

// setMeta keeps the first value of each key, and every value of the
// author keys.
func (m *pageMeta) setMeta(key, val string) {
	val = strings.TrimSpace(val)
	if val == "" {
		return
	}
	if (authorMetaKey[key] || heuristics.MultiValueMetaKey(key)) && len(m.metaAuthors[key]) < maxAuthors {
		if m.metaAuthors == nil {
			m.metaAuthors = make(map[string][]string)
		}
		m.metaAuthors[key] = append(m.metaAuthors[key], val)
	}
	if _, ok := m.meta[key]; !ok {
		m.meta[key] = val
	}
}

// twitterLabels copies "twitter:dataN" to "author" when its
// "twitter:labelN" reads "Written by".
func (m *pageMeta) twitterLabels() {
	for i := 1; i <= 4; i++ {
		n := string(rune('0' + i))
		label := heuristics.NormalizePhrase(m.meta["twitter:label"+n])
		if heuristics.AuthorLabels[label] {
			m.setMeta("twitter:author", m.meta["twitter:data"+n])
		}
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

// html2text unescapes entities left in attribute or JSON text
// ("Maria &amp; Katerina"), collapses its white space and drops soft
// hyphens ("Assis&shy;tance"), which render as nothing unless a line
// breaks there.
func html2text(s string) string {
	s = collapseSpace(html.UnescapeString(s))
	if strings.ContainsRune(s, '\u00ad') {
		s = strings.ReplaceAll(s, "\u00ad", "")
	}
	return s
}

// fillArticle sets the article's metadata fields. contentBylines are the
// byline blocks removed from the content.
func (m *pageMeta) fillArticle(a *Article, pageURL *url.URL, contentBylines []string) {
	m.pageURL = pageURL
	a.SiteName = m.siteName()
	a.Title = m.title(a.SiteName)
	if a.SiteName == "" {
		a.SiteName = m.titleSiteName(a.Title)
	}
	a.Authors = m.authors(contentBylines, a.SiteName)
	a.Published = m.published()
	a.Modified = m.modified(a.Published)
	a.Language = m.language()
	if a.Language == "" {
		a.Language = detectLanguage(a.Content) // langdetect.go
	}
	a.CanonicalURL = m.canonicalURL(pageURL)
	a.URL = m.url(pageURL)
	a.Excerpt = m.excerpt(a.Content)
	a.Image = m.image(a.Content, pageURL) // image.go
	a.Tags = m.tags()                     // tags.go
	a.Categories = m.categories()
	a.License = m.license(pageURL)
}

// siteName is the publication's name: JSON-LD publisher, og:site_name,
// then the other site-name meta tags.
func (m *pageMeta) siteName() string {
	if m.jsonLD.publisher != "" {
		return m.jsonLD.publisher
	}
	if v := m.meta["og:site_name"]; v != "" {
		return html2text(v)
	}
	for _, k := range heuristics.SiteNameMetaKeys[1:] {
		if v := m.meta[k]; v != "" && !strings.HasPrefix(v, "@") && !looksLikeURL(v) {
			return html2text(v)
		}
	}
	return ""
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

// canonicalURL is the canonical address the page declares, made absolute;
// empty when it declares none.
func (m *pageMeta) canonicalURL(pageURL *url.URL) string {
	for _, raw := range []string{m.canonical, m.meta["og:url"]} {
		if u := absoluteURL(raw, pageURL); u != "" {
			return u
		}
	}
	return ""
}

// absoluteURL resolves raw against pageURL; it returns "" unless the result
// is an http or https URL.
func absoluteURL(raw string, pageURL *url.URL) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if pageURL != nil {
		u = pageURL.ResolveReference(u)
	}
	if u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return u.String()
	}
	return ""
}

// url is the canonical URL the page declares, else pageURL's.
func (m *pageMeta) url(pageURL *url.URL) string {
	if c := m.canonicalURL(pageURL); c != "" {
		return c
	}
	if pageURL != nil {
		return pageURL.String()
	}
	return ""
}
