package eval

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"paragraphs", "<p>One  two\n three.</p><p>Four.</p>", "One two three.\n\nFour."},
		{"inline elements join", "<p>A <b>bold</b>word and <a href=x>a link</a>.</p>", "A boldword and a link."},
		{"headings and lists", "<h2>Title</h2><ul><li>one</li><li>two</li></ul>", "Title\n\none\n\ntwo"},
		{"nested blocks make one break", "<div><div><p>a</p></div></div><div>b</div>", "a\n\nb"},
		{"br breaks the line", "<p>line one<br>line two</p>", "line one\nline two"},
		{"pre keeps white space", "<p>x</p><pre>a  b\n  c</pre>", "x\n\na  b\n  c"},
		{"skipped elements", "<head><title>T</title></head><script>var x</script><style>p{}</style><p>kept</p>", "kept"},
		{"comments skipped", "<p>a<!-- hidden -->b</p>", "ab"},
		{"table cells", "<table><tr><td>a</td><td>b</td></tr></table>", "a\n\nb"},
		{"entities decoded", "<p>caf&eacute; &amp; bar</p>", "café & bar"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if got := HTMLText(doc); got != tt.want {
				t.Errorf("HTMLText(%q) = %q, want %q", tt.html, got, tt.want)
			}
		})
	}
}
