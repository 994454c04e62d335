package extractor

import (
	"testing"
)

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name string
		html string
		want string
	}{
		// headings
		{"h1", `<h1>Title</h1>`, "# Title"},
		{"h3 with markup", `<h3>The <em>big</em> one</h3>`, "### The *big* one"},
		{"heading with br", `<h2>a<br>b</h2>`, "## a b"},
		{"empty heading", `<h2> </h2><p>x</p>`, "x"},
		{"paragraphs", `<p>One.</p><p>Two.</p>`, "One.\n\nTwo."},
		{"collapse", "<p>  a \n\t b  </p>", "a b"},

		// emphasis
		{"em and strong", `<p>Some <em>em</em>, <i>i</i>, <strong>strong</strong> and <b>b</b>.</p>`, "Some *em*, *i*, **strong** and **b**."},
		{"emphasis keeps outer spaces", `<p>a<b> bold </b>c</p>`, "a **bold** c"},
		{"strike", `<p><del>old</del> new</p>`, "~~old~~ new"},
		{"empty emphasis", `<p>a<b> </b>b</p>`, "a b"},

		// links and images
		{"link", `<p>See <a href="https://example.test/a">the page</a>.</p>`, "See [the page](https://example.test/a)."},
		{"in-page link is text", `<p><a href="#top">top</a></p>`, "top"},
		{"link without href", `<p><a>plain</a></p>`, "plain"},
		{"link around emphasis", `<p><a href="https://example.test/"><em>x</em></a></p>`, "[*x*](https://example.test/)"},
		{"image", `<p><img src="https://example.test/i.png" alt="A [pic]"></p>`, "![A \\[pic\\]](https://example.test/i.png)"},
		{"image without src", `<p>a<img alt="gone">b</p>`, "ab"},

		// code
		{"code span", `<p>Call <code>f(*x)</code> now.</p>`, "Call `f(*x)` now."},
		{"code span with backtick", "<p><code>a`b</code></p>", "``a`b``"},
		{"kbd", `<p>Press <kbd>Ctrl</kbd>.</p>`, "Press `Ctrl`."},
		{"fenced code", "<pre><code class=\"language-go\">func main() {\n\tx := a * b\n}\n</code></pre>", "```go\nfunc main() {\n\tx := a * b\n}\n```"},
		{"fenced code lang on pre", "<pre class=\"lang-python\">print(1)</pre>", "```python\nprint(1)\n```"},
		{"fenced code no lang", "<pre>  indented\n\nx</pre>", "```\n  indented\n\nx\n```"},
		{"fence longer than content", "<pre>a\n```\nb</pre>", "````\na\n```\nb\n````"},

		// lists
		{"ul", `<ul><li>one</li><li>two</li></ul>`, "- one\n- two"},
		{"ol", `<ol><li>one</li><li>two</li></ol>`, "1. one\n2. two"},
		{"ol start", `<ol start="7"><li>seven</li><li>eight</li></ol>`, "7. seven\n8. eight"},
		{"nested", `<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>`, "- a\n  - a1\n- b"},
		{"nested ol indent", `<ol><li>a<ul><li>a1</li></ul></li></ol>`, "1. a\n   - a1"},
		{"li with paragraphs", `<ul><li><p>p1</p><p>p2</p></li></ul>`, "- p1\n  p2"},

		// quotes
		{"blockquote", `<blockquote><p>q1</p><p>q2</p></blockquote>`, "> q1\n> \n> q2"},
		{"blockquote inline", `<blockquote>just text</blockquote>`, "> just text"},
		{"nested blockquote", `<blockquote><p>a</p><blockquote><p>b</p></blockquote></blockquote>`, "> a\n> \n> > b"},

		// tables
		{"table", `<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2|3</td></tr></table>`, "| a | b |\n| --- | --- |\n| 1 | 2\\|3 |"},
		{"ragged table", `<table><tr><td>a</td><td>b</td></tr><tr><td>1</td></tr></table>`, "| a | b |\n| --- | --- |\n| 1 |  |"},
		{"table with br is a layout table", `<table><tr><td>a<br>b</td><td>c</td></tr></table>`, "a\\\nb\n\nc"},
		{"table with inline markup", `<table><tr><td><b>x</b></td></tr></table>`, "| **x** |\n| --- |"},
		{"layout table as blocks", `<table><tr><td><p>Main.</p></td><td><p>Side.</p></td></tr></table>`, "Main.\n\nSide."},
		{"hr", `<p>a</p><hr><p>b</p>`, "a\n\n---\n\nb"},

		// line breaks
		{"br", `<p>a<br>b</p>`, "a\\\nb"},

		// escaping
		{"escape inline syntax", `<p>1*2_3 [x] \ ` + "`c`" + `</p>`, "1\\*2\\_3 \\[x\\] \\\\ \\`c\\`"},
		{"escape html", `<p>&lt;div&gt; &amp;</p>`, "&lt;div> &"},
		{"escape heading marker", `<p># not a heading</p>`, "\\# not a heading"},
		{"escape list marker", `<p>- not a list</p>`, "\\- not a list"},
		{"escape plus marker", `<p>+ not a list</p>`, "\\+ not a list"},
		{"escape ordered marker", `<p>2024. A year.</p>`, "2024\\. A year."},
		{"escape ordered paren marker", `<p>3) third</p>`, "3\\) third"},
		{"escape quote marker", `<p>&gt; not a quote</p>`, "\\> not a quote"},
		{"escape setext underline", `<p>Title<br>===</p>`, "Title\\\n\\==="},
		{"escape thematic break", `<p>---</p>`, "\\---"},
		{"marker mid-line is kept", `<p>a # b - c 1. d</p>`, "a # b - c 1. d"},
		{"hashtag", `<p>C# and #go</p>`, "C# and #go"},
		{"escape marker in list item", `<ul><li># x</li></ul>`, "- \\# x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Article{Content: parseBody(t, tt.html)}
			if got := a.Markdown(); got != tt.want {
				t.Errorf("Markdown of %q\n got %q\nwant %q", tt.html, got, tt.want)
			}
		})
	}
}

func TestMarkdownNoContent(t *testing.T) {
	if got := (&Article{}).Markdown(); got != "" {
		t.Errorf("Markdown without content = %q, want empty", got)
	}
}
