package eval

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

const articlePage = `<html lang="en"><head><title>My Post</title><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-06-25T10:00:00Z"></head><body>
<nav>Home | About</nav><article><h1>My Post</h1>
<p>First paragraph with enough words to be taken for content by a readability algorithm, which likes long text, commas, and more.</p>
<p>Second paragraph, also long enough: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.</p>
</article><footer>Copyright</footer></body></html>`

func TestBaseline(t *testing.T) {
	if !slices.Contains(BaselineNames(), "readeck") {
		t.Errorf("BaselineNames() = %v", BaselineNames())
	}
	for _, name := range BaselineNames() {
		ex, err := Baseline(name)
		if err != nil || ex.Name() != name {
			t.Errorf("Baseline(%q) = %v, %v", name, ex, err)
		}
	}
	if _, err := Baseline("boilerpipe"); err == nil || !strings.Contains(err.Error(), "readeck") {
		t.Errorf("Baseline of an unknown name: %v", err)
	}
}

func TestReadeck(t *testing.T) {
	u, _ := url.Parse("https://example.com/post")
	r, err := Readeck{}.Extract([]byte(articlePage), u)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "incididunt.") || !strings.Contains(r.Text, "more.\n\nSecond") {
		t.Errorf("Text = %q, want both paragraphs, a blank line apart", r.Text)
	}
	if strings.Contains(r.Text, "Copyright") || strings.Contains(r.Text, "About") {
		t.Errorf("Text = %q keeps boilerplate", r.Text)
	}
	if r.Title != "My Post" || !slices.Equal(r.Authors, []string{"Jane Doe"}) || r.Language != "en" ||
		r.Published.Year() != 2024 || r.Fallback {
		t.Errorf("metadata = %+v", r)
	}
	if r, err := (Readeck{}).Extract(nil, nil); err != nil || r.Text != "" {
		t.Errorf("Extract(empty) = %q, %v", r.Text, err)
	}
}

func TestPith(t *testing.T) {
	p := Pith{}
	if p.Name() != "pith" {
		t.Errorf("Name() = %q", p.Name())
	}
	u, _ := url.Parse("https://example.com/post")
	r, err := p.Extract([]byte(articlePage), u)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "incididunt") {
		t.Errorf("Text = %q, want the article", r.Text)
	}
}
