package extractor

import (
	"math"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// pageFeatures are the facts the page-type classifier weighs, gathered in
// one walk over the page as parsed.
type pageFeatures struct {
	ldTypes    map[string]bool // schema.org types in JSON-LD and microdata, lower-case
	ogType     string          // og:type
	urlType    PageType        // what the URL's path says, if anything
	codeBlocks int             // <pre> blocks
	prices     int             // text nodes holding a price: 1 when there is one, else 0
	buyButtons int             // "Add to cart" buttons and links: 1 when there is one on a page with a price, else 0
	articles   int             // <article> elements
	times      int             // <time> elements
	fields     int             // visible form fields
	dated      bool            // a publication date is declared in structured data or meta tags
	shownDate  bool            // the page shows a date
	authored   bool            // an author is declared or shown in byline markup
	home       bool            // the URL is a site's root
}

// readFeatures gathers the classifier's features from the page as parsed,
// before cleaning.
func (d *document) readFeatures() { d.features = gatherFeatures(d.root, d.meta, d.pageURL) }

// classifyPage sets the page's type and the classifier's confidence.
func (d *document) classifyPage() {
	d.pageType, d.pageTypeConf = d.classify()
	d.pageProse = d.info[d.body].prose
}

// gatherFeatures walks the page as parsed, before cleaning.
func gatherFeatures(root *html.Node, meta *pageMeta, pageURL *url.URL) *pageFeatures {
	f := &pageFeatures{ldTypes: make(map[string]bool), ogType: strings.ToLower(meta.meta["og:type"])}
	_, f.dated = meta.declaredDate(meta.jsonLD.published, heuristics.PublishedMetaKeys)
	if !f.dated {
		_, f.dated = meta.publishDateMeta()
	}
	_, f.shownDate = meta.firstShownDate()
	f.shownDate = f.shownDate || meta.mentionsDate
	f.authored = len(meta.jsonLD.authors) > 0 || len(meta.metaAuthorNames()) > 0 || len(meta.bylines) > 0
	u := pageURL
	if c := meta.url(nil); c != "" {
		if cu, err := url.Parse(c); err == nil && cu.IsAbs() {
			u = cu
		}
	}
	if u != nil {
		f.urlType = PageType(heuristics.PathPageType(u.Path))
		// a canonical URL pointing at the root of a page that is not
		// there is a misconfigured CMS's, not a home page's
		f.home = rootPath(u.Path) && u.RawQuery == "" && (pageURL == nil || rootPath(pageURL.Path))
	}
	// buttons and links are read for "Add to cart" only when the page
	// shows a price: the classifier weighs a buy button only next to one,
	// and most pages show none
	var buttons []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if f.prices == 0 && heuristics.HasPrice(n.Data) {
				f.prices++
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					for _, t := range heuristics.JSONLDTypes(n.FirstChild.Data) {
						f.ldTypes[t] = true
					}
				}
				return
			case atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			case atom.Pre:
				f.codeBlocks++
			case atom.Article:
				f.articles++
			case atom.Time:
				f.times++
			case atom.Input:
				switch strings.ToLower(attr(n, "type")) {
				case "hidden", "submit", "button", "image", "reset", "checkbox", "radio":
				default:
					f.fields++
				}
			case atom.Select, atom.Textarea:
				f.fields++
			case atom.Button, atom.A:
				buttons = append(buttons, n)
			}
			if it := attr(n, "itemtype"); it != "" {
				for _, t := range strings.Fields(it) {
					if i := strings.LastIndexByte(t, '/'); i >= 0 {
						t = t[i+1:]
					}
					f.ldTypes[strings.ToLower(t)] = true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	if f.prices > 0 {
		for _, n := range buttons {
			if t, ok := shortText(n, 39); ok && heuristics.BuyButton(t) {
				f.buyButtons = 1
				break
			}
		}
	}
	return f
}

// rootPath reports whether a URL path is a site's root.
func rootPath(p string) bool { return p == "" || p == "/" }

// Classifier weights: how much each piece of evidence counts for a page
// type. They were set by hand on the coarse grid of a few values each,
// looking at the confusion between types on the WCXB development pages.
const (
	voteDeclared    = 3.0  // structured data names the type
	voteOGArticle   = 1.0  // og:type article (many CMSes set it on every page)
	voteOGProduct   = 2.0  // og:type product or product.group
	voteURL         = 1.5  // the URL's path names the type
	voteURLStrong   = 2.5  // the path names a documentation section
	voteURLForum    = 3.0  // the path is a forum thread's
	voteDated       = 1.0  // a publication date is declared
	voteShownDate   = 0.5  // a date is shown
	voteAuthored    = 0.5  // an author is named
	votePricedGrid  = 2.5  // a grid of items with prices
	voteBuyButton   = 2.0  // an "Add to cart" button next to a price
	voteLinkHeavy   = 2.5  // most of the page's text is links
	voteLinkLeaning = 0.75 // much of it is
	voteCode        = 2.5  // two or more code blocks
	voteWeak        = 0.75 // one code block; priced grid that is link-heavy
	voteDiscussion  = 2.0  // comment-marked posts make the page
	voteUndated     = 1.5  // prose without date or author: an organisation's page
	voteThin        = -1.0 // little prose is rarely an article
	voteFeed        = 2.0  // a home page showing many dates (<time> elements)
)

// Page-shape thresholds for the classifier.
const (
	linkHeavy    = 0.35 // link density of a link-heavy page
	linkLeaning  = 0.2  // link density of a page leaning on links
	thinProse    = 1000 // prose, in runes, of a thin page
	minSections  = 8    // subheadings (h2-h4) of a page in sections
	sectionProse = 320  // prose, in runes, per subheading below which sections are short: a landing page's
	minFeedTimes = 8    // <time> elements of a home page that is a feed of dated teasers
)

// classify decides the page type from the gathered features and the
// measured page, and says how sure it is.
func (d *document) classify() (PageType, float64) {
	f := d.features
	votes := map[PageType]float64{ArticlePage: 0.5, ServicePage: 0.25}
	add := func(t PageType, w float64) { votes[t] += w }

	for t := range f.ldTypes {
		if pt := PageType(heuristics.SchemaPageType(t)); pt != "" {
			add(pt, voteDeclared)
		}
	}
	switch {
	case strings.HasPrefix(f.ogType, "article"):
		add(ArticlePage, voteOGArticle)
	case f.ogType == "product":
		add(ProductPage, voteOGProduct)
	case strings.HasPrefix(f.ogType, "product."):
		add(CollectionPage, voteOGProduct)
	}
	switch f.urlType {
	case "":
	case ForumPage:
		add(ForumPage, voteURLForum)
	case DocumentationPage:
		add(DocumentationPage, voteURLStrong)
	default:
		add(f.urlType, voteURL)
	}
	if f.dated {
		add(ArticlePage, voteDated)
	}
	if f.shownDate {
		add(ArticlePage, voteShownDate)
	}
	if f.authored {
		add(ArticlePage, voteAuthored)
	}

	bi := d.info[d.body]
	prose, ld := 0, 0.0
	if bi != nil {
		prose, ld = bi.prose, bi.linkDensity()
	}
	_, priced, headings := d.largestItemGroup()
	if f.dated && !f.shownDate && !f.authored && ld < linkLeaning &&
		headings >= minSections && prose < sectionProse*(headings+1) {
		// a page in many short sections whose declared date nobody
		// shows, and that names no author: a CMS stamps dates on an
		// organisation's pages too
		add(ArticlePage, -voteDated)
		add(ServicePage, voteUndated)
	}
	if f.home {
		// a site's home page: the dates and bylines it shows are its
		// teasers', not a publication's
		if f.dated {
			add(ArticlePage, -voteDated)
		}
		if f.shownDate {
			add(ArticlePage, -voteShownDate)
		}
		if f.authored {
			add(ArticlePage, -voteAuthored)
		}
		if f.times >= minFeedTimes {
			// and one that shows many of them is a feed
			add(ListingPage, voteFeed)
		}
	}
	switch {
	case priced >= minGridItems:
		add(CollectionPage, votePricedGrid)
		if ld >= linkLeaning {
			add(CollectionPage, voteWeak)
		}
	case f.buyButtons > 0 && f.prices > 0:
		add(ProductPage, voteBuyButton)
	}
	switch {
	case ld >= linkHeavy:
		add(ListingPage, voteLinkHeavy)
		if !f.authored {
			// mostly links and no author named: og:type article and a
			// date are the CMS's stamp on an index page, not a story's
			if strings.HasPrefix(f.ogType, "article") {
				add(ArticlePage, -voteOGArticle)
			}
			if f.dated {
				add(ArticlePage, -voteDated)
			}
			if f.shownDate {
				add(ArticlePage, -voteShownDate)
			}
		}
	case ld >= linkLeaning:
		add(ListingPage, voteLinkLeaning)
	}
	switch {
	case f.codeBlocks >= 2:
		add(DocumentationPage, voteCode)
	case f.codeBlocks == 1:
		add(DocumentationPage, voteWeak)
	}
	if d.discussionLike() {
		add(ForumPage, voteDiscussion)
	}
	if !f.dated && !f.authored && prose >= thinProse && ld < linkLeaning {
		add(ServicePage, voteUndated)
	}
	if prose < thinProse {
		add(ArticlePage, voteThin)
	}

	best, second := ArticlePage, PageType("")
	for _, t := range pageTypeOrder {
		switch {
		case votes[t] > votes[best]:
			best, second = t, best
		case t != best && (second == "" || votes[t] > votes[second]):
			second = t
		}
	}
	conf := 0.5
	if b, s := math.Max(votes[best], 0), math.Max(votes[second], 0); b+s > 0 {
		conf = b / (b + s)
	}
	return best, conf
}

// pageTypeOrder breaks ties: earlier types win.
var pageTypeOrder = []PageType{ArticlePage, ForumPage, ProductPage, CollectionPage, ListingPage, DocumentationPage, ServicePage}

// Item-grid constants for the classifier.
const (
	// minGridItems is how many like siblings make an item grid.
	minGridItems = 4
)

// largestItemGroup finds the largest group of like siblings (same tag and
// class) that are items: each holds text and a link, as teasers and product
// cards do and paragraphs of prose mostly do not. It also counts how many
// of them show a price, and, on the way, the page's subheadings (h2-h4).
func (d *document) largestItemGroup() (items, priced, headings int) {
	var first *html.Node   // the largest group's first item
	var groups []itemGroup // a parent's groups in page order, reused
	walk(d.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		switch n.DataAtom {
		case atom.H2, atom.H3, atom.H4:
			headings++
		}
		groups = groups[:0]
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || !itemAtoms[c.DataAtom] {
				continue
			}
			if ci := d.info[c]; ci == nil || ci.text < minBlockLen || ci.link == 0 && c.DataAtom != atom.A {
				continue
			}
			if g := groupOf(&groups, itemKey{c.Data, attr(c, "class")}, c); g != nil {
				g.count++
			}
		}
		for _, g := range groups {
			if g.count > items {
				items, first = g.count, g.first
			}
		}
		return true
	})
	if first != nil {
		key := itemKey{first.Data, attr(first, "class")}
		for c := first; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || (itemKey{c.Data, attr(c, "class")}) != key {
				continue
			}
			// an item with more text than a price tag is not read whole
			if t, ok := shortText(c, heuristics.MaxPriceText); ok && heuristics.HasPrice(t) {
				priced++
			}
		}
	}
	return items, priced, headings
}

// itemKey groups like siblings: same tag, same class attribute.
type itemKey struct{ tag, class string }

// itemAtoms are the elements list items and cards are made of.
var itemAtoms = map[atom.Atom]bool{
	atom.Li: true, atom.Div: true, atom.Article: true, atom.Section: true, atom.A: true,
	atom.Tr: true, atom.Dt: true, atom.Figure: true, 0: true,
}

// discussionLike reports a page whose comment-marked posts outweigh the
// rest, or that declares itself a forum thread.
func (d *document) discussionLike() bool {
	return d.keepComments && !d.opts.IncludeComments || d.declaredDiscussion()
}

// favor is the precision/recall balance the extraction follows: the
// caller's, or, by default, recall on the page types whose content is
// spread out (forum threads, listings, documentation), balanced elsewhere.
func (d *document) favor() Favor {
	if d.opts.Favor != FavorBalanced {
		return d.opts.Favor
	}
	switch d.pageType {
	case ForumPage, ListingPage, DocumentationPage:
		if d.pageTypeConf >= minTypeConfidence {
			return FavorRecall
		}
	}
	return FavorBalanced
}
