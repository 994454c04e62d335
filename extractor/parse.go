package extractor

import (
	"bytes"
	"fmt"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxParseDepth is the nesting depth past which flattenDeep drops tags; it
// stays below the 512 open elements the HTML parser accepts.
const maxParseDepth = 400

// parseHTML parses a decoded page. A page nested deeper than the parser
// accepts is flattened below maxParseDepth and parsed again, so that it
// still gives a best-effort result.
func parseHTML(data []byte) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err == nil {
		return doc, nil
	}
	doc, err2 := html.Parse(bytes.NewReader(flattenDeep(data)))
	if err2 != nil {
		return nil, fmt.Errorf("pith: parsing page: %w", err)
	}
	return doc, nil
}

// voidAtoms are elements without an end tag.
var voidAtoms = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// flattenDeep rewrites a page keeping its text but dropping the tags of
// elements nested deeper than maxParseDepth.
func flattenDeep(data []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(data))
	z := html.NewTokenizer(bytes.NewReader(data))
	var stack []string
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidAtoms[atom.Lookup(name)] {
				out.Write(z.Raw())
				continue
			}
			if len(stack) >= maxParseDepth {
				continue
			}
			stack = append(stack, string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			i := len(stack) - 1
			for i >= 0 && stack[i] != string(name) {
				i--
			}
			if i < 0 {
				continue // its start tag was dropped
			}
			stack = stack[:i]
		}
		out.Write(z.Raw())
	}
}
