package extractor

import (
	"encoding/json"
	"strings"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// jsonLDMeta is the metadata found in the page's JSON-LD blocks.
type jsonLDMeta struct {
	headline    string
	authors     []string
	published   string
	publisher   string
	description string
	language    string
	found       bool // an article-like object was found
	discussion  bool // a forum posting or Q&A page is declared
}

// maxJSONLD bounds the size of a JSON-LD block that is parsed.
const maxJSONLD = 1 << 20

// add parses one JSON-LD script and takes metadata from the first
// article-like object in it (top level, in an array or in @graph).
func (m *jsonLDMeta) add(raw string) {
	if m.found || len(raw) > maxJSONLD {
		return
	}
	raw = strings.TrimSpace(raw)
	raw = strings.TrimPrefix(raw, "<![CDATA[")
	raw = strings.TrimSuffix(raw, "]]>")
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return
	}
	var best map[string]any
	bestRank := len(heuristics.ArticleTypes) + 1
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			for _, t := range jsonStrings(x["@type"]) {
				if heuristics.DiscussionTypes[strings.ToLower(t)] {
					m.discussion = true
				}
			}
			if r := typeRank(x["@type"]); r < bestRank {
				best, bestRank = x, r
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if me, ok := x["mainEntity"]; ok {
				visit(me, depth+1)
			}
		}
	}
	visit(v, 0)
	if best == nil {
		return
	}
	m.found = bestRank < genericTypeRank
	if m.headline == "" {
		m.headline = jsonString(best["headline"])
		if m.headline == "" && bestRank < genericTypeRank {
			m.headline = jsonString(best["name"])
		}
	}
	if len(m.authors) == 0 {
		m.authors = jsonNames(best["author"])
		if len(m.authors) == 0 {
			m.authors = jsonNames(best["creator"])
		}
	}
	if m.published == "" {
		m.published = jsonString(best["datePublished"])
		if m.published == "" {
			m.published = jsonString(best["dateCreated"])
		}
	}
	if m.publisher == "" {
		if names := jsonNames(best["publisher"]); len(names) > 0 {
			m.publisher = names[0]
		}
	}
	if m.description == "" {
		m.description = jsonString(best["description"])
	}
	if m.language == "" {
		m.language = jsonString(best["inLanguage"])
	}
}

// genericTypeRank is the rank from which types describe a page rather than
// an article (WebPage, Product, ...); their headline is used only when no
// article type is present.
const genericTypeRank = 3

// typeRank orders schema.org types: article types first, then page types.
func typeRank(t any) int {
	rank := 1 << 30
	for _, name := range jsonStrings(t) {
		name = strings.ToLower(name)
		name = strings.TrimPrefix(name, "http://schema.org/")
		name = strings.TrimPrefix(name, "https://schema.org/")
		r := 1 << 30
		switch {
		case strings.HasSuffix(name, "newsarticle") || name == "blogposting" || name == "article" || name == "liveblogposting":
			r = 0
		case heuristics.ArticleTypes[name] && !strings.HasSuffix(name, "page") && name != "product" && name != "creativework" && name != "videoobject" && name != "event":
			r = 1
		case heuristics.ArticleTypes[name]:
			r = genericTypeRank
		}
		if r < rank {
			rank = r
		}
	}
	return rank
}

func jsonString(v any) string {
	switch x := v.(type) {
	case string:
		return collapseSpace(x)
	case []any:
		for _, e := range x {
			if s := jsonString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := jsonString(x["@value"]); s != "" {
			return s
		}
	}
	return ""
}

func jsonStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// jsonNames returns the names in a Person/Organization value, a string, or
// an array of either.
func jsonNames(v any) []string {
	switch x := v.(type) {
	case string:
		if looksLikeURL(x) {
			return nil
		}
		return splitAuthors(x)
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, jsonNames(e)...)
		}
		return dedupeNames(out)
	case map[string]any:
		if s := jsonString(x["name"]); s != "" && !looksLikeURL(s) {
			return []string{s}
		}
	}
	return nil
}
