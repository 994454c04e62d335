package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// maxExcerpt is the longest excerpt, in bytes, taken from the text.
const maxExcerpt = 300

// excerpt is the page's summary: the article's JSON-LD description, then
// the description meta tags, then the first paragraph of the content.
func (m *pageMeta) excerpt(content *html.Node) string {
	if d := html2text(m.jsonLD.description); d != "" && m.jsonLD.found {
		return d
	}
	if d := html2text(m.first(heuristics.DescriptionMetaKeys)); d != "" {
		return d
	}
	if d := html2text(m.jsonLD.description); d != "" {
		return d
	}
	return firstParagraph(content)
}

// firstParagraph returns the text of the first non-empty <p> in content,
// or, in content without paragraphs, of the first block holding text
// that is not a heading.
func firstParagraph(content *html.Node) string {
	if content == nil {
		return ""
	}
	// the first paragraph, or block that holds a paragraph's text of its
	// own (a <div> of bare text), in document order
	if p := firstMatch(content, func(n *html.Node) bool {
		return n.DataAtom == atom.P && innerText(n) != "" || ownsText(n) && len(bareText(n)) >= minOwnParagraph
	}); p != nil {
		return innerText(p)
	}
	if b := firstMatch(content, ownsText); b != nil {
		return innerText(b)
	}
	return ""
}

// firstMatch returns the first element under root, in document order, for
// which ok holds; headings are skipped with their contents.
func firstMatch(root *html.Node, ok func(*html.Node) bool) *html.Node {
	var found *html.Node
	walk(root, func(n *html.Node) bool {
		if found != nil || n.Type != html.ElementNode || isHeading(n) {
			return false
		}
		if ok(n) {
			found = n
			return false
		}
		return true
	})
	return found
}

// minOwnParagraph is the length, in bytes, from which the bare text of a
// block counts as a paragraph for the excerpt.
const minOwnParagraph = 80

// bareText returns the text of n's own text children, collapsed.
func bareText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return collapseSpace(b.String())
}

// ownsText reports a block element with text of its own, not only in
// child elements.
func ownsText(n *html.Node) bool {
	if !isBlockAtom(n.DataAtom) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}

// excerptOf returns the first paragraph of text, cut at a sentence or word
// boundary near maxExcerpt.
func excerptOf(text string) string {
	first, _, _ := strings.Cut(text, "\n\n")
	first = strings.ReplaceAll(first, "\n", " ")
	if len(first) <= maxExcerpt {
		return first
	}
	cut := first[:maxExcerpt]
	if i := strings.LastIndex(cut, ". "); i > maxExcerpt/2 {
		return cut[:i+1]
	}
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		return cut[:i] + "…"
	}
	return strings.ToValidUTF8(cut, "") + "…"
}
