package extractor

import (
	"slices"
	"testing"
)

// jsonLDOf reads JSON-LD blocks as readMetadata does.
func jsonLDOf(blocks ...string) jsonLDMeta {
	var m jsonLDMeta
	for _, b := range blocks {
		m.add(b)
	}
	m.resolve()
	return m
}

func TestJSONLDArticle(t *testing.T) {
	tests := []struct {
		name                        string
		blocks                      []string
		headline, published, author string
		publisher                   string
	}{
		{"top-level article",
			[]string{`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Water main break","datePublished":"2025-11-07","author":{"@type":"Person","name":"Hollis Grant"},"publisher":{"@type":"Organization","name":"Valley Courier"}}`},
			"Water main break", "2025-11-07", "Hollis Grant", "Valley Courier"},
		{"article in @graph with references",
			[]string{`{"@graph":[{"@type":"WebPage","@id":"#page","name":"Page"},{"@type":"Article","headline":"Graph headline","author":{"@id":"#jane"},"publisher":{"@id":"#org"}},{"@type":"Person","@id":"#jane","name":"Jane Doe"},{"@type":"Organization","@id":"#org","name":"Field Notes"}]}`},
			"Graph headline", "", "Jane Doe", "Field Notes"},
		{"reference to an object in another block",
			[]string{`{"@type":"BlogPosting","headline":"Two blocks","author":{"@id":"#p"}}`, `{"@type":"Person","@id":"#p","givenName":"Ada","familyName":"Lovelace"}`},
			"Two blocks", "", "Ada Lovelace", ""},
		{"article type preferred to a page type",
			[]string{`{"@type":"WebPage","name":"Site page"}`, `{"@type":"BlogPosting","headline":"The post"}`},
			"The post", "", "", ""},
		{"question of a Q&A page",
			[]string{`{"@type":"QAPage","mainEntity":{"@type":"Question","name":"How do I retry?","dateCreated":"2024-09-22T14:43:36Z","author":{"@type":"Person","name":"blumo"}}}`},
			"", "2024-09-22T14:43:36Z", "blumo", ""},
		{"questions of an FAQ are not the article",
			[]string{`{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"How long does moving take?"}]}`},
			"", "", "", ""},
		{"array at the top level and CDATA",
			[]string{`<![CDATA[[{"@type":"Organization","name":"Org"},{"@type":"ReportageNewsArticle","headline":"Array headline","datePublished":"2026-01-22T06:30:00+01:00"}]]]>`},
			"Array headline", "2026-01-22T06:30:00+01:00", "", ""},
		{"invalid JSON is ignored",
			[]string{`{"@type":"Article","headline":`, `{"@type":"Article","headline":"Valid"}`},
			"Valid", "", "", ""},
		{"raw line breaks and tabs inside strings",
			[]string{"{\n\t\"@type\":\"DiscussionForumPosting\",\n\t\"headline\":\"Showcase\tthread\",\n\t\"articleBody\":\"First line\nsecond line\",\n\t\"datePublished\": \"2024-02-21 13:00:00\"\n}"},
			"Showcase thread", "2024-02-21 13:00:00", "", ""},
		{"entities in names",
			[]string{`{"@type":"Article","author":{"@type":"Person","name":"Maria &amp; Katerina"}}`},
			"", "", "Maria & Katerina", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := jsonLDOf(tt.blocks...)
			var author string
			if len(m.authors) > 0 {
				author = m.authors[0]
			}
			if m.headline != tt.headline || m.published != tt.published || author != tt.author || m.publisher != tt.publisher {
				t.Errorf("got headline %q, published %q, author %q, publisher %q; want %q, %q, %q, %q",
					m.headline, m.published, author, m.publisher, tt.headline, tt.published, tt.author, tt.publisher)
			}
		})
	}
}

func TestJSONLDAuthors(t *testing.T) {
	tests := []struct {
		name    string
		block   string
		authors []string
		org     bool
	}{
		{"people before organisations",
			`{"@type":"Article","author":[{"@type":"Organization","name":"Wire"},{"@type":"Person","name":"Jane Doe"}]}`,
			[]string{"Jane Doe"}, false},
		{"organisations only",
			`{"@type":"Article","author":{"@type":"NewsMediaOrganization","name":"BBC News"}}`,
			[]string{"BBC News"}, true},
		{"string author split into names",
			`{"@type":"Article","author":"By Jane Doe and John Roe"}`,
			[]string{"Jane Doe", "John Roe"}, false},
		{"URLs are not names",
			`{"@type":"Article","author":["https://example.com/jane",{"@type":"Person","name":"https://example.com/john"}]}`,
			nil, false},
		{"creator when there is no author",
			`{"@type":"Article","creator":{"@type":"Person","name":"Max Muster"}}`,
			[]string{"Max Muster"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := jsonLDOf(tt.block)
			if !slices.Equal(m.authors, tt.authors) || m.orgAuthors != tt.org {
				t.Errorf("authors %q (org %v), want %q (org %v)", m.authors, m.orgAuthors, tt.authors, tt.org)
			}
		})
	}
}

func TestJSONLDDiscussion(t *testing.T) {
	if !jsonLDOf(`{"@type":"DiscussionForumPosting","headline":"Thread"}`).discussion {
		t.Error("DiscussionForumPosting not taken for a discussion")
	}
	if jsonLDOf(`{"@type":"NewsArticle","headline":"News"}`).discussion {
		t.Error("NewsArticle taken for a discussion")
	}
}

func TestJSONLDModifiedAndDescription(t *testing.T) {
	m := jsonLDOf(`{"@type":"Article","datePublished":"2025-01-29","dateModified":"2025-08-19","description":"Summary.","inLanguage":"en-US"}`)
	if m.modified != "2025-08-19" || m.description != "Summary." || m.language != "en-US" || !m.found {
		t.Errorf("got modified %q, description %q, language %q, found %v", m.modified, m.description, m.language, m.found)
	}
}
