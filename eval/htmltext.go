package eval

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements start and end a block of text.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true,
	atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true,
	atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
}

// skippedElements hold no readable text.
var skippedElements = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Template: true,
	atom.Noscript: true, atom.Svg: true, atom.Math: true, atom.Iframe: true,
}

// HTMLText renders the readable text of an HTML tree: blocks (paragraphs,
// headings, list items, table cells, …) are separated by a blank line, white
// space inside running text collapses to one space, <br> breaks the line,
// and <pre> keeps its white space. Scripts, styles and the head are skipped.
func HTMLText(n *html.Node) string {
	var w textWriter
	w.walk(n, false)
	return w.b.String()
}

// textWriter accumulates text, deferring separators until the next word so
// that none is doubled or left dangling.
type textWriter struct {
	b     strings.Builder
	space bool // a space is due before the next word
	lines int  // line breaks due before the next word (0, 1 or 2)
}

func (w *textWriter) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, pre)
		return
	case html.ElementNode:
		if skippedElements[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			w.lines = max(w.lines, 1)
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := blockElements[n.DataAtom]
	if block {
		w.lines = 2
	}
	pre = pre || n.DataAtom == atom.Pre
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, pre)
	}
	if block {
		w.lines = 2
	}
}

func (w *textWriter) text(s string, pre bool) {
	if pre {
		w.separate()
		w.b.WriteString(s)
		return
	}
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				w.word(s[start:i])
				start = -1
			}
			w.space = true
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		w.word(s[start:])
	}
}

func (w *textWriter) word(s string) {
	w.separate()
	w.b.WriteString(s)
}

// separate writes the separator due before new text, if any text precedes.
func (w *textWriter) separate() {
	if w.b.Len() > 0 {
		switch {
		case w.lines > 0:
			w.b.WriteString("\n\n"[:w.lines])
		case w.space:
			w.b.WriteByte(' ')
		}
	}
	w.lines, w.space = 0, false
}
