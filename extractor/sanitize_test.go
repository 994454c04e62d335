package extractor

import (
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// prose is a paragraph long enough to score as content.
const prose = "The committee met on Tuesday to discuss the budget, the schedule and the new building, " +
	"and after a long debate it agreed to publish its findings before the end of the month."

// articlePage returns a small but complete page: a header, a navigation
// menu, an article holding extra followed by four paragraphs of prose, and
// a footer.
func articlePage(title, extra string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + `</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></header>
<main><article class="post"><h1>` + title + `</h1>
` + extra + `
<p>` + prose + `</p>
<p>` + prose + `</p>
<p>` + prose + `</p>
<p>` + prose + `</p>
</article></main>
<footer class="footer"><p>Copyright 2026 Example News. All rights reserved.</p></footer>
</body></html>`
}

// mustURL parses a URL for a test.
func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// extractPage runs Extract on page and fails the test on an error.
func extractPage(t testing.TB, page string, pageURL *url.URL, opts Options) *Article {
	t.Helper()
	a, err := Extract(strings.NewReader(page), pageURL, opts)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return a
}

// elementsByAtom returns the elements under n with the given atom.
func elementsByAtom(n *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == a {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return out
}

// checkSafe fails the test if the content holds anything the HTML output
// promises to leave out: scripts, styles, event handlers (any attribute
// outside the allowed list), URLs with a scheme other than http(s) or mailto.
func checkSafe(t testing.TB, n *html.Node) {
	t.Helper()
	if n == nil {
		return
	}
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style:
				t.Errorf("content holds a <%s> element", n.Data)
			}
			for _, a := range n.Attr {
				if !allowedAttrs[a.Key] || a.Namespace != "" {
					t.Errorf("<%s> keeps attribute %s=%q", n.Data, a.Key, a.Val)
				}
				if urlAttrs[a.Key] {
					if u, err := url.Parse(a.Val); err != nil {
						t.Errorf("<%s %s=%q>: %v", n.Data, a.Key, a.Val, err)
					} else if s := strings.ToLower(u.Scheme); s != "" && s != "http" && s != "https" && s != "mailto" {
						t.Errorf("<%s %s=%q> has scheme %q", n.Data, a.Key, a.Val, s)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
}

func TestSanitize(t *testing.T) {
	const extra = `
<script>document.write("tracking")</script>
<style>.post { color: red }</style>
<p class="lede" style="font-weight:bold" onclick="steal()" onmouseover="steal()" data-track="1" id="lede">
  Read the <a href="/reports/2026.pdf" onclick="steal()" target="_blank" rel="nofollow">full report</a>,
  the <a href="javascript:alert(1)">summary</a>, the <a href=" JavaScript:alert(2)">appendix</a>,
  the <a href="data:text/html;base64,PHNjcmlwdD4=">annex</a>, the <a href="vbscript:msgbox(1)">notes</a>
  and the <a href="minutes.html#item-3">minutes</a>, or <a href="mailto:desk@example.test">write to us</a>,
  or see <a href="#section-2">below</a> and <a href="//cdn.example.test/x.css">the mirror</a>.</p>
<figure>
  <img src="../img/photo.jpg" alt="The committee" width="640" height="480" loading="lazy" srcset="a.jpg 1x, b.jpg 2x">
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lazy.jpg" alt="Lazy">
  <img data-lazy-src="lazy2.jpg" alt="Lazy two">
  <img data-srcset="/img/small.jpg 480w, /img/large.jpg 1024w" alt="Lazy set">
  <img src="data:image/png;base64,iVBORw0KGgo=" alt="Inline only">
  <img src="javascript:alert(3)" alt="Script image">
</figure>
<blockquote cite="/sources/minutes" onfocus="x()"><p>The budget is final and will not be reopened before the autumn, the chair said.</p></blockquote>
<iframe src="https://ads.example.test/frame"></iframe>
<object data="movie.swf"></object>`
	page := articlePage("Budget approved", extra)
	a := extractPage(t, page, mustURL(t, "https://news.example.test/2026/03/budget/index.html"), Options{})
	out := a.HTML()
	if out == "" {
		t.Fatal("HTML() is empty")
	}
	checkSafe(t, a.Content)

	for _, bad := range []string{
		"<script", "<style", "tracking", "color: red", "onclick", "onmouseover", "onfocus", "style=",
		"class=", "id=", "data-track", "target=", "rel=", "srcset", "loading=", "data-src",
		"javascript:", "JavaScript:", "vbscript:", "data:", "<iframe", "<object", "steal()",
	} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML() contains %q:\n%s", bad, out)
		}
	}
	for _, want := range []string{
		`href="https://news.example.test/reports/2026.pdf"`,
		`href="https://news.example.test/2026/03/budget/minutes.html#item-3"`,
		`href="mailto:desk@example.test"`,
		`href="https://news.example.test/2026/03/budget/index.html#section-2"`,
		`href="https://cdn.example.test/x.css"`,
		`src="https://news.example.test/2026/03/img/photo.jpg"`,
		`alt="The committee"`, `width="640"`, `height="480"`,
		`src="https://news.example.test/img/lazy.jpg"`,
		`src="https://news.example.test/2026/03/budget/lazy2.jpg"`,
		`src="https://news.example.test/img/small.jpg"`,
		`cite="https://news.example.test/sources/minutes"`,
		// links whose URL was dropped keep their text
		">summary</a>", ">appendix</a>", ">annex</a>", ">notes</a>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML() lacks %s:\n%s", want, out)
		}
	}
	// the inline-only image and the script image lose their src
	for _, img := range elementsByAtom(a.Content, atom.Img) {
		switch attr(img, "alt") {
		case "Inline only", "Script image":
			if hasAttr(img, "src") {
				t.Errorf("<img alt=%q> keeps src=%q", attr(img, "alt"), attr(img, "src"))
			}
		}
	}
	if n := len(elementsByAtom(a.Content, atom.Img)); n != 6 {
		t.Errorf("content has %d images, want 6:\n%s", n, out)
	}
}

// TestSanitizeNoPageURL: without a page URL relative links stay relative,
// and unsafe ones are still dropped.
func TestSanitizeNoPageURL(t *testing.T) {
	extra := `<p>See the <a href="/a/b">archive</a>, the <a href="javascript:void(0)">menu</a> and ` +
		`<img data-src="lazy.jpg" alt="lazy"> <img src="data:image/png;base64,AAAA" alt="inline">, which matter.</p>`
	a := extractPage(t, articlePage("No URL", extra), nil, Options{})
	out := a.HTML()
	checkSafe(t, a.Content)
	for _, want := range []string{`href="/a/b"`, `src="lazy.jpg"`} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML() lacks %s:\n%s", want, out)
		}
	}
	for _, bad := range []string{"javascript:", "data:"} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML() contains %q:\n%s", bad, out)
		}
	}
}

// TestHTMLWrapsContent: the content is one element, and rendering it twice
// gives the same result.
func TestHTMLWrapsContent(t *testing.T) {
	a := extractPage(t, articlePage("Wrapped", ""), mustURL(t, "https://example.test/"), Options{})
	if a.Content == nil || a.Content.Type != html.ElementNode {
		t.Fatalf("Content = %v, want an element", a.Content)
	}
	if a.Content.Parent != nil {
		t.Errorf("Content still has a parent <%s>", a.Content.Parent.Data)
	}
	if a.Content.DataAtom != atom.Article && a.Content.DataAtom != atom.Div {
		t.Errorf("Content is <%s>, want <article> or <div>", a.Content.Data)
	}
	if h1, h2 := a.HTML(), a.HTML(); h1 != h2 || !strings.Contains(h1, "The committee met") {
		t.Errorf("HTML() unstable or missing the prose:\n%s\n%s", h1, h2)
	}
	if got := (&Article{}).HTML(); got != "" {
		t.Errorf("HTML() without content = %q, want empty", got)
	}
}

func TestSafeURL(t *testing.T) {
	base := mustURL(t, "https://example.test/dir/page.html?q=1")
	tests := []struct {
		raw  string
		want string
		ok   bool
	}{
		{"https://other.test/x", "https://other.test/x", true},
		{"HTTP://other.test/x", "http://other.test/x", true},
		{"/abs", "https://example.test/abs", true},
		{"rel/x.png", "https://example.test/dir/rel/x.png", true},
		{"../up", "https://example.test/up", true},
		{"//cdn.test/a", "https://cdn.test/a", true},
		{"#frag", "https://example.test/dir/page.html?q=1#frag", true},
		{"?page=2", "https://example.test/dir/page.html?page=2", true},
		{"  /trimmed  ", "https://example.test/trimmed", true},
		{"mailto:a@example.test", "mailto:a@example.test", true},
		{"javascript:alert(1)", "", false},
		{"JAVASCRIPT:alert(1)", "", false},
		{"java\tscript:alert(1)", "", false},
		{"\x01javascript:alert(1)", "", false},
		{"data:text/html,<script>", "", false},
		{"vbscript:x", "", false},
		{"file:///etc/passwd", "", false},
		{"ftp://example.test/f", "", false},
		{"", "", false},
		{"   ", "", false},
		{"http://[::1", "", false},
	}
	for _, tt := range tests {
		got, ok := safeURL(tt.raw, base)
		if ok != tt.ok || got != tt.want {
			t.Errorf("safeURL(%q) = %q, %v; want %q, %v", tt.raw, got, ok, tt.want, tt.ok)
		}
	}
	// without a base, relative URLs are kept as they are
	for _, raw := range []string{"/abs", "rel", "#frag"} {
		if got, ok := safeURL(raw, nil); !ok || got != raw {
			t.Errorf("safeURL(%q, nil) = %q, %v; want %q, true", raw, got, ok, raw)
		}
	}
	if _, ok := safeURL("javascript:x", nil); ok {
		t.Errorf("safeURL(javascript:, nil) accepted")
	}
}

// TestSanitizeLazyImages calls sanitize directly on lazy-loading markup.
func TestSanitizeLazyImages(t *testing.T) {
	base := mustURL(t, "https://example.test/a/")
	tests := []struct {
		img  string
		want string // src after sanitising; "" for none
	}{
		{`<img src="real.jpg" data-src="lazy.jpg">`, "https://example.test/a/real.jpg"},
		{`<img data-src="lazy.jpg">`, "https://example.test/a/lazy.jpg"},
		{`<img src="" data-src=" lazy.jpg ">`, "https://example.test/a/lazy.jpg"},
		{`<img src="data:image/gif;base64,R0lGOD==" data-original="/o.jpg">`, "https://example.test/o.jpg"},
		{`<img data-lazy-src="l.jpg" data-src="s.jpg">`, "https://example.test/a/s.jpg"},
		{`<img data-hi-res-src="hi.jpg">`, "https://example.test/a/hi.jpg"},
		{`<img data-srcset="s.jpg 480w, l.jpg 1024w">`, "https://example.test/a/s.jpg"},
		{`<img data-srcset="s.jpg, l.jpg 2x">`, "https://example.test/a/s.jpg"},
		{`<img data-srcset="s.jpg">`, "https://example.test/a/s.jpg"},
		{`<img data-src="javascript:alert(1)">`, ""},
		{`<img src="data:image/gif;base64,R0lGOD==">`, ""},
	}
	for _, tt := range tests {
		body := parseBody(t, tt.img)
		sanitize(body, base)
		img := findElement(body, atom.Img)
		got := attr(img, "src")
		if got != tt.want || tt.want == "" && hasAttr(img, "src") {
			t.Errorf("%s: src = %q, want %q", tt.img, got, tt.want)
		}
		for _, a := range img.Attr {
			if strings.HasPrefix(a.Key, "data-") {
				t.Errorf("%s: keeps %s", tt.img, a.Key)
			}
		}
	}
}

func TestCodeLinesBreak(t *testing.T) {
	tests := []struct {
		name, pre, want string
	}{
		{"highlighter line spans", `<pre><code><span class="code-line">a := 1</span><span class="code-line">b := 2</span></code></pre>`, "a := 1\nb := 2"},
		{"token-line divs", `<pre><div class="token-line">x()</div><div class="token-line">y()</div></pre>`, "x()\ny()"},
		{"lines the page separates", "<pre><span class=\"line\">x()</span>\n<span class=\"line\">y()</span></pre>", "x()\ny()"},
		{"line ending in its own newline", "<pre><span class=\"line\">x()\n</span><span class=\"line\">y()</span></pre>", "x()\ny()"},
		{"other spans stay inline", `<pre><span class="token keyword">let</span> <span class="token outline">x</span></pre>`, "let x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extractPage(t, articlePage("Code", tt.pre), nil, Options{})
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("text does not hold %q:\n%s", tt.want, a.Text)
			}
		})
	}
}

func TestCodeIndentationKept(t *testing.T) {
	pre := `<pre><code><span class="tok">if</span> x {` + "\n" + `<span class="tok">    </span><span class="tok">return</span> y` + "\n}</code></pre>"
	a := extractPage(t, articlePage("Code", pre), nil, Options{})
	if want := "if x {\n    return y\n}"; !strings.Contains(a.Text, want) {
		t.Errorf("text does not hold %q:\n%s", want, a.Text)
	}
}

func TestButtonInSentence(t *testing.T) {
	extra := `<p>The idea came from professor<button class="sidenote-button" title="Ada Quill">Ada Quill,</button> who directs the lab, and from her students.</p>
<div class="toolbar"><button type="button">Share</button><button type="button">Print</button></div>`
	a := extractPage(t, articlePage("Buttons", extra), nil, Options{})
	if want := "from professor Ada Quill, who directs"; !strings.Contains(a.Text, want) {
		t.Errorf("text does not hold %q:\n%s", want, a.Text)
	}
	if strings.Contains(a.Text, "Share") || strings.Contains(a.Text, "Print") {
		t.Errorf("toolbar buttons kept:\n%s", a.Text)
	}
	if strings.Contains(a.HTML(), "<button") {
		t.Errorf("HTML output holds a <button>:\n%s", a.HTML())
	}
}
