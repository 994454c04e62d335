package extractor

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// Explanation tells how pith read one page: what it took the page for,
// which containers scored best, and why each block of text was kept or
// dropped. It is meant for tuning and for bug reports.
type Explanation struct {
	// Article is the result, as Extract returns it; nil if extraction failed.
	Article *Article
	// Candidates are the best-scoring containers, best first.
	Candidates []Candidate
	// Selected is the path of the container chosen as the content.
	Selected string
	// Blocks are the page's blocks of text, in page order.
	Blocks []Block
}

// Candidate is a container the scorer considered for the content.
type Candidate struct {
	Path        string  // where it is: "body > div#main > article.post"
	Score       float64 // its score, after link density
	TextLen     int     // runes of text it holds
	LinkDensity float64 // share of that text inside links
}

// Block is one block of the page's text and what became of it.
type Block struct {
	Path   string // where it is in the page
	Tag    string // its element
	Text   string // its own text, shortened
	Kept   bool   // whether it is in the content
	Reason string // why it was dropped ("boilerplate: marked share"); "" when kept
}

// maxExplainCandidates is how many candidates an Explanation lists.
const maxExplainCandidates = 10

// maxBlockText is how much of a block's text an Explanation keeps, in bytes.
const maxBlockText = 120

// Explain extracts the page like Extract and reports how it was read.
func Explain(r io.Reader, pageURL *url.URL, opts Options) (*Explanation, error) {
	data, err := readLimited(r, opts.maxBytes())
	if err != nil {
		return nil, err
	}
	doc, data, err := parsePage(data, opts.ContentType)
	if err != nil {
		return nil, err
	}
	blocks := snapshotBlocks(doc)
	tr := &trace{notes: make(map[*html.Node]string)}
	a, err := runTraced(context.Background(), doc, func() *html.Node { d, _ := parseHTML(data); return d }, pageURL, opts, tr)
	e := &Explanation{Article: a, Candidates: tr.candidates, Selected: tr.selected}
	var content *html.Node
	if a != nil {
		content = a.Content
	}
	for _, b := range blocks {
		blk := Block{Path: b.path, Tag: b.node.Data, Text: b.text}
		switch {
		case content != nil && isAncestor(content, b.node):
			blk.Kept = true
		case a != nil && a.FromFallback:
			blk.Reason = "second opinion: go-readability supplied the content"
		default:
			blk.Reason = tr.reason(b.node)
		}
		e.Blocks = append(e.Blocks, blk)
	}
	return e, err
}

// reason returns the note of n or of its nearest noted ancestor.
func (t *trace) reason(n *html.Node) string {
	for p := n; p != nil; p = p.Parent {
		if r, ok := t.notes[p]; ok {
			return r
		}
	}
	return "outside the selected content"
}

// snapBlock is a block of text recorded before the pipeline moves nodes.
type snapBlock struct {
	node *html.Node
	path string
	text string
}

// snapshotBlocks records the page's block elements that hold text of their
// own, with their paths, before extraction changes the tree.
func snapshotBlocks(root *html.Node) []snapBlock {
	var out []snapBlock
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.Data {
			case "script", "style", "head", "template", "noscript":
				continue
			}
			if isBlockAtom(c.DataAtom) {
				if t := blockOwnText(c); t != "" {
					out = append(out, snapBlock{node: c, path: nodePath(c), text: clip(t, maxBlockText)})
				}
			}
			visit(c)
		}
	}
	visit(root)
	return out
}

// blockOwnText is n's text outside its block-level children.
func blockOwnText(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(c *html.Node) {
		for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
			switch {
			case cc.Type == html.TextNode:
				b.WriteString(cc.Data)
			case cc.Type == html.ElementNode && !isBlockAtom(cc.DataAtom) && !junkAtoms[cc.DataAtom]:
				visit(cc)
			}
		}
	}
	visit(n)
	return collapseSpace(b.String())
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.ToValidUTF8(s[:n], "")
	return cut + "…"
}

// nodePath names an element by its nearest ancestors: "div#main >
// article.post > p".
func nodePath(n *html.Node) string {
	var parts []string
	for p := n; p != nil && p.Type == html.ElementNode && len(parts) < 4; p = p.Parent {
		s := p.Data
		if id := attr(p, "id"); id != "" {
			s += "#" + id
		}
		if cl := strings.Fields(attr(p, "class")); len(cl) > 0 {
			if len(cl) > 2 {
				cl = cl[:2]
			}
			s += "." + strings.Join(cl, ".")
		}
		parts = append(parts, s)
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, " > ")
}

// rankedCandidates lists the n best-scoring containers.
func (d *document) rankedCandidates(n int) []Candidate {
	c := append([]*html.Node(nil), d.candidates...)
	sort.SliceStable(c, func(i, j int) bool { return d.info[c[i]].score > d.info[c[j]].score })
	if len(c) > n {
		c = c[:n]
	}
	out := make([]Candidate, len(c))
	for i, x := range c {
		xi := d.info[x]
		out[i] = Candidate{Path: nodePath(x), Score: xi.score, TextLen: xi.text, LinkDensity: xi.linkDensity()}
	}
	return out
}

// WriteText prints the explanation for a terminal.
func (e *Explanation) WriteText(w io.Writer) error {
	var b strings.Builder
	if a := e.Article; a != nil {
		fmt.Fprintf(&b, "title       %s\npage type   %s (%.2f)\nconfidence  %.2f\nfallback    %v\n", a.Title, a.PageType, a.PageTypeConfidence, a.Confidence, a.FromFallback)
	}
	fmt.Fprintf(&b, "selected    %s\n\ncandidates\n", e.Selected)
	for _, c := range e.Candidates {
		fmt.Fprintf(&b, "  %7.1f  %-70s text %6d  links %.2f\n", c.Score, clip(c.Path, 70), c.TextLen, c.LinkDensity)
	}
	b.WriteString("\nblocks\n")
	for _, bl := range e.Blocks {
		mark := "keep"
		if !bl.Kept {
			mark = "drop"
		}
		fmt.Fprintf(&b, "  %s  %-10s %q", mark, bl.Tag, bl.Text)
		if bl.Reason != "" {
			fmt.Fprintf(&b, "  [%s]", bl.Reason)
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteHTML writes the explanation as a standalone HTML page: every block
// of the page in order, green when kept, red with the reason when dropped.
func (e *Explanation) WriteHTML(w io.Writer) error {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>pith explain</title><style>" +
		"body{font:14px/1.4 sans-serif;max-width:60em;margin:2em auto}" +
		".keep{border-left:4px solid #2a2;padding-left:.5em;margin:.3em 0}" +
		".drop{border-left:4px solid #c33;padding-left:.5em;margin:.3em 0;color:#777}" +
		".why{font-size:11px;color:#c33}.path{font-size:11px;color:#999}</style></head><body>\n")
	if a := e.Article; a != nil {
		fmt.Fprintf(&b, "<h1>%s</h1><p>page type %s (%.2f), confidence %.2f, fallback %v</p>\n",
			html.EscapeString(a.Title), a.PageType, a.PageTypeConfidence, a.Confidence, a.FromFallback)
	}
	fmt.Fprintf(&b, "<p>selected: <code>%s</code></p>\n", html.EscapeString(e.Selected))
	for _, bl := range e.Blocks {
		class := "keep"
		if !bl.Kept {
			class = "drop"
		}
		fmt.Fprintf(&b, "<div class=%q title=%q><div class=\"path\">%s</div>%s", class, bl.Reason, html.EscapeString(bl.Path), html.EscapeString(bl.Text))
		if bl.Reason != "" {
			fmt.Fprintf(&b, " <span class=\"why\">%s</span>", html.EscapeString(bl.Reason))
		}
		b.WriteString("</div>\n")
	}
	b.WriteString("</body></html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
