package extractor

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// benchPages returns the fixture pages by name.
func benchPages(b *testing.B) map[string][]byte {
	b.Helper()
	files, err := filepath.Glob("../testdata/pages/*/source.html")
	if err != nil || len(files) == 0 {
		b.Skipf("no fixture pages: %v", err)
	}
	pages := map[string][]byte{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages[filepath.Base(filepath.Dir(f))] = src
	}
	return pages
}

func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	for name, src := range pages {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Extract(bytes.NewReader(src), nil, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkRenderText(b *testing.B) {
	for name, src := range benchPages(b) {
		doc, err := html.Parse(bytes.NewReader(src))
		if err != nil {
			b.Fatal(err)
		}
		body := findElement(doc, atom.Body)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				renderText(body)
			}
		})
	}
}

// largePage is a synthetic page of n paragraphs in one article, with a
// menu and a sidebar.
func largePage(n int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Large</title></head><body><nav class="menu">`)
	for i := range 50 {
		b.WriteString(`<a href="/s/` + strconv.Itoa(i) + `">Section</a> `)
	}
	b.WriteString(`</nav><div class="layout"><article class="post">`)
	for i := range n {
		if i%20 == 0 {
			b.WriteString(`<h2>Part ` + strconv.Itoa(i/20) + `</h2>`)
		}
		b.WriteString(`<p>Paragraph ` + strconv.Itoa(i) + `: ` + prose + ` <a href="/x">a link</a>, <em>some emphasis</em>.</p>`)
	}
	b.WriteString(`</article><aside class="sidebar"><ul>`)
	for range 30 {
		b.WriteString(`<li><a href="/r">Related story with a headline</a></li>`)
	}
	b.WriteString(`</ul></aside></div><footer class="footer">Copyright</footer></body></html>`)
	return []byte(b.String())
}

func BenchmarkExtractLarge(b *testing.B) {
	for _, n := range []int{500, 5000} {
		src := largePage(n)
		b.Run(strconv.Itoa(n)+"-paragraphs", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Extract(bytes.NewReader(src), nil, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExtractDeepNesting parses 10,000 nested <div>s: more than the
// HTML parser accepts, so this measures how fast the page is refused (or,
// should the parser's limit be lifted, extracted).
func BenchmarkExtractDeepNesting(b *testing.B) {
	src := []byte(strings.Repeat("<div>", 10000) + "<p>" + prose + "</p>" + strings.Repeat("</div>", 10000))
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		_, err := Extract(bytes.NewReader(src), nil, Options{})
		if err != nil && strings.Contains(err.Error(), "internal error") {
			b.Fatal(err)
		}
	}
}

// deepDocument builds a document with depth nested <div>s around a few
// paragraphs, past the parser's limit, as a caller of FromDocument may.
func deepDocument(depth int) *html.Node {
	doc, _ := html.Parse(strings.NewReader("<html><head></head><body></body></html>"))
	n := findElement(doc, atom.Body)
	for range depth {
		d := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		n.AppendChild(d)
		n = d
	}
	for range 5 {
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: prose})
		n.AppendChild(p)
	}
	return doc
}

func BenchmarkFromDocumentDeep(b *testing.B) {
	doc := deepDocument(10000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FromDocument(doc, nil, Options{}); err != nil && !errors.Is(err, ErrNoContent) {
			b.Fatal(err)
		}
	}
}
