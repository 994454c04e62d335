package extractor

import (
	"net/url"
	"strings"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// Limits on tags and categories.
const (
	maxTags   = 30
	maxTagLen = 60
)

// tags are the article's keywords: from the first source that has any of
// the tag meta keys (one per tag, or comma-separated), JSON-LD keywords,
// microdata keywords, rel=tag links.
func (m *pageMeta) tags() []string {
	sources := [][]string{}
	for _, k := range heuristics.TagMetaKeys {
		if k == "news_keywords" {
			sources = append(sources, m.jsonLD.keywords, splitList(m.meta["keywords"]))
		}
		if vs := m.metaAuthors[k]; len(vs) > 0 {
			sources = append(sources, splitLists(vs))
		} else {
			sources = append(sources, splitList(m.meta[k]))
		}
	}
	sources = append(sources, m.relTexts["tag"])
	for _, src := range sources {
		if t := cleanList(src, nil); len(t) > 0 {
			return t
		}
	}
	return nil
}

// categories are the sections the article is filed under, from the
// section meta tags, JSON-LD articleSection, microdata or rel=category
// links; a path such as "World > Americas" gives each of its parts.
func (m *pageMeta) categories() []string {
	sources := [][]string{}
	for i, k := range heuristics.CategoryMetaKeys {
		if i == 2 {
			sources = append(sources, m.jsonLD.sections)
		}
		if vs := m.metaAuthors[k]; len(vs) > 0 {
			sources = append(sources, vs)
		} else if v := m.meta[k]; v != "" {
			sources = append(sources, []string{v})
		}
	}
	sources = append(sources, m.relTexts["category"])
	for _, src := range sources {
		if c := cleanList(src, heuristics.CategorySeparators); len(c) > 0 {
			return c
		}
	}
	return nil
}

// license is the licence the page declares: a rel=license link, JSON-LD
// or microdata license, or a licence meta tag; rights meta tags count only
// when they name a licence rather than a copyright holder.
func (m *pageMeta) license(pageURL *url.URL) string {
	for _, raw := range m.links["license"] {
		if u := absoluteURL(raw, pageURL); u != "" {
			return u
		}
	}
	if v := licenseValue(m.jsonLD.license, pageURL); v != "" {
		return v
	}
	for i, k := range heuristics.LicenseMetaKeys {
		v := html2text(m.meta[k])
		if v == "" || i >= 3 && !heuristics.NamesLicense(v) && !looksLikeURL(v) {
			continue
		}
		return licenseValue(v, pageURL)
	}
	return ""
}

// licenseValue is a licence URL made absolute, or a licence's name.
func licenseValue(v string, pageURL *url.URL) string {
	v = html2text(v)
	if looksLikeURL(v) || strings.HasPrefix(v, "/") {
		return absoluteURL(v, pageURL)
	}
	return v
}

// splitList cuts a comma- or semicolon-separated list.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })
}

func splitLists(vs []string) []string {
	var out []string
	for _, v := range vs {
		out = append(out, splitList(v)...)
	}
	return out
}

// cleanList unescapes, trims, splits at seps and removes empty, overlong
// and repeated entries, keeping at most maxTags.
func cleanList(items []string, seps []string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, it := range items {
		parts := []string{it}
		for _, sep := range seps {
			var next []string
			for _, p := range parts {
				next = append(next, strings.Split(p, sep)...)
			}
			parts = next
		}
		for _, p := range parts {
			p = strings.Trim(html2text(p), " #\"'")
			k := strings.ToLower(p)
			if p == "" || len(p) > maxTagLen || seen[k] || looksLikeURL(p) {
				continue
			}
			seen[k] = true
			out = append(out, p)
			if len(out) == maxTags {
				return out
			}
		}
	}
	return out
}
