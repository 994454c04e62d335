package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// expandNoscript replaces large <noscript> blocks by the markup they hold
// when they hold more text than the rest of the page. The parser keeps a
// <noscript> as raw text, since it runs as a browser with scripts on; pages
// rendered by scripts put their whole content there for crawlers, around
// an empty application shell. A <noscript> next to a page that shows its
// content anyway is a duplicate or a tracking pixel, and is left to be
// dropped as junk. The moves go into log.
func expandNoscript(root *html.Node, log *treeLog) {
	// the first walk looks for large <noscript> blocks; only a page that
	// has one (few do) is walked again, counting its visible text
	var blocks []*html.Node
	visible, counting := 0, false
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if counting {
				visible += len(strings.TrimSpace(n.Data))
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Noscript:
				if c := n.FirstChild; !counting && c != nil && c.Type == html.TextNode && len(c.Data) >= minNoscriptMarkup && strings.Contains(c.Data, "<") {
					blocks = append(blocks, n)
				}
				return
			case atom.Script, atom.Style, atom.Template, atom.Head:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	if len(blocks) == 0 {
		return
	}
	counting = true
	visit(root)
	for _, n := range blocks {
		raw := n.FirstChild.Data
		if len(raw) < 2*visible || n.Parent == nil {
			continue
		}
		ctx := n.Parent
		if ctx.Type != html.ElementNode {
			ctx = &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
		}
		nodes, err := html.ParseFragment(strings.NewReader(raw), ctx)
		if err != nil {
			continue
		}
		for _, c := range nodes {
			log.insertBefore(n.Parent, c, n)
		}
		log.remove(n)
	}
}
