package extractor

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// Final-clean constants.
const (
	// maxWeakBoilerplate is the longest text, in runes, of a block marked
	// byline, caption, tags or header that is dropped from the content.
	maxWeakBoilerplate = 300
	// conditionalCommas: a container with this many commas is prose and is
	// never removed by the conditional rules.
	conditionalCommas = 10
	// minTextPerImage is the text, in runes outside links, per image that
	// a container with more images than paragraphs needs to be kept: a
	// how-to's steps with a screenshot each, not a gallery or a row of
	// logos.
	minTextPerImage = 60
)

// pruneMode says what kind of content is being cleaned.
type pruneMode int

const (
	// pruneArticle cleans prose: link-heavy boxes inside it are chrome.
	pruneArticle pruneMode = iota
	// pruneListing cleans link-heavy content (listings, link lists, product
	// grids), where links are the content: only marked chrome and chrome
	// phrases go.
	pruneListing
)

// linksAreContent reports page types whose content is made of links: a
// shop's category grid, an index of articles.
func (d *document) linksAreContent() bool {
	return (d.pageType == CollectionPage || d.pageType == ListingPage) && d.pageTypeConf >= minTypeConfidence
}

// listsItems reports a listing or collection page whose content is its
// items: a list of like items was found, or the classifier is confident.
func (d *document) listsItems() bool {
	return (d.pageType == ListingPage || d.pageType == CollectionPage) && (d.itemList || d.linksAreContent())
}

// minTypeConfidence is the classifier confidence from which extraction
// follows the page type.
const minTypeConfidence = 0.7

// listingLinkDensity is the link density from which selected content, on
// a page not confidently an article, is pruned as a listing: its text is
// mostly the links of its items.
const listingLinkDensity = 0.5

// minArticleProse is the prose, in runes, below which selected content is
// pruned as a listing rather than as an article.
const minArticleProse = 500

// prune removes what remains of page chrome inside the selected content:
// boilerplate-marked blocks, captions, bylines and datelines (kept for the
// metadata), chrome phrases, recirculation rails and link-heavy containers.
func (d *document) prune(mode pruneMode) {
	root := d.content
	d.measure(root)
	rootText := d.info[root].text
	d.sharedSidebar, d.sharedHeader = sharedMarks(d, root, d.listsItems() || d.pageType == ServicePage && d.pageTypeConf >= minTypeConfidence)

	// boilerplate by markup, and short chrome blocks by phrase
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || isCode(n) {
			return false
		}
		ni := d.info[n]
		if ni == nil {
			return true
		}
		reason := ""
		switch {
		case d.dropMarked(n, ni, rootText):
			reason = "marked " + ni.sig.Kind.String()
		case d.customerReviews(n, ni, rootText):
			reason = "customer reviews"
		case d.dropCaption(n, ni):
			reason = "caption with a photo credit"
		case symbolLink(n, ni):
			reason = "permalink symbol"
		case d.postCounter(n, ni):
			reason = "post number or vote count"
		default:
			reason = d.dropPhrase(n, ni)
		}
		if reason == "" {
			return true
		}
		d.drop(n, "prune", reason)
		return false
	})
	d.dropRelatedRails(root)
	d.remeasure(root)
	if mode == pruneArticle && (d.itemList || d.info[root].prose < minArticleProse || d.linksAreContent() || d.opts.Favor == FavorRecall ||
		d.info[root].linkDensity() >= listingLinkDensity && !(d.pageType == ArticlePage && d.pageTypeConf >= minTypeConfidence)) {
		// a list of like items, or next to no prose: a listing, a product
		// grid or a link hub, whose links are the content
		mode = pruneListing
	}
	if mode == pruneArticle {
		d.cleanConditionally(root)
	}
	// after the statistics: a post that quotes is judged with its quote
	d.dropRepeatedQuotes(root)
	d.dropTitle(root)
	d.dropRepeatedBlocks(root)
	d.dropEmpty(root)
}

// customerReviews reports, on a product page, a block of customer reviews
// (its class or id names reviews, or it is microdata's review): what
// buyers wrote, not the product's description, so it goes with the
// comments unless they are asked for. A block holding most of the content
// stays.
func (d *document) customerReviews(n *html.Node, ni *nodeInfo, rootText int) bool {
	if d.pageType != ProductPage || d.pageTypeConf < minTypeConfidence || d.opts.IncludeComments || n == d.content {
		return false
	}
	if !heuristics.ReviewName(attr(n, "class")) && !heuristics.ReviewName(attr(n, "id")) && !heuristics.ReviewName(attr(n, "itemprop")) {
		return false
	}
	// a wrapper of the whole product (its name and the reviews) stays
	return (d.firstH1 == nil || !isAncestor(n, d.firstH1)) && (rootText == 0 || float64(ni.text) <= 0.5*float64(rootText))
}

// minRepeatedBlock is the shortest text, in runes, of a block that
// dropRepeatedBlocks compares.
const minRepeatedBlock = 80

// repeatedBlockAtoms are the blocks that dropRepeatedBlocks compares.
var repeatedBlockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true,
	atom.Dd: true, atom.Dt: true, atom.Figcaption: true,
}

// dropRepeatedBlocks removes paragraphs, list items and headings that
// repeat earlier ones word for word, when every such block of their parent
// is a repeat: a page's desktop and mobile versions of one section, a
// carousel's cloned slides, a product's description shown twice. A block
// repeated beside new ones (a closing line shared by two sections) stays;
// code is never compared.
func (d *document) dropRepeatedBlocks(root *html.Node) {
	type block struct {
		n      *html.Node
		repeat bool
	}
	var blocks []block
	var seen map[uint64]bool // textHash of the blocks so far
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || isCode(n) {
			return false
		}
		if !repeatedBlockAtoms[n.DataAtom] {
			return true
		}
		ni := d.info[n]
		if ni == nil || ni.text < minRepeatedBlock {
			return false
		}
		h := textHash(n)
		if seen == nil {
			seen = make(map[uint64]bool)
		}
		blocks = append(blocks, block{n, seen[h]})
		seen[h] = true
		return false
	})
	// a parent keeps its repeats unless all its compared blocks repeat
	mixed := make(map[*html.Node]bool)
	for _, b := range blocks {
		if !b.repeat {
			mixed[b.n.Parent] = true
		}
	}
	repeated := make(map[*html.Node]int) // repeated text under each parent
	for _, b := range blocks {
		if b.repeat && !mixed[b.n.Parent] {
			repeated[b.n.Parent] += d.info[b.n].text
		}
	}
	for _, b := range blocks {
		p := b.n.Parent
		if !b.repeat || mixed[p] || p.Parent == nil {
			continue
		}
		if p != root && float64(repeated[p]) >= minRepeatedShare*float64(d.info[p].text) {
			// the block's box (a heading and its paragraph) repeats
			d.drop(p, "prune", "repeats an earlier block")
			continue
		}
		d.drop(b.n, "prune", "repeats an earlier block")
	}
}

// textHash hashes n's text with its white space collapsed as collapseSpace
// does (FNV-1a over runes, 64 bits), without building the text.
func textHash(n *html.Node) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	space := false // a space is pending
	started := false
	walk(n, func(c *html.Node) bool {
		if c.Type != html.TextNode {
			return c.Type == html.ElementNode
		}
		for _, r := range c.Data {
			if isSpace(r) {
				space = started
				continue
			}
			if space {
				h = (h ^ ' ') * prime
				space = false
			}
			h = (h ^ uint64(r)) * prime
			started = true
		}
		return false
	})
	return h
}

// minRepeatedShare is the share of a box's text its repeated blocks must
// hold for dropRepeatedBlocks to drop the whole box, short headings and
// labels with it.
const minRepeatedShare = 0.8

// dropMarked reports whether an element marked as chrome by its markup
// should go. Strong kinds go unless they hold most of the content; weak
// kinds (bylines, captions, tags, headers, sidebars) go when short.
func (d *document) dropMarked(n *html.Node, ni *nodeInfo, rootText int) bool {
	kind := ni.sig.Kind
	if kind == heuristics.None || inRunningText(n) {
		return false
	}
	if kind == heuristics.Gallery {
		// an article's embedded gallery is a second story told in
		// captions; on product and service pages carousels hold content
		return d.pageType == ArticlePage && d.pageTypeConf >= minTypeConfidence
	}
	if kind == heuristics.Comments && d.keepComments {
		return false
	}
	holdsMost := rootText > 0 && ni.blocks >= 2 && float64(ni.text-ni.link) > 0.5*float64(rootText)
	if kind.Strong() {
		return !holdsMost && !(isProse(ni) && kind.YieldsToProse())
	}
	if holdsMost || n.DataAtom == atom.Table && isDataTable(n) {
		// (a data table named "sticky-header" or "meta-table" is data)
		return false
	}
	if (kind == heuristics.Byline || kind == heuristics.Tags) && d.listsItems() {
		// each item's author, date and topics are part of the item
		return false
	}
	switch kind {
	case heuristics.Byline:
		if d.pageType != ForumPage && d.pageType != ArticlePage && holdsHeading(n) {
			// on a landing page a byline-marked block that holds a
			// heading ("meta-block-section", a "badge" card) is a
			// section or a card of the content. An article's author
			// box and a forum post's profile head the author's name
			// and stay chrome
			return false
		}
		if ni.text <= maxWeakBoilerplate {
			d.bylines = append(d.bylines, innerText(n))
			return true
		}
	case heuristics.Caption:
		if d.pageType == DocumentationPage && ni.linkDensity() <= 0.5 {
			// a manual's captions name its listings and diagrams
			// ("Listing 4-1: ...", a code block's file name)
			return false
		}
		return !d.opts.KeepCaptions && (ni.text <= maxWeakBoilerplate || ni.linkDensity() > 0.5)
	case heuristics.Tags:
		return ni.text <= maxWeakBoilerplate || ni.linkDensity() > 0.5
	case heuristics.Header, heuristics.Sidebar:
		if kind == heuristics.Sidebar && d.sharedSidebar || kind == heuristics.Header && d.sharedHeader {
			// the mark is the page's building block (a page builder's
			// "widget", a design system's "headline", each teaser's
			// <header> on an index page), not chrome. A link-heavy
			// widget is still a rail ("Recent Posts"); link-heavy
			// headers are an index's teasers, left to the link-density
			// rules
			return kind == heuristics.Sidebar && ni.linkDensity() > 0.3
		}
		if kind == heuristics.Header && isHeading(n) && d.pageType == DocumentationPage {
			// a manual's headings name their role ("section-header",
			// an API signature's "code-header"): a heading, not the
			// page's masthead
			return false
		}
		return ni.blocks < 2 || ni.linkDensity() > 0.3
	}
	return false
}

// maxMarkedShare is the share of the content's text above which a weak
// chrome mark is taken for the page's building block rather than chrome:
// page builders name every content block "widget", and a rail never holds
// most of the content it sits in.
const maxMarkedShare = 0.5

// minMarkedBlocks is the fewest marked elements that sharedMarks takes for
// a page's building blocks.
const minMarkedBlocks = 3

// markTally sums the outermost elements of one mark within a container.
type markTally struct{ text, count, largest int }

func (t *markTally) add(text int) {
	t.text += text
	t.count++
	t.largest = max(t.largest, text)
}

// shared reports whether the tallied elements are the building blocks of
// a container holding total runes: at least minMarkedBlocks of them, none
// holding half of it, together more than maxMarkedShare of it.
func (t markTally) shared(total int) bool {
	return t.count >= minMarkedBlocks && 2*t.largest < total && float64(t.text) > maxMarkedShare*float64(total)
}

// repeated reports whether the tallied elements recur as the parts of
// like items: at least minMarkedBlocks of them, none holding half of a
// container of total runes, however little of it they hold together.
func (t markTally) repeated(total int) bool {
	return t.count >= minMarkedBlocks && 2*t.largest < total
}

// sharedMarks reports whether sidebar-marked and header-marked elements
// are the building blocks of root (markTally.shared), each counted at its
// outermost element of that kind. One walk serves both kinds. When root
// is made of like blocks (a listing's teasers, a shop's grid, a service
// page's feature sections and FAQ entries), header marks that recur are
// the blocks' own headers (each teaser's <header> holding its title, each
// section's "section-header"), not the page's masthead, which appears
// once.
func sharedMarks(d *document, root *html.Node, items bool) (sidebar, header bool) {
	total := d.info[root].text
	if total == 0 {
		return false, false
	}
	var side, head markTally
	var visit func(n *html.Node, inSide, inHead bool)
	visit = func(n *html.Node, inSide, inHead bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			ci := d.info[c]
			if ci == nil {
				continue
			}
			s, h := inSide, inHead
			switch {
			case ci.sig.Kind == heuristics.Sidebar && !s:
				side.add(ci.text)
				s = true
			case ci.sig.Kind == heuristics.Header && !h:
				head.add(ci.text)
				h = true
			}
			if !(s && h) {
				visit(c, s, h)
			}
		}
	}
	visit(root, false, false)
	header = head.shared(total) || items && head.repeated(total)
	return side.shared(total), header
}

// dropPhrase reports why a block goes when its whole text is a chrome
// phrase ("Advertisement", "Share via", "4 min read"), a byline or a
// dateline, or returns "".
func (d *document) dropPhrase(n *html.Node, ni *nodeInfo) string {
	if ni.text == 0 || ni.text > heuristics.MaxChromeLen || !isBlockAtom(n.DataAtom) && !soleChild(n) && !amongBlocks(n) {
		return ""
	}
	v := d.blockPhrase(n)
	text, norm := v.text, v.norm // the predicates below take it as it is
	if (isHeading(n) || isLabelBlock(n, ni)) && (heuristics.RelatedHeadingNorm(norm) || heuristics.BioHeadingNorm(norm)) {
		// the heading of a rail or a biography: dropRelatedRails takes it
		// with the blocks it introduces
		return ""
	}
	if v.chrome != heuristics.None {
		if v.chrome == heuristics.Caption && d.opts.KeepCaptions {
			return ""
		}
		return v.chrome.String() + " phrase"
	}
	if heuristics.BylineTextNorm(norm) && !endsSentenceText(text) && !heuristics.ProseOpening(text) {
		d.bylines = append(d.bylines, text)
		return "byline"
	}
	if v.dateline && !heuristics.HasCurrency(text) && !d.listsItems() {
		// ("$8.03" normalises to "8.03", which reads as a clock; on a
		// listing each item's date is part of the item, as its byline
		// and tags are in dropMarked)
		return "dateline"
	}
	return ""
}

// phraseVerdict is a block text normalised (heuristics.NormalizePhrase)
// and what the phrase tables say of it.
type phraseVerdict struct {
	text     string // the block's text (innerText)
	norm     string
	chrome   heuristics.Kind // ChromePhrase's kind, or None
	dateline bool
}

// blockPhrase is phraseVerdict(innerText(n)). It builds the text in a
// buffer of d's and copies it out only for a text not seen before.
func (d *document) blockPhrase(n *html.Node) phraseVerdict {
	if c := n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode && collapsed(c.Data) {
		return d.phraseVerdict(c.Data) // innerText's own shortcut
	}
	w := spaceCollapser{b: d.textBuf[:0]}
	w.node(n)
	d.textBuf = w.b
	if v, ok := d.phrases[string(w.b)]; ok {
		return v
	}
	return d.phraseVerdict(string(w.b))
}

// phraseVerdict normalises a block text and runs the phrase tables on it
// once per page: nested elements holding the same text ("<li><a><span>"),
// and repeated blocks ("Reply", "Share"), ask again.
func (d *document) phraseVerdict(text string) phraseVerdict {
	if v, ok := d.phrases[text]; ok {
		return v
	}
	v := phraseVerdict{text: text, norm: heuristics.NormalizePhrase(text)}
	if k, ok := heuristics.ChromePhraseNorm(v.norm); ok {
		v.chrome = k
	} else {
		v.dateline = heuristics.DateLineNorm(v.norm)
	}
	if d.phrases == nil {
		d.phrases = make(map[string]phraseVerdict, 64) // about the median page's count
	}
	d.phrases[text] = v
	return v
}

// dropCaption reports a caption written as a plain block: right after an
// image, ending with a photo credit.
func (d *document) dropCaption(n *html.Node, ni *nodeInfo) bool {
	if d.opts.KeepCaptions || ni.text == 0 || ni.text > 2*heuristics.MaxChromeLen || !isElement(n, atom.P, atom.Div, atom.Span, atom.Small) {
		return false
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		if prev.Type == html.TextNode && strings.TrimFunc(prev.Data, isSpace) != "" {
			return false
		}
		prev = prev.PrevSibling
	}
	if prev == nil || findElement(prev, atom.Img) == nil && findElement(prev, atom.Picture) == nil {
		return false
	}
	return heuristics.CreditCaption(innerText(n))
}

// amongBlocks reports an inline element that stands as a block of its own:
// its siblings are block elements and white space ("<span>Reading Time: 4
// minutes</span><p>…</p>").
func amongBlocks(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c == n:
		case c.Type == html.TextNode && strings.TrimFunc(c.Data, isSpace) != "":
			return false
		case c.Type == html.ElementNode && !isBlockAtom(c.DataAtom) && c.DataAtom != atom.Br:
			return false
		}
	}
	return true
}

// symbolLink reports a link whose text is only symbols: heading permalinks
// ("¶", "#", "§") and arrows.
func symbolLink(n *html.Node, ni *nodeInfo) bool {
	return n.DataAtom == atom.A && ni.text > 0 && ni.text <= 3 && heuristics.NormalizePhrase(innerText(n)) == ""
}

// maxCounterLen is the longest text, in runes, of a post's number or
// vote count ("#12", "-3", "1.2k").
const maxCounterLen = 6

// postCounter reports, on a forum page, a block whose whole text is a
// number: a post's number ("#12") or its votes, the furniture of each post.
func (d *document) postCounter(n *html.Node, ni *nodeInfo) bool {
	if d.pageType != ForumPage || ni.text == 0 || ni.text > maxCounterLen || !isBlockAtom(n.DataAtom) && n.DataAtom != atom.A {
		return false
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th || n.DataAtom == atom.Li {
		return false
	}
	t := strings.TrimSpace(innerText(n))
	t = strings.TrimPrefix(t, "#")
	t = strings.TrimPrefix(t, "-")
	t = strings.TrimPrefix(t, "+")
	t = strings.TrimSuffix(strings.TrimSuffix(t, "k"), "K")
	if t == "" {
		return false
	}
	for _, r := range t {
		if (r < '0' || r > '9') && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// soleChild reports whether n is the only content of its parent block, so
// that its text is the block's text.
func soleChild(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n {
			continue
		}
		if c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return true
}

func endsSentenceText(t string) bool {
	return strings.HasSuffix(t, ".") && len(t) > 60
}

// maxBioLen is the longest author biography, in runes, that a bio heading
// takes with it.
const maxBioLen = 2000

// dropRelatedRails removes recirculation rails and author biographies
// introduced by a heading such as "More to Read", "Related stories" or
// "About the author": the heading's section when the section is mostly
// links or teasers (or a short biography), else the heading and the
// blocks of the same kind that follow it.
func (d *document) dropRelatedRails(root *html.Node) {
	type found struct {
		h   *html.Node
		bio bool
	}
	var headings []found
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if isHeading(n) || isLabelBlock(n, d.info[n]) {
			t := heuristics.NormalizePhrase(innerText(n)) // once for both tests
			switch {
			case heuristics.RelatedHeadingNorm(t):
				headings = append(headings, found{n, false})
			case heuristics.BioHeadingNorm(t):
				headings = append(headings, found{n, true})
			}
			return false
		}
		return true
	})
	for _, f := range headings {
		h := f.h
		if h.Parent == nil || !isAncestor(root, h) {
			continue
		}
		// drops reports whether a block after the heading belongs to it
		budget := maxBioLen
		drops := func(n *html.Node) bool {
			if !f.bio {
				return d.teaserLike(n)
			}
			ni := d.info[n]
			if ni == nil {
				return true
			}
			budget -= ni.text
			return budget >= 0
		}
		section := h.Parent
		// climb through wrappers that hold only the heading
		for section != root && section.Parent != nil && d.info[section] != nil && d.info[section].text <= d.info[h].text+2 {
			section = section.Parent
		}
		if section != root && drops(section) {
			d.drop(section, "prune", "rail or biography under "+strconvQuote(innerText(h)))
			continue
		}
		// the heading sits among the content's own blocks: drop it and the
		// blocks after it that belong to it
		budget = maxBioLen
		start := h
		for start.Parent != section {
			start = start.Parent
		}
		for c := start.NextSibling; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				if isHeading(c) || !drops(c) {
					break
				}
				d.drop(c, "prune", "rail or biography under "+strconvQuote(innerText(h)))
			}
			c = next
		}
		d.drop(start, "prune", "rail or biography heading")
	}
}

// isLabelBlock reports a short block that works as a heading: a <p> or
// <div> holding a few words, often in <strong>.
func isLabelBlock(n *html.Node, ni *nodeInfo) bool {
	if ni == nil || ni.text == 0 || ni.text > 40 {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Strong, atom.B, atom.Header, atom.Dt:
		return true
	}
	return false
}

// teaserLike reports whether a block reads like a list of teasers: mostly
// links, or no paragraph of prose.
func (d *document) teaserLike(n *html.Node) bool {
	ni := d.info[n]
	if ni == nil {
		return true
	}
	if ni.linkDensity() > 0.3 {
		return true
	}
	return ni.blocks == 0 || ni.text < 200 || d.pricedTiles(n, ni)
}

// minTilePrices is the fewest prices that make a block a row of product
// tiles, and maxTileText the most text per price such a row holds.
const (
	minTilePrices = 3
	maxTileText   = 250
	maxPriceTag   = 40 // bytes of a text node that is a price tag ("previous price $19.99")
)

// pricedTiles reports a block that is a row of product tiles (a title, a
// condition, a price, a delivery charge, each): at least minTilePrices
// price tags (short texts, not prices quoted in prose), with at most
// maxTileText bytes of text per price. Its links are only the titles, so
// it does not read as link-heavy.
func (d *document) pricedTiles(n *html.Node, ni *nodeInfo) bool {
	prices := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode && len(c.Data) <= maxPriceTag && heuristics.HasPrice(c.Data) {
			prices++
		}
		return c.Type == html.ElementNode && c.DataAtom != atom.Table // a price table is data
	})
	return prices >= minTilePrices && ni.text <= prices*maxTileText
}

// conditionalAtoms are containers judged by cleanConditionally.
var conditionalAtoms = map[atom.Atom]bool{
	atom.Div: true, atom.Section: true, atom.Ul: true, atom.Ol: true,
	atom.Table: true, atom.Form: true, atom.Aside: true, atom.Header: true,
	atom.Footer: true, atom.Figure: true, atom.Dl: true, atom.Nav: true,
}

// cleanConditionally removes containers inside the content that look like
// chrome by their statistics: link-heavy boxes, image galleries without
// text, lists of short links, embeds. Containers with many commas are prose
// and stay.
func (d *document) cleanConditionally(root *html.Node) {
	var nodes []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if isCode(n) {
			return false
		}
		if conditionalAtoms[n.DataAtom] {
			nodes = append(nodes, n)
		}
		return true
	})
	// innermost first, so an outer box is judged without its removed parts
	for i := len(nodes) - 1; i >= 0; i-- {
		n := nodes[i]
		// innermost first: an ancestor of n is judged after n, so n is
		// still in the tree unless it went with an earlier stage
		if n.Parent == nil {
			continue
		}
		if rule := d.removalRule(n); rule != "" {
			parent := n.Parent
			d.drop(n, "prune", rule)
			ni := d.info[n]
			for p := parent; p != nil; p = p.Parent {
				if pi := d.info[p]; pi != nil {
					pi.text -= ni.text
					pi.link -= ni.link
					pi.commas -= ni.commas
				}
				if p == root {
					break
				}
			}
		}
	}
}

// removalRule applies the conditional rules to one container and names the
// rule that removes it, or returns "".
func (d *document) removalRule(n *html.Node) string {
	ni := d.info[n]
	if ni == nil || n == d.content {
		return ""
	}
	weight := ni.sig.Weight()
	if n.DataAtom == atom.Table && isDataTable(n) {
		return ""
	}
	if ni.commas >= conditionalCommas {
		return ""
	}
	c := d.countDescendants(n)
	isList := n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Dl
	ld := ni.linkDensity()
	length := ni.text
	switch {
	case n.DataAtom != atom.Figure && c.img > 1 && float64(c.p)/float64(c.img) < 0.5 && ni.text-ni.link < minTextPerImage*c.img:
		return "images without text"
	case !isList && c.li > c.p+10 && ld > 0.2:
		return "list items without paragraphs"
	case c.input > c.p/3:
		return "form fields"
	case !isList && n.DataAtom != atom.Figure && length < minBlockLen && (c.img == 0 || c.img > 2) && ld > 0:
		return "short block with a link"
	case !isList && weight < 25 && ld > d.maxLinkDensity()+d.linkSlack(n) && !d.serviceCard(ld, length) && !d.forumPost(n, ni) && !(d.pageType == DocumentationPage && ld <= docsLinkDensity):
		return "link-heavy box"
	case weight >= 25 && ld > 0.5 && !d.forumPost(n, ni):
		return "link-heavy box"
	case isList && ld > 0.5 && c.li > 0 && float64(length)/float64(c.li) < 60 && d.pageType != DocumentationPage:
		// a list of short links: a menu or a list of related stories. On
		// a documentation page such a list inside the content is the
		// page's own: its sub-topics, an API's members, "See also"
		return "list of short links"
	case c.embed == 1 && length < 75 || c.embed > 1:
		return "embed"
	}
	return ""
}

// Forum-post constants.
const (
	// maxPostLinkDensity is the link density, outside its headings, up
	// to which a container on a forum page is a post rather than a box
	// of links: a reply may paste a URL or two.
	maxPostLinkDensity = 0.5
	// minPostText is the shortest text, in runes, outside its linked
	// headings, of a container taken for a post.
	minPostText = 20
)

// forumPost reports, on a forum page, a container that the link-density
// rules would drop for its linked headings: each post of a thread heads
// its message with a linked title or permalink ("Re: ..."), which outweighs
// a short reply. Judged on its text outside those headings, it is a post.
func (d *document) forumPost(n *html.Node, ni *nodeInfo) bool {
	if d.pageType != ForumPage {
		return false
	}
	headLinks := 0
	walk(n, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return false
		}
		if isHeading(x) {
			if xi := d.info[x]; xi != nil {
				headLinks += xi.link
			}
			return false
		}
		return true
	})
	if headLinks == 0 {
		return false
	}
	text, link := ni.text-headLinks, ni.link-headLinks
	return text >= minPostText && float64(link) <= maxPostLinkDensity*float64(text)
}

// docsLinkDensity is the link density up to which a box inside a
// documentation page's content is the manual's own, as boxes named content
// are everywhere: a topic's list of guides with a line each, an API
// member's signature with its linked types, a "see also" paragraph.
const docsLinkDensity = 0.5

// Service-card constants.
const (
	// serviceLinkDensity is the link density up to which a box of
	// minServiceCard runes or more on a service page is content.
	serviceLinkDensity = 0.4
	// minServiceCard is the shortest such box, in runes.
	minServiceCard = 80
)

// serviceCard reports a box on a service page that the link-density rule
// would drop but that reads as one of the page's cards: a service, a plan
// or a case study whose title links to its own page, with a description.
// Landing pages link their headings and calls to action where an article
// would not.
func (d *document) serviceCard(ld float64, length int) bool {
	return d.pageType == ServicePage && ld <= serviceLinkDensity && length >= minServiceCard
}

// maxLinkDensity is the link density from which a container inside the
// content is a box of links: lower when precision is favoured.
func (d *document) maxLinkDensity() float64 {
	if d.favor() == FavorPrecision {
		return precisionLinkDensity
	}
	return 0.2
}

// precisionLinkDensity is maxLinkDensity under FavorPrecision.
const precisionLinkDensity = 0.1

// linkSlack loosens the link-density rule for containers of long prose with
// inline links (reference-heavy writing).
func (d *document) linkSlack(n *html.Node) float64 {
	if ni := d.info[n]; ni != nil && ni.blocks >= 3 {
		return 0.15
	}
	return 0
}

type descendantCounts struct {
	p, img, li, input, embed int
}

// countDescendants counts what a container holds. Paragraphs are <p>-like
// elements and any block with its own text, plus one per pair of <br>s, so
// that text written with line breaks counts as paragraphs too.
func (d *document) countDescendants(n *html.Node) descendantCounts {
	var c descendantCounts
	brs := 0
	count := func(x *html.Node) {
		switch x.DataAtom {
		case atom.P, atom.Pre, atom.Blockquote:
			c.p++
		case atom.Img, atom.Picture:
			c.img++
		case atom.Li:
			c.li++
		case atom.Input, atom.Textarea, atom.Select:
			c.input++
		case atom.Object, atom.Embed, atom.Iframe, atom.Video:
			c.embed++
		case atom.Br:
			brs++
		default:
			if xi := d.info[x]; xi != nil && xi.own >= minBlockLen && isBlockAtom(x.DataAtom) {
				c.p++
			}
		}
	}
	count(n)
	walk(n, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return false
		}
		count(x)
		return true
	})
	c.p += brs / 2
	return c
}

// isDataTable reports a table of data (with headers, a caption, or many
// cells) rather than one used for layout.
func isDataTable(n *html.Node) bool {
	if strings.EqualFold(attr(n, "role"), "presentation") {
		return false
	}
	if attr(n, "summary") != "" {
		return true
	}
	rows, cells := 0, 0
	nested := false
	hasHeader := false
	walk(n, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return false
		}
		switch x.DataAtom {
		case atom.Table:
			nested = true
			return false
		case atom.Caption, atom.Thead, atom.Th, atom.Tfoot, atom.Colgroup, atom.Col:
			hasHeader = true
		case atom.Tr:
			rows++
		case atom.Td:
			cells++
		}
		return true
	})
	if nested {
		return false
	}
	if hasHeader {
		return true
	}
	return rows >= 10 || cells >= 10 && rows >= 3
}

// dropTitle removes the headline from the content, since it is
// Article.Title, and headings that repeat it: forum posts' "Re: <title>"
// subjects.
func (d *document) dropTitle(root *html.Node) {
	title := heuristics.NormalizePhrase(d.title)
	if title == "" {
		return
	}
	// a product's name is part of its record: on a product page the first
	// headline stays, and only what sits beside it in its block goes
	keepFirst := d.pageType == ProductPage
	type headline struct{ h, block *html.Node }
	var drop []headline
	firstH1 := true
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if !isHeading(n) {
			return true
		}
		t := heuristics.StripReplyPrefix(heuristics.NormalizePhrase(innerText(n)))
		switch {
		case t == "":
		case t == title, n.DataAtom == atom.H1 && firstH1 && (strings.Contains(title, t) || strings.Contains(t, title)):
			drop = append(drop, headline{n, d.headlineBlock(n, root)})
		}
		if n.DataAtom == atom.H1 {
			firstH1 = false
		}
		return false
	})
	for i, hb := range drop {
		if keepFirst && i == 0 {
			d.dropBeside(hb.h, hb.block)
			continue
		}
		d.drop(hb.block, "prune", "headline (Article.Title)")
	}
}

// maxHeadlineExtra is how much text, in runes, a headline block may hold
// besides the headline: a kicker, a subtitle.
const maxHeadlineExtra = 300

// headlineBlock returns the block that holds a headline with its kicker and
// subtitle, or the headline itself: the largest ancestor below root whose
// text adds at most maxHeadlineExtra runes and no paragraph of prose.
func (d *document) headlineBlock(h, root *html.Node) *html.Node {
	hi := d.info[h]
	if hi == nil {
		return h
	}
	block := h
	// on a page listing items, what surrounds the headline (a result
	// count, an intro, the grid itself when it is short) is the
	// listing's: only wrappers of the headline alone go with it
	listing := d.listsItems()
	for p := h.Parent; p != nil && p != root; p = p.Parent {
		pi := d.info[p]
		if pi == nil || pi.text > hi.text+maxHeadlineExtra || listing && pi.text > hi.text || pi.blocks > hi.blocks+1 || d.hasParagraph(p) || d.holdsListing(p, h) {
			break
		}
		block = p
	}
	return block
}

// holdsListing reports whether n holds, besides the headline h, what a
// headline's kicker and subtitle never have: a table, a list of items
// with text of their own (not a row of share links), or three or more
// headings. Those are the items of an index.
func (d *document) holdsListing(n, h *html.Node) bool {
	headings, found := 0, false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode || c == h {
			return false
		}
		switch {
		case c.DataAtom == atom.Table:
			found = true
		case c.DataAtom == atom.Ul || c.DataAtom == atom.Ol:
			found = d.textItems(c) >= minHeadlineListItems
		case isHeading(c):
			headings++
			found = headings > 2
			return false
		}
		return !found
	})
	return found
}

// minHeadlineListItems and minHeadlineItemText: a list with this many
// items of this many runes is content, not a headline's share links.
const (
	minHeadlineListItems = 2
	minHeadlineItemText  = 20
)

// textItems counts the items of list l with minHeadlineItemText runes.
func (d *document) textItems(l *html.Node) int {
	n := 0
	for c := l.FirstChild; c != nil; c = c.NextSibling {
		if ci := d.info[c]; ci != nil && c.DataAtom == atom.Li && ci.text >= minHeadlineItemText {
			n++
		}
	}
	return n
}

// hasParagraph reports whether n holds a paragraph of prose: a block other
// than a heading with longBlock runes of its own text.
func (d *document) hasParagraph(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode || isHeading(c) {
			return false
		}
		if ci := d.info[c]; ci != nil && ci.own >= longBlock && isBlockAtom(c.DataAtom) {
			found = true
		}
		return !found
	})
	return found
}

// keepWhenEmpty are elements that mean something without text.
var keepWhenEmpty = map[atom.Atom]bool{
	atom.Img: true, atom.Picture: true, atom.Br: true, atom.Hr: true,
	atom.Td: true, atom.Th: true, atom.Math: true,
}

// dropEmpty removes elements left without text or images. An inline
// element holding only white space stays: it separates the words around it
// (a syntax highlighter's whitespace token, "def<span> </span>name").
func (d *document) dropEmpty(root *html.Node) {
	var visit func(n *html.Node) bool // reports whether n has content
	visit = func(n *html.Node) bool {
		has := false
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch c.Type {
			case html.TextNode:
				if strings.TrimFunc(c.Data, isSpace) != "" {
					has = true
				}
			case html.ElementNode:
				switch {
				case keepWhenEmpty[c.DataAtom]:
					has = has || c.DataAtom != atom.Br && c.DataAtom != atom.Hr
				case c.DataAtom == atom.Pre && hasVisibleText(c):
					// a code block is not visited: its white space is its
					// indentation
					has = true
				case c.DataAtom != atom.Pre && visit(c):
					has = true
				case !isBlockAtom(c.DataAtom) && holdsSpace(c):
					// white space set in an inline element separates
					// the words around it ("def<span> </span>name")
				default:
					d.edits.remove(c)
				}
			}
			c = next
		}
		return has
	}
	visit(root)
}

// hasVisibleText reports whether n's subtree holds text other than white
// space.
func hasVisibleText(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode && strings.TrimFunc(c.Data, isSpace) != "" {
			found = true
		}
		return !found
	})
	return found
}

// Repeated-quote constants.
const (
	// minQuotedRun is the length, in runes, from which a run of text
	// inside a quote is looked for in the text before the quote: shorter
	// runs ("said:", a bold word) say nothing about where they came from.
	minQuotedRun = 20
	// repeatedQuoteShare is the share of a quote's text in runs found
	// earlier on the page that makes the quote a repetition.
	repeatedQuoteShare = 0.8
)

// dropRepeatedQuotes removes block quotes that repeat text shown earlier in
// the content: a forum reply quoting an earlier post, which the page shows
// twice. A quote is a repetition when its runs of text (each text node of
// minQuotedRun runes or more) found in the text before it make up
// repeatedQuoteShare of its text; quotes of other pages stay.
func (d *document) dropRepeatedQuotes(root *html.Node) {
	if findElement(root, atom.Blockquote) == nil {
		return // most pages quote nothing: no text to gather
	}
	var before strings.Builder // collapsed text so far, runs separated by spaces
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.TextNode:
				if t := collapseSpace(c.Data); t != "" {
					before.WriteString(t)
					before.WriteByte(' ')
				}
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Blockquote && repeatsText(c, before.String()):
				d.drop(c, "prune", "quote of earlier text")
			default:
				visit(c)
			}
			c = next
		}
	}
	visit(root)
}

// repeatsText reports whether quote's text is mostly runs found in before.
func repeatsText(quote *html.Node, before string) bool {
	if before == "" {
		return false
	}
	total, found := 0, 0
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				visit(c)
				continue
			}
			if c.Type != html.TextNode {
				continue
			}
			t := collapseSpace(c.Data)
			runes := utf8.RuneCountInString(t)
			total += runes
			if runes >= minQuotedRun && strings.Contains(before, t) {
				found += runes
			}
		}
	}
	visit(quote)
	return total > 0 && float64(found) >= repeatedQuoteShare*float64(total)
}

// dropBeside removes what block holds besides its heading h: a headline
// block's kicker and subtitle, a product's badges and rating.
func (d *document) dropBeside(h, block *html.Node) {
	for c := h; c != block; c = c.Parent {
		for s := c.Parent.FirstChild; s != nil; {
			next := s.NextSibling
			if s != c && s.Type == html.ElementNode {
				d.drop(s, "prune", "beside the headline (Article.Title)")
			}
			s = next
		}
	}
}

// holdsHeading reports whether an <h1>-<h6> sits below n.
func holdsHeading(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		if c != n && isHeading(c) {
			found = true
			return false
		}
		return true
	})
	return found
}

// holdsSpace reports whether n's text is white space, such as a syntax
// highlighter's whitespace token.
func holdsSpace(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode && c.Data != "" {
			found = true
		}
		return !found
	})
	return found
}
