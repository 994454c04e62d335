package extractor

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseBody parses an HTML fragment as the body of a page and returns the
// <body> element.
func parseBody(t testing.TB, fragment string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<!DOCTYPE html><html><head></head><body>" + fragment + "</body></html>"))
	if err != nil {
		t.Fatalf("parsing %q: %v", fragment, err)
	}
	body := findElement(doc, atom.Body)
	if body == nil {
		t.Fatalf("no body in %q", fragment)
	}
	return body
}

func TestRenderText(t *testing.T) {
	tests := []struct {
		name string
		html string
		want string
	}{
		// blocks
		{"paragraphs", `<p>One.</p><p>Two.</p>`, "One.\n\nTwo."},
		{"headings", `<h1>Title</h1><p>Body.</p><h2>Part</h2><p>More.</p>`, "Title\n\nBody.\n\nPart\n\nMore."},
		{"div blocks", `<div>a</div><div>b</div>`, "a\n\nb"},
		{"block inside inline", `<span>a<div>b</div>c</span>`, "a\n\nb\n\nc"},
		{"text beside blocks", `before<p>para</p>after`, "before\n\npara\n\nafter"},
		{"hr separates", `<p>a</p><hr><p>b</p>`, "a\n\nb"},
		{"hr inside inline text", `a<hr>b`, "a\n\nb"},
		{"blockquote", `<p>a</p><blockquote><p>quoted</p></blockquote><p>b</p>`, "a\n\nquoted\n\nb"},
		{"definition list", `<dl><dt>Term</dt><dd>Meaning</dd></dl>`, "Term\n\nMeaning"},
		{"figure caption", `<figure><img src="x.png"><figcaption>A caption</figcaption></figure>`, "A caption"},

		// inline elements set side by side
		{"labels side by side", `<p><span class="name">amount</span><span class="type">integer</span></p>`, "amount integer"},
		{"nested labels side by side", `<h3><a><span>Brand</span></a><span>Model 2</span></h3>`, "Brand Model 2"},
		{"word split by formatting", `<p><strong>Game D</strong><strong>ay parties</strong></p>`, "Game Day parties"},
		{"punctuation stays attached", `<p><span>price</span><span>:</span> <span>4</span></p>`, "price: 4"},
		{"inline code tokens", `<p><code><span>expand</span><span>ids</span></code></p>`, "expandids"},
		{"letters without spaces between words", `<p><span>日本</span><span>語</span></p>`, "日本語"},

		// line breaks
		{"one br", `<p>a<br>b</p>`, "a\nb"},
		{"two br", `<p>a<br><br>b</p>`, "a\n\nb"},
		{"many br", `<p>a<br><br><br><br>b</p>`, "a\n\nb"},
		{"br with spaces around", `<p>a <br> b</p>`, "a\nb"},
		{"br at start and end", `<p><br>a<br></p>`, "a"},
		{"br only", `<p><br><br></p><p>x</p>`, "x"},
		{"br in inline", `<p><span>a<br></span><b>b</b></p>`, "a\nb"},
		{"br between spaces only", `<p>a<br> <br> <br>b</p>`, "a\n\nb"},

		// inline white space
		{"collapse", "<p>  a \n\t b  </p>", "a b"},
		{"nested inline", `<p>a <b> b <i> c </i></b> d</p>`, "a b c d"},
		{"adjacent inline", `<p>a<b>b</b><i>c</i>d</p>`, "abcd"},
		{"space-only span", `<p>a<span> </span>b</p>`, "a b"},
		{"nbsp", `<p>a&nbsp;&nbsp;b&nbsp;</p>`, "a b"},
		{"zero-width space", "<p>a\u200b b</p>", "a b"},
		{"entities", `<p>&lt;tag&gt; &amp; &quot;q&quot;</p>`, `<tag> & "q"`},
		{"links are text", `<p>see <a href="/x">the page</a>.</p>`, "see the page."},

		// preformatted text
		{"pre verbatim", "<pre>\tfunc f() {\n\n    x := 1 &lt; 2\n}</pre>", "\tfunc f() {\n\n    x := 1 < 2\n}"},
		{"pre leading spaces", "<pre>    indented\n  less</pre>", "    indented\n  less"},
		{"pre blank lines kept", "<pre>a\n\n\nb</pre>", "a\n\n\nb"},
		{"pre trailing space trimmed", "<pre>a  \n\n</pre>", "a"},
		{"pre with code and spans", "<pre><code><span>if</span> x {\n  <b>y</b>()\n}</code></pre>", "if x {\n  y()\n}"},
		{"pre br", "<pre>a<br>b</pre>", "a\nb"},
		{"pre between paragraphs", "<p>a</p><pre>  x</pre><p>b</p>", "a\n\n  x\n\nb"},
		{"empty pre", "<p>a</p><pre>  \n </pre><p>b</p>", "a\n\nb"},

		// lists
		{"ul", `<ul><li>one</li><li>two</li></ul>`, "- one\n\n- two"},
		{"ol", `<ol><li>one</li><li>two</li></ol>`, "1. one\n\n2. two"},
		{"ol start", `<ol start="3"><li>three</li><li>four</li></ol>`, "3. three\n\n4. four"},
		{"ol bad start", `<ol start="x"><li>one</li></ol>`, "1. one"},
		{"nested ul", `<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>`, "- a\n\n- a1\n\n- a2\n\n- b"},
		{"nested ol in ul", `<ul><li>a<ol><li>x</li></ol></li></ul>`, "- a\n\n1. x"},
		{"li with p", `<ul><li><p>para item</p></li></ul>`, "- para item"},
		{"li with two p", `<ul><li><p>first</p><p>second</p></li></ul>`, "- first\n\nsecond"},
		{"li inline whitespace", "<ul><li>\n  spaced   <b>out</b>\n</li></ul>", "- spaced out"},
		{"li with br", `<ul><li>a<br>b</li></ul>`, "- a\nb"},
		{"empty li skipped", `<ul><li></li><li>b</li></ul>`, "- b"},
		{"marker of empty li does not leak", `<ul><li> </li></ul><p>after</p>`, "after"},
		{"marker of image-only li does not leak", `<ol><li><img src="x.png"></li></ol><p>after</p>`, "after"},
		{"text in list outside li", `<ul>stray<li>a</li></ul>`, "stray\n\n- a"},
		{"li with pre", "<ul><li><pre>  code</pre></li></ul>", "-   code"},

		// tables
		{"data table", `<table><tr><th>a</th><th>b</th><th>c</th></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>`, "a | b | c\n\n1 | 2 | 3"},
		{"data table inline markup", `<table><tr><td><b>x</b> y</td><td><a href="#">z</a></td></tr></table>`, "x y | z"},
		{"data table with caption", `<table><caption>Cap</caption><tbody><tr><td>1</td><td>2</td></tr></tbody></table>`, "Cap\n\n1 | 2"},
		{"layout table", `<table><tr><td><p>Main text.</p><p>More.</p></td><td><p>Side.</p></td></tr></table>`, "Main text.\n\nMore.\n\nSide."},
		{"layout table with br", `<table><tr><td>a<br>b</td></tr></table>`, "a\nb"},

		// dropped things
		{"images ignored", `<p>a <img src="x.png" alt="picture"> b</p>`, "a b"},
		{"picture ignored", `<picture><source srcset="x.webp"><img src="x.png" alt="p"></picture><p>t</p>`, "t"},
		{"empty blocks", `<p></p><p> </p><div><span> </span></div><p>x</p><div></div>`, "x"},
		{"nbsp-only block", `<p>&nbsp;</p><p>x</p>`, "x"},
		{"comments ignored", `<p>a<!-- hidden -->b</p>`, "ab"},
		{"nothing", ``, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := renderText(parseBody(t, tt.html))
			if got != tt.want {
				t.Errorf("renderText(%q)\n got %q\nwant %q", tt.html, got, tt.want)
			}
		})
	}
}

func TestRenderTextNil(t *testing.T) {
	if got := renderText(nil); got != "" {
		t.Errorf("renderText(nil) = %q, want empty", got)
	}
}

// TestRenderTextShape checks the format's invariants on a messy page: one
// blank line between blocks, no line with surrounding white space.
func TestRenderTextShape(t *testing.T) {
	const page = `
	<div>
	  <h2>  Heading  </h2>
	  <p>  First   <em>para</em>  <br>  second line  </p>


	  <div><div><p>  deep  </p></div></div>
	  <ul>
	    <li>  <p>  item  </p>  </li>
	    <li>
	       <div>  block item  </div>
	    </li>
	  </ul>
	  <table><tr><td> a </td><td>  b </td></tr></table>
	  <p>&nbsp; spaced &nbsp;</p>
	  <p><br><br>   <br></p>
	</div>`
	got := renderText(parseBody(t, page))
	want := "Heading\n\nFirst para\nsecond line\n\ndeep\n\n- item\n\n- block item\n\na | b\n\nspaced"
	if got != want {
		t.Errorf("renderText:\n got %q\nwant %q", got, want)
	}
	checkTextShape(t, got)
}

// checkTextShape reports text that breaks the format outside <pre>: more
// than one blank line in a row, lines with leading or trailing white
// space, white space at either end.
func checkTextShape(t testing.TB, text string) {
	t.Helper()
	if strings.Contains(text, "\n\n\n") {
		t.Errorf("text has two blank lines in a row: %q", text)
	}
	if strings.TrimSpace(text) != text {
		t.Errorf("text has surrounding white space: %q", text)
	}
	for i, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != l {
			t.Errorf("line %d has surrounding white space: %q", i+1, l)
		}
	}
}

// FuzzRenderTextRuns: renderText's ASCII runs and one-line blocks give
// the text a rune-by-rune collapse of white space gives.
func FuzzRenderTextRuns(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b", " a ", "a  b\tc", "a\u00a0b", "é ü", "x\u200by", "\xff a", "a\u0085b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		var words []string
		var w []rune
		for _, r := range s {
			if isSpace(r) {
				if len(w) > 0 {
					words = append(words, string(w))
				}
				w = w[:0]
				continue
			}
			w = append(w, r)
		}
		if len(w) > 0 {
			words = append(words, string(w))
		}
		want := strings.Join(words, " ")
		if got := renderText(p); got != want {
			t.Fatalf("renderText(<p>%q) = %q, want %q", s, got, want)
		}
	})
}
