package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"
)

// Options.Pages gets a line per page and extractor, with the page's scores,
// snippets and metadata outcomes.
func TestRunPages(t *testing.T) {
	c := openCorpus(t, map[string]string{
		"html/0001.html.gz":      "<title>One</title><p>One two</p>",
		"html/0002.html.gz":      "<p>Menu</p>",
		"ground-truth/0001.json": `{"_internal": {"page_type": "article"}, "ground_truth": {"title": "One", "main_content": "One two", "with": ["one"], "without": ["menu"]}}`,
		"ground-truth/0002.json": `{"_internal": {"page_type": "forum"}, "ground_truth": {"main_content": "Post"}}`,
	})
	var pages bytes.Buffer
	if _, err := Run(context.Background(), c, []Extractor{fakeExtractor{}, fakeExtractor{}}, Options{Pages: &pages}); err != nil {
		t.Fatal(err)
	}
	var recs []PageRecord
	for dec := json.NewDecoder(&pages); dec.More(); {
		var r PageRecord
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if len(recs) != 4 {
		t.Fatalf("%d records, want 4 (2 pages × 2 extractors)", len(recs))
	}
	first := recs[0]
	if first.ID != "0001" || first.Type != "article" || first.Extractor != (fakeExtractor{}).Name() {
		t.Errorf("first record %+v", first)
	}
	if first.With == nil || first.Without == nil || first.F1 <= 0 {
		t.Errorf("first record lacks scores or snippets: %+v", first)
	}
	if _, ok := first.Metadata["title"]; !ok {
		t.Errorf("first record lacks the title outcome: %+v", first.Metadata)
	}
	if recs[1].ID != "0002" || recs[1].With != nil || recs[1].Metadata != nil {
		t.Errorf("second record %+v: want no snippets and no metadata outcomes", recs[1])
	}
}
