package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// resolveStreaming puts back content that a streaming server renderer sent
// out of order. React's streaming SSR writes the page with placeholders
// (<template id="P:1">, <template id="B:0">) and sends each late chunk at the
// end of the body in a hidden <div id="S:1">; a script then moves the chunk
// into its placeholder. pith does the same move, so that the chunks are read
// where the page shows them instead of being dropped as hidden. The moves go into log.
func resolveStreaming(root *html.Node, log *treeLog) {
	templates := make(map[string]*html.Node)
	var chunks []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		id := attr(n, "id")
		if len(id) < 3 || id[1] != ':' {
			return true
		}
		switch {
		case n.DataAtom == atom.Template && (id[0] == 'P' || id[0] == 'B'):
			templates[id[2:]] = n
		case n.DataAtom == atom.Div && id[0] == 'S' && hasAttr(n, "hidden"):
			chunks = append(chunks, n)
		}
		return true
	})
	if len(chunks) == 0 || len(templates) == 0 {
		return
	}
	// later chunks may fill placeholders inside earlier ones: repeat while
	// something moves
	for moved := true; moved; {
		moved = false
		for i, chunk := range chunks {
			if chunk == nil {
				continue
			}
			key := strings.TrimPrefix(attr(chunk, "id"), "S:")
			t := templates[key]
			if t == nil || t.Parent == nil || isAncestor(chunk, t) {
				continue
			}
			for c := chunk.FirstChild; c != nil; {
				next := c.NextSibling
				log.insertBefore(t.Parent, c, t)
				c = next
			}
			log.remove(t)
			log.remove(chunk)
			chunks[i] = nil
			moved = true
		}
	}
}
