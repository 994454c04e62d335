package extractor

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestExplain checks that every block of a fixture is accounted for: the
// story's paragraphs kept, the chrome dropped with a reason.
func TestExplain(t *testing.T) {
	src, err := os.ReadFile("../testdata/pages/news-cms-article/source.html")
	if err != nil {
		t.Fatal(err)
	}
	e, err := Explain(bytes.NewReader(src), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if e.Article == nil || e.Selected == "" || len(e.Candidates) == 0 {
		t.Fatalf("Explain = %+v, want an article, a selection and candidates", e)
	}
	a, err := Extract(bytes.NewReader(src), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if e.Article.Text != a.Text {
		t.Error("Explain's article differs from Extract's")
	}
	var kept, dropped int
	for _, b := range e.Blocks {
		switch {
		case b.Kept && b.Reason != "":
			t.Errorf("kept block %q has a reason %q", b.Text, b.Reason)
		case !b.Kept && b.Reason == "":
			t.Errorf("dropped block %q has no reason", b.Text)
		case b.Kept:
			kept++
		default:
			dropped++
		}
		if strings.HasPrefix(b.Text, "Advertisement") && b.Kept {
			t.Errorf("ad label kept: %+v", b)
		}
	}
	if kept == 0 || dropped == 0 {
		t.Errorf("kept %d, dropped %d blocks; want both", kept, dropped)
	}
	var buf bytes.Buffer
	if err := e.WriteText(&buf); err != nil || !strings.Contains(buf.String(), "keep") {
		t.Errorf("WriteText: %v\n%s", err, buf.String())
	}
	buf.Reset()
	if err := e.WriteHTML(&buf); err != nil || !strings.Contains(buf.String(), `class="drop"`) {
		t.Errorf("WriteHTML: %v", err)
	}
}
