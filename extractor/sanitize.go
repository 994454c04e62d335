package extractor

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// allowedAttrs are the attributes kept on content elements; everything
// else (event handlers, styles, classes, data-*) is dropped.
var allowedAttrs = map[string]bool{
	"href": true, "src": true, "alt": true, "title": true, "colspan": true,
	"rowspan": true, "datetime": true, "start": true, "lang": true, "dir": true,
	"cite": true, "headers": true, "scope": true, "width": true, "height": true,
}

// urlAttrs are the attributes that hold URLs.
var urlAttrs = map[string]bool{"href": true, "src": true, "cite": true}

// lazySrcAttrs hold an image's real address on lazy-loading pages.
var lazySrcAttrs = []string{"data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src", "data-srcset"}

// finish makes the content safe to render: only allowed attributes,
// absolute http(s) URLs, no javascript: links, lazy images resolved, and
// the content wrapped in an <article> element.
func (d *document) finish() {
	if d.content == nil {
		return
	}
	if d.content == d.body || d.content.DataAtom != atom.Article && d.content.DataAtom != atom.Div {
		box := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		if d.content.Parent != nil {
			d.content.Parent.RemoveChild(d.content)
		}
		if d.content.DataAtom == atom.Body {
			for c := d.content.FirstChild; c != nil; {
				next := c.NextSibling
				d.content.RemoveChild(c)
				box.AppendChild(c)
				c = next
			}
		} else {
			box.AppendChild(d.content)
		}
		d.content = box
	} else if d.content.Parent != nil {
		d.content.Parent.RemoveChild(d.content)
	}
	sanitize(d.content, d.baseURL())
	if d.opts.DropTables || d.opts.DropLinks {
		d.dropOptional(d.content)
	}
}

// dropOptional removes the parts of the content the caller asked to leave
// out: tables, and links (kept as their text).
func (d *document) dropOptional(root *html.Node) {
	var tables, links []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		switch {
		case n.DataAtom == atom.Table && d.opts.DropTables:
			tables = append(tables, n)
			return false
		case n.DataAtom == atom.A && d.opts.DropLinks:
			links = append(links, n)
		}
		return true
	})
	for _, t := range tables {
		d.drop(t, "finish", "tables left out (Options.DropTables)")
	}
	for _, a := range links {
		unwrapNode(a)
	}
}

// unwrapNode replaces n by its children.
func unwrapNode(n *html.Node) {
	p := n.Parent
	if p == nil {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		p.InsertBefore(c, n)
		c = next
	}
	p.RemoveChild(n)
}

// baseURL is the URL relative links resolve against: the page's URL, or,
// for a page read from a file without one, the canonical URL it declares.
func (d *document) baseURL() *url.URL {
	if d.pageURL != nil {
		return d.pageURL
	}
	if u, err := url.Parse(d.meta.url(nil)); err == nil && u.IsAbs() {
		return u
	}
	return nil
}

func sanitize(n *html.Node, base *url.URL) {
	if n.Type != html.ElementNode {
		return
	}
	if n.DataAtom == atom.Img && (attr(n, "src") == "" || strings.HasPrefix(attr(n, "src"), "data:")) {
		for _, k := range lazySrcAttrs {
			if v := strings.TrimSpace(attr(n, k)); v != "" {
				if k == "data-srcset" {
					// the first candidate's URL: up to white space, less
					// the comma that ends a candidate without descriptor
					v = strings.TrimRight(strings.Fields(v)[0], ",")
				}
				setAttr(n, "src", v)
				break
			}
		}
	}
	switch n.DataAtom {
	case atom.Pre:
		breakCodeLines(n) // before the classes that name the lines go
	case atom.Button:
		inlineButton(n) // the one stripJunk left: words of a sentence
	}
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Namespace != "" || !allowedAttrs[a.Key] {
			continue
		}
		if urlAttrs[a.Key] {
			v, ok := safeURL(a.Val, base)
			if !ok {
				continue
			}
			a.Val = v
		}
		kept = append(kept, a)
	}
	n.Attr = kept
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sanitize(c, base)
	}
}

// breakCodeLines ends each line element of a code block with a line
// break where the page leaves it to the style sheet: syntax highlighters
// wrap each line in an element ("line", "token-line", "code-line",
// "highlight-code-line") that their CSS displays as a block, with no
// newline between them, and some put a <div> per line. Lines the page
// separates itself are left alone.
func breakCodeLines(pre *html.Node) {
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			visit(c)
			if codeLine(c) && hasText(c) && !endsLine(c) && !startsLine(c.NextSibling) {
				n.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, c.NextSibling)
			}
		}
	}
	visit(pre)
}

// codeLine reports an element of a code block that is one line of it: a
// block element, or an inline one whose class names a line.
func codeLine(n *html.Node) bool {
	return isBlockAtom(n.DataAtom) || heuristics.CodeLineName(attr(n, "class"))
}

// hasText reports whether n's subtree holds a text node that is not empty.
func hasText(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode && c.Data != "" {
			found = true
		}
		return !found
	})
	return found
}

// endsLine reports whether n's text ends with a line break (its last text
// node, or a last <br>).
func endsLine(n *html.Node) bool {
	for c := n.LastChild; c != nil; c = c.LastChild {
		switch {
		case c.Type == html.TextNode:
			return strings.HasSuffix(c.Data, "\n")
		case c.DataAtom == atom.Br:
			return true
		}
	}
	return false
}

// startsLine reports whether n, the sibling after a code line, is text that
// opens with a line break.
func startsLine(n *html.Node) bool {
	return n != nil && n.Type == html.TextNode && (strings.HasPrefix(n.Data, "\n") || strings.HasPrefix(n.Data, "\r\n"))
}

// inlineButton turns a <button> inside running text into a <span>, with a
// space on each side where the text runs into it, as the button's box
// sets it apart.
func inlineButton(n *html.Node) {
	n.DataAtom, n.Data, n.Attr = atom.Span, "span", nil
	if n.Parent == nil {
		return
	}
	if p := n.PrevSibling; p != nil && p.Type == html.TextNode && p.Data != "" && !isSpace(rune(p.Data[len(p.Data)-1])) {
		n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, n)
	}
	if x := n.NextSibling; x != nil && x.Type == html.TextNode && x.Data != "" && !isSpace(rune(x.Data[0])) && !strings.ContainsRune(".,;:!?)", rune(x.Data[0])) {
		n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, x)
	}
}

func setAttr(n *html.Node, key, val string) {
	for i := range n.Attr {
		if n.Attr[i].Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

// safeURL resolves raw against base and accepts only http, https, mailto
// and in-page links.
func safeURL(raw string, base *url.URL) (string, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto":
		return u.String(), true
	case "":
		if strings.HasPrefix(raw, "#") || !strings.Contains(raw, ":") {
			return u.String(), true
		}
	}
	return "", false
}

// HTML returns the content as clean, safe HTML: no scripts, styles, event
// handlers or javascript: URLs, relative links made absolute.
func (a *Article) HTML() string {
	if a.Content == nil {
		return ""
	}
	var b strings.Builder
	if err := html.Render(&b, a.Content); err != nil {
		return ""
	}
	return b.String()
}
