package extractor

import (
	"math"

	"github.com/seed-d9e9b10c/pith/heuristics"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Scoring constants. A text block's score grows with its length and its
// commas and shrinks with its link density; containers collect the scores
// of the blocks below them, less the further away they are.
const (
	// minBlockLen is the shortest own text, in runes, that makes a block
	// count as a paragraph.
	minBlockLen = 25
	// lengthStep and maxLengthBonus: one point per lengthStep runes, capped.
	lengthStep     = 100
	maxLengthBonus = 3
	// scoreLevels is how many ancestors a block's score reaches.
	scoreLevels = 5
)

// paragraphAtoms are elements whose text is a paragraph of their parent:
// their score goes to the parent first. Any other element holding text
// directly (a <div> written like a paragraph) scores for itself.
var paragraphAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Pre: true, atom.Td: true, atom.Th: true, atom.Li: true,
	atom.Dd: true, atom.Dt: true, atom.Blockquote: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Figcaption: true,
}

// tagWeight is the starting score of a container by element type:
// <div>s and <article>s hold prose, lists and headings rarely are the main
// container.
func tagWeight(a atom.Atom) float64 {
	switch a {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// score gives every text block its score and passes it up to its
// ancestors, Readability-style, then scales each candidate container by the
// share of its text outside links.
func (d *document) score() {
	d.candidates = d.candidates[:0]
	walk(d.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		ni := d.info[n]
		// inline elements' text is part of their block's own text
		if ni == nil || ni.own < minBlockLen || !isBlockAtom(n.DataAtom) || isHeading(n) {
			return true
		}
		// a block's own text: its text nodes and inline children
		s := 1 + float64(ni.ownCommas) + math.Min(float64(ni.own/lengthStep), maxLengthBonus)
		if ni.own > 0 {
			s *= 1 - float64(ni.ownLink)/float64(ni.own)
		}
		target := n
		if paragraphAtoms[n.DataAtom] {
			target = n.Parent
		}
		for level := 0; target != nil && level < scoreLevels; level++ {
			if target.Type != html.ElementNode || target.DataAtom == atom.Html {
				break
			}
			ti := d.info[target]
			if ti == nil {
				break
			}
			if !ti.candidate {
				ti.candidate = true
				ti.score = tagWeight(target.DataAtom) + float64(ti.sig.Weight())
				d.candidates = append(d.candidates, target)
			}
			switch level {
			case 0:
				ti.score += s
			case 1:
				ti.score += s / 2
			default:
				ti.score += s / float64(level*3)
			}
			target = target.Parent
		}
		return true
	})
	for _, c := range d.candidates {
		ci := d.info[c]
		ci.score *= 1 - ci.linkDensity()
		if d.insideSidebar(c) {
			ci.score *= sidebarFactor
		}
	}
}

// sidebarFactor scales the score of containers inside a sidebar: a live
// feed or a widget in the rail can hold more prose than a short article.
const sidebarFactor = 0.8

// insideSidebar reports whether one of n's ancestors is marked as a
// sidebar (an <aside>, a "sidebar" or "rail" class).
func (d *document) insideSidebar(n *html.Node) bool {
	for p := n.Parent; p != nil && p != d.body; p = p.Parent {
		if pi := d.info[p]; pi != nil && pi.sig.Kind == heuristics.Sidebar {
			return true
		}
	}
	return false
}
