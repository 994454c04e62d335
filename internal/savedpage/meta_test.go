package savedpage

import (
	"reflect"
	"testing"
	"time"
)

func TestMetaRoundTrip(t *testing.T) {
	title, published, empty := `Tom & Jerry <3 "café"`, "2026-02-03", ""
	authors := []string{"A", "B"}
	m := Meta{
		URL:         "https://example.com/a?b=1&c=2",
		FinalURL:    "https://example.com/b",
		Fetched:     time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC),
		ContentType: "text/html; charset=utf-8",
		Status:      200,
		Title:       &title,
		Authors:     &authors,
		Published:   &published,
		Language:    &empty,
	}
	data := m.Marshal()
	want := `{
  "url": "https://example.com/a?b=1&c=2",
  "final_url": "https://example.com/b",
  "fetched": "2026-02-03T04:05:06Z",
  "content_type": "text/html; charset=utf-8",
  "status": 200,
  "title": "Tom & Jerry <3 \"café\"",
  "authors": ["A", "B"],
  "published": "2026-02-03",
  "language": ""
}
`
	if string(data) != want {
		t.Errorf("Marshal:\n%s\nwant:\n%s", data, want)
	}
	back, err := parseMeta(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, m) {
		t.Errorf("round trip = %+v, want %+v", back, m)
	}
	if got := (&Meta{}).Marshal(); string(got) != "{\n}\n" {
		t.Errorf("empty Meta = %q", got)
	}
}
