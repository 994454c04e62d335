package extractor

import (
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Selection constants.
const (
	// topCandidates is how many of the best containers are compared when
	// deciding whether the content is spread over several of them.
	topCandidates = 5
	// closeScore is the share of the best score from which another
	// candidate counts as a close competitor.
	closeScore = 0.75
	// minCloseCandidates is how many close competitors sharing an ancestor
	// make that ancestor the selection.
	minCloseCandidates = 3
	// siblingShare is the share of the top score a sibling needs to join.
	siblingShare = 0.2
	// minSiblingScore is the least score a sibling needs to join.
	minSiblingScore = 10
)

// selectContent picks the container of the main content and gathers the
// siblings that belong to it into d.content.
func (d *document) selectContent() {
	if d.trace != nil {
		d.trace.candidates = d.rankedCandidates(maxExplainCandidates)
	}
	top := d.topCandidate()
	if top == nil {
		d.content = d.body
		return
	}
	if d.favor() != FavorPrecision {
		// both add content around the best container
		top = d.repeatedItems(top)
		top = d.extendOverProse(top)
	}
	confidentArticle := d.pageType == ArticlePage && d.pageTypeConf >= minTypeConfidence
	if ti := d.info[top]; ti != nil && (ti.text < weakContentLen || !confidentArticle) {
		// (on a confident article with a full container neither case
		// below can apply: the page's list is not looked for)
		list, text, item := d.bestItemList()
		switch {
		case list == nil:
		case ti.text < weakContentLen && !isAncestor(top, list) && float64(text) >= fallbackGain*float64(ti.text):
			// little text in the best container: an index page or a
			// product grid, whose content is a list of links the scorer
			// discounts
			top = list
			d.itemList = true
		case isAncestor(top, list) && !textBlockAtoms[item] && float64(text) >= listShareOfContent*float64(ti.text) && !confidentArticle:
			// the best container is mostly a list of like items (not a
			// run of paragraphs, not on an article, whose body may be
			// cut into like sections): pruned as a listing, its items'
			// links are content
			d.itemList = true
		}
	}
	if d.itemList && (d.pageType == ListingPage || d.pageType == CollectionPage) {
		// a listing's content is all of its lists (latest, trending,
		// by section), which the page's main landmark holds
		if m := mainLandmark(top); m != nil {
			top = m
		}
	}
	d.topNode = top
	if d.trace != nil {
		d.trace.selected = nodePath(top)
	}
	d.content = d.gatherSiblings(top)
}

// Item-list constants.
const (
	// minRepeatedItems is how many siblings sharing tag and class make a
	// list of items.
	minRepeatedItems = 3
	// itemLevels is how far above the best container an item is looked for.
	itemLevels = 3
	// minItemsShare is the share of the list's text its items must hold.
	minItemsShare = 0.5
	// maxItemShare is the largest share of the items' text one item may
	// hold: an item dwarfing its siblings is the content, not one of many.
	maxItemShare = 0.6
)

// repeatedItems returns the list when the best container is one item of a
// list of like items (news teasers on an index page, products in a grid,
// an article's repeated sections): one item is never all the content.
func (d *document) repeatedItems(top *html.Node) *html.Node {
	if d.insideSidebar(top) {
		return top
	}
	a := top
	for level := 0; level < itemLevels && a.Parent != nil && a != d.body && a.Parent != d.body; level++ {
		class := attr(a, "class")
		n, text := 0, 0
		for c := a.Parent.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == a.DataAtom && c.Data == a.Data && attr(c, "class") == class {
				n++
				if ci := d.info[c]; ci != nil {
					text += ci.text
				}
			}
		}
		ai, pi := d.info[a], d.info[a.Parent]
		if n >= minRepeatedItems && ai != nil && pi != nil && float64(text) >= minItemsShare*float64(pi.text) &&
			float64(ai.text) <= maxItemShare*float64(text) {
			d.itemList = true
			return a.Parent
		}
		a = a.Parent
	}
	return top
}

// Extension constants.
const (
	// minAddedProse is the least prose, in runes, a parent must add for the
	// selection to grow to it.
	minAddedProse = 100
	// maxAddedLinkDensity and minAddedProseShare describe what a parent
	// adds when it continues the content: text mostly outside links and
	// mostly in paragraphs.
	maxAddedLinkDensity = 0.2
	minAddedProseShare  = 0.4
	// recallAddedLinkDensity and recallAddedProseShare loosen them for
	// Options.Favor = FavorRecall.
	recallAddedLinkDensity = 0.35
	recallAddedProseShare  = 0.25
	// maxPassedNoise is the most non-prose text, in runes, that an ancestor
	// adding no prose may hold and still be passed through on the way up.
	maxPassedNoise = 300
)

// extendOverProse grows the selection to ancestors for as long as what
// they add is more prose: articles whose sections sit in separate
// containers score best in one section, and the rest of the text is in the
// section's cousins. Wrappers that add nothing are passed through.
func (d *document) extendOverProse(top *html.Node) *html.Node {
	best := top
	bi := d.info[best]
	for p := top.Parent; p != nil && p.DataAtom != atom.Html; p = p.Parent {
		pi := d.info[p]
		if pi == nil {
			break
		}
		addText := pi.text - bi.text
		if addText < minBlockLen {
			continue
		}
		addLink := pi.link - bi.link
		addProse := pi.prose - bi.prose
		if addProse < minAddedProse {
			if addText-addProse <= maxPassedNoise {
				// a heading or a byline around the content: look further up
				continue
			}
			break
		}
		maxLD, minShare := maxAddedLinkDensity, minAddedProseShare
		if d.favor() == FavorRecall {
			maxLD, minShare = recallAddedLinkDensity, recallAddedProseShare
		}
		if float64(addLink) > maxLD*float64(addText) || float64(addProse) < minShare*float64(addText) {
			break
		}
		best, bi = p, pi
	}
	return best
}

// topCandidate returns the best-scoring container, moved up the tree when
// the content is spread over several close competitors or when a parent
// scores better.
func (d *document) topCandidate() *html.Node {
	if len(d.candidates) == 0 {
		return nil
	}
	ranked := make([]*html.Node, len(d.candidates))
	copy(ranked, d.candidates)
	sort.SliceStable(ranked, func(i, j int) bool {
		return d.info[ranked[i]].score > d.info[ranked[j]].score
	})
	if len(ranked) > topCandidates {
		ranked = ranked[:topCandidates]
	}
	top := ranked[0]
	topScore := d.info[top].score
	if top == d.body || topScore <= 0 {
		return top
	}

	// several close competitors under one ancestor: take the ancestor
	var close []*html.Node
	for _, c := range ranked[1:] {
		if d.info[c].score/topScore >= closeScore {
			close = append(close, c)
		}
	}
	if len(close) >= minCloseCandidates {
		for p := top.Parent; p != nil && p != d.body; p = p.Parent {
			n := 0
			for _, c := range close {
				if isAncestor(p, c) {
					n++
				}
			}
			if n >= minCloseCandidates {
				top = p
				break
			}
		}
	}

	// a parent scoring better than its child holds more of the content
	lastScore := d.info[top].score
	threshold := lastScore / 3
	for p := top.Parent; p != nil && p != d.body; p = p.Parent {
		pi := d.info[p]
		if pi == nil || !pi.candidate {
			continue
		}
		if pi.score < threshold {
			break
		}
		if pi.score > lastScore {
			top = p
			break
		}
		lastScore = pi.score
	}

	// an only child is as good as its parent
	for top.Parent != nil && top.Parent != d.body && top.Parent.DataAtom != atom.Html && onlyElementChild(top) {
		top = top.Parent
	}
	return top
}

func onlyElementChild(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && (c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "") {
			return false
		}
	}
	return true
}

// gatherSiblings returns a container holding top and those of its siblings
// that continue the content: well-scored siblings, siblings sharing its
// class, and paragraphs of prose.
func (d *document) gatherSiblings(top *html.Node) *html.Node {
	parent := top.Parent
	if parent == nil || top == d.body {
		return top
	}
	topInfo := d.info[top]
	threshold := topInfo.score * siblingShare
	if threshold < minSiblingScore {
		threshold = minSiblingScore
	}
	topClass := attr(top, "class")

	var keep []*html.Node
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c == top {
			keep = append(keep, c)
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		ci := d.info[c]
		if ci == nil {
			continue
		}
		bonus := 0.0
		if topClass != "" && attr(c, "class") == topClass {
			bonus = topInfo.score * siblingShare
		}
		if ci.candidate && ci.score+bonus >= threshold {
			keep = append(keep, c)
			continue
		}
		if c.DataAtom == atom.P || c.DataAtom == atom.Blockquote || c.DataAtom == atom.Pre {
			ld := ci.linkDensity()
			text := ci.text
			if text > longBlock && ld < 0.25 {
				keep = append(keep, c)
			} else if text > 0 && text <= longBlock && ld == 0 && endsSentence(c) {
				keep = append(keep, c)
			}
		}
	}
	if len(keep) == 1 {
		return top
	}
	// move the kept siblings into a fresh container, in page order
	box := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, c := range keep {
		d.edits.insertBefore(box, c, nil)
	}
	d.info[box] = &nodeInfo{}
	return box
}

// endsSentence reports whether n's text ends like a sentence.
func endsSentence(n *html.Node) bool {
	t := innerText(n)
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "。") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}
