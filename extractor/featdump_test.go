package extractor

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

func TestFeatureDump(t *testing.T) {
	dir := os.Getenv("PITH_FEATDUMP")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	out, _ := os.Create("/tmp/ab/features.jsonl")
	defer out.Close()
	for _, p := range files {
		raw, _ := os.ReadFile(p)
		doc, _ := html.Parse(bytes.NewReader(decode(raw, "")))
		d := newDocument(doc, nil, Options{})
		d.meta = readMetadata(d.root)
		d.readFeatures()
		expandNoscript(d.root)
		resolveStreaming(d.root)
		d.stripJunk()
		d.measure(d.body)
		d.removeBoilerplate()
		d.measure(d.body)
		items, priced := d.largestItemGroup()
		f := d.features
		bi := d.info[d.body]
		pt, _ := d.classify()
		types := []string{}
		for k := range f.ldTypes {
			types = append(types, k)
		}
		rec := map[string]any{"id": filepath.Base(p), "ld": types, "og": f.ogType, "url": f.urlType, "code": f.codeBlocks,
			"prices": f.prices, "buy": f.buyButtons, "articles": f.articles, "times": f.times, "fields": f.fields,
			"items": items, "priced": priced, "prose": bi.prose, "text": bi.text, "link": bi.link, "blocks": bi.blocks,
			"disc": d.discussionLike(), "pred": pt, "h1": len(d.meta.h1), "dated": f.dated, "shown": f.shownDate, "authored": f.authored}
		b, _ := json.Marshal(rec)
		fmt.Fprintln(out, string(b))
	}
}
