package extractor

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"
)

// FrontMatter returns the article's metadata as a YAML front-matter block,
// the header static-site generators and note-taking tools read above a
// Markdown document:
//
//	---
//	title: "After a year of tensions, two leaders make peace"
//	authors:
//	  - "Jane Doe"
//	published: 2026-02-03T15:17:00-08:00
//	site_name: "The Daily Planet"
//	language: en
//	---
//
// Keys are those of pith's JSON output (title, authors, published,
// modified, site_name, language, url, canonical_url, image, excerpt, tags,
// categories, license, page_type); empty fields are left out. Strings are
// double-quoted with JSON escapes, which YAML reads alike. The block ends
// with a newline, ready to be followed by Article.Markdown().
func (a *Article) FrontMatter() string {
	var b strings.Builder
	b.WriteString("---\n")
	str := func(key, v string) {
		if v != "" {
			b.WriteString(key + ": " + yamlString(v) + "\n")
		}
	}
	list := func(key string, vs []string) {
		if len(vs) == 0 {
			return
		}
		b.WriteString(key + ":\n")
		for _, v := range vs {
			b.WriteString("  - " + yamlString(v) + "\n")
		}
	}
	date := func(key string, t time.Time) {
		if !t.IsZero() {
			b.WriteString(key + ": " + t.Format(time.RFC3339) + "\n")
		}
	}
	str("title", a.Title)
	list("authors", a.Authors)
	date("published", a.Published)
	date("modified", a.Modified)
	str("site_name", a.SiteName)
	str("language", a.Language)
	str("url", a.URL)
	str("canonical_url", a.CanonicalURL)
	str("image", a.Image)
	str("excerpt", a.Excerpt)
	list("tags", a.Tags)
	list("categories", a.Categories)
	str("license", a.License)
	str("page_type", string(a.PageType))
	b.WriteString("---\n")
	return b.String()
}

// yamlString quotes s as a YAML double-quoted scalar: JSON's escapes are
// YAML's, and invalid UTF-8 becomes U+FFFD.
func yamlString(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(strings.ToValidUTF8(s, "\uFFFD")) // a string always encodes
	return strings.TrimSuffix(buf.String(), "\n")
}
