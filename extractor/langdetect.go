package extractor

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// langSample is how much of the content's text detectLanguage gathers.
const langSample = 8 << 10

// detectLanguage names the language of the content's text when the page
// declares none (heuristics.Language). It returns a primary subtag ("de"),
// or "" when the text is too short or too mixed to tell.
func detectLanguage(content *html.Node) string {
	if content == nil {
		return ""
	}
	var b strings.Builder
	walk(content, func(n *html.Node) bool {
		if b.Len() >= langSample {
			return false
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		return true
	})
	return heuristics.Language(b.String())
}
