package extractor

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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
