package extractor

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

// isElement reports whether n is an element with one of the given atoms.
func isElement(n *html.Node, atoms ...atom.Atom) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	for _, a := range atoms {
		if n.DataAtom == a {
			return true
		}
	}
	return false
}

// findElement returns the first element in n's subtree (n included) with atom a.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// walk calls fn for every node of n's subtree in document order; when fn
// returns false the node's children are skipped. fn may remove the node it
// is given.
func walk(n *html.Node, fn func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if fn(c) && c.Parent != nil {
			walk(c, fn)
		}
		c = next
	}
}

// isAncestor reports whether a is an ancestor of n (or n itself).
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// innerText returns n's text with whitespace collapsed and trimmed.
func innerText(n *html.Node) string {
	if c := n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode && collapsed(c.Data) {
		return c.Data // most short elements: nothing to build
	}
	buf := textBufs.Get().(*[]byte)
	w := spaceCollapser{b: (*buf)[:0]}
	w.node(n)
	t := string(w.b)
	putTextBuf(buf, w.b)
	return t
}

// shortText is innerText for a text of at most limit bytes; it gives up
// (ok false) as soon as the text is longer, without building the rest.
func shortText(n *html.Node, limit int) (text string, ok bool) {
	buf := textBufs.Get().(*[]byte)
	w := spaceCollapser{b: (*buf)[:0], limit: limit}
	w.node(n)
	if w.over {
		putTextBuf(buf, w.b)
		return "", false
	}
	t := string(w.b)
	putTextBuf(buf, w.b)
	return t, true
}

// textBufs holds the buffers spaceCollapser builds texts in: a text is
// built in one and copied out once, in place of a builder growing step by
// step for every text.
var textBufs = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledText is the largest buffer put back in textBufs.
const maxPooledText = 64 << 10

// putTextBuf puts buf back in textBufs, holding b, the buffer last built
// in, unless b grew too large to keep.
func putTextBuf(buf *[]byte, b []byte) {
	if cap(b) <= maxPooledText {
		*buf = b
	}
	textBufs.Put(buf)
}

// spaceCollapser builds the text of a subtree with its white space
// collapsed, a space standing for each block-level element's boundary, in
// one pass and one buffer.
type spaceCollapser struct {
	b     []byte
	space bool // white space seen since the last character written
	limit int  // when not 0, the most bytes to build
	over  bool // the limit was passed: stop
}

func (w *spaceCollapser) node(n *html.Node) {
	if w.over {
		return
	}
	if n.Type == html.TextNode {
		w.text(n.Data)
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockAtom(c.DataAtom) {
			w.space = true
			w.node(c)
			w.space = true
			continue
		}
		w.node(c)
	}
}

func (w *spaceCollapser) text(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				w.space = true
				continue
			}
			j := i
			for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace[s[j]] {
				j++
			}
			w.sep()
			w.b = append(w.b, s[i-1:j]...)
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isSpace(r) {
			w.space = true
			continue
		}
		w.sep()
		w.b = utf8.AppendRune(w.b, r)
	}
	if w.limit > 0 && len(w.b) > w.limit {
		w.over = true
	}
}

// collapsed reports whether s is its own collapsed text: no white space
// but single ASCII spaces between words.
func collapsed(s string) bool {
	space := true // at the start, as after a space: no leading space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				if c != ' ' || space {
					return false
				}
				space = true
				continue
			}
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isSpace(r) || r == utf8.RuneError && size == 1 {
			return false // white space, or a byte the builder would replace
		}
		space = false
	}
	return !space || s == ""
}

// sep writes the one space a run of white space collapses to, unless the
// text has not started.
func (w *spaceCollapser) sep() {
	if w.space && len(w.b) > 0 {
		w.b = append(w.b, ' ')
	}
	w.space = false
}

// collapseSpace collapses runs of white space (including no-break spaces)
// to one space and trims both ends.
func collapseSpace(s string) string {
	if collapsedASCII(s) {
		return s // most short texts: nothing to do, nothing to allocate
	}
	return collapseSpaceSlow(s)
}

// collapseSpaceSlow is collapseSpace without its fast path.
func collapseSpaceSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r == utf8.RuneError {
			b.WriteRune(r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// collapsedASCII reports whether s is ASCII that collapseSpace would return
// unchanged: no white space but single spaces between words.
func collapsedASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return false
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case c < ' ' && asciiSpace[c]:
			return false
		}
	}
	return true
}

// isSpace reports white space as HTML renders it, plus no-break and
// zero-width spaces that pages use for layout.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	switch r {
	case '\u00a0', '\u200b', '\u200c', '\u200d', '\ufeff', '\u2060':
		return true
	}
	return unicode.IsSpace(r)
}

// asciiSpace marks the ASCII white-space bytes.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// textStats returns the number of non-space runes in s, counting each run
// of spaces as one, which approximates its collapsed length, and the
// number of commas in s, of many scripts (commas separate clauses in prose
// and rarely appear in page chrome), in one pass.
func textStats(s string) (n, commas int) {
	space := true
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				if !space {
					n++
				}
				space = true
				continue
			}
			if c == ',' {
				commas++
			}
			space = false
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isSpace(r) {
			if !space {
				n++
			}
			space = true
			continue
		}
		switch r {
		case '\u060c', '\ufe50', '\ufe10', '\ufe11', '\u2e41', '\u2e34', '\u2e32', '\uff0c', '\u3001':
			commas++
		}
		space = false
		n++
	}
	return n, commas
}

// isBlockAtom reports the elements that start a new block of text.
func isBlockAtom(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote,
		atom.Body, atom.Center, atom.Dd, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer,
		atom.Form, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr,
		atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol,
		atom.P, atom.Pre, atom.Section, atom.Summary,
		atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th,
		atom.Thead, atom.Tr, atom.Ul, atom.Caption,
		atom.Html, atom.Noscript, atom.Legend,
		atom.Option, atom.Optgroup, atom.Select, atom.Textarea:
		return true
	}
	return false
}

// isHeading reports whether n is h1-h6.
func isHeading(n *html.Node) bool {
	return isElement(n, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6)
}

// isMainLandmark reports a <main> or role=main element: the page's own
// statement of where its content is.
func isMainLandmark(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Main || strings.EqualFold(attr(n, "role"), "main"))
}

// mainLandmark returns the main landmark holding n (n included), or nil.
func mainLandmark(n *html.Node) *html.Node {
	for p := n; p != nil; p = p.Parent {
		if isMainLandmark(p) {
			return p
		}
	}
	return nil
}

// mainLandmarkIn returns the first main landmark below n, or nil.
func mainLandmarkIn(n *html.Node) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found != nil || c.Type != html.ElementNode {
			return false
		}
		if c != n && isMainLandmark(c) {
			found = c
			return false
		}
		return true
	})
	return found
}

// minRunningText is the non-space text, in bytes, beside an inline
// element that makes it part of a sentence.
const minRunningText = 20

// inRunningText reports an inline element (a link, a span, emphasis, a
// button) that
// sits inside a sentence: its parent holds text of its own beside it, as
// "<p><a class="affiliate-link">Amp</a> ($1,795) is the newest…</p>" does.
// Whatever its class says, removing it would cut words out of the
// sentence.
func inRunningText(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	switch n.DataAtom {
	case atom.A, atom.Span, atom.Em, atom.Strong, atom.B, atom.I, atom.U, atom.Small,
		atom.Sup, atom.Sub, atom.Mark, atom.Abbr, atom.Cite, atom.Q, atom.Time, atom.Font, atom.Button:
	default:
		return false
	}
	text := 0
	for c := n.Parent.FirstChild; c != nil && text < minRunningText; c = c.NextSibling {
		if c.Type == html.TextNode {
			for i := 0; i < len(c.Data); i++ {
				if b := c.Data[i]; b != ' ' && b != '\n' && b != '\t' && b != '\r' {
					text++
				}
			}
		}
	}
	return text >= minRunningText
}

// asciiLetter reports an ASCII letter, in either case.
func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
