package extractor

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestExtractNoContent(t *testing.T) {
	for _, in := range []string{
		"",
		" ",
		" \n\t\r\n ",
		"\xef\xbb\xbf",
		"\xef\xbb\xbf   \n",
		"<html></html>",
		"<!DOCTYPE html><html><head><title>Only a title</title></head><body></body></html>",
		"<html><body>   \n  </body></html>",
		"<html><body><p></p><div> </div><p>&nbsp;</p></body></html>",
		"<html><body><script>var x = 'lots of script text that is not content at all, really';</script></body></html>",
		"<html><body><img src=a.png><img src=b.png></body></html>",
		"<!-- just a comment -->",
		"<frameset><frame src=a.html></frameset>",
	} {
		a, err := Extract(strings.NewReader(in), nil, Options{})
		if !errors.Is(err, ErrNoContent) {
			t.Errorf("Extract(%q) = %+v, %v; want ErrNoContent", in, a, err)
		}
		// the metadata comes back with ErrNoContent; the content does not
		if a == nil || a.Text != "" || a.Content != nil {
			t.Errorf("Extract(%q) = %+v with ErrNoContent, want metadata only", in, a)
		}
	}
}

// TestExtractTinyPages runs pages with little or odd content: none may
// panic, and whatever comes out has the text format's shape.
func TestExtractTinyPages(t *testing.T) {
	pages := map[string]string{
		"nav only":               `<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/a">About</a></li><li><a href="/c">Contact</a></li></ul></nav></body></html>`,
		"header and footer only": `<html><body><header><a href="/">Site</a></header><footer>© 2026 Site</footer></body></html>`,
		"plain text":             `Just one sentence of plain text, with no markup at all.`,
		"one paragraph":          `<p>One short paragraph that is the whole page, and nothing else.</p>`,
		"heading only":           `<h1>Only a heading</h1>`,
		"links only":             strings.Repeat(`<a href="/x">a link</a> `, 50),
		"list only":              `<ul><li>first item of the list</li><li>second item of the list</li></ul>`,
		"table only":             `<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`,
		"pre only":               "<pre>  code\n\n\n  more code</pre>",
		"unclosed tags":          `<div><p>Unclosed <b>bold <i>italic <div>block <table><tr><td>cell`,
		"nested forms":           `<form><form><p>text in a form, which is a strange place for text</p></form></form>`,
		"svg and math":           `<svg><text>svg text</text></svg><math><mi>x</mi></math><p>Paragraph beside some figures, which is the content.</p>`,
		"template":               `<template><p>template text, never shown to the reader</p></template><p>Shown text, which is the content of this page.</p>`,
		"hidden content": `<div hidden><p>Hidden paragraph.</p></div><p style="display:none">Also hidden.</p>` +
			`<p>Visible paragraph, which is the only content of this page.</p>`,
		"nesting at the parser's limit": strings.Repeat("<div>", 500) + "<p>Deep paragraph, far down in the tree of this page.</p>" + strings.Repeat("</div>", 500),
		"comments":                      `<div class="comments"><p>A comment, which is all there is on this page.</p></div>`,
		"only noscript":                 `<noscript><p>Please enable JavaScript to read this page.</p></noscript>`,
		"article with junk":             articlePage("Title", `<div class="share">Share</div><div class="ad">Advertisement</div>`),
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			for _, opts := range []Options{{}, {NoFallback: true}, {IncludeComments: true}} {
				a, err := Extract(strings.NewReader(page), mustURL(t, "https://example.test/p"), opts)
				if err != nil {
					if !errors.Is(err, ErrNoContent) {
						t.Errorf("Extract with %+v: %v", opts, err)
					}
					continue
				}
				if a.Text == "" {
					t.Errorf("Extract with %+v: empty Text and no error", opts)
				}
				if a.Content == nil {
					t.Errorf("Extract with %+v: Text %q but nil Content", opts, a.Text)
				}
				if !strings.Contains(page, "<pre>") {
					checkTextShape(t, a.Text)
				}
				checkSafe(t, a.Content)
			}
		})
	}
}

// TestExtractText checks the text of small pages exactly.
func TestExtractText(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"one paragraph", `<p>One short paragraph that is the whole page, and nothing else.</p>`,
			"One short paragraph that is the whole page, and nothing else."},
		{"plain text", `Just one sentence of plain text, with no markup at all.`,
			"Just one sentence of plain text, with no markup at all."},
		{"article", articlePage("Budget approved", ""), strings.Repeat(prose+"\n\n", 3) + prose},
		{"article keeps a list", articlePage("Budget approved", `<p>The plan has three parts, listed below:</p><ul><li>new offices for staff</li><li>a larger library</li><li>a public garden</li></ul>`),
			"The plan has three parts, listed below:\n\n- new offices for staff\n\n- a larger library\n\n- a public garden\n\n" + strings.Repeat(prose+"\n\n", 3) + prose},
		{"article drops chrome", articlePage("Budget approved", `<div class="share-bar"><a href="#">Share on Facebook</a></div><p>Advertisement</p>`),
			strings.Repeat(prose+"\n\n", 3) + prose},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extractPage(t, tt.page, nil, Options{})
			if a.Text != tt.want {
				t.Errorf("Text\n got %q\nwant %q", a.Text, tt.want)
			}
		})
	}
}

func TestExtractMetadataBasics(t *testing.T) {
	page := articlePage("Budget approved", "")
	u := mustURL(t, "https://news.example.test/budget")
	a := extractPage(t, page, u, Options{})
	if a.Title != "Budget approved" {
		t.Errorf("Title = %q, want %q", a.Title, "Budget approved")
	}
	if a.URL != u.String() {
		t.Errorf("URL = %q, want the page URL %q", a.URL, u)
	}
	if a.Language != "en" {
		t.Errorf("Language = %q, want en", a.Language)
	}
	if a.Excerpt == "" {
		t.Errorf("Excerpt is empty")
	}
	if a.FromFallback {
		t.Errorf("FromFallback is set for a page pith handles itself")
	}
}

func TestFromDocument(t *testing.T) {
	if _, err := FromDocument(nil, nil, Options{}); !errors.Is(err, ErrNotHTML) {
		t.Errorf("FromDocument(nil): err = %v, want ErrNotHTML", err)
	}
	page := articlePage("Budget approved", `<script>x()</script><div class="share">Share</div>`+
		`<p>See <a href="/rel" onclick="x()">this</a> and <img data-src="lazy.jpg" alt="lazy">, which matter.</p>`)
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	before := renderHTML(t, doc)
	u := mustURL(t, "https://example.test/a/b")
	a, err := FromDocument(doc, u, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if after := renderHTML(t, doc); after != before {
		t.Errorf("FromDocument modified the caller's document:\nbefore %s\nafter  %s", before, after)
	}
	want := extractPage(t, page, u, Options{})
	if a.Text != want.Text || a.Title != want.Title || a.HTML() != want.HTML() {
		t.Errorf("FromDocument and Extract disagree:\n%q\n%q", a.Text, want.Text)
	}
	// the caller's nodes are not in the result
	if isAncestor(doc, a.Content) {
		t.Errorf("Content is part of the caller's document")
	}
	// a weak page, for which the second opinion is consulted, leaves the
	// document alone too
	weak, _ := html.Parse(strings.NewReader(`<div><p>Short text.</p><p>More short text.</p></div>`))
	before = renderHTML(t, weak)
	FromDocument(weak, nil, Options{})
	if after := renderHTML(t, weak); after != before {
		t.Errorf("FromDocument modified a weak document:\nbefore %s\nafter  %s", before, after)
	}
}

func renderHTML(t testing.TB, n *html.Node) string {
	t.Helper()
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// concurrencyPages are the fixture pages, if any, and small pages of our own.
func concurrencyPages(t testing.TB) map[string][]byte {
	pages := map[string][]byte{
		"article":   []byte(articlePage("Budget approved", "")),
		"list":      []byte(articlePage("Lists", `<ol><li>one item</li><li>two items</li></ol>`)),
		"nav only":  []byte(`<nav><a href="/">Home</a></nav>`),
		"paragraph": []byte(`<p>One short paragraph that is the whole page, and nothing else.</p>`),
	}
	files, _ := filepath.Glob("../testdata/pages/*/source.html")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages[filepath.Base(filepath.Dir(f))] = b
	}
	return pages
}

// TestExtractConcurrent runs Extract from 8 goroutines at once over the
// same pages; each result must equal the sequential one. Run with -race.
func TestExtractConcurrent(t *testing.T) {
	pages := concurrencyPages(t)
	u := mustURL(t, "https://example.test/page")
	// a fixed reference time: relative dates ("3 days ago") would
	// otherwise move between the runs
	opts := Options{Now: time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)}
	want := map[string]string{}
	for name, src := range pages {
		a, err := Extract(bytes.NewReader(src), u, opts)
		want[name] = describeResult(a, err)
	}
	const workers, rounds = 8, 3
	var wg sync.WaitGroup
	errs := make(chan string, workers*rounds*len(pages))
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				for name, src := range pages {
					a, err := Extract(bytes.NewReader(src), u, opts)
					if got := describeResult(a, err); got != want[name] {
						errs <- fmt.Sprintf("%s: concurrent result differs:\n got %.300s\nwant %.300s", name, got, want[name])
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestFromDocumentConcurrent runs FromDocument on one shared document from
// several goroutines.
func TestFromDocumentConcurrent(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(articlePage("Shared", `<p>A <a href="/x">link</a> and <img data-src="i.jpg">, which count.</p>`)))
	if err != nil {
		t.Fatal(err)
	}
	before := renderHTML(t, doc)
	a, err := FromDocument(doc, nil, Options{})
	want := describeResult(a, err)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 5; r++ {
				a, err := FromDocument(doc, nil, Options{})
				if got := describeResult(a, err); got != want {
					t.Errorf("concurrent FromDocument differs:\n got %.300s\nwant %.300s", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
	if after := renderHTML(t, doc); after != before {
		t.Errorf("concurrent FromDocument modified the document")
	}
}

func describeResult(a *Article, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprintf("%q %q %q %v %q\n%s\n%s", a.Title, a.Authors, a.SiteName, a.Published, a.URL, a.Text, a.HTML())
}

// TestExtractDeepNesting: a page nested deeper than the HTML parser's limit
// of 512 open elements (old forum pages that never close their <div>s or
// <font>s) fails with an error callers can branch on, not a bare parser
// error.
func TestExtractDeepNesting(t *testing.T) {
	for _, page := range []string{
		strings.Repeat("<div>", 2000) + "<p>Deep paragraph, far down in the tree of this page.</p>" + strings.Repeat("</div>", 2000),
		strings.Repeat(`<div class="post"><p>A post that never closes its div, as old forums do.</p>`, 600),
		// end tags the parser ignores or works around: the <div>s stay open
		strings.Repeat(`<span><div>`, 600) + "<p>" + prose + "</p>",
		strings.Repeat(`<span><div>text</span>`, 600) + "<p>" + prose + "</p>",
		strings.Repeat(`<i><div></i>`, 600) + "<p>" + prose + "</p>",
		strings.Repeat(`<font><div></font>x`, 600) + "<p>" + prose + "</p>",
		strings.Repeat(`<table><tr><td><div></table>`, 300) + "<p>" + prose + "</p>",
	} {
		a, err := Extract(strings.NewReader(page), nil, Options{})
		if err != nil && !errors.Is(err, ErrNotHTML) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrNoContent) {
			t.Errorf("Extract of a page of %.40q...: err = %v, want nil or a sentinel error", page, err)
		}
		if err == nil && a.Text == "" {
			t.Errorf("Extract of a page of %.40q...: empty text", page)
		}
	}
}

// TestExtractMaxElements: a page past the element cap still gives a result
// from its first part.
func TestExtractMaxElements(t *testing.T) {
	page := articlePage("Capped", "") + strings.Repeat("<div><span>x</span></div>", 1000)
	a := extractPage(t, page, nil, Options{MaxElements: 100})
	if !strings.Contains(a.Text, "The committee met") {
		t.Errorf("Text lacks the article:\n%s", a.Text)
	}
}

// TestExtractReaderError: a read error is returned, wrapped.
func TestExtractReaderError(t *testing.T) {
	boom := errors.New("boom")
	_, err := Extract(&errReader{data: []byte("<p>partial"), err: boom}, nil, Options{})
	if !errors.Is(err, boom) {
		t.Errorf("Extract with a failing reader: err = %v, want it to wrap %v", err, boom)
	}
}

// TestFromDocumentDeep: a caller's tree may be nested deeper than the HTML
// parser allows; the pipeline copes. (BenchmarkFromDocumentDeep times a
// tree five times deeper.)
func TestFromDocumentDeep(t *testing.T) {
	a, err := FromDocument(deepDocument(2000), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Repeat(prose+"\n\n", 4) + prose; a.Text != want {
		t.Errorf("Text = %.200q, want the five paragraphs", a.Text)
	}
}

// TestSecondOpinionSkipsChrome checks that a page rendered by scripts,
// whose HTML holds only its footer, gives ErrNoContent rather than the
// footer's links that go-readability offers in place of content.
func TestSecondOpinionSkipsChrome(t *testing.T) {
	const page = `<!DOCTYPE html><html lang="en"><head><title>Trail Runner 3 | Northpeak</title></head>
<body><div id="app"></div><script>window.__STATE__={}</script>
<footer class="site-footer"><div class="cols">
<div><h4>Help</h4><p><a href="/help">Help Center</a>, <a href="/returns">Returns and refunds</a>, <a href="/report">Report a problem</a>, <a href="/recalls">Recalls</a>, <a href="/shipping">Shipping</a>, <a href="/track">Track an order</a></p></div>
<div><h4>Northpeak worldwide</h4><p><a href="/de">Germany</a>, <a href="/fr">France</a>, <a href="/es">Spain</a>, <a href="/it">Italy</a>, <a href="/jp">Japan</a>, <a href="/kr">Korea</a>, <a href="/br">Brazil</a></p></div>
</div><p>Stay in the loop with trail news and offers. Privacy notice.</p></footer></body></html>`
	a, err := Extract(strings.NewReader(page), nil, Options{})
	if !errors.Is(err, ErrNoContent) {
		t.Fatalf("Extract = %q, %v; want ErrNoContent", a.Text, err)
	}
	if a.Title != "Trail Runner 3" {
		t.Errorf("Title = %q, want the page's title beside ErrNoContent", a.Title)
	}
}

// TestChromeCustomElementAroundMain checks that a custom element named
// like chrome is dropped as chrome unless it wraps the page's <main>: a
// <site-nav> element left open holds the whole page.
func TestChromeCustomElementAroundMain(t *testing.T) {
	const story = "Your savings plan is on track when your yearly deposits, grown at a modest rate, reach the income you want to replace. This calculator shows how far you are from that target and which changes close the gap."
	for _, tt := range []struct {
		name, page string
		want       bool
	}{
		{"nav around main", `<html><body><site-nav app="x"><a href="/">Home</a><main><h1>Savings calculator</h1><p>` + story + `</p></main></site-nav></body></html>`, true},
		{"nav beside main", `<html><body><site-nav><a href="/">Home</a> <a href="/tools">Tools</a></site-nav><main><h1>Savings calculator</h1><p>` + story + `</p></main></body></html>`, true},
		{"menu text", `<html><body><site-nav><p>Menu: ` + story + `</p></site-nav><main><h1>Calculator</h1><p>Enter your figures below.</p></main></body></html>`, false},
	} {
		a, _ := Extract(strings.NewReader(tt.page), nil, Options{NoFallback: true})
		got := a != nil && strings.Contains(a.Text, "reach the income you want")
		if got != tt.want {
			t.Errorf("%s: story in text = %v, want %v (text %q)", tt.name, got, tt.want, a.Text)
		}
	}
}

func TestStepsWithScreenshotsKept(t *testing.T) {
	extra := `<ol class="steps">
<li><img src="/s1.png" alt=""> Open the Curve menu and choose Edit Tools, then Match from the list.</li>
<li><img src="/s2.png" alt=""> Pick the open curve to change near the end that should move to meet the other.</li>
<li><img src="/s3.png" alt=""> Under Continuity choose Tangency, enable Join, and press OK to finish the match.</li>
</ol>
<div class="logos"><img src="/a.png" alt=""><img src="/b.png" alt=""><img src="/c.png" alt=""><a href="/partners">Partners</a></div>`
	a := extractPage(t, articlePage("Matching curves", extra), nil, Options{})
	if !strings.Contains(a.Text, "choose Tangency, enable Join") {
		t.Errorf("steps with screenshots dropped:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "Partners") {
		t.Errorf("row of logos kept:\n%s", a.Text)
	}
}
