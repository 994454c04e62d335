package extractor

import (
	"math"
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// junkAtoms are elements that never hold readable content.
var junkAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Canvas: true, atom.Object: true,
	atom.Embed: true, atom.Link: true, atom.Meta: true, atom.Button: true,
	atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Option: true,
	atom.Dialog: true, atom.Map: true, atom.Area: true, atom.Audio: true,
	atom.Video: true, atom.Source: true, atom.Track: true, atom.Head: true,
	atom.Math: false, atom.Frameset: true, atom.Frame: true, atom.Applet: true,
	atom.Base: true, atom.Title: true, atom.Datalist: true, atom.Output: true,
	atom.Progress: true, atom.Meter: true, atom.Menu: false, atom.Label: false,
}

// stripJunk removes scripts, styles, form controls, comments and hidden
// elements, and counts the elements left. Past maxElements, the rest of the
// page is dropped so that scoring stays bounded.
//
// Hidden elements are dropped unless the page shows next to nothing without
// them: streaming renderers park the whole page in a hidden element until
// scripts move it into place.
func (d *document) stripJunk() {
	count := 0
	limit := d.opts.maxElements()
	var hidden []*html.Node
	walk(d.root, func(n *html.Node) bool {
		switch n.Type {
		case html.CommentNode, html.DoctypeNode:
			d.edits.remove(n)
			return false
		case html.ElementNode:
		default:
			return true
		}
		count++
		if count > limit {
			d.drop(n, "clean", "past the element limit")
			return false
		}
		if junkAtoms[n.DataAtom] && !(n.DataAtom == atom.Button && inRunningText(n)) {
			// (a <button> inside a sentence is words of it, a name that
			// opens a side note: sanitize makes it a <span>)
			d.drop(n, "clean", d.note("<", n.Data, "> holds no readable content"))
			return false
		}
		if d.isHidden(n) {
			hidden = append(hidden, n)
			return true
		}
		if machineToken(n) {
			d.drop(n, "clean", "machine token")
			return false
		}
		if n.DataAtom == atom.Form && countControls(n) >= minFormControls {
			d.forms = append(d.forms, n)
		}
		// custom elements named like chrome: <share-button>, <ad-slot>
		if n.DataAtom == 0 && strings.Contains(n.Data, "-") {
			if sig := heuristics.ClassifyAttr(n.Data); sig.Kind.Strong() && mainLandmarkIn(n) == nil {
				// (a <site-nav> left open around the page holds its
				// <main>: it is no menu)
				d.drop(n, "clean", "custom element named "+sig.Kind.String())
				return false
			}
		}
		return true
	})
	d.elements = count
	if len(hidden) == 0 {
		return
	}
	hiddenText := 0
	for _, n := range hidden {
		if !hasAncestorIn(n, hidden) {
			hiddenText += textLen(n)
		}
	}
	// the hidden elements stay when the rest of the page shows less than
	// minVisibleText: the body's text is counted only as far as that
	bodyText := textLenUpTo(d.body, hiddenText+minVisibleText)
	if visible := bodyText - hiddenText; visible < minVisibleText && hiddenText > 4*visible {
		return
	}
	for _, n := range hidden {
		d.drop(n, "clean", "hidden")
	}
}

// uuidPattern matches a UUID, "84f535a2-9d93-4358-b5a8-c77d761c12e9".
var uuidPattern = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// machineToken reports an inline element whose whole text is a UUID, outside
// code: shops interleave such spans, hidden by their style sheets, with
// the letters of a label ("Sponsored") to keep it from being read.
func machineToken(n *html.Node) bool {
	c := n.FirstChild
	if n.DataAtom != atom.Span || c == nil || c.NextSibling != nil || c.Type != html.TextNode || len(c.Data) < 36 || len(c.Data) > 48 {
		return false
	}
	if !uuidPattern.MatchString(strings.TrimSpace(c.Data)) {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if isCode(p) {
			return false
		}
	}
	return true
}

// minFormControls is how many visible fields make a <form> a form to fill
// in (sign-up, contact, quote request) rather than a wrapper around content.
const minFormControls = 2

// countControls counts the visible fields of a form.
func countControls(form *html.Node) int {
	n := 0
	walk(form, func(c *html.Node) bool {
		if c.Type != html.ElementNode {
			return false
		}
		switch c.DataAtom {
		case atom.Input:
			switch strings.ToLower(attr(c, "type")) {
			case "hidden", "submit", "button", "image", "reset":
			default:
				n++
			}
		case atom.Select, atom.Textarea:
			n++
		}
		return true
	})
	return n
}

// minVisibleText is the text length, in bytes, under which a page is taken
// to show nothing without its hidden elements.
const minVisibleText = 1000

// hasAncestorIn reports whether one of n's ancestors is in set.
func hasAncestorIn(n *html.Node, set []*html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		for _, s := range set {
			if s == p {
				return true
			}
		}
	}
	return false
}

// textLen returns the number of bytes of non-space text in n's subtree.
func textLen(n *html.Node) int { return textLenUpTo(n, math.MaxInt) }

// textLenUpTo is textLen, except that it stops counting once the count
// reaches limit: it returns at least limit then.
func textLenUpTo(n *html.Node, limit int) int {
	total := 0
	var visit func(*html.Node)
	visit = func(c *html.Node) {
		if c.Type == html.TextNode {
			total += len(strings.TrimSpace(c.Data))
			return
		}
		for cc := c.FirstChild; cc != nil && total < limit; cc = cc.NextSibling {
			visit(cc)
		}
	}
	visit(n)
	return total
}

// isHidden reports an element hidden from readers by attribute, inline
// style, ARIA or a visually-hidden class.
func (d *document) isHidden(n *html.Node) bool {
	hiddenAttr, ariaHidden := false, false
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			hiddenAttr = true
		case "popover":
			// shown only when opened: a menu, a prompt, a dialog
			return true
		case "aria-hidden":
			ariaHidden = strings.EqualFold(strings.TrimSpace(a.Val), "true") && n.DataAtom != atom.Img
		case "style":
			if hiddenStyle(a.Val) {
				if !ariaPanel(n) {
					return true
				}
				// a tab or accordion panel collapsed by its style: like
				// one collapsed by attribute
				hiddenAttr = true
			}
		case "class":
			if d.classifyAttr(a.Val).Hidden {
				return true
			}
		case "type":
			if n.DataAtom == atom.Input && strings.EqualFold(a.Val, "hidden") {
				return true
			}
		}
	}
	switch {
	case hiddenAttr && ariaHidden && !ariaPanel(n):
		// hidden from everyone: raw sources, templates
		return true
	case hiddenAttr || ariaHidden:
		// collapsed tabs and accordions hold content the page offers: a
		// panel hidden until its tab or toggle is clicked stays when
		// large, or when it declares its toggle (an FAQ's answer)
		minLen := minHiddenContent
		if ariaPanel(n) {
			minLen = minPanelContent
		}
		return !togglePanel(n) || textLen(n) < minLen
	}
	return false
}

// togglePanel reports a container that a tab, toggle or carousel reveals: a
// tab panel or region, one labelled by its toggle, one whose id a toggle
// targets, or a carousel's slide. An accordion written as a definition list
// collapses its <dd>s under their <dt> toggles. A hidden paragraph is none
// of these.
func togglePanel(n *html.Node) bool {
	if !isElement(n, atom.Div, atom.Section, atom.Article, atom.Details, atom.Ul, atom.Ol, atom.Dl, atom.Li, atom.Dd, atom.Table) && n.DataAtom != 0 {
		return false
	}
	switch strings.ToLower(attr(n, "role")) {
	case "tabpanel", "region":
		return true
	}
	return hasAttr(n, "aria-labelledby") || attr(n, "id") != "" || n.DataAtom == atom.Li
}

// ariaPanel reports an element that declares itself the panel of a tab or
// accordion toggle: role tabpanel or region, or labelled by its toggle.
func ariaPanel(n *html.Node) bool {
	switch strings.ToLower(attr(n, "role")) {
	case "tabpanel", "region":
		return true
	}
	return hasAttr(n, "aria-labelledby")
}

// minPanelContent is the text length, in bytes, from which a collapsed
// panel that declares its toggle (ariaPanel) is kept.
const minPanelContent = 100

// minHiddenContent is the text length, in bytes, from which an element
// hidden by attribute (a collapsed tab or accordion panel) is kept.
const minHiddenContent = 500

// hiddenStyle reports inline styles that hide an element.
func hiddenStyle(style string) bool {
	if !strings.Contains(style, "none") && !strings.Contains(style, "hidden") {
		return false
	}
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// removeBoilerplate drops elements whose markup names them page chrome
// (share bars, ad slots, comment sections, ...). An element that holds most
// of the page's prose is kept whatever its class says: wrappers such as
// <div class="page has-sidebar"> contain the article.
func (d *document) removeBoilerplate() {
	body := d.body
	bodyInfo := d.info[body]
	if bodyInfo == nil {
		return
	}
	prose := bodyInfo.text - bodyInfo.link
	d.firstH1 = findElement(body, atom.H1)
	d.keepComments = d.opts.IncludeComments || d.isDiscussion()
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || isCode(n) {
			return false
		}
		ni := d.info[n]
		if ni == nil {
			return true
		}
		kind := ni.sig.Kind
		if kind == heuristics.Comments && d.keepComments {
			return true
		}
		if !kind.Strong() || d.holdsMainContent(n, ni, prose) || inRunningText(n) {
			return true
		}
		d.removed = append(d.removed, n)
		d.drop(n, "boilerplate", d.note("marked ", kind.String(), ""))
		return false
	})
}

// Discussion-page constants.
const (
	// discussionShare: comments holding this multiple of the rest of the
	// page's prose make the page a discussion.
	discussionShare = 1.0
	// maxDiscussionArticle is the most prose, in runes, outside the
	// comments of a discussion page; more is an article with comments.
	maxDiscussionArticle = 1500
	// minArticleBeside is the prose, in runes, of a content-marked
	// container outside the comments (a blog post's body) that makes the
	// page an article with comments, however short.
	minArticleBeside = 150
	// threadShare: on a page declared a thread or Q&A page, comments
	// holding this multiple of the prose outside them and outside marked
	// chrome make it a discussion whatever the length of that prose: a
	// long opening post followed by its replies.
	threadShare = 2.0
)

// isDiscussion reports a page whose main content is its comments: a forum
// thread or Q&A page, where posts are marked up as comments and the prose
// outside them is short. On such a page comments are kept.
func (d *document) isDiscussion() bool {
	comments, article, chrome, marked := 0, 0, 0, 0
	// visit reports whether n's subtree holds comments; it sums their
	// prose and finds the largest content-marked container without them.
	// Cookie banners and dialogs, whose policy texts can outweigh a short
	// thread, are left out: they are no part of the page's text. marked
	// sums the prose of the other chrome without comments (menus, headers,
	// footers), inChrome telling that an ancestor is such chrome.
	var visit func(n *html.Node, inChrome bool) bool
	visit = func(n *html.Node, inChrome bool) bool {
		ni := d.info[n]
		if ni == nil {
			return false
		}
		if ni.sig.Kind == heuristics.Comments {
			comments += ni.prose
			return true
		}
		if ni.sig.Kind == heuristics.Consent || ni.sig.Kind == heuristics.Modal {
			chrome += ni.prose
			return false
		}
		isChrome := ni.sig.Kind.Strong() && n != d.body && n.DataAtom != atom.Main
		has := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && visit(c, inChrome || isChrome) {
				has = true
			}
		}
		if !has && ni.sig.Content && ni.prose > article {
			article = ni.prose
		}
		if !has && isChrome && !inChrome {
			marked += ni.prose
		}
		return has
	}
	visit(d.body, false)
	rest := d.info[d.body].prose - comments - chrome
	if comments > 0 && float64(comments) >= threadShare*float64(rest-marked) && d.declaredDiscussion() {
		// a declared thread whose replies far outweigh the opening
		// post, however long that post is
		return true
	}
	if comments == 0 || float64(comments) < discussionShare*float64(rest) || rest >= maxDiscussionArticle {
		return false
	}
	return article < minArticleBeside || d.declaredDiscussion()
}

// declaredDiscussion reports a page that says it is a forum thread or a Q&A
// page, by its structured data or by its URL.
func (d *document) declaredDiscussion() bool {
	if d.meta.jsonLD.discussion {
		return true
	}
	u := d.pageURL
	if c := d.meta.url(nil); c != "" {
		if cu, err := url.Parse(c); err == nil {
			u = cu
		}
	}
	return u != nil && heuristics.DiscussionURL(u.Host, u.Path)
}

// holdsMainContent reports whether a boilerplate-marked element must stay
// because it wraps the page's main content.
func (d *document) holdsMainContent(n *html.Node, ni *nodeInfo, prose int) bool {
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body || isMainLandmark(n) {
		return true
	}
	own := ni.text - ni.link
	if prose <= 0 || ni.blocks < 2 {
		return false
	}
	share := float64(own) / float64(prose)
	if ni.sig.Content && share > 0.25 && ni.sig.Kind != heuristics.Comments {
		// "article-body has-ads"; but "comment-content" is a comment
		return true
	}
	if isProse(ni) && ni.sig.Kind.YieldsToProse() {
		return true
	}
	threshold := 0.5
	switch ni.sig.Kind {
	case heuristics.Comments, heuristics.Ad:
		// a comment section can outweigh a short article; keep it only
		// when it clearly wraps everything
		threshold = 0.85
	}
	if share <= threshold {
		return false
	}
	if ni.sig.Kind == heuristics.Newsletter {
		// paywalled articles sit in the paywall's element, below the
		// headline
		return true
	}
	// a wrapper named after chrome ("page has-sidebar") holds the headline
	// too; a consent dialog or a menu with more text than a short page
	// does not
	return d.firstH1 == nil || isAncestor(n, d.firstH1)
}

// isProse reports a section of several paragraphs with few links: whatever
// its class says, such a section is not a menu, toolbar or promo.
func isProse(ni *nodeInfo) bool {
	ld := ni.linkDensity()
	return ni.blocks >= proseBlocks && ld < proseLinkDensity ||
		ni.blocks >= 1 && ni.prose >= minLinklessProse && ld < maxLinklessDensity
}

// A section with proseBlocks paragraphs and link density under
// proseLinkDensity is prose.
//
// A shorter section is prose when it holds minLinklessProse runes of
// paragraphs and almost no links (under maxLinklessDensity).
const (
	proseBlocks        = 3
	proseLinkDensity   = 0.2
	minLinklessProse   = 200
	maxLinklessDensity = 0.05
)

// isCode reports <pre> and <code>: their spans' classes name syntax
// ("token comment"), not page components, so nothing inside is judged.
func isCode(n *html.Node) bool {
	return n.DataAtom == atom.Pre || n.DataAtom == atom.Code
}
