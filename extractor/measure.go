package extractor

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// nodeInfo holds what the scorer knows about one element.
type nodeInfo struct {
	sig heuristics.Signal

	// text and link are the collapsed lengths, in runes, of the subtree's
	// text and of the part inside links.
	text, link int
	// own, ownLink and ownCommas describe the element's own inline text:
	// what it says without descending into block-level children.
	own, ownLink, ownCommas int
	// commas counts the commas of the subtree's text.
	commas int
	// blocks counts the text blocks in the subtree with 80 runes or more
	// outside links.
	blocks int
	// prose is the non-link text of the subtree's paragraphs: blocks whose
	// own text reaches minBlockLen runes.
	prose int

	score     float64
	candidate bool
}

// linkDensity is the share of the subtree's text inside links.
func (ni *nodeInfo) linkDensity() float64 {
	if ni.text == 0 {
		return 0
	}
	return float64(ni.link) / float64(ni.text)
}

// longBlock is the length from which a text block counts as a paragraph of
// real prose in nodeInfo.blocks.
const longBlock = 80

// measure computes nodeInfo for every element under root, replacing any
// earlier measurement.
func (d *document) measure(root *html.Node) {
	if d.info == nil {
		d.info = make(map[*html.Node]*nodeInfo, d.elements)
	}
	d.dirty = nil
	d.depth = 0
	d.measureNode(root, 0, false)
}

// remeasure brings nodeInfo under root up to date after elements were
// dropped (d.drop) since the last measure: only the dropped elements'
// ancestors are counted again, from their children's figures.
func (d *document) remeasure(root *html.Node) {
	if len(d.dirty) == 0 {
		return
	}
	d.measureNode(root, 0, true)
	d.dirty = nil
}

// markDirty records that n's subtree changed: n and its ancestors need
// counting again.
func (d *document) markDirty(n *html.Node) {
	if d.info == nil {
		return
	}
	if d.dirty == nil {
		d.dirty = make(map[*html.Node]bool, 64)
	}
	for ; n != nil && !d.dirty[n]; n = n.Parent {
		d.dirty[n] = true
	}
}

// measureNode counts n's subtree. With onlyDirty, an element measured
// before and not marked dirty keeps its figures.
func (d *document) measureNode(n *html.Node, depth int, onlyDirty bool) *nodeInfo {
	if depth > d.depth {
		d.depth = depth
	}
	ni := d.info[n]
	if onlyDirty && ni != nil && !d.dirty[n] {
		return ni
	}
	if ni == nil {
		ni = d.newInfo()
		ni.sig = d.signalOf(n)
		if n.DataAtom == atom.Form && d.isFillInForm(n) {
			ni.sig = ni.sig.Merge(heuristics.Signal{Kind: heuristics.Form})
		}
		d.info[n] = ni
	} else {
		sig := ni.sig
		*ni = nodeInfo{sig: sig}
	}
	isLink := n.DataAtom == atom.A
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			l, commas := textStats(c.Data)
			ni.text += l
			ni.own += l
			ni.ownCommas += commas
			ni.commas += commas
			if isLink {
				ni.link += l
				ni.ownLink += l
			}
		case html.ElementNode:
			ci := d.measureNode(c, depth+1, onlyDirty)
			ni.text += ci.text
			ni.commas += ci.commas
			ni.blocks += ci.blocks
			ni.prose += ci.prose
			if isLink {
				ni.link += ci.text
			} else {
				ni.link += ci.link
			}
			if !isBlockAtom(c.DataAtom) {
				ni.own += ci.own
				ni.ownCommas += ci.ownCommas
				if isLink || c.DataAtom == atom.A {
					ni.ownLink += ci.own
				} else {
					ni.ownLink += ci.ownLink
				}
			}
		}
	}
	if isBlockAtom(n.DataAtom) {
		if ni.own-ni.ownLink >= longBlock {
			ni.blocks++
		}
		if ni.own >= minBlockLen {
			ni.prose += ni.own - ni.ownLink
		}
	}
	return ni
}

// newInfo hands out nodeInfo values from a slab, one allocation per batch.
func (d *document) newInfo() *nodeInfo {
	if len(d.slab) == 0 {
		size := 256
		if d.elements > size {
			size = d.elements
		}
		d.slab = make([]nodeInfo, size)
	}
	ni := &d.slab[0]
	d.slab = d.slab[1:]
	return ni
}

// isFillInForm reports whether n is one of the forms stripJunk found with
// fields to fill in.
func (d *document) isFillInForm(n *html.Node) bool {
	for _, f := range d.forms {
		if f == n {
			return true
		}
	}
	return false
}
