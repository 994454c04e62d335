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
// accepts is flattened below maxParseDepth and parsed again, and, should
// that still be too deep, parsed once more with all nesting dropped, so
// that it always gives a best-effort result.
func parseHTML(data []byte) (*html.Node, error) {
	if hasForeignTemplate(data) {
		data = dropForeignTemplates(data)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err == nil {
		return doc, nil
	}
	for _, depth := range []int{maxParseDepth, 0} {
		if doc, err2 := html.Parse(bytes.NewReader(flattenDeep(data, depth))); err2 == nil {
			return doc, nil
		}
	}
	return nil, fmt.Errorf("pith: parsing page: %w", err)
}

// voidAtoms are elements without an end tag.
var voidAtoms = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// blockingAtoms are the elements the parser does not close for the end tag
// of an element opened before them: a stray </span> or </b> after an
// unclosed <div> leaves the <div> open (a </b> even opens a new <b> inside
// it), and a </div> does not reach past an open table cell.
var blockingAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Details: true, atom.Dialog: true, atom.Dir: true, atom.Div: true,
	atom.Dl: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true,
	atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.Pre: true,
	atom.Listing: true, atom.Section: true, atom.Summary: true, atom.Ul: true,
	atom.Table: true, atom.Td: true, atom.Th: true, atom.Caption: true, atom.Template: true,
	atom.Object: true, atom.Applet: true, atom.Marquee: true, atom.Svg: true, atom.Math: true,
	atom.Select: true, atom.Button: true,
}

// flattenDeep rewrites a page keeping its text but dropping the tags of
// elements nested deeper than maxDepth. It follows the nesting
// conservatively: an end tag closes the elements opened after its start tag
// only when none of them is one the parser would keep open.
func flattenDeep(data []byte, maxDepth int) []byte {
	var out bytes.Buffer
	out.Grow(len(data))
	z := html.NewTokenizer(bytes.NewReader(data))
	var stack []atom.Atom
	var names []string
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidAtoms[a] {
				out.Write(z.Raw())
				continue
			}
			if len(stack) >= maxDepth {
				continue
			}
			stack = append(stack, a)
			names = append(names, string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			i := len(names) - 1
			for i >= 0 && names[i] != string(name) {
				i--
			}
			if i < 0 {
				continue // its start tag was dropped, or a stray end tag
			}
			blocked := false
			for _, a := range stack[i+1:] {
				if blockingAtoms[a] && !blockingAtoms[stack[i]] || a == atom.Table || a == atom.Td || a == atom.Th || a == atom.Caption || a == atom.Template {
					blocked = true
					break
				}
			}
			if !blocked {
				stack, names = stack[:i], names[:i]
			}
		}
		out.Write(z.Raw())
	}
}

// hasForeignTemplate is a quick test for a <template> inside an <svg> or
// <math> element, where dropForeignTemplates is needed: one pass over the
// tags' first bytes, counting the foreign elements' start and end tags.
func hasForeignTemplate(data []byte) bool {
	foreign := 0
	for i := 0; i < len(data); i++ {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			return false
		}
		i += j
		rest := data[i+1:]
		switch {
		case hasPrefixFold(rest, "svg"), hasPrefixFold(rest, "math"):
			foreign++
		case foreign > 0 && (hasPrefixFold(rest, "/svg") || hasPrefixFold(rest, "/math")):
			foreign--
		case foreign > 0 && hasPrefixFold(rest, "template"):
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether data starts with the lower-case ASCII s,
// ignoring case.
func hasPrefixFold(data []byte, s string) bool {
	if len(data) < len(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := data[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

// dropForeignTemplates removes <template> elements, with what they hold,
// inside <svg> and <math>: a template's content is inert, and the HTML
// parser loses the rest of the page after such a template
// (golang.org/x/net/html v0.62: a <template> in <foreignObject>, <desc> or
// <mi> ends the document).
func dropForeignTemplates(data []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(data))
	z := html.NewTokenizer(bytes.NewReader(data))
	foreign := 0  // open <svg> and <math> elements
	template := 0 // open templates being dropped
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes()
		}
		name, _ := z.TagName()
		a := atom.Lookup(name)
		switch {
		case tt == html.StartTagToken && a == atom.Template && (foreign > 0 || template > 0):
			template++
			continue
		case tt == html.EndTagToken && a == atom.Template && template > 0:
			template--
			continue
		case template > 0:
			continue
		case tt == html.StartTagToken && (a == atom.Svg || a == atom.Math):
			foreign++
		case tt == html.EndTagToken && (a == atom.Svg || a == atom.Math) && foreign > 0:
			foreign--
		}
		out.Write(z.Raw())
	}
}
