package extractor

import (
	"math"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestRemeasureMatchesMeasure: after boilerplate removal, counting only the
// dropped elements' ancestors again gives the figures a full count gives,
// on every fixture page.
func TestRemeasureMatchesMeasure(t *testing.T) {
	checked := 0
	for name, src := range concurrencyPages(t) {
		doc, err := parseHTML(decode(src, ""))
		if err != nil {
			t.Fatal(err)
		}
		d := newDocument(doc, nil, Options{})
		d.meta = readMetadataWith(d.root, d.classifyAttr)
		d.readFeatures()
		expandNoscript(d.root, nil)
		resolveStreaming(d.root, nil)
		d.stripJunk()
		d.measure(d.body)
		d.removeBoilerplate()
		if len(d.removed) == 0 {
			continue
		}
		checked++
		d.remeasure(d.body)
		got := map[*html.Node]nodeInfo{}
		walk(d.body, func(n *html.Node) bool {
			if n.Type == html.ElementNode {
				got[n] = *d.info[n]
			}
			return true
		})
		d.measure(d.body)
		walk(d.body, func(n *html.Node) bool {
			if n.Type == html.ElementNode && got[n] != *d.info[n] {
				t.Errorf("%s: %s: remeasured %+v, measured %+v", name, nodePath(n), got[n], *d.info[n])
			}
			return true
		})
	}
	if checked == 0 {
		t.Fatal("no fixture page had boilerplate removed: nothing was checked")
	}
}

// FuzzInnerText: the fast paths of innerText (a lone text child taken as it
// is, ASCII words written in runs) give the text the rune-by-rune collapse
// gives.
func FuzzInnerText(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "é ü", "x\u3000y", "\xff a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := &html.Node{Type: html.ElementNode, Data: "p"}
		n.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		var want strings.Builder
		space := false
		for _, r := range s {
			if isSpace(r) {
				space = true
				continue
			}
			if space && want.Len() > 0 {
				want.WriteByte(' ')
			}
			space = false
			want.WriteRune(r)
		}
		if got := innerText(n); got != want.String() {
			t.Fatalf("innerText(%q) = %q, want %q", s, got, want.String())
		}
	})
}

// TestTextBuffersReused: innerText, shortText and blockPhrase build texts
// in reused buffers; a text handed out must not change when the buffer
// builds the next one, short or past maxPooledText.
func TestTextBuffersReused(t *testing.T) {
	long := strings.Repeat("word ", maxPooledText/4)
	blocks := []string{"<b>Share</b> <i>this</i>", "<span>12</span> <span>comments</span>", long, "<em>By</em> Jane Doe", "<b>Share</b> <i>this</i>"}
	var nodes []*html.Node
	var want []string
	for _, b := range blocks {
		doc, err := html.Parse(strings.NewReader("<div>" + b + "</div>"))
		if err != nil {
			t.Fatal(err)
		}
		n := findElement(doc, atom.Div)
		nodes = append(nodes, n)
		want = append(want, strings.TrimSpace(strings.Join(strings.Fields(renderPlain(n)), " ")))
	}
	var got, short []string
	var verdicts []phraseVerdict
	d := &document{}
	for _, n := range nodes {
		got = append(got, innerText(n))
		s, _ := shortText(n, 40)
		short = append(short, s)
		verdicts = append(verdicts, d.blockPhrase(n))
	}
	for i := range nodes {
		if got[i] != want[i] {
			t.Errorf("innerText %d = %.40q, want %.40q", i, got[i], want[i])
		}
		if verdicts[i].text != want[i] {
			t.Errorf("blockPhrase %d text = %.40q, want %.40q", i, verdicts[i].text, want[i])
		}
		if len(want[i]) <= 40 && short[i] != want[i] {
			t.Errorf("shortText %d = %q, want %q", i, short[i], want[i])
		}
	}
	if len(d.phrases) != len(blocks)-1 {
		t.Errorf("%d phrase verdicts for %d distinct blocks", len(d.phrases), len(blocks)-1)
	}
}

// renderPlain is the text of n's subtree, its text nodes joined by spaces.
func renderPlain(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data + " ")
		}
		return true
	})
	return b.String()
}

// TestTextRunesUpTo: the second opinion's quick count gives measure's text
// length, or at least the limit once the text reaches it.
func TestTextRunesUpTo(t *testing.T) {
	for _, page := range []string{
		"<p>short</p>",
		"<div><p>a  b\u00a0c</p><ul><li>one</li><li><a href=x>two</a> three</li></ul>  tail </div>",
		"<article><h2>Title</h2><p>" + strings.Repeat("word ", 200) + "</p><!-- note --><p>é ü</p></article>",
	} {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		body := findElement(doc, atom.Body)
		d := &document{root: doc, body: body}
		d.measure(body)
		want := d.info[body].text
		if got := textRunesUpTo(body, math.MaxInt); got != want {
			t.Errorf("%.30q: textRunesUpTo = %d, measure %d", page, got, want)
		}
		for _, limit := range []int{1, 10, want, want + 1} {
			got := textRunesUpTo(body, limit)
			if want >= limit && got < limit || want < limit && got != want {
				t.Errorf("%.30q: textRunesUpTo(%d) = %d, measure %d", page, limit, got, want)
			}
		}
	}
}

func TestCollapseSpaceFastPath(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "café au lait", "x\x00y", "By Jane Doe", "\xff"} {
		if got, want := collapseSpace(s), collapseSpaceSlow(s); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
