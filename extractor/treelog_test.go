package extractor

import (
	"bytes"
	"context"
	"testing"

	"golang.org/x/net/html"
)

// treeLogPages hold the moves the pipeline makes besides removals: a
// <noscript> expanded in place of an application shell, streamed chunks
// moved into their placeholders, and paragraphs gathered from the sides of
// a short best container (under FavorPrecision, which does not first widen
// the container over its prose).
var treeLogPages = map[string]string{
	"noscript shell": `<html><body><div id="app"></div><noscript>` +
		`<article><h1>Crawler copy</h1><p>` + sentenceRun(40) + `</p><p>` + sentenceRun(30) + `</p></article></noscript></body></html>`,
	"streamed chunks": `<html><body><main><template id="B:0"></template><p>Loading</p></main>` +
		`<div hidden id="S:0"><article><p>` + sentenceRun(30) + `</p><p>` + sentenceRun(20) + `</p></article></div></body></html>`,
	"gathered siblings": `<html><body><div><div class="story"><p>` + sentenceRun(6) + `</p><p>` + sentenceRun(6) + `</p><p>` + sentenceRun(6) + `</p></div>` +
		`<nav><a href="/a">Home</a> <a href="/b">News</a></nav><div class="story"><p>` + sentenceRun(4) + `</p></div></div></body></html>`,
}

// sentenceRun is n sentences of filler prose.
func sentenceRun(n int) string {
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		b.WriteString("The council met again on Tuesday to weigh the plan, and the vote was close. ")
	}
	return b.String()
}

// TestTreeLogOriginal: after pith's own stages, the page rebuilt from the
// tree and its move log is the page as parsed, and the tree is left as the
// stages left it, on every fixture page and on pages that move nodes.
func TestTreeLogOriginal(t *testing.T) {
	pages := concurrencyPages(t)
	for name, src := range treeLogPages {
		pages[name] = []byte(src)
	}
	for name, src := range pages {
		data := decode(src, "")
		doc, err := parseHTML(data)
		if err != nil {
			t.Fatal(err)
		}
		opts := Options{}
		if _, ok := treeLogPages[name]; ok {
			opts.Favor = FavorPrecision
		}
		d := newDocument(doc, nil, opts)
		d.ctx = context.Background()
		if err := d.selectOwn(); err != nil {
			t.Fatal(err)
		}
		if len(d.edits.moves) == 0 {
			t.Errorf("%s: no moves logged", name)
		}
		before := renderTree(t, d.root)
		orig := d.edits.original(d.root)
		if orig == nil {
			t.Fatalf("%s: log incomplete", name)
		}
		want, _ := parseHTML(data)
		if got, want := renderTree(t, orig), renderTree(t, want); got != want {
			t.Errorf("%s: the rebuilt page differs from the parsed page", name)
		}
		if after := renderTree(t, d.root); after != before {
			t.Errorf("%s: rebuilding the page changed the tree", name)
		}
	}
}

func renderTree(t *testing.T, n *html.Node) string {
	t.Helper()
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestTreeLogFull: past maxLoggedMoves the log gives up, and the second
// opinion parses the page again.
func TestTreeLogFull(t *testing.T) {
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	log := &treeLog{}
	for i := 0; i <= maxLoggedMoves; i++ {
		log.insertBefore(root, &html.Node{Type: html.TextNode, Data: "x"}, nil)
	}
	if log.original(root) != nil {
		t.Fatal("a full log rebuilt a page")
	}
}
