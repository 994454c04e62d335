package extractor

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestDebugPage prints the pipeline's view of one page: set PITH_DEBUG to a
// page's path (.html or .html.gz). It is a development aid, skipped otherwise.
func TestDebugPage(t *testing.T) {
	path := os.Getenv("PITH_DEBUG")
	if path == "" {
		t.Skip("PITH_DEBUG not set")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		raw, _ = io.ReadAll(zr)
	}
	doc, _ := html.Parse(bytes.NewReader(decode(raw, "")))
	d := newDocument(doc, nil, Options{})
	d.meta = readMetadata(d.root)
	d.title = d.meta.title(d.meta.siteName())
	expandNoscript(d.root, nil)
	resolveStreaming(d.root, nil)
	d.stripJunk()
	d.measure(d.body)
	d.removeBoilerplate()
	for _, n := range d.removed {
		ni := d.info[n]
		fmt.Printf("removed %s kind=%v text=%d blocks=%d %q\n", describe(n), ni.sig.Kind, ni.text, ni.blocks, trunc(innerText(n), 80))
	}
	d.measure(d.body)
	d.score()
	c := append([]*html.Node(nil), d.candidates...)
	sort.Slice(c, func(i, j int) bool { return d.info[c[i]].score > d.info[c[j]].score })
	for i, n := range c {
		if i >= 10 {
			break
		}
		ni := d.info[n]
		fmt.Printf("cand %.1f %s text=%d ld=%.2f blocks=%d\n", ni.score, describe(n), ni.text, ni.linkDensity(), ni.blocks)
	}
	if len(c) > 0 {
		bi := d.info[c[0]]
		for p := c[0].Parent; p != nil && p.DataAtom != 0 && p.Type == html.ElementNode; p = p.Parent {
			pi := d.info[p]
			if pi == nil {
				break
			}
			fmt.Printf("climb %s addText=%d addLink=%d addProse=%d\n", trunc(describe(p), 80), pi.text-bi.text, pi.link-bi.link, pi.prose-bi.prose)
		}
	}
	d.selectContent()
	fmt.Printf("top=%s content=%s\n", describe(d.topNode), describe(d.content))
	d.prune(pruneArticle)
	fmt.Println("----")
	fmt.Println(trunc(renderText(d.content), 3000))
}

func describe(n *html.Node) string {
	if n == nil {
		return "<nil>"
	}
	var parts []string
	for p := n; p != nil && p.Type == html.ElementNode && len(parts) < 4; p = p.Parent {
		s := p.Data
		if id := attr(p, "id"); id != "" {
			s += "#" + id
		}
		if cl := attr(p, "class"); cl != "" {
			s += "." + strings.Join(strings.Fields(cl), ".")
		}
		parts = append(parts, trunc(s, 60))
	}
	return strings.Join(parts, " < ")
}

func trunc(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
