package extractor

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Markdown returns the content as CommonMark: headings, emphasis, links,
// images, lists, block quotes, fenced code blocks and pipe tables.
func (a *Article) Markdown() string {
	if a.Content == nil {
		return ""
	}
	m := &mdWriter{}
	m.blockChildren(a.Content, "")
	return strings.TrimSpace(strings.Join(m.blocks, "\n\n"))
}

// mdWriter renders blocks of Markdown.
type mdWriter struct {
	blocks []string
}

// blockChildren renders n's children as blocks, each line prefixed by
// indent (for list items and quotes).
func (m *mdWriter) blockChildren(n *html.Node, indent string) {
	var inline strings.Builder
	flush := func() {
		if s := strings.TrimSpace(collapseInline(inline.String())); s != "" {
			m.add(escapeLineStarts(s), indent)
		}
		inline.Reset()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockAtom(c.DataAtom) {
			flush()
			m.block(c, indent)
			continue
		}
		mdInline(&inline, c)
	}
	flush()
}

func (m *mdWriter) add(s, indent string) {
	if indent != "" {
		s = indent + strings.ReplaceAll(s, "\n", "\n"+indent)
	}
	m.blocks = append(m.blocks, s)
}

func (m *mdWriter) block(n *html.Node, indent string) {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		level := int(n.Data[1] - '0')
		var b strings.Builder
		mdInline(&b, n)
		if s := strings.TrimSpace(collapseInline(b.String())); s != "" {
			m.add(strings.Repeat("#", level)+" "+oneLine(s), indent)
		}
	case atom.Pre:
		var b strings.Builder
		rawText(&b, n)
		code := strings.Trim(b.String(), "\n")
		fence := "```"
		for strings.Contains(code, fence) {
			fence += "`"
		}
		m.add(fence+codeLanguage(n)+"\n"+code+"\n"+fence, indent)
	case atom.Ul, atom.Ol:
		i := 0
		if s, err := strconv.Atoi(attr(n, "start")); err == nil {
			i = s - 1
		}
		var items []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !isElement(c, atom.Li) {
				continue
			}
			i++
			marker := "- "
			if n.DataAtom == atom.Ol {
				marker = strconv.Itoa(i) + ". "
			}
			sub := &mdWriter{}
			sub.blockChildren(c, "")
			body := strings.Join(sub.blocks, "\n")
			pad := strings.Repeat(" ", len(marker))
			items = append(items, marker+strings.ReplaceAll(body, "\n", "\n"+pad))
		}
		if len(items) > 0 {
			m.add(strings.Join(items, "\n"), indent)
		}
	case atom.Blockquote:
		sub := &mdWriter{}
		sub.blockChildren(n, "")
		if len(sub.blocks) > 0 {
			q := strings.Join(sub.blocks, "\n\n")
			m.add("> "+strings.ReplaceAll(q, "\n", "\n> "), indent)
		}
	case atom.Table:
		if t := mdTable(n); t != "" {
			m.add(t, indent)
		} else {
			m.blockChildren(n, indent)
		}
	case atom.Hr:
		m.add("---", indent)
	default:
		m.blockChildren(n, indent)
	}
}

// codeLanguage reads a language-xxx class from a <pre> or its <code>.
func codeLanguage(pre *html.Node) string {
	for _, n := range []*html.Node{pre, findElement(pre, atom.Code)} {
		if n == nil {
			continue
		}
		for _, f := range strings.Fields(attr(n, "class")) {
			if l, ok := strings.CutPrefix(f, "language-"); ok {
				return l
			}
			if l, ok := strings.CutPrefix(f, "lang-"); ok {
				return l
			}
		}
	}
	return ""
}

// mdTable renders a simple table (no nested blocks) as a pipe table.
func mdTable(t *html.Node) string {
	var rows [][]string
	bad := false
	walk(t, func(n *html.Node) bool {
		if bad || n.Type != html.ElementNode {
			return false
		}
		switch n.DataAtom {
		case atom.Table:
			bad = true
			return false
		case atom.Tr:
			if layoutRow(n) {
				bad = true
				return false
			}
			var row []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if isElement(c, atom.Td, atom.Th) {
					var b strings.Builder
					mdInline(&b, c)
					cell := strings.TrimSpace(collapseInline(b.String()))
					row = append(row, oneLine(strings.ReplaceAll(cell, "|", `\|`)))
				}
			}
			if len(row) > 0 {
				rows = append(rows, row)
			}
			return false
		}
		return true
	})
	if bad || len(rows) == 0 {
		return ""
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	var b strings.Builder
	for i, r := range rows {
		for len(r) < width {
			r = append(r, "")
		}
		b.WriteString("| " + strings.Join(r, " | ") + " |\n")
		if i == 0 {
			b.WriteString("|" + strings.Repeat(" --- |", width) + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// mdInline writes the inline Markdown of n.
func mdInline(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(escapeMarkdown(n.Data))
		return
	case html.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Br:
		b.WriteString("\\\n")
		return
	case atom.Img:
		if src := attr(n, "src"); src != "" {
			b.WriteString("![" + escapeMarkdown(attr(n, "alt")) + "](" + src + ")")
		}
		return
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		var raw strings.Builder
		rawText(&raw, n)
		code := collapseSpace(raw.String())
		if code == "" {
			return
		}
		tick := "`"
		for strings.Contains(code, tick) {
			tick += "`"
		}
		b.WriteString(tick + code + tick)
		return
	}
	var inner strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockAtom(c.DataAtom) {
			inner.WriteByte(' ')
		}
		mdInline(&inner, c)
	}
	s := inner.String()
	trimmed := strings.TrimSpace(s)
	if trimmed == "" {
		b.WriteString(s)
		return
	}
	lead, trail := s[:len(s)-len(strings.TrimLeft(s, " \t\n"))], s[len(strings.TrimRight(s, " \t\n")):]
	switch n.DataAtom {
	case atom.Strong, atom.B:
		b.WriteString(lead + "**" + trimmed + "**" + trail)
	case atom.Em, atom.I:
		b.WriteString(lead + "*" + trimmed + "*" + trail)
	case atom.Del, atom.S, atom.Strike:
		b.WriteString(lead + "~~" + trimmed + "~~" + trail)
	case atom.A:
		if href := attr(n, "href"); href != "" && !strings.HasPrefix(href, "#") {
			b.WriteString(lead + "[" + trimmed + "](" + href + ")" + trail)
		} else {
			b.WriteString(s)
		}
	default:
		b.WriteString(s)
	}
}

// collapseInline collapses white space in inline Markdown, keeping the
// hard line breaks written for <br>.
func collapseInline(s string) string {
	lines := strings.Split(s, "\\\n")
	for i, l := range lines {
		lines[i] = collapseSpace(l)
	}
	return strings.Join(lines, "\\\n")
}

// oneLine joins the lines of inline Markdown for a heading or a table
// cell, where a hard line break cannot be written.
func oneLine(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\\\n", " "), "\n", " ")
}

// markdownEscaper escapes characters that would start Markdown syntax.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;",
)

func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// escapeLineStarts escapes the text at the start of each line of a
// paragraph that would otherwise open a block: headings ("# "), quotes,
// list items ("- ", "+ ", "1. ", "1) "), thematic breaks and setext
// underlines ("---", "==="), and "~~~" code fences.
func escapeLineStarts(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = escapeLineStart(l)
	}
	return strings.Join(lines, "\n")
}

func escapeLineStart(l string) string {
	if l == "" {
		return l
	}
	switch l[0] {
	case '#', '>', '-', '+', '=':
		return `\` + l
	case '~':
		if strings.HasPrefix(l, "~~~") {
			return `\` + l
		}
		return l
	}
	// an ordered list marker is up to nine digits, then '.' or ')', then a
	// space or the end of the line
	i := 0
	for i < len(l) && i < 10 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i > 0 && i < 10 && i < len(l) && (l[i] == '.' || l[i] == ')') && (i+1 == len(l) || l[i+1] == ' ') {
		return l[:i] + `\` + l[i:]
	}
	return l
}
