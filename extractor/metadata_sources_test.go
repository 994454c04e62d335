package extractor

import (
	"slices"
	"strings"
	"testing"
)

// articleOf fills an Article from a page written as a head and a body, as
// the pipeline does with the page's metadata (no content).
func articleOf(t *testing.T, head, body, pageURL string) *Article {
	t.Helper()
	m := metaOf(t, head, body)
	m.now = refTime
	a := &Article{}
	var u = mustURL(t, "https://example.test/")
	if pageURL != "" {
		u = mustURL(t, pageURL)
	}
	m.fillArticle(a, u, nil)
	return a
}

// TestMetadataSources pins each source of metadata the issue names, one
// fixture per source.
func TestMetadataSources(t *testing.T) {
	tests := []struct {
		name, head, body, url string
		check                 func(*Article) string // "" when right
	}{
		{"JSON-LD @graph with references and nested authors",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
				{"@type":"WebPage","@id":"#page","name":"Page name | Site"},
				{"@type":"NewsArticle","headline":"Council approves the light-rail deal","author":[{"@id":"#a1"},{"@type":"Person","name":"Ruth Ng"}],
				 "datePublished":"2026-02-01T10:00:00-08:00","dateModified":"2026-02-02T09:00:00-08:00","publisher":{"@id":"#org"},
				 "image":{"@type":"ImageObject","url":"https://cdn.example.test/lead.jpg"},"keywords":["transit","council"],"articleSection":"Local",
				 "inLanguage":"en-US","license":"https://creativecommons.org/licenses/by/4.0/"},
				{"@type":"Person","@id":"#a1","name":"Marisol Quintero"},
				{"@type":"NewsMediaOrganization","@id":"#org","name":"Pacific Coast Times"}]}</script>`, ``, "",
			func(a *Article) string {
				return want(a.Title == "Council approves the light-rail deal", "title", a.Title) +
					want(slices.Equal(a.Authors, []string{"Marisol Quintero", "Ruth Ng"}), "authors", a.Authors) +
					want(a.Published.Format("2006-01-02T15:04") == "2026-02-01T10:00", "published", a.Published) +
					want(a.Modified.Format("2006-01-02") == "2026-02-02", "modified", a.Modified) +
					want(a.SiteName == "Pacific Coast Times", "site", a.SiteName) +
					want(a.Image == "https://cdn.example.test/lead.jpg", "image", a.Image) +
					want(slices.Equal(a.Tags, []string{"transit", "council"}), "tags", a.Tags) +
					want(slices.Equal(a.Categories, []string{"Local"}), "categories", a.Categories) +
					want(a.Language == "en-US", "language", a.Language) +
					want(a.License == "https://creativecommons.org/licenses/by/4.0/", "license", a.License)
			}},
		{"JSON-LD array with an author object's given and family names",
			`<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"BlogPosting","headline":"Tomatoes on a balcony","author":{"@type":"Person","givenName":"Wren","familyName":"Adeyemi"}}]</script>`, ``, "",
			func(a *Article) string {
				return want(a.Title == "Tomatoes on a balcony", "title", a.Title) +
					want(slices.Equal(a.Authors, []string{"Wren Adeyemi"}), "authors", a.Authors)
			}},
		{"microdata",
			``, `<article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Harbor ferry returns</h1>
				<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jana Hoffmann</span></span>
				<time itemprop="datePublished" datetime="2026-01-22T06:30:00+01:00">22.01.2026</time>
				<meta itemprop="dateModified" content="2026-01-23T08:00:00+01:00"><img itemprop="image" src="/img/ferry.jpg">
				<meta itemprop="keywords" content="ferry, harbour"><meta itemprop="articleSection" content="Lokales"><p>Text.</p></article>`,
			"https://rundschau.example.test/lokales/ferry",
			func(a *Article) string {
				return want(slices.Equal(a.Authors, []string{"Jana Hoffmann"}), "authors", a.Authors) +
					want(a.Published.Format(timeLayout) == "2026-01-22T06:30:00+01:00", "published", a.Published) +
					want(a.Modified.Format("2006-01-02") == "2026-01-23", "modified", a.Modified) +
					want(a.Image == "https://rundschau.example.test/img/ferry.jpg", "image", a.Image) +
					want(slices.Equal(a.Tags, []string{"ferry", "harbour"}), "tags", a.Tags) +
					want(slices.Equal(a.Categories, []string{"Lokales"}), "categories", a.Categories)
			}},
		{"OpenGraph and article:* meta tags",
			`<meta property="og:title" content="Kelp is coming back"><meta property="og:site_name" content="The Meridian Post">
				<meta property="og:image" content="https://img.example.test/kelp.jpg"><meta property="og:url" content="https://meridian.example.test/kelp">
				<meta property="article:published_time" content="2025-06-30T05:00:00-07:00"><meta property="article:modified_time" content="2025-07-01T05:00:00-07:00">
				<meta property="article:author" content="Ines Calder"><meta property="article:tag" content="Climate"><meta property="article:tag" content="Oceans">
				<meta property="article:section" content="Climate &amp; Environment"><meta property="og:locale" content="en_US">`, ``, "",
			func(a *Article) string {
				return want(a.Title == "Kelp is coming back", "title", a.Title) +
					want(a.SiteName == "The Meridian Post", "site", a.SiteName) +
					want(a.Image == "https://img.example.test/kelp.jpg", "image", a.Image) +
					want(a.CanonicalURL == "https://meridian.example.test/kelp", "canonical", a.CanonicalURL) +
					want(slices.Equal(a.Authors, []string{"Ines Calder"}), "authors", a.Authors) +
					want(a.Published.Format(timeLayout) == "2025-06-30T05:00:00-07:00", "published", a.Published) +
					want(a.Modified.Format("2006-01-02") == "2025-07-01", "modified", a.Modified) +
					want(slices.Equal(a.Tags, []string{"Climate", "Oceans"}), "tags", a.Tags) +
					want(slices.Equal(a.Categories, []string{"Climate & Environment"}), "categories", a.Categories) +
					want(a.Language == "en-US", "language", a.Language)
			}},
		{"Twitter cards",
			`<meta name="twitter:title" content="School board reaches a deal"><meta name="twitter:image" content="https://img.example.test/board.png">
				<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Dale Whitcomb">`, ``, "",
			func(a *Article) string {
				return want(a.Title == "School board reaches a deal", "title", a.Title) +
					want(a.Image == "https://img.example.test/board.png", "image", a.Image) +
					want(slices.Equal(a.Authors, []string{"Dale Whitcomb"}), "authors", a.Authors)
			}},
		{"Dublin Core",
			`<meta name="DC.title" content="Water main break floods shops"><meta name="DC.creator" content="Hollis Grant">
				<meta name="DC.date.issued" content="2025-11-07"><meta name="DC.language" content="en"><meta name="DC.subject" content="water; infrastructure">
				<meta name="DC.rights" content="Licensed under CC BY-SA 4.0">`, ``, "",
			func(a *Article) string {
				return want(a.Title == "Water main break floods shops", "title", a.Title) +
					want(slices.Equal(a.Authors, []string{"Hollis Grant"}), "authors", a.Authors) +
					want(dayOf(a.Published) == "2025-11-07", "published", a.Published) +
					want(a.Language == "en", "language", a.Language) +
					want(slices.Equal(a.Tags, []string{"water", "infrastructure"}), "tags", a.Tags) +
					want(a.License == "Licensed under CC BY-SA 4.0", "license", a.License)
			}},
		{"a copyright notice is not a licence",
			`<meta name="dcterms.rights" content="© 2026 Example Media. All rights reserved.">`, ``, "",
			func(a *Article) string { return want(a.License == "", "license", a.License) }},
		{"<time> and byline markup near the content",
			``, `<article><h1>Bridge deal ends a feud</h1><div class="byline">By <a href="/people/harriet-moss">Harriet Moss</a>, Staff Writer
				<time datetime="2026-02-03">Feb. 3, 2026</time></div><p>Text.</p></article>`, "",
			func(a *Article) string {
				return want(slices.Equal(a.Authors, []string{"Harriet Moss"}), "authors", a.Authors) +
					want(dayOf(a.Published) == "2026-02-03", "published", a.Published)
			}},
		{"a label and the name after it",
			``, `<article><h1>Ten catering trends</h1><div><p>Written by</p><p>Edda Tabor</p></div><p>Text.</p></article>`, "",
			func(a *Article) string {
				return want(slices.Equal(a.Authors, []string{"Edda Tabor"}), "authors", a.Authors)
			}},
		{"a dateline: date and name between separators",
			``, `<article><h1>What people love</h1><div class="publish-date-author">Dec. 19, 2025 · Nika Marsh on behalf of the docs team</div><p>Text.</p></article>`, "",
			func(a *Article) string {
				return want(slices.Equal(a.Authors, []string{"Nika Marsh"}), "authors", a.Authors)
			}},
		{"co-authors in parentheses",
			`<meta name="author" content="Martin Ulrich (avec Denise Lebon et Marc Tual)">`, ``, "",
			func(a *Article) string {
				return want(slices.Equal(a.Authors, []string{"Martin Ulrich", "Denise Lebon", "Marc Tual"}), "authors", a.Authors)
			}},
		{"a user name replaced by the display name of its profile link",
			`<script type="application/ld+json">{"@type":"Article","headline":"T","author":{"@type":"Person","name":"CC7567"}}</script>`,
			`<div class="byline"><a href="https://fans.example.test/u/CC7567">James Akers</a></div>`, "",
			func(a *Article) string {
				return want(slices.Equal(a.Authors, []string{"James Akers"}), "authors", a.Authors)
			}},
		{"a forum thread: the first post's user name",
			``, `<h1>Heat pump short-cycling</h1><article><div class="PostUser"><h3 class="PostUser-name">frostbite_22</h3></div><p>Question.</p></article>
				<article><div class="PostUser"><h3 class="PostUser-name">helper</h3></div><p>Answer.</p></article>`, "https://forum.example.test/t/heat-pump/9137",
			func(a *Article) string {
				return want(slices.Equal(a.Authors, []string{"frostbite_22"}), "authors", a.Authors)
			}},
		{"the h1 that rewords the declared title",
			`<meta property="og:title" content="Health And Nutrition Trends For 2026 - Tastelab">`, `<h1>Top 10 Health and Nutrition Trends to Watch</h1>`, "",
			func(a *Article) string {
				return want(a.Title == "Top 10 Health and Nutrition Trends to Watch", "title", a.Title)
			}},
		{"an h1 that differs only in its quotation marks does not replace the declared title",
			`<meta property="og:title" content="Why 'cheap' SEO doesn't work">`, `<h1>Why ‘cheap’ SEO doesn’t work</h1>`, "",
			func(a *Article) string { return want(a.Title == "Why 'cheap' SEO doesn't work", "title", a.Title) }},
		{"<title> minus the site's name",
			`<title>Configuring retries | Ferrule Docs</title>`, ``, "",
			func(a *Article) string {
				return want(a.Title == "Configuring retries", "title", a.Title) + want(a.SiteName == "Ferrule Docs", "site", a.SiteName)
			}},
		{"a date in the URL's path",
			``, `<p>Text.</p>`, "https://news.example.test/2025/12/04/story.html",
			func(a *Article) string { return want(dayOf(a.Published) == "2025-12-04", "published", a.Published) }},
		{"<html lang> and rel links",
			`<link rel="canonical" href="/story"><link rel="image_src" href="/share.png"><link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">`,
			`<p>Filed under <a rel="tag" href="/t/a">Gardening</a>, <a rel="tag" href="/t/b">Balconies</a> in <a rel="category" href="/c">Home</a></p>`,
			"https://blog.example.test/2025/story?utm=x",
			func(a *Article) string {
				return want(a.CanonicalURL == "https://blog.example.test/story", "canonical", a.CanonicalURL) +
					want(a.Image == "https://blog.example.test/share.png", "image", a.Image) +
					want(a.License == "https://creativecommons.org/licenses/by-sa/4.0/", "license", a.License) +
					want(slices.Equal(a.Tags, []string{"Gardening", "Balconies"}), "tags", a.Tags) +
					want(slices.Equal(a.Categories, []string{"Home"}), "categories", a.Categories)
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if msg := tt.check(articleOf(t, tt.head, tt.body, tt.url)); msg != "" {
				t.Error(msg)
			}
		})
	}
}

const timeLayout = "2006-01-02T15:04:05Z07:00"

// want returns "" if ok, else a line naming the field and what was got.
func want(ok bool, field string, got any) string {
	if ok {
		return ""
	}
	return field + ": got " + strings.TrimSpace(strings.ReplaceAll(fmtAny(got), "\n", " ")) + "\n"
}

func fmtAny(v any) string {
	switch x := v.(type) {
	case string:
		return "\"" + x + "\""
	case []string:
		return "[" + strings.Join(x, " | ") + "]"
	}
	return strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(fmtV(v), "\t", " "), "  ", " "))
}

func fmtV(v any) string {
	if s, ok := v.(interface{ String() string }); ok {
		return s.String()
	}
	return "?"
}

func TestDetectedLanguage(t *testing.T) {
	page := `<html><head><title>Die Fähre fährt wieder</title></head><body><article><h1>Die Fähre fährt wieder</h1>` +
		strings.Repeat(`<p>Die Fähre fährt wieder, und die Stadt hat sich mit dem Betreiber auf einen neuen Vertrag geeinigt, der auch für die nächsten Jahre gelten wird.</p>`, 6) +
		`</article></body></html>`
	a, err := Extract(strings.NewReader(page), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Language != "de" {
		t.Errorf("Language = %q, want de (detected from the text)", a.Language)
	}
}

func TestFrontMatter(t *testing.T) {
	a := &Article{
		Title:     `Council says "yes": the deal`,
		Authors:   []string{"Marisol Quintero", "Ruth Ng"},
		Published: refTime,
		SiteName:  "Pacific Coast Times",
		Language:  "en",
		Tags:      []string{"transit"},
		PageType:  "article",
	}
	want := "---\n" +
		`title: "Council says \"yes\": the deal"` + "\n" +
		"authors:\n  - \"Marisol Quintero\"\n  - \"Ruth Ng\"\n" +
		"published: 2026-02-03T15:17:00-08:00\n" +
		"site_name: \"Pacific Coast Times\"\n" +
		"language: \"en\"\n" +
		"tags:\n  - \"transit\"\n" +
		"page_type: \"article\"\n" +
		"---\n"
	if got := a.FrontMatter(); got != want {
		t.Errorf("FrontMatter() =\n%s\nwant\n%s", got, want)
	}
	if got := (&Article{}).FrontMatter(); got != "---\n---\n" {
		t.Errorf("FrontMatter() of an empty article = %q", got)
	}
}
