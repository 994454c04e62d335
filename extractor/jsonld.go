package extractor

import (
	"encoding/json"
	"strings"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// jsonLDMeta is the metadata found in the page's JSON-LD blocks.
type jsonLDMeta struct {
	headline    string
	name        string   // the article's name, which some pages prefer to headline
	authors     []string // people first; organisations only when no person is named
	orgAuthors  bool     // every author is an organisation
	published   string
	modified    string
	publisher   string
	description string
	language    string
	image       string   // the article's image URL
	keywords    []string // keywords, as given
	sections    []string // articleSection values
	license     string   // license URL or name
	found       bool     // an article-like object was found
	discussion  bool     // a forum posting or Q&A page is declared

	best     map[string]any            // the article-like object, once chosen
	bestRank int                       // its typeRank
	ids      map[string]map[string]any // objects by @id, to follow references
}

// maxJSONLD bounds the size of a JSON-LD block that is parsed.
const maxJSONLD = 1 << 20

// maxJSONLDDepth bounds how deep add looks for objects.
const maxJSONLDDepth = 6

// add parses one JSON-LD script, remembers its objects by @id and keeps the
// most article-like object seen so far (top level, in an array, in @graph
// or as a mainEntity). resolve reads the metadata once all scripts are in.
func (m *jsonLDMeta) add(raw string) {
	if len(raw) > maxJSONLD {
		return
	}
	raw = strings.TrimSpace(raw)
	raw = strings.TrimPrefix(raw, "<![CDATA[")
	raw = strings.TrimSuffix(raw, "]]>")
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		// templates often leave raw line breaks and tabs inside strings,
		// which JSON forbids; as spaces they are harmless everywhere
		fixed := strings.Map(controlToSpace, raw)
		if fixed == raw || json.Unmarshal([]byte(fixed), &v) != nil {
			return
		}
	}
	if m.best == nil {
		m.bestRank = 1 << 30
	}
	m.visit(v, 0)
}

// controlToSpace maps the control characters JSON forbids in strings to
// spaces.
func controlToSpace(r rune) rune {
	if r < 0x20 {
		return ' '
	}
	return r
}

// visit walks a parsed JSON-LD value, indexing objects and ranking types.
func (m *jsonLDMeta) visit(v any, depth int) {
	if depth > maxJSONLDDepth {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			m.visit(e, depth+1)
		}
	case map[string]any:
		m.index(x)
		for _, t := range jsonStrings(x["@type"]) {
			if heuristics.DiscussionTypes[strings.ToLower(t)] {
				m.discussion = true
			}
		}
		if r := typeRank(x["@type"]); r < m.bestRank {
			m.best, m.bestRank = x, r
		}
		if sub, ok := x["@graph"]; ok {
			m.visit(sub, depth+1)
		}
		if sub, ok := x["mainEntity"]; ok {
			m.visit(sub, depth+1)
			m.question(x, sub)
		}
	}
}

// question takes the Question a QAPage is about as its article.
func (m *jsonLDMeta) question(page map[string]any, entity any) {
	q, ok := entity.(map[string]any)
	if !ok || typeRank(page["@type"]) < genericTypeRank || !hasType(page["@type"], "qapage") || !hasType(q["@type"], "question") {
		return
	}
	if m.bestRank > 1 {
		m.best, m.bestRank = q, 1
	}
}

func hasType(t any, name string) bool {
	for _, s := range jsonStrings(t) {
		if strings.EqualFold(s, name) {
			return true
		}
	}
	return false
}

// index remembers an object under its @id, unless it is only a reference.
func (m *jsonLDMeta) index(x map[string]any) {
	id, ok := x["@id"].(string)
	if !ok || id == "" || len(x) < 2 {
		return
	}
	if m.ids == nil {
		m.ids = make(map[string]map[string]any)
	}
	if _, seen := m.ids[id]; !seen {
		m.ids[id] = x
	}
}

// deref returns the object a {"@id": …} reference points to, or v itself.
func (m *jsonLDMeta) deref(v any) any {
	x, ok := v.(map[string]any)
	if !ok {
		return v
	}
	if _, named := x["name"]; named {
		return v
	}
	if id, ok := x["@id"].(string); ok {
		if target, ok := m.ids[id]; ok {
			return target
		}
	}
	return v
}

// resolve reads the chosen object's fields, following @id references.
func (m *jsonLDMeta) resolve() {
	best := m.best
	if best == nil {
		return
	}
	m.found = m.bestRank < genericTypeRank
	m.headline = jsonString(best["headline"])
	if m.bestRank < genericTypeRank || m.headline == "" {
		m.name = jsonString(best["name"])
	}
	people, orgs := m.names(best["author"])
	if len(people)+len(orgs) == 0 {
		people, orgs = m.names(best["creator"])
	}
	m.authors, m.orgAuthors = people, false
	if len(people) == 0 && len(orgs) > 0 {
		m.authors, m.orgAuthors = orgs, true
	}
	m.published = firstJSONString(best, "datePublished", "dateCreated", "uploadDate")
	m.modified = jsonString(best["dateModified"])
	if p, o := m.names(best["publisher"]); len(o) > 0 {
		m.publisher = o[0]
	} else if len(p) > 0 {
		m.publisher = p[0]
	}
	m.description = jsonString(best["description"])
	m.language = jsonString(best["inLanguage"])
	if m.language == "" {
		if l, ok := m.deref(best["inLanguage"]).(map[string]any); ok {
			m.language = jsonString(l["alternateName"])
		}
	}
	m.image = m.imageURL(best["image"])
	if m.image == "" {
		m.image = m.imageURL(best["thumbnailUrl"])
	}
	m.keywords = jsonList(best["keywords"])
	m.sections = jsonList(best["articleSection"])
	m.license = m.imageURL(best["license"]) // a URL, or an object with one
	if m.license == "" {
		m.license = jsonString(best["license"])
	}
}

// imageURL returns the URL of an ImageObject, a string, or the first of an
// array of those.
func (m *jsonLDMeta) imageURL(v any) string {
	switch x := m.deref(v).(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if u := m.imageURL(e); u != "" {
				return u
			}
		}
	case map[string]any:
		for _, k := range [...]string{"url", "contentUrl", "@id"} {
			if u, ok := x[k].(string); ok && looksLikeURL(u) || ok && strings.HasPrefix(u, "/") {
				return strings.TrimSpace(u)
			}
		}
	}
	return ""
}

// jsonList returns the strings of a value that is an array of strings or a
// comma-separated string.
func jsonList(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		for _, p := range strings.Split(x, ",") {
			if p = collapseSpace(p); p != "" {
				out = append(out, p)
			}
		}
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, jsonList(s)...)
			}
		}
	}
	return out
}

func firstJSONString(x map[string]any, keys ...string) string {
	for _, k := range keys {
		if s := jsonString(x[k]); s != "" {
			return s
		}
	}
	return ""
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

// names returns the names in an author or publisher value — a string, a
// Person or Organization object, a reference to one, or an array of those —
// split into people and organisations.
func (m *jsonLDMeta) names(v any) (people, orgs []string) {
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 2 {
			return
		}
		switch x := m.deref(v).(type) {
		case string:
			if !looksLikeURL(x) {
				people = append(people, splitAuthors(x, true)...)
			}
		case []any:
			for _, e := range x {
				add(e, depth+1)
			}
		case map[string]any:
			name := personName(x)
			if name == "" || looksLikeURL(name) {
				return
			}
			if isOrgType(x["@type"]) {
				orgs = append(orgs, name)
			} else {
				people = append(people, name)
			}
		}
	}
	add(v, 0)
	return dedupeNames(people), dedupeNames(orgs)
}

// personName returns an object's name, or its given and family names.
func personName(x map[string]any) string {
	if s := jsonString(x["name"]); s != "" {
		return html2text(s)
	}
	if n, ok := x["name"].(map[string]any); ok {
		if s := jsonString(n["name"]); s != "" {
			return html2text(s)
		}
	}
	given, family := jsonString(x["givenName"]), jsonString(x["familyName"])
	return strings.TrimSpace(given + " " + family)
}

// isOrgType reports an Organization type or one of its subtypes.
func isOrgType(t any) bool {
	for _, name := range jsonStrings(t) {
		if heuristics.OrganizationTypes[strings.ToLower(name)] {
			return true
		}
	}
	return false
}
