package extractor

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderText turns the content into pith's text format: one block per
// paragraph, heading, list item, table row or preformatted block; blocks
// separated by one blank line; list items as "- item" ("1. item" in ordered
// lists); inline whitespace collapsed; <pre> verbatim; <br> a line break.
func renderText(root *html.Node) string {
	if root == nil {
		return ""
	}
	var t textWriter
	t.node(root)
	t.flush()
	return strings.Join(t.blocks, "\n\n")
}

// textWriter accumulates blocks of text.
type textWriter struct {
	blocks []string
	cur    []byte // the block being written, copied out by flush
	space  bool   // a space is pending before the next word
	prefix string // list marker waiting for the block's first text
	code   int    // depth of <code> elements being written
}

func (t *textWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		t.text(n.Data)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Br:
		t.newline()
		return
	case atom.Pre:
		t.flush()
		var b strings.Builder
		rawText(&b, n)
		t.block(strings.Trim(strings.TrimRight(b.String(), " \t\r\n"), "\r\n"), true)
		return
	case atom.Img, atom.Picture, atom.Hr:
		if n.DataAtom == atom.Hr {
			t.flush()
		}
		return
	case atom.Ul, atom.Ol, atom.Menu:
		t.flush()
		i := 0
		if n.DataAtom == atom.Ol {
			if s, err := strconv.Atoi(attr(n, "start")); err == nil {
				i = s - 1
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Li {
				i++
				t.flush()
				if n.DataAtom == atom.Ol {
					t.prefix = strconv.Itoa(i) + ". "
				} else {
					t.prefix = "- "
				}
				t.children(c)
				t.flush()
				t.prefix = "" // an item without text leaves no marker behind
				continue
			}
			t.node(c)
		}
		t.flush()
		return
	case atom.Tr:
		if !layoutRow(n) {
			t.flush()
			var cells []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if isElement(c, atom.Td, atom.Th) {
					if s := innerText(c); s != "" {
						cells = append(cells, s)
					}
				}
			}
			t.block(strings.Join(cells, " | "), false)
			return
		}
	}
	block := isBlockAtom(n.DataAtom)
	if block {
		t.flush()
	}
	t.children(n)
	if block {
		t.flush()
	}
}

func (t *textWriter) children(n *html.Node) {
	if n.DataAtom == atom.Code || n.DataAtom == atom.Kbd || n.DataAtom == atom.Samp {
		t.code++
		defer func() { t.code-- }()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t.code == 0 && t.endsWord() && touchingWords(c) {
			t.space = true
		}
		t.node(c)
	}
}

// touchingWords reports an inline element that follows another with no
// white space between them, both holding a word of two or more letters or
// digits: two labels set side by side by the style sheet ("amount"
// "integer", a brand and a model name), which a browser shows apart.
func touchingWords(c *html.Node) bool {
	p := c.PrevSibling
	if c.Type != html.ElementNode || p == nil || p.Type != html.ElementNode || isBlockAtom(c.DataAtom) || isBlockAtom(p.DataAtom) {
		return false
	}
	a, b := innerText(p), innerText(c)
	if i := strings.LastIndexFunc(a, isSpace); i >= 0 {
		a = a[i+1:]
	}
	if i := strings.IndexFunc(b, isSpace); i >= 0 {
		b = b[:i]
	}
	if utf8.RuneCountInString(a) < 2 || utf8.RuneCountInString(b) < 2 {
		// "<strong>Game D</strong><strong>ay</strong>": an editor's
		// formatting split a word
		return false
	}
	first, _ := utf8.DecodeRuneInString(b)
	last, _ := utf8.DecodeLastRuneInString(a)
	return latinWordRune(first) && latinWordRune(last)
}

// latinWordRune reports a letter or digit of an alphabet written with
// spaces between words.
func latinWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && r < 0x2E80
}

// endsWord reports whether the text so far ends with a letter or digit.
func (t *textWriter) endsWord() bool {
	if len(t.cur) == 0 || t.space {
		return false
	}
	r, _ := utf8.DecodeLastRune(t.cur)
	return latinWordRune(r)
}

// text appends inline text, collapsing white space.
func (t *textWriter) text(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				t.space = true
				i++
				continue
			}
			// a run of ASCII other than white space, written at once
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace[s[j]] {
				j++
			}
			t.sep()
			t.cur = append(t.cur, s[i:j]...)
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isSpace(r) {
			t.space = true
			continue
		}
		t.sep()
		t.cur = utf8.AppendRune(t.cur, r)
	}
}

// sep starts the block with its list marker, or writes the space pending
// before the next word.
func (t *textWriter) sep() {
	if len(t.cur) == 0 {
		t.cur = append(t.cur, t.prefix...)
		t.prefix = ""
	} else if t.space {
		t.cur = append(t.cur, ' ')
	}
	t.space = false
}

// newline ends the current line inside a block (a <br>).
func (t *textWriter) newline() {
	if len(t.cur) == 0 {
		return
	}
	t.cur = append(t.cur, '\n')
	t.space = false
}

// flush ends the current block.
func (t *textWriter) flush() {
	if len(t.cur) > 0 {
		t.block(string(t.cur), false)
		t.cur = t.cur[:0]
	}
	t.space = false
}

// block appends a finished block; lines are trimmed unless verbatim.
func (t *textWriter) block(s string, verbatim bool) {
	if !verbatim && strings.IndexByte(s, '\n') < 0 {
		s = strings.TrimSpace(s) // one line: the trimming below, without splitting
	} else if !verbatim {
		// trim each line; a run of <br>s leaves one empty line
		lines := strings.Split(s, "\n")
		out := lines[:0]
		for _, l := range lines {
			l = strings.TrimSpace(l)
			if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
				continue
			}
			out = append(out, l)
		}
		for len(out) > 0 && out[len(out)-1] == "" {
			out = out[:len(out)-1]
		}
		s = strings.Join(out, "\n")
	}
	if strings.TrimSpace(s) == "" {
		return
	}
	if t.prefix != "" {
		s = t.prefix + s
		t.prefix = ""
	}
	t.blocks = append(t.blocks, s)
}

// rawText appends the text of n's subtree as it is, for <pre>; <br>s are
// newlines.
func rawText(b *strings.Builder, n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			b.WriteByte('\n')
		case c.Type == html.ElementNode:
			rawText(b, c)
		}
	}
}

// layoutRow reports a table row whose cells hold blocks of their own
// (paragraphs, lists, other tables): a layout table, rendered as blocks
// rather than as a row of cells.
func layoutRow(tr *html.Node) bool {
	found := false
	walk(tr, func(n *html.Node) bool {
		if found || n.Type != html.ElementNode {
			return false
		}
		switch n.DataAtom {
		case atom.P, atom.Div, atom.Ul, atom.Ol, atom.Table, atom.Pre, atom.Blockquote,
			atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Br:
			found = true
			return false
		}
		return true
	})
	return found
}
