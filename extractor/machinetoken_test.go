package extractor

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestMachineToken(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{`<span class="x">84f535a2-9d93-4358-b5a8-c77d761c12e9</span>`, true},
		{`<span> 84F535A2-9D93-4358-B5A8-C77D761C12E9 </span>`, true},
		{`<span>S</span>`, false},
		{`<span>Order 84f535a2-9d93-4358-b5a8-c77d761c12e9</span>`, false},
		{`<span><b>84f535a2-9d93-4358-b5a8-c77d761c12e9</b></span>`, false},
		{`<div>84f535a2-9d93-4358-b5a8-c77d761c12e9</div>`, false},
		// an identifier shown in code is the content
		{`<pre><code><span>84f535a2-9d93-4358-b5a8-c77d761c12e9</span></code></pre>`, false},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<body>" + tt.src + "</body>"))
		if err != nil {
			t.Fatal(err)
		}
		var span *html.Node
		walk(doc, func(n *html.Node) bool {
			if span == nil && n.Type == html.ElementNode && (n.DataAtom == atom.Span || n.DataAtom == atom.Div) {
				span = n
			}
			return span == nil
		})
		if got := machineToken(span); got != tt.want {
			t.Errorf("machineToken(%s) = %v, want %v", tt.src, got, tt.want)
		}
	}
}
