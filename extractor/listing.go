package extractor

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// Item-list search constants.
const (
	// minListItems is how many like items make a list worth selecting.
	minListItems = 4
	// minListItemText is the least text, in runes, of one item: menu
	// entries ("Home", "News") are shorter than teasers and products.
	minListItemText = 12
	// minListAvgItemText is the least average text of the items.
	minListAvgItemText = 30
	// maxListKeys bounds the kinds of children compared under one element.
	maxListKeys = 16
	// listShareOfContent is the share of the selected container's text a
	// list of like items inside it must hold for the container to be
	// pruned as a listing.
	listShareOfContent = 0.67
)

// itemGroup counts an element's children of one kind.
type itemGroup struct {
	key                 itemKey
	first               *html.Node // the group's first item
	count, text, linked int
}

// groupOf returns the group of groups keyed key, appending it (first
// holding c) when it is new; nil past maxListKeys groups, which bounds the
// search on a parent of many unlike children.
func groupOf(groups *[]itemGroup, key itemKey, c *html.Node) *itemGroup {
	for i := range *groups {
		if (*groups)[i].key == key {
			return &(*groups)[i]
		}
	}
	if len(*groups) == maxListKeys {
		return nil
	}
	*groups = append(*groups, itemGroup{key: key, first: c})
	return &(*groups)[len(*groups)-1]
}

// bestItemList finds the page's largest list of like items with links: the
// element whose children of one kind (same tag and class, each with a link
// and some text) hold most of its text and the most text of any such list.
// Index pages, product grids and link lists are such lists; when the best
// container holds little text, the list is their content.
func (d *document) bestItemList() (list *html.Node, text int, item atom.Atom) {
	var groups []itemGroup
	walk(d.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		ni := d.info[n]
		if ni == nil || ni.text < minListItems*minListItemText || ni.text <= text {
			return false
		}
		if ni.sig.Kind != heuristics.None && !ni.sig.Kind.Strong() && n != d.body {
			// chrome the markup names weakly (headers, meta lines);
			// strongly named chrome still here is a wrapper of the
			// main content removeBoilerplate kept ("off-canvas-wrap")
			return false
		}
		groups = groups[:0]
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			ci := d.info[c]
			if ci == nil || ci.text < minListItemText {
				continue
			}
			key := itemKey{c.Data, attr(c, "class")}
			if c.DataAtom == atom.Li || c.DataAtom == atom.Tr || c.DataAtom == atom.Article {
				// items of a list, a table or a feed, whatever their
				// classes say ("featured", "odd", "sponsored")
				key.class = ""
			}
			g := groupOf(&groups, key, c)
			if g == nil {
				continue
			}
			g.count++
			g.text += ci.text
			if ci.link > 0 || c.DataAtom == atom.A {
				g.linked++
			}
		}
		for _, g := range groups {
			if g.count >= minListItems && 2*g.linked >= g.count && g.text >= minListAvgItemText*g.count &&
				2*g.text >= ni.text && g.text > text {
				list, text, item = n, g.text, g.first.DataAtom
			}
		}
		return true
	})
	return list, text, item
}

// textBlockAtoms are the elements of running text: a run of them with
// links is an article's body, not a list of items.
var textBlockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Blockquote: true, atom.Pre: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}
